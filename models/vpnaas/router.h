// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcedescription.h"
#include <QList>
#include <QString>

namespace vpnaas {

struct FixedIp {
    QString subnetId;
    QString ipAddress;

    bool operator==(const FixedIp &other) const = default;
};

/*! A router port on an internal subnet (device_owner network:router_interface*). */
struct RouterInterface {
    QString portId;
    QString subnetId;
    QString networkId;
    QString ipAddress;

    bool operator==(const RouterInterface &other) const = default;
};

/*!
 * The parts of a Neutron router the console needs (read-only): its external gateway and the
 * subnets attached to it. Interfaces are not in the router body; the client fills them in from
 * the router's ports.
 */
struct Router {
    QString id;
    QString projectId;
    QString name;
    QString description;
    QString status;
    bool adminStateUp = true;
    QString externalNetworkId;
    QList<FixedIp> externalFixedIps;
    QList<RouterInterface> interfaces;

    bool hasGateway() const { return !externalNetworkId.isEmpty(); }
    /*! First gateway IP of \a ipVersion (4 or 6), as the VPN service snapshots it; empty if none. */
    QString gatewayIp(int ipVersion) const;
    bool operator==(const Router &other) const = default;
};

template<>
struct ResourceTraits<Router> {
    static constexpr QStringView singular = u"router";
    static constexpr QStringView collection = u"routers";
    static constexpr QStringView path = u"/v2.0/routers";
    static constexpr QStringView notFoundType = u"RouterNotFound";
    static constexpr QStringView notFoundMessage = u"Router %1 could not be found";
};

} // namespace vpnaas
