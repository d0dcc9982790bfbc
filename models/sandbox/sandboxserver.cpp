// SPDX-License-Identifier: Apache-2.0
#include "sandboxserver.h"

#include "vpnaas/codec.h"
#include "vpnaas/listrules.h"
#include "vpnaas/validation.h"

#include <QDateTime>
#include <QHostAddress>

#include <array>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {

struct SandboxServer::Request {
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<std::pair<QString, QString>> query; // decoded, in order
};

namespace {

const QString kIke = u"ikepolicies"_s;
const QString kIpsec = u"ipsecpolicies"_s;
const QString kServices = u"vpnservices"_s;
const QString kGroups = u"endpoint-groups"_s;
const QString kConnections = u"ipsec-site-connections"_s;
const QString kNetworks = u"networks"_s;
const QString kSubnets = u"subnets"_s;
const QString kRouters = u"routers"_s;
const QString kPorts = u"ports"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SandboxResponse ok(int status, const QString &key, const QJsonObject &body)
{
    return {status, json({{key, body}}), {}};
}

/*! The envelope key of a collection's single resource. */
QString singularOf(const QString &collection)
{
    if (collection == kIke)
        return u"ikepolicy"_s;
    if (collection == kIpsec)
        return u"ipsecpolicy"_s;
    if (collection == kServices)
        return u"vpnservice"_s;
    if (collection == kGroups)
        return u"endpoint_group"_s;
    if (collection == kConnections)
        return u"ipsec_site_connection"_s;
    return collection.chopped(1); // networks → network, ...
}

QString listKeyOf(const QString &collection)
{
    return QString(collection).replace(u'-', u'_');
}

SandboxResponse notFound(const QString &collection, const QString &id)
{
    if (collection == kIke)
        return errorResponse(404, u"IKEPolicyNotFound"_s, u"IKEPolicy %1 could not be found"_s.arg(id));
    if (collection == kIpsec)
        return errorResponse(404, u"IPsecPolicyNotFound"_s, u"IPsecPolicy %1 could not be found"_s.arg(id));
    if (collection == kServices)
        return errorResponse(404, u"VPNServiceNotFound"_s, u"VPNService %1 could not be found"_s.arg(id));
    if (collection == kGroups)
        return errorResponse(404, u"EndpointGroupNotFound"_s, u"Endpoint group %1 could not be found"_s.arg(id));
    if (collection == kConnections)
        return errorResponse(404, u"IPsecSiteConnectionNotFound"_s, u"ipsec_site_connection %1 not found"_s.arg(id));
    if (collection == kRouters)
        return errorResponse(404, u"RouterNotFound"_s, u"Router %1 could not be found"_s.arg(id));
    if (collection == kNetworks)
        return errorResponse(404, u"NetworkNotFound"_s, u"Network %1 could not be found."_s.arg(id));
    if (collection == kSubnets)
        return errorResponse(404, u"SubnetNotFound"_s, u"Subnet %1 could not be found."_s.arg(id));
    return errorResponse(404, u"PortNotFound"_s, u"Port %1 could not be found."_s.arg(id));
}

SandboxResponse badRequest(const QString &message)
{
    return errorResponse(400, u"HTTPBadRequest"_s, message);
}

/*! The first error the server enforces, as the server would answer it. */
std::optional<SandboxResponse> firstError(const Problems &problems)
{
    for (const Problem &p : problems) {
        if (p.isError() && p.serverEnforced)
            return errorResponse(p.httpStatus, p.code, p.serverMessage);
    }
    return std::nullopt;
}

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

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    return QString::compare(filterText(a), filterText(b));
}

QString pyList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'[' + quoted.join(u", ") + u']';
}

/*! Next free address of \a subnet's allocation pool, given the addresses in use. */
QString allocateAddress(const QJsonObject &subnet, const QSet<QString> &used)
{
    for (const QJsonValue &pool : subnet.value(u"allocation_pools").toArray()) {
        QHostAddress start(pool[u"start"].toString());
        const QHostAddress end(pool[u"end"].toString());
        if (start.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        for (quint32 a = start.toIPv4Address(); a <= end.toIPv4Address(); ++a) {
            const QString candidate = QHostAddress(a).toString();
            if (!used.contains(candidate))
                return candidate;
        }
    }
    return {};
}

QSet<QString> addressesInUse(const QList<QJsonObject> &ports, const QString &subnetId)
{
    QSet<QString> used;
    for (const QJsonObject &port : ports) {
        for (const QJsonValue &ip : port.value(u"fixed_ips").toArray()) {
            if (ip[u"subnet_id"].toString() == subnetId)
                used.insert(ip[u"ip_address"].toString());
        }
    }
    return used;
}

// Server-side defaults and merges: what neutron-vpnaas's vpn_db.py does with a draft.
void mergeLifetime(Lifetime &lifetime, const std::optional<LifetimeDraft> &draft)
{
    if (!draft)
        return;
    if (draft->units)
        lifetime.units = *draft->units;
    if (draft->value)
        lifetime.value = *draft->value;
}

template<typename T>
void setIf(T &target, const std::optional<T> &value)
{
    if (value)
        target = *value;
}

void apply(IkePolicy &p, const IkePolicyDraft &d)
{
    setIf(p.name, d.name);
    setIf(p.description, d.description);
    setIf(p.authAlgorithm, d.authAlgorithm);
    setIf(p.encryptionAlgorithm, d.encryptionAlgorithm);
    setIf(p.phase1NegotiationMode, d.phase1NegotiationMode);
    setIf(p.ikeVersion, d.ikeVersion);
    setIf(p.pfs, d.pfs);
    mergeLifetime(p.lifetime, d.lifetime);
}

void apply(IpsecPolicy &p, const IpsecPolicyDraft &d)
{
    setIf(p.name, d.name);
    setIf(p.description, d.description);
    setIf(p.transformProtocol, d.transformProtocol);
    setIf(p.authAlgorithm, d.authAlgorithm);
    setIf(p.encryptionAlgorithm, d.encryptionAlgorithm);
    setIf(p.encapsulationMode, d.encapsulationMode);
    setIf(p.pfs, d.pfs);
    mergeLifetime(p.lifetime, d.lifetime);
}

void apply(VpnService &s, const VpnServiceDraft &d)
{
    setIf(s.name, d.name);
    setIf(s.description, d.description);
    setIf(s.routerId, d.routerId);
    setIf(s.subnetId, d.subnetId);
    setIf(s.flavorId, d.flavorId);
    setIf(s.adminStateUp, d.adminStateUp);
}

void apply(EndpointGroup &g, const EndpointGroupDraft &d)
{
    setIf(g.name, d.name);
    setIf(g.description, d.description);
    setIf(g.type, d.type);
    setIf(g.endpoints, d.endpoints);
}

void apply(IpsecSiteConnection &c, const IpsecSiteConnectionDraft &d)
{
    setIf(c.name, d.name);
    setIf(c.description, d.description);
    setIf(c.vpnserviceId, d.vpnserviceId);
    setIf(c.ikepolicyId, d.ikepolicyId);
    setIf(c.ipsecpolicyId, d.ipsecpolicyId);
    setIf(c.peerAddress, d.peerAddress);
    setIf(c.peerId, d.peerId);
    setIf(c.localId, d.localId);
    setIf(c.psk, d.psk);
    setIf(c.peerCidrs, d.peerCidrs);
    setIf(c.localEpGroupId, d.localEpGroupId);
    setIf(c.peerEpGroupId, d.peerEpGroupId);
    setIf(c.mtu, d.mtu);
    setIf(c.initiator, d.initiator);
    setIf(c.adminStateUp, d.adminStateUp);
    if (d.dpd) {
        setIf(c.dpd.action, d.dpd->action);
        setIf(c.dpd.interval, d.dpd->interval);
        setIf(c.dpd.timeout, d.dpd->timeout);
    }
}

} // namespace

SandboxResponse errorResponse(int status, const QString &type, const QString &message)
{
    return {status, json({{u"NeutronError"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}, {u"detail"_s, QString()}}}}), {}};
}

SandboxServer::SandboxServer(SandboxStore *store, QObject *parent)
    : SandboxServer(store, Options(), parent)
{
}

SandboxServer::SandboxServer(SandboxStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
}

SandboxServer::~SandboxServer() = default;

ServerCapabilities SandboxServer::capabilities() const
{
    ServerCapabilities caps = m_options.extendedAlgorithms ? ServerCapabilities::epoxy() : ServerCapabilities::zed();
    caps.flavors = true;
    return caps;
}

ServerState SandboxServer::state() const
{
    ServerState s;
    s.complete = true;
    for (const QJsonObject &o : m_store->list(kRouters))
        s.routers.append(codec::fromJson<Router>(o));
    for (const QJsonObject &port : m_store->list(kPorts)) {
        if (!port.value(u"device_owner").toString().startsWith(u"network:router_interface"))
            continue;
        for (Router &r : s.routers) {
            if (r.id != port.value(u"device_id").toString())
                continue;
            for (const QJsonValue &ip : port.value(u"fixed_ips").toArray())
                r.interfaces.append({port.value(u"id").toString(), ip[u"subnet_id"].toString(),
                                     port.value(u"network_id").toString(), ip[u"ip_address"].toString()});
        }
    }
    for (const QJsonObject &o : m_store->list(kSubnets))
        s.subnets.append(codec::fromJson<Subnet>(o));
    for (const QJsonObject &o : m_store->list(kServices))
        s.vpnServices.append(codec::fromJson<VpnService>(o));
    for (const QJsonObject &o : m_store->list(kGroups))
        s.endpointGroups.append(codec::fromJson<EndpointGroup>(o));
    for (const QJsonObject &o : m_store->list(kIke))
        s.ikePolicies.append(codec::fromJson<IkePolicy>(o));
    for (const QJsonObject &o : m_store->list(kIpsec))
        s.ipsecPolicies.append(codec::fromJson<IpsecPolicy>(o));
    for (const QJsonObject &o : m_store->list(kConnections))
        s.connections.append(codec::fromJson<IpsecSiteConnection>(o));
    return s;
}

SandboxResponse SandboxServer::handle(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    Request request{method, url, body, {}};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        request.query.append({key, value});
    SandboxResponse response = route(request);
    response.requestId = u"req-"_s + newId();
    return response;
}

SandboxResponse SandboxServer::route(Request &r)
{
    QStringList parts = r.url.path().split(u'/', Qt::SkipEmptyParts);
    const QByteArray &m = r.method;
    if (parts.isEmpty() && m == "GET") {
        const QString href = m_options.baseUrl.toString() + u"/v2.0/"_s;
        return {200, json({{u"versions"_s, QJsonArray{QJsonObject{{u"id"_s, u"v2.0"_s}, {u"status"_s, u"CURRENT"_s},
                                                                    {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, href}}}}}}}}),
                {}};
    }
    if (parts.value(0) != u"v2.0")
        return errorResponse(404, u"HTTPNotFound"_s, u"The resource could not be found."_s);
    parts.removeFirst();
    if (parts.isEmpty() && m == "GET") {
        QJsonArray resources;
        for (const QString &name : {u"network"_s, u"subnet"_s, u"subnetpool"_s, u"port"_s}) {
            const QString collection = name + u's';
            resources.append(QJsonObject{{u"name"_s, name},
                                         {u"collection"_s, collection},
                                         {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                                                             {u"href"_s, QString(m_options.baseUrl.toString() + u"/v2.0/"_s + collection)}}}}});
        }
        return {200, json({{u"resources"_s, resources}}), {}};
    }
    if (parts.value(0) == u"extensions" && m == "GET") {
        QStringList aliases{u"router"_s, u"external-net"_s, u"extraroute"_s, u"vpnaas"_s, u"vpn-endpoint-groups"_s,
                            u"vpn-flavors"_s, u"service-type"_s};
        if (m_options.extendedAlgorithms)
            aliases.append(u"vpn-aes-ctr"_s);
        // name, description, updated as neutron-server (Zed) reports them.
        static const QHash<QString, std::array<QString, 3>> known{
            {u"router"_s, {u"Neutron L3 Router"_s, u"Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway."_s, u"2012-07-20T10:00:00-00:00"_s}},
            {u"external-net"_s, {u"Neutron external network"_s, u"Adds external network attribute to network resource."_s, u"2013-01-14T10:00:00-00:00"_s}},
            {u"extraroute"_s, {u"Neutron Extra Route"_s, u"Extra routes configuration for L3 router"_s, u"2013-02-01T10:00:00-00:00"_s}},
            {u"vpnaas"_s, {u"VPN service"_s, u"Extension for VPN service"_s, u"2013-05-29T10:00:00-00:00"_s}},
            {u"vpn-endpoint-groups"_s, {u"VPN Endpoint Groups"_s, u"VPN endpoint groups support"_s, u"2015-08-04T10:00:00-00:00"_s}},
            {u"vpn-flavors"_s, {u"VPN Service Flavor Extension"_s, u"Flavor support for vpnservice."_s, u"2017-04-19T00:00:00-00:00"_s}},
            {u"service-type"_s, {u"Neutron Service Type Management"_s, u"API for retrieving service providers for Neutron advanced services"_s, u"2013-01-20T00:00:00-00:00"_s}},
            {u"vpn-aes-ctr"_s, {u"VPN AES CTR extension"_s, u"Adds AES CTR encryption algorithms to VPN policies"_s, u"2023-10-18T00:00:00-00:00"_s}},
        };
        auto extension = [](const QString &alias) {
            const auto info = known.value(alias);
            return QJsonObject{{u"name"_s, info[0]}, {u"alias"_s, alias}, {u"description"_s, info[1]},
                               {u"updated"_s, info[2]}, {u"links"_s, QJsonArray()}};
        };
        if (parts.size() == 2) {
            if (!aliases.contains(parts[1]))
                return errorResponse(404, u"HTTPNotFound"_s, u"Extension with alias %1 does not exist"_s.arg(parts[1]));
            return {200, json({{u"extension"_s, extension(parts[1])}}), {}};
        }
        QJsonArray list;
        for (const QString &alias : aliases)
            list.append(extension(alias));
        return {200, json({{u"extensions"_s, list}}), {}};
    }

    QString collection;
    if (parts.value(0) == u"vpn" && parts.size() >= 2) {
        collection = parts[1];
        parts.remove(0, 2);
        if (!QStringList{kIke, kIpsec, kServices, kGroups, kConnections}.contains(collection))
            return errorResponse(404, u"HTTPNotFound"_s, u"The resource could not be found."_s);
    } else if (QStringList{kNetworks, kSubnets, kRouters, kPorts}.contains(parts.value(0))) {
        collection = parts.takeFirst();
    } else {
        return errorResponse(404, u"HTTPNotFound"_s, u"The resource could not be found."_s);
    }
    const bool vpn = r.url.path().startsWith(u"/v2.0/vpn/");
    const QString id = parts.value(0);
    if (parts.size() == 2 && collection == kRouters && parts[1] == u"add_router_interface" && m == "PUT")
        return addRouterInterface(r, id);
    if (parts.size() > 1)
        return errorResponse(404, u"HTTPNotFound"_s, u"The resource could not be found."_s);

    if (id.isEmpty()) {
        if (m == "GET")
            return listResponse(r, collection, listKeyOf(collection));
        if (m == "POST") {
            if (vpn)
                return createVpn(r, collection);
            if (collection == kNetworks)
                return createNetwork(r);
            if (collection == kSubnets)
                return createSubnet(r);
            if (collection == kRouters)
                return createRouter(r);
        }
        return errorResponse(405, u"HTTPMethodNotAllowed"_s, u"The method is not allowed for this resource."_s);
    }
    if (m == "GET")
        return showResponse(collection, singularOf(collection), id, r.url);
    if (vpn && m == "PUT")
        return updateVpn(r, collection, id);
    if (vpn && m == "DELETE")
        return deleteVpn(collection, id);
    return errorResponse(405, u"HTTPMethodNotAllowed"_s, u"The method is not allowed for this resource."_s);
}

SandboxResponse SandboxServer::showResponse(const QString &collection, const QString &key, const QString &id, const QUrl &url)
{
    auto item = m_store->get(collection, id);
    if (!item)
        return notFound(collection, id);
    if (collection == kNetworks && !item->value(u"router:external").toBool())
        item->remove(u"is_default"_s);
    const QStringList fields = QUrlQuery(url).allQueryItemValues(u"fields"_s);
    if (fields.isEmpty())
        return ok(200, key, *item);
    QJsonObject selected;
    for (const QString &field : fields) {
        if (item->contains(field))
            selected.insert(field, item->value(field));
    }
    return ok(200, key, selected);
}

SandboxResponse SandboxServer::listResponse(Request &r, const QString &collection, const QString &key)
{
    QStringList fields, sortKeys, sortDirs;
    QString limitText, marker;
    bool pageReverse = false;
    QList<std::pair<QString, QStringList>> filters;
    for (const auto &[name, value] : std::as_const(r.query)) {
        if (name == u"fields")
            fields.append(value);
        else if (name == u"limit")
            limitText = value;
        else if (name == u"marker")
            marker = value;
        else if (name == u"page_reverse")
            pageReverse = value.compare(u"true", Qt::CaseInsensitive) == 0;
        else if (name == u"sort_key")
            sortKeys.append(value);
        else if (name == u"sort_dir")
            sortDirs.append(value);
        else {
            auto it = std::find_if(filters.begin(), filters.end(), [&](const auto &f) { return f.first == name; });
            if (it == filters.end())
                filters.append({name, {value}});
            else
                it->second.append(value);
        }
    }

    int limit = 0;
    if (!limitText.isNull()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 0) {
            return errorResponse(400, u"BadRequest"_s,
                                 u"Bad limit request: Limit must be an integer 0 or greater and not '%1'."_s.arg(limitText));
        }
    }
    if (sortKeys.size() != sortDirs.size())
        return badRequest(u"The number of sort_keys and sort_dirs must be same"_s);
    const QStringList allowed = allowedSortKeys(r.url.path());
    QStringList badKeys, badDirs;
    for (const QString &k : std::as_const(sortKeys)) {
        if (!allowed.contains(k))
            badKeys.append(k);
    }
    for (const QString &d : std::as_const(sortDirs)) {
        if (d != u"asc" && d != u"desc")
            badDirs.append(d);
    }
    if (!badKeys.isEmpty())
        return badRequest(u"%1 is invalid attribute for sort_keys"_s.arg(pyList(badKeys)));
    if (!badDirs.isEmpty())
        return badRequest(u"%1 is invalid value for sort_dirs, valid value is 'asc' and 'desc'"_s.arg(pyList(badDirs)));

    QList<QJsonObject> items = m_store->list(collection);
    // Filters: on a known attribute they select; unknown ones are ignored (VPNaaS turns filter
    // validation off). Endpoint groups filter by endpoint_type; ?type= is silently ignored.
    for (auto [name, values] : filters) {
        QString attribute = name;
        if (collection == kGroups) {
            if (name == u"type")
                continue;
            if (name == u"endpoint_type")
                attribute = u"type"_s;
        }
        if (name == u"tenant_id")
            attribute = u"project_id"_s;
        const bool known = std::any_of(items.cbegin(), items.cend(), [&](const QJsonObject &o) { return o.contains(attribute); });
        if (!known)
            continue;
        items.removeIf([&](const QJsonObject &o) { return !filterMatches(o.value(attribute), values); });
    }
    if (!sortKeys.isEmpty()) {
        std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            for (qsizetype i = 0; i < sortKeys.size(); ++i) {
                const int c = compareValues(a.value(sortKeys[i]), b.value(sortKeys[i]));
                if (c != 0)
                    return sortDirs[i] == u"desc" ? c > 0 : c < 0;
            }
            return false;
        });
    }

    QJsonArray links;
    if (limit > 0) {
        qsizetype begin = 0, end = items.size();
        if (!marker.isEmpty()) {
            const auto at = std::find_if(items.cbegin(), items.cend(), [&](const QJsonObject &o) { return o.value(u"id").toString() == marker; });
            if (at == items.cend()) {
                begin = end = 0;
            } else if (pageReverse) {
                end = at - items.cbegin();
                begin = qMax<qsizetype>(0, end - limit);
            } else {
                begin = (at - items.cbegin()) + 1;
            }
        } else if (pageReverse) {
            begin = qMax<qsizetype>(0, end - limit);
        }
        end = qMin(end, begin + limit);
        items = items.mid(begin, end - begin);
        // Links keep the request's own parameters in order, then the marker.
        QUrlQuery base;
        for (const auto &[name, value] : std::as_const(r.query)) {
            if (name != u"marker" && name != u"page_reverse")
                base.addQueryItem(name, value);
        }
        const QString path = m_options.baseUrl.toString() + r.url.path();
        auto link = [&](const QString &rel, const QString &at, bool reverse) {
            QUrlQuery q = base;
            if (!at.isEmpty())
                q.addQueryItem(u"marker"_s, at);
            if (reverse)
                q.addQueryItem(u"page_reverse"_s, u"True"_s);
            return QJsonObject{{u"rel"_s, rel}, {u"href"_s, QString(path + u'?' + q.toString(QUrl::FullyEncoded))}};
        };
        if (items.size() == limit)
            links.append(link(u"next"_s, items.last().value(u"id").toString(), false));
        links.append(link(u"previous"_s, items.isEmpty() ? QString() : items.first().value(u"id").toString(), true));
    }

    QJsonArray array;
    for (QJsonObject item : std::as_const(items)) {
        if (collection == kNetworks && !item.value(u"router:external").toBool())
            item.remove(u"is_default"_s); // only a create reply shows it on internal networks
        if (fields.isEmpty()) {
            array.append(item);
            continue;
        }
        QJsonObject selected;
        for (const QString &field : std::as_const(fields)) {
            if (item.contains(field))
                selected.insert(field, item.value(field));
        }
        array.append(selected);
    }
    QJsonObject envelope{{key, array}};
    if (!links.isEmpty())
        envelope.insert(key + u"_links"_s, links);
    return {200, json(envelope), {}};
}

SandboxResponse SandboxServer::commit(const QList<SandboxStore::Change> &changes, int status, const QString &key,
                                      const QJsonObject &body)
{
    QString error;
    if (!m_store->apply(changes, &error))
        return errorResponse(500, u"HTTPInternalServerError"_s, u"Request Failed: internal server error while processing your request."_s);
    for (const SandboxStore::Change &change : changes)
        Q_EMIT changed(change.collection, change.id);
    if (status == 204)
        return {204, {}, {}};
    return ok(status, key, body);
}

SandboxResponse SandboxServer::createVpn(Request &r, const QString &collection)
{
    const ServerState current = state();
    ValidationContext context;
    context.operation = Operation::Create;
    context.capabilities = capabilities();
    context.state = &current;
    const QString id = newId();
    QJsonObject body;

    auto finish = [&](auto decoded, auto value, auto extra) -> SandboxResponse {
        if (auto error = firstError(decoded.problems))
            return *error;
        if (auto error = firstError(validate(decoded.draft, context)))
            return *error;
        value.id = id;
        value.projectId = decoded.draft.projectId.value_or(m_options.projectId);
        apply(value, decoded.draft);
        if (auto error = extra(value))
            return *error;
        body = codec::toJson(value);
        return commit({{collection, id, body}}, 201, singularOf(collection), body);
    };
    auto none = [](const auto &) { return std::optional<SandboxResponse>(); };

    if (collection == kIke)
        return finish(codec::decodeIkePolicyRequest(r.body, Operation::Create), IkePolicy(), none);
    if (collection == kIpsec)
        return finish(codec::decodeIpsecPolicyRequest(r.body, Operation::Create), IpsecPolicy(), none);
    if (collection == kGroups)
        return finish(codec::decodeEndpointGroupRequest(r.body, Operation::Create), EndpointGroup(), none);
    if (collection == kServices) {
        return finish(codec::decodeVpnServiceRequest(r.body, Operation::Create), VpnService(),
                      [&](VpnService &service) -> std::optional<SandboxResponse> {
                          // The gateway IPs are a snapshot taken now (base_ipsec.py).
                          if (const Router *router = current.router(service.routerId)) {
                              service.externalV4Ip = router->gatewayIp(4);
                              service.externalV6Ip = router->gatewayIp(6);
                          }
                          service.status = ResourceStatus::PendingCreate;
                          return std::nullopt;
                      });
    }
    return finish(codec::decodeIpsecSiteConnectionRequest(r.body, Operation::Create), IpsecSiteConnection(),
                  [&](IpsecSiteConnection &conn) -> std::optional<SandboxResponse> {
                      // The real server resolves a host name once; offline, nothing resolves.
                      if (ipVersionOf(conn.peerAddress) == 0)
                          return errorResponse(400, u"VPNPeerAddressNotResolved"_s,
                                               u"Peer address %1 cannot be resolved"_s.arg(conn.peerAddress));
                      conn.status = ResourceStatus::PendingCreate;
                      return std::nullopt;
                  });
}

SandboxResponse SandboxServer::updateVpn(Request &r, const QString &collection, const QString &id)
{
    const auto existing = m_store->get(collection, id);
    const ServerState current = state();
    ValidationContext context;
    context.operation = Operation::Update;
    context.capabilities = capabilities();
    context.state = &current;
    context.targetId = id;

    auto finish = [&](auto decoded, auto value) -> SandboxResponse {
        if (auto error = firstError(decoded.problems))
            return *error;
        if (auto error = firstError(validate(decoded.draft, context)))
            return *error;
        if (!existing)
            return notFound(collection, id);
        apply(value, decoded.draft);
        if constexpr (std::is_same_v<decltype(value), IpsecSiteConnection>) {
            if (ipVersionOf(value.peerAddress) == 0)
                return errorResponse(400, u"VPNPeerAddressNotResolved"_s,
                                     u"Peer address %1 cannot be resolved"_s.arg(value.peerAddress));
        }
        const QJsonObject body = codec::toJson(value);
        return commit({{collection, id, body}}, 200, singularOf(collection), body);
    };
    const QJsonObject old = existing.value_or(QJsonObject());
    if (collection == kIke)
        return finish(codec::decodeIkePolicyRequest(r.body, Operation::Update), codec::fromJson<IkePolicy>(old));
    if (collection == kIpsec)
        return finish(codec::decodeIpsecPolicyRequest(r.body, Operation::Update), codec::fromJson<IpsecPolicy>(old));
    if (collection == kGroups)
        return finish(codec::decodeEndpointGroupRequest(r.body, Operation::Update), codec::fromJson<EndpointGroup>(old));
    if (collection == kServices)
        return finish(codec::decodeVpnServiceRequest(r.body, Operation::Update), codec::fromJson<VpnService>(old));
    return finish(codec::decodeIpsecSiteConnectionRequest(r.body, Operation::Update),
                  codec::fromJson<IpsecSiteConnection>(old));
}

SandboxResponse SandboxServer::deleteVpn(const QString &collection, const QString &id)
{
    if (!m_store->get(collection, id))
        return notFound(collection, id);
    const ServerState current = state();
    ValidationContext context;
    context.state = &current;
    context.targetId = id;
    const ResourceKind kind = collection == kIke ? ResourceKind::IkePolicy
        : collection == kIpsec                   ? ResourceKind::IpsecPolicy
        : collection == kServices                ? ResourceKind::VpnService
        : collection == kGroups                  ? ResourceKind::EndpointGroup
                                                 : ResourceKind::IpsecSiteConnection;
    if (auto error = firstError(validateDelete(kind, context)))
        return *error;
    return commit({{collection, id, std::nullopt}}, 204, {}, {});
}

bool SandboxServer::setStatus(const QString &collection, const QString &id, const QString &status)
{
    auto item = m_store->get(collection, id);
    if (!item || (collection != kServices && collection != kConnections) || !fromApiName<ResourceStatus>(status))
        return false;
    item->insert(u"status"_s, status);
    QString error;
    if (!m_store->apply({{collection, id, *item}}, &error))
        return false;
    Q_EMIT changed(collection, id);
    return true;
}

// ---- networks, subnets, routers: enough of core Neutron for the VPN side -----------------

SandboxResponse SandboxServer::createNetwork(Request &r)
{
    const QJsonObject in = QJsonDocument::fromJson(r.body).object().value(u"network").toObject();
    if (in.isEmpty() && !QJsonDocument::fromJson(r.body).object().contains(u"network"))
        return errorResponse(400, u"MalformedRequestBody"_s, u"Malformed request body: Cannot understand JSON."_s);
    const bool external = in.value(u"router:external").toBool();
    const QString type = in.value(u"provider:network_type").toString(u"vxlan"_s);
    const QString id = newId();
    const QString project = in.value(u"project_id").toString(m_options.projectId);
    const QJsonObject body{
        {u"id"_s, id},
        {u"name"_s, in.value(u"name").toString()},
        {u"tenant_id"_s, project},
        {u"project_id"_s, project},
        {u"admin_state_up"_s, in.value(u"admin_state_up").toBool(true)},
        {u"mtu"_s, type == u"vxlan" ? 1450 : 1500},
        {u"status"_s, u"ACTIVE"_s},
        {u"subnets"_s, QJsonArray()},
        {u"shared"_s, in.value(u"shared").toBool(false)},
        {u"port_security_enabled"_s, true},
        {u"router:external"_s, external},
        {u"provider:network_type"_s, type},
        {u"provider:physical_network"_s, in.contains(u"provider:physical_network") ? in.value(u"provider:physical_network") : QJsonValue()},
        {u"provider:segmentation_id"_s, type == u"vxlan" ? QJsonValue(int(QRandomGenerator::global()->bounded(1, 1001))) : QJsonValue()},
        {u"is_default"_s, false},
        {u"availability_zone_hints"_s, QJsonArray()},
        {u"availability_zones"_s, QJsonArray()},
        {u"ipv4_address_scope"_s, QJsonValue()},
        {u"ipv6_address_scope"_s, QJsonValue()},
        {u"description"_s, in.value(u"description").toString()},
        {u"tags"_s, QJsonArray()},
        {u"created_at"_s, now()},
        {u"updated_at"_s, now()},
        {u"revision_number"_s, 1}};
    return commit({{kNetworks, id, body}}, 201, u"network"_s, body);
}

SandboxResponse SandboxServer::createSubnet(Request &r)
{
    const QJsonObject in = QJsonDocument::fromJson(r.body).object().value(u"subnet").toObject();
    const QString networkId = in.value(u"network_id").toString();
    auto network = m_store->get(kNetworks, networkId);
    if (!network)
        return notFound(kNetworks, networkId);
    const QString cidr = in.value(u"cidr").toString();
    const auto parsed = QHostAddress::parseSubnet(cidr);
    if (parsed.second < 0)
        return badRequest(u"Invalid input for cidr. Reason: '%1' is not a valid IP subnet."_s.arg(cidr));
    const int version = parsed.first.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4;
    QString gateway = in.value(u"gateway_ip").toString();
    QJsonArray pools;
    if (version == 4) {
        const quint32 base = parsed.first.toIPv4Address() & (parsed.second == 0 ? 0 : ~((1u << (32 - parsed.second)) - 1));
        const quint32 last = base | ((parsed.second == 0) ? 0xffffffffu : ((1u << (32 - parsed.second)) - 1));
        if (gateway.isEmpty())
            gateway = QHostAddress(base + 1).toString();
        const quint32 gw = QHostAddress(gateway).toIPv4Address();
        const quint32 start = gw == base + 1 ? base + 2 : base + 1;
        pools.append(QJsonObject{{u"start"_s, QHostAddress(start).toString()}, {u"end"_s, QHostAddress(last - 1).toString()}});
    } else if (gateway.isEmpty()) {
        Q_IPV6ADDR a = parsed.first.toIPv6Address();
        a[15] = 1;
        gateway = QHostAddress(a).toString();
    }
    const QString id = newId();
    const QString project = in.value(u"project_id").toString(m_options.projectId);
    const QJsonObject body{{u"id"_s, id},
                           {u"name"_s, in.value(u"name").toString()},
                           {u"tenant_id"_s, project},
                           {u"project_id"_s, project},
                           {u"network_id"_s, networkId},
                           {u"ip_version"_s, version},
                           {u"subnetpool_id"_s, QJsonValue()},
                           {u"enable_dhcp"_s, in.value(u"enable_dhcp").toBool(true)},
                           {u"ipv6_ra_mode"_s, QJsonValue()},
                           {u"ipv6_address_mode"_s, QJsonValue()},
                           {u"gateway_ip"_s, gateway},
                           {u"cidr"_s, cidr},
                           {u"allocation_pools"_s, pools},
                           {u"host_routes"_s, QJsonArray()},
                           {u"dns_nameservers"_s, QJsonArray()},
                           {u"description"_s, in.value(u"description").toString()},
                           {u"service_types"_s, QJsonArray()},
                           {u"tags"_s, QJsonArray()},
                           {u"created_at"_s, now()},
                           {u"updated_at"_s, now()},
                           {u"revision_number"_s, 0}};
    QJsonArray subnets = network->value(u"subnets").toArray();
    subnets.append(id);
    network->insert(u"subnets"_s, subnets);
    network->insert(u"revision_number"_s, network->value(u"revision_number").toInt() + 1);
    network->insert(u"updated_at"_s, now());
    return commit({{kSubnets, id, body}, {kNetworks, networkId, *network}}, 201, u"subnet"_s, body);
}

SandboxResponse SandboxServer::createRouter(Request &r)
{
    const QJsonObject in = QJsonDocument::fromJson(r.body).object().value(u"router").toObject();
    const QString id = newId();
    const QString project = in.value(u"project_id").toString(m_options.projectId);
    QList<SandboxStore::Change> changes;
    QJsonValue gatewayInfo;
    const QString externalNetwork = in.value(u"external_gateway_info").toObject().value(u"network_id").toString();
    if (!externalNetwork.isEmpty()) {
        const auto network = m_store->get(kNetworks, externalNetwork);
        if (!network)
            return notFound(kNetworks, externalNetwork);
        QJsonArray fixedIps;
        const QList<QJsonObject> ports = m_store->list(kPorts);
        for (const QJsonValue &subnetId : network->value(u"subnets").toArray()) {
            const auto subnet = m_store->get(kSubnets, subnetId.toString());
            if (!subnet)
                continue;
            QSet<QString> used = addressesInUse(ports, subnetId.toString());
            used.insert(subnet->value(u"gateway_ip").toString());
            const QString address = allocateAddress(*subnet, used);
            if (!address.isEmpty())
                fixedIps.append(QJsonObject{{u"subnet_id"_s, subnetId}, {u"ip_address"_s, address}});
        }
        gatewayInfo = QJsonObject{{u"network_id"_s, externalNetwork}, {u"external_fixed_ips"_s, fixedIps}, {u"enable_snat"_s, true}};
        const QString portId = newId();
        changes.append({kPorts, portId,
                        QJsonObject{{u"id"_s, portId}, {u"network_id"_s, externalNetwork}, {u"device_id"_s, id},
                                    {u"device_owner"_s, u"network:router_gateway"_s}, {u"fixed_ips"_s, fixedIps},
                                    {u"tenant_id"_s, QString()}, {u"project_id"_s, QString()}, {u"status"_s, u"DOWN"_s}}});
    }
    const QJsonObject body{{u"id"_s, id},
                           {u"name"_s, in.value(u"name").toString()},
                           {u"tenant_id"_s, project},
                           {u"project_id"_s, project},
                           {u"admin_state_up"_s, in.value(u"admin_state_up").toBool(true)},
                           {u"status"_s, u"ACTIVE"_s},
                           {u"external_gateway_info"_s, gatewayInfo},
                           {u"description"_s, in.value(u"description").toString()},
                           {u"availability_zones"_s, QJsonArray()},
                           {u"distributed"_s, false},
                           {u"ha"_s, false},
                           {u"availability_zone_hints"_s, QJsonArray()},
                           {u"routes"_s, QJsonArray()},
                           {u"flavor_id"_s, QJsonValue()},
                           {u"tags"_s, QJsonArray()},
                           {u"created_at"_s, now()},
                           {u"updated_at"_s, now()},
                           {u"revision_number"_s, externalNetwork.isEmpty() ? 1 : 3}};
    changes.prepend({kRouters, id, body});
    return commit(changes, 201, u"router"_s, body);
}

SandboxResponse SandboxServer::addRouterInterface(Request &r, const QString &routerId)
{
    auto router = m_store->get(kRouters, routerId);
    if (!router)
        return notFound(kRouters, routerId);
    const QString subnetId = QJsonDocument::fromJson(r.body).object().value(u"subnet_id").toString();
    const auto subnet = m_store->get(kSubnets, subnetId);
    if (!subnet)
        return notFound(kSubnets, subnetId);
    const QString portId = newId();
    const QString networkId = subnet->value(u"network_id").toString();
    const QJsonObject port{{u"id"_s, portId},
                           {u"network_id"_s, networkId},
                           {u"device_id"_s, routerId},
                           {u"device_owner"_s, u"network:router_interface"_s},
                           {u"fixed_ips"_s, QJsonArray{QJsonObject{{u"subnet_id"_s, subnetId}, {u"ip_address"_s, subnet->value(u"gateway_ip")}}}},
                           {u"tenant_id"_s, router->value(u"project_id")},
                           {u"project_id"_s, router->value(u"project_id")},
                           {u"status"_s, u"DOWN"_s}};
    router->insert(u"revision_number"_s, router->value(u"revision_number").toInt() + 1);
    router->insert(u"updated_at"_s, now());
    QString error;
    if (!m_store->apply({{kPorts, portId, port}, {kRouters, routerId, *router}}, &error))
        return errorResponse(500, u"HTTPInternalServerError"_s, u"Request Failed: internal server error while processing your request."_s);
    Q_EMIT changed(kRouters, routerId);
    const QJsonObject reply{{u"id"_s, routerId},
                            {u"tenant_id"_s, router->value(u"project_id")},
                            {u"port_id"_s, portId},
                            {u"network_id"_s, networkId},
                            {u"subnet_id"_s, subnetId},
                            {u"subnet_ids"_s, QJsonArray{subnetId}}};
    return {200, json(reply), {}};
}

} // namespace vpnaas::sandbox
