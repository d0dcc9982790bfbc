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

} // namespace vpnaas::openstack
