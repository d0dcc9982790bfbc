// SPDX-License-Identifier: Apache-2.0
#include "vpnresources.h"

#include "coreresources.h"

#include "vpnaas/codec.h"
#include "vpnaas/drafts.h"
#include "vpnaas/validation.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {

/*! The first error the server enforces, as the server would answer it. */
std::optional<Refusal> firstError(const Problems &problems)
{
    for (const Problem &p : problems) {
        if (p.isError() && p.serverEnforced)
            return Refusal{p.httpStatus, p.code, p.serverMessage};
    }
    return std::nullopt;
}

/*!
 * The order in which the server's plugin checks what validation reports: one entry per step,
 * each a list of "Code" or "Code@field" (same step: whichever the validator reported first).
 */
using CheckOrder = QList<QStringList>;

/*! The first refusal in the server's order; problems of steps not listed come last. */
std::optional<Refusal> firstInOrder(const Problems &problems, const CheckOrder &order)
{
    auto matches = [](const Problem &p, const QString &entry) {
        const qsizetype at = entry.indexOf(u'@');
        return at < 0 ? p.code == entry : (p.code == entry.left(at) && p.field == entry.mid(at + 1));
    };
    for (const QStringList &step : order) {
        for (const Problem &p : problems) {
            if (p.isError() && p.serverEnforced
                && std::any_of(step.cbegin(), step.cend(), [&](const QString &e) { return matches(p, e); }))
                return Refusal{p.httpStatus, p.code, p.serverMessage};
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

/*! What differs between the kinds in the plugin's generic create and update, one row each. */
struct VpnRules {
    ResourceKind kind = ResourceKind::IkePolicy;
    /*! Policies: the API layer has checked all there is; the plugin only stores them. */
    bool validateOnCreate = true;
    CheckOrder createChecks;
    CheckOrder updateChecks;
};

const std::array<VpnRules, 5> kRules{{
    {ResourceKind::IkePolicy, false, {}, {{u"IKEPolicyInUse"_s}}},
    {ResourceKind::IpsecPolicy, false, {}, {{u"IPsecPolicyInUse"_s}}},
    {ResourceKind::VpnService,
     true,
     {{u"RouterNotFound"_s}, {u"RouterIsNotExternal"_s}, {u"SubnetIsNotConnectedToRouter"_s}},
     {{u"VPNStateInvalidToUpdate"_s}}},
    {ResourceKind::EndpointGroup,
     true,
     {{u"MissingEndpointForEndpointGroup"_s},
      {u"InvalidEndpointInEndpointGroup"_s, u"NonExistingSubnetInEndpointGroup"_s}},
     {}},
    {ResourceKind::IpsecSiteConnection, true, CheckOrder{{u"IKEPolicyNotFound"_s}} + kConnectionChecks,
     kConnectionChecks},
}};

const VpnRules &rulesFor(ResourceKind kind)
{
    return *std::find_if(kRules.cbegin(), kRules.cend(), [kind](const VpnRules &r) { return r.kind == kind; });
}

Refusal internalError()
{
    return {500, u"HTTPInternalServerError"_s,
            u"Request Failed: internal server error while processing your request."_s};
}

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

/*! What the plugin does beyond the generic steps, per type; the defaults do nothing. */
template<typename T>
struct PluginHooks {
    /*! A refusal before validation runs (the plugin's own lookups). */
    static std::optional<Refusal> beforeCreate(const DraftFor<T> &, const ServerState &) { return std::nullopt; }
    /*! Problems the plugin adds, or words differently. */
    static void adjust(Problems &, const DraftFor<T> &, const ApiRequest &) { }
    /*! The new resource once the draft is applied. */
    static void afterCreate(T &, const ServerState &) { }
    /*! The stored resource after an update (the reply shows it as applied). */
    static void afterUpdate(T &, const T &, const DraftFor<T> &) { }
};

template<>
struct PluginHooks<VpnService> {
    static std::optional<Refusal> beforeCreate(const VpnServiceDraft &draft, const ServerState &)
    {
        // plugin.py _get_provider_for_flavor(): the sandbox has no flavors, so none is found.
        if (draft.flavorId && !draft.flavorId->isNull())
            return Refusal{404, u"FlavorNotFound"_s, u"Flavor %1 could not be found."_s.arg(*draft.flavorId)};
        return std::nullopt;
    }
    static void adjust(Problems &, const VpnServiceDraft &, const ApiRequest &) { }
    static void afterCreate(VpnService &service, const ServerState &state)
    {
        // The gateway IPs are a snapshot taken now (base_ipsec.py).
        if (const Router *router = state.router(service.routerId)) {
            service.externalV4Ip = router->gatewayIp(4);
            service.externalV6Ip = router->gatewayIp(6);
        }
        service.status = ResourceStatus::PendingCreate;
    }
    static void afterUpdate(VpnService &, const VpnService &, const VpnServiceDraft &) { }
};

template<>
struct PluginHooks<EndpointGroup> {
    static std::optional<Refusal> beforeCreate(const EndpointGroupDraft &, const ServerState &) { return std::nullopt; }
    static void adjust(Problems &problems, const EndpointGroupDraft &, const ApiRequest &request)
    {
        for (Problem &p : problems) {
            if (p.code == u"MissingEndpointForEndpointGroup") // the server prints the whole request dict
                p.serverMessage = u"No endpoints specified for endpoint group '%1'"_s.arg(request.pyDict());
        }
    }
    static void afterCreate(EndpointGroup &, const ServerState &) { }
    static void afterUpdate(EndpointGroup &, const EndpointGroup &, const EndpointGroupDraft &) { }
};

template<>
struct PluginHooks<IpsecSiteConnection> {
    static std::optional<Refusal> beforeCreate(const IpsecSiteConnectionDraft &draft, const ServerState &state)
    {
        // Zed's plugin.py answers 500 before its own checks can: an unknown service has no provider
        // association (KeyError in _get_driver_for_vpnservice()), and a refusal by the driver's
        // validator (unknown IPsec policy, ah-esp) escapes outside the create transaction, so that
        // cancelling the quota reservation fails ("cannot be called within a transaction").
        if (!state.vpnService(draft.vpnserviceId.value_or(QString())))
            return internalError();
        const IpsecPolicy *ipsec = state.ipsecPolicy(draft.ipsecpolicyId.value_or(QString()));
        if (!ipsec || ipsec->transformProtocol == TransformProtocol::AhEsp)
            return internalError();
        return std::nullopt;
    }
    static void adjust(Problems &problems, const IpsecSiteConnectionDraft &draft, const ApiRequest &)
    {
        addUnresolvedPeer(problems, draft.peerAddress);
    }
    static void afterCreate(IpsecSiteConnection &connection, const ServerState &)
    {
        connection.status = ResourceStatus::PendingCreate;
    }
    static void afterUpdate(IpsecSiteConnection &connection, const IpsecSiteConnection &before,
                            const IpsecSiteConnectionDraft &draft)
    {
        // vpn_db.py rebuilds the peer CIDRs from sets: kept ones stay where they were and new
        // ones follow; the reply lists the new set (in set order: several come in any order).
        if (!draft.peerCidrs)
            return;
        QStringList stored;
        for (const QString &cidr : before.peerCidrs) {
            if (draft.peerCidrs->contains(cidr))
                stored.append(cidr);
        }
        for (const QString &cidr : *draft.peerCidrs) {
            if (!stored.contains(cidr))
                stored.append(cidr);
        }
        connection.peerCidrs = stored;
    }
};

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

template<typename T>
QJsonObject wrapped(const QJsonObject &body)
{
    return {{ResourceTraits<T>::singular.toString(), body}};
}

template<typename T>
QString storeKey()
{
    return collectionSegment<T>().toString();
}

template<typename T>
PreparedRequest prepare(const QByteArray &body, Operation operation, const RequestContext &context)
{
    return prepareRequestBody(body, ResourceTraits<T>::singular.toString(),
                              context.attributes.of(ResourceTraits<T>::kind), operation, context.projectId);
}

template<typename T>
HandlerResult create(const QByteArray &body, const RequestContext &context)
{
    const PreparedRequest prepared = prepare<T>(body, Operation::Create, context);
    if (prepared.error)
        return HandlerResult::refused(*prepared.error);
    // What passed the API layer, read into a draft by the console's own codec.
    const DraftFor<T> draft = codec::draftFromJson<T>(prepared.request.object());
    const ServerState state = readServerState(context.store);
    if (auto refusal = PluginHooks<T>::beforeCreate(draft, state))
        return HandlerResult::refused(*refusal);
    const VpnRules &rules = rulesFor(ResourceTraits<T>::kind);
    if (rules.validateOnCreate) {
        ValidationContext validation;
        validation.operation = Operation::Create;
        validation.capabilities = context.capabilities;
        validation.state = &state;
        Problems problems = validate(draft, validation);
        PluginHooks<T>::adjust(problems, draft, prepared.request);
        if (auto refusal = firstInOrder(problems, rules.createChecks))
            return HandlerResult::refused(*refusal);
    }
    T resource;
    resource.id = newResourceId();
    resource.projectId = draft.projectId.value_or(context.projectId);
    applyDraft(resource, draft);
    PluginHooks<T>::afterCreate(resource, state);
    const QJsonObject stored = codec::toJson(resource);
    return HandlerResult::answered(201, wrapped<T>(echoed(stored, prepared.request)),
                                   {{storeKey<T>(), resource.id, stored}});
}

template<typename T>
HandlerResult update(const QString &id, const QByteArray &body, const RequestContext &context)
{
    const PreparedRequest prepared = prepare<T>(body, Operation::Update, context);
    if (prepared.error)
        return HandlerResult::refused(*prepared.error);
    // The controller reads the resource before the plugin runs (404 first).
    const auto existing = context.store.get(storeKey<T>(), id);
    if (!existing)
        return HandlerResult::refused(vpnNotFound(ResourceTraits<T>::kind, id));
    const DraftFor<T> draft = codec::draftFromJson<T>(prepared.request.object());
    const ServerState state = readServerState(context.store);
    ValidationContext validation;
    validation.operation = Operation::Update;
    validation.capabilities = context.capabilities;
    validation.state = &state;
    validation.targetId = id;
    Problems problems = validate(draft, validation);
    PluginHooks<T>::adjust(problems, draft, prepared.request);
    if (auto refusal = firstInOrder(problems, rulesFor(ResourceTraits<T>::kind).updateChecks))
        return HandlerResult::refused(*refusal);
    const T before = codec::fromJson<T>(*existing);
    T resource = before;
    applyDraft(resource, draft);
    const QJsonObject reply = codec::toJson(resource);
    PluginHooks<T>::afterUpdate(resource, before, draft);
    return HandlerResult::answered(200, wrapped<T>(echoed(reply, prepared.request)),
                                   {{storeKey<T>(), id, codec::toJson(resource)}});
}

} // namespace

QString newResourceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Refusal vpnNotFound(ResourceKind kind, const QString &id)
{
    return {404, resourceNotFoundType(kind), resourceNotFoundMessage(kind, id)};
}

HandlerResult createVpnResource(ResourceKind kind, const QByteArray &body, const RequestContext &context)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) { return create<T>(body, context); });
}

HandlerResult updateVpnResource(ResourceKind kind, const QString &id, const QByteArray &body,
                                const RequestContext &context)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) { return update<T>(id, body, context); });
}

HandlerResult deleteVpnResource(ResourceKind kind, const QString &id, const RequestContext &context)
{
    const QString key = withResource(kind, []<typename T>(ResourceType<T>) { return storeKey<T>(); });
    if (!context.store.get(key, id))
        return HandlerResult::refused(vpnNotFound(kind, id));
    const ServerState state = readServerState(context.store);
    ValidationContext validation;
    validation.state = &state;
    validation.targetId = id;
    if (auto refusal = firstError(validateDelete(kind, validation)))
        return HandlerResult::refused(*refusal);
    return HandlerResult::answered(204, {}, {{key, id, std::nullopt}});
}

QStringList connectionIds(const SandboxStore &store)
{
    return store.ids(storeKey<IpsecSiteConnection>());
}

ServerState readServerState(const SandboxStore &store)
{
    ServerState s;
    s.complete = true;
    for (const QJsonObject &o : store.list(kRouters))
        s.routers.append(codec::fromJson<Router>(o));
    for (const QJsonObject &port : store.list(kPorts)) {
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
    for (const QJsonObject &o : store.list(kSubnets))
        s.subnets.append(codec::fromJson<Subnet>(o));
    forEachResource([&]<typename T>(ResourceType<T>) {
        for (const QJsonObject &o : store.list(storeKey<T>()))
            s.items<T>().append(codec::fromJson<T>(o));
    });
    return s;
}

} // namespace vpnaas::sandbox
