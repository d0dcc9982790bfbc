// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"
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

} // namespace vpnaas
