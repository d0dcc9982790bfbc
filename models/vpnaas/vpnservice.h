// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"

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

} // namespace vpnaas
