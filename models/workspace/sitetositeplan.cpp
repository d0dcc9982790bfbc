// SPDX-License-Identifier: Apache-2.0
#include "sitetositeplan.h"

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace vpnaas {

ServerState plannedState(const ServerState &current, const SiteToSitePlan &p, QString *connectionId)
{
    ServerState state = current;
    const auto planned = [](const char *kind) { return u"planned-%1"_s.arg(QLatin1StringView(kind)); };
    QString ike = p.ikePolicy.existingId, ipsec = p.ipsecPolicy.existingId, service = p.vpnService.existingId,
            local = p.localGroup.existingId, peer = p.peerGroup.existingId;
    if (p.ikePolicy.isNew()) {
        const IkePolicyDraft &d = *p.ikePolicy.draft;
        IkePolicy policy;
        policy.id = ike = planned("ikepolicy");
        policy.name = d.name.value_or(QString());
        policy.authAlgorithm = d.authAlgorithm.value_or(policy.authAlgorithm);
        policy.encryptionAlgorithm = d.encryptionAlgorithm.value_or(policy.encryptionAlgorithm);
        policy.phase1NegotiationMode = d.phase1NegotiationMode.value_or(policy.phase1NegotiationMode);
        policy.ikeVersion = d.ikeVersion.value_or(policy.ikeVersion);
        policy.pfs = d.pfs.value_or(policy.pfs);
        if (d.lifetime && d.lifetime->value)
            policy.lifetime.value = *d.lifetime->value;
        state.ikePolicies.append(policy);
    }
    if (p.ipsecPolicy.isNew()) {
        const IpsecPolicyDraft &d = *p.ipsecPolicy.draft;
        IpsecPolicy policy;
        policy.id = ipsec = planned("ipsecpolicy");
        policy.name = d.name.value_or(QString());
        policy.transformProtocol = d.transformProtocol.value_or(policy.transformProtocol);
        policy.encapsulationMode = d.encapsulationMode.value_or(policy.encapsulationMode);
        policy.authAlgorithm = d.authAlgorithm.value_or(policy.authAlgorithm);
        policy.encryptionAlgorithm = d.encryptionAlgorithm.value_or(policy.encryptionAlgorithm);
        policy.pfs = d.pfs.value_or(policy.pfs);
        if (d.lifetime && d.lifetime->value)
            policy.lifetime.value = *d.lifetime->value;
        state.ipsecPolicies.append(policy);
    }
    if (p.vpnService.isNew()) {
        const VpnServiceDraft &d = *p.vpnService.draft;
        VpnService s;
        s.id = service = planned("vpnservice");
        s.name = d.name.value_or(QString());
        s.routerId = d.routerId.value_or(QString());
        s.subnetId = d.subnetId.value_or(QString());
        s.adminStateUp = d.adminStateUp.value_or(true);
        if (const Router *router = state.router(s.routerId)) {
            s.externalV4Ip = router->gatewayIp(4); // what the server snapshots at create time
            s.externalV6Ip = router->gatewayIp(6);
        }
        state.vpnServices.append(s);
    }
    for (auto [part, id, kind] :
         {std::tuple{&p.localGroup, &local, "local-group"}, std::tuple{&p.peerGroup, &peer, "peer-group"}}) {
        if (!part->isNew())
            continue;
        EndpointGroup group;
        group.id = *id = planned(kind);
        group.name = part->draft->name.value_or(QString());
        group.type = part->draft->type.value_or(group.type);
        group.endpoints = part->draft->endpoints.value_or(QStringList());
        state.endpointGroups.append(group);
    }
    const IpsecSiteConnectionDraft &d = p.connection;
    IpsecSiteConnection c;
    c.id = planned("connection");
    c.name = d.name.value_or(QString());
    c.peerAddress = d.peerAddress.value_or(QString());
    c.peerId = d.peerId.value_or(QString());
    c.localId = d.localId.value_or(QString());
    c.psk = d.psk.value_or(Secret());
    c.mtu = d.mtu.value_or(c.mtu);
    c.initiator = d.initiator.value_or(c.initiator);
    if (d.dpd) {
        c.dpd.action = d.dpd->action.value_or(c.dpd.action);
        c.dpd.interval = d.dpd->interval.value_or(c.dpd.interval);
        c.dpd.timeout = d.dpd->timeout.value_or(c.dpd.timeout);
    }
    c.adminStateUp = d.adminStateUp.value_or(true);
    c.vpnserviceId = service;
    c.ikepolicyId = ike;
    c.ipsecpolicyId = ipsec;
    c.localEpGroupId = local;
    c.peerEpGroupId = peer;
    state.connections.append(c);
    if (connectionId)
        *connectionId = c.id;
    return state;
}

QStringList planCliCommands(const SiteToSitePlan &p, const ServerState &state, QStringList *notes)
{
    QStringList commands;
    cli::ConnectionReferences refs;
    if (p.ikePolicy.isNew()) {
        commands.append(cli::createIkePolicy(*p.ikePolicy.draft, notes));
        refs.ikepolicy = p.ikePolicy.draft->name.value_or(QString());
    } else {
        refs.ikepolicy = cli::reference(state.ikePolicies, p.ikePolicy.existingId);
    }
    if (p.ipsecPolicy.isNew()) {
        commands.append(cli::createIpsecPolicy(*p.ipsecPolicy.draft, notes));
        refs.ipsecpolicy = p.ipsecPolicy.draft->name.value_or(QString());
    } else {
        refs.ipsecpolicy = cli::reference(state.ipsecPolicies, p.ipsecPolicy.existingId);
    }
    if (p.vpnService.isNew()) {
        commands.append(cli::createVpnService(
            *p.vpnService.draft, cli::reference(state.routers, p.vpnService.draft->routerId.value_or(QString()))));
        refs.vpnservice = p.vpnService.draft->name.value_or(QString());
    } else {
        refs.vpnservice = cli::reference(state.vpnServices, p.vpnService.existingId);
    }
    if (p.localGroup.isNew()) {
        QStringList subnets;
        for (const QString &id : p.localGroup.draft->endpoints.value_or(QStringList()))
            subnets.append(cli::reference(state.subnets, id));
        commands.append(cli::createEndpointGroup(*p.localGroup.draft, subnets));
        refs.localEndpointGroup = p.localGroup.draft->name.value_or(QString());
    } else {
        refs.localEndpointGroup = cli::reference(state.endpointGroups, p.localGroup.existingId);
    }
    if (p.peerGroup.isNew()) {
        commands.append(
            cli::createEndpointGroup(*p.peerGroup.draft, p.peerGroup.draft->endpoints.value_or(QStringList())));
        refs.peerEndpointGroup = p.peerGroup.draft->name.value_or(QString());
    } else {
        refs.peerEndpointGroup = cli::reference(state.endpointGroups, p.peerGroup.existingId);
    }
    commands.append(cli::pskPrompt());
    commands.append(cli::createConnection(p.connection, refs, notes));
    return commands;
}

} // namespace vpnaas
