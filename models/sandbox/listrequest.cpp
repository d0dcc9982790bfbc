// SPDX-License-Identifier: Apache-2.0
#include "listrequest.h"

#include "pyvalue.h"

#include "vpnaas/servermessages.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {

QString filterText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

bool filterMatches(const QJsonValue &value, const QStringList &wanted)
{
    const QString text = filterText(value);
    for (const QString &w : wanted) {
        if (value.isBool() ? text.compare(w, Qt::CaseInsensitive) == 0 : text == w)
            return true;
    }
    return false;
}

QJsonValue valueAt(const QJsonObject &item, const QStringList &path)
{
    QJsonValue v = item;
    for (const QString &key : path)
        v = v.toObject().value(key);
    return v;
}

/*! SQL `column IN (values)` on SQLite: numeric text matches a number column, NULL matches nothing. */
bool sqlIn(const QJsonValue &stored, const QList<QJsonValue> &values)
{
    for (const QJsonValue &v : values) {
        if (stored.isString() && v.isString() && stored.toString() == v.toString())
            return true;
        if (stored.isDouble() || stored.isBool()) {
            const double number = stored.isBool() ? double(stored.toBool()) : stored.toDouble();
            bool ok = v.isDouble() || v.isBool();
            const double wanted = v.isBool() ? double(v.toBool())
                : v.isDouble()               ? v.toDouble()
                                             : v.toString().toDouble(&ok);
            if (ok && number == wanted)
                return true;
        }
    }
    return false;
}

} // namespace

ListRequest parseListRequest(const QList<std::pair<QString, QString>> &query, bool vpn)
{
    ListRequest request;
    for (const auto &parameter : query) {
        // Named, not a structured binding: a lambda below captures the name (clang 14).
        const QString &name = parameter.first;
        const QString &value = parameter.second;
        if (name == u"fields" || name == u"sort_key" || name == u"sort_dir") {
            if (!value.isEmpty())
                (name == u"fields"         ? request.fields
                     : name == u"sort_key" ? request.sortKeys
                                           : request.sortDirs)
                    .append(value);
        } else if (name == u"limit") {
            request.limitText = value;
            request.hasLimit = true;
        } else if (name == u"marker") {
            request.marker = value;
        } else if (name == u"page_reverse") {
            request.pageReverseText = value;
        } else if (!value.isEmpty() || vpn) {
            auto &filters = request.filters;
            auto it = std::find_if(filters.begin(), filters.end(), [&](const auto &f) { return f.first == name; });
            if (it == filters.end())
                filters.append({name, {QJsonValue(value)}});
            else
                it->second.append(QJsonValue(value));
        }
    }
    return request;
}

CheckedListRequest checkListRequest(ListRequest &request, const QList<ApiAttribute> *attributes,
                                    const QStringList &allowedSortKeys)
{
    CheckedListRequest checked;
    if (attributes) {
        for (auto &[name, values] : request.filters) {
            const ApiAttribute *a = findAttribute(*attributes, name);
            if (!a || a->convert == Convert::None || a->convert == Convert::List)
                continue;
            for (QJsonValue &v : values) {
                QString error;
                v = convertValue(a->convert, v, &error);
                if (!error.isEmpty()) {
                    checked.error = Refusal{400, u"InvalidInput"_s, servermessages::invalidInputForOperation(error)};
                    return checked;
                }
            }
        }
    }

    if (request.sortKeys.size() != request.sortDirs.size()) {
        checked.error = badRequest(u"The number of sort_keys and sort_dirs must be same"_s);
        return checked;
    }
    QStringList badKeys, badDirs;
    for (const QString &k : std::as_const(request.sortKeys)) {
        if (!allowedSortKeys.contains(k))
            badKeys.append(k);
    }
    for (const QString &d : std::as_const(request.sortDirs)) {
        if (d != u"asc" && d != u"desc")
            badDirs.append(d);
    }
    if (!badKeys.isEmpty()) {
        checked.error = badRequest(u"%1 is invalid attribute for sort_keys"_s.arg(py::list(badKeys)));
        return checked;
    }
    if (!badDirs.isEmpty()) {
        checked.error = badRequest(
            u"%1 is invalid value for sort_dirs, valid value is 'asc' and 'desc'"_s.arg(py::list(badDirs)));
        return checked;
    }

    if (request.hasLimit) {
        const auto parsed = py::toInt(QJsonValue(request.limitText));
        if (!parsed || *parsed < 0) {
            checked.error = Refusal{400, u"BadRequest"_s,
                                    u"Bad limit request: Limit must be an integer 0 or greater and not '%1'."_s.arg(
                                        parsed ? QString::number(*parsed) : request.limitText)};
            return checked;
        }
        checked.limit = *parsed;
    }
    checked.pageReverse = request.pageReverseText.compare(u"true", Qt::CaseInsensitive) == 0;
    return checked;
}

std::optional<QStringList> filterColumn(ResourceKind kind, const QString &name)
{
    if (name == u"tenant_id")
        return QStringList{u"project_id"_s};
    std::optional<QStringList> column;
    withResource(kind, [&]<typename T>(ResourceType<T>) {
        ResourceTraits<T>::describe([&](const auto &a) {
            using V = typename std::decay_t<decltype(a)>::Value;
            if (column || a.filterColumn().isEmpty())
                return;
            if constexpr (isNested<V>) {
                // Nested values are flattened into columns: lifetime_units, dpd_interval, ...
                NestedTraits<V>::describe([&](const auto &part) {
                    if (!column && name == a.key.toString() + u'_' + part.key.toString())
                        column = QStringList{a.key.toString(), part.key.toString()};
                });
            } else if (name == a.filterColumn()) {
                column = QStringList{a.key.toString()};
            }
        });
    });
    return column;
}

QList<QJsonObject> filterItems(QList<QJsonObject> items, const QList<std::pair<QString, QList<QJsonValue>>> &filters,
                               std::optional<ResourceKind> kind)
{
    for (const auto &filter : filters) {
        const QString &name = filter.first;
        const QList<QJsonValue> &values = filter.second;
        if (kind) {
            // A filter on a database column selects; any other name is ignored (VPNaaS has no
            // filter validation). Endpoint groups filter by endpoint_type: ?type= is ignored.
            const auto column = filterColumn(*kind, name);
            if (!column)
                continue;
            items.removeIf([&](const QJsonObject &o) { return !sqlIn(valueAt(o, *column), values); });
            continue;
        }
        const QString attribute = name == u"tenant_id" ? u"project_id"_s : name;
        const bool known
            = std::any_of(items.cbegin(), items.cend(), [&](const QJsonObject &o) { return o.contains(attribute); });
        if (!known)
            continue;
        QStringList wanted;
        for (const QJsonValue &v : values)
            wanted.append(v.toString());
        items.removeIf([&](const QJsonObject &o) { return !filterMatches(o.value(attribute), wanted); });
    }
    return items;
}

void sortItems(QList<QJsonObject> &items, const QStringList &keys, const QStringList &dirs)
{
    if (keys.isEmpty())
        return;
    std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const int c = py::compare(a.value(keys[i]), b.value(keys[i]));
            if (c != 0)
                return dirs.value(i) == u"desc" ? c > 0 : c < 0;
        }
        return false;
    });
}

QList<QJsonObject> pageOf(const QList<QJsonObject> &items, qint64 limit, const QString &marker, bool reverse)
{
    if (items.isEmpty())
        return {};
    qsizetype at = reverse ? items.size() : 0;
    if (!marker.isEmpty()) {
        const auto it = std::find_if(items.cbegin(), items.cend(),
                                     [&](const QJsonObject &o) { return o.value(u"id").toString() == marker; });
        if (it == items.cend())
            return {};
        at = it - items.cbegin();
    }
    if (reverse) {
        const qsizetype begin = qMax<qsizetype>(at - limit, 0);
        return items.mid(begin, at - begin);
    }
    if (!marker.isEmpty())
        ++at;
    return items.mid(at, limit);
}

QJsonArray pageLinks(const QList<QJsonObject> &page, qint64 limit, bool reverse, const QString &path,
                     const QList<std::pair<QString, QString>> &query)
{
    QUrlQuery base;
    for (const auto &[name, value] : query) {
        if (name != u"marker" && name != u"page_reverse")
            base.addQueryItem(name, value);
    }
    auto link = [&](const QString &rel, const QString &at, bool backwards) {
        QUrlQuery q = base;
        if (!at.isEmpty())
            q.addQueryItem(u"marker"_s, at);
        if (backwards)
            q.addQueryItem(u"page_reverse"_s, u"True"_s);
        return QJsonObject{{u"rel"_s, rel}, {u"href"_s, QString(path + u'?' + q.toString(QUrl::FullyEncoded))}};
    };
    QJsonArray links;
    const bool shortPage = page.size() < limit;
    if (!(shortPage && !reverse))
        links.append(link(u"next"_s, page.isEmpty() ? QString() : page.last().value(u"id").toString(), false));
    if (!(shortPage && reverse))
        links.append(link(u"previous"_s, page.isEmpty() ? QString() : page.first().value(u"id").toString(), true));
    return links;
}

QJsonObject selectFields(const QJsonObject &item, const QStringList &fields)
{
    if (fields.isEmpty())
        return item;
    QJsonObject selected;
    for (const QString &field : fields) {
        if (item.contains(field))
            selected.insert(field, item.value(field));
    }
    return selected;
}

} // namespace vpnaas::sandbox
