// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace vpnaas {

/*! The parts of a Neutron subnet the console needs (read-only): its CIDR and IP version. */
struct Subnet {
    QString id;
    QString projectId;
    QString name;
    QString networkId;
    int ipVersion = 4;
    QString cidr;
    QString gatewayIp;

    bool operator==(const Subnet &other) const = default;
};

} // namespace vpnaas
