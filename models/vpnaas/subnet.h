// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcedescription.h"
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

template<>
struct ResourceTraits<Subnet> {
    static constexpr QStringView singular = u"subnet";
    static constexpr QStringView collection = u"subnets";
    static constexpr QStringView path = u"/v2.0/subnets";
    static constexpr QStringView notFoundType = u"SubnetNotFound";
    static constexpr QStringView notFoundMessage = u"Subnet %1 could not be found.";
};

} // namespace vpnaas
