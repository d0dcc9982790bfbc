// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"
#include "resourcedescription.h"

namespace vpnaas {

/*!
 * A VPN service (one per router and project). A non-empty subnetId makes it a legacy service
 * whose connections use peer_cidrs instead of endpoint groups. externalV4Ip/externalV6Ip are the
 * router gateway IPs the server snapshotted at create time.
 */
struct VpnService {
    QString id;
    QString projectId;
    QString name;
    QString description;
    QString routerId;
    QString subnetId;
    QString flavorId;
    bool adminStateUp = true;
    QString externalV4Ip;
    QString externalV6Ip;
    Choice<ResourceStatus> status = ResourceStatus::PendingCreate;

    bool isLegacy() const { return !subnetId.isEmpty(); }
    bool operator==(const VpnService &other) const = default;
};

// The draft lives beside its resource: the two change together, field for field.
/*! A null QString in subnetId/flavorId is sent as JSON null. */
struct VpnServiceDraft {
    std::optional<QString> projectId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> routerId;
    std::optional<QString> subnetId;
    std::optional<QString> flavorId;
    std::optional<bool> adminStateUp;

    bool operator==(const VpnServiceDraft &other) const = default;
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
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create,
                attr::Project | attr::Text255 | attr::Sortable));
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

} // namespace vpnaas
