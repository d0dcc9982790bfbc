// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "neutronerror.h"
#include "page.h"
#include "resourcetraits.h"

#include <QJsonObject>

/*!
 * The JSON codec between Neutron bodies and the value types. Pure functions, no I/O. The five
 * VPNaaS resources are read and written by one loop over their description (resourcetraits.h);
 * routers, networks and subnets, which the console only reads, are written out by hand.
 *
 * - Response decoding is lenient about what it does not need (unknown keys are ignored, a
 *   missing attribute keeps its default) and strict about the envelope: a body that is not
 *   JSON, or lacks the resource key, gives an error text instead of a value.
 * - Request encoding sends only what a draft sets, and on update only updatable attributes.
 * - Request decoding reads a draft back from a request body the same lenient way. What a server
 *   refuses while parsing a request (unknown, read-only or mistyped attributes) is the sandbox's
 *   API layer's business (models/sandbox/neutronapi.h), which has the server's exact wording.
 */
namespace vpnaas::codec {

template<typename T>
struct Decoded {
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
};

// One object, without the envelope.
template<VpnResource T>
T decodeResource(const QJsonObject &object);
Router fromJson(const QJsonObject &object, const Router *tag);
Network fromJson(const QJsonObject &object, const Network *tag);
Subnet fromJson(const QJsonObject &object, const Subnet *tag);

template<typename T>
T fromJson(const QJsonObject &object)
{
    if constexpr (VpnResource<T>)
        return decodeResource<T>(object);
    else
        return fromJson(object, static_cast<const T *>(nullptr));
}

/*!
 * The full representation the server returns (used by the sandbox), without the envelope. An
 * IPsec site connection's PSK is written in clear, as Neutron does: the caller decides who sees
 * the body.
 */
template<VpnResource T>
QJsonObject toJson(const T &resource);
QJsonObject toJson(const Router &router);
QJsonObject toJson(const Network &network);
QJsonObject toJson(const Subnet &subnet);

/*! `{"<singular>": {...}}` → value. */
template<typename T>
Decoded<T> decodeSingle(const QByteArray &body);
/*! `{"<collection>": [...], "<collection>_links": [...]}` → page. */
template<typename T>
Decoded<Page<T>> decodeList(const QByteArray &body);

/*! A Neutron or Keystone error body; an error text when \a body is neither. */
Decoded<NeutronError> decodeError(const QByteArray &body);
QJsonObject toJson(const NeutronError &error);

/*! An extension (GET /v2.0/extensions/{alias}) or the aliases of a list of them. */
struct Extension {
    QString alias;
    QString name;
    QString description;
    QString updated;

    bool operator==(const Extension &other) const = default;
};
Decoded<Extension> decodeExtension(const QByteArray &body);
Decoded<QList<Extension>> decodeExtensions(const QByteArray &body);

/*! GET / (version list) and GET /v2.0/ (resource list) documents. */
struct ApiLink {
    QString id;
    QString status;
    QUrl href;

    bool operator==(const ApiLink &other) const = default;
};
Decoded<QList<ApiLink>> decodeVersions(const QByteArray &body);
Decoded<QList<ApiLink>> decodeResources(const QByteArray &body);

/*! PUT /v2.0/routers/{id}/add_router_interface reply. */
Decoded<RouterInterface> decodeRouterInterface(const QByteArray &body);
/*! The router interfaces in a GET /v2.0/ports reply (device_owner network:router_interface*). */
Decoded<QList<RouterInterface>> decodeRouterInterfacePorts(const QByteArray &body);

// Requests: only what the draft sets; updates only updatable attributes.
template<VpnDraft Draft>
QJsonObject encodeCreate(const Draft &draft);
template<VpnDraft Draft>
QJsonObject encodeUpdate(const Draft &draft);

/*! `{"<singular>": {...}}` of a request → the draft it sets; an error text when the body has no such object. */
template<VpnResource T>
Decoded<DraftFor<T>> decodeRequest(const QByteArray &body);
/*! The attributes of a request (without the envelope) → the draft they set; what has the wrong type is skipped. */
template<VpnResource T>
DraftFor<T> draftFromJson(const QJsonObject &attributes);

} // namespace vpnaas::codec
