// SPDX-License-Identifier: Apache-2.0
// The table models that feed the monitoring charts: status bands from transitions (range start,
// pruned history, gone, the open last band, sources and connection order) and the series model
// (downsampled to a point budget, numbers for the chart mapper, localised text), each with
// QAbstractItemModelTester attached before the first change.
#include "monitoring/chartmodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
const qint64 kMs0 = kT0.toMSecsSinceEpoch();
constexpr auto Neutron = StatusTransition::Source::Neutron;
constexpr auto Tunnel = StatusTransition::Source::Tunnel;

StatusTransition at(int seconds, const QString &id, const QString &from, const QString &to,
                    StatusTransition::Source source = Neutron)
{
    return {id, kT0.addSecs(seconds), from, to, source};
}

StatusBand band(const QString &id, const QString &state, int start, int end, bool open = false,
                StatusTransition::Source source = Neutron)
{
    return {id, source, state, kMs0 + start * 1000LL, kMs0 + end * 1000LL, open};
}

/*! \a count samples 5 s apart, rate in 100 B/s, out 10 B/s. */
SampleSeries steady(int count)
{
    SampleSeries s;
    s.connectionId = u"c"_s;
    for (int i = 0; i < count; ++i)
        s.append(kMs0 + i * 5000LL, quint64(i) * 500, quint64(i) * 50, quint64(i) * 2, quint64(i));
    return s;
}

} // namespace

class TestChartModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bands_data();
    void bands();
    void timelineModel();
    void seriesModel_data();
    void seriesModel();
    void seriesModelText_data();
    void seriesModelText();
    void cleanup() { QLocale::setDefault(QLocale::system()); }
};

void TestChartModels::bands_data()
{
    QTest::addColumn<QList<StatusTransition>>("transitions");
    QTest::addColumn<int>("nowSec"); // the range is [kT0, kT0 + nowSec]
    QTest::addColumn<QList<StatusBand>>("expected");

    const QString a = u"a"_s, b = u"b"_s;
    QTest::addRow("nothing recorded") << QList<StatusTransition>{} << 60 << QList<StatusBand>{};
    QTest::addRow("first seen: open to now") << QList<StatusTransition>{at(10, a, {}, u"ACTIVE"_s)} << 60
                                             << QList<StatusBand>{band(a, u"ACTIVE"_s, 10, 60, true)};
    QTest::addRow("a transition before the range sets the starting state")
        << QList<StatusTransition>{at(-100, a, {}, u"ACTIVE"_s), at(20, a, u"ACTIVE"_s, u"DOWN"_s)} << 60
        << QList<StatusBand>{band(a, u"ACTIVE"_s, 0, 20), band(a, u"DOWN"_s, 20, 60, true)};
    QTest::addRow("pruned history: the first from-state since the range start")
        << QList<StatusTransition>{at(20, a, u"ACTIVE"_s, u"DOWN"_s)} << 60
        << QList<StatusBand>{band(a, u"ACTIVE"_s, 0, 20), band(a, u"DOWN"_s, 20, 60, true)};
    QTest::addRow("only transitions before the range: one band across it")
        << QList<StatusTransition>{at(-500, a, {}, u"BUILD"_s), at(-100, a, u"BUILD"_s, u"ACTIVE"_s)} << 60
        << QList<StatusBand>{band(a, u"ACTIVE"_s, 0, 60, true)};
    QTest::addRow("gone ends the band and starts none")
        << QList<StatusTransition>{at(10, a, {}, u"ACTIVE"_s), at(30, a, u"ACTIVE"_s, {})} << 60
        << QList<StatusBand>{band(a, u"ACTIVE"_s, 10, 30)};
    QTest::addRow("transitions after now are ignored")
        << QList<StatusTransition>{at(10, a, {}, u"BUILD"_s), at(90, a, u"BUILD"_s, u"ACTIVE"_s)} << 60
        << QList<StatusBand>{band(a, u"BUILD"_s, 10, 60, true)};
    QTest::addRow("two at the same time: no empty band")
        << QList<StatusTransition>{at(10, a, {}, u"DOWN"_s), at(10, a, u"DOWN"_s, u"ACTIVE"_s)} << 60
        << QList<StatusBand>{band(a, u"ACTIVE"_s, 10, 60, true)};
    QTest::addRow("unsorted input") << QList<StatusTransition>{at(40, a, u"DOWN"_s, u"ACTIVE"_s),
                                                               at(10, a, {}, u"DOWN"_s)}
                                    << 60
                                    << QList<StatusBand>{band(a, u"DOWN"_s, 10, 40),
                                                         band(a, u"ACTIVE"_s, 40, 60, true)};
    QTest::addRow("sources are separate lanes, Neutron first")
        << QList<StatusTransition>{at(5, a, {}, u"UP"_s, Tunnel), at(10, a, {}, u"ACTIVE"_s),
                                   at(30, a, u"UP"_s, u"DOWN"_s, Tunnel)}
        << 60
        << QList<StatusBand>{band(a, u"ACTIVE"_s, 10, 60, true), band(a, u"UP"_s, 5, 30, false, Tunnel),
                             band(a, u"DOWN"_s, 30, 60, true, Tunnel)};
    QTest::addRow("connections in the order they first appear")
        << QList<StatusTransition>{at(10, b, {}, u"DOWN"_s), at(20, a, {}, u"ACTIVE"_s),
                                   at(30, b, u"DOWN"_s, u"ERROR"_s)}
        << 60
        << QList<StatusBand>{band(b, u"DOWN"_s, 10, 30), band(b, u"ERROR"_s, 30, 60, true),
                             band(a, u"ACTIVE"_s, 20, 60, true)};
    QTest::addRow("now before the range start")
        << QList<StatusTransition>{at(-10, a, {}, u"ACTIVE"_s)} << -20 << QList<StatusBand>{};
}

void TestChartModels::bands()
{
    QFETCH(QList<StatusTransition>, transitions);
    QFETCH(int, nowSec);
    QFETCH(QList<StatusBand>, expected);
    const QList<StatusBand> got = statusBands(transitions, kMs0, kMs0 + nowSec * 1000LL);
    if (got != expected) {
        for (const StatusBand &b : got)
            qWarning() << b.connectionId << int(b.source) << b.state << (b.start - kMs0) / 1000 << (b.end - kMs0) / 1000
                       << b.open;
    }
    QCOMPARE(got, expected);
}

void TestChartModels::timelineModel()
{
    StatusTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(StatusTimelineModel::ColumnCount));

    const QList<StatusBand> bands{band(u"a"_s, u"ACTIVE"_s, 0, 20), band(u"a"_s, u"DOWN"_s, 20, 60, true),
                                  band(u"b"_s, u"UP"_s, 5, 60, true, Tunnel)};
    model.setBands(bands, {{u"a"_s, u"Paris–Berlin"_s}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.bands(), bands);
    QCOMPARE(model.index(0, StatusTimelineModel::Connection).data().toString(), u"Paris–Berlin"_s);
    QCOMPARE(model.index(2, StatusTimelineModel::Connection).data().toString(), u"b"_s); // no name: the id
    QCOMPARE(model.index(0, StatusTimelineModel::Connection).data(StatusTimelineModel::IdRole).toString(), u"a"_s);
    QCOMPARE(model.index(2, StatusTimelineModel::Source).data().toString(), u"Tunnel"_s);
    QCOMPARE(model.index(1, StatusTimelineModel::State).data().toString(), u"DOWN"_s);
    QCOMPARE(model.index(1, StatusTimelineModel::Start).data().toLongLong(), kMs0 + 20'000);
    QCOMPARE(model.index(1, StatusTimelineModel::End).data().toLongLong(), kMs0 + 60'000);
    QVERIFY(!model.index(1, StatusTimelineModel::End).data(StatusTimelineModel::TextRole).toString().isEmpty());
    QCOMPARE(model.headerData(StatusTimelineModel::State, Qt::Horizontal).toString(), u"State"_s);

    QCOMPARE(model.bandAt(u"a"_s, Neutron, kMs0 + 10'000), 0);
    QCOMPARE(model.bandAt(u"a"_s, Neutron, kMs0 + 30'000), 1);
    QCOMPARE(model.bandAt(u"a"_s, Tunnel, kMs0 + 30'000), -1);
    QCOMPARE(model.bandAt(u"b"_s, Tunnel, kMs0 + 1'000), -1);

    model.setBands({});
    QCOMPARE(model.rowCount(), 0);
}

void TestChartModels::seriesModel_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("expectedRows");

    QTest::addRow("no samples") << 0 << 100 << 0;
    QTest::addRow("one sample: no rate yet") << 1 << 100 << 0;
    QTest::addRow("under budget: every row") << 50 << 400 << 49;
    QTest::addRow("no budget: every row") << 500 << 0 << 499;
    // Flat rates: each bucket keeps its first and last row.
    QTest::addRow("24 h into 800 points") << 17280 << 800 << 400;
    QTest::addRow("a budget below one bucket still gives one") << 1000 << 2 << 2;
}

void TestChartModels::seriesModel()
{
    QFETCH(int, samples);
    QFETCH(int, budget);
    QFETCH(int, expectedRows);
    SeriesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SampleSeries s = steady(samples);
    const qint64 to = s.isEmpty() ? kMs0 : s.msecs.last();
    model.setSeries(s, kMs0, to, budget);
    QCOMPARE(model.rowCount(), expectedRows);
    QVERIFY(budget <= 0 || model.rowCount() <= std::max(budget, kRowsPerBucket) + 2);
    QCOMPARE(model.columnCount(), int(SeriesTableModel::ColumnCount));
    QCOMPARE(model.connectionId(), s.connectionId);
    if (expectedRows == 0) {
        QCOMPARE(model.maximum(SeriesTableModel::RateIn), 0.0);
        QCOMPARE(model.nearestRow(kMs0), -1);
        return;
    }
    // Numbers for the mapper: ms, bytes/s, bytes, packets.
    QCOMPARE(model.index(0, SeriesTableModel::Time).data().toLongLong(), kMs0 + 5000);
    QCOMPARE(model.index(0, SeriesTableModel::RateIn).data().toDouble(), 100.0);
    QCOMPARE(model.index(0, SeriesTableModel::RateOut).data().toDouble(), 10.0);
    QCOMPARE(model.index(0, SeriesTableModel::BytesIn).data().toULongLong(), 500u);
    QCOMPARE(model.index(0, SeriesTableModel::PacketsIn).data().toULongLong(), 2u);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, SeriesTableModel::Time).data().toLongLong(), to);
    QCOMPARE(model.index(last, SeriesTableModel::BytesOut).data().toULongLong(), quint64(samples - 1) * 50);
    QCOMPARE(model.maximum(SeriesTableModel::BytesIn), double(quint64(samples - 1) * 500));
    QCOMPARE(model.nearestRow(kMs0), 0);
    QCOMPARE(model.nearestRow(to + 100'000), last);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestChartModels::seriesModelText_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("expected"); // 1.5 kB/s, 2.5 MB/s, 3 GB, 1234567 packets

    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringList{u"1.5 kB/s"_s, u"2.5 MB/s"_s, u"3.0 GB"_s, u"1,234,567"_s};
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringList{u"1,5 kB/s"_s, u"2,5 MB/s"_s, u"3,0 GB"_s, u"1.234.567"_s};
}

void TestChartModels::seriesModelText()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, expected);
    QLocale::setDefault(locale);
    SeriesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChartRows rows;
    rows.msecs = {kMs0, kMs0 + 7000, kMs0 + 20'000};
    rows.rateIn = {1500, 2'500'000, 0};
    rows.rateOut = {0, 1, 2};
    rows.bytesIn = {1000, 2'000'000, 3'000'000'000};
    rows.bytesOut = {0, 0, 0};
    rows.packetsIn = {1, 2, 1'234'567};
    rows.packetsOut = {0, 0, 0};
    model.setRows(u"x"_s, rows);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, SeriesTableModel::RateIn).data(SeriesTableModel::TextRole).toString(), expected[0]);
    QCOMPARE(model.index(1, SeriesTableModel::RateIn).data(SeriesTableModel::TextRole).toString(), expected[1]);
    QCOMPARE(model.index(2, SeriesTableModel::BytesIn).data(SeriesTableModel::TextRole).toString(), expected[2]);
    QCOMPARE(model.index(2, SeriesTableModel::PacketsIn).data(SeriesTableModel::TextRole).toString(), expected[3]);
    QVERIFY(model.index(1, SeriesTableModel::Time).data(SeriesTableModel::TextRole).toString().contains(u":07"_s));
    QCOMPARE(model.nearestRow(kMs0 + 13'000), 1);
    QCOMPARE(model.nearestRow(kMs0 + 14'000), 2);
    QCOMPARE(model.maximum(SeriesTableModel::RateIn), 2'500'000.0);
    QCOMPARE(model.headerData(SeriesTableModel::RateOut, Qt::Horizontal).toString(), u"Rate Out"_s);
    QVERIFY(!model.index(0, SeriesTableModel::RateIn).data(Qt::DecorationRole).isValid());
}

QTEST_GUILESS_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
