// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpointgroup.h"
#include "ikepolicy.h"
#include "ipsecpolicy.h"
#include "ipsecsiteconnection.h"
#include "network.h"
#include "resourcedescription.h"
#include "router.h"
#include "subnet.h"
#include "vpnservice.h"

#include <QStringList>

/*!
 * Every resource's traits in one include, and what works on all of them: each resource header
 * (ikepolicy.h, ...) describes its resource once, beside its value type and draft
 * (resourcedescription.h has the vocabulary); the codec's four directions, the sandbox's
 * attribute maps and filters, the "what changed" diff and the tests are loops over those
 * descriptions, so adding an attribute is a change to one header plus tests
 * (docs/adding-an-attribute.md).
 *
 * withResource() is the only place where a ResourceKind becomes a C++ type.
 */
namespace vpnaas {

/*! One of the five VPNaaS value types (those with a description and a draft). */
template<typename T>
concept VpnResource = std::is_same_v<std::remove_cv_t<decltype(ResourceTraits<T>::kind)>, ResourceKind>;

template<VpnResource T>
using DraftFor = typename ResourceTraits<T>::Draft;

namespace detail {
template<typename Draft, typename... Ts>
struct ResourceOfDraft;
template<typename Draft, typename T, typename... Ts>
struct ResourceOfDraft<Draft, T, Ts...> {
    using type
        = std::conditional_t<std::is_same_v<Draft, DraftFor<T>>, T, typename ResourceOfDraft<Draft, Ts...>::type>;
};
template<typename Draft>
struct ResourceOfDraft<Draft> {
    using type = void;
};
} // namespace detail

/*! IkePolicyDraft → IkePolicy, ... (void for anything else). */
template<typename Draft>
using ResourceOf = typename detail::ResourceOfDraft<Draft, IkePolicy, IpsecPolicy, VpnService, EndpointGroup,
                                                    IpsecSiteConnection>::type;

/*! The draft of one of the five VPNaaS value types. */
template<typename Draft>
concept VpnDraft = !std::is_void_v<ResourceOf<Draft>>;

/*! The collection's name in URLs: the last segment of its path ("ipsec-site-connections"). */
template<typename T>
constexpr QStringView collectionSegment()
{
    const QStringView path = ResourceTraits<T>::path;
    return path.mid(path.lastIndexOf(u'/') + 1);
}

/*! Tag passed to withResource()'s function: `[]<typename T>(ResourceType<T>) { ... }`. */
template<typename T>
struct ResourceType {
    using type = T;
};

/*!
 * Calls \a f with ResourceType<T> for the C++ type of \a kind and returns what it returns (every
 * instantiation must return the same type). The one switch from a kind to a type.
 */
template<typename F>
decltype(auto) withResource(ResourceKind kind, F &&f)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return f(ResourceType<IkePolicy>{});
    case ResourceKind::IpsecPolicy:
        return f(ResourceType<IpsecPolicy>{});
    case ResourceKind::VpnService:
        return f(ResourceType<VpnService>{});
    case ResourceKind::EndpointGroup:
        return f(ResourceType<EndpointGroup>{});
    case ResourceKind::IpsecSiteConnection:
        return f(ResourceType<IpsecSiteConnection>{});
    }
    Q_UNREACHABLE();
    return f(ResourceType<IkePolicy>{});
}

/*! Calls \a f with ResourceType<T> for each of the five VPNaaS types, in kAllResourceKinds' order. */
template<typename F>
void forEachResource(F &&f)
{
    for (const ResourceKind kind : kAllResourceKinds)
        withResource(kind, f);
}

/*! "ike-policies", ...: view names ("resources:ike-policies") and settings keys. */
QString resourceSlug(ResourceKind kind);
std::optional<ResourceKind> resourceKindFromSlug(QStringView slug);
/*! "ike-policy", ...: the single-resource wizards' names. */
QString resourceWizardSlug(ResourceKind kind);
std::optional<ResourceKind> resourceKindFromWizardSlug(QStringView slug);
/*! The `openstack vpn …` noun: "ike policy", "ipsec policy", "service", "endpoint group", "ipsec site connection". */
QString resourceCliNoun(ResourceKind kind);
/*! The collection in a URL ("ikepolicies", "endpoint-groups", ...) → its kind. */
std::optional<ResourceKind> resourceKindFromCollection(QStringView urlSegment);
/*! "IKEPolicyNotFound" and "IKEPolicy <id> could not be found" for \a kind. */
QString resourceNotFoundType(ResourceKind kind);
QString resourceNotFoundMessage(ResourceKind kind, const QString &id);

/*! The keys the list API sorts \a T by: its Sortable attributes (the project twice: tenant_id, project_id). */
template<VpnResource T>
QStringList sortKeys()
{
    QStringList keys;
    ResourceTraits<T>::describe([&keys](const auto &a) {
        if (!a.has(attr::Sortable))
            return;
        if (a.has(attr::Project))
            keys.append(QStringLiteral("tenant_id"));
        keys.append(a.key.toString());
    });
    return keys;
}

} // namespace vpnaas
