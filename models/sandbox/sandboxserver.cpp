// SPDX-License-Identifier: Apache-2.0
#include "sandboxserver.h"

#include "vpnaas/codec.h"
#include "vpnaas/listrules.h"
#include "vpnaas/validation.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {

struct SandboxServer::Request {
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<std::pair<QString, QString>> query; // decoded, in order
    QString projectId;                         // the request context's project; empty: none
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
        return errorResponse(404, u"VPNEndpointGroupNotFound"_s, u"Endpoint group %1 could not be found"_s.arg(id));
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

// ---- neutron's API layer -----------------------------------------------------------------
// What neutron-server does with a request body before the VPN plugin sees it (neutron
// api/v2/base.py prepare_request_body() over neutron-lib's attribute maps, Zed): envelope
// checks, project, unknown attributes, required and read-only attributes, then conversion and
// validation of each attribute in the map's order. Its messages print Python values, hence the
// small Python formatting helpers. The semantic rules after it are models/vpnaas/validation's.

QString pyRepr(const QJsonValue &v);

/*! Python's str() of a JSON value. */
QString pyStr(const QJsonValue &v)
{
    return v.isString() ? v.toString() : pyRepr(v);
}

QString pyRepr(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"None"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        const QChar quote = s.contains(u'\'') && !s.contains(u'"') ? u'"' : u'\'';
        QString out(quote);
        for (const QChar c : s) {
            if (c == u'\\' || c == quote)
                out += u'\\' + QString(c);
            else if (c == u'\n')
                out += u"\\n"_s;
            else if (c == u'\r')
                out += u"\\r"_s;
            else if (c == u'\t')
                out += u"\\t"_s;
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QChar(u'0'));
            else
                out += c;
        }
        return out + quote;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(pyRepr(item));
        return u'[' + items.join(u", ") + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            items.append(pyRepr(it.key()) + u": "_s + pyRepr(it.value()));
        return u'{' + items.join(u", ") + u'}';
    }
    }
    return {};
}

/*! Python's bool(): what `if value:` decides. */
bool pyTruthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    default:
        return false;
    }
}

/*! Python's int(value); nothing where it raises. */
std::optional<qint64> pyInt(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble())
        return qint64(v.toDouble());
    if (!v.isString())
        return std::nullopt;
    static const QRegularExpression integer(u"^\\s*[+-]?[0-9]+\\s*$"_s);
    if (!integer.match(v.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

/*! oslo.utils' bool_from_string(strict=True). */
std::optional<bool> pyBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString text = pyStr(v).trimmed().toLower();
    if (QStringList{u"1"_s, u"t"_s, u"true"_s, u"on"_s, u"y"_s, u"yes"_s}.contains(text))
        return true;
    if (QStringList{u"0"_s, u"f"_s, u"false"_s, u"off"_s, u"n"_s, u"no"_s}.contains(text))
        return false;
    return std::nullopt;
}

/*! oslo.utils' is_uuid_like(): 32 hex digits once "urn:", "uuid:", braces and dashes are gone. */
bool isUuidLike(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    QString hex = v.toString();
    hex.remove(u"urn:"_s).remove(u"uuid:"_s);
    while (hex.startsWith(u'{'))
        hex.remove(0, 1);
    while (hex.endsWith(u'}'))
        hex.chop(1);
    hex.remove(u'-');
    static const QRegularExpression digits(u"^[0-9a-fA-F]{32}$"_s);
    return digits.match(hex).hasMatch();
}

/*! neutron-lib's validate_subnet(): the reason \a v is no CIDR, empty if it is one. */
QString subnetProblem(const QJsonValue &v)
{
    const QString text = v.toString();
    if (v.isString() && isCidr(text))
        return {};
    if (v.isString() && !text.contains(u'/') && ipVersionOf(text) != 0) {
        return u"'%1' isn't a recognized IP subnet cidr, '%1/%2' is recommended"_s.arg(text).arg(
            ipVersionOf(text) == 6 ? 128 : 32);
    }
    return u"'%1' is not a valid IP subnet"_s.arg(pyStr(v));
}

enum class Convert { None, Boolean, Int, List, NoneToEmptyDict };
enum class Check { None, String, Uuid, UuidOrNone, Values, NonNegative, SubnetListOrNone, Lifetime, Dpd };

/*! One attribute of a neutron-lib attribute map. */
struct Attribute {
    QString name;
    bool post = false;
    bool put = false;
    bool required = false; // allow_post without a default
    QJsonValue defaultValue;
    Convert convert = Convert::None;
    Check check = Check::None;
    int maxLength = -1; // Check::String; -1: any length
    QStringList values; // Check::Values
};

template<typename E>
QStringList accepted(const ServerCapabilities &caps)
{
    QStringList names;
    for (const E value : allValues<E>()) {
        if (caps.accepts(value))
            names.append(apiName(value));
    }
    return names;
}

/*!
 * neutron-lib's attribute maps (api/definitions/vpn.py, vpn_endpoint_groups.py, vpn_flavors.py)
 * in their order, which decides which of several mistakes the server reports; project_id is
 * appended by populate_project_info().
 */
QList<Attribute> attributeMap(const QString &collection, const ServerCapabilities &caps)
{
    auto readOnly = [](const QString &name, Check check = Check::None) {
        Attribute a;
        a.name = name;
        a.check = check;
        return a;
    };
    auto required = [](const QString &name, Check check, bool put = false) {
        Attribute a;
        a.name = name;
        a.post = true;
        a.put = put;
        a.required = true;
        a.check = check;
        return a;
    };
    auto optional = [](const QString &name, const QJsonValue &defaultValue, Check check, bool put = true) {
        Attribute a;
        a.name = name;
        a.post = true;
        a.put = put;
        a.defaultValue = defaultValue;
        a.check = check;
        return a;
    };
    auto text = [&](const QString &name, bool put = true) {
        Attribute a = optional(name, QString(), Check::String, put);
        a.maxLength = 255;
        return a;
    };
    auto choice = [&](const QString &name, const QString &defaultValue, const QStringList &values) {
        Attribute a = optional(name, defaultValue, Check::Values);
        a.values = values;
        return a;
    };
    auto adminStateUp = [&] {
        Attribute a = optional(u"admin_state_up"_s, true, Check::None);
        a.convert = Convert::Boolean;
        return a;
    };
    auto lifetime = [&] {
        Attribute a = optional(u"lifetime"_s, QJsonObject(), Check::Lifetime);
        a.convert = Convert::NoneToEmptyDict;
        return a;
    };
    Attribute tenant = required(u"tenant_id"_s, Check::String);
    tenant.maxLength = 255;
    Attribute project = tenant;
    project.name = u"project_id"_s;
    const Attribute id = readOnly(u"id"_s, Check::Uuid);

    if (collection == kIke) {
        return {id,
                tenant,
                text(u"name"_s),
                text(u"description"_s),
                choice(u"auth_algorithm"_s, u"sha1"_s, accepted<AuthAlgorithm>(caps)),
                choice(u"encryption_algorithm"_s, u"aes-128"_s, accepted<EncryptionAlgorithm>(caps)),
                choice(u"phase1_negotiation_mode"_s, u"main"_s, allApiNames<Phase1NegotiationMode>()),
                lifetime(),
                choice(u"ike_version"_s, u"v1"_s, allApiNames<IkeVersion>()),
                choice(u"pfs"_s, u"group5"_s, accepted<PfsGroup>(caps)),
                project};
    }
    if (collection == kIpsec) {
        return {id,
                tenant,
                text(u"name"_s),
                text(u"description"_s),
                choice(u"transform_protocol"_s, u"esp"_s, allApiNames<TransformProtocol>()),
                choice(u"auth_algorithm"_s, u"sha1"_s, accepted<AuthAlgorithm>(caps)),
                choice(u"encryption_algorithm"_s, u"aes-128"_s, accepted<EncryptionAlgorithm>(caps)),
                choice(u"encapsulation_mode"_s, u"tunnel"_s, allApiNames<EncapsulationMode>()),
                lifetime(),
                choice(u"pfs"_s, u"group5"_s, accepted<PfsGroup>(caps)),
                project};
    }
    if (collection == kServices) {
        return {id,
                tenant,
                text(u"name"_s),
                text(u"description"_s),
                optional(u"subnet_id"_s, QJsonValue(), Check::UuidOrNone, false),
                required(u"router_id"_s, Check::Uuid),
                adminStateUp(),
                readOnly(u"external_v4_ip"_s),
                readOnly(u"external_v6_ip"_s),
                readOnly(u"status"_s),
                optional(u"flavor_id"_s, QJsonValue(), Check::UuidOrNone, false),
                project};
    }
    if (collection == kGroups) {
        Attribute type = required(u"type"_s, Check::Values);
        type.values = allApiNames<EndpointGroupType>();
        Attribute endpoints = optional(u"endpoints"_s, QJsonArray(), Check::None, false);
        endpoints.convert = Convert::List;
        return {id, tenant, text(u"name"_s), text(u"description"_s), type, endpoints, project};
    }
    Attribute localId = optional(u"local_id"_s, QString(), Check::String);
    Attribute peerCidrs = optional(u"peer_cidrs"_s, QJsonValue(), Check::SubnetListOrNone);
    peerCidrs.convert = Convert::List;
    Attribute mtu = optional(u"mtu"_s, 1500, Check::NonNegative);
    mtu.convert = Convert::Int;
    Attribute authMode = readOnly(u"auth_mode"_s, Check::Values);
    authMode.values = {u"psk"_s};
    Attribute dpd = optional(u"dpd"_s, QJsonObject(), Check::Dpd);
    dpd.convert = Convert::NoneToEmptyDict;
    return {id,
            tenant,
            text(u"name"_s),
            text(u"description"_s),
            localId,
            required(u"peer_address"_s, Check::String, true),
            required(u"peer_id"_s, Check::String, true),
            peerCidrs,
            optional(u"local_ep_group_id"_s, QJsonValue(), Check::UuidOrNone),
            optional(u"peer_ep_group_id"_s, QJsonValue(), Check::UuidOrNone),
            readOnly(u"route_mode"_s),
            mtu,
            choice(u"initiator"_s, u"bi-directional"_s, allApiNames<Initiator>()),
            authMode,
            required(u"psk"_s, Check::String, true),
            dpd,
            adminStateUp(),
            readOnly(u"status"_s),
            required(u"vpnservice_id"_s, Check::Uuid),
            required(u"ikepolicy_id"_s, Check::Uuid),
            required(u"ipsecpolicy_id"_s, Check::Uuid),
            project};
}

const Attribute *findAttribute(const QList<Attribute> &attributes, const QString &name)
{
    for (const Attribute &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

/*! An attribute's convert_to; the error text (for InvalidInput) when it raises. */
QJsonValue convertValue(Convert convert, const QJsonValue &v, QString *error)
{
    switch (convert) {
    case Convert::None:
        return v;
    case Convert::Boolean:
        if (const auto b = pyBool(v))
            return *b;
        *error = u"'%1' cannot be converted to boolean"_s.arg(pyStr(v));
        return v;
    case Convert::Int:
        if (const auto i = pyInt(v))
            return *i;
        *error = u"'%1' is not an integer"_s.arg(pyStr(v));
        return v;
    case Convert::List:
        if (v.isNull())
            return QJsonArray();
        if (v.isArray())
            return v;
        if (v.isObject())
            return QJsonArray::fromStringList(v.toObject().keys());
        return QJsonArray{v};
    case Convert::NoneToEmptyDict:
        return v.isNull() ? QJsonValue(QJsonObject()) : v;
    }
    return v;
}

QString checkInteger(const QJsonValue &v, std::optional<qint64> minimum)
{
    const auto i = pyInt(v);
    if (!i)
        return u"'%1' is not an integer"_s.arg(pyStr(v));
    if (minimum && *i < *minimum)
        return u"'%1' is too small - must be at least '%2'"_s.arg(*i).arg(*minimum);
    if (!minimum && *i < 0)
        return u"'%1' should be non-negative"_s.arg(*i);
    return {};
}

/*! validate_dict_or_empty() with the key validators of lifetime or dpd. */
QString checkDict(const QJsonValue &v,
                  const QList<std::pair<QString, std::function<QString(const QJsonValue &)>>> &keys)
{
    if (v.isObject() && v.toObject().isEmpty())
        return {};
    if (!v.isObject())
        return u"'%1' is not a dictionary"_s.arg(pyStr(v));
    const QJsonObject o = v.toObject();
    QStringList unexpected;
    for (const QString &k : o.keys()) {
        if (std::none_of(keys.cbegin(), keys.cend(), [&](const auto &spec) { return spec.first == k; }))
            unexpected.append(k);
    }
    if (!unexpected.isEmpty())
        return u"Unexpected keys supplied: %1"_s.arg(unexpected.join(u", "));
    for (const auto &[key, check] : keys) {
        if (o.contains(key)) {
            if (const QString reason = check(o.value(key)); !reason.isEmpty())
                return reason;
        }
    }
    return {};
}

/*! The attribute's validators; the reason for "Invalid input for X. Reason: ...", empty if valid. */
QString checkValue(const Attribute &a, const QJsonValue &v)
{
    auto values = [](const QStringList &allowed) {
        return [allowed](const QJsonValue &x) {
            return x.isString() && allowed.contains(x.toString()) ? QString()
                                                                  : u"%1 is not in valid_values"_s.arg(pyStr(x));
        };
    };
    switch (a.check) {
    case Check::None:
        return {};
    case Check::String:
        if (!v.isString())
            return u"'%1' is not a valid string"_s.arg(pyStr(v));
        if (a.maxLength >= 0 && v.toString().toUcs4().size() > a.maxLength)
            return u"'%1' exceeds maximum length of %2"_s.arg(v.toString()).arg(a.maxLength);
        return {};
    case Check::UuidOrNone:
        if (v.isNull())
            return {};
        Q_FALLTHROUGH();
    case Check::Uuid:
        return isUuidLike(v) ? QString() : u"'%1' is not a valid UUID"_s.arg(pyStr(v));
    case Check::Values:
        return values(a.values)(v);
    case Check::NonNegative:
        return checkInteger(v, std::nullopt);
    case Check::SubnetListOrNone: {
        if (v.isNull())
            return {};
        if (!v.isArray())
            return u"'%1' is not a list"_s.arg(pyStr(v));
        const QJsonArray items = v.toArray();
        QStringList duplicates;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString text = pyStr(items[i]);
            if (!duplicates.contains(text) && std::count(items.begin(), items.begin() + i, items[i]) > 0)
                duplicates.append(text);
        }
        if (!duplicates.isEmpty())
            return u"Duplicate items in the list: '%1'"_s.arg(duplicates.join(u", "));
        for (const QJsonValue &item : items) {
            if (const QString reason = subnetProblem(item); !reason.isEmpty())
                return reason;
        }
        return {};
    }
    case Check::Lifetime:
        return checkDict(v, {{u"units"_s, values({u"seconds"_s})}, {u"value"_s, [](const QJsonValue &x) {
                                                                        return checkInteger(x, 60);
                                                                    }}});
    case Check::Dpd:
        return checkDict(v,
                         {{u"action"_s, values(allApiNames<DpdAction>())},
                          {u"interval"_s, [](const QJsonValue &x) { return checkInteger(x, std::nullopt); }},
                          {u"timeout"_s, [](const QJsonValue &x) { return checkInteger(x, std::nullopt); }}});
    }
    return {};
}

/*! The resource object of a request as the plugin receives it, in the server's key order. */
struct ApiRequest {
    QList<std::pair<QString, QJsonValue>> items;

    bool contains(const QString &key) const
    {
        return std::any_of(items.cbegin(), items.cend(), [&](const auto &item) { return item.first == key; });
    }
    QJsonValue value(const QString &key) const
    {
        for (const auto &[k, v] : items) {
            if (k == key)
                return v;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    void set(const QString &key, const QJsonValue &v)
    {
        for (auto &item : items) {
            if (item.first == key) {
                item.second = v;
                return;
            }
        }
        items.append({key, v});
    }
    QJsonObject object() const
    {
        QJsonObject o;
        for (const auto &[k, v] : items)
            o.insert(k, v);
        return o;
    }
    /*! str() of the Python dict. The client's key order is QJsonObject's (sorted), as the console
        sends it. */
    QString pyDict() const
    {
        QStringList parts;
        for (const auto &[k, v] : items)
            parts.append(pyRepr(k) + u": "_s + pyRepr(v));
        return u'{' + parts.join(u", ") + u'}';
    }
};

SandboxResponse httpBadRequest(const QString &message)
{
    return errorResponse(400, u"HTTPBadRequest"_s, message);
}

/*! neutron-lib's populate_project_id() when neither the context nor the body names a project. */
const QString kNoProjectMessage = u"Running without keystone AuthN requires that tenant_id is specified"_s;

/*!
 * noauth's context (neutron/auth.py NoauthFakeProjectId, oslo.context from_environ()): the first
 * of these headers present sets the project; a non-empty one keeps the fake project out, and the
 * request then runs with wsgi's get_admin_context(): admin, no project. Its value is never used.
 */
bool projectHeaderSet(const SandboxServer::Headers &headers)
{
    for (const QByteArray &name : {QByteArrayLiteral("x-project-id"), QByteArrayLiteral("x-tenant-id"),
                                  QByteArrayLiteral("x-tenant")}) {
        for (const auto &[key, value] : headers) {
            if (key.toLower() == name)
                return !value.isEmpty();
        }
    }
    return false;
}

/*!
 * neutron's Resource deserializer and Controller.prepare_request_body(): the request's resource
 * object, checked, completed with defaults (create), converted and validated; or the error.
 */
std::optional<SandboxResponse> prepareRequestBody(const QByteArray &body, const QString &resource,
                                                  const QList<Attribute> &attributes, bool create,
                                                  const QString &projectId, ApiRequest *out)
{
    if (body.isEmpty()) {
        // No body at all: create() gets None, update() fails copying it (api/v2/base.py).
        if (create)
            return httpBadRequest(u"Resource body required"_s);
        return errorResponse(400, u"BadRequest"_s, u"Bad body request: Invalid format: b''."_s);
    }
    // Any JSON value (Python's json.loads), not only objects and arrays.
    QJsonParseError parseError;
    const QJsonArray wrapped = QJsonDocument::fromJson('[' + body + ']', &parseError).array();
    if (parseError.error != QJsonParseError::NoError || wrapped.size() != 1) {
        return errorResponse(400, u"MalformedRequestBody"_s, u"Malformed request body: Cannot understand JSON."_s);
    }
    const QJsonValue document = wrapped.first();
    if (!pyTruthy(document))
        return httpBadRequest(u"Resource body required"_s);
    const QString bulkKey = resource + u's'; // `collection in body`, allow_bulk is off for VPNaaS
    const bool bulk = document.isObject() ? document.toObject().contains(bulkKey)
        : document.isArray()              ? document.toArray().contains(bulkKey)
        : document.isString()             ? document.toString().contains(bulkKey)
                                          : false;
    if (!document.isObject() && !document.isArray() && !document.isString())
        return httpBadRequest(u"Body contains invalid data"_s); // `in` on a number raises TypeError
    if (bulk)
        return httpBadRequest(u"Bulk operation not supported"_s);
    if (!document.isObject())
        return httpBadRequest(u"Body contains invalid data"_s);
    const QJsonValue inner = document.toObject().value(resource);
    if (inner.isUndefined() || inner.isNull())
        return httpBadRequest(u"Unable to find '%1' in request body"_s.arg(resource));
    if (!inner.isObject())
        return httpBadRequest(u"Object '%1' contains invalid data"_s.arg(resource));

    ApiRequest request;
    const QJsonObject object = inner.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        request.items.append({it.key(), it.value()});

    // populate_project_id()
    if (request.contains(u"tenant_id"_s) && !request.contains(u"project_id"_s))
        request.set(u"project_id"_s, request.value(u"tenant_id"_s));
    else if (request.contains(u"project_id"_s) && !request.contains(u"tenant_id"_s))
        request.set(u"tenant_id"_s, request.value(u"project_id"_s));
    if (request.value(u"project_id"_s) != request.value(u"tenant_id"_s))
        return httpBadRequest(u"'project_id' and 'tenant_id' do not match"_s);
    if (create && !request.contains(u"project_id"_s)) {
        if (projectId.isEmpty())
            return httpBadRequest(kNoProjectMessage);
        request.set(u"project_id"_s, projectId);
        request.set(u"tenant_id"_s, projectId);
    }

    // verify_attributes(); the server joins a set, so several unknown names come in any order.
    QStringList unknown;
    for (const auto &[key, value] : std::as_const(request.items)) {
        if (!findAttribute(attributes, key))
            unknown.append(key);
    }
    if (!unknown.isEmpty())
        return httpBadRequest(u"Unrecognized attribute(s) '%1'"_s.arg(unknown.join(u", ")));

    for (const Attribute &a : attributes) {
        if (create && a.post) {
            if (a.required && !request.contains(a.name))
                return httpBadRequest(u"Failed to parse request. Required attribute '%1' not specified"_s.arg(a.name));
            if (!request.contains(a.name))
                request.set(a.name, a.defaultValue);
        } else if (create && request.contains(a.name)) {
            return httpBadRequest(u"Attribute '%1' not allowed in POST"_s.arg(a.name));
        } else if (!create && !a.put && request.contains(a.name)) {
            return httpBadRequest(u"Cannot update read-only attribute %1"_s.arg(a.name));
        }
    }

    // convert_values()
    for (const Attribute &a : attributes) {
        if (!request.contains(a.name))
            continue;
        QString error;
        const QJsonValue converted = convertValue(a.convert, request.value(a.name), &error);
        if (!error.isEmpty())
            return errorResponse(400, u"InvalidInput"_s, u"Invalid input for operation: %1."_s.arg(error));
        request.set(a.name, converted);
        if (const QString reason = checkValue(a, converted); !reason.isEmpty())
            return httpBadRequest(u"Invalid input for %1. Reason: %2."_s.arg(a.name, reason));
    }
    *out = request;
    return std::nullopt;
}

/*!
 * The order in which the server's plugin checks what validation reports: one entry per step,
 * each a list of "Code" or "Code@field" (same step: whichever the validator reported first).
 */
using CheckOrder = QList<QStringList>;

/*! The first refusal in the server's order; problems of steps not listed come last. */
std::optional<SandboxResponse> firstInOrder(const Problems &problems, const CheckOrder &order)
{
    auto matches = [](const Problem &p, const QString &entry) {
        const qsizetype at = entry.indexOf(u'@');
        return at < 0 ? p.code == entry : (p.code == entry.left(at) && p.field == entry.mid(at + 1));
    };
    for (const QStringList &step : order) {
        for (const Problem &p : problems) {
            if (p.isError() && p.serverEnforced
                && std::any_of(step.cbegin(), step.cend(), [&](const QString &e) { return matches(p, e); }))
                return errorResponse(p.httpStatus, p.code, p.serverMessage);
        }
    }
    return firstError(problems);
}

/*! vpn_db.py / vpn_validator.py, create_ipsec_site_connection() and update: the order of checks. */
const CheckOrder kConnectionChecks{
    {u"MissingPeerCidrs"_s},
    {u"InvalidEndpointGroup"_s},
    {u"PeerCidrsInvalid"_s},
    {u"MissingRequiredEndpointGroup"_s},
    {u"VPNEndpointGroupNotFound@local_ep_group_id"_s},
    {u"VPNEndpointGroupNotFound@peer_ep_group_id"_s},
    {u"WrongEndpointGroupType@local_ep_group_id"_s},
    {u"SubnetIsNotConnectedToRouter"_s},
    {u"MixedIPVersionsForIPSecEndpoints@local_ep_group_id"_s},
    {u"WrongEndpointGroupType@peer_ep_group_id"_s},
    {u"MixedIPVersionsForIPSecEndpoints@peer_ep_group_id"_s},
    {u"MixedIPVersionsForPeerCidrs"_s},
    {u"MixedIPVersionsForIPSecConnection"_s},
    {u"IPsecSiteConnectionDpdIntervalValueError"_s},
    {u"IPsecSiteConnectionMtuError"_s},
    {u"VPNPeerAddressNotResolved"_s},
    {u"ExternalNetworkHasNoSubnet"_s},
    {u"VPNStateInvalidToUpdate"_s},
};

/*! The real server resolves a host name once; offline (and in the test namespace) none resolves. */
void addUnresolvedPeer(Problems &problems, const std::optional<QString> &peerAddress)
{
    if (peerAddress && ipVersionOf(*peerAddress) == 0 && isHostName(*peerAddress)) {
        Problem p;
        p.field = u"peer_address"_s;
        p.code = u"VPNPeerAddressNotResolved"_s;
        p.message = p.serverMessage = u"Peer address %1 cannot be resolved"_s.arg(*peerAddress);
        problems.append(p);
    }
}

/*! A create or update reply echoes what the request carried: a lifetime value sent as text
    comes back as text (only the database turns it into a number). */
QJsonObject echoed(QJsonObject body, const ApiRequest &request)
{
    const QJsonValue value = request.value(u"lifetime"_s).toObject().value(u"value");
    if (value.isString()) {
        QJsonObject lifetime = body.value(u"lifetime").toObject();
        lifetime.insert(u"value"_s, value);
        body.insert(u"lifetime"_s, lifetime);
    }
    return body;
}

/*! What passed the API layer, read into a draft by the console's own codec. */
template<typename T>
auto decodedDraft(const ApiRequest &request)
{
    struct Decoded {
        DraftFor<T> draft;
        Problems problems;
    };
    return Decoded{codec::draftFromJson<T>(request.object()), {}};
}

SandboxResponse internalError()
{
    return errorResponse(500, u"HTTPInternalServerError"_s,
                         u"Request Failed: internal server error while processing your request."_s);
}

/*! The database columns a list filter can name (model_query.apply_filters), as paths in the body. */
std::optional<QStringList> filterColumn(const QString &collection, const QString &name)
{
    static const QStringList common{u"id"_s, u"project_id"_s, u"name"_s, u"description"_s};
    if (name == u"tenant_id")
        return QStringList{u"project_id"_s};
    QStringList columns;
    QHash<QString, QStringList> nested;
    if (collection == kIke || collection == kIpsec) {
        columns = {u"auth_algorithm"_s, u"encryption_algorithm"_s, u"pfs"_s};
        columns += collection == kIke ? QStringList{u"phase1_negotiation_mode"_s, u"ike_version"_s}
                                      : QStringList{u"transform_protocol"_s, u"encapsulation_mode"_s};
        nested
            = {{u"lifetime_units"_s, {u"lifetime"_s, u"units"_s}}, {u"lifetime_value"_s, {u"lifetime"_s, u"value"_s}}};
    } else if (collection == kServices) {
        columns = {u"status"_s,    u"admin_state_up"_s, u"external_v4_ip"_s, u"external_v6_ip"_s,
                   u"subnet_id"_s, u"router_id"_s,      u"flavor_id"_s};
    } else if (collection == kGroups) {
        nested = {{u"endpoint_type"_s, {u"type"_s}}};
    } else if (collection == kConnections) {
        columns = {u"peer_address"_s, u"peer_id"_s,           u"local_id"_s,        u"route_mode"_s,
                   u"mtu"_s,          u"initiator"_s,         u"auth_mode"_s,       u"psk"_s,
                   u"status"_s,       u"admin_state_up"_s,    u"vpnservice_id"_s,   u"ipsecpolicy_id"_s,
                   u"ikepolicy_id"_s, u"local_ep_group_id"_s, u"peer_ep_group_id"_s};
        nested = {{u"dpd_action"_s, {u"dpd"_s, u"action"_s}},
                  {u"dpd_interval"_s, {u"dpd"_s, u"interval"_s}},
                  {u"dpd_timeout"_s, {u"dpd"_s, u"timeout"_s}}};
    }
    if (common.contains(name) || columns.contains(name))
        return QStringList{name};
    if (nested.contains(name))
        return nested.value(name);
    return std::nullopt;
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

/*! Python's comparison of two attribute values in the emulated sort (None first). */
int pyCompare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || a.isUndefined())
        return (b.isNull() || b.isUndefined()) ? 0 : -1;
    if (b.isNull() || b.isUndefined())
        return 1;
    if ((a.isDouble() || a.isBool()) && (b.isDouble() || b.isBool())) {
        const double x = a.isBool() ? double(a.toBool()) : a.toDouble();
        const double y = b.isBool() ? double(b.toBool()) : b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const int c = QString::compare(pyStr(a), pyStr(b));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
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

SandboxResponse SandboxServer::handle(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                      const Headers &headers)
{
    Request request{method, url, body, {}, projectHeaderSet(headers) ? QString() : m_options.projectId};
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

SandboxResponse SandboxServer::showResponse(const QString &collection, const QString &key, const QString &id,
                                            const QUrl &url)
{
    auto item = m_store->get(collection, id);
    if (!item)
        return notFound(collection, id);
    if (collection == kNetworks && !item->value(u"router:external").toBool())
        item->remove(u"is_default"_s);
    QStringList fields = QUrlQuery(url).allQueryItemValues(u"fields"_s, QUrl::FullyDecoded);
    fields.removeAll(QString()); // list_args() drops empty values
    if (fields.isEmpty())
        return ok(200, key, *item);
    QJsonObject selected;
    for (const QString &field : std::as_const(fields)) {
        if (item->contains(field))
            selected.insert(field, item->value(field));
    }
    return ok(200, key, selected);
}

SandboxResponse SandboxServer::listResponse(Request &r, const QString &collection, const QString &key)
{
    // neutron api/v2/base.py _items() with the emulated sorting and pagination helpers
    // (api_common.py): filters, then sort keys, then the limit are checked, in this order.
    QStringList fields, sortKeys, sortDirs;
    QString limitText, marker, pageReverseText;
    bool hasLimit = false;
    QList<std::pair<QString, QList<QJsonValue>>> filters;
    const bool vpn = r.url.path().startsWith(u"/v2.0/vpn/");
    for (const auto &[name, value] : std::as_const(r.query)) {
        if (name == u"fields" || name == u"sort_key" || name == u"sort_dir") {
            if (!value.isEmpty())
                (name == u"fields" ? fields : name == u"sort_key" ? sortKeys : sortDirs).append(value);
        } else if (name == u"limit") {
            limitText = value;
            hasLimit = true;
        } else if (name == u"marker") {
            marker = value;
        } else if (name == u"page_reverse") {
            pageReverseText = value;
        } else if (!value.isEmpty() || vpn) {
            // Zed has the empty-string-filtering extension: `?name=` selects empty names (VPN
            // resources; the core lists here keep ignoring it).
            auto it = std::find_if(filters.begin(), filters.end(), [&](const auto &f) { return f.first == name; });
            if (it == filters.end())
                filters.append({name, {QJsonValue(value)}});
            else
                it->second.append(QJsonValue(value));
        }
    }

    if (vpn) {
        const QList<Attribute> attributes = attributeMap(collection, capabilities());
        for (auto &[name, values] : filters) {
            const Attribute *a = findAttribute(attributes, name);
            if (!a || a->convert == Convert::None || a->convert == Convert::List)
                continue;
            for (QJsonValue &v : values) {
                QString error;
                v = convertValue(a->convert, v, &error);
                if (!error.isEmpty())
                    return errorResponse(400, u"InvalidInput"_s, u"Invalid input for operation: %1."_s.arg(error));
            }
        }
    }

    if (sortKeys.size() != sortDirs.size())
        return httpBadRequest(u"The number of sort_keys and sort_dirs must be same"_s);
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
        return httpBadRequest(u"%1 is invalid attribute for sort_keys"_s.arg(pyList(badKeys)));
    if (!badDirs.isEmpty())
        return httpBadRequest(
            u"%1 is invalid value for sort_dirs, valid value is 'asc' and 'desc'"_s.arg(pyList(badDirs)));

    qint64 limit = 0;
    if (hasLimit) {
        const auto parsed = pyInt(QJsonValue(limitText));
        if (!parsed || *parsed < 0) {
            return errorResponse(400, u"BadRequest"_s,
                                 u"Bad limit request: Limit must be an integer 0 or greater and not '%1'."_s.arg(
                                     parsed ? QString::number(*parsed) : limitText));
        }
        limit = *parsed;
    }
    const bool pageReverse = pageReverseText.compare(u"true", Qt::CaseInsensitive) == 0;

    QList<QJsonObject> items = m_store->list(collection);
    for (const auto &[name, values] : std::as_const(filters)) {
        if (vpn) {
            // A filter on a database column selects; any other name is ignored (VPNaaS has no
            // filter validation). Endpoint groups filter by endpoint_type: ?type= is ignored.
            const auto column = filterColumn(collection, name);
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
    if (!sortKeys.isEmpty()) {
        std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            for (qsizetype i = 0; i < sortKeys.size(); ++i) {
                const int c = pyCompare(a.value(sortKeys[i]), b.value(sortKeys[i]));
                if (c != 0)
                    return sortDirs[i] == u"desc" ? c > 0 : c < 0;
            }
            return false;
        });
    }

    QJsonArray links;
    if (limit > 0) {
        // PaginationEmulatedHelper.paginate() and get_pagination_links().
        QList<QJsonObject> page;
        if (!items.isEmpty()) {
            qsizetype at = pageReverse ? items.size() : 0;
            bool found = true;
            if (!marker.isEmpty()) {
                const auto it = std::find_if(items.cbegin(), items.cend(),
                                             [&](const QJsonObject &o) { return o.value(u"id").toString() == marker; });
                found = it != items.cend();
                at = it - items.cbegin();
            }
            if (found && pageReverse) {
                const qsizetype begin = qMax<qsizetype>(at - limit, 0);
                page = items.mid(begin, at - begin);
            } else if (found) {
                if (!marker.isEmpty())
                    ++at;
                page = items.mid(at, limit);
            }
        }
        items = page;
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
        const bool shortPage = items.size() < limit;
        if (!(shortPage && !pageReverse))
            links.append(link(u"next"_s, items.isEmpty() ? QString() : items.last().value(u"id").toString(), false));
        if (!(shortPage && pageReverse))
            links.append(
                link(u"previous"_s, items.isEmpty() ? QString() : items.first().value(u"id").toString(), true));
    }

    QJsonArray array;
    for (QJsonObject item : std::as_const(items)) {
        if (collection == kNetworks && !item.value(u"router:external").toBool())
            item.remove(u"is_default"_s); // only a create reply shows it on internal networks
        // A list reads the endpoints and peer CIDRs through their tables' primary key index
        // (value, owner id): sorted by value. A single read keeps the order they were added in.
        for (const QString &sorted : {u"endpoints"_s, u"peer_cidrs"_s}) {
            if (vpn && item.value(sorted).isArray()) {
                QStringList values;
                for (const QJsonValue &v : item.value(sorted).toArray())
                    values.append(v.toString());
                values.sort();
                item.insert(sorted, QJsonArray::fromStringList(values));
            }
        }
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
        return internalError();
    for (const SandboxStore::Change &change : changes)
        Q_EMIT changed(change.collection, change.id);
    if (status == 204)
        return {204, {}, {}};
    return ok(status, key, body);
}

SandboxResponse SandboxServer::createVpn(Request &r, const QString &collection)
{
    const QString key = singularOf(collection);
    ApiRequest request;
    if (auto error = prepareRequestBody(r.body, key, attributeMap(collection, capabilities()), true, r.projectId,
                                        &request))
        return *error;
    // What passed the API layer, read into a draft by the console's own codec.
    const ServerState current = state();
    ValidationContext context;
    context.operation = Operation::Create;
    context.capabilities = capabilities();
    context.state = &current;
    const QString id = newId();

    auto build = [&](auto value, const auto &draft) {
        value.id = id;
        value.projectId = draft.projectId.value_or(r.projectId);
        apply(value, draft);
        return value;
    };
    auto created = [&](const QJsonObject &body) {
        const SandboxResponse response = commit({{collection, id, body}}, 201, key, echoed(body, request));
        return response;
    };

    if (collection == kIke) {
        const auto decoded = decodedDraft<IkePolicy>(request);
        if (auto error = firstError(decoded.problems))
            return *error;
        return created(codec::toJson(build(IkePolicy(), decoded.draft)));
    }
    if (collection == kIpsec) {
        const auto decoded = decodedDraft<IpsecPolicy>(request);
        if (auto error = firstError(decoded.problems))
            return *error;
        return created(codec::toJson(build(IpsecPolicy(), decoded.draft)));
    }
    if (collection == kServices) {
        const auto decoded = decodedDraft<VpnService>(request);
        if (auto error = firstError(decoded.problems))
            return *error;
        // plugin.py _get_provider_for_flavor(): the sandbox has no flavors, so none is found.
        if (decoded.draft.flavorId && !decoded.draft.flavorId->isNull())
            return errorResponse(404, u"FlavorNotFound"_s,
                                 u"Flavor %1 could not be found."_s.arg(*decoded.draft.flavorId));
        if (auto error
            = firstInOrder(validate(decoded.draft, context),
                           {{u"RouterNotFound"_s}, {u"RouterIsNotExternal"_s}, {u"SubnetIsNotConnectedToRouter"_s}}))
            return *error;
        VpnService service = build(VpnService(), decoded.draft);
        // The gateway IPs are a snapshot taken now (base_ipsec.py).
        if (const Router *router = current.router(service.routerId)) {
            service.externalV4Ip = router->gatewayIp(4);
            service.externalV6Ip = router->gatewayIp(6);
        }
        service.status = ResourceStatus::PendingCreate;
        return created(codec::toJson(service));
    }
    if (collection == kGroups) {
        const auto decoded = decodedDraft<EndpointGroup>(request);
        if (auto error = firstError(decoded.problems))
            return *error;
        Problems problems = validate(decoded.draft, context);
        for (Problem &p : problems) {
            if (p.code == u"MissingEndpointForEndpointGroup") // the server prints the whole request dict
                p.serverMessage = u"No endpoints specified for endpoint group '%1'"_s.arg(request.pyDict());
        }
        if (auto error = firstInOrder(problems,
                                      {{u"MissingEndpointForEndpointGroup"_s},
                                       {u"InvalidEndpointInEndpointGroup"_s, u"NonExistingSubnetInEndpointGroup"_s}}))
            return *error;
        return created(codec::toJson(build(EndpointGroup(), decoded.draft)));
    }

    const auto decoded = decodedDraft<IpsecSiteConnection>(request);
    if (auto error = firstError(decoded.problems))
        return *error;
    // Zed's plugin.py answers 500 before its own checks can: an unknown service has no provider
    // association (KeyError in _get_driver_for_vpnservice()), and a refusal by the driver's
    // validator (unknown IPsec policy, ah-esp) escapes outside the create transaction, so that
    // cancelling the quota reservation fails ("cannot be called within a transaction").
    if (!current.vpnService(decoded.draft.vpnserviceId.value_or(QString())))
        return internalError();
    const IpsecPolicy *ipsec = current.ipsecPolicy(decoded.draft.ipsecpolicyId.value_or(QString()));
    if (!ipsec || ipsec->transformProtocol == TransformProtocol::AhEsp)
        return internalError();
    Problems problems = validate(decoded.draft, context);
    addUnresolvedPeer(problems, decoded.draft.peerAddress);
    CheckOrder order{{u"IKEPolicyNotFound"_s}};
    order += kConnectionChecks;
    if (auto error = firstInOrder(problems, order))
        return *error;
    IpsecSiteConnection conn = build(IpsecSiteConnection(), decoded.draft);
    conn.status = ResourceStatus::PendingCreate;
    return created(codec::toJson(conn));
}

SandboxResponse SandboxServer::updateVpn(Request &r, const QString &collection, const QString &id)
{
    const QString key = singularOf(collection);
    ApiRequest request;
    if (auto error = prepareRequestBody(r.body, key, attributeMap(collection, capabilities()), false, r.projectId,
                                        &request))
        return *error;
    // The controller reads the resource before the plugin runs (404 first).
    const auto existing = m_store->get(collection, id);
    if (!existing)
        return notFound(collection, id);
    const ServerState current = state();
    ValidationContext context;
    context.operation = Operation::Update;
    context.capabilities = capabilities();
    context.state = &current;
    context.targetId = id;

    auto finish = [&](auto decoded, auto value, const CheckOrder &order, Problems extra = {}) -> SandboxResponse {
        if (auto error = firstError(decoded.problems))
            return *error;
        Problems problems = validate(decoded.draft, context);
        problems += extra;
        if (auto error = firstInOrder(problems, order))
            return *error;
        [[maybe_unused]] const auto before = value;
        apply(value, decoded.draft);
        QJsonObject reply = codec::toJson(value);
        if constexpr (std::is_same_v<decltype(value), IpsecSiteConnection>) {
            // vpn_db.py rebuilds the peer CIDRs from sets: kept ones stay where they were and new
            // ones follow; the reply lists the new set (in set order: several come in any order).
            if (decoded.draft.peerCidrs) {
                QStringList stored;
                for (const QString &cidr : before.peerCidrs) {
                    if (decoded.draft.peerCidrs->contains(cidr))
                        stored.append(cidr);
                }
                for (const QString &cidr : *decoded.draft.peerCidrs) {
                    if (!stored.contains(cidr))
                        stored.append(cidr);
                }
                value.peerCidrs = stored;
            }
        }
        const QJsonObject body = codec::toJson(value);
        const SandboxResponse response = commit({{collection, id, body}}, 200, key, echoed(reply, request));
        return response;
    };
    const QJsonObject old = *existing;
    if (collection == kIke) {
        return finish(decodedDraft<IkePolicy>(request), codec::fromJson<IkePolicy>(old),
                      {{u"IKEPolicyInUse"_s}});
    }
    if (collection == kIpsec) {
        return finish(decodedDraft<IpsecPolicy>(request), codec::fromJson<IpsecPolicy>(old),
                      {{u"IPsecPolicyInUse"_s}});
    }
    if (collection == kGroups)
        return finish(decodedDraft<EndpointGroup>(request),
                      codec::fromJson<EndpointGroup>(old), {});
    if (collection == kServices) {
        return finish(decodedDraft<VpnService>(request), codec::fromJson<VpnService>(old),
                      {{u"VPNStateInvalidToUpdate"_s}});
    }
    const auto decoded = decodedDraft<IpsecSiteConnection>(request);
    Problems unresolved;
    addUnresolvedPeer(unresolved, decoded.draft.peerAddress);
    return finish(decoded, codec::fromJson<IpsecSiteConnection>(old), kConnectionChecks, unresolved);
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
    const QString project = in.value(u"project_id").toString(r.projectId);
    if (project.isEmpty())
        return httpBadRequest(kNoProjectMessage);
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
    // The API layer names the project before the plugin looks anything up.
    const QString project = in.value(u"project_id").toString(r.projectId);
    if (project.isEmpty())
        return httpBadRequest(kNoProjectMessage);
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
    const QString project = in.value(u"project_id").toString(r.projectId);
    if (project.isEmpty())
        return httpBadRequest(kNoProjectMessage);
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
