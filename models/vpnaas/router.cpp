// SPDX-License-Identifier: Apache-2.0
#include "router.h"

#include <QHostAddress>

namespace vpnaas {

QString Router::gatewayIp(int ipVersion) const
{
    const auto wanted = ipVersion == 6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol;
    for (const FixedIp &ip : externalFixedIps) {
        if (QHostAddress(ip.ipAddress).protocol() == wanted)
            return ip.ipAddress;
    }
    return {};
}

} // namespace vpnaas
