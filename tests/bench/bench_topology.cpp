// SPDX-License-Identifier: Apache-2.0
// Builds the topology graph and lays it out for N connections and prints the times (issue 7
// targets: 1,000 ≤ 100 ms, 10,000 ≤ 1.5 s). Never run by ctest. Usage: bench_topology [N...]
// The shape: one router and service, 20 local groups, N/5 peers each with its own CIDR group,
// connections spread over them at random (fixed seed); medians of 5 runs, and the crossings
// before (no sweeps) and after ordering.
#include "topologyscenario.h"

#include "topology/topologylayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::topology;

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
        const ServerState state = bench::topologyScenario(n);
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
