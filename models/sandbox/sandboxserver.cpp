// SPDX-License-Identifier: Apache-2.0
#include "sandboxserver.h"

#include "apidocuments.h"
#include "coreresources.h"
#include "listrequest.h"
#include "sandboxlogging.h"
#include "vpnresources.h"

#include "perf/stallwatch.h"
#include "vpnaas/listrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {

struct SandboxServer::Request {
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<std::pair<QString, QString>> query; // decoded, in order
    QString projectId; // the request context's project; empty: none
};

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Refusal resourceNotFound()
{
    return {404, u"HTTPNotFound"_s, u"The resource could not be found."_s};
}

Refusal methodNotAllowed()
{
    return {405, u"HTTPMethodNotAllowed"_s, u"The method is not allowed for this resource."_s};
}

/*! A list reads a VPN resource's lists (endpoints, peer CIDRs) through their tables' primary key
    index (value, owner id): sorted by value. A single read keeps the order they were added in. */
QJsonObject listedVpnResource(ResourceKind kind, QJsonObject item)
{
    withResource(kind, [&item]<typename T>(ResourceType<T>) {
        ResourceTraits<T>::describe([&item](const auto &a) {
            if constexpr (std::is_same_v<typename std::decay_t<decltype(a)>::Value, QStringList>) {
                const QString key = a.key.toString();
                if (!item.value(key).isArray())
                    return;
                QStringList values;
                for (const QJsonValue &v : item.value(key).toArray())
                    values.append(v.toString());
                values.sort();
                item.insert(key, QJsonArray::fromStringList(values));
            }
        });
    });
    return item;
}

/*! The envelope keys of a collection: VPNaaS ones from their traits, core ones by name. */
QString listKeyOf(const QString &collection, std::optional<ResourceKind> kind)
{
    if (!kind)
        return collection;
    return withResource(*kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::collection.toString(); });
}

QString singularOf(const QString &collection, std::optional<ResourceKind> kind)
{
    if (!kind)
        return collection.chopped(1); // networks → network, ...
    return withResource(*kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::singular.toString(); });
}

Refusal notFoundIn(const QString &collection, std::optional<ResourceKind> kind, const QString &id)
{
    return kind ? vpnNotFound(*kind, id) : coreNotFound(collection, id);
}

} // namespace

SandboxResponse errorResponse(int status, const QString &type, const QString &message)
{
    return {
        status,
        json({{u"NeutronError"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}, {u"detail"_s, QString()}}}}),
        {}};
}

SandboxServer::SandboxServer(SandboxStore *store, QObject *parent)
    : SandboxServer(store, Options(), parent)
{
}

SandboxServer::SandboxServer(SandboxStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_capabilities(capabilitiesFor(options))
    , m_attributes(m_capabilities)
{
}

SandboxServer::~SandboxServer() = default;

ServerCapabilities SandboxServer::capabilitiesFor(const Options &options)
{
    ServerCapabilities caps = options.extendedAlgorithms ? ServerCapabilities::epoxy() : ServerCapabilities::zed();
    caps.flavors = true;
    return caps;
}

ServerState SandboxServer::state() const
{
    return readServerState(*m_store);
}

QStringList SandboxServer::connectionIds() const
{
    return sandbox::connectionIds(*m_store);
}

SandboxResponse SandboxServer::handle(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                      const Headers &headers)
{
    const perf::Scope scope("SandboxServer::handle");
    Request request{method, url, body, {}, projectHeaderSet(headers) ? QString() : m_options.projectId};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        request.query.append({key, value});
    SandboxResponse response = finish(route(request));
    response.requestId = u"req-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return response;
}

RequestContext SandboxServer::context(const Request &request) const
{
    return {*m_store, m_capabilities, m_attributes, request.projectId};
}

HandlerResult SandboxServer::route(const Request &r)
{
    QStringList parts = r.url.path().split(u'/', Qt::SkipEmptyParts);
    const QByteArray &m = r.method;
    if (parts.isEmpty() && m == "GET")
        return versionsDocument(m_options.baseUrl);
    if (parts.value(0) != u"v2.0")
        return HandlerResult::refused(resourceNotFound());
    parts.removeFirst();
    if (parts.isEmpty() && m == "GET")
        return resourcesDocument(m_options.baseUrl);
    if (parts.value(0) == u"extensions" && m == "GET")
        return extensionsDocument(parts.size() == 2 ? parts[1] : QString(), m_options.extendedAlgorithms);

    // The collection becomes a kind here, once; the core collections keep their names.
    QString collection;
    std::optional<ResourceKind> kind;
    if (parts.value(0) == u"vpn" && parts.size() >= 2) {
        collection = parts[1];
        kind = resourceKindFromCollection(collection);
        parts.remove(0, 2);
        if (!kind)
            return HandlerResult::refused(resourceNotFound());
    } else if (kCoreCollections.contains(parts.value(0))) {
        collection = parts.takeFirst();
    } else {
        return HandlerResult::refused(resourceNotFound());
    }
    const QString id = parts.value(0);
    if (parts.size() == 2 && collection == kRouters && parts[1] == u"add_router_interface" && m == "PUT")
        return addRouterInterface(id, r.body, context(r));
    if (parts.size() > 1)
        return HandlerResult::refused(resourceNotFound());

    if (id.isEmpty()) {
        if (m == "GET")
            return list(r, collection, kind);
        if (m == "POST") {
            if (kind)
                return createVpnResource(*kind, r.body, context(r));
            if (collection == kNetworks)
                return createNetwork(r.body, context(r));
            if (collection == kSubnets)
                return createSubnet(r.body, context(r));
            if (collection == kRouters)
                return createRouter(r.body, context(r));
        }
        return HandlerResult::refused(methodNotAllowed());
    }
    if (m == "GET")
        return show(r, collection, kind, id);
    if (kind && m == "PUT")
        return updateVpnResource(*kind, id, r.body, context(r));
    if (kind && m == "DELETE")
        return deleteVpnResource(*kind, id, context(r));
    return HandlerResult::refused(methodNotAllowed());
}

HandlerResult SandboxServer::show(const Request &r, const QString &collection, std::optional<ResourceKind> kind,
                                  const QString &id) const
{
    const auto item = m_store->get(collection, id);
    if (!item)
        return HandlerResult::refused(notFoundIn(collection, kind, id));
    QStringList fields = QUrlQuery(r.url).allQueryItemValues(u"fields"_s, QUrl::FullyDecoded);
    fields.removeAll(QString()); // list_args() drops empty values
    const QJsonObject shown = kind ? *item : shownCoreResource(collection, *item);
    return HandlerResult::answered(200, {{singularOf(collection, kind), selectFields(shown, fields)}});
}

HandlerResult SandboxServer::list(const Request &r, const QString &collection, std::optional<ResourceKind> kind) const
{
    // neutron api/v2/base.py _items() with the emulated sorting and pagination helpers
    // (api_common.py): filters, then sort keys, then the limit are checked, in this order.
    ListRequest request = parseListRequest(r.query, kind.has_value());
    const CheckedListRequest checked
        = checkListRequest(request, kind ? &m_attributes.of(*kind) : nullptr, allowedSortKeys(r.url.path()));
    if (checked.error)
        return HandlerResult::refused(*checked.error);

    QList<QJsonObject> items = filterItems(m_store->list(collection), request.filters, kind);
    sortItems(items, request.sortKeys, request.sortDirs);
    QJsonArray links;
    if (checked.limit > 0) {
        items = pageOf(items, checked.limit, request.marker, checked.pageReverse);
        links = pageLinks(items, checked.limit, checked.pageReverse, m_options.baseUrl.toString() + r.url.path(),
                          r.query);
    }
    QJsonArray array;
    for (const QJsonObject &item : std::as_const(items))
        array.append(
            selectFields(kind ? listedVpnResource(*kind, item) : shownCoreResource(collection, item), request.fields));
    const QString key = listKeyOf(collection, kind);
    QJsonObject envelope{{key, array}};
    if (!links.isEmpty())
        envelope.insert(key + u"_links"_s, links);
    return HandlerResult::answered(200, envelope);
}

SandboxResponse SandboxServer::finish(const HandlerResult &outcome)
{
    if (outcome.refusal)
        return errorResponse(outcome.refusal->status, outcome.refusal->type, outcome.refusal->message);
    if (!outcome.changes.isEmpty()) {
        QString error;
        if (!m_store->apply(outcome.changes, &error)) {
            // Nothing was stored: say so to the client, and to whoever watches the store.
            reportStoreFailure(error);
            return errorResponse(500, u"HTTPInternalServerError"_s,
                                 u"Request Failed: internal server error while processing your request."_s);
        }
        for (const SandboxStore::Change &change : outcome.changes)
            Q_EMIT changed(change.collection, change.id);
    }
    if (outcome.status == 204)
        return {204, {}, {}};
    return {outcome.status, json(outcome.reply), {}};
}

void SandboxServer::reportStoreFailure(const QString &error)
{
    qCWarning(lcSandbox) << "The sandbox store refused a write:" << error;
    m_lastStoreError = error;
    Q_EMIT storeFailed(error);
}

bool SandboxServer::setStatus(const QString &collection, const QString &id, const QString &status)
{
    auto item = m_store->get(collection, id);
    const auto kind = resourceKindFromCollection(collection);
    if (!item || (kind != ResourceKind::VpnService && kind != ResourceKind::IpsecSiteConnection)
        || !fromApiName<ResourceStatus>(status))
        return false;
    item->insert(u"status"_s, status);
    QString error;
    if (!m_store->apply({{collection, id, *item}}, &error)) {
        reportStoreFailure(error);
        return false;
    }
    Q_EMIT changed(collection, id);
    return true;
}

} // namespace vpnaas::sandbox
