// SPDX-License-Identifier: Apache-2.0
// Time to first useful paint of the topology view (issue 7): build + layout + the first slice of
// the scene + the first paint of the view's viewport that shows nodes, for N connections
// (default 1,000), offscreen; then the time until the whole scene is built, and the longest
// event-loop stall from setState() until then (target 16 ms; benchsupport.h). Never run by ctest.
// The view is shown (and exposed) before the state comes, as in the window on a refresh.
// Usage: bench_topology_paint [N] [PNG]   (PNG: the view once built, to look at)
#include "benchsupport.h"
#include "topologyscenario.h"

#include "topology/topologyscene.h"
#include "topology/topologyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

class PaintWatch : public QObject
{
public:
    QElapsedTimer *timer = nullptr;
    const ui::TopologyScene *scene = nullptr;
    vpnaas::bench::StallReport *stalls = nullptr;
    qint64 paintedAt = -1;
    qint64 builtAt = -1;

    void quitWhenDone()
    {
        if (paintedAt >= 0 && builtAt >= 0) {
            stalls->end(); // not the application's quit, which closes the window
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The first paint that shows nodes (the scene may come after the view's first paint).
        if (event->type() == QEvent::Paint && paintedAt < 0 && scene->nodeCount() > 0) {
            const bool handled = watched->event(event); // paint it now, then take the time
            paintedAt = timer->elapsed();
            quitWhenDone();
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
    watch.scene = view.scene();
    QObject::connect(view.scene(), &ui::TopologyScene::built, &watch, [&] {
        watch.builtAt = timer.elapsed();
        watch.quitWhenDone();
    });
    // The view is on screen before the state comes, as in the window on a refresh: the first
    // show of a new top-level window (13-18 ms offscreen) is not the topology's work.
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    app.processEvents();
    vpnaas::bench::StallReport stalls;
    watch.stalls = &stalls;
    stalls.begin(); // the state is set from the event loop, as the window does on a refresh
    timer.start();
    {
        const perf::Scope scope("TopologyView::setState", n);
        view.setState(state, {});
    }
    const qint64 setStateMs = timer.elapsed();
    view.graphicsView()->viewport()->installEventFilter(&watch);
    app.exec();
    std::printf("connections %d: setState() returned after %lld ms, first paint with nodes %lld ms (target <= 200 ms: "
                "%s), scene built %lld ms (nodes %d)\n",
                n, qlonglong(setStateMs), qlonglong(watch.paintedAt),
                vpnaas::bench::verdict(watch.paintedAt >= 0 && watch.paintedAt <= 200), qlonglong(watch.builtAt),
                view.scene()->nodeCount());
    stalls.print("longest event-loop stall from setState() until the scene is built");
    if (argc > 2) {
        const bool saved = view.grab().save(QString::fromLocal8Bit(argv[2]));
        std::printf("saved %s: %s\n", argv[2], saved ? "yes" : "NO");
    }
    return 0;
}
