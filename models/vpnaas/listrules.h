// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcetraits.h"

#include <QStringList>

namespace vpnaas {

/*!
 * The sort keys Neutron accepts for a collection path ("/v2.0/vpn/vpnservices"): for the VPNaaS
 * resources their Sortable attributes (neutron-lib's attribute maps mark only id,
 * tenant_id/project_id and name, + router_id on VPN services; endpoint groups have none,
 * confirmed live); routers, networks, subnets and ports also sort by status and admin state.
 */
inline QStringList allowedSortKeys(QStringView collectionPath)
{
    if (collectionPath.startsWith(u"/v2.0/vpn/")) {
        if (const auto kind = resourceKindFromCollection(collectionPath.mid(collectionPath.lastIndexOf(u'/') + 1)))
            return withResource(*kind, []<typename T>(ResourceType<T>) { return sortKeys<T>(); });
        return {};
    }
    return {QStringLiteral("id"),   QStringLiteral("tenant_id"), QStringLiteral("project_id"),
            QStringLiteral("name"), QStringLiteral("status"),    QStringLiteral("admin_state_up")};
}

} // namespace vpnaas
