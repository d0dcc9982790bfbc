// SPDX-License-Identifier: Apache-2.0
#pragma once

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

} // namespace vpnaas
