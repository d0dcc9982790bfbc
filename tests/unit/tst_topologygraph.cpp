// SPDX-License-Identifier: Apache-2.0
// The VPN topology graph: the sandbox seed gives the seed's chain of nodes and edges; shared
// groups and peers are drawn once; legacy services and broken references still show.
#include "topology/topologygraph.h"

#include "fixtures.h"
#include "vpnaas/codec.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::topology;

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

QStringList describe(const Graph &graph)
{
    QStringList lines;
    for (const Edge &edge : graph.edges)
        lines.append(u"%1 -> %2"_s.arg(graph.node(edge.from)->title, graph.node(edge.to)->title));
    return lines;
}

} // namespace

class TestTopologyGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedChain();
    void recordedScenario();
    void sharedNodesOnce();
    void legacyAndBrokenReferences();
    void selectionKeys_data();
    void selectionKeys();
};

void TestTopologyGraph::seedChain()
{
    const ServerState state = seedState();
    Network external;
    external.id = state.routers.first().externalNetworkId;
    external.name = u"public"_s;
    const Graph graph = buildGraph(state, {external});
    QCOMPARE(graph.nodes.size(), 7);
    QCOMPARE(describe(graph),
             (QStringList{u"public -> router1"_s, u"router1 -> vpn"_s, u"vpn -> ep_subnet"_s, u"ep_subnet -> conn"_s,
                          u"conn -> 192.168.20.9"_s, u"192.168.20.9 -> ep_cidr"_s}));
    const Node *router = graph.node(u"router:"_s + state.routers.first().id);
    QVERIFY(router);
    QCOMPARE(router->kind, NodeKind::Router);
    QCOMPARE(router->details, QStringList{state.routers.first().gatewayIp(4)});
    const Node *conn = graph.node(nodeKeyFor(ResourceKind::IpsecSiteConnection, state.connections.first().id));
    QVERIFY(conn);
    QCOMPARE(conn->status, state.connections.first().status.api());
    QVERIFY(conn->details.first().startsWith(u"IKE v1 aes-128/sha1/group5"_s));
    QCOMPARE(graph.node(u"group:"_s + state.endpointGroups[0].id)->details, QStringList{u"10.1.0.0/24"_s});
    QCOMPARE(graph.node(u"group:"_s + state.endpointGroups[1].id)->details, QStringList{u"192.168.1.0/24"_s});
    // The edge out of the connection carries its status as colour and label.
    const Edge &toPeer = graph.edges[4];
    QCOMPARE(toPeer.status, state.connections.first().status.api());
    QCOMPARE(toPeer.label, toPeer.status);
}

void TestTopologyGraph::recordedScenario()
{
    // The real server's lists after the recorded docs scenario (fixtures 30-42, 15).
    QHash<QString, QByteArray> bodies;
    for (const Fixture &fx : loadFixtures())
        bodies.insert(fx.name, fx.body);
    ServerState state;
    state.ikePolicies = codec::decodeList<IkePolicy>(bodies[u"30_ikepolicies_list"_s]).value->items;
    state.ipsecPolicies = codec::decodeList<IpsecPolicy>(bodies[u"31_ipsecpolicies_list"_s]).value->items;
    state.vpnServices = codec::decodeList<VpnService>(bodies[u"32_vpnservices_list"_s]).value->items;
    state.endpointGroups = codec::decodeList<EndpointGroup>(bodies[u"33_endpoint_groups_list"_s]).value->items;
    state.connections
        = codec::decodeList<IpsecSiteConnection>(bodies[u"34_ipsec_site_connections_list"_s]).value->items;
    state.routers = codec::decodeList<Router>(bodies[u"40_routers_list"_s]).value->items;
    state.subnets = codec::decodeList<Subnet>(bodies[u"42_subnets_list"_s]).value->items;
    const QList<Network> networks = codec::decodeList<Network>(bodies[u"41_networks_list"_s]).value->items;
    state.routers[0].interfaces = {*codec::decodeRouterInterface(bodies[u"15_router_add_interface"_s]).value};

    const Graph graph = buildGraph(state, networks);
    QCOMPARE(describe(graph),
             (QStringList{u"public -> router1"_s, u"router1 -> vpn"_s, u"vpn -> my-locals"_s, u"my-locals -> conn"_s,
                          u"conn -> 192.168.20.9"_s, u"192.168.20.9 -> my-peers"_s}));
    QCOMPARE(graph.nodes.size(), 7);
    QCOMPARE(graph.node(u"group:"_s + state.endpointGroups[0].id)->details, QStringList{u"10.1.0.0/24"_s});
    QCOMPARE(graph.node(u"router:"_s + state.routers[0].id)->details, QStringList{state.routers[0].gatewayIp(4)});
    QCOMPARE(graph.node(u"connection:"_s + state.connections[0].id)->status, u"PENDING_CREATE"_s);
}

void TestTopologyGraph::sharedNodesOnce()
{
    ServerState state = seedState();
    IpsecSiteConnection second = state.connections.first();
    second.id = u"c2"_s;
    second.name = u"conn2"_s;
    second.status = Choice<ResourceStatus>(ResourceStatus::Down);
    state.connections.append(second); // same groups, same peer
    IpsecSiteConnection third = state.connections.first();
    third.id = u"c3"_s;
    third.name = u"conn3"_s;
    third.peerAddress = u"203.0.113.9"_s;
    third.peerId = u"peer.example"_s;
    state.connections.append(third); // same groups, other peer
    const Graph graph = buildGraph(state);
    QCOMPARE(graph.nodes.size(), 7 + 2 + 1); // +2 connections, +1 peer
    int groupNodes = 0, peerNodes = 0;
    for (const Node &node : graph.nodes) {
        groupNodes += node.key.startsWith(u"group:"_s);
        peerNodes += node.kind == NodeKind::PeerGateway;
    }
    QCOMPARE(groupNodes, 2);
    QCOMPARE(peerNodes, 2);
    QVERIFY(graph.node(u"peer:203.0.113.9|peer.example"_s)->details.contains(u"ID peer.example"_s));
    // No duplicate edges.
    QSet<std::pair<QString, QString>> seen;
    for (const Edge &edge : graph.edges) {
        QVERIFY2(!seen.contains({edge.from, edge.to}), qPrintable(edge.from + u" -> "_s + edge.to));
        seen.insert({edge.from, edge.to});
    }
}

void TestTopologyGraph::legacyAndBrokenReferences()
{
    ServerState state = seedState();
    VpnService legacy = state.vpnServices.first();
    legacy.id = u"legacy-service"_s;
    legacy.name = u"legacy"_s;
    legacy.subnetId = state.subnets.first().id;
    state.vpnServices.append(legacy);
    IpsecSiteConnection c = state.connections.first();
    c.id = u"legacy-conn"_s;
    c.vpnserviceId = legacy.id;
    c.localEpGroupId.clear();
    c.peerEpGroupId.clear();
    c.peerCidrs = {u"198.51.100.0/24"_s, u"192.0.2.0/24"_s};
    state.connections.append(c);
    IpsecSiteConnection broken = state.connections.first();
    broken.id = u"broken"_s;
    broken.localEpGroupId = u"gone-group"_s;
    state.connections.append(broken);

    const Graph graph = buildGraph(state);
    const Node *subnet = graph.node(u"subnet:"_s + legacy.subnetId);
    QVERIFY(subnet);
    QCOMPARE(subnet->kind, NodeKind::LocalEndpoints);
    const Node *cidrs = graph.node(u"cidrs:192.0.2.0/24,198.51.100.0/24"_s);
    QVERIFY(cidrs);
    QCOMPARE(cidrs->kind, NodeKind::PeerEndpoints);
    const Node *gone = graph.node(u"group:gone-group"_s);
    QVERIFY(gone);
    QVERIFY(gone->details.contains(u"not found"_s));
}

void TestTopologyGraph::selectionKeys_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addRow("service") << int(ResourceKind::VpnService) << u"service:x"_s;
    QTest::addRow("group") << int(ResourceKind::EndpointGroup) << u"group:x"_s;
    QTest::addRow("connection") << int(ResourceKind::IpsecSiteConnection) << u"connection:x"_s;
    QTest::addRow("policy: not a node") << int(ResourceKind::IkePolicy) << QString();
}

void TestTopologyGraph::selectionKeys()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QCOMPARE(nodeKeyFor(ResourceKind(kind), u"x"_s), key);
}

QTEST_GUILESS_MAIN(TestTopologyGraph)
#include "tst_topologygraph.moc"
