// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpointgroup.h"
#include "ikepolicy.h"
#include "ipsecpolicy.h"
#include "ipsecsiteconnection.h"
#include "network.h"
#include "neutronerror.h"
#include "operation.h"
#include "page.h"
#include "problem.h"
#include "router.h"
#include "subnet.h"
#include "vpnservice.h"

#include <QJsonObject>

/*!
 * The JSON codec between Neutron bodies and the value types. Pure functions, no I/O.
 *
 * - Response decoding is lenient about what it does not need (unknown keys are ignored, a
 *   missing attribute keeps its default) and strict about the envelope: a body that is not
 *   JSON, or lacks the resource key, gives an error text instead of a value.
 * - Request encoding sends only what a draft sets, and on update only updatable attributes.
 * - Request decoding (for the sandbox and the tests) reports unknown, read-only and mistyped
 *   attributes as Problems with the server's own error text.
 */
namespace vpnaas::codec {

/*! The envelope keys and URL of a resource type. */
template<typename T>
struct ResourceTraits;

#define VPNAAS_RESOURCE_TRAITS(T, S, C, P)                                                        \
    template<>                                                                                    \
    struct ResourceTraits<T> {                                                                    \
        static constexpr QStringView singular = S;                                                \
        static constexpr QStringView collection = C;                                              \
        static constexpr QStringView path = P;                                                    \
    }

VPNAAS_RESOURCE_TRAITS(IkePolicy, u"ikepolicy", u"ikepolicies", u"/v2.0/vpn/ikepolicies");
VPNAAS_RESOURCE_TRAITS(IpsecPolicy, u"ipsecpolicy", u"ipsecpolicies", u"/v2.0/vpn/ipsecpolicies");
VPNAAS_RESOURCE_TRAITS(VpnService, u"vpnservice", u"vpnservices", u"/v2.0/vpn/vpnservices");
VPNAAS_RESOURCE_TRAITS(EndpointGroup, u"endpoint_group", u"endpoint_groups",
                       u"/v2.0/vpn/endpoint-groups");
VPNAAS_RESOURCE_TRAITS(IpsecSiteConnection, u"ipsec_site_connection", u"ipsec_site_connections",
                       u"/v2.0/vpn/ipsec-site-connections");
VPNAAS_RESOURCE_TRAITS(Router, u"router", u"routers", u"/v2.0/routers");
VPNAAS_RESOURCE_TRAITS(Network, u"network", u"networks", u"/v2.0/networks");
VPNAAS_RESOURCE_TRAITS(Subnet, u"subnet", u"subnets", u"/v2.0/subnets");

#undef VPNAAS_RESOURCE_TRAITS

template<typename T>
struct Decoded {
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
};

// One object, without the envelope.
IkePolicy fromJson(const QJsonObject &object, const IkePolicy *tag);
IpsecPolicy fromJson(const QJsonObject &object, const IpsecPolicy *tag);
VpnService fromJson(const QJsonObject &object, const VpnService *tag);
EndpointGroup fromJson(const QJsonObject &object, const EndpointGroup *tag);
IpsecSiteConnection fromJson(const QJsonObject &object, const IpsecSiteConnection *tag);
Router fromJson(const QJsonObject &object, const Router *tag);
Network fromJson(const QJsonObject &object, const Network *tag);
Subnet fromJson(const QJsonObject &object, const Subnet *tag);

template<typename T>
T fromJson(const QJsonObject &object)
{
    return fromJson(object, static_cast<const T *>(nullptr));
}

// The full representation the server returns (used by the sandbox), without the envelope.
QJsonObject toJson(const IkePolicy &policy);
QJsonObject toJson(const IpsecPolicy &policy);
QJsonObject toJson(const VpnService &service);
QJsonObject toJson(const EndpointGroup &group);
/*! The PSK is written in clear, as Neutron does: the caller decides who sees the body. */
QJsonObject toJson(const IpsecSiteConnection &connection);
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
QJsonObject encodeCreate(const IkePolicyDraft &draft);
QJsonObject encodeCreate(const IpsecPolicyDraft &draft);
QJsonObject encodeCreate(const VpnServiceDraft &draft);
QJsonObject encodeCreate(const EndpointGroupDraft &draft);
QJsonObject encodeCreate(const IpsecSiteConnectionDraft &draft);
QJsonObject encodeUpdate(const IkePolicyDraft &draft);
QJsonObject encodeUpdate(const IpsecPolicyDraft &draft);
QJsonObject encodeUpdate(const VpnServiceDraft &draft);
QJsonObject encodeUpdate(const EndpointGroupDraft &draft);
QJsonObject encodeUpdate(const IpsecSiteConnectionDraft &draft);

/*! A request body read back into a draft, with what the server would refuse while parsing. */
template<typename Draft>
struct DecodedRequest {
    Draft draft;
    Problems problems;
};

DecodedRequest<IkePolicyDraft> decodeIkePolicyRequest(const QByteArray &body, Operation operation);
DecodedRequest<IpsecPolicyDraft> decodeIpsecPolicyRequest(const QByteArray &body, Operation operation);
DecodedRequest<VpnServiceDraft> decodeVpnServiceRequest(const QByteArray &body, Operation operation);
DecodedRequest<EndpointGroupDraft> decodeEndpointGroupRequest(const QByteArray &body,
                                                              Operation operation);
DecodedRequest<IpsecSiteConnectionDraft> decodeIpsecSiteConnectionRequest(const QByteArray &body,
                                                                          Operation operation);

} // namespace vpnaas::codec
