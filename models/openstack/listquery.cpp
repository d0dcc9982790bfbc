// SPDX-License-Identifier: Apache-2.0
#include "listquery.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {

QString ListQuery::toQueryString() const
{
    QUrlQuery query;
    for (const QString &field : fields)
        query.addQueryItem(u"fields"_s, field);
    if (pageSize > 0)
        query.addQueryItem(u"limit"_s, QString::number(pageSize));
    for (const Sort &s : sort) {
        query.addQueryItem(u"sort_key"_s, s.key);
        query.addQueryItem(u"sort_dir"_s, s.descending ? u"desc"_s : u"asc"_s);
    }
    for (const auto &[key, value] : filters)
        query.addQueryItem(key, value);
    return query.toString(QUrl::FullyEncoded);
}

QStringList allowedSortKeys(QStringView collectionPath)
{
    // neutron-lib's attribute maps mark only these as is_sort_key (confirmed live, neutron-local.md §7).
    if (collectionPath.endsWith(u"/endpoint-groups"))
        return {};
    QStringList keys{u"id"_s, u"tenant_id"_s, u"project_id"_s, u"name"_s};
    if (collectionPath.endsWith(u"/vpnservices"))
        keys.append(u"router_id"_s);
    if (!collectionPath.startsWith(u"/v2.0/vpn/"))
        keys.append({u"status"_s, u"admin_state_up"_s});
    return keys;
}

} // namespace vpnaas::openstack
