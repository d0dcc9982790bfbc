// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"
#include "resourcedescription.h"
#include "secret.h"

#include <QStringList>

namespace vpnaas {

/*! Dead peer detection settings; the server answers with all three keys. */
struct Dpd {
    Choice<DpdAction> action = DpdAction::Hold;
    qint64 interval = 30;
    qint64 timeout = 120;

    bool operator==(const Dpd &other) const = default;
};

struct DpdDraft {
    std::optional<Choice<DpdAction>> action;
    std::optional<qint64> interval;
    std::optional<qint64> timeout;

    bool operator==(const DpdDraft &other) const = default;
};

/*!
 * An IPsec site-to-site connection. The server returns the PSK in clear; it is kept in a Secret
 * so nothing shows or logs it without an explicit reveal(). Either both endpoint group ids are
 * set (the service has no subnet) or peerCidrs is (legacy service).
 */
struct IpsecSiteConnection {
    QString id;
    QString projectId;
    QString name;
    QString description;
    QString peerAddress;
    QString peerId;
    QString localId;
    QString routeMode = QStringLiteral("static");
    QString authMode = QStringLiteral("psk");
    qint64 mtu = 1500;
    Secret psk;
    Choice<Initiator> initiator = Initiator::BiDirectional;
    Dpd dpd;
    bool adminStateUp = true;
    Choice<ResourceStatus> status = ResourceStatus::PendingCreate;
    QString vpnserviceId;
    QString ikepolicyId;
    QString ipsecpolicyId;
    QStringList peerCidrs;
    QString localEpGroupId;
    QString peerEpGroupId;

    bool operator==(const IpsecSiteConnection &other) const = default;
};

// The draft lives beside its resource: the two change together, field for field.
/*! A null QString in the endpoint group ids is sent as JSON null. */
struct IpsecSiteConnectionDraft {
    std::optional<QString> projectId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> vpnserviceId;
    std::optional<QString> ikepolicyId;
    std::optional<QString> ipsecpolicyId;
    std::optional<QString> peerAddress;
    std::optional<QString> peerId;
    std::optional<QString> localId;
    std::optional<Secret> psk;
    std::optional<QStringList> peerCidrs;
    std::optional<QString> localEpGroupId;
    std::optional<QString> peerEpGroupId;
    std::optional<qint64> mtu;
    std::optional<Choice<Initiator>> initiator;
    std::optional<DpdDraft> dpd;
    std::optional<bool> adminStateUp;

    bool operator==(const IpsecSiteConnectionDraft &other) const = default;
};

template<>
struct DraftOf<Dpd> {
    using type = DpdDraft;
};
template<>
inline constexpr bool isNested<Dpd> = true;

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
    static constexpr const char *displayPluralName
        = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec site connections");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = IpsecSiteConnection;
        using D = IpsecSiteConnectionDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create,
                attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"local_id", &T::localId, &D::localId, Access::Update));
        v(field(u"peer_address", &T::peerAddress, &D::peerAddress, Access::UpdateRequired));
        v(field(u"peer_id", &T::peerId, &D::peerId, Access::UpdateRequired));
        v(field(u"peer_cidrs", &T::peerCidrs, &D::peerCidrs, Access::Update,
                attr::Cidrs | attr::Nullable | attr::NoColumn));
        v(field(u"local_ep_group_id", &T::localEpGroupId, &D::localEpGroupId, Access::Update,
                attr::Uuid | attr::Nullable)
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

} // namespace vpnaas
