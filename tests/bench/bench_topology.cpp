// SPDX-License-Identifier: Apache-2.0
// Builds the topology graph and lays it out for N connections and prints the times (issue 7
// targets: 1,000 ≤ 100 ms, 10,000 ≤ 1.5 s). Never run by ctest. Usage: bench_topology [N...]
// The shape: one router and service, 20 local groups, N/5 peers each with its own CIDR group,
// connections spread over them at random (fixed seed); medians of 5 runs, and the crossings
// before (no sweeps) and after ordering.
#include "topology/topologylayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::topology;

namespace {

ServerState scenario(int n)
{
    ServerState state;
    Router router;
    router.id = u"r1"_s;
    router.name = u"router1"_s;
    router.externalNetworkId = u"ext"_s;
    router.externalFixedIps = {{u"s"_s, u"203.0.113.1"_s}};
    state.routers.append(router);
    VpnService service;
    service.id = u"svc"_s;
    service.routerId = router.id;
    state.vpnServices.append(service);
    const int groups = 20, peers = std::max(1, n / 5);
    for (int g = 0; g < groups; ++g) {
        EndpointGroup local;
        local.id = u"l%1"_s.arg(g);
        local.name = local.id;
        local.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
        state.endpointGroups.append(local);
    }
    for (int p = 0; p < peers; ++p) {
        EndpointGroup remote;
        remote.id = u"p%1"_s.arg(p);
        remote.name = remote.id;
        remote.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
        remote.endpoints = {u"10.%1.%2.0/24"_s.arg(p / 256).arg(p % 256)};
        state.endpointGroups.append(remote);
    }
    QRandomGenerator random(20261127);
    for (int i = 0; i < n; ++i) {
        IpsecSiteConnection c;
        c.id = u"c%1"_s.arg(i);
        c.name = c.id;
        c.vpnserviceId = service.id;
        // Fixed seed: every run and machine sees the same graph, with crossings to reduce.
        const int p = int(random.bounded(quint32(peers)));
        c.localEpGroupId = u"l%1"_s.arg(random.bounded(quint32(groups)));
        c.peerEpGroupId = u"p%1"_s.arg(p);
        c.peerAddress = u"198.51.%1.%2"_s.arg(p / 250).arg(p % 250 + 1);
        c.peerId = c.peerAddress;
        state.connections.append(c);
    }
    return state;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000};
    std::printf("%12s %12s %12s %12s %12s %12s %14s\n", "connections", "nodes", "build ms", "layout ms", "crossings",
                "unsorted", "target (sum)");
    for (int n : std::as_const(sizes)) {
        const ServerState state = scenario(n);
        QList<double> builds, layouts;
        qsizetype nodes = 0;
        qint64 crossings = 0, unsorted = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Graph graph = buildGraph(state);
            builds.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            const Layout layout = layoutGraph(graph);
            layouts.append(timer.nsecsElapsed() / 1e6);
            nodes = graph.nodes.size();
            crossings = layout.crossings;
            if (run == 0) {
                LayoutParams naive;
                naive.sweeps = 0;
                unsorted = layoutGraph(graph, naive).crossings;
            }
        }
        std::sort(builds.begin(), builds.end());
        std::sort(layouts.begin(), layouts.end());
        std::printf("%12d %12lld %12.1f %12.1f %12lld %12lld %14s\n", n, qlonglong(nodes), builds[2], layouts[2],
                    qlonglong(crossings), qlonglong(unsorted), n <= 1000 ? "<= 100 ms" : "<= 1500 ms");
    }
    return 0;
}
