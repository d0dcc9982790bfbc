// SPDX-License-Identifier: Apache-2.0
// Time to first paint of the topology view (issue 7): build + layout + scene + the first paint
// of the view's viewport, for N connections (default 1,000), offscreen. Never run by ctest.
// Usage: bench_topology_paint [N]
#include "topology/topologyscene.h"
#include "topology/topologyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;

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
        const int p = int(random.bounded(quint32(peers)));
        c.localEpGroupId = u"l%1"_s.arg(random.bounded(quint32(groups)));
        c.peerEpGroupId = u"p%1"_s.arg(p);
        c.peerAddress = u"198.51.%1.%2"_s.arg(p / 250).arg(p % 250 + 1);
        c.peerId = c.peerAddress;
        c.status = Choice<ResourceStatus>(i % 4 ? ResourceStatus::Active : ResourceStatus::Down);
        state.connections.append(c);
    }
    return state;
}

class PaintWatch : public QObject
{
public:
    QElapsedTimer *timer = nullptr;
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0) {
            const bool handled = watched->event(event); // paint it now, then take the time
            paintedAt = timer->elapsed();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return handled;
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const ServerState state = scenario(n);
    ui::TopologyView view;
    view.resize(1280, 800);
    QElapsedTimer timer;
    PaintWatch watch;
    watch.timer = &timer;
    timer.start();
    view.setState(state, {});
    const qint64 sceneMs = timer.elapsed();
    view.graphicsView()->viewport()->installEventFilter(&watch);
    view.show();
    app.exec();
    std::printf("connections %d: scene ready %lld ms, first paint %lld ms (nodes %d)\n", n, qlonglong(sceneMs),
                qlonglong(watch.paintedAt), view.scene()->nodeCount());
    return 0;
}
