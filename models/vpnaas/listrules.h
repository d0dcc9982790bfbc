// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace vpnaas {

/*!
 * The sort keys Neutron accepts for a collection path ("/v2.0/vpn/vpnservices"): neutron-lib's
 * attribute maps mark only id, tenant_id/project_id and name (+ router_id on VPN services);
 * endpoint groups have none (confirmed live, neutron-local.md §7).
 */
inline QStringList allowedSortKeys(QStringView collectionPath)
{
    if (collectionPath.endsWith(u"/endpoint-groups"))
        return {};
    QStringList keys{QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("project_id"), QStringLiteral("name")};
    if (collectionPath.endsWith(u"/vpnservices"))
        keys.append(QStringLiteral("router_id"));
    if (!collectionPath.startsWith(u"/v2.0/vpn/"))
        keys.append({QStringLiteral("status"), QStringLiteral("admin_state_up")});
    return keys;
}

} // namespace vpnaas
