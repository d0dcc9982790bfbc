// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>
#include <type_traits>

/*!
 * How a resource is described: the vocabulary each resource header uses to say, once, what its
 * resource is (ResourceTraits<T>: URLs, envelope keys, names, the server's errors) and every
 * attribute it has (ResourceTraits<T>::describe(): JSON key, value member, draft member, how the
 * API treats it, how lists filter and sort by it). The descriptions themselves live beside their
 * value types (ikepolicy.h, ...); resourcetraits.h gathers them and holds the one switch from a
 * ResourceKind to a type. docs/adding-an-attribute.md shows the whole path of one attribute.
 */
namespace vpnaas {

enum class ResourceKind { IkePolicy, IpsecPolicy, VpnService, EndpointGroup, IpsecSiteConnection };

inline constexpr std::array<ResourceKind, 5> kAllResourceKinds{ResourceKind::IkePolicy, ResourceKind::IpsecPolicy,
                                                               ResourceKind::VpnService, ResourceKind::EndpointGroup,
                                                               ResourceKind::IpsecSiteConnection};

/*! How Neutron's attribute map treats an attribute (allow_post, allow_put, a default or not). */
enum class Access {
    /*! The server sets it; a request that names it is refused. */
    ReadOnly,
    /*! POST may set it (else the default); PUT may not. */
    Create,
    /*! POST must set it; PUT may not. */
    CreateRequired,
    /*! POST and PUT may set it (POST: else the default). */
    Update,
    /*! POST must set it; PUT may change it. */
    UpdateRequired,
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
    constexpr QStringView filterColumn() const
    {
        return has(attr::NoColumn) ? QStringView() : column.isEmpty() ? key : column;
    }

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

/*! Lifetime and Dpd: values with parts of their own (NestedTraits). */
template<typename V>
inline constexpr bool isNested = false;
template<typename V>
concept NestedValue = isNested<V>;

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

} // namespace vpnaas
