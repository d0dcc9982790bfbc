// SPDX-License-Identifier: Apache-2.0
// The layered layout's invariants: no overlapping nodes, our side left of the connections left
// of the peers, the same graph (whatever the input order) gives the same positions, and the
// barycenter sweeps remove crossings a naive order has.
#include "topology/topologylayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::topology;

namespace {

/*! \a n connections from one service to \a peers peers, through \a groups local groups. */
ServerState scenario(int n, int peers, int groups)
{
    ServerState state;
    Router router;
    router.id = u"r1"_s;
    router.name = u"router1"_s;
    router.externalNetworkId = u"ext"_s;
    router.externalFixedIps = {{u"s-ext"_s, u"203.0.113.1"_s}};
    state.routers.append(router);
    VpnService service;
    service.id = u"svc"_s;
    service.name = u"vpn"_s;
    service.routerId = router.id;
    state.vpnServices.append(service);
    for (int g = 0; g < groups; ++g) {
        EndpointGroup local;
        local.id = u"local-%1"_s.arg(g);
        local.name = u"local %1"_s.arg(g, 3, 10, QChar(u'0'));
        local.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
        state.endpointGroups.append(local);
    }
    for (int p = 0; p < peers; ++p) {
        EndpointGroup remote;
        remote.id = u"peer-%1"_s.arg(p);
        remote.name = u"peer nets %1"_s.arg(p, 3, 10, QChar(u'0'));
        remote.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
        remote.endpoints = {u"10.%1.0.0/16"_s.arg(p)};
        state.endpointGroups.append(remote);
    }
    for (int i = 0; i < n; ++i) {
        IpsecSiteConnection c;
        c.id = u"c%1"_s.arg(i, 5, 10, QChar(u'0'));
        c.name = u"conn %1"_s.arg(i, 5, 10, QChar(u'0'));
        c.vpnserviceId = service.id;
        c.localEpGroupId = u"local-%1"_s.arg(i % groups);
        // Peers in an order that crosses the groups' order unless sorted.
        const int p = (i * 7 + 3) % peers;
        c.peerEpGroupId = u"peer-%1"_s.arg(p);
        c.peerAddress = u"198.51.100.%1"_s.arg(p + 1);
        c.peerId = c.peerAddress;
        c.status = Choice<ResourceStatus>(i % 5 == 0 ? ResourceStatus::Down : ResourceStatus::Active);
        state.connections.append(c);
    }
    return state;
}

} // namespace

class TestTopologyLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data();
    void invariants();
    void deterministic();
    void sweepsReduceCrossings();
    void emptyGraph();
};

void TestTopologyLayout::invariants_data()
{
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("peers");
    QTest::addColumn<int>("groups");
    QTest::addRow("one") << 1 << 1 << 1;
    QTest::addRow("ten") << 10 << 4 << 2;
    QTest::addRow("two hundred") << 200 << 37 << 9;
}

void TestTopologyLayout::invariants()
{
    QFETCH(int, connections);
    QFETCH(int, peers);
    QFETCH(int, groups);
    const Graph graph = buildGraph(scenario(connections, peers, groups));
    const Layout layout = layoutGraph(graph);
    QCOMPARE(layout.rects.size(), graph.nodes.size());

    // No two nodes overlap.
    QList<QRectF> rects = layout.rects.values();
    std::sort(rects.begin(), rects.end(),
              [](const QRectF &a, const QRectF &b) { return a.x() != b.x() ? a.x() < b.x() : a.y() < b.y(); });
    for (qsizetype i = 1; i < rects.size(); ++i) {
        if (rects[i].x() == rects[i - 1].x())
            QVERIFY2(!rects[i].intersects(rects[i - 1]), "overlap");
    }
    for (const QRectF &rect : std::as_const(rects))
        QVERIFY(layout.bounds.contains(rect));

    // Columns by kind: our side left, peers right.
    QHash<NodeKind, double> xOf;
    for (const Node &node : graph.nodes) {
        const double x = layout.rects.value(node.key).x();
        if (xOf.contains(node.kind))
            QCOMPARE(xOf.value(node.kind), x);
        xOf.insert(node.kind, x);
    }
    QVERIFY(xOf[NodeKind::Router] < xOf[NodeKind::VpnService]);
    QVERIFY(xOf[NodeKind::VpnService] < xOf[NodeKind::LocalEndpoints]);
    QVERIFY(xOf[NodeKind::LocalEndpoints] < xOf[NodeKind::Connection]);
    QVERIFY(xOf[NodeKind::Connection] < xOf[NodeKind::PeerGateway]);
    QVERIFY(xOf[NodeKind::PeerGateway] < xOf[NodeKind::PeerEndpoints]);
    QCOMPARE(layout.crossings, countCrossings(graph, layout));
}

void TestTopologyLayout::deterministic()
{
    ServerState state = scenario(60, 11, 4);
    const Layout first = layoutGraph(buildGraph(state));
    // Same resources, listed in another order (a server returns lists in any order).
    QRandomGenerator random(42);
    for (auto *list : {&state.connections}) {
        for (qsizetype i = list->size() - 1; i > 0; --i)
            list->swapItemsAt(i, random.bounded(int(i + 1)));
    }
    std::reverse(state.endpointGroups.begin(), state.endpointGroups.end());
    const Layout second = layoutGraph(buildGraph(state));
    QCOMPARE(second.rects, first.rects);
    QCOMPARE(second.crossings, first.crossings);
}

void TestTopologyLayout::sweepsReduceCrossings()
{
    const Graph graph = buildGraph(scenario(40, 13, 5));
    LayoutParams naive;
    naive.sweeps = 0;
    const Layout unsorted = layoutGraph(graph, naive);
    const Layout sorted = layoutGraph(graph);
    QVERIFY2(unsorted.crossings > 0, "the scenario must cross when unsorted");
    QVERIFY2(sorted.crossings < unsorted.crossings / 2,
             qPrintable(u"%1 -> %2"_s.arg(unsorted.crossings).arg(sorted.crossings)));
}

void TestTopologyLayout::emptyGraph()
{
    const Layout layout = layoutGraph(Graph{});
    QVERIFY(layout.rects.isEmpty());
    QCOMPARE(layout.crossings, 0);
}

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "tst_topologylayout.moc"
