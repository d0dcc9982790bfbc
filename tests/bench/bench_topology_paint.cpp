// SPDX-License-Identifier: Apache-2.0
// Time to first paint of the topology view (issue 7): build + layout + scene + the first paint
// of the view's viewport, for N connections (default 1,000), offscreen, and the longest
// event-loop stall meanwhile (target 16 ms; benchsupport.h). Never run by ctest.
// Usage: bench_topology_paint [N]
#include "benchsupport.h"
#include "topologyscenario.h"

#include "topology/topologyscene.h"
#include "topology/topologyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

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
    vpnaas::bench::offscreenByDefault();
    vpnaas::bench::Application<QApplication> app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const ServerState state = ::bench::topologyScenario(n);
    ui::TopologyView view;
    view.resize(1280, 800);
    QElapsedTimer timer;
    PaintWatch watch;
    watch.timer = &timer;
    vpnaas::bench::StallReport stalls;
    stalls.begin(); // the state is set from the event loop, as the window does on a refresh
    timer.start();
    {
        const perf::Scope scope("TopologyView::setState", n);
        view.setState(state, {});
    }
    const qint64 sceneMs = timer.elapsed();
    view.graphicsView()->viewport()->installEventFilter(&watch);
    view.show();
    app.exec();
    stalls.end();
    std::printf("connections %d: scene ready %lld ms, first paint %lld ms (nodes %d)\n", n, qlonglong(sceneMs),
                qlonglong(watch.paintedAt), view.scene()->nodeCount());
    stalls.print("longest event-loop stall from setState() to the first paint");
    return 0;
}
