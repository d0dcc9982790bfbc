// SPDX-License-Identifier: Apache-2.0
// The guided wizard's plan without the wizard: the project as it will be (planned ids, server
// defaults, the service's gateway snapshot, existing parts kept) and its openstack CLI commands
// (names where unique, ids where not, the PSK never written).
#include "workspace/sitetositeplan.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"
#include "workspace/clicommands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

SiteToSitePlan newEverything(const ServerState &state)
{
    SiteToSitePlan plan;
    IkePolicyDraft ike;
    ike.name = u"ike2"_s;
    ike.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    plan.ikePolicy.draft = ike;
    IpsecPolicyDraft ipsec;
    ipsec.name = u"ipsec2"_s;
    plan.ipsecPolicy.draft = ipsec;
    VpnServiceDraft service;
    service.name = u"vpn2"_s;
    service.routerId = state.routers.first().id;
    plan.vpnService.draft = service;
    EndpointGroupDraft local;
    local.name = u"local2"_s;
    local.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
    local.endpoints = QStringList{state.routers.first().interfaces.first().subnetId};
    plan.localGroup.draft = local;
    EndpointGroupDraft peer;
    peer.name = u"peer2"_s;
    peer.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
    peer.endpoints = QStringList{u"198.51.100.0/24"_s};
    plan.peerGroup.draft = peer;
    plan.connection.name = u"conn2"_s;
    plan.connection.peerAddress = u"203.0.113.9"_s;
    plan.connection.peerId = u"203.0.113.9"_s;
    plan.connection.psk = Secret(u"never-printed-0123456789"_s);
    return plan;
}

} // namespace

class TestSiteToSitePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plannedNewResources();
    void plannedWithExistingParts();
    void cliCommands();
};

void TestSiteToSitePlan::plannedNewResources()
{
    const ServerState state = seedState();
    QString connectionId;
    const ServerState planned = plannedState(state, newEverything(state), &connectionId);
    QCOMPARE(connectionId, u"planned-connection"_s);
    const IpsecSiteConnection *c = planned.connection(connectionId);
    QVERIFY(c);
    QCOMPARE(c->ikepolicyId, u"planned-ikepolicy"_s);
    QCOMPARE(c->localEpGroupId, u"planned-local-group"_s);
    QCOMPARE(c->psk.reveal(), u"never-printed-0123456789"_s);
    QCOMPARE(c->dpd.action.api(), u"hold"_s); // the server's default where the draft says nothing
    const IkePolicy *ike = planned.ikePolicy(c->ikepolicyId);
    QCOMPARE(ike->pfs.api(), u"group14"_s);
    QCOMPARE(ike->encryptionAlgorithm.api(), u"aes-128"_s);
    const VpnService *service = planned.vpnService(c->vpnserviceId);
    QCOMPARE(service->externalV4Ip, state.routers.first().gatewayIp(4));
    QCOMPARE(planned.endpointGroup(c->peerEpGroupId)->endpoints, QStringList{u"198.51.100.0/24"_s});
    QCOMPARE(planned.connections.size(), state.connections.size() + 1);
}

void TestSiteToSitePlan::plannedWithExistingParts()
{
    const ServerState state = seedState();
    SiteToSitePlan plan = newEverything(state);
    plan.ikePolicy = {state.ikePolicies.first().id, std::nullopt};
    plan.vpnService = {state.vpnServices.first().id, std::nullopt};
    QString connectionId;
    const ServerState planned = plannedState(state, plan, &connectionId);
    QCOMPARE(planned.ikePolicies.size(), state.ikePolicies.size());
    QCOMPARE(planned.vpnServices.size(), state.vpnServices.size());
    QCOMPARE(planned.connection(connectionId)->ikepolicyId, state.ikePolicies.first().id);
    QCOMPARE(planned.connection(connectionId)->vpnserviceId, state.vpnServices.first().id);
}

void TestSiteToSitePlan::cliCommands()
{
    ServerState state = seedState();
    SiteToSitePlan plan = newEverything(state);
    plan.ikePolicy = {state.ikePolicies.first().id, std::nullopt};
    // A second IKE policy with the same name: the existing one must be named by id.
    IkePolicy twin = state.ikePolicies.first();
    twin.id = u"11111111-2222-4333-8444-555555555555"_s;
    state.ikePolicies.append(twin);
    QStringList notes;
    const QStringList commands = planCliCommands(plan, state, &notes);
    QCOMPARE(commands.size(), 6); // ipsec policy, service, two groups, the PSK prompt, the connection
    QVERIFY(commands[0].startsWith(u"openstack vpn ipsec policy create"_s));
    QVERIFY(commands[1].contains(u"--router router1"_s));
    QVERIFY(commands[2].contains(u"--value private-subnet"_s));
    QCOMPARE(commands[4], cli::pskPrompt());
    QVERIFY(commands[5].contains(u"--ikepolicy "_s + state.ikePolicies.first().id));
    QVERIFY(commands[5].contains(u"--vpnservice vpn2"_s));
    QVERIFY(!commands.join(u'\n').contains(u"never-printed"_s));
}

QTEST_GUILESS_MAIN(TestSiteToSitePlan)
#include "tst_sitetositeplan.moc"
