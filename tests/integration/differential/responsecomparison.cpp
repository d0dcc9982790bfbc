// SPDX-License-Identifier: Apache-2.0
#include "responsecomparison.h"

#include "vpnaas/resourcetraits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace differential {

void IdTable::remember(const QString &realId, const QString &sandboxId)
{
    if (!realId.isEmpty() && !sandboxId.isEmpty()) {
        m_toSandbox.insert(realId, sandboxId);
        m_toReal.insert(sandboxId, realId);
    }
}

QString IdTable::toSandbox(QString text) const
{
    for (auto it = m_toSandbox.cbegin(); it != m_toSandbox.cend(); ++it)
        text.replace(it.key(), it.value());
    return text;
}

QString shownBody(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    return text.size() > 300 ? text.left(300) + u"…"_s : text;
}

QStringList ResponseComparison::compare(const Response &real, const Response &sandbox, const QString &path)
{
    QStringList differences;
    if (!real.requestId.startsWith(u"req-") || !sandbox.requestId.startsWith(u"req-"))
        differences.append(u"request id: \"%1\" vs \"%2\""_s.arg(real.requestId, sandbox.requestId));
    if (real.body.isEmpty() || sandbox.body.isEmpty()) {
        if (real.body != sandbox.body)
            differences.append(u"body: <%1> vs <%2>"_s.arg(shownBody(real.body), shownBody(sandbox.body)));
        return differences;
    }
    QJsonParseError realError, sandboxError;
    const QJsonDocument realDoc = QJsonDocument::fromJson(real.body, &realError);
    const QJsonDocument sandboxDoc = QJsonDocument::fromJson(sandbox.body, &sandboxError);
    if (realError.error != QJsonParseError::NoError || sandboxError.error != QJsonParseError::NoError
        || realDoc.isArray() || sandboxDoc.isArray()) {
        if (real.body != sandbox.body)
            differences.append(u"body: <%1> vs <%2>"_s.arg(shownBody(real.body), shownBody(sandbox.body)));
        return differences;
    }
    QJsonObject realObject = realDoc.object(), sandboxObject = sandboxDoc.object();
    reorderSortedById(path, realObject, sandboxObject, m_ids, differences);
    QJsonValue realBody(realObject), sandboxBody(sandboxObject);
    canonicaliseUnorderedArrays(realBody, [](const QString &text) { return text; });
    canonicaliseUnorderedArrays(sandboxBody, [this](const QString &text) { return m_ids.toReal(text); });
    compareBodies(realBody, sandboxBody, u"body"_s, QString(), m_mapping, differences);
    return differences;
}

/*
 * The real server returns peer_cidrs and endpoints rows in whatever order SQLite's query plan
 * yields (seen: the order they were added in on create and show, sorted by value in lists,
 * either one after an update, and a Python set's order in the reply to a peer_cidrs update).
 * The items themselves are still compared one by one.
 */
void canonicaliseUnorderedArrays(QJsonValue &value, const std::function<QString(const QString &)> &sortKey)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef item : array) {
            QJsonValue v = item;
            canonicaliseUnorderedArrays(v, sortKey);
            item = v;
        }
        value = array;
        return;
    }
    if (!value.isObject())
        return;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue v = it.value();
        if ((it.key() == u"peer_cidrs" || it.key() == u"endpoints") && v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items.append(item.toString());
            std::sort(items.begin(), items.end(),
                      [&](const QString &a, const QString &b) { return sortKey(a) < sortKey(b); });
            v = QJsonArray::fromStringList(items);
        } else {
            canonicaliseUnorderedArrays(v, sortKey);
        }
        it.value() = v;
    }
    value = object;
}

void reorderSortedById(const QString &path, QJsonObject &real, QJsonObject &sandbox, const IdTable &ids,
                       QStringList &differences)
{
    if (!path.contains(u"sort_key=id&") && !path.endsWith(u"sort_key=id"))
        return;
    // "/v2.0/vpn/<collection>?…": the list's key is the collection's JSON name.
    const std::optional<vpnaas::ResourceKind> kind
        = vpnaas::resourceKindFromCollection(path.section(u'?', 0, 0).section(u'/', 3, 3));
    if (!kind)
        return;
    const QString key = vpnaas::withResource(
        *kind, []<typename T>(vpnaas::ResourceType<T>) { return vpnaas::ResourceTraits<T>::collection.toString(); });
    if (!real.value(key).isArray() || !sandbox.value(key).isArray())
        return; // refused
    const bool descending = path.contains(u"sort_dir=desc");
    for (const auto &[side, object] : {std::pair{u"real"_s, &real}, std::pair{u"sandbox"_s, &sandbox}}) {
        QStringList sideIds;
        for (const QJsonValue &item : object->value(key).toArray())
            sideIds.append(item[u"id"].toString());
        QStringList sorted = sideIds;
        std::sort(sorted.begin(), sorted.end());
        if (descending)
            std::reverse(sorted.begin(), sorted.end());
        if (sideIds != sorted)
            differences.append(u"%1 side is not sorted by id"_s.arg(side));
    }
    const QJsonArray sandboxItems = sandbox.value(key).toArray();
    QJsonArray reordered;
    for (const QJsonValue &item : real.value(key).toArray()) {
        const QString wanted = ids.sandboxId(item[u"id"].toString());
        for (const QJsonValue &candidate : sandboxItems) {
            if (candidate[u"id"].toString() == wanted)
                reordered.append(candidate);
        }
    }
    if (reordered.size() == sandboxItems.size())
        sandbox.insert(key, reordered);
}

} // namespace differential
