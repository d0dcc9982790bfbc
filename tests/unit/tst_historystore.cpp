// SPDX-License-Identifier: Apache-2.0
// The monitoring history: transitions and samples stored and queried by time, kept across a
// reopen, pruned by retention, exported as CSV.
#include "monitoring/historystore.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
}

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitionsByTime();
    void samplesBatch();
    void persistsAcrossReopen();
    void prune();
    void csv();
    void unwritablePath();
    void tunnelTransitions();
    void counterState();
    void thin_data();
    void thin();
    void upgradesOldSchema();
};

void TestHistoryStore::transitionsByTime()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.addTransition({u"a"_s, kT0, {}, u"ACTIVE"_s}));
    QVERIFY(store.addTransition({u"b"_s, kT0.addSecs(10), {}, u"DOWN"_s}));
    QVERIFY(store.addTransition({u"a"_s, kT0.addSecs(60), u"ACTIVE"_s, u"DOWN"_s}));
    QCOMPARE(store.transitions().size(), 3);
    const QList<StatusTransition> a = store.transitions(u"a"_s);
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[1], (StatusTransition{u"a"_s, kT0.addSecs(60), u"ACTIVE"_s, u"DOWN"_s}));
    QCOMPARE(store.transitions({}, kT0.addSecs(5), kT0.addSecs(30)).size(), 1);
}

void TestHistoryStore::samplesBatch()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY(store.open(&error));
    QList<CounterSample> batch;
    for (int i = 0; i < 100; ++i)
        batch.append({u"c%1"_s.arg(i % 10), u"child"_s, kT0.addSecs(i), quint64(i) * 1000, quint64(i) * 2000,
                      quint64(i), quint64(i)});
    QVERIFY2(store.addSamples(batch, &error), qPrintable(error));
    const QList<CounterSample> c3 = store.samples(u"c3"_s);
    QCOMPARE(c3.size(), 10);
    QCOMPARE(c3.first().bytesIn, 3000u);
    QCOMPARE(c3.last().at, kT0.addSecs(93));
    // Counters beyond 2^31 survive the round trip.
    QVERIFY(store.addSamples({{u"big"_s, {}, kT0, 5'000'000'000ULL, 1, 1, 1}}));
    QCOMPARE(store.samples(u"big"_s).first().bytesIn, 5'000'000'000ULL);
}

void TestHistoryStore::persistsAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/history.sqlite"_s);
    {
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.addTransition({u"a"_s, kT0, {}, u"ACTIVE"_s}));
    }
    HistoryStore again(path);
    QString error;
    QVERIFY(again.open(&error));
    QCOMPARE(again.transitions().size(), 1);
}

void TestHistoryStore::prune()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(store.addTransition({u"old"_s, kT0.addDays(-10), {}, u"ACTIVE"_s}));
    QVERIFY(store.addTransition({u"new"_s, kT0.addDays(-1), {}, u"ACTIVE"_s}));
    QVERIFY(store.addSamples({{u"old"_s, {}, kT0.addDays(-9), 1, 1, 1, 1}, {u"new"_s, {}, kT0, 1, 1, 1, 1}}));
    QCOMPARE(store.prune(7, kT0), 2);
    QCOMPARE(store.transitions().size(), 1);
    QCOMPARE(store.transitions().first().connectionId, u"new"_s);
    QCOMPARE(store.samples(u"old"_s).size(), 0);
}

void TestHistoryStore::csv()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(store.addTransition({u"a,b"_s, kT0, {}, u"ACTIVE"_s}));
    QVERIFY(store.addTransition({u"a,b"_s, kT0.addSecs(1), u"UP"_s, u"DOWN"_s, StatusTransition::Source::Tunnel}));
    QVERIFY(store.addSamples({{u"a,b"_s, u"child \"1\""_s, kT0, 10, 20, 1, 2}}));
    QBuffer transitions;
    transitions.open(QIODevice::WriteOnly);
    QVERIFY(store.exportTransitionsCsv(&transitions));
    QCOMPARE(transitions.data(),
             QByteArray("connection_id,time_utc,source,from_status,to_status\r\n"
                        "\"a,b\",2026-11-27T03:00:00.000Z,neutron,,ACTIVE\r\n"
                        "\"a,b\",2026-11-27T03:00:01.000Z,tunnel,UP,DOWN\r\n"));
    QBuffer samples;
    samples.open(QIODevice::WriteOnly);
    QVERIFY(store.exportSamplesCsv(&samples, u"a,b"_s));
    QCOMPARE(samples.data(),
             QByteArray("connection_id,child,time_utc,bytes_in,bytes_out,packets_in,packets_out\r\n"
                        "\"a,b\",\"child \"\"1\"\"\",2026-11-27T03:00:00.000Z,10,20,1,2\r\n"));
    QVERIFY(store.addSamples({{u"c"_s, {}, kT0, 1, 2, 3, 4}}));
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    QVERIFY(store.exportSamplesCsv(&all));
    QCOMPARE(all.data(),
             QByteArray("connection_id,child,time_utc,bytes_in,bytes_out,packets_in,packets_out\r\n"
                        "\"a,b\",\"child \"\"1\"\"\",2026-11-27T03:00:00.000Z,10,20,1,2\r\n"
                        "c,,2026-11-27T03:00:00.000Z,1,2,3,4\r\n"));
}

void TestHistoryStore::unwritablePath()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryStore store(dir.filePath(u"file/history.sqlite"_s));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!error.isEmpty());
}

void TestHistoryStore::thin_data()
{
    QTest::addColumn<int>("fromSeconds"); // the thinned range, relative to kT0
    QTest::addColumn<int>("toSeconds");
    QTest::addColumn<int>("removed"); // of 2 × 240 samples every 5 s from kT0 (20 min)
    QTest::addRow("all of it, per minute") << 0 << 1200 << 2 * (240 - 20);
    QTest::addRow("first ten minutes") << 0 << 600 << 2 * (120 - 10);
    QTest::addRow("half-open end") << 0 << 60 << 2 * 11;
    QTest::addRow("empty range") << 600 << 600 << 0;
    QTest::addRow("before the samples") << -600 << 0 << 0;
}

void TestHistoryStore::thin()
{
    QFETCH(int, fromSeconds);
    QFETCH(int, toSeconds);
    QFETCH(int, removed);
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY(store.open(&error));
    QList<CounterSample> batch;
    for (const QString &id : {u"a"_s, u"b"_s}) {
        for (int i = 0; i < 240; ++i)
            batch.append({id, {}, kT0.addSecs(5 * i), quint64(i) * 100, quint64(i) * 200, quint64(i), quint64(i)});
    }
    QVERIFY(store.addSamples(batch));
    QCOMPARE(store.thin(kT0.addSecs(fromSeconds), kT0.addSecs(toSeconds), 60'000), removed);
    const QList<CounterSample> a = store.samples(u"a"_s);
    QCOMPARE(a.size(), 240 - removed / 2);
    // Totals are kept: the last sample is still there and the series still only grows.
    QCOMPARE(a.last().bytesIn, 239u * 100);
    for (qsizetype i = 1; i < a.size(); ++i)
        QVERIFY(a[i].bytesIn > a[i - 1].bytesIn);
}

void TestHistoryStore::counterState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    CounterTracker::Saved saved;
    saved.closed = {5'000'000'000'000'000'001ULL, 2, 3, 4};
    saved.children = {{u"unix:///run/charon.vici#7"_s, 10, 20, 1, 2}, {u"#8"_s, 0, 0, 0, 0}};
    {
        HistoryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY2(store.saveCounterState({{u"a"_s, saved}, {u"b"_s, {}}}, &error), qPrintable(error));
        QVERIFY(store.saveCounterState({{u"b"_s, saved}})); // replaces b
    }
    HistoryStore again(path);
    QString error;
    QVERIFY(again.open(&error));
    const QHash<QString, CounterTracker::Saved> state = again.counterState();
    QCOMPARE(state.size(), 2);
    for (const QString &id : {u"a"_s, u"b"_s}) {
        QCOMPARE(state.value(id).closed, saved.closed); // beyond 2^53 too
        QCOMPARE(state.value(id).children, saved.children);
    }
}

void TestHistoryStore::tunnelTransitions()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY(store.open(&error));
    const StatusTransition down{u"a"_s, kT0, u"UP"_s, u"DOWN"_s, StatusTransition::Source::Tunnel};
    QVERIFY(store.addTransition({u"a"_s, kT0, u"ACTIVE"_s, u"DOWN"_s}));
    QVERIFY(store.addTransition(down));
    const QList<StatusTransition> all = store.transitions(u"a"_s);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].source, StatusTransition::Source::Neutron);
    QCOMPARE(all[1], down);
}

void TestHistoryStore::upgradesOldSchema()
{
    // A history file from before the source column: its rows read as Neutron transitions and
    // new tunnel transitions can be added.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE transitions (connection_id TEXT NOT NULL, at INTEGER NOT NULL, "
                       "from_status TEXT NOT NULL, to_status TEXT NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO transitions VALUES ('a', %1, '', 'ACTIVE')"_s.arg(kT0.toMSecsSinceEpoch())));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.addTransition({u"a"_s, kT0.addSecs(5), u"UP"_s, u"DOWN"_s, StatusTransition::Source::Tunnel}));
    const QList<StatusTransition> all = store.transitions(u"a"_s);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0], (StatusTransition{u"a"_s, kT0, {}, u"ACTIVE"_s}));
    QCOMPARE(all[1].source, StatusTransition::Source::Tunnel);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
