// SPDX-License-Identifier: Apache-2.0
// The monitoring charts over an in-memory history: the models behind the charts (points,
// values, downsampling), the range selector, live scrolling and pause, the cap on drawn
// connections, CSV and PNG export (and their errors), hover texts and the empty states.
#include "browser/statusstyle.h"
#include "charts/monitoringcharts.h"
#include "charts/plotlines.h"

#include "monitoring/historystore.h"

#include <QAbstractButton>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsSceneHoverEvent>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;
using Range = ui::MonitoringCharts::Range;
using Tab = ui::MonitoringCharts::Tab;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
constexpr auto Neutron = StatusTransition::Source::Neutron;
constexpr auto Tunnel = StatusTransition::Source::Tunnel;
const QHash<QString, QString> kNames{{u"a"_s, u"Alpha"_s}, {u"b"_s, u"Beta, Inc."_s}};

/*! Two hours of 5 s samples before kNow: "a" steady at 1000/500 B/s, "b" at 2000/100 with one spike. */
void fill(HistoryStore &store, const QDateTime &start = kNow.addSecs(-2 * 3600), int count = 2 * 720 + 1)
{
    QList<CounterSample> batch;
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(5 * i);
        const quint64 n = quint64(i);
        batch.append({u"a"_s, {}, at, n * 5000, n * 2500, n * 5, n * 3});
        const quint64 spike = i >= 1400 ? 1'000'000 : 0; // 1 MB more by sample 1400: 202 kB/s for 5 s
        batch.append({u"b"_s, {}, at, n * 10'000 + spike, n * 500, n * 10, n});
    }
    QString error;
    QVERIFY2(store.addSamples(batch, &error), qPrintable(error));
    for (const StatusTransition &t : {
             StatusTransition{u"a"_s, kNow.addSecs(-3 * 3600), {}, u"ACTIVE"_s, Neutron},
             StatusTransition{u"a"_s, kNow.addSecs(-30 * 60), u"ACTIVE"_s, u"DOWN"_s, Neutron},
             StatusTransition{u"a"_s, kNow.addSecs(-20 * 60), u"DOWN"_s, u"ACTIVE"_s, Neutron},
             StatusTransition{u"a"_s, kNow.addSecs(-3 * 3600), {}, u"UP"_s, Tunnel},
             StatusTransition{u"a"_s, kNow.addSecs(-31 * 60), u"UP"_s, u"DOWN"_s, Tunnel},
             StatusTransition{u"a"_s, kNow.addSecs(-19 * 60), u"DOWN"_s, u"UP"_s, Tunnel},
             StatusTransition{u"b"_s, kNow.addSecs(-2 * 3600), {}, u"BUILD"_s, Neutron},
             StatusTransition{u"b"_s, kNow.addSecs(-50 * 60), u"BUILD"_s, u"ACTIVE"_s, Neutron},
         }) {
        QVERIFY(store.addTransition(t, &error));
    }
}

/*! The model's column as drawn: out mirrored (\a scale -1), totals from the first row (\a relative). */
QList<QPointF> modelPoints(const SeriesTableModel *model, SeriesTableModel::Column column, double scale = 1,
                           bool relative = false)
{
    QList<QPointF> points;
    const double base = relative && model->rowCount() > 0 ? model->value(0, column) : 0;
    for (int row = 0; row < model->rowCount(); ++row)
        points.append({model->value(row, SeriesTableModel::Time), (model->value(row, column) - base) * scale});
    return points;
}

QXYSeries *line(QChartView *view, int index)
{
    return qobject_cast<QXYSeries *>(view->chart()->series().value(index));
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestMonitoringCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsFeedTheCharts();
    void ranges_data();
    void ranges();
    void liveScrollAndPause();
    void timeGoingBackReloads();
    void capOnDrawnConnections();
    void moreConnectionsThanColours();
    void titles_data();
    void titles();
    void exportCsv_data();
    void exportCsv();
    void exportErrors_data();
    void exportErrors();
    void exportPng_data();
    void exportPng();
    void hover();
    void historyErrorsAreShown();

private:
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<ui::MonitoringCharts> m_charts;
    QTemporaryDir m_dir;
};

void TestMonitoringCharts::init()
{
    m_store = std::make_unique<HistoryStore>(u":memory:"_s);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    fill(*m_store);
    m_charts = std::make_unique<ui::MonitoringCharts>();
    m_charts->resize(1000, 600);
    m_charts->setHistory(m_store.get());
    m_charts->setConnections({u"a"_s, u"b"_s}, kNames);
    m_charts->setRange(Range::Hour1);
    m_charts->refresh(kNow);
}

void TestMonitoringCharts::cleanup()
{
    m_charts.reset();
    m_store.reset();
}

void TestMonitoringCharts::modelsFeedTheCharts()
{
    const QList<SeriesTableModel *> models = m_charts->seriesModels();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models[0]->connectionId(), u"a"_s);
    QCOMPARE(models[1]->connectionId(), u"b"_s);
    QCOMPARE(m_charts->drawnConnections(), (QStringList{u"a"_s, u"b"_s}));

    // "a" is steady: every kept row says 1000 B/s in, 500 out, inside the hour.
    const SeriesTableModel *a = models[0];
    QVERIFY(a->rowCount() > 100);
    for (int row = 0; row < a->rowCount(); ++row) {
        QCOMPARE(a->value(row, SeriesTableModel::RateIn), 1000.0);
        QCOMPARE(a->value(row, SeriesTableModel::RateOut), 500.0);
    }
    QCOMPARE(qint64(a->value(a->rowCount() - 1, SeriesTableModel::Time)), kNow.toMSecsSinceEpoch());
    QVERIFY(qint64(a->value(0, SeriesTableModel::Time)) >= kNow.addSecs(-3600).toMSecsSinceEpoch());
    // An hour of 5 s samples is 721 rates; the spike of "b" is kept by the downsampling.
    QVERIFY(a->rowCount() <= 721);
    const SeriesTableModel *b = models[1];
    QCOMPARE(b->maximum(SeriesTableModel::RateIn), 202'000.0);

    // The charts show exactly the models' rows: in and out (mirrored) per connection.
    QCOMPARE(m_charts->tabs()->currentIndex(), int(Tab::Throughput));
    QCOMPARE(m_charts->throughputView()->chart()->series().size(), 4);
    QCOMPARE(m_charts->drawnPoints(line(m_charts->throughputView(), 0)), modelPoints(a, SeriesTableModel::RateIn));
    QCOMPARE(m_charts->drawnPoints(line(m_charts->throughputView(), 3)), modelPoints(b, SeriesTableModel::RateOut, -1));
    // The hidden totals follow their models once shown, counted from the start of the range;
    // their axes too (new ticks would cost a hidden chart its layout).
    QVERIFY(m_charts->drawnPoints(line(m_charts->bytesView(), 1)).isEmpty());
    const auto timeMax = [](QChartView *view) {
        return qint64(qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Horizontal).first())->max());
    };
    QVERIFY(timeMax(m_charts->bytesView()) != kNow.toMSecsSinceEpoch());
    QCOMPARE(timeMax(m_charts->throughputView()), kNow.toMSecsSinceEpoch());
    m_charts->tabs()->setCurrentIndex(int(Tab::Totals));
    QCOMPARE(timeMax(m_charts->bytesView()), kNow.toMSecsSinceEpoch());
    QCOMPARE(timeMax(m_charts->packetsView()), kNow.toMSecsSinceEpoch());
    QCOMPARE(m_charts->drawnPoints(line(m_charts->bytesView(), 1)),
             modelPoints(a, SeriesTableModel::BytesOut, -1, true));
    QCOMPARE(m_charts->drawnPoints(line(m_charts->packetsView(), 2)),
             modelPoints(b, SeriesTableModel::PacketsIn, 1, true));
    QCOMPARE(m_charts->drawnPoints(line(m_charts->bytesView(), 0)).first().y(), 0.0);
    QCOMPARE(m_charts->drawnPoints(line(m_charts->bytesView(), 0)).last().y(), 3600.0 * 1000); // an hour at 1000 B/s

    // The timeline: "a" in Neutron and tunnel lanes, "b" in Neutron's; the last bands open.
    const StatusTimelineModel *timeline = m_charts->timelineModel();
    QList<QStringList> bands;
    for (const StatusBand &band : timeline->bands())
        bands.append({band.connectionId, StatusTimelineModel::sourceText(band.source), band.state,
                      QString::number((band.start - kNow.toMSecsSinceEpoch()) / 60'000),
                      QString::number((band.end - kNow.toMSecsSinceEpoch()) / 60'000), band.open ? u"open"_s : u""_s});
    const QList<QStringList> expected{
        {u"a"_s, u"Neutron"_s, u"ACTIVE"_s, u"-60"_s, u"-30"_s, u""_s},
        {u"a"_s, u"Neutron"_s, u"DOWN"_s, u"-30"_s, u"-20"_s, u""_s},
        {u"a"_s, u"Neutron"_s, u"ACTIVE"_s, u"-20"_s, u"0"_s, u"open"_s},
        {u"a"_s, u"Tunnel"_s, u"UP"_s, u"-60"_s, u"-31"_s, u""_s},
        {u"a"_s, u"Tunnel"_s, u"DOWN"_s, u"-31"_s, u"-19"_s, u""_s},
        {u"a"_s, u"Tunnel"_s, u"UP"_s, u"-19"_s, u"0"_s, u"open"_s},
        {u"b"_s, u"Neutron"_s, u"BUILD"_s, u"-60"_s, u"-50"_s, u""_s},
        {u"b"_s, u"Neutron"_s, u"ACTIVE"_s, u"-50"_s, u"0"_s, u"open"_s},
    };
    QCOMPARE(bands, expected);
    // One shape per lane and state: a/Neutron ACTIVE, DOWN; a/Tunnel UP, DOWN; b BUILD, ACTIVE,
    // each in its state's colour; the legend names each state once.
    QStringList shapes;
    for (const ui::PlotLines::Line &shape : m_charts->timelineBands()->lines())
        shapes.append(shape.brush.color().name());
    const auto colour = [this](const QString &state) { return ui::statusColor(state, m_charts->palette()).name(); };
    QCOMPARE(shapes,
             (QStringList{colour(u"ACTIVE"_s), colour(u"DOWN"_s), colour(u"ACTIVE"_s), colour(u"DOWN"_s),
                          colour(u"BUILD"_s), colour(u"ACTIVE"_s)}));
    QStringList legend;
    for (const QAbstractSeries *series : m_charts->timelineView()->chart()->series())
        legend.append(series->name());
    legend.sort();
    QCOMPARE(legend, (QStringList{u"ACTIVE"_s, u"BUILD"_s, u"DOWN"_s, u"UP"_s}));
    // The lanes' labels, bottom up, a turn after the frame; as many as the plot's height allows.
    m_charts->tabs()->setCurrentIndex(int(Tab::Status));
    m_charts->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_charts.get()));
    auto *lanes = qobject_cast<QCategoryAxis *>(m_charts->timelineView()->chart()->axes(Qt::Vertical).first());
    QVERIFY(lanes);
    QTRY_COMPARE(lanes->categoriesLabels(),
                 (QStringList{u"Beta, Inc. · Neutron"_s, u"Alpha · Tunnel"_s, u"Alpha · Neutron"_s}));
    QVERIFY(m_charts->errorText().isEmpty());
}

void TestMonitoringCharts::ranges_data()
{
    QTest::addColumn<Range>("range");
    QTest::addColumn<int>("comboIndex");
    QTest::addColumn<int>("firstRowAfterSec"); // seconds before kNow
    QTest::addColumn<bool>("downsampled");

    QTest::addRow("15 minutes") << Range::Minutes15 << 0 << 15 * 60 << false;
    QTest::addRow("1 hour") << Range::Hour1 << 1 << 3600 << false;
    QTest::addRow("24 hours: the data starts 2 h back") << Range::Hours24 << 2 << 2 * 3600 << true;
    QTest::addRow("7 days") << Range::Days7 << 3 << 2 * 3600 << true;
}

void TestMonitoringCharts::ranges()
{
    QFETCH(Range, range);
    QFETCH(int, comboIndex);
    QFETCH(int, firstRowAfterSec);
    QFETCH(bool, downsampled);
    // Through the selector, as the user does.
    m_charts->rangeBox()->setCurrentIndex(comboIndex);
    QCOMPARE(m_charts->range(), range);
    m_charts->setRange(Range::Hour1); // and back in code: the selector follows
    QCOMPARE(m_charts->rangeBox()->currentIndex(), 1);
    m_charts->setRange(range);
    const SeriesTableModel *a = m_charts->seriesModels().first();
    const qint64 first = qint64(a->value(0, SeriesTableModel::Time));
    QVERIFY(first >= kNow.addSecs(-firstRowAfterSec).toMSecsSinceEpoch());
    QVERIFY(first <= kNow.addSecs(-firstRowAfterSec + 60).toMSecsSinceEpoch());
    QCOMPARE(qint64(a->value(a->rowCount() - 1, SeriesTableModel::Time)), kNow.toMSecsSinceEpoch());
    // Two hours (1440 rates) in a day-wide chart are a few pixels of buckets.
    if (downsampled)
        QVERIFY2(a->rowCount() < 1440 / 4, qPrintable(QString::number(a->rowCount())));
    // The time axis spans the range exactly.
    const auto *axis = qobject_cast<QValueAxis *>(m_charts->throughputView()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QCOMPARE(qint64(axis->max()), kNow.toMSecsSinceEpoch());
    QCOMPARE(qint64(axis->min()), kNow.toMSecsSinceEpoch() - ui::MonitoringCharts::rangeMsecs(range));
}

void TestMonitoringCharts::liveScrollAndPause()
{
    QSignalSpy paused(m_charts.get(), &ui::MonitoringCharts::pausedChanged);
    // New samples appear after kNow; a refresh scrolls to them.
    QList<CounterSample> later;
    for (int i = 1; i <= 12; ++i)
        later.append({u"a"_s,
                      {},
                      kNow.addSecs(5 * i),
                      quint64(1440 + i) * 5000,
                      quint64(1440 + i) * 2500,
                      quint64(1440 + i) * 5,
                      quint64(1440 + i) * 3});
    QVERIFY(m_store->addSamples(later));
    m_charts->refresh(kNow.addSecs(60));
    const SeriesTableModel *a = m_charts->seriesModels().first();
    QCOMPARE(qint64(a->value(a->rowCount() - 1, SeriesTableModel::Time)), kNow.addSecs(60).toMSecsSinceEpoch());
    QCOMPARE(m_charts->windowEnd(), kNow.addSecs(60));

    // Paused (through the button): refresh does nothing.
    m_charts->pauseButton()->click();
    QVERIFY(m_charts->isPaused());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(m_charts->pauseButton()->text(), u"Res&ume"_s);
    const int rows = a->rowCount();
    m_charts->refresh(kNow.addSecs(600));
    QCOMPARE(m_charts->windowEnd(), kNow.addSecs(60));
    QCOMPARE(a->rowCount(), rows);
    // A range change still redraws, at the paused moment.
    m_charts->setRange(Range::Minutes15);
    QCOMPARE(qint64(a->value(a->rowCount() - 1, SeriesTableModel::Time)), kNow.addSecs(60).toMSecsSinceEpoch());

    // Resumed: back to live (the clock's now), and refresh works again.
    m_charts->setPaused(false);
    QCOMPARE(paused.size(), 2);
    QVERIFY(!m_charts->pauseButton()->isChecked());
    QVERIFY(qAbs(m_charts->windowEnd().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    m_charts->refresh(kNow.addSecs(30));
    QCOMPARE(m_charts->windowEnd(), kNow.addSecs(30));
}

void TestMonitoringCharts::timeGoingBackReloads()
{
    m_charts->refresh(kNow.addSecs(-1800));
    const SeriesTableModel *a = m_charts->seriesModels().first();
    QCOMPARE(qint64(a->value(a->rowCount() - 1, SeriesTableModel::Time)), kNow.addSecs(-1800).toMSecsSinceEpoch());
    QVERIFY(qint64(a->value(0, SeriesTableModel::Time)) >= kNow.addSecs(-5400).toMSecsSinceEpoch());
}

void TestMonitoringCharts::capOnDrawnConnections()
{
    m_charts->setConnections({u"a"_s, u"b"_s, u"c"_s, u"b"_s, QString()}, kNames); // duplicates and blanks dropped
    m_charts->setMaxSeries(1);
    QCOMPARE(m_charts->drawnConnections(), QStringList{u"a"_s});
    QCOMPARE(m_charts->seriesModels().size(), 1);
    QCOMPARE(m_charts->throughputView()->chart()->series().size(), 2);
    QVERIFY2(m_charts->throughputView()->chart()->title().contains(u"+2 more not drawn"_s),
             qPrintable(m_charts->throughputView()->chart()->title()));
    // One connection: "In" and "Out" in the legend.
    QCOMPARE(line(m_charts->throughputView(), 0)->name(), u"In"_s);
    QCOMPARE(line(m_charts->throughputView(), 1)->name(), u"Out"_s);
    m_charts->setMaxSeries(8);
    QCOMPARE(m_charts->drawnConnections().size(), 3);
    QVERIFY(!m_charts->throughputView()->chart()->title().contains(u"more not drawn"_s));
    QCOMPARE(line(m_charts->throughputView(), 0)->name(), u"Alpha"_s);
}

void TestMonitoringCharts::moreConnectionsThanColours()
{
    // Nine connections: the eight colours repeat, so the line charts have no legend and the
    // tooltip names the line under the pointer.
    QStringList ids{u"a"_s, u"b"_s};
    for (int i = 0; i < 7; ++i)
        ids.append(u"quiet-%1"_s.arg(i));
    m_charts->setMaxSeries(100);
    m_charts->setConnections(ids, kNames);
    m_charts->tabs()->setCurrentIndex(int(Tab::Throughput));
    QCOMPARE(m_charts->drawnConnections(), ids);
    QChart *chart = m_charts->throughputView()->chart();
    QVERIFY(!chart->legend()->isVisible());
    QVERIFY(chart->series().isEmpty());
    QVERIFY2(chart->title().contains(u"point at a line to name it"_s), qPrintable(chart->title()));

    ui::PlotLines *lines = nullptr;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *found = qobject_cast<ui::PlotLines *>(item->toGraphicsObject()))
            lines = found;
    }
    QVERIFY(lines);
    QTRY_VERIFY(!m_charts->isDrawing());
    QCOMPARE(lines->lines().size(), 2 * ids.size()); // in and out of each
    // Over a's rate in (the first line): its tooltip. Beta's is 1 kB/s above, a pixel or two away.
    const SeriesTableModel *a = m_charts->seriesModels().first();
    const int row = a->rowCount() / 2;
    const QPointF at(a->value(row, SeriesTableModel::Time), a->value(row, SeriesTableModel::RateIn));
    QGraphicsSceneHoverEvent move(QEvent::GraphicsSceneHoverMove);
    move.setPos(lines->toPixels(at));
    chart->scene()->sendEvent(lines, &move);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u" · Rate In\n"_s), qPrintable(QToolTip::text()));
    QGraphicsSceneHoverEvent leave(QEvent::GraphicsSceneHoverLeave);
    chart->scene()->sendEvent(lines, &leave);
    QTRY_VERIFY(!QToolTip::isVisible());

    // Back to two: the legend names them.
    m_charts->setConnections({u"a"_s, u"b"_s}, kNames);
    QVERIFY(chart->legend()->isVisible());
    QCOMPARE(chart->series().size(), 4);
    QVERIFY(!chart->title().contains(u"point at a line"_s));
}

void TestMonitoringCharts::titles_data()
{
    QTest::addColumn<bool>("history");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QString>("throughputTitle");

    QTest::addRow("data") << true << QStringList{u"a"_s} << false << u"Throughput — in above the axis, out below"_s;
    QTest::addRow("simulated") << true << QStringList{u"a"_s} << true
                               << u"Throughput — in above the axis, out below — simulated"_s;
    QTest::addRow("no samples for the connection")
        << true << QStringList{u"zz"_s} << false << u"Throughput — waiting for counter samples"_s;
    QTest::addRow("nothing selected") << true << QStringList{} << false
                                      << u"Throughput — select connections to chart them"_s;
    QTest::addRow("no history") << false << QStringList{u"a"_s} << true
                                << u"Throughput — no monitoring history — simulated"_s;
}

void TestMonitoringCharts::titles()
{
    QFETCH(bool, history);
    QFETCH(QStringList, ids);
    QFETCH(bool, simulated);
    QFETCH(QString, throughputTitle);
    if (!history)
        m_charts->setHistory(nullptr);
    m_charts->setConnections(ids, kNames);
    m_charts->setSimulated(simulated);
    QCOMPARE(m_charts->throughputView()->chart()->title(), throughputTitle);
    if (simulated)
        QVERIFY(m_charts->timelineView()->chart()->title().endsWith(u"simulated"_s));
}

void TestMonitoringCharts::exportCsv_data()
{
    QTest::addColumn<Tab>("tab");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstRow");

    // 15 minutes at 5 s: 180 rates per connection, each, all of them (not downsampled).
    QTest::addRow("throughput") << Tab::Throughput
                                << u"connection_id,connection,time_utc,rate_in_bytes_per_s,rate_out_bytes_per_s,"
                                   "bytes_in,bytes_out,packets_in,packets_out"_s
                                << 2 * 181
                                << u"a,Alpha,2026-11-27T11:45:00.000Z,1000.000,500.000,6300000,3150000,6300,3780"_s;
    QTest::addRow("totals") << Tab::Totals
                            << u"connection_id,connection,time_utc,rate_in_bytes_per_s,rate_out_bytes_per_s,"
                               "bytes_in,bytes_out,packets_in,packets_out"_s
                            << 2 * 181
                            << u"a,Alpha,2026-11-27T11:45:00.000Z,1000.000,500.000,6300000,3150000,6300,3780"_s;
    QTest::addRow("status bands") << Tab::Status << u"connection_id,connection,source,state,start_utc,end_utc,ongoing"_s
                                  << 3
                                  << u"a,Alpha,neutron,ACTIVE,2026-11-27T11:45:00.000Z,2026-11-27T12:00:00.000Z,yes"_s;
}

void TestMonitoringCharts::exportCsv()
{
    QFETCH(Tab, tab);
    QFETCH(QString, header);
    QFETCH(int, rows);
    QFETCH(QString, firstRow);
    m_charts->setRange(Range::Minutes15);
    m_charts->setMaxSeries(1); // "b" is not drawn and still exported
    m_charts->tabs()->setCurrentIndex(int(tab));
    const QString path = m_dir.filePath(u"export.csv"_s);
    QString error;
    QVERIFY2(m_charts->exportCsv(path, &error), qPrintable(error));
    const QStringList lines = csvLines(path);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), header);
    QCOMPARE(lines.size() - 1, rows);
    QCOMPARE(lines[1], firstRow);
    // The name with a comma is quoted (RFC 4180).
    QVERIFY(lines.last().startsWith(u"b,\"Beta, Inc.\","_s));
}

void TestMonitoringCharts::exportErrors_data()
{
    QTest::addColumn<bool>("history");
    QTest::addColumn<bool>("connections");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::addRow("folder missing") << true << true << u"missing/export.csv"_s << u"Cannot write"_s;
    QTest::addRow("no history") << false << true << u"no-history.csv"_s << u"no monitoring history"_s;
    QTest::addRow("nothing selected") << true << false << u"nothing-selected.csv"_s << u"Select connections"_s;
}

void TestMonitoringCharts::exportErrors()
{
    QFETCH(bool, history);
    QFETCH(bool, connections);
    QFETCH(QString, file);
    QFETCH(QString, message);
    if (!history)
        m_charts->setHistory(nullptr);
    if (!connections)
        m_charts->setConnections({}, {});
    const QString path = m_dir.filePath(file);
    QString error;
    QVERIFY(!m_charts->exportCsv(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // Nothing lost: the charts are as they were.
    QCOMPARE(m_charts->windowEnd(), kNow);
}

void TestMonitoringCharts::exportPng_data()
{
    QTest::addColumn<Tab>("tab");
    QTest::addRow("status") << Tab::Status;
    QTest::addRow("throughput") << Tab::Throughput;
    QTest::addRow("totals") << Tab::Totals;
}

void TestMonitoringCharts::exportPng()
{
    QFETCH(Tab, tab);
    m_charts->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_charts.get()));
    m_charts->tabs()->setCurrentIndex(int(tab));
    const QString path = m_dir.filePath(u"chart.png"_s);
    QString error;
    QVERIFY2(m_charts->exportPng(path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), m_charts->tabs()->currentWidget()->width());
    // Not blank: many colours (lines, bands, text), not one background.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    QVERIFY(!m_charts->exportPng(m_dir.filePath(u"missing/chart.png"_s), &error));
    QVERIFY2(error.contains(u"Cannot write"_s), qPrintable(error));
}

void TestMonitoringCharts::hover()
{
    const SeriesTableModel *a = m_charts->seriesModels().first();
    const int row = a->rowCount() / 2;
    const double at = a->value(row, SeriesTableModel::Time);
    const QString expected
        = u"Alpha · Rate In\n"_s + SeriesTableModel::text(SeriesTableModel::Time, at) + u"\n1.0 kB/s"_s;
    // The mouse is near a point, not on it: the nearest row is named.
    QCOMPARE(m_charts->hoverText(line(m_charts->throughputView(), 0), QPointF(at + 1000, 123)), expected);
    // Totals: what went through in the range, and the counter.
    const QString bytes = m_charts->hoverText(line(m_charts->bytesView(), 1), QPointF(at, 0));
    QCOMPARE(bytes.section(u'\n', 0, 0), u"Alpha · Bytes Out"_s);
    const double sinceStart = a->value(row, SeriesTableModel::BytesOut) - a->value(0, SeriesTableModel::BytesOut);
    QCOMPARE(bytes.section(u'\n', 2),
             SeriesTableModel::text(SeriesTableModel::BytesOut, sinceStart) + u" in this range (counter: "_s
                 + SeriesTableModel::text(SeriesTableModel::BytesOut, a->value(row, SeriesTableModel::BytesOut))
                 + u')');

    // Timeline: lanes from the top are a/Neutron, a/Tunnel, b/Neutron (y 2..3, 1..2, 0..1).
    QAbstractSeries *area = m_charts->timelineView()->chart()->series().first();
    const double downTime = double(kNow.addSecs(-25 * 60).toMSecsSinceEpoch());
    const QString down = m_charts->hoverText(area, QPointF(downTime, 2.5));
    QVERIFY2(down.startsWith(u"Alpha · Neutron: DOWN\n"_s), qPrintable(down));
    QVERIFY2(m_charts->hoverText(area, QPointF(downTime, 0.5)).startsWith(u"Beta, Inc. · Neutron: ACTIVE\n"_s),
             qPrintable(m_charts->hoverText(area, QPointF(downTime, 0.5))));
    QVERIFY(m_charts->hoverText(area, QPointF(downTime, 0.5)).endsWith(u"now"_s));
    QVERIFY(m_charts->hoverText(area, QPointF(downTime, 7.5)).isEmpty()); // no such lane
    QVERIFY(m_charts->hoverText(nullptr, QPointF(downTime, 0.5)).isEmpty());
}

void TestMonitoringCharts::historyErrorsAreShown()
{
    HistoryStore closed(m_dir.filePath(u"never-opened.sqlite"_s));
    m_charts->setHistory(&closed);
    QVERIFY2(m_charts->errorText().contains(u"is not open"_s), qPrintable(m_charts->errorText()));
    QVERIFY(m_charts->findChild<QWidget *>(u"chartError"_s)->isVisibleTo(m_charts.get()));
    QCOMPARE(m_charts->seriesModels().first()->rowCount(), 0);
    // Back to a good history: the message goes, the data comes.
    m_charts->setHistory(m_store.get());
    QVERIFY(m_charts->errorText().isEmpty());
    QVERIFY(m_charts->seriesModels().first()->rowCount() > 0);
    m_charts->setHistory(nullptr); // before "closed" goes
}

QTEST_MAIN(TestMonitoringCharts)
#include "tst_monitoringcharts.moc"
