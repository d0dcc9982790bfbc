// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"
#include "resourcedescription.h"

#include <QStringList>

namespace vpnaas {

/*!
 * An endpoint group: subnet UUIDs (type subnet, the local side) or CIDRs (type cidr, the peer
 * side). Only name and description can change after creation.
 */
struct EndpointGroup {
    QString id;
    QString projectId;
    QString name;
    QString description;
    Choice<EndpointGroupType> type;
    QStringList endpoints;

    bool operator==(const EndpointGroup &other) const = default;
};

// The draft lives beside its resource: the two change together, field for field.
struct EndpointGroupDraft {
    std::optional<QString> projectId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<Choice<EndpointGroupType>> type;
    std::optional<QStringList> endpoints;

    bool operator==(const EndpointGroupDraft &other) const = default;
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

} // namespace vpnaas
