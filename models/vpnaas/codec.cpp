// SPDX-License-Identifier: Apache-2.0
#include "codec.h"

#include "operation.h"

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

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
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

} // namespace

// ---- the five VPNaaS resources: loops over their description --------------------------------
//
// Each value type has four small functions: read from a response (keeping the default when the
// value is missing or of the wrong type), write the full representation, write what a draft
// sets, and read a draft's value from a request. Nested values (lifetime, dpd) recurse through
// NestedTraits.

namespace {

// -- response → value

void readResponse(const QJsonObject &o, QStringView key, QString &out, unsigned)
{
    // A missing key keeps the default (route_mode "static"); a present non-string is "".
    if (o.contains(key))
        out = str(o, key);
}
void readResponse(const QJsonObject &o, QStringView key, qint64 &out, unsigned)
{
    out = integer(o, key, out);
}
void readResponse(const QJsonObject &o, QStringView key, bool &out, unsigned)
{
    out = boolean(o, key, out);
}
template<typename E>
void readResponse(const QJsonObject &o, QStringView key, Choice<E> &out, unsigned)
{
    out = choice(o, key, out);
}
void readResponse(const QJsonObject &o, QStringView key, QStringList &out, unsigned)
{
    out = strings(o, key);
}
void readResponse(const QJsonObject &o, QStringView key, Secret &out, unsigned)
{
    out = Secret(str(o, key));
}
template<NestedValue V>
void readResponse(const QJsonObject &o, QStringView key, V &out, unsigned)
{
    const QJsonObject parts = o.value(key).toObject();
    NestedTraits<V>::describe([&](const auto &a) { readResponse(parts, a.key, a.value(out), a.flags); });
}

// -- value → full representation

QJsonValue written(const QString &value, unsigned flags)
{
    return (flags & attr::Nullable) ? nullable(value) : QJsonValue(value);
}
QJsonValue written(qint64 value, unsigned)
{
    return value;
}
QJsonValue written(bool value, unsigned)
{
    return value;
}
template<typename E>
QJsonValue written(const Choice<E> &value, unsigned)
{
    return value.api();
}
QJsonValue written(const QStringList &value, unsigned)
{
    return QJsonArray::fromStringList(value);
}
QJsonValue written(const Secret &value, unsigned)
{
    return value.reveal();
}
template<NestedValue V>
QJsonValue written(const V &value, unsigned)
{
    QJsonObject parts;
    NestedTraits<V>::describe([&](const auto &a) { parts.insert(a.key.toString(), written(a.value(value), a.flags)); });
    return parts;
}

// -- draft value → request

QJsonValue sent(const QString &value, unsigned flags)
{
    // An explicit null (a null QString) clears a nullable reference; "" is sent as it is.
    return (flags & attr::Nullable) && value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
template<typename V>
QJsonValue sent(const V &value, unsigned flags)
{
    return written(value, flags);
}
template<NestedValue V>
QJsonValue sent(const DraftOfT<V> &draft, unsigned, const V *)
{
    QJsonObject parts;
    NestedTraits<V>::describe([&](const auto &a) {
        if (const auto &part = a.draft(draft))
            parts.insert(a.key.toString(), sent(*part, a.flags));
    });
    return parts;
}

// -- request → draft value (lenient: what has the wrong type is not read)

bool readRequest(const QJsonValue &v, QString &out, unsigned flags)
{
    if (v.isNull() && (flags & attr::Nullable)) {
        out = QString();
        return true;
    }
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}
bool readRequest(const QJsonValue &v, qint64 &out, unsigned)
{
    if (v.isDouble() && v.toDouble() == double(v.toInteger())) {
        out = v.toInteger();
        return true;
    }
    bool ok = false;
    const qint64 parsed = v.isString() ? v.toString().toLongLong(&ok) : 0;
    if (ok)
        out = parsed;
    return ok;
}
bool readRequest(const QJsonValue &v, bool &out, unsigned)
{
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    const QString text = v.toString().toLower();
    if (text == u"true" || text == u"1" || text == u"false" || text == u"0") {
        out = text == u"true" || text == u"1";
        return true;
    }
    return false;
}
template<typename E>
bool readRequest(const QJsonValue &v, Choice<E> &out, unsigned)
{
    if (!v.isString())
        return false;
    out = Choice<E>::fromApi(v.toString());
    return true;
}
bool readRequest(const QJsonValue &v, QStringList &out, unsigned flags)
{
    if (v.isNull() && (flags & attr::Nullable)) {
        out = QStringList();
        return true;
    }
    if (!v.isArray())
        return false;
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        list.append(item.toString());
    }
    out = list;
    return true;
}
bool readRequest(const QJsonValue &v, Secret &out, unsigned)
{
    if (!v.isString())
        return false;
    out = Secret(v.toString());
    return true;
}
template<NestedValue V>
bool readRequest(const QJsonValue &v, DraftOfT<V> &out, unsigned, const V *)
{
    if (!v.isObject())
        return false;
    const QJsonObject parts = v.toObject();
    NestedTraits<V>::describe([&](const auto &a) {
        if (!parts.contains(a.key))
            return;
        typename std::decay_t<decltype(a)>::Value part{};
        if (readRequest(parts.value(a.key), part, a.flags))
            a.draft(out) = part;
    });
    return true;
}

template<typename A>
using ValueOf = typename std::decay_t<A>::Value;

} // namespace

template<VpnResource T>
T decodeResource(const QJsonObject &o)
{
    T resource;
    ResourceTraits<T>::describe([&](const auto &a) {
        if constexpr (std::is_same_v<ValueOf<decltype(a)>, QString>) {
            if (a.has(attr::Project)) {
                a.value(resource) = projectOf(o);
                return;
            }
        }
        readResponse(o, a.key, a.value(resource), a.flags);
    });
    return resource;
}

template<VpnResource T>
QJsonObject toJson(const T &resource)
{
    QJsonObject o;
    ResourceTraits<T>::describe([&](const auto &a) {
        if (a.has(attr::Project))
            o.insert(u"tenant_id"_s, written(a.value(resource), attr::None));
        o.insert(a.key.toString(), written(a.value(resource), a.flags));
    });
    return o;
}

namespace {
template<typename T>
QJsonObject encodeDraft(const DraftFor<T> &draft, Operation operation)
{
    QJsonObject o;
    ResourceTraits<T>::describe([&](const auto &a) {
        if (!a.inDraft() || !(operation == Operation::Create ? allowedOnCreate(a.access) : allowedOnUpdate(a.access)))
            return;
        using V = ValueOf<decltype(a)>;
        const auto &value = a.draft(draft);
        if (!value)
            return;
        if constexpr (isNested<V>)
            o.insert(a.key.toString(), sent(*value, a.flags, static_cast<const V *>(nullptr)));
        else
            o.insert(a.key.toString(), sent(*value, a.flags));
    });
    return {{ResourceTraits<T>::singular.toString(), o}};
}
} // namespace

template<VpnDraft Draft>
QJsonObject encodeCreate(const Draft &draft)
{
    return encodeDraft<ResourceOf<Draft>>(draft, Operation::Create);
}

template<VpnDraft Draft>
QJsonObject encodeUpdate(const Draft &draft)
{
    return encodeDraft<ResourceOf<Draft>>(draft, Operation::Update);
}

template<VpnResource T>
DraftFor<T> draftFromJson(const QJsonObject &o)
{
    DraftFor<T> draft;
    ResourceTraits<T>::describe([&](const auto &a) {
        using V = ValueOf<decltype(a)>;
        if (!a.inDraft())
            return;
        if constexpr (std::is_same_v<V, QString>) {
            if (a.has(attr::Project)) {
                // project_id wins over its older name tenant_id.
                for (const QStringView key : {a.key, QStringView(u"tenant_id")}) {
                    if (o.value(key).isString()) {
                        a.draft(draft) = o.value(key).toString();
                        return;
                    }
                }
                return;
            }
        }
        if (!o.contains(a.key))
            return;
        DraftOfT<V> value{};
        bool read = false;
        if constexpr (isNested<V>)
            read = readRequest(o.value(a.key), value, a.flags, static_cast<const V *>(nullptr));
        else
            read = readRequest(o.value(a.key), value, a.flags);
        if (read)
            a.draft(draft) = value;
    });
    return draft;
}

template<VpnResource T>
Decoded<DraftFor<T>> decodeRequest(const QByteArray &body)
{
    Decoded<DraftFor<T>> result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = Text::tr("The request body is not valid JSON.");
        return result;
    }
    const QJsonValue inner = doc.object().value(ResourceTraits<T>::singular);
    if (!inner.isObject()) {
        result.error = Text::tr("The request body has no %1 object.").arg(ResourceTraits<T>::singular);
        return result;
    }
    result.value = draftFromJson<T>(inner.toObject());
    return result;
}

#define VPNAAS_INSTANTIATE(T)                                                                                          \
    template T decodeResource<T>(const QJsonObject &);                                                                 \
    template QJsonObject toJson<T>(const T &);                                                                         \
    template QJsonObject encodeCreate<DraftFor<T>>(const DraftFor<T> &);                                               \
    template QJsonObject encodeUpdate<DraftFor<T>>(const DraftFor<T> &);                                               \
    template DraftFor<T> draftFromJson<T>(const QJsonObject &);                                                        \
    template Decoded<DraftFor<T>> decodeRequest<T>(const QByteArray &);
VPNAAS_INSTANTIATE(IkePolicy)
VPNAAS_INSTANTIATE(IpsecPolicy)
VPNAAS_INSTANTIATE(VpnService)
VPNAAS_INSTANTIATE(EndpointGroup)
VPNAAS_INSTANTIATE(IpsecSiteConnection)
#undef VPNAAS_INSTANTIATE

// ---- routers, networks, subnets ------------------------------------------------------------

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
                 QJsonObject{
                     {u"network_id"_s, r.externalNetworkId}, {u"external_fixed_ips"_s, ips}, {u"enable_snat"_s, true}});
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
    return {{u"NeutronError"_s, QJsonObject{{u"type"_s, e.type}, {u"message"_s, e.message}, {u"detail"_s, e.detail}}}};
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

#define VPNAAS_INSTANTIATE(T)                                                                                          \
    template Decoded<T> decodeSingle<T>(const QByteArray &);                                                           \
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
    result.value
        = RouterInterface{str(*object, u"port_id"), str(*object, u"subnet_id"), str(*object, u"network_id"), QString()};
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

} // namespace vpnaas::codec
