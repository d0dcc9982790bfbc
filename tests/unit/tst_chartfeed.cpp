// SPDX-License-Identifier: Apache-2.0
// The charts' headless feed (monitoring::ChartFeed): a scroll reads only the newer samples and
// downsamples only its new buckets, yet every row it hands out is a real row and every spike of
// the range survives; a history file is read on the feed's own thread and requests made
// meanwhile are coalesced to the newest; an in-memory history is answered at once; reads of a
// broken history are errors in the frame.
#include "monitoring/chartfeed.h"
#include "monitoring/historystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {

const qint64 kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kInterval = 5000;

/*! \a count samples of each of \a ids, kInterval apart from kT0, random rates with rare spikes. */
void fill(HistoryStore &store, const QStringList &ids, int count, quint32 seed)
{
    std::mt19937 random(seed);
    QHash<QString, quint64> in, out;
    QList<CounterSample> batch;
    for (int i = 0; i < count; ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(kT0 + i * kInterval, Qt::UTC);
        for (const QString &id : ids) {
            in[id] += random() % 997 == 0 ? 50'000'000 : random() % 10'000;
            out[id] += random() % 5'000;
            batch.append({id, {}, at, in[id], out[id], in[id] / 1000, out[id] / 1000});
        }
    }
    QString error;
    QVERIFY2(store.addSamples(batch, &error), qPrintable(error));
}

/*! The rows of [from, to] at full resolution (every sample's row). */
ChartRows fullRows(HistoryStore &store, const QString &id, qint64 from, qint64 to)
{
    const SampleSeries series = store.loadSeries(id, QDateTime::fromMSecsSinceEpoch(from - 300'000, Qt::UTC),
                                                 QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    return chartRows(series, from, to, 0, 3 * kInterval);
}

} // namespace

class TestChartFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void scrollingKeepsRealRowsAndSpikes_data();
    void scrollingKeepsRealRowsAndSpikes();
    void fileHistoryIsReadOnTheFeedsThread();
    void requestsWhileReadingAreCoalesced();
    void inMemoryHistoryAnswersAtOnce();
    void unreadableHistoryIsAnErrorInTheFrame();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestChartFeed::init()
{
    QVERIFY(m_dir.isValid());
    static int file = 0; // a history of its own per test and data row
    m_store = std::make_unique<HistoryStore>(m_dir.filePath(u"history-%1.sqlite"_s.arg(++file)));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestChartFeed::scrollingKeepsRealRowsAndSpikes_data()
{
    QTest::addColumn<qint64>("range");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("steps");
    QTest::addColumn<qint64>("step");
    QTest::newRow("hour, 150 buckets, 40 polls") << qint64(3600'000) << 150 << 40 << kInterval;
    QTest::newRow("hour, 7 buckets, 40 polls") << qint64(3600'000) << 7 << 40 << kInterval;
    QTest::newRow("15 min, 300 buckets, jumps of a minute") << qint64(900'000) << 300 << 20 << qint64(60'000);
    QTest::newRow("hour, every row") << qint64(3600'000) << 0 << 10 << kInterval;
}

void TestChartFeed::scrollingKeepsRealRowsAndSpikes()
{
    QFETCH(qint64, range);
    QFETCH(int, buckets);
    QFETCH(int, steps);
    QFETCH(qint64, step);
    const QStringList ids{u"a"_s, u"b"_s};
    fill(*m_store, ids, 2 * 720 + steps * int(step / kInterval) + 10, 7);
    ChartFeed::Cache cache;
    qint64 to = kT0 + 3600'000 + range / 3;
    for (int s = 0; s <= steps; ++s, to += step) {
        const ChartRequest request{ids, to - range, to, buckets, {}};
        const ChartFrame frame = ChartFeed::compute(*m_store, cache, request);
        QCOMPARE(frame.errors, QStringList());
        QCOMPARE(frame.rows.size(), ids.size());
        // A fresh cache gives the same rows where the buckets are whole; either way every row
        // is a real one and the range's highest rates are among them.
        ChartFeed::Cache fresh;
        const ChartFrame again = ChartFeed::compute(*m_store, fresh, request);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const ChartRows &rows = frame.rows[i];
            const ChartRows full = fullRows(*m_store, ids[i], request.from, request.to);
            QVERIFY(!rows.isEmpty());
            if (buckets > 0)
                QVERIFY2(rows.size() <= kRowsPerBucket * buckets + 12, qPrintable(QString::number(rows.size())));
            else
                QCOMPARE(rows, full);
            for (qsizetype r = 0; r < rows.size(); ++r) {
                QVERIFY2(r == 0 || rows.msecs[r - 1] < rows.msecs[r],
                         qPrintable(u"step %1, row %2 of %3 at %4 s"_s.arg(s)
                                        .arg(r)
                                        .arg(rows.size())
                                        .arg(double(rows.msecs[r] - request.from) / 1000)));
                const qsizetype k = full.msecs.indexOf(rows.msecs[r]);
                QVERIFY2(k >= 0, "a row that is no sample's");
                QCOMPARE(rows.rateIn[r], full.rateIn[k]);
                QCOMPARE(rows.bytesOut[r], full.bytesOut[k]);
            }
            QCOMPARE(*std::max_element(rows.rateIn.cbegin(), rows.rateIn.cend()),
                     *std::max_element(full.rateIn.cbegin(), full.rateIn.cend()));
            QCOMPARE(*std::max_element(rows.rateOut.cbegin(), rows.rateOut.cend()),
                     *std::max_element(full.rateOut.cbegin(), full.rateOut.cend()));
            QCOMPARE(rows.msecs.first(), full.msecs.first());
            QCOMPARE(rows.msecs.last(), full.msecs.last());
            QCOMPARE(again.rows[i].msecs.first(), rows.msecs.first());
            QCOMPARE(again.rows[i].msecs.last(), rows.msecs.last());
        }
    }
}

void TestChartFeed::fileHistoryIsReadOnTheFeedsThread()
{
    fill(*m_store, {u"a"_s}, 200, 1);
    m_store->addTransition({u"a"_s, QDateTime::fromMSecsSinceEpoch(kT0 + 10'000, Qt::UTC), {}, u"ACTIVE"_s});
    ChartFeed feed;
    feed.setHistory(m_store.get());
    QVERIFY(feed.readsInBackground());
    QSignalSpy frames(&feed, &ChartFeed::frameReady);
    const ChartRequest request{{u"a"_s}, kT0, kT0 + 200 * kInterval, 50, {}};
    feed.request(request);
    QVERIFY(feed.isBusy());
    QVERIFY(frames.isEmpty()); // from the event loop, never inside request()
    QVERIFY(frames.wait());
    QVERIFY(!feed.isBusy());
    const auto frame = frames.first().first().value<ChartFrame>();
    ChartFeed::Cache cache;
    const ChartFrame expected = ChartFeed::compute(*m_store, cache, request);
    QCOMPARE(frame.request, request);
    QCOMPARE(frame.rows, expected.rows);
    QCOMPARE(frame.bands.size(), 1);
    QCOMPARE(frame.bands.first().state, u"ACTIVE"_s);
}

void TestChartFeed::requestsWhileReadingAreCoalesced()
{
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids.append(u"c%1"_s.arg(i));
    fill(*m_store, ids, 720, 3);
    ChartFeed feed;
    feed.setHistory(m_store.get());
    QSignalSpy frames(&feed, &ChartFeed::frameReady);
    ChartRequest last;
    for (int i = 0; i < 10; ++i) {
        last = {ids, kT0 + i * kInterval, kT0 + 3600'000 + i * kInterval, 100, {}};
        feed.request(last);
    }
    QTRY_VERIFY(!feed.isBusy());
    QVERIFY2(frames.size() < 10, qPrintable(QString::number(frames.size())));
    QCOMPARE(frames.last().first().value<ChartFrame>().request, last);
}

void TestChartFeed::inMemoryHistoryAnswersAtOnce()
{
    HistoryStore memory(u":memory:"_s);
    QString error;
    QVERIFY(memory.open(&error));
    fill(memory, {u"a"_s}, 100, 2);
    ChartFeed feed;
    feed.setHistory(&memory);
    QVERIFY(!feed.readsInBackground());
    QSignalSpy frames(&feed, &ChartFeed::frameReady);
    feed.request({{u"a"_s}, kT0, kT0 + 100 * kInterval, 10, {}});
    QCOMPARE(frames.size(), 1);
    QVERIFY(!feed.isBusy());
    QVERIFY(!frames.first().first().value<ChartFrame>().rows.first().isEmpty());
}

void TestChartFeed::unreadableHistoryIsAnErrorInTheFrame()
{
    HistoryStore closed(m_dir.filePath(u"never-opened.sqlite"_s));
    ChartFeed feed;
    feed.setHistory(&closed);
    QVERIFY(!feed.readsInBackground());
    QSignalSpy frames(&feed, &ChartFeed::frameReady);
    feed.request({{u"a"_s, u"b"_s}, kT0, kT0 + 3600'000, 10, {}});
    QCOMPARE(frames.size(), 1);
    const auto frame = frames.first().first().value<ChartFrame>();
    QCOMPARE(frame.rows.size(), 2);
    QVERIFY(frame.rows.first().isEmpty());
    QVERIFY2(!frame.errors.isEmpty() && frame.errors.first().contains(u"not open"_s),
             qPrintable(frame.errors.join(u'|')));
}

QTEST_GUILESS_MAIN(TestChartFeed)
#include "tst_chartfeed.moc"
