// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "neutronapi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

/*!
 * A list request (GET on a collection) as neutron-server answers it: api/v2/base.py _items()
 * with the emulated filtering, sorting and pagination helpers of api_common.py. Pure functions
 * over the query and the stored JSON bodies; the server strings them together.
 */
namespace vpnaas::sandbox {

/*! What a list request's query asks for, read as the server reads it. */
struct ListRequest {
    QStringList fields;
    QStringList sortKeys;
    QStringList sortDirs;
    bool hasLimit = false;
    QString limitText;
    QString marker;
    QString pageReverseText;
    /*! Filter name → the wanted values (converted for VPN attributes by checkListRequest()). */
    QList<std::pair<QString, QList<QJsonValue>>> filters;

    bool operator==(const ListRequest &other) const = default;
};

/*!
 * The query's parameters (decoded, in order). \a vpn: a VPNaaS collection, where an empty value
 * is a filter too (`?name=` selects empty names: Zed's empty-string-filtering); the core lists
 * ignore empty values.
 */
ListRequest parseListRequest(const QList<std::pair<QString, QString>> &query, bool vpn);

/*! The limit (0: none) and direction, or the server's refusal. */
struct CheckedListRequest {
    std::optional<Refusal> error;
    qint64 limit = 0;
    bool pageReverse = false;
};

/*!
 * The checks in the server's order: VPN filters converted by their attribute's convert_to
 * (\a attributes; null for the core lists), then sort keys against \a allowedSortKeys and sort
 * directions, then the limit.
 */
CheckedListRequest checkListRequest(ListRequest &request, const QList<ApiAttribute> *attributes,
                                    const QStringList &allowedSortKeys);

/*!
 * The database column a VPN list filter names, as a path into the body ("lifetime_value" →
 * lifetime.value, an endpoint group's "endpoint_type" → type, "tenant_id" → project_id); nothing
 * for a name that is no column (the server ignores such filters).
 */
std::optional<QStringList> filterColumn(ResourceKind kind, const QString &name);

/*!
 * \a items that pass every filter. With \a kind (a VPN collection) a filter on a column is SQL
 * `column IN (values)` on SQLite and any other name is ignored; without, a filter on an
 * attribute some item has compares its text (booleans case-insensitively).
 */
QList<QJsonObject> filterItems(QList<QJsonObject> items, const QList<std::pair<QString, QList<QJsonValue>>> &filters,
                               std::optional<ResourceKind> kind);

/*! Sorts stably by \a keys ("asc"/"desc" in \a dirs) with Python's comparison, None first. */
void sortItems(QList<QJsonObject> &items, const QStringList &keys, const QStringList &dirs);

/*! PaginationEmulatedHelper.paginate(): the page of \a limit items after (before, \a reverse) \a marker. */
QList<QJsonObject> pageOf(const QList<QJsonObject> &items, qint64 limit, const QString &marker, bool reverse);

/*!
 * get_pagination_links() for \a page: "next" and "previous" hrefs on \a path that keep the
 * request's own parameters in order (without marker and page_reverse), then the marker.
 */
QJsonArray pageLinks(const QList<QJsonObject> &page, qint64 limit, bool reverse, const QString &path,
                     const QList<std::pair<QString, QString>> &query);

/*! The \a fields of \a item that it has (all of it when \a fields is empty). */
QJsonObject selectFields(const QJsonObject &item, const QStringList &fields);

} // namespace vpnaas::sandbox
