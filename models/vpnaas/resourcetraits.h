// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpointgroup.h"
#include "ikepolicy.h"
#include "ipsecpolicy.h"
#include "ipsecsiteconnection.h"
#include "network.h"
#include "router.h"
#include "subnet.h"
#include "vpnservice.h"

#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>
#include <type_traits>

/*!
 * What each Neutron resource *is*, said once: its kind, URLs, envelope keys, names, the server's
 * "not found" error, and for the five VPNaaS resources every attribute with its JSON key, value
 * member, draft member, how the API treats it (read-only, create-only, updatable, required) and
 * how lists filter and sort by it. The codec's four directions, the sandbox's attribute map and
 * filters, the "what changed" diff and the tests are loops over these descriptions; adding an
 * attribute is one line here (docs/adding-an-attribute.md).
 *
 * withResource() is the only place where a ResourceKind becomes a C++ type.
 */
namespace vpnaas {

enum class ResourceKind { IkePolicy, IpsecPolicy, VpnService, EndpointGroup, IpsecSiteConnection };

inline constexpr std::array<ResourceKind, 5> kAllResourceKinds{ResourceKind::IkePolicy, ResourceKind::IpsecPolicy,
                                                               ResourceKind::VpnService, ResourceKind::EndpointGroup,
                                                               ResourceKind::IpsecSiteConnection};

/*! How Neutron's attribute map treats an attribute (allow_post, allow_put, a default or not). */
enum class Access {
    ReadOnly,       //!< the server sets it; a request that names it is refused
    Create,         //!< POST may set it (else the default); PUT may not
    CreateRequired, //!< POST must set it; PUT may not
    Update,         //!< POST and PUT may set it (POST: else the default)
    UpdateRequired, //!< POST must set it; PUT may change it
};

constexpr bool allowedOnCreate(Access access)
{
    return access != Access::ReadOnly;
}
constexpr bool allowedOnUpdate(Access access)
{
    return access == Access::Update || access == Access::UpdateRequired;
}
constexpr bool requiredOnCreate(Access access)
{
    return access == Access::CreateRequired || access == Access::UpdateRequired;
}

/*! What else an attribute is, as flags. */
namespace attr {
enum Flag : unsigned {
    None = 0,
    /*! JSON null stands for "none": a string is written as null when empty and a request's null
        reads as an explicit empty value (subnet_id, peer_cidrs, ...); the API default is null. */
    Nullable = 1u << 0,
    /*! A resource id: the API validates it as a UUID. */
    Uuid = 1u << 1,
    /*! Free text of at most 255 characters (names, descriptions, the project). */
    Text255 = 1u << 2,
    /*! A list of CIDRs without duplicates (peer_cidrs). */
    Cidrs = 1u << 3,
    /*! The list API accepts it as a sort key. */
    Sortable = 1u << 4,
    /*! Not a database column: a list filter on it is ignored (lists live in their own tables). */
    NoColumn = 1u << 5,
    /*! The owning project: JSON project_id with tenant_id as its older name. */
    Project = 1u << 6,
};
} // namespace attr

/*! The type a draft holds for a value member of type V (nested values have drafts of their own). */
template<typename V>
struct DraftOf {
    using type = V;
};
template<>
struct DraftOf<Lifetime> {
    using type = LifetimeDraft;
};
template<>
struct DraftOf<Dpd> {
    using type = DpdDraft;
};
template<typename V>
using DraftOfT = typename DraftOf<V>::type;

/*!
 * One attribute of resource T: JSON key, the member of T that holds it, the member of T's draft
 * that a request sets (null for read-only attributes), access and flags. \a column names the
 * database column a list filter uses when it is not the key (endpoint groups: endpoint_type).
 */
template<typename T, typename Draft, typename V>
struct Attribute {
    using Resource = T;
    using DraftType = Draft;
    using Value = V;

    QStringView key;
    V T::*member = nullptr;
    std::optional<DraftOfT<V>> Draft::*draftMember = nullptr;
    Access access = Access::ReadOnly;
    unsigned flags = attr::None;
    QStringView column = {};
    /*! The kind of resource this attribute's id refers to (a connection's ikepolicy_id, ...). */
    std::optional<ResourceKind> references = {};

    constexpr Attribute referencing(ResourceKind kind) const
    {
        Attribute a = *this;
        a.references = kind;
        return a;
    }
    constexpr bool has(attr::Flag flag) const { return (flags & flag) != 0; }
    constexpr bool inDraft() const { return draftMember != nullptr; }
    /*! The list filter's column name ("" when lists cannot filter by it). */
    constexpr QStringView filterColumn() const { return has(attr::NoColumn) ? QStringView() : column.isEmpty() ? key : column; }

    const V &value(const T &resource) const { return resource.*member; }
    V &value(T &resource) const { return resource.*member; }
    const std::optional<DraftOfT<V>> &draft(const Draft &draft) const { return draft.*draftMember; }
    std::optional<DraftOfT<V>> &draft(Draft &draft) const { return draft.*draftMember; }
};

template<typename T, typename Draft, typename V>
constexpr Attribute<T, Draft, V> readOnly(QStringView key, V T::*member, unsigned flags = attr::None)
{
    return {key, member, nullptr, Access::ReadOnly, flags, {}, {}};
}

template<typename T, typename Draft, typename V>
constexpr Attribute<T, Draft, V> field(QStringView key, V T::*member, std::optional<DraftOfT<V>> Draft::*draftMember,
                                       Access access, unsigned flags = attr::None, QStringView column = {})
{
    return {key, member, draftMember, access, flags, column, {}};
}

/*! The parts of a nested value (lifetime, dpd): same shape, their own keys. */
template<typename V>
struct NestedTraits;

template<>
struct NestedTraits<Lifetime> {
    static constexpr qint64 minimumValue = 60;

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        v(field(u"units", &Lifetime::units, &LifetimeDraft::units, Access::Update));
        v(field(u"value", &Lifetime::value, &LifetimeDraft::value, Access::Update));
    }
};

template<>
struct NestedTraits<Dpd> {
    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        v(field(u"action", &Dpd::action, &DpdDraft::action, Access::Update));
        v(field(u"interval", &Dpd::interval, &DpdDraft::interval, Access::Update));
        v(field(u"timeout", &Dpd::timeout, &DpdDraft::timeout, Access::Update));
    }
};

/*! Lifetime and Dpd: values with parts of their own (NestedTraits). */
template<typename V>
inline constexpr bool isNested = std::is_same_v<V, Lifetime> || std::is_same_v<V, Dpd>;

/*!
 * The facts about resource type T. Every specialisation has:
 * - singular / collection: the JSON envelope keys ("ikepolicy", "ikepolicies");
 * - path: the collection URL; its last segment is the collection's name in URLs;
 * - notFoundType / notFoundMessage: the server's 404 error (message takes the id as %1);
 * - inUseType / inUseMessage / inUseStatus (VPNaaS): the refusal to change or delete what
 *   connections use (empty for connections, which nothing uses).
 * The five VPNaaS resources also have kind, Draft, slug (view names, settings), wizardSlug,
 * cliNoun (`openstack vpn …`), displayName / displayPluralName (translated in context
 * "vpnaas::ResourceKindText"), and describe(visitor), which calls the visitor with each
 * Attribute in the order of neutron-lib's attribute map (that order decides which of several
 * mistakes the server reports).
 */
template<typename T>
struct ResourceTraits;

template<>
struct ResourceTraits<IkePolicy> {
    using Draft = IkePolicyDraft;
    static constexpr ResourceKind kind = ResourceKind::IkePolicy;
    static constexpr QStringView singular = u"ikepolicy";
    static constexpr QStringView collection = u"ikepolicies";
    static constexpr QStringView path = u"/v2.0/vpn/ikepolicies";
    static constexpr QStringView slug = u"ike-policies";
    static constexpr QStringView wizardSlug = u"ike-policy";
    static constexpr QStringView cliNoun = u"ike policy";
    static constexpr QStringView notFoundType = u"IKEPolicyNotFound";
    static constexpr QStringView notFoundMessage = u"IKEPolicy %1 could not be found";
    static constexpr QStringView inUseType = u"IKEPolicyInUse";
    static constexpr QStringView inUseMessage = u"IKEPolicy %1 is in use by existing IPsecSiteConnection and can't be updated or deleted";
    static constexpr int inUseStatus = 409;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IKE policy");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IKE policies");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = IkePolicy;
        using D = IkePolicyDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create, attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"auth_algorithm", &T::authAlgorithm, &D::authAlgorithm, Access::Update));
        v(field(u"encryption_algorithm", &T::encryptionAlgorithm, &D::encryptionAlgorithm, Access::Update));
        v(field(u"phase1_negotiation_mode", &T::phase1NegotiationMode, &D::phase1NegotiationMode, Access::Update));
        v(field(u"lifetime", &T::lifetime, &D::lifetime, Access::Update));
        v(field(u"ike_version", &T::ikeVersion, &D::ikeVersion, Access::Update));
        v(field(u"pfs", &T::pfs, &D::pfs, Access::Update));
    }
};

template<>
struct ResourceTraits<IpsecPolicy> {
    using Draft = IpsecPolicyDraft;
    static constexpr ResourceKind kind = ResourceKind::IpsecPolicy;
    static constexpr QStringView singular = u"ipsecpolicy";
    static constexpr QStringView collection = u"ipsecpolicies";
    static constexpr QStringView path = u"/v2.0/vpn/ipsecpolicies";
    static constexpr QStringView slug = u"ipsec-policies";
    static constexpr QStringView wizardSlug = u"ipsec-policy";
    static constexpr QStringView cliNoun = u"ipsec policy";
    static constexpr QStringView notFoundType = u"IPsecPolicyNotFound";
    static constexpr QStringView notFoundMessage = u"IPsecPolicy %1 could not be found";
    static constexpr QStringView inUseType = u"IPsecPolicyInUse";
    static constexpr QStringView inUseMessage = u"IPsecPolicy %1 is in use by existing IPsecSiteConnection and can't be updated or deleted";
    static constexpr int inUseStatus = 409;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec policy");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec policies");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = IpsecPolicy;
        using D = IpsecPolicyDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create, attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"transform_protocol", &T::transformProtocol, &D::transformProtocol, Access::Update));
        v(field(u"auth_algorithm", &T::authAlgorithm, &D::authAlgorithm, Access::Update));
        v(field(u"encryption_algorithm", &T::encryptionAlgorithm, &D::encryptionAlgorithm, Access::Update));
        v(field(u"encapsulation_mode", &T::encapsulationMode, &D::encapsulationMode, Access::Update));
        v(field(u"lifetime", &T::lifetime, &D::lifetime, Access::Update));
        v(field(u"pfs", &T::pfs, &D::pfs, Access::Update));
    }
};

template<>
struct ResourceTraits<VpnService> {
    using Draft = VpnServiceDraft;
    static constexpr ResourceKind kind = ResourceKind::VpnService;
    static constexpr QStringView singular = u"vpnservice";
    static constexpr QStringView collection = u"vpnservices";
    static constexpr QStringView path = u"/v2.0/vpn/vpnservices";
    static constexpr QStringView slug = u"vpn-services";
    static constexpr QStringView wizardSlug = u"vpn-service";
    static constexpr QStringView cliNoun = u"service";
    static constexpr QStringView notFoundType = u"VPNServiceNotFound";
    static constexpr QStringView notFoundMessage = u"VPNService %1 could not be found";
    static constexpr QStringView inUseType = u"VPNServiceInUse";
    static constexpr QStringView inUseMessage = u"VPNService %1 is still in use";
    static constexpr int inUseStatus = 409;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "VPN service");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "VPN services");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = VpnService;
        using D = VpnServiceDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create, attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"subnet_id", &T::subnetId, &D::subnetId, Access::Create, attr::Uuid | attr::Nullable));
        v(field(u"router_id", &T::routerId, &D::routerId, Access::CreateRequired, attr::Uuid | attr::Sortable));
        v(field(u"admin_state_up", &T::adminStateUp, &D::adminStateUp, Access::Update));
        v(readOnly<T, D>(u"external_v4_ip", &T::externalV4Ip, attr::Nullable));
        v(readOnly<T, D>(u"external_v6_ip", &T::externalV6Ip, attr::Nullable));
        v(readOnly<T, D>(u"status", &T::status));
        v(field(u"flavor_id", &T::flavorId, &D::flavorId, Access::Create, attr::Uuid | attr::Nullable));
    }
};

template<>
struct ResourceTraits<EndpointGroup> {
    using Draft = EndpointGroupDraft;
    static constexpr ResourceKind kind = ResourceKind::EndpointGroup;
    static constexpr QStringView singular = u"endpoint_group";
    static constexpr QStringView collection = u"endpoint_groups";
    static constexpr QStringView path = u"/v2.0/vpn/endpoint-groups";
    static constexpr QStringView slug = u"endpoint-groups";
    static constexpr QStringView wizardSlug = u"endpoint-group";
    static constexpr QStringView cliNoun = u"endpoint group";
    static constexpr QStringView notFoundType = u"VPNEndpointGroupNotFound";
    static constexpr QStringView notFoundMessage = u"Endpoint group %1 could not be found";
    static constexpr QStringView inUseType = u"EndpointGroupInUse";
    static constexpr QStringView inUseMessage = u"Endpoint group %1 is in use and cannot be deleted";
    static constexpr int inUseStatus = 400;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "Endpoint group");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "Endpoint groups");

    // No sort keys at all (confirmed on a live server); the type's column is endpoint_type.
    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = EndpointGroup;
        using D = EndpointGroupDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create, attr::Project | attr::Text255));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"type", &T::type, &D::type, Access::CreateRequired, attr::None, u"endpoint_type"));
        v(field(u"endpoints", &T::endpoints, &D::endpoints, Access::Create, attr::NoColumn));
    }
};

template<>
struct ResourceTraits<IpsecSiteConnection> {
    using Draft = IpsecSiteConnectionDraft;
    static constexpr ResourceKind kind = ResourceKind::IpsecSiteConnection;
    static constexpr QStringView singular = u"ipsec_site_connection";
    static constexpr QStringView collection = u"ipsec_site_connections";
    static constexpr QStringView path = u"/v2.0/vpn/ipsec-site-connections";
    static constexpr QStringView slug = u"ipsec-site-connections";
    static constexpr QStringView wizardSlug = u"ipsec-site-connection";
    static constexpr QStringView cliNoun = u"ipsec site connection";
    static constexpr QStringView notFoundType = u"IPsecSiteConnectionNotFound";
    static constexpr QStringView notFoundMessage = u"ipsec_site_connection %1 not found";
    static constexpr QStringView inUseType = u"";
    static constexpr QStringView inUseMessage = u"";
    static constexpr int inUseStatus = 0;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec site connection");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec site connections");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = IpsecSiteConnection;
        using D = IpsecSiteConnectionDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create, attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"local_id", &T::localId, &D::localId, Access::Update));
        v(field(u"peer_address", &T::peerAddress, &D::peerAddress, Access::UpdateRequired));
        v(field(u"peer_id", &T::peerId, &D::peerId, Access::UpdateRequired));
        v(field(u"peer_cidrs", &T::peerCidrs, &D::peerCidrs, Access::Update, attr::Cidrs | attr::Nullable | attr::NoColumn));
        v(field(u"local_ep_group_id", &T::localEpGroupId, &D::localEpGroupId, Access::Update, attr::Uuid | attr::Nullable)
              .referencing(ResourceKind::EndpointGroup));
        v(field(u"peer_ep_group_id", &T::peerEpGroupId, &D::peerEpGroupId, Access::Update, attr::Uuid | attr::Nullable)
              .referencing(ResourceKind::EndpointGroup));
        v(readOnly<T, D>(u"route_mode", &T::routeMode));
        v(field(u"mtu", &T::mtu, &D::mtu, Access::Update));
        v(field(u"initiator", &T::initiator, &D::initiator, Access::Update));
        v(readOnly<T, D>(u"auth_mode", &T::authMode));
        v(field(u"psk", &T::psk, &D::psk, Access::UpdateRequired));
        v(field(u"dpd", &T::dpd, &D::dpd, Access::Update));
        v(field(u"admin_state_up", &T::adminStateUp, &D::adminStateUp, Access::Update));
        v(readOnly<T, D>(u"status", &T::status));
        v(field(u"vpnservice_id", &T::vpnserviceId, &D::vpnserviceId, Access::CreateRequired, attr::Uuid)
              .referencing(ResourceKind::VpnService));
        v(field(u"ikepolicy_id", &T::ikepolicyId, &D::ikepolicyId, Access::CreateRequired, attr::Uuid)
              .referencing(ResourceKind::IkePolicy));
        v(field(u"ipsecpolicy_id", &T::ipsecpolicyId, &D::ipsecpolicyId, Access::CreateRequired, attr::Uuid)
              .referencing(ResourceKind::IpsecPolicy));
    }
};

// Core Neutron resources: read by the console, never edited, so no description of attributes.
template<>
struct ResourceTraits<Router> {
    static constexpr QStringView singular = u"router";
    static constexpr QStringView collection = u"routers";
    static constexpr QStringView path = u"/v2.0/routers";
    static constexpr QStringView notFoundType = u"RouterNotFound";
    static constexpr QStringView notFoundMessage = u"Router %1 could not be found";
};

template<>
struct ResourceTraits<Network> {
    static constexpr QStringView singular = u"network";
    static constexpr QStringView collection = u"networks";
    static constexpr QStringView path = u"/v2.0/networks";
    static constexpr QStringView notFoundType = u"NetworkNotFound";
    static constexpr QStringView notFoundMessage = u"Network %1 could not be found.";
};

template<>
struct ResourceTraits<Subnet> {
    static constexpr QStringView singular = u"subnet";
    static constexpr QStringView collection = u"subnets";
    static constexpr QStringView path = u"/v2.0/subnets";
    static constexpr QStringView notFoundType = u"SubnetNotFound";
    static constexpr QStringView notFoundMessage = u"Subnet %1 could not be found.";
};

/*! One of the five VPNaaS value types (those with a description and a draft). */
template<typename T>
concept VpnResource = requires { ResourceTraits<T>::kind; typename ResourceTraits<T>::Draft; };

template<VpnResource T>
using DraftFor = typename ResourceTraits<T>::Draft;

namespace detail {
template<typename Draft, typename... Ts>
struct ResourceOfDraft;
template<typename Draft, typename T, typename... Ts>
struct ResourceOfDraft<Draft, T, Ts...> {
    using type = std::conditional_t<std::is_same_v<Draft, DraftFor<T>>, T, typename ResourceOfDraft<Draft, Ts...>::type>;
};
template<typename Draft>
struct ResourceOfDraft<Draft> {
    using type = void;
};
} // namespace detail

/*! IkePolicyDraft → IkePolicy, ... (void for anything else). */
template<typename Draft>
using ResourceOf =
    typename detail::ResourceOfDraft<Draft, IkePolicy, IpsecPolicy, VpnService, EndpointGroup, IpsecSiteConnection>::type;

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
