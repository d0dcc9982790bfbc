// SPDX-License-Identifier: Apache-2.0
#include "neutronapi.h"

#include "pyvalue.h"

#include "vpnaas/codec.h"
#include "vpnaas/servermessages.h"
#include "vpnaas/validation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {

namespace msg = servermessages;

Refusal badRequest(const QString &message)
{
    return {400, u"HTTPBadRequest"_s, message};
}

QString noProjectMessage()
{
    return u"Running without keystone AuthN requires that tenant_id is specified"_s;
}

namespace {

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
    return msg::notValidSubnet(py::str(v));
}

QString checkInteger(const QJsonValue &v, std::optional<qint64> minimum)
{
    const auto i = py::toInt(v);
    if (!i)
        return msg::notInteger(py::str(v));
    if (minimum && *i < *minimum)
        return msg::tooSmall(*i, *minimum);
    if (!minimum && *i < 0)
        return msg::notNonNegative(*i);
    return {};
}

/*! validate_dict_or_empty() with the key validators of lifetime or dpd. */
QString checkDict(const QJsonValue &v,
                  const QList<std::pair<QString, std::function<QString(const QJsonValue &)>>> &keys)
{
    if (v.isObject() && v.toObject().isEmpty())
        return {};
    if (!v.isObject())
        return msg::notDictionary(py::str(v));
    const QJsonObject o = v.toObject();
    QStringList unexpected;
    for (const QString &k : o.keys()) {
        if (std::none_of(keys.cbegin(), keys.cend(), [&](const auto &spec) { return spec.first == k; }))
            unexpected.append(k);
    }
    if (!unexpected.isEmpty())
        return msg::unexpectedKeys(unexpected);
    for (const auto &[key, check] : keys) {
        if (o.contains(key)) {
            if (QString reason = check(o.value(key)); !reason.isEmpty())
                return reason;
        }
    }
    return {};
}

/*! The values an attribute of enum type E accepts: the capabilities decide for algorithms and groups. */
template<typename E>
QStringList accepted(const ServerCapabilities &caps)
{
    if constexpr (requires { caps.accepts(E{}); }) {
        QStringList names;
        for (const E value : allValues<E>()) {
            if (caps.accepts(value))
                names.append(apiName(value));
        }
        return names;
    } else {
        return allApiNames<E>();
    }
}

template<typename V>
struct IsChoice : std::false_type {
};
template<typename E>
struct IsChoice<Choice<E>> : std::true_type {
    using Enum = E;
};

/*! One described attribute as neutron-lib's map has it: validator and converter follow from its type and flags. */
template<typename T, typename A>
ApiAttribute apiAttribute(const A &a, const ServerCapabilities &caps)
{
    using V = typename A::Value;
    ApiAttribute api;
    api.name = a.key.toString();
    api.post = allowedOnCreate(a.access);
    api.put = allowedOnUpdate(a.access);
    api.required = requiredOnCreate(a.access);
    if (a.access == Access::ReadOnly) {
        api.check = a.has(attr::Uuid) ? Check::Uuid : Check::None;
        return api;
    }
    if constexpr (std::is_same_v<V, QString> || std::is_same_v<V, Secret>) {
        if (a.has(attr::Uuid)) {
            api.check = a.has(attr::Nullable) ? Check::UuidOrNone : Check::Uuid;
        } else {
            api.check = Check::String;
            api.maxLength = a.has(attr::Text255) ? 255 : -1;
        }
    } else if constexpr (std::is_same_v<V, bool>) {
        api.convert = Convert::Boolean;
    } else if constexpr (std::is_same_v<V, qint64>) {
        api.convert = Convert::Int;
        api.check = Check::NonNegative;
    } else if constexpr (IsChoice<V>::value) {
        api.check = Check::Values;
        api.values = accepted<typename IsChoice<V>::Enum>(caps);
    } else if constexpr (std::is_same_v<V, QStringList>) {
        api.convert = Convert::List;
        api.check = a.has(attr::Cidrs) ? Check::SubnetListOrNone : Check::None;
    } else if constexpr (std::is_same_v<V, Lifetime>) {
        api.convert = Convert::NoneToEmptyDict;
        api.check = Check::Lifetime;
    } else {
        static_assert(std::is_same_v<V, Dpd>, "no API validator for this attribute type");
        api.convert = Convert::NoneToEmptyDict;
        api.check = Check::Dpd;
    }
    if (api.required) {
        return api; // no default: a create must name it
    }
    if (a.has(attr::Nullable)) {
        api.defaultValue = QJsonValue(QJsonValue::Null);
    } else if constexpr (isNested<V>) {
        api.defaultValue = QJsonObject();
    } else {
        // The server's default is what a resource created without the attribute holds.
        const QJsonObject defaults = codec::toJson(T());
        api.defaultValue = defaults.value(a.key);
    }
    return api;
}

} // namespace

QList<ApiAttribute> attributeMap(ResourceKind kind, const ServerCapabilities &caps)
{
    return withResource(kind, [&caps]<typename T>(ResourceType<T>) {
        QList<ApiAttribute> map;
        ApiAttribute project;
        ResourceTraits<T>::describe([&](const auto &a) {
            if (a.has(attr::Project)) {
                // The map has tenant_id here; populate_project_info() appends project_id.
                project.name = u"tenant_id"_s;
                project.post = true;
                project.required = true;
                project.check = Check::String;
                project.maxLength = 255;
                map.append(project);
                project.name = a.key.toString();
                return;
            }
            map.append(apiAttribute<T>(a, caps));
        });
        map.append(project);
        return map;
    });
}

AttributeMaps::AttributeMaps(const ServerCapabilities &capabilities)
{
    for (const ResourceKind kind : kAllResourceKinds)
        m_maps.at(std::size_t(kind)) = attributeMap(kind, capabilities);
}

const ApiAttribute *findAttribute(const QList<ApiAttribute> &attributes, const QString &name)
{
    for (const ApiAttribute &a : attributes) {
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
        if (const auto b = py::toBool(v))
            return *b;
        *error = msg::notBoolean(py::str(v));
        return v;
    case Convert::Int:
        if (const auto i = py::toInt(v))
            return *i;
        *error = msg::notInteger(py::str(v));
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

/*! The attribute's validators; the reason for "Invalid input for X. Reason: ...", empty if valid. */
QString checkValue(const ApiAttribute &a, const QJsonValue &v)
{
    auto values = [](const QStringList &allowed) {
        return [allowed](const QJsonValue &x) {
            return x.isString() && allowed.contains(x.toString()) ? QString() : msg::notInValidValues(py::str(x));
        };
    };
    switch (a.check) {
    case Check::None:
        return {};
    case Check::String:
        if (!v.isString())
            return msg::notValidString(py::str(v));
        if (a.maxLength >= 0 && v.toString().toUcs4().size() > a.maxLength)
            return msg::exceedsMaximumLength(v.toString(), a.maxLength);
        return {};
    case Check::UuidOrNone:
        if (v.isNull())
            return {};
        Q_FALLTHROUGH();
    case Check::Uuid:
        return py::isUuidLike(v) ? QString() : msg::notValidUuid(py::str(v));
    case Check::Values:
        return values(a.values)(v);
    case Check::NonNegative:
        return checkInteger(v, std::nullopt);
    case Check::SubnetListOrNone: {
        if (v.isNull())
            return {};
        if (!v.isArray())
            return msg::notList(py::str(v));
        const QJsonArray items = v.toArray();
        QStringList duplicates;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString text = py::str(items[i]);
            if (!duplicates.contains(text) && std::count(items.begin(), items.begin() + i, items[i]) > 0)
                duplicates.append(text);
        }
        if (!duplicates.isEmpty())
            return msg::duplicateItems(duplicates);
        for (const QJsonValue &item : items) {
            if (QString reason = subnetProblem(item); !reason.isEmpty())
                return reason;
        }
        return {};
    }
    case Check::Lifetime:
        return checkDict(v, {{u"units"_s, values({u"seconds"_s})}, {u"value"_s, [](const QJsonValue &x) {
                                                                        return checkInteger(
                                                                            x, NestedTraits<Lifetime>::minimumValue);
                                                                    }}});
    case Check::Dpd:
        return checkDict(v,
                         {{u"action"_s, values(allApiNames<DpdAction>())},
                          {u"interval"_s, [](const QJsonValue &x) { return checkInteger(x, std::nullopt); }},
                          {u"timeout"_s, [](const QJsonValue &x) { return checkInteger(x, std::nullopt); }}});
    }
    return {};
}

bool ApiRequest::contains(const QString &key) const
{
    return std::any_of(items.cbegin(), items.cend(), [&](const auto &item) { return item.first == key; });
}

QJsonValue ApiRequest::value(const QString &key) const
{
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {QJsonValue::Undefined};
}

void ApiRequest::set(const QString &key, const QJsonValue &v)
{
    for (auto &item : items) {
        if (item.first == key) {
            item.second = v;
            return;
        }
    }
    items.append({key, v});
}

QJsonObject ApiRequest::object() const
{
    QJsonObject o;
    for (const auto &[k, v] : items)
        o.insert(k, v);
    return o;
}

// The client's key order is QJsonObject's (sorted), as the console sends it.
QString ApiRequest::pyDict() const
{
    QStringList parts;
    for (const auto &[k, v] : items)
        parts.append(py::repr(k) + u": "_s + py::repr(v));
    return u'{' + parts.join(u", ") + u'}';
}

PreparedRequest prepareRequestBody(const QByteArray &body, const QString &resource,
                                   const QList<ApiAttribute> &attributes, Operation operation, const QString &projectId)
{
    const bool create = operation == Operation::Create;
    auto refuse = [](Refusal error) { return PreparedRequest{std::move(error), {}}; };
    if (body.isEmpty()) {
        // No body at all: create() gets None, update() fails copying it (api/v2/base.py).
        if (create)
            return refuse(badRequest(u"Resource body required"_s));
        return refuse({400, u"BadRequest"_s, u"Bad body request: Invalid format: b''."_s});
    }
    // Any JSON value (Python's json.loads), not only objects and arrays.
    QJsonParseError parseError;
    const QJsonArray wrapped = QJsonDocument::fromJson('[' + body + ']', &parseError).array();
    if (parseError.error != QJsonParseError::NoError || wrapped.size() != 1) {
        return refuse({400, u"MalformedRequestBody"_s, u"Malformed request body: Cannot understand JSON."_s});
    }
    const QJsonValue document = wrapped.first();
    if (!py::truthy(document))
        return refuse(badRequest(u"Resource body required"_s));
    const QString bulkKey = resource + u's'; // `collection in body`, allow_bulk is off for VPNaaS
    const bool bulk = document.isObject() ? document.toObject().contains(bulkKey)
        : document.isArray()              ? document.toArray().contains(bulkKey)
        : document.isString()             ? document.toString().contains(bulkKey)
                                          : false;
    if (!document.isObject() && !document.isArray() && !document.isString())
        return refuse(badRequest(u"Body contains invalid data"_s)); // `in` on a number raises TypeError
    if (bulk)
        return refuse(badRequest(u"Bulk operation not supported"_s));
    if (!document.isObject())
        return refuse(badRequest(u"Body contains invalid data"_s));
    const QJsonValue inner = document.toObject().value(resource);
    if (inner.isUndefined() || inner.isNull())
        return refuse(badRequest(u"Unable to find '%1' in request body"_s.arg(resource)));
    if (!inner.isObject())
        return refuse(badRequest(u"Object '%1' contains invalid data"_s.arg(resource)));

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
        return refuse(badRequest(u"'project_id' and 'tenant_id' do not match"_s));
    if (create && !request.contains(u"project_id"_s)) {
        if (projectId.isEmpty())
            return refuse(badRequest(noProjectMessage()));
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
        return refuse(badRequest(msg::unrecognizedAttributes(unknown)));

    for (const ApiAttribute &a : attributes) {
        if (create && a.post) {
            if (a.required && !request.contains(a.name))
                return refuse(badRequest(msg::requiredNotSpecified(a.name)));
            if (!request.contains(a.name))
                request.set(a.name, a.defaultValue);
        } else if (create && request.contains(a.name)) {
            return refuse(badRequest(msg::notAllowedInPost(a.name)));
        } else if (!create && !a.put && request.contains(a.name)) {
            return refuse(badRequest(msg::readOnlyAttribute(a.name)));
        }
    }

    // convert_values()
    for (const ApiAttribute &a : attributes) {
        if (!request.contains(a.name))
            continue;
        QString error;
        const QJsonValue converted = convertValue(a.convert, request.value(a.name), &error);
        if (!error.isEmpty())
            return refuse({400, u"InvalidInput"_s, msg::invalidInputForOperation(error)});
        request.set(a.name, converted);
        if (const QString reason = checkValue(a, converted); !reason.isEmpty())
            return refuse(badRequest(msg::invalidInput(a.name, reason)));
    }
    return {std::nullopt, request};
}

bool projectHeaderSet(const Headers &headers)
{
    for (const QByteArray &name :
         {QByteArrayLiteral("x-project-id"), QByteArrayLiteral("x-tenant-id"), QByteArrayLiteral("x-tenant")}) {
        for (const auto &[key, value] : headers) {
            if (key.toLower() == name)
                return !value.isEmpty();
        }
    }
    return false;
}

} // namespace vpnaas::sandbox
