// SPDX-License-Identifier: Apache-2.0
#include "codec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vpnaas::codec {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::Codec)
};

// ---- response side -------------------------------------------------------------------------

QString str(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

qint64 integer(const QJsonObject &o, QStringView key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger(fallback);
    bool ok = false;
    const qint64 parsed = v.toString().toLongLong(&ok);
    return ok ? parsed : fallback;
}

bool boolean(const QJsonObject &o, QStringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

QStringList strings(const QJsonObject &o, QStringView key)
{
    QStringList result;
    const QJsonArray array = o.value(key).toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            result.append(v.toString());
    }
    return result;
}

template<typename E>
Choice<E> choice(const QJsonObject &o, QStringView key, Choice<E> fallback)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? Choice<E>::fromApi(v.toString()) : fallback;
}

QString projectOf(const QJsonObject &o)
{
    const QString project = str(o, u"project_id");
    return project.isEmpty() ? str(o, u"tenant_id") : project;
}

Lifetime lifetimeFrom(const QJsonObject &o)
{
    Lifetime lifetime;
    lifetime.units = choice(o, u"units", lifetime.units);
    lifetime.value = integer(o, u"value", lifetime.value);
    return lifetime;
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toJson(const Lifetime &lifetime)
{
    return {{u"units"_s, lifetime.units.api()}, {u"value"_s, lifetime.value}};
}

void putProject(QJsonObject &o, const QString &projectId)
{
    o.insert(u"tenant_id"_s, projectId);
    o.insert(u"project_id"_s, projectId);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("The reply is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Text::tr("The reply is not a JSON object.");
        return std::nullopt;
    }
    return doc.object();
}

QUrl linkHref(const QJsonArray &links, QStringView rel)
{
    for (const QJsonValue &link : links) {
        const QJsonObject object = link.toObject();
        if (object.value(u"rel").toString() == rel)
            return QUrl(object.value(u"href").toString());
    }
    return {};
}

// ---- request side --------------------------------------------------------------------------

QString invalidInput(const QString &attribute, const QString &reason)
{
    return u"Invalid input for %1. Reason: %2."_s.arg(attribute, reason);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isNull())
        return u"None"_s;
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

/*! Reads the attributes of one request object into a draft, collecting parse problems. */
class RequestReader
{
public:
    RequestReader(QJsonObject object, Operation operation, Problems &problems)
        : m_object(std::move(object))
        , m_operation(operation)
        , m_problems(problems)
    {
    }

    void string(const QString &key, std::optional<QString> &out, bool nullable = false)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull() && nullable) {
            out = QString();
        } else if (v->isString()) {
            out = v->toString();
        } else {
            typeProblem(key, Text::tr("Expected text."), u"'%1' is not a valid string"_s.arg(jsonText(*v)));
        }
    }

    void secret(const QString &key, std::optional<Secret> &out)
    {
        std::optional<QString> text;
        string(key, text);
        if (text)
            out = Secret(*text);
    }

    void integer(const QString &key, std::optional<qint64> &out) { readInteger(key, take(key), out); }

    void boolean(const QString &key, std::optional<bool> &out)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isBool()) {
            out = v->toBool();
            return;
        }
        const QString text = v->toString().toLower();
        if (text == u"true" || text == u"1")
            out = true;
        else if (text == u"false" || text == u"0")
            out = false;
        else
            typeProblem(key, Text::tr("Expected true or false."),
                        u"'%1' cannot be converted to boolean"_s.arg(jsonText(*v)));
    }

    template<typename E>
    void choice(const QString &key, std::optional<Choice<E>> &out)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isString())
            out = Choice<E>::fromApi(v->toString());
        else
            typeProblem(key, Text::tr("Expected one of: %1.").arg(allApiNames<E>().join(u", ")),
                        u"%1 is not in valid_values"_s.arg(jsonText(*v)));
    }

    void stringList(const QString &key, std::optional<QStringList> &out, bool nullable = false)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull() && nullable) {
            out = QStringList();
            return;
        }
        if (!v->isArray()) {
            typeProblem(key, Text::tr("Expected a list."), u"'%1' is not a list"_s.arg(jsonText(*v)));
            return;
        }
        QStringList list;
        const QJsonArray array = v->toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                typeProblem(key, Text::tr("Expected a list of text values."),
                            u"'%1' is not a valid string"_s.arg(jsonText(item)));
                return;
            }
            list.append(item.toString());
        }
        out = list;
    }

    void lifetime(std::optional<LifetimeDraft> &out)
    {
        const QString key = u"lifetime"_s;
        const auto v = take(key);
        if (!v)
            return;
        if (!v->isObject()) {
            typeProblem(key, Text::tr("Expected units and a value."),
                        u"'%1' is not a dictionary"_s.arg(jsonText(*v)));
            return;
        }
        const QJsonObject o = v->toObject();
        if (!unexpectedKeys(key, o, {u"units"_s, u"value"_s}))
            return;
        LifetimeDraft draft;
        if (o.contains(u"units")) {
            if (!o.value(u"units").isString()) {
                typeProblem(key, Text::tr("Units must be \"seconds\"."),
                            u"%1 is not in valid_values"_s.arg(jsonText(o.value(u"units"))));
                return;
            }
            draft.units = Choice<LifetimeUnits>::fromApi(o.value(u"units").toString());
        }
        if (o.contains(u"value"))
            readInteger(key, o.value(u"value"), draft.value);
        out = draft;
    }

    void dpd(std::optional<DpdDraft> &out)
    {
        const QString key = u"dpd"_s;
        const auto v = take(key);
        if (!v)
            return;
        if (!v->isObject()) {
            typeProblem(key, Text::tr("Expected action, interval and timeout."),
                        u"'%1' is not a dictionary"_s.arg(jsonText(*v)));
            return;
        }
        const QJsonObject o = v->toObject();
        if (!unexpectedKeys(key, o, {u"action"_s, u"interval"_s, u"timeout"_s}))
            return;
        DpdDraft draft;
        if (o.contains(u"action")) {
            if (o.value(u"action").isString())
                draft.action = Choice<DpdAction>::fromApi(o.value(u"action").toString());
            else
                typeProblem(key, Text::tr("Unknown DPD action."),
                            u"%1 is not in valid_values"_s.arg(jsonText(o.value(u"action"))));
        }
        if (o.contains(u"interval"))
            readInteger(key, o.value(u"interval"), draft.interval);
        if (o.contains(u"timeout"))
            readInteger(key, o.value(u"timeout"), draft.timeout);
        out = draft;
    }

    /*! Attributes the server returns but never takes from a client. */
    void readOnly(const QStringList &keys)
    {
        for (const QString &key : keys) {
            if (!take(key))
                continue;
            Problem p;
            p.field = key;
            p.code = u"HTTPBadRequest"_s;
            if (m_operation == Operation::Create) {
                p.message = Text::tr("The attribute %1 is set by the server.").arg(key);
                p.serverMessage = u"Attribute '%1' not allowed in POST"_s.arg(key);
            } else {
                p.message = Text::tr("The attribute %1 cannot be changed.").arg(key);
                p.serverMessage = u"Cannot update read-only attribute %1"_s.arg(key);
            }
            m_problems.append(p);
        }
    }

    /*! Whatever is left was not recognised. */
    void finish()
    {
        if (m_object.isEmpty())
            return;
        QStringList keys = m_object.keys();
        Problem p;
        p.field = keys.first();
        p.code = u"HTTPBadRequest"_s;
        p.message = Text::tr("Unknown attribute(s): %1.").arg(keys.join(u", "));
        p.serverMessage = u"Unrecognized attribute(s) '%1'"_s.arg(keys.join(u", "));
        m_problems.append(p);
    }

private:
    std::optional<QJsonValue> take(const QString &key)
    {
        if (!m_object.contains(key))
            return std::nullopt;
        QJsonValue v = m_object.take(key);
        return v;
    }

    void readInteger(const QString &key, const std::optional<QJsonValue> &v, std::optional<qint64> &out)
    {
        if (!v)
            return;
        if (v->isDouble() && v->toDouble() == double(v->toInteger())) {
            out = v->toInteger();
            return;
        }
        bool ok = false;
        const qint64 parsed = v->isString() ? v->toString().toLongLong(&ok) : 0;
        if (ok) {
            out = parsed;
            return;
        }
        typeProblem(key, Text::tr("Expected a whole number."),
                    u"'%1' is not an integer"_s.arg(jsonText(*v)));
    }

    bool unexpectedKeys(const QString &key, const QJsonObject &o, const QStringList &allowed)
    {
        QStringList extra;
        for (const QString &k : o.keys()) {
            if (!allowed.contains(k))
                extra.append(k);
        }
        if (extra.isEmpty())
            return true;
        typeProblem(key, Text::tr("Unexpected keys: %1.").arg(extra.join(u", ")),
                    u"Unexpected keys supplied: %1"_s.arg(extra.join(u", ")));
        return false;
    }

    void typeProblem(const QString &key, const QString &message, const QString &reason)
    {
        Problem p;
        p.field = key;
        p.message = message;
        p.code = u"HTTPBadRequest"_s;
        p.serverMessage = invalidInput(key, reason);
        m_problems.append(p);
    }

    QJsonObject m_object;
    Operation m_operation;
    Problems &m_problems;
};

/*! Unwraps `{"<singular>": {...}}`; on failure adds the server's parse problem. */
std::optional<QJsonObject> requestObject(const QByteArray &body, QStringView singular, Problems &problems)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Problem p;
        p.message = Text::tr("The request body is not valid JSON.");
        p.code = u"MalformedRequestBody"_s;
        p.serverMessage = u"Malformed request body: Cannot understand JSON."_s;
        problems.append(p);
        return std::nullopt;
    }
    const QJsonValue inner = doc.object().value(singular);
    if (!inner.isObject()) {
        Problem p;
        p.message = Text::tr("The request body has no %1 object.").arg(singular);
        p.code = u"HTTPBadRequest"_s;
        p.serverMessage = u"Unable to find '%1' in request body"_s.arg(singular);
        problems.append(p);
        return std::nullopt;
    }
    return inner.toObject();
}

template<typename T>
void putIf(QJsonObject &o, const QString &key, const std::optional<T> &value)
{
    if (value)
        o.insert(key, *value);
}

template<typename E>
void putIf(QJsonObject &o, const QString &key, const std::optional<Choice<E>> &value)
{
    if (value)
        o.insert(key, value->api());
}

void putNullableIf(QJsonObject &o, const QString &key, const std::optional<QString> &value)
{
    if (value)
        o.insert(key, value->isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(*value));
}

void putIf(QJsonObject &o, const QString &key, const std::optional<LifetimeDraft> &value)
{
    if (!value)
        return;
    QJsonObject lifetime;
    putIf(lifetime, u"units"_s, value->units);
    putIf(lifetime, u"value"_s, value->value);
    o.insert(key, lifetime);
}

QJsonObject wrap(QStringView key, const QJsonObject &object)
{
    return {{key.toString(), object}};
}

} // namespace

// ---- fromJson ------------------------------------------------------------------------------

IkePolicy fromJson(const QJsonObject &o, const IkePolicy *)
{
    IkePolicy p;
    p.id = str(o, u"id");
    p.projectId = projectOf(o);
    p.name = str(o, u"name");
    p.description = str(o, u"description");
    p.authAlgorithm = choice(o, u"auth_algorithm", p.authAlgorithm);
    p.encryptionAlgorithm = choice(o, u"encryption_algorithm", p.encryptionAlgorithm);
    p.phase1NegotiationMode = choice(o, u"phase1_negotiation_mode", p.phase1NegotiationMode);
    p.ikeVersion = choice(o, u"ike_version", p.ikeVersion);
    p.pfs = choice(o, u"pfs", p.pfs);
    if (o.value(u"lifetime").isObject())
        p.lifetime = lifetimeFrom(o.value(u"lifetime").toObject());
    return p;
}

IpsecPolicy fromJson(const QJsonObject &o, const IpsecPolicy *)
{
    IpsecPolicy p;
    p.id = str(o, u"id");
    p.projectId = projectOf(o);
    p.name = str(o, u"name");
    p.description = str(o, u"description");
    p.transformProtocol = choice(o, u"transform_protocol", p.transformProtocol);
    p.authAlgorithm = choice(o, u"auth_algorithm", p.authAlgorithm);
    p.encryptionAlgorithm = choice(o, u"encryption_algorithm", p.encryptionAlgorithm);
    p.encapsulationMode = choice(o, u"encapsulation_mode", p.encapsulationMode);
    p.pfs = choice(o, u"pfs", p.pfs);
    if (o.value(u"lifetime").isObject())
        p.lifetime = lifetimeFrom(o.value(u"lifetime").toObject());
    return p;
}

VpnService fromJson(const QJsonObject &o, const VpnService *)
{
    VpnService s;
    s.id = str(o, u"id");
    s.projectId = projectOf(o);
    s.name = str(o, u"name");
    s.description = str(o, u"description");
    s.routerId = str(o, u"router_id");
    s.subnetId = str(o, u"subnet_id");
    s.flavorId = str(o, u"flavor_id");
    s.adminStateUp = boolean(o, u"admin_state_up", s.adminStateUp);
    s.externalV4Ip = str(o, u"external_v4_ip");
    s.externalV6Ip = str(o, u"external_v6_ip");
    s.status = choice(o, u"status", s.status);
    return s;
}

EndpointGroup fromJson(const QJsonObject &o, const EndpointGroup *)
{
    EndpointGroup g;
    g.id = str(o, u"id");
    g.projectId = projectOf(o);
    g.name = str(o, u"name");
    g.description = str(o, u"description");
    g.type = choice(o, u"type", g.type);
    g.endpoints = strings(o, u"endpoints");
    return g;
}

IpsecSiteConnection fromJson(const QJsonObject &o, const IpsecSiteConnection *)
{
    IpsecSiteConnection c;
    c.id = str(o, u"id");
    c.projectId = projectOf(o);
    c.name = str(o, u"name");
    c.description = str(o, u"description");
    c.peerAddress = str(o, u"peer_address");
    c.peerId = str(o, u"peer_id");
    c.localId = str(o, u"local_id");
    if (o.contains(u"route_mode"))
        c.routeMode = str(o, u"route_mode");
    if (o.contains(u"auth_mode"))
        c.authMode = str(o, u"auth_mode");
    c.mtu = integer(o, u"mtu", c.mtu);
    c.psk = Secret(str(o, u"psk"));
    c.initiator = choice(o, u"initiator", c.initiator);
    const QJsonObject dpd = o.value(u"dpd").toObject();
    c.dpd.action = choice(dpd, u"action", c.dpd.action);
    c.dpd.interval = integer(dpd, u"interval", c.dpd.interval);
    c.dpd.timeout = integer(dpd, u"timeout", c.dpd.timeout);
    c.adminStateUp = boolean(o, u"admin_state_up", c.adminStateUp);
    c.status = choice(o, u"status", c.status);
    c.vpnserviceId = str(o, u"vpnservice_id");
    c.ikepolicyId = str(o, u"ikepolicy_id");
    c.ipsecpolicyId = str(o, u"ipsecpolicy_id");
    c.peerCidrs = strings(o, u"peer_cidrs");
    c.localEpGroupId = str(o, u"local_ep_group_id");
    c.peerEpGroupId = str(o, u"peer_ep_group_id");
    return c;
}

Router fromJson(const QJsonObject &o, const Router *)
{
    Router r;
    r.id = str(o, u"id");
    r.projectId = projectOf(o);
    r.name = str(o, u"name");
    r.description = str(o, u"description");
    r.status = str(o, u"status");
    r.adminStateUp = boolean(o, u"admin_state_up", r.adminStateUp);
    const QJsonObject gateway = o.value(u"external_gateway_info").toObject();
    r.externalNetworkId = str(gateway, u"network_id");
    const QJsonArray ips = gateway.value(u"external_fixed_ips").toArray();
    for (const QJsonValue &ip : ips) {
        const QJsonObject fixed = ip.toObject();
        r.externalFixedIps.append({str(fixed, u"subnet_id"), str(fixed, u"ip_address")});
    }
    return r;
}

Network fromJson(const QJsonObject &o, const Network *)
{
    Network n;
    n.id = str(o, u"id");
    n.projectId = projectOf(o);
    n.name = str(o, u"name");
    n.status = str(o, u"status");
    n.adminStateUp = boolean(o, u"admin_state_up", n.adminStateUp);
    n.external = boolean(o, u"router:external", false);
    n.shared = boolean(o, u"shared", false);
    n.mtu = integer(o, u"mtu", 0);
    n.subnetIds = strings(o, u"subnets");
    return n;
}

Subnet fromJson(const QJsonObject &o, const Subnet *)
{
    Subnet s;
    s.id = str(o, u"id");
    s.projectId = projectOf(o);
    s.name = str(o, u"name");
    s.networkId = str(o, u"network_id");
    s.ipVersion = int(integer(o, u"ip_version", 4));
    s.cidr = str(o, u"cidr");
    s.gatewayIp = str(o, u"gateway_ip");
    return s;
}

// ---- toJson --------------------------------------------------------------------------------

QJsonObject toJson(const IkePolicy &p)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"name"_s, p.name},
                  {u"description"_s, p.description},
                  {u"auth_algorithm"_s, p.authAlgorithm.api()},
                  {u"encryption_algorithm"_s, p.encryptionAlgorithm.api()},
                  {u"phase1_negotiation_mode"_s, p.phase1NegotiationMode.api()},
                  {u"lifetime"_s, toJson(p.lifetime)},
                  {u"ike_version"_s, p.ikeVersion.api()},
                  {u"pfs"_s, p.pfs.api()}};
    putProject(o, p.projectId);
    return o;
}

QJsonObject toJson(const IpsecPolicy &p)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"name"_s, p.name},
                  {u"description"_s, p.description},
                  {u"transform_protocol"_s, p.transformProtocol.api()},
                  {u"auth_algorithm"_s, p.authAlgorithm.api()},
                  {u"encryption_algorithm"_s, p.encryptionAlgorithm.api()},
                  {u"encapsulation_mode"_s, p.encapsulationMode.api()},
                  {u"lifetime"_s, toJson(p.lifetime)},
                  {u"pfs"_s, p.pfs.api()}};
    putProject(o, p.projectId);
    return o;
}

QJsonObject toJson(const VpnService &s)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"name"_s, s.name},
                  {u"description"_s, s.description},
                  {u"subnet_id"_s, nullable(s.subnetId)},
                  {u"router_id"_s, s.routerId},
                  {u"flavor_id"_s, nullable(s.flavorId)},
                  {u"admin_state_up"_s, s.adminStateUp},
                  {u"external_v4_ip"_s, nullable(s.externalV4Ip)},
                  {u"external_v6_ip"_s, nullable(s.externalV6Ip)},
                  {u"status"_s, s.status.api()}};
    putProject(o, s.projectId);
    return o;
}

QJsonObject toJson(const EndpointGroup &g)
{
    QJsonObject o{{u"id"_s, g.id},
                  {u"name"_s, g.name},
                  {u"description"_s, g.description},
                  {u"type"_s, g.type.api()},
                  {u"endpoints"_s, QJsonArray::fromStringList(g.endpoints)}};
    putProject(o, g.projectId);
    return o;
}

QJsonObject toJson(const IpsecSiteConnection &c)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"name"_s, c.name},
                  {u"description"_s, c.description},
                  {u"peer_address"_s, c.peerAddress},
                  {u"peer_id"_s, c.peerId},
                  {u"local_id"_s, c.localId},
                  {u"route_mode"_s, c.routeMode},
                  {u"mtu"_s, c.mtu},
                  {u"auth_mode"_s, c.authMode},
                  {u"psk"_s, c.psk.reveal()},
                  {u"initiator"_s, c.initiator.api()},
                  {u"dpd"_s,
                   QJsonObject{{u"action"_s, c.dpd.action.api()},
                               {u"interval"_s, c.dpd.interval},
                               {u"timeout"_s, c.dpd.timeout}}},
                  {u"admin_state_up"_s, c.adminStateUp},
                  {u"status"_s, c.status.api()},
                  {u"vpnservice_id"_s, c.vpnserviceId},
                  {u"ikepolicy_id"_s, c.ikepolicyId},
                  {u"ipsecpolicy_id"_s, c.ipsecpolicyId},
                  {u"peer_cidrs"_s, QJsonArray::fromStringList(c.peerCidrs)},
                  {u"local_ep_group_id"_s, nullable(c.localEpGroupId)},
                  {u"peer_ep_group_id"_s, nullable(c.peerEpGroupId)}};
    putProject(o, c.projectId);
    return o;
}

QJsonObject toJson(const Router &r)
{
    QJsonObject o{{u"id"_s, r.id},
                  {u"name"_s, r.name},
                  {u"description"_s, r.description},
                  {u"status"_s, r.status},
                  {u"admin_state_up"_s, r.adminStateUp}};
    if (r.hasGateway()) {
        QJsonArray ips;
        for (const FixedIp &ip : r.externalFixedIps)
            ips.append(QJsonObject{{u"subnet_id"_s, ip.subnetId}, {u"ip_address"_s, ip.ipAddress}});
        o.insert(u"external_gateway_info"_s,
                 QJsonObject{{u"network_id"_s, r.externalNetworkId},
                             {u"external_fixed_ips"_s, ips},
                             {u"enable_snat"_s, true}});
    } else {
        o.insert(u"external_gateway_info"_s, QJsonValue::Null);
    }
    putProject(o, r.projectId);
    return o;
}

QJsonObject toJson(const Network &n)
{
    QJsonObject o{{u"id"_s, n.id},
                  {u"name"_s, n.name},
                  {u"status"_s, n.status},
                  {u"admin_state_up"_s, n.adminStateUp},
                  {u"router:external"_s, n.external},
                  {u"shared"_s, n.shared},
                  {u"mtu"_s, n.mtu},
                  {u"subnets"_s, QJsonArray::fromStringList(n.subnetIds)}};
    putProject(o, n.projectId);
    return o;
}

QJsonObject toJson(const Subnet &s)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"name"_s, s.name},
                  {u"network_id"_s, s.networkId},
                  {u"ip_version"_s, s.ipVersion},
                  {u"cidr"_s, s.cidr},
                  {u"gateway_ip"_s, nullable(s.gatewayIp)}};
    putProject(o, s.projectId);
    return o;
}

QJsonObject toJson(const NeutronError &e)
{
    return {{u"NeutronError"_s,
             QJsonObject{{u"type"_s, e.type}, {u"message"_s, e.message}, {u"detail"_s, e.detail}}}};
}

// ---- envelopes -----------------------------------------------------------------------------

template<typename T>
Decoded<T> decodeSingle(const QByteArray &body)
{
    Decoded<T> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    const QJsonValue inner = object->value(ResourceTraits<T>::singular);
    if (!inner.isObject()) {
        result.error = Text::tr("The reply has no \"%1\" object.").arg(ResourceTraits<T>::singular);
        return result;
    }
    result.value = fromJson<T>(inner.toObject());
    return result;
}

template<typename T>
Decoded<Page<T>> decodeList(const QByteArray &body)
{
    Decoded<Page<T>> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    const QJsonValue list = object->value(ResourceTraits<T>::collection);
    if (!list.isArray()) {
        result.error = Text::tr("The reply has no \"%1\" list.").arg(ResourceTraits<T>::collection);
        return result;
    }
    Page<T> page;
    const QJsonArray array = list.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            result.error = Text::tr("An item of \"%1\" is not an object.").arg(ResourceTraits<T>::collection);
            return result;
        }
        page.items.append(fromJson<T>(item.toObject()));
    }
    const QJsonArray links = object->value(ResourceTraits<T>::collection.toString() + u"_links").toArray();
    page.next = linkHref(links, u"next");
    page.previous = linkHref(links, u"previous");
    result.value = page;
    return result;
}

#define VPNAAS_INSTANTIATE(T)                                                                     \
    template Decoded<T> decodeSingle<T>(const QByteArray &);                                      \
    template Decoded<Page<T>> decodeList<T>(const QByteArray &);
VPNAAS_INSTANTIATE(IkePolicy)
VPNAAS_INSTANTIATE(IpsecPolicy)
VPNAAS_INSTANTIATE(VpnService)
VPNAAS_INSTANTIATE(EndpointGroup)
VPNAAS_INSTANTIATE(IpsecSiteConnection)
VPNAAS_INSTANTIATE(Router)
VPNAAS_INSTANTIATE(Network)
VPNAAS_INSTANTIATE(Subnet)
#undef VPNAAS_INSTANTIATE

Decoded<NeutronError> decodeError(const QByteArray &body)
{
    Decoded<NeutronError> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    if (object->value(u"NeutronError").isObject()) {
        const QJsonObject e = object->value(u"NeutronError").toObject();
        result.value = NeutronError{str(e, u"type"), str(e, u"message"), str(e, u"detail")};
    } else if (object->value(u"error").isObject()) {
        const QJsonObject e = object->value(u"error").toObject();
        result.value = NeutronError{str(e, u"title"), str(e, u"message"), QString()};
    } else {
        result.error = Text::tr("The reply is not an error description.");
    }
    return result;
}

namespace {
Extension extensionFrom(const QJsonObject &o)
{
    return {str(o, u"alias"), str(o, u"name"), str(o, u"description"), str(o, u"updated")};
}
} // namespace

Decoded<Extension> decodeExtension(const QByteArray &body)
{
    Decoded<Extension> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    if (!object->value(u"extension").isObject()) {
        result.error = Text::tr("The reply has no \"extension\" object.");
        return result;
    }
    result.value = extensionFrom(object->value(u"extension").toObject());
    return result;
}

Decoded<QList<Extension>> decodeExtensions(const QByteArray &body)
{
    Decoded<QList<Extension>> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    if (!object->value(u"extensions").isArray()) {
        result.error = Text::tr("The reply has no \"extensions\" list.");
        return result;
    }
    QList<Extension> list;
    const QJsonArray array = object->value(u"extensions").toArray();
    for (const QJsonValue &v : array)
        list.append(extensionFrom(v.toObject()));
    result.value = list;
    return result;
}

namespace {
Decoded<QList<ApiLink>> decodeLinkList(const QByteArray &body, QStringView key, QStringView idKey)
{
    Decoded<QList<ApiLink>> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    if (!object->value(key).isArray()) {
        result.error = Text::tr("The reply has no \"%1\" list.").arg(key);
        return result;
    }
    QList<ApiLink> list;
    const QJsonArray array = object->value(key).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({str(o, idKey), str(o, u"status"), linkHref(o.value(u"links").toArray(), u"self")});
    }
    result.value = list;
    return result;
}
} // namespace

Decoded<QList<ApiLink>> decodeVersions(const QByteArray &body)
{
    return decodeLinkList(body, u"versions", u"id");
}

Decoded<QList<ApiLink>> decodeResources(const QByteArray &body)
{
    return decodeLinkList(body, u"resources", u"collection");
}

Decoded<RouterInterface> decodeRouterInterface(const QByteArray &body)
{
    Decoded<RouterInterface> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    if (!object->contains(u"port_id") || !object->contains(u"subnet_id")) {
        result.error = Text::tr("The reply does not describe a router interface.");
        return result;
    }
    result.value = RouterInterface{str(*object, u"port_id"), str(*object, u"subnet_id"),
                                   str(*object, u"network_id"), QString()};
    return result;
}

Decoded<QList<RouterInterface>> decodeRouterInterfacePorts(const QByteArray &body)
{
    Decoded<QList<RouterInterface>> result;
    const auto object = parseObject(body, &result.error);
    if (!object)
        return result;
    if (!object->value(u"ports").isArray()) {
        result.error = Text::tr("The reply has no \"ports\" list.");
        return result;
    }
    QList<RouterInterface> interfaces;
    const QJsonArray ports = object->value(u"ports").toArray();
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        // network:router_interface, _distributed and _ha_replicated are all internal interfaces.
        if (!str(port, u"device_owner").startsWith(u"network:router_interface"))
            continue;
        const QJsonArray ips = port.value(u"fixed_ips").toArray();
        for (const QJsonValue &ip : ips) {
            interfaces.append({str(port, u"id"), str(ip.toObject(), u"subnet_id"), str(port, u"network_id"),
                               str(ip.toObject(), u"ip_address")});
        }
    }
    result.value = interfaces;
    return result;
}

// ---- encode requests -----------------------------------------------------------------------

namespace {
QJsonObject ikeBody(const IkePolicyDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    putIf(o, u"auth_algorithm"_s, d.authAlgorithm);
    putIf(o, u"encryption_algorithm"_s, d.encryptionAlgorithm);
    putIf(o, u"phase1_negotiation_mode"_s, d.phase1NegotiationMode);
    putIf(o, u"ike_version"_s, d.ikeVersion);
    putIf(o, u"pfs"_s, d.pfs);
    putIf(o, u"lifetime"_s, d.lifetime);
    return o;
}

QJsonObject ipsecBody(const IpsecPolicyDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    putIf(o, u"transform_protocol"_s, d.transformProtocol);
    putIf(o, u"auth_algorithm"_s, d.authAlgorithm);
    putIf(o, u"encryption_algorithm"_s, d.encryptionAlgorithm);
    putIf(o, u"encapsulation_mode"_s, d.encapsulationMode);
    putIf(o, u"pfs"_s, d.pfs);
    putIf(o, u"lifetime"_s, d.lifetime);
    return o;
}

QJsonObject connectionUpdatable(const IpsecSiteConnectionDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    putIf(o, u"peer_address"_s, d.peerAddress);
    putIf(o, u"peer_id"_s, d.peerId);
    putIf(o, u"local_id"_s, d.localId);
    if (d.psk)
        o.insert(u"psk"_s, d.psk->reveal());
    if (d.peerCidrs)
        o.insert(u"peer_cidrs"_s, QJsonArray::fromStringList(*d.peerCidrs));
    putNullableIf(o, u"local_ep_group_id"_s, d.localEpGroupId);
    putNullableIf(o, u"peer_ep_group_id"_s, d.peerEpGroupId);
    putIf(o, u"mtu"_s, d.mtu);
    putIf(o, u"initiator"_s, d.initiator);
    if (d.dpd) {
        QJsonObject dpd;
        putIf(dpd, u"action"_s, d.dpd->action);
        putIf(dpd, u"interval"_s, d.dpd->interval);
        putIf(dpd, u"timeout"_s, d.dpd->timeout);
        o.insert(u"dpd"_s, dpd);
    }
    putIf(o, u"admin_state_up"_s, d.adminStateUp);
    return o;
}
} // namespace

QJsonObject encodeCreate(const IkePolicyDraft &d)
{
    QJsonObject o = ikeBody(d);
    putIf(o, u"project_id"_s, d.projectId);
    return wrap(ResourceTraits<IkePolicy>::singular, o);
}

QJsonObject encodeUpdate(const IkePolicyDraft &d)
{
    return wrap(ResourceTraits<IkePolicy>::singular, ikeBody(d));
}

QJsonObject encodeCreate(const IpsecPolicyDraft &d)
{
    QJsonObject o = ipsecBody(d);
    putIf(o, u"project_id"_s, d.projectId);
    return wrap(ResourceTraits<IpsecPolicy>::singular, o);
}

QJsonObject encodeUpdate(const IpsecPolicyDraft &d)
{
    return wrap(ResourceTraits<IpsecPolicy>::singular, ipsecBody(d));
}

QJsonObject encodeCreate(const VpnServiceDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    putIf(o, u"router_id"_s, d.routerId);
    putNullableIf(o, u"subnet_id"_s, d.subnetId);
    putNullableIf(o, u"flavor_id"_s, d.flavorId);
    putIf(o, u"admin_state_up"_s, d.adminStateUp);
    putIf(o, u"project_id"_s, d.projectId);
    return wrap(ResourceTraits<VpnService>::singular, o);
}

QJsonObject encodeUpdate(const VpnServiceDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    putIf(o, u"admin_state_up"_s, d.adminStateUp);
    return wrap(ResourceTraits<VpnService>::singular, o);
}

QJsonObject encodeCreate(const EndpointGroupDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    putIf(o, u"type"_s, d.type);
    if (d.endpoints)
        o.insert(u"endpoints"_s, QJsonArray::fromStringList(*d.endpoints));
    putIf(o, u"project_id"_s, d.projectId);
    return wrap(ResourceTraits<EndpointGroup>::singular, o);
}

QJsonObject encodeUpdate(const EndpointGroupDraft &d)
{
    QJsonObject o;
    putIf(o, u"name"_s, d.name);
    putIf(o, u"description"_s, d.description);
    return wrap(ResourceTraits<EndpointGroup>::singular, o);
}

QJsonObject encodeCreate(const IpsecSiteConnectionDraft &d)
{
    QJsonObject o = connectionUpdatable(d);
    putIf(o, u"vpnservice_id"_s, d.vpnserviceId);
    putIf(o, u"ikepolicy_id"_s, d.ikepolicyId);
    putIf(o, u"ipsecpolicy_id"_s, d.ipsecpolicyId);
    putIf(o, u"project_id"_s, d.projectId);
    return wrap(ResourceTraits<IpsecSiteConnection>::singular, o);
}

QJsonObject encodeUpdate(const IpsecSiteConnectionDraft &d)
{
    return wrap(ResourceTraits<IpsecSiteConnection>::singular, connectionUpdatable(d));
}

// ---- decode requests -----------------------------------------------------------------------

namespace {
const QStringList kCommonReadOnly{u"id"_s};

void readProject(RequestReader &r, std::optional<QString> &projectId)
{
    std::optional<QString> tenant;
    r.string(u"project_id"_s, projectId);
    r.string(u"tenant_id"_s, tenant);
    if (!projectId)
        projectId = tenant;
}
} // namespace

namespace {
/*! The envelope, the attributes every resource has, then \a fields, then what is left over. */
template<typename T, typename Draft, typename Fields>
DecodedRequest<Draft> decodeRequest(const QByteArray &body, Operation op, const QStringList &readOnly, Fields fields)
{
    DecodedRequest<Draft> result;
    const auto object = requestObject(body, ResourceTraits<T>::singular, result.problems);
    if (!object)
        return result;
    RequestReader r(*object, op, result.problems);
    readProject(r, result.draft.projectId);
    r.string(u"name"_s, result.draft.name);
    r.string(u"description"_s, result.draft.description);
    fields(r, result.draft);
    r.readOnly(readOnly);
    r.finish();
    return result;
}
} // namespace

DecodedRequest<IkePolicyDraft> decodeIkePolicyRequest(const QByteArray &body, Operation op)
{
    return decodeRequest<IkePolicy, IkePolicyDraft>(body, op, kCommonReadOnly, [](RequestReader &r, IkePolicyDraft &d) {
        r.choice(u"auth_algorithm"_s, d.authAlgorithm);
        r.choice(u"encryption_algorithm"_s, d.encryptionAlgorithm);
        r.choice(u"phase1_negotiation_mode"_s, d.phase1NegotiationMode);
        r.choice(u"ike_version"_s, d.ikeVersion);
        r.choice(u"pfs"_s, d.pfs);
        r.lifetime(d.lifetime);
    });
}

DecodedRequest<IpsecPolicyDraft> decodeIpsecPolicyRequest(const QByteArray &body, Operation op)
{
    return decodeRequest<IpsecPolicy, IpsecPolicyDraft>(body, op, kCommonReadOnly, [](RequestReader &r, IpsecPolicyDraft &d) {
        r.choice(u"transform_protocol"_s, d.transformProtocol);
        r.choice(u"auth_algorithm"_s, d.authAlgorithm);
        r.choice(u"encryption_algorithm"_s, d.encryptionAlgorithm);
        r.choice(u"encapsulation_mode"_s, d.encapsulationMode);
        r.choice(u"pfs"_s, d.pfs);
        r.lifetime(d.lifetime);
    });
}

DecodedRequest<VpnServiceDraft> decodeVpnServiceRequest(const QByteArray &body, Operation op)
{
    const QStringList readOnly{u"id"_s, u"status"_s, u"external_v4_ip"_s, u"external_v6_ip"_s};
    return decodeRequest<VpnService, VpnServiceDraft>(body, op, readOnly, [](RequestReader &r, VpnServiceDraft &d) {
        r.string(u"router_id"_s, d.routerId);
        r.string(u"subnet_id"_s, d.subnetId, true);
        r.string(u"flavor_id"_s, d.flavorId, true);
        r.boolean(u"admin_state_up"_s, d.adminStateUp);
    });
}

DecodedRequest<EndpointGroupDraft> decodeEndpointGroupRequest(const QByteArray &body, Operation op)
{
    return decodeRequest<EndpointGroup, EndpointGroupDraft>(body, op, kCommonReadOnly,
                                                            [](RequestReader &r, EndpointGroupDraft &d) {
                                                                r.choice(u"type"_s, d.type);
                                                                r.stringList(u"endpoints"_s, d.endpoints);
                                                            });
}

DecodedRequest<IpsecSiteConnectionDraft> decodeIpsecSiteConnectionRequest(const QByteArray &body, Operation op)
{
    const QStringList readOnly{u"id"_s, u"status"_s, u"route_mode"_s, u"auth_mode"_s};
    return decodeRequest<IpsecSiteConnection, IpsecSiteConnectionDraft>(
        body, op, readOnly, [](RequestReader &r, IpsecSiteConnectionDraft &d) {
            r.string(u"vpnservice_id"_s, d.vpnserviceId);
            r.string(u"ikepolicy_id"_s, d.ikepolicyId);
            r.string(u"ipsecpolicy_id"_s, d.ipsecpolicyId);
            r.string(u"peer_address"_s, d.peerAddress);
            r.string(u"peer_id"_s, d.peerId);
            r.string(u"local_id"_s, d.localId);
            r.secret(u"psk"_s, d.psk);
            r.stringList(u"peer_cidrs"_s, d.peerCidrs, true);
            r.string(u"local_ep_group_id"_s, d.localEpGroupId, true);
            r.string(u"peer_ep_group_id"_s, d.peerEpGroupId, true);
            r.integer(u"mtu"_s, d.mtu);
            r.choice(u"initiator"_s, d.initiator);
            r.dpd(d.dpd);
            r.boolean(u"admin_state_up"_s, d.adminStateUp);
        });
}

} // namespace vpnaas::codec
