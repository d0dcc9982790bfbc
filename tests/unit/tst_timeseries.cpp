// SPDX-License-Identifier: Apache-2.0
// The compact sample series and the chart rows drawn from it: rates from cumulative totals
// (gaps and resets drop to zero), normalisation of unsorted and duplicate input, min/max
// downsampling that keeps spikes and bounds the row count, and HistoryStore::loadSeries().
#include "monitoring/historystore.h"
#include "monitoring/timeseries.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {

const qint64 kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();

// {seconds after kT0, bytes in, bytes out, packets in, packets out}
using Samples = QList<QList<qint64>>;
// {seconds after kT0, rate in, rate out}
using Rows = QList<QList<double>>;

SampleSeries series(const Samples &samples)
{
    SampleSeries s;
    s.connectionId = u"c"_s;
    for (const QList<qint64> &v : samples)
        s.append(kT0 + v[0] * 1000, quint64(v[1]), quint64(v[2]), quint64(v[3]), quint64(v[4]));
    return s;
}

Rows rows(const ChartRows &r)
{
    Rows result;
    for (qsizetype i = 0; i < r.size(); ++i)
        result.append({double(r.msecs[i] - kT0) / 1000.0, r.rateIn[i], r.rateOut[i]});
    return result;
}

/*! \a count samples 5 s apart at 1000 B/s in and 500 B/s out, with one spike in each direction. */
SampleSeries steady(int count, int spikeIn, int spikeOut)
{
    SampleSeries s;
    quint64 in = 0, out = 0;
    for (int i = 0; i < count; ++i) {
        in += i == spikeIn ? 5'000'000 : 5000;
        out += i == spikeOut ? 2'500'000 : 2500;
        s.append(kT0 + qint64(i) * 5000, in, out, quint64(i), quint64(i));
    }
    return s;
}

} // namespace

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rates_data();
    void rates();
    void totalsBelongToTheirRow();
    void normalize_data();
    void normalize();
    void downsample_data();
    void downsample();
    void smallInputIsExact_data();
    void smallInputIsExact();
    void typicalInterval_data();
    void typicalInterval();
    void liveWindow();
    void compactSize();
    void loadSeries();
    void loadSeriesErrors_data();
    void loadSeriesErrors();
};

void TestTimeSeries::rates_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<qint64>("fromSec"); // from == to: the whole series
    QTest::addColumn<qint64>("toSec");
    QTest::addColumn<Rows>("expected");

    QTest::addRow("empty") << Samples{} << 0LL << 0LL << Rows{};
    QTest::addRow("one sample: no interval, no row") << Samples{{0, 100, 100, 1, 1}} << 0LL << 0LL << Rows{};
    QTest::addRow("two samples: one rate at the end of the interval")
        << Samples{{0, 1000, 2000, 1, 1}, {5, 6000, 2500, 2, 2}} << 0LL << 0LL << Rows{{5, 1000, 100}};
    QTest::addRow("steady") << Samples{{0, 0, 0, 0, 0},
                                       {5, 500, 50, 1, 1},
                                       {10, 1500, 100, 2, 2},
                                       {15, 1500, 150, 3, 3}}
                            << 0LL << 0LL << Rows{{5, 100, 10}, {10, 200, 10}, {15, 0, 10}};
    QTest::addRow("a counter went down: zero at both ends of the interval")
        << Samples{{0, 1000, 2000, 1, 1}, {5, 6000, 2500, 2, 2}, {10, 100, 100, 3, 3}, {15, 1100, 600, 4, 4}} << 0LL
        << 0LL << Rows{{5, 1000, 100}, {5, 0, 0}, {10, 0, 0}, {15, 200, 100}};
    QTest::addRow("only the packets went down: still a reset")
        << Samples{{0, 0, 0, 5, 5}, {5, 500, 500, 1, 6}, {10, 1000, 1000, 2, 7}} << 0LL << 0LL
        << Rows{{0, 0, 0}, {5, 0, 0}, {10, 100, 100}};
    QTest::addRow("a gap of more than three intervals: zero across it, no invented average")
        << Samples{{0, 0, 0, 0, 0},
                   {5, 500, 500, 1, 1},
                   {10, 1000, 1000, 2, 2},
                   {100, 90000, 9000, 3, 3},
                   {105, 90500, 9500, 4, 4}}
        << 0LL << 0LL << Rows{{5, 100, 100}, {10, 100, 100}, {10, 0, 0}, {100, 0, 0}, {105, 100, 100}};
    QTest::addRow("a gap of exactly three intervals is still measured")
        << Samples{{0, 0, 0, 0, 0}, {5, 500, 500, 1, 1}, {20, 2000, 2000, 2, 2}, {25, 2500, 2500, 3, 3}} << 0LL << 0LL
        << Rows{{5, 100, 100}, {20, 100, 100}, {25, 100, 100}};
    QTest::addRow("two gaps in a row share their edge")
        << Samples{{0, 0, 0, 0, 0},        {5, 500, 500, 1, 1},     {10, 1000, 1000, 2, 2},
                   {15, 1500, 1500, 3, 3}, {100, 1600, 1600, 4, 4}, {200, 1700, 1700, 5, 5}}
        << 0LL << 0LL << Rows{{5, 100, 100}, {10, 100, 100}, {15, 100, 100}, {15, 0, 0}, {100, 0, 0}, {200, 0, 0}};
    QTest::addRow("unsorted input is sorted first")
        << Samples{{10, 1500, 100, 2, 2}, {0, 0, 0, 0, 0}, {5, 500, 50, 1, 1}} << 0LL << 0LL
        << Rows{{5, 100, 10}, {10, 200, 10}};
    QTest::addRow("duplicate time: the last stored reading wins")
        << Samples{{0, 0, 0, 0, 0}, {5, 999, 999, 1, 1}, {5, 500, 50, 1, 1}, {10, 1500, 100, 2, 2}} << 0LL << 0LL
        << Rows{{5, 100, 10}, {10, 200, 10}};
    QTest::addRow("only the rows inside the range")
        << Samples{{0, 0, 0, 0, 0}, {5, 500, 50, 1, 1}, {10, 1500, 100, 2, 2}, {15, 1500, 150, 3, 3}} << 6LL << 12LL
        << Rows{{10, 200, 10}};
    QTest::addRow("range with no rows") << Samples{{0, 0, 0, 0, 0}, {5, 500, 50, 1, 1}} << 100LL << 200LL << Rows{};
}

void TestTimeSeries::rates()
{
    QFETCH(Samples, samples);
    QFETCH(qint64, fromSec);
    QFETCH(qint64, toSec);
    QFETCH(Rows, expected);
    const ChartRows result = chartRows(series(samples), kT0 + fromSec * 1000, kT0 + toSec * 1000, 0);
    QCOMPARE(rows(result), expected);
    // All columns have one entry per row.
    for (qsizetype n : {result.rateIn.size(), result.rateOut.size(), result.bytesIn.size(), result.bytesOut.size(),
                        result.packetsIn.size(), result.packetsOut.size()})
        QCOMPARE(n, result.size());
}

void TestTimeSeries::totalsBelongToTheirRow()
{
    const ChartRows r = chartRows(series({{0, 10, 20, 1, 2}, {5, 510, 70, 3, 4}, {10, 1010, 120, 5, 6}}), 0, 0, 0);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.bytesIn, (QList<quint64>{510, 1010}));
    QCOMPARE(r.bytesOut, (QList<quint64>{70, 120}));
    QCOMPARE(r.packetsIn, (QList<quint64>{3, 5}));
    QCOMPARE(r.packetsOut, (QList<quint64>{4, 6}));
}

void TestTimeSeries::normalize_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<QList<qint64>>("bytesIn");

    QTest::addRow("empty") << Samples{} << QList<qint64>{} << QList<qint64>{};
    QTest::addRow("one") << Samples{{3, 7, 0, 0, 0}} << QList<qint64>{3} << QList<qint64>{7};
    QTest::addRow("sorted stays") << Samples{{1, 1, 0, 0, 0}, {2, 2, 0, 0, 0}} << QList<qint64>{1, 2}
                                  << QList<qint64>{1, 2};
    QTest::addRow("reversed") << Samples{{3, 3, 0, 0, 0}, {2, 2, 0, 0, 0}, {1, 1, 0, 0, 0}} << QList<qint64>{1, 2, 3}
                              << QList<qint64>{1, 2, 3};
    QTest::addRow("duplicates keep the last stored")
        << Samples{{2, 20, 0, 0, 0}, {1, 10, 0, 0, 0}, {2, 21, 0, 0, 0}, {1, 11, 0, 0, 0}, {2, 22, 0, 0, 0}}
        << QList<qint64>{1, 2} << QList<qint64>{11, 22};
}

void TestTimeSeries::normalize()
{
    QFETCH(Samples, samples);
    QFETCH(QList<qint64>, times);
    QFETCH(QList<qint64>, bytesIn);
    SampleSeries s = series(samples);
    s.normalize();
    QVERIFY(s.isNormalized());
    QList<qint64> gotTimes, gotIn;
    for (qsizetype i = 0; i < s.size(); ++i) {
        gotTimes.append((s.msecs[i] - kT0) / 1000);
        gotIn.append(qint64(s.bytesIn[i]));
    }
    QCOMPARE(gotTimes, times);
    QCOMPARE(gotIn, bytesIn);
    QCOMPARE(s.packetsOut.size(), s.size());
}

void TestTimeSeries::downsample_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("spikeIn");
    QTest::addColumn<int>("spikeOut");

    QTest::addRow("24 h of 5 s samples into 250 buckets") << 17280 << 250 << 9000 << 12000;
    QTest::addRow("7 d of 5 s samples into 1000 buckets") << 120960 << 1000 << 5 << 120000;
    QTest::addRow("spike on the first interval") << 5000 << 100 << 1 << 1;
    QTest::addRow("spike on the last interval") << 5000 << 100 << 4999 << 4999;
    QTest::addRow("one bucket") << 5000 << 1 << 2500 << 10;
    QTest::addRow("more buckets than rows") << 50 << 400 << 20 << 30;
}

void TestTimeSeries::downsample()
{
    QFETCH(int, count);
    QFETCH(int, buckets);
    QFETCH(int, spikeIn);
    QFETCH(int, spikeOut);
    const SampleSeries s = steady(count, spikeIn, spikeOut);
    const qint64 from = s.msecs.first();
    const qint64 to = s.msecs.last();
    const ChartRows full = chartRows(s, from, to, 0);
    const ChartRows r = chartRows(s, from, to, buckets);

    QVERIFY2(r.size() <= qsizetype(kRowsPerBucket) * buckets + 2, qPrintable(QString::number(r.size())));
    // The first and last rows are always there.
    QCOMPARE(r.msecs.first(), full.msecs.first());
    QCOMPARE(r.msecs.last(), full.msecs.last());
    QVERIFY(r.size() <= full.size());
    QVERIFY(!r.isEmpty());
    QVERIFY(std::is_sorted(r.msecs.cbegin(), r.msecs.cend()));
    // The spikes and the floor survive, and so do the first and last row's extremes.
    QCOMPARE(*std::max_element(r.rateIn.cbegin(), r.rateIn.cend()),
             *std::max_element(full.rateIn.cbegin(), full.rateIn.cend()));
    QCOMPARE(*std::max_element(r.rateOut.cbegin(), r.rateOut.cend()),
             *std::max_element(full.rateOut.cbegin(), full.rateOut.cend()));
    QCOMPARE(*std::min_element(r.rateIn.cbegin(), r.rateIn.cend()),
             *std::min_element(full.rateIn.cbegin(), full.rateIn.cend()));
    QCOMPARE(r.rateIn[r.msecs.indexOf(s.msecs[spikeIn])], 1'000'000.0);
    // Every kept row is a real one, all columns together.
    for (qsizetype i = 0; i < r.size(); ++i) {
        const qsizetype at = full.msecs.indexOf(r.msecs[i]);
        QVERIFY(at >= 0);
        QCOMPARE(r.rateIn[i], full.rateIn[at]);
        QCOMPARE(r.bytesOut[i], full.bytesOut[at]);
    }
}

void TestTimeSeries::smallInputIsExact_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("buckets");

    QTest::addRow("4 rows per bucket") << 4 * 50 + 1 << 50;
    QTest::addRow("1 row per bucket") << 101 << 100;
    QTest::addRow("fewer rows than buckets") << 10 << 1000;
}

void TestTimeSeries::smallInputIsExact()
{
    QFETCH(int, count);
    QFETCH(int, buckets);
    const SampleSeries s = steady(count, count / 2, count / 3);
    // Bucket edges on the sample times: [from, to) of equal width each holds the same rows.
    const qint64 from = s.msecs[1];
    const qint64 to = s.msecs.last() + 1;
    QCOMPARE(chartRows(s, from, to, buckets), chartRows(s, from, to, 0));
}

void TestTimeSeries::typicalInterval_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("none") << Samples{} << 0LL;
    QTest::addRow("one") << Samples{{0, 0, 0, 0, 0}} << 0LL;
    QTest::addRow("regular") << Samples{{0, 0, 0, 0, 0}, {5, 0, 0, 0, 0}, {10, 0, 0, 0, 0}} << 5000LL;
    QTest::addRow("a long gap does not move the median")
        << Samples{{0, 0, 0, 0, 0}, {5, 0, 0, 0, 0}, {10, 0, 0, 0, 0}, {3600, 0, 0, 0, 0}, {3605, 0, 0, 0, 0}}
        << 5000LL;
}

void TestTimeSeries::typicalInterval()
{
    QFETCH(Samples, samples);
    QFETCH(qint64, expected);
    QCOMPARE(series(samples).typicalInterval(), expected);
}

void TestTimeSeries::liveWindow()
{
    SampleSeries s = series({{0, 0, 0, 0, 0}, {5, 1, 1, 1, 1}, {10, 2, 2, 2, 2}});
    s.appendNewer(series({{5, 9, 9, 9, 9}, {10, 9, 9, 9, 9}, {15, 3, 3, 3, 3}}));
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.bytesIn.last(), 3u);
    s.removeBefore(kT0 + 10'000);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.msecs.first(), kT0 + 10'000);
    QCOMPARE(s.packetsOut.size(), 2);
    s.removeBefore(kT0 + 100'000);
    QVERIFY(s.isEmpty());
}

void TestTimeSeries::compactSize()
{
    // The arrays: 5 × 8 bytes a sample, nothing per sample besides.
    SampleSeries s = steady(1000, 0, 0);
    s.squeeze();
    const qsizetype bytes = (s.msecs.capacity() + s.bytesIn.capacity() + s.bytesOut.capacity() + s.packetsIn.capacity()
                             + s.packetsOut.capacity())
        * qsizetype(sizeof(qint64));
    QCOMPARE(bytes, 1000 * 40);
}

void TestTimeSeries::loadSeries()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
    QList<CounterSample> batch;
    for (int i = 0; i < 10; ++i) {
        batch.append({u"a"_s, {}, t0.addSecs(5 * i), quint64(i) * 100, quint64(i) * 10, quint64(i), quint64(i)});
        batch.append({u"b"_s, {}, t0.addSecs(5 * i), 1, 1, 1, 1});
        batch.append({u"a"_s, u"child-1"_s, t0.addSecs(5 * i), 7, 7, 7, 7}); // per-CHILD_SA: not a total
    }
    QVERIFY(store.addSamples(batch, &error));
    QVERIFY(store.addSamples({{u"a"_s, {}, t0.addSecs(45), 999, 99, 9, 9}}, &error)); // same time, stored later

    SampleSeries all = store.loadSeries(u"a"_s, {}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.connectionId, u"a"_s);
    QCOMPARE(all.size(), 11);
    QCOMPARE(all.msecs.first(), kT0);
    QCOMPARE(all.bytesIn[9], 900u);
    QCOMPARE(all.bytesIn[10], 999u); // oldest first, then in storage order
    QVERIFY(std::is_sorted(all.msecs.cbegin(), all.msecs.cend()));

    const SampleSeries window = store.loadSeries(u"a"_s, t0.addSecs(10), t0.addSecs(20), &error);
    QCOMPARE(window.size(), 3);
    QCOMPARE(window.bytesOut, (QList<quint64>{20, 30, 40}));
    QVERIFY(store.loadSeries(u"nobody"_s, {}, {}, &error).isEmpty());
    QVERIFY(error.isEmpty());
}

void TestTimeSeries::loadSeriesErrors_data()
{
    QTest::addColumn<bool>("open");
    QTest::addColumn<int>("fromSec");
    QTest::addColumn<int>("toSec");
    QTest::addColumn<QString>("message");

    QTest::addRow("not open") << false << 0 << 10 << u"is not open"_s;
    QTest::addRow("reversed range") << true << 10 << 0 << u"ends (2026-11-27T03:00:00.000Z) before it starts"_s;
}

void TestTimeSeries::loadSeriesErrors()
{
    QFETCH(bool, open);
    QFETCH(int, fromSec);
    QFETCH(int, toSec);
    QFETCH(QString, message);
    HistoryStore store(u":memory:"_s);
    QString error;
    if (open)
        QVERIFY(store.open(&error));
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
    QVERIFY(store.loadSeries(u"a"_s, t0.addSecs(fromSec), t0.addSecs(toSec), &error).isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
