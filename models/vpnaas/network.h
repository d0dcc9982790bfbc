// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcedescription.h"
#include <QStringList>

namespace vpnaas {

/*! The parts of a Neutron network the console shows (read-only). */
struct Network {
    QString id;
    QString projectId;
    QString name;
    QString status;
    bool adminStateUp = true;
    bool external = false;
    bool shared = false;
    qint64 mtu = 0;
    QStringList subnetIds;

    bool operator==(const Network &other) const = default;
};

template<>
struct ResourceTraits<Network> {
    static constexpr QStringView singular = u"network";
    static constexpr QStringView collection = u"networks";
    static constexpr QStringView path = u"/v2.0/networks";
    static constexpr QStringView notFoundType = u"NetworkNotFound";
    static constexpr QStringView notFoundMessage = u"Network %1 could not be found.";
};

} // namespace vpnaas
