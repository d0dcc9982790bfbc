// SPDX-License-Identifier: Apache-2.0
// Monitoring history and charts (issue 8), offscreen: the history's insert rate (one addSamples
// call of 100 samples per poll, as Monitor writes them), loading 100 tunnels × 24 h of 5 s
// samples (time and peak RSS), downsampling them all, and the charts' redraw in the 24 h range
// (refresh: the feed reads the new samples and downsamples on its thread, the widget takes the
// frame into its models and axes; then grab() of the widget), median of
// several; the longest event-loop stall of each phase against 16 ms (benchsupport.h): of a
// redraw, from refresh() to the paint the event loop makes, not the bench's own grab(). Prints
// numbers; never run by ctest (docs/style.md 24).
// Usage: bench_charts [tunnels] [hours] [folder]   (defaults: 100 24; with a folder, the last
// redraw of each tab is saved there as a PNG to look at)
#include "benchsupport.h"

#include "charts/monitoringcharts.h"

#include "monitoring/historystore.h"
#include "monitoring/timeseries.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;

namespace {

constexpr int kIntervalSec = 5;
constexpr int kRepeats = 9;
constexpr double kRedrawTargetMs = 50; // 100 series redrawn (issue 16)
constexpr double kPeakTargetMb = 200;

/*! A field of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 when unreadable. */
qint64 procStatusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/*! Resets VmHWM to the current RSS (Linux 4.0+), so that the next peak is this phase's. */
bool resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

/*! Per tunnel: a base rate, noise, an occasional burst; cumulative totals. */
class Traffic
{
public:
    explicit Traffic(int tunnels)
        : m_in(size_t(tunnels))
        , m_out(size_t(tunnels))
        , m_base(size_t(tunnels))
    {
        for (int t = 0; t < tunnels; ++t)
            m_base[size_t(t)] = 2'000.0 + 1'000.0 * (t % 17);
    }

    CounterSample next(int tunnel, const QDateTime &at, const QString &id)
    {
        const size_t t = size_t(tunnel);
        std::uniform_real_distribution<double> noise(0.5, 1.5);
        const double burst = m_random() % 2000 == 0 ? 50.0 : 1.0;
        m_in[t] += quint64(m_base[t] * noise(m_random) * burst * kIntervalSec);
        m_out[t] += quint64(m_base[t] * 0.3 * noise(m_random) * kIntervalSec);
        return {id, {}, at, m_in[t], m_out[t], m_in[t] / 1200, m_out[t] / 900};
    }

private:
    std::mt19937 m_random{42};
    std::vector<quint64> m_in;
    std::vector<quint64> m_out;
    std::vector<double> m_base;
};

/*! Runs the event loop until the charts show what was last asked of them (the feed reads on a thread). */
void waitForRedraw(QApplication &app, const ui::MonitoringCharts &charts)
{
    // Read, then the shown chart's lines drawn (on the pool for many lines).
    while (charts.isReading() || charts.isDrawing())
        app.processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char *argv[])
{
    bench::offscreenByDefault();
    bench::Application<QApplication> app(argc, argv);
    const int tunnels = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int hours = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 24;
    const int polls = hours * 3600 / kIntervalSec;
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    const QDateTime start = now.addSecs(-qint64(polls - 1) * kIntervalSec);
    QStringList ids;
    QHash<QString, QString> names;
    for (int t = 0; t < tunnels; ++t) {
        ids.append(u"conn-%1"_s.arg(t, 3, 10, QChar(u'0')));
        names.insert(ids.last(), u"site %1"_s.arg(t));
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    std::printf("history %s: %d tunnels x %d h of %d s samples = %lld samples\n", qPrintable(path), tunnels, hours,
                kIntervalSec, qlonglong(polls) * tunnels);
    {
        HistoryStore store(path);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Traffic traffic(tunnels);
        // Insert rate as Monitor writes: one transaction per poll of every tunnel.
        const int measuredPolls = std::min(polls, 2000);
        QElapsedTimer timer;
        timer.start();
        for (int p = 0; p < measuredPolls; ++p) {
            QList<CounterSample> batch;
            batch.reserve(tunnels);
            const QDateTime at = start.addSecs(qint64(p) * kIntervalSec);
            for (int t = 0; t < tunnels; ++t)
                batch.append(traffic.next(t, at, ids[t]));
            if (!store.addSamples(batch, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        const double perPoll = double(timer.nsecsElapsed()) / 1e6 / measuredPolls;
        std::printf("insert: %d polls of %d samples: %.2f ms per poll, %.0f samples/s\n", measuredPolls, tunnels,
                    perPoll, tunnels / perPoll * 1000);
        // The rest of the day in bigger transactions (setup only, not measured as Monitor's rate).
        timer.restart();
        QList<CounterSample> batch;
        for (int p = measuredPolls; p < polls; ++p) {
            const QDateTime at = start.addSecs(qint64(p) * kIntervalSec);
            for (int t = 0; t < tunnels; ++t)
                batch.append(traffic.next(t, at, ids[t]));
            if (batch.size() >= 50'000 || p == polls - 1) {
                if (!store.addSamples(batch, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                batch.clear();
            }
        }
        std::printf("fill: %lld more samples in batches of 50,000: %.1f s\n",
                    qlonglong(polls - measuredPolls) * tunnels, double(timer.elapsed()) / 1000);
        for (int t = 0; t < tunnels; ++t) {
            store.addTransition({ids[t], start.addSecs(-60), {}, u"ACTIVE"_s});
            if (t % 10 == 0) {
                store.addTransition({ids[t], now.addSecs(-3 * 3600), u"ACTIVE"_s, u"DOWN"_s});
                store.addTransition({ids[t], now.addSecs(-2 * 3600), u"DOWN"_s, u"ACTIVE"_s});
            }
        }
    }

    HistoryStore store(path);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Load: every tunnel's day into compact series.
    {
        const bool peakReset = resetPeak();
        const qint64 rssBefore = procStatusKb("VmRSS");
        QElapsedTimer timer;
        timer.start();
        QList<SampleSeries> all;
        qint64 samples = 0;
        qint64 bytes = 0;
        for (const QString &id : ids) {
            all.append(store.loadSeries(id, start, now, &error));
            if (!error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            samples += all.last().size();
            bytes += all.last().size() * 40;
        }
        const qint64 loadMs = timer.elapsed();
        std::printf("load: %lld samples of %d tunnels in %lld ms (%.0f samples/s); arrays %.1f MB; "
                    "RSS %.1f MB before, %.1f MB after, peak %.1f MB%s\n",
                    qlonglong(samples), tunnels, qlonglong(loadMs), samples / std::max<double>(loadMs, 1) * 1000,
                    bytes / 1e6, rssBefore / 1024.0, procStatusKb("VmRSS") / 1024.0, procStatusKb("VmHWM") / 1024.0,
                    peakReset ? "" : " (peak not reset: includes the fill)");

        // Downsampling every tunnel's day to a 1280 px chart (two points a pixel).
        QList<double> times;
        qint64 rows = 0;
        for (int r = 0; r < kRepeats; ++r) {
            timer.restart();
            rows = 0;
            for (const SampleSeries &s : std::as_const(all))
                rows += chartRows(s, start.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), 2 * 1280 / kRowsPerBucket)
                            .size();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("downsample: %d tunnels x %lld samples to %lld rows in all: median %.1f ms\n", tunnels,
                    qlonglong(samples / std::max(tunnels, 1)), qlonglong(rows), median(times));
    }

    // The charts: the default cap (8 drawn) and every tunnel drawn, each tab.
    ui::MonitoringCharts charts;
    charts.resize(1280, 800);
    charts.show();
    app.processEvents();
    charts.setHistory(&store);
    charts.setRange(ui::MonitoringCharts::Range::Hours24);
    int tick = 0;
    for (int cap : {8, tunnels}) {
        charts.setMaxSeries(cap);
        QElapsedTimer timer;
        bench::StallReport stalls;
        stalls.begin(); // as from the event loop: the user picked the tunnels
        timer.start();
        {
            const perf::Scope scope("MonitoringCharts::refresh, first", cap);
            charts.setConnections(ids, names);
            charts.refresh(now);
        }
        waitForRedraw(app, charts);
        const qint64 firstMs = timer.elapsed();
        app.processEvents();
        stalls.end();
        qint64 points = 0;
        for (const SeriesTableModel *model : charts.seriesModels())
            points += model->rowCount();
        std::printf(
            "charts, %d of %d tunnels drawn: first refresh (reads their day) %lld ms, %lld points per line set\n",
            int(charts.drawnConnections().size()), tunnels, qlonglong(firstMs), qlonglong(points));
        stalls.print("  first refresh: longest event-loop stall");
        for (const auto tab : {ui::MonitoringCharts::Tab::Status, ui::MonitoringCharts::Tab::Throughput,
                               ui::MonitoringCharts::Tab::Totals}) {
            charts.tabs()->setCurrentIndex(int(tab));
            app.processEvents();
            QList<double> refresh, grab, total;
            perf::StallWatch::Stall worst; // of one redraw (each as from the event loop)
            for (int r = 0; r < kRepeats; ++r) {
                stalls.begin();
                timer.restart();
                // Live scroll by one interval: a query for newer samples, the downsampling of the whole
                // cached day, the models, the axes; then the event loop paints what changed.
                charts.refresh(now.addSecs(++tick * kIntervalSec));
                waitForRedraw(app, charts);
                const double refreshMs = double(timer.nsecsElapsed()) / 1e6;
                app.processEvents();
                stalls.end();
                if (stalls.longest().length() > worst.length())
                    worst = stalls.longest();
                // The whole widget painted once more, outside the watched loop: grab() is the
                // bench's own synchronous paint, which no user's event loop runs.
                timer.restart();
                const QPixmap image = charts.grab();
                const double grabMs = double(timer.nsecsElapsed()) / 1e6;
                if (image.isNull())
                    return 1;
                if (argc > 3 && r == kRepeats - 1) {
                    const QString png
                        = QDir(QString::fromLocal8Bit(argv[3]))
                              .filePath(u"charts-%1-of-%2-tab-%3.png"_s.arg(cap).arg(tunnels).arg(int(tab)));
                    std::printf("  saved %s: %s\n", qPrintable(png), image.save(png) ? "yes" : "NO");
                }
                refresh.append(refreshMs);
                grab.append(grabMs);
                total.append(refreshMs + grabMs);
            }
            const bool manySeries = cap >= 100;
            std::printf("  redraw %-10s: refresh %.1f ms + grab %.1f ms = median %.1f ms (max %.1f)%s\n",
                        qPrintable(charts.tabs()->tabText(int(tab)).remove(u'&')), median(refresh), median(grab),
                        median(total), *std::max_element(total.cbegin(), total.cend()),
                        manySeries ? (median(total) <= kRedrawTargetMs ? "   <= 50 ms   met" : "   <= 50 ms   MISSED")
                                   : "");
            bench::StallReport::printStall("    one redraw: longest event-loop stall", worst);
        }
    }
    const double peakMb = procStatusKb("VmHWM") / 1024.0;
    std::printf("peak RSS of the process: %.1f MB   <= %.0f MB   %s\n", peakMb, kPeakTargetMb,
                bench::verdict(peakMb <= kPeakTargetMb));
    return 0;
}
