// SPDX-License-Identifier: Apache-2.0
// The monitoring history: transitions and samples stored and queried by time, kept across a
// reopen and a kill -9, pruned by retention, exported as CSV; private files; every failed write
// says so.
#include "droptable.h"
#include "killedwriter.h"
#include "monitoring/historystore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

int mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

/*!
 * Child mode: one poll's worth at a time, as the monitor writes it (a sample per connection and
 * the counter state it continues from, together), reporting each commit on stdout.
 */
int writer(const QString &path)
{
    HistoryStore store(path);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (quint64 n = 1;; ++n) {
        QList<CounterSample> samples;
        QHash<QString, CounterTracker::Saved> state;
        for (const QString &id : {u"a"_s, u"b"_s}) {
            samples.append({id, {}, kT0.addMSecs(qint64(n)), n, 2 * n, n, n});
            CounterTracker::Saved saved;
            saved.closed = {n, 2 * n, n, n};
            state.insert(id, saved);
        }
        if (!store.addTransition({u"a"_s, kT0.addMSecs(qint64(n)), u"n%1"_s.arg(n - 1), u"n%1"_s.arg(n)}, &error)
            || !store.record(samples, state, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%llu\n", static_cast<unsigned long long>(n));
        std::fflush(stdout);
    }
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitionsByTime();
    void recentChanges();
    void samplesBatch();
    void readsOfManyConnections_data();
    void readsOfManyConnections();
    void persistsAcrossReopen();
    void prune();
    void csv();
    void unwritablePath();
    void tunnelTransitions();
    void counterState();
    void thin_data();
    void thin();
    void upgradesOldSchema();
    void scopesKeepCloudsApart();
    void survivesKillDuringWrites();
    void filesArePrivate();
    void writeFailuresAreReported_data();
    void writeFailuresAreReported();
    void backgroundWrites_data();
    void backgroundWrites();
    void backgroundWriteFailureComesBack();
    void backgroundWritesOutliveTheStore();
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
    // A batch (a poll's transitions) lands whole, in order.
    const QList<StatusTransition> batch{{u"c"_s, kT0.addSecs(70), {}, u"ACTIVE"_s},
                                        {u"c"_s, kT0.addSecs(80), u"ACTIVE"_s, u"DOWN"_s},
                                        {u"d"_s, kT0.addSecs(80), {}, u"ACTIVE"_s, StatusTransition::Source::Tunnel}};
    QVERIFY2(store.addTransitions(batch, &error), qPrintable(error));
    QVERIFY(store.addTransitions({}, &error));
    QCOMPARE(store.transitions().size(), 6);
    QCOMPARE(store.transitions(u"c"_s), batch.mid(0, 2));
    QCOMPARE(store.transitions(u"d"_s), batch.mid(2));
}

// What the event log starts with: the newest changes (never first sightings), oldest first,
// within the range, at most as many as asked for.
void TestHistoryStore::recentChanges()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QList<StatusTransition> all;
    for (int i = 0; i < 50; ++i)
        all.append({u"c%1"_s.arg(i), kT0.addSecs(i), {}, u"ACTIVE"_s}); // first sightings
    for (int i = 0; i < 5; ++i)
        all.append({u"c%1"_s.arg(i), kT0.addSecs(100 + i), u"ACTIVE"_s, u"DOWN"_s});
    all.append({u"c9"_s, kT0.addSecs(500), u"DOWN"_s, u"ACTIVE"_s, StatusTransition::Source::Tunnel});
    QVERIFY2(store.addTransitions(all, &error), qPrintable(error));

    QCOMPARE(store.recentChanges(kT0, kT0.addSecs(1000), 100), all.mid(50));
    QCOMPARE(store.recentChanges(kT0, kT0.addSecs(1000), 2), all.mid(54));
    QCOMPARE(store.recentChanges(kT0, kT0.addSecs(102), 100), all.mid(50, 3));
    QVERIFY(store.recentChanges(kT0.addSecs(600), kT0.addSecs(1000), 100).isEmpty());
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

void TestHistoryStore::readsOfManyConnections_data()
{
    QTest::addColumn<int>("connections");
    QTest::newRow("a few") << 3;
    QTest::newRow("more than one statement takes (500)") << 1203;
}

void TestHistoryStore::readsOfManyConnections()
{
    // loadSeries(ids) and transitionsOf(ids) read what the per-connection reads do, in one go.
    QFETCH(int, connections);
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QStringList ids;
    QList<CounterSample> samples;
    QList<StatusTransition> transitions;
    for (int c = 0; c < connections; ++c) {
        ids.append(u"c%1"_s.arg(c, 4, 10, QChar(u'0')));
        for (int s = 0; s < 3; ++s) {
            samples.append({ids.last(), {}, kT0.addSecs(5 * s + c % 7), quint64(100 * s + c), quint64(s), 1, 1});
        }
        transitions.append({ids.last(), kT0.addSecs(c % 11), {}, u"ACTIVE"_s});
    }
    samples.append({u"other"_s, {}, kT0, 1, 1, 1, 1}); // not asked for
    transitions.append({u"other"_s, kT0, {}, u"DOWN"_s});
    QVERIFY(store.addSamples(samples, &error));
    QVERIFY(store.addTransitions(transitions, &error));
    QStringList asked = ids;
    asked.append(u"never-seen"_s);
    const QHash<QString, SampleSeries> series = store.loadSeries(asked, kT0, kT0.addSecs(7), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(series.size(), ids.size()); // none for a connection without samples, none not asked for
    for (const QString &id : std::as_const(ids))
        QCOMPARE(series.value(id), store.loadSeries(id, kT0, kT0.addSecs(7)));
    const QList<StatusTransition> read = store.transitionsOf(asked, kT0.addSecs(60), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), ids.size());
    QVERIFY(std::is_sorted(read.cbegin(), read.cend(),
                           [](const StatusTransition &a, const StatusTransition &b) { return a.at < b.at; }));
    QCOMPARE(store.transitionsOf(asked, kT0.addSecs(-1), &error).size(), 0); // up to "to" only
    HistoryStore closed(u":memory:"_s);
    QVERIFY(closed.loadSeries(ids, kT0, kT0.addSecs(7), &error).isEmpty());
    QVERIFY(error.contains(u"not open"_s));
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
        // ... and from before scopes: samples and a counter state keyed by the connection alone.
        QVERIFY(q.exec(u"CREATE TABLE samples (connection_id TEXT NOT NULL, child TEXT NOT NULL, at INTEGER NOT NULL, "
                       "bytes_in INTEGER NOT NULL, bytes_out INTEGER NOT NULL, packets_in INTEGER NOT NULL, "
                       "packets_out INTEGER NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO samples VALUES ('a', '', %1, 1, 2, 3, 4)"_s.arg(kT0.toMSecsSinceEpoch())));
        QVERIFY(q.exec(u"CREATE TABLE counter_state (connection_id TEXT PRIMARY KEY, state TEXT NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO counter_state VALUES ('a', '{\"closed\": {\"bi\": \"7\", \"bo\": \"0\", "
                       "\"pi\": \"0\", \"po\": \"0\"}, \"children\": []}')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    HistoryStore store(path);
    store.setScope(u"prod|RegionOne"_s); // rows without a scope show in every scope
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.samples(u"a"_s).size(), 1);
    QCOMPARE(store.counterState().size(), 1);
    QVERIFY(store.addTransition({u"a"_s, kT0.addSecs(5), u"UP"_s, u"DOWN"_s, StatusTransition::Source::Tunnel}));
    const QList<StatusTransition> all = store.transitions(u"a"_s);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0], (StatusTransition{u"a"_s, kT0, {}, u"ACTIVE"_s}));
    QCOMPARE(all[1].source, StatusTransition::Source::Tunnel);
}

void TestHistoryStore::scopesKeepCloudsApart()
{
    HistoryStore store(u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    CounterTracker::Saved saved;
    saved.closed = {7, 0, 0, 0};
    // The same connection id in two clouds (or regions): each sees its own history only.
    const auto write = [&](const QString &scope, quint64 bytes, const QString &to) {
        store.setScope(scope);
        QVERIFY(store.addTransition({u"c"_s, kT0, u"DOWN"_s, to}));
        QVERIFY(store.record({{u"c"_s, {}, kT0, bytes, 0, 0, 0}}, {{u"c"_s, saved}}));
    };
    write(u"alpha|RegionOne"_s, 100, u"ACTIVE"_s);
    write(u"alpha|RegionTwo"_s, 200, u"ERROR"_s);
    for (const auto &[scope, bytes, to] :
         {std::tuple{u"alpha|RegionOne"_s, 100, u"ACTIVE"_s}, std::tuple{u"alpha|RegionTwo"_s, 200, u"ERROR"_s}}) {
        store.setScope(scope);
        const QList<StatusTransition> transitions = store.transitions();
        QCOMPARE(transitions.size(), 1);
        QCOMPARE(transitions.first().to, to);
        QCOMPARE(store.samples(u"c"_s).size(), 1);
        QCOMPARE(store.samples(u"c"_s).first().bytesIn, quint64(bytes));
        QCOMPARE(store.loadSeries(u"c"_s, {}, {}).size(), 1);
        QCOMPARE(store.counterState().size(), 1);
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(store.exportSamplesCsv(&csv));
        QCOMPARE(csv.data().count('\n'), 2); // the header and this scope's sample
    }
    store.setScope(u"beta|RegionOne"_s);
    QVERIFY(store.transitions().isEmpty());
    QVERIFY(store.samples(u"c"_s).isEmpty());
    QVERIFY(store.counterState().isEmpty());
}

// Like tst_sandboxstore: a writer child is killed (SIGKILL) after 200 reported commits; every
// reported write survives, and the samples and the counter state of a poll are whole together.
void TestHistoryStore::survivesKillDuringWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"monitoring.sqlite"_s);
    QString failure;
    const QStringList committed = vpnaas::test::commitsBeforeKill(path, 200, &failure);
    QVERIFY2(!committed.isEmpty(), qPrintable(failure));
    const quint64 last = committed.last().toULongLong();
    QCOMPARE(last, quint64(committed.size()));

    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QHash<QString, CounterTracker::Saved> state = store.counterState();
    for (const QString &id : {u"a"_s, u"b"_s}) {
        const QList<CounterSample> samples = store.samples(id);
        QVERIFY2(quint64(samples.size()) >= last,
                 qPrintable(u"%1 of %2 committed samples"_s.arg(samples.size()).arg(last)));
        QVERIFY(quint64(samples.size()) <= last + 1);
        for (qsizetype i = 0; i < samples.size(); ++i)
            QCOMPARE(samples[i].bytesIn, quint64(i + 1));
        // The state is the one written with the newest sample: same transaction.
        QCOMPARE(state.value(id).closed.bytesIn, samples.last().bytesIn);
    }
    const QList<StatusTransition> transitions = store.transitions(u"a"_s);
    QVERIFY(quint64(transitions.size()) >= last);
    QVERIFY(quint64(transitions.size()) <= last + 1);
}

// 0600 in a new 0700 folder, whatever the umask; an older 0644 file is tightened.
void TestHistoryStore::filesArePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"data"_s);
    const QString path = folder + u"/monitoring.sqlite"_s;
    const mode_t old = ::umask(0);
    {
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.addTransition({u"a"_s, kT0, {}, u"ACTIVE"_s}));
        QCOMPARE(mode(folder), 0700);
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
            QCOMPARE(mode(file), 0600);
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    {
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(mode(path), 0600);
    }
    ::umask(old);
}

void TestHistoryStore::writeFailuresAreReported_data()
{
    QTest::addColumn<QString>("table"); // dropped under the store's feet
    QTest::addColumn<QString>("write");
    QTest::addRow("addTransition") << u"transitions"_s << u"addTransition"_s;
    QTest::addRow("addTransitions") << u"transitions"_s << u"addTransitions"_s;
    QTest::addRow("addSamples") << u"samples"_s << u"addSamples"_s;
    QTest::addRow("saveCounterState") << u"counter_state"_s << u"saveCounterState"_s;
    QTest::addRow("record, samples gone") << u"samples"_s << u"record"_s;
    QTest::addRow("record, counter state gone") << u"counter_state"_s << u"record"_s;
    QTest::addRow("thin") << u"samples"_s << u"thin"_s;
    QTest::addRow("prune") << u"transitions"_s << u"prune"_s;
}

// A write the database refuses returns false (or -1) with the database's words, and a record()
// that fails half-way leaves nothing of it.
void TestHistoryStore::writeFailuresAreReported()
{
    QFETCH(QString, table);
    QFETCH(QString, write);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"monitoring.sqlite"_s);
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.addSamples({{u"a"_s, {}, kT0, 1, 1, 1, 1}, {u"a"_s, {}, kT0.addSecs(1), 2, 2, 2, 2}}));
    QVERIFY(vpnaas::test::dropTable(path, table)); // as tst_sandboxserver::storeFailuresAreReported does

    CounterTracker::Saved saved;
    saved.closed = {7, 7, 7, 7};
    bool ok = true;
    if (write == u"addTransition")
        ok = store.addTransition({u"a"_s, kT0, {}, u"ACTIVE"_s}, &error);
    else if (write == u"addTransitions")
        ok = store.addTransitions({{u"a"_s, kT0, {}, u"ACTIVE"_s}, {u"b"_s, kT0, {}, u"DOWN"_s}}, &error);
    else if (write == u"addSamples")
        ok = store.addSamples({{u"a"_s, {}, kT0.addSecs(2), 3, 3, 3, 3}}, &error);
    else if (write == u"saveCounterState")
        ok = store.saveCounterState({{u"a"_s, saved}}, &error);
    else if (write == u"record")
        ok = store.record({{u"a"_s, {}, kT0.addSecs(2), 3, 3, 3, 3}}, {{u"a"_s, saved}}, &error);
    else if (write == u"thin")
        ok = store.thin(kT0.addSecs(-60), kT0.addSecs(60), 60'000, &error) >= 0;
    else if (write == u"prune")
        ok = store.prune(1, kT0.addDays(10), &error) >= 0;
    QVERIFY(!ok);
    QVERIFY2(error.contains(table), qPrintable(error));
    if (write == u"record") {
        QVERIFY(store.counterState().isEmpty()); // the half that could be written was not kept
        QVERIFY(store.samples(u"a"_s).size() <= 2);
    }
}

void TestHistoryStore::backgroundWrites_data()
{
    QTest::addColumn<bool>("onFile");
    QTest::newRow("file: on a worker") << true;
    QTest::newRow("memory: inline") << false;
}

// recordLater()/addTransitionsLater(): on a worker for a file, in order, each under the scope of
// its call, results on the owner's thread; inline (and said so) for ":memory:".
void TestHistoryStore::backgroundWrites()
{
    QFETCH(bool, onFile);
    QTemporaryDir dir;
    HistoryStore store(onFile ? dir.filePath(u"history.sqlite"_s) : u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.writeInBackground(&error), onFile);
    QCOMPARE(store.writesInBackground(), onFile);
    QCOMPARE(error.isEmpty(), onFile);

    QStringList results;
    QList<QThread *> threads;
    const auto done = [&](const QString &tag) {
        return [&, tag](const QString &writeError) {
            results.append(tag + u':' + writeError);
            threads.append(QThread::currentThread());
        };
    };
    QObject context;
    store.setScope(u"one|"_s);
    store.addTransitionsLater({{u"a"_s, kT0, {}, u"ACTIVE"_s}}, &context, done(u"t1"_s));
    store.recordLater({{u"a"_s, {}, kT0, 1, 2, 3, 4}}, {}, &context, done(u"s1"_s));
    store.setScope(u"two|"_s);
    store.addTransitionsLater({{u"b"_s, kT0.addSecs(1), {}, u"DOWN"_s}}, &context, done(u"t2"_s));
    QCOMPARE(results.size(), onFile ? 0 : 3); // a worker answers from the event loop
    store.waitForWrites();
    QCOMPARE(results, (QStringList{u"t1:"_s, u"s1:"_s, u"t2:"_s}));
    for (QThread *thread : std::as_const(threads))
        QCOMPARE(thread, QThread::currentThread());

    // Read on the owner's thread: each row under its own scope.
    QCOMPARE(store.transitions().size(), 1);
    QCOMPARE(store.transitions().first().connectionId, u"b"_s);
    store.setScope(u"one|"_s);
    QCOMPARE(store.transitions().size(), 1);
    QCOMPARE(store.transitions().first().connectionId, u"a"_s);
    QCOMPARE(store.samples(u"a"_s).size(), 1);

    // A receiver that is gone gets nothing (and nothing crashes).
    auto gone = std::make_unique<QObject>();
    bool called = false;
    store.recordLater({{u"a"_s, {}, kT0.addSecs(5), 1, 2, 3, 4}}, {}, gone.get(),
                      [&](const QString &) { called = true; });
    QCOMPARE(called, !onFile);
    gone.reset();
    store.waitForWrites();
    QCOMPARE(called, !onFile);
    QCOMPARE(store.samples(u"a"_s).size(), 2); // written all the same
}

void TestHistoryStore::backgroundWriteFailureComesBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY2(store.writeInBackground(&error), qPrintable(error));
    QVERIFY(vpnaas::test::dropTable(path, u"samples"_s));
    QObject context;
    QString reported;
    store.recordLater({{u"a"_s, {}, kT0, 1, 2, 3, 4}}, {}, &context,
                      [&](const QString &writeError) { reported = writeError; });
    QTRY_VERIFY(!reported.isEmpty());
    QVERIFY2(reported.contains(u"samples"_s), qPrintable(reported));
}

// Closing the store (the console quitting) waits for what was handed to the worker.
void TestHistoryStore::backgroundWritesOutliveTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.writeInBackground(&error), qPrintable(error));
        QList<CounterSample> samples;
        for (int i = 0; i < 2000; ++i)
            samples.append({u"c%1"_s.arg(i), {}, kT0, quint64(i), 0, 0, 0});
        store.recordLater(samples, {}, nullptr, [](const QString &) {});
    }
    HistoryStore reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(reader.samples(u"c1999"_s).size(), 1);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return writer(QString::fromLocal8Bit(argv[2]));
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_historystore.moc"
