// SPDX-License-Identifier: Apache-2.0
#include "jsonequivalence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QStringList kVolatileKeys{u"created_at"_s, u"updated_at"_s, u"revision_number"_s, u"provider:segmentation_id"_s};

bool isUuidText(const QString &s)
{
    static const QRegularExpression re(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re.match(s).hasMatch();
}

bool isAllocatedKey(const QString &key)
{
    return key == u"ip_address" || key == u"external_v4_ip" || key == u"external_v6_ip";
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

bool ValueMapping::match(const QString &recorded, const QString &actual)
{
    if (m_forward.contains(recorded))
        return m_forward.value(recorded) == actual;
    if (m_backward.contains(actual))
        return false;
    m_forward.insert(recorded, actual);
    m_backward.insert(actual, recorded);
    return true;
}

QString ValueMapping::apply(QString text) const
{
    for (auto it = m_forward.cbegin(); it != m_forward.cend(); ++it)
        text.replace(it.key(), it.value());
    return text;
}

void compareBodies(const QJsonValue &recorded, const QJsonValue &actual, const QString &where, const QString &key,
                   ValueMapping &mapping, QStringList &differences)
{
    if (kVolatileKeys.contains(key))
        return;
    if (recorded.type() != actual.type()) {
        differences.append(u"%1: %2 vs %3"_s.arg(where, compact(recorded), compact(actual)));
        return;
    }
    if (recorded.isObject()) {
        const QJsonObject r = recorded.toObject(), a = actual.toObject();
        const QStringList rk = r.keys(), ak = a.keys();
        if (rk != ak) {
            differences.append(u"%1: keys %2 vs %3"_s.arg(where, rk.join(u','), ak.join(u',')));
            return;
        }
        for (const QString &k : rk)
            compareBodies(r.value(k), a.value(k), where + u'.' + k, k, mapping, differences);
    } else if (recorded.isArray()) {
        const QJsonArray r = recorded.toArray(), a = actual.toArray();
        if (r.size() != a.size()) {
            differences.append(u"%1: %2 items vs %3"_s.arg(where).arg(r.size()).arg(a.size()));
            return;
        }
        for (qsizetype i = 0; i < r.size(); ++i)
            compareBodies(r.at(i), a.at(i), where + u'[' + QString::number(i) + u']', key, mapping, differences);
    } else if (recorded.isString()) {
        const QString r = recorded.toString(), a = actual.toString();
        if (key == u"href") {
            // Same path and parameters; generated markers mapped.
            const QUrl ru(r), au(a);
            const auto rq = QUrlQuery(ru).queryItems(), aq = QUrlQuery(au).queryItems();
            bool same = ru.path() == au.path() && rq.size() == aq.size();
            for (qsizetype i = 0; same && i < rq.size(); ++i) {
                same = rq[i].first == aq[i].first
                    && (rq[i].second == aq[i].second
                        || (isUuidText(rq[i].second) && mapping.match(rq[i].second, aq[i].second)));
            }
            if (!same)
                differences.append(u"%1: %2 vs %3"_s.arg(where, r, a));
        } else if (isUuidText(r) || isAllocatedKey(key)) {
            if (!mapping.match(r, a))
                differences.append(u"%1: %2 maps elsewhere, got %3"_s.arg(where, r, a));
        } else if (key == u"message") {
            if (mapping.apply(r) != a)
                differences.append(u"%1: \"%2\" vs \"%3\""_s.arg(where, mapping.apply(r), a));
        } else if (r != a) {
            differences.append(u"%1: \"%2\" vs \"%3\""_s.arg(where, r, a));
        }
    } else if (recorded != actual) {
        differences.append(u"%1: %2 vs %3"_s.arg(where, compact(recorded), compact(actual)));
    }
}
