// SPDX-License-Identifier: Apache-2.0
// Monitoring over the sandbox: Neutron statuses and the simulated counters become rows, the
// history gets transitions and samples, DOWN and a vanished SA raise alerts; the table model
// (QAbstractItemModelTester) updates in place.
#include "monitoring/countersource.h"
#include "monitoring/historystore.h"
#include "monitoring/monitor.h"
#include "monitoring/monitoringtablemodel.h"

#include "openstack/neutronclient.h"
#include "openstack/session.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxcountersource.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"
#include "sandbox/sandboxstore.h"
#include "sandboxcopies.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;

class TestMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsFromStatusesAndCounters();
    void rowsFollowEveryChange();
    void aPollsTransitionsAreWrittenByItsEnd();
    void alerts();
    void tableModel();
    void tunnelTransitions_data();
    void tunnelTransitions();
    void counterErrors();
    void historyWriteFailures_data();
    void historyWriteFailures();
    void totalsContinueAfterRestart();
    void manyCountersOnThePool();
    void poolPassOfAnOldSourceIsDropped();
    void sandboxCountersOnThePool_data();
    void sandboxCountersOnThePool();
    void bigCloudRowsAreMadeOnThePool();
    void formatDuration_data();
    void formatDuration();

private:
    bool round(Monitor &monitor);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<openstack::Session> m_session;
    std::unique_ptr<openstack::NeutronClient> m_client;
    QString m_conn;
};

void TestMonitor::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_sandbox->simulator()->setAgentDelay(0);
    m_session = std::make_unique<openstack::Session>(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager());
    m_client = std::make_unique<openstack::NeutronClient>(m_session.get(), m_sandbox->networkAccessManager());
    m_conn = m_sandbox->server()->state().connections.first().id;
    QTRY_COMPARE(m_sandbox->server()->state().connections.first().status.api(), u"ACTIVE"_s);
}

void TestMonitor::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_sandbox.reset();
}

bool TestMonitor::round(Monitor &monitor)
{
    QSignalSpy polled(monitor.poller(), &StatusPoller::polled);
    QSignalSpy updated(&monitor, &Monitor::updated);
    monitor.pollNow();
    return QTest::qWaitFor([&] { return !polled.isEmpty() && updated.size() >= 2; }, 10000);
}

void TestMonitor::rowsFromStatusesAndCounters()
{
    HistoryStore history(u":memory:"_s);
    QString error;
    QVERIFY(history.open(&error));
    sandbox::SandboxCounterSource source(m_sandbox.get());
    QVERIFY(source.isSimulated());
    Monitor monitor;
    monitor.setClient(m_client.get());
    monitor.setCounterSource(&source);
    monitor.setHistory(&history);
    QVERIFY(round(monitor));
    const QList<MonitorRow> rows = monitor.rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].connectionId, m_conn);
    QCOMPARE(rows[0].status, u"ACTIVE"_s);
    QVERIFY(rows[0].saKnown);
    QVERIFY(rows[0].saUp);
    QVERIFY(rows[0].lastChange.isValid());
    const quint64 first = rows[0].totals.bytesIn;

    QVERIFY(round(monitor)); // counters only grow
    QVERIFY(monitor.rows()[0].totals.bytesIn >= first);
    // Neutron's first-seen ACTIVE and the tunnel's first-seen UP (either may come first).
    QStringList transitions;
    for (const StatusTransition &t : history.transitions(m_conn))
        transitions.append((t.source == StatusTransition::Source::Tunnel ? u"tunnel:"_s : u"neutron:"_s) + t.to);
    transitions.sort();
    QCOMPARE(transitions, (QStringList{u"neutron:ACTIVE"_s, u"tunnel:UP"_s}));
    QCOMPARE(rows[0].ikeState, u"ESTABLISHED"_s);
    QCOMPARE(rows[0].childState, u"INSTALLED"_s);
    QVERIFY(rows[0].upSince.isValid());
    QCOMPARE(history.samples(m_conn).size(), 2);
}

void TestMonitor::aPollsTransitionsAreWrittenByItsEnd()
{
    HistoryStore history(u":memory:"_s);
    QString error;
    QVERIFY(history.open(&error));
    Monitor monitor;
    monitor.setClient(m_client.get());
    monitor.setHistory(&history);
    // What a receiver of updated() reads: the poll's transitions are in the history already
    // (queued during the poll, written in one transaction at its end).
    QList<StatusTransition> seenAtUpdate;
    connect(&monitor, &Monitor::updated, &monitor, [&] { seenAtUpdate = history.transitions(m_conn); });
    QSignalSpy polled(monitor.poller(), &StatusPoller::polled);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), 10000);
    QCOMPARE(seenAtUpdate.size(), 1);
    QCOMPARE(seenAtUpdate.first().to, u"ACTIVE"_s);
    QCOMPARE(seenAtUpdate.first().from, QString());
}

void TestMonitor::alerts()
{
    sandbox::SandboxCounterSource source(m_sandbox.get());
    Monitor monitor;
    monitor.setClient(m_client.get());
    monitor.setCounterSource(&source);
    QVERIFY(round(monitor));
    QSignalSpy alerts(&monitor, &Monitor::alert);
    m_sandbox->simulator()->setFaulty(m_conn);
    QTRY_COMPARE(m_sandbox->server()->state().connections.first().status.api(), u"ERROR"_s);
    QVERIFY(round(monitor));
    QVERIFY2(alerts.size() >= 1, "no alert");
    QStringList messages;
    for (const auto &a : alerts) {
        QCOMPARE(a[0].toString(), m_conn);
        messages.append(a[1].toString());
    }
    QVERIFY2(messages.join(u'\n').contains(u"ERROR"_s), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.join(u'\n').contains(u"security association"_s), qPrintable(messages.join(u'\n')));
    QVERIFY(!monitor.rows()[0].saUp);
}

void TestMonitor::rowsFollowEveryChange()
{
    // rows() is kept between changes (several views ask after every poll): each change shows.
    sandbox::SandboxCounterSource source(m_sandbox.get());
    Monitor monitor;
    monitor.setClient(m_client.get());
    QSignalSpy polled(monitor.poller(), &StatusPoller::polled);
    monitor.pollNow(); // no counter source yet: a poll only
    QVERIFY(polled.wait());
    QCOMPARE(monitor.rows().size(), 1);
    QVERIFY(!monitor.rows()[0].saKnown);
    QCOMPARE(monitor.rows(), monitor.rows());
    // A status the next poll sees (the simulated agent would settle it back to ACTIVE at once).
    m_sandbox->simulator()->setAgentDelay(3600 * 1000);
    QVERIFY(m_sandbox->server()->setStatus(u"ipsec-site-connections"_s, m_conn, u"DOWN"_s));
    monitor.pollNow();
    QVERIFY(polled.wait());
    QCOMPARE(monitor.rows()[0].status, u"DOWN"_s);
    // Counters of a source attached since.
    monitor.setCounterSource(&source);
    QVERIFY(!monitor.rows()[0].saKnown); // the SA picture starts afresh
    QVERIFY(round(monitor));
    QVERIFY(monitor.rows()[0].saKnown);
    const QDateTime changed = monitor.rows()[0].lastChange;
    QVERIFY(changed.isValid());
    // The poller without a client (no transitions, the statuses just go): no rows.
    monitor.poller()->setClient(nullptr);
    QCOMPARE(monitor.rows().size(), 0);
    monitor.setClient(m_client.get());
    monitor.pollNow();
    QVERIFY(polled.wait());
    QCOMPARE(monitor.rows().size(), 1);
    // Another client: nothing of the old one.
    monitor.setClient(nullptr);
    QCOMPARE(monitor.rows().size(), 0);
}

void TestMonitor::tableModel()
{
    MonitoringTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MonitorRow row{u"c1"_s,
                   u"ACTIVE"_s,
                   true,
                   true,
                   {1'500'000, 20'000, 1000, 200, 2500.0, 100.0},
                   now,
                   u"ESTABLISHED"_s,
                   u"INSTALLED"_s,
                   now.addSecs(-3 * 3600 - 5 * 60)};
    model.setNow(now);
    model.setRows({row}, {{u"c1"_s, u"to-seoul"_s}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MonitoringTableModel::Name).data().toString(), u"to-seoul"_s);
    QCOMPARE(model.index(0, MonitoringTableModel::BytesIn).data(MonitoringTableModel::SortRole).toULongLong(),
             1'500'000u);
    QVERIFY(model.index(0, MonitoringTableModel::BytesIn).data().toString().contains(u"1.5"_s));
    QVERIFY(model.index(0, MonitoringTableModel::RateIn).data().toString().endsWith(u"/s"_s));
    QCOMPARE(model.index(0, MonitoringTableModel::Ike).data().toString(), u"ESTABLISHED"_s);
    QCOMPARE(model.index(0, MonitoringTableModel::Child).data().toString(), u"INSTALLED"_s);
    QCOMPARE(model.index(0, MonitoringTableModel::Uptime).data().toString(), u"3 h 05 min"_s);
    QCOMPARE(model.index(0, MonitoringTableModel::Uptime).data(MonitoringTableModel::SortRole).toLongLong(),
             3 * 3600 + 5 * 60);
    QSignalSpy simulatedChanged(&model, &QAbstractItemModel::dataChanged);
    model.setSimulated(true);
    QCOMPARE(simulatedChanged.size(), 1);
    QCOMPARE(model.index(0, MonitoringTableModel::Ike).data().toString(), u"ESTABLISHED (simulated)"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    row.totals.bytesIn += 1000;
    model.setRows({row}, {{u"c1"_s, u"to-seoul"_s}});
    QCOMPARE(reset.size(), 0); // the usual poll: in place
    QCOMPARE(changed.size(), 1);
    model.setRows({row, MonitorRow{u"c2"_s, u"DOWN"_s, false, false, {}, {}}});
    QCOMPARE(reset.size(), 1);
    // No endpoint reports on c2 and nothing was counted: the table says what to do.
    QCOMPARE(model.index(1, MonitoringTableModel::Ike).data().toString(),
             u"no counters — attach a strongSwan endpoint"_s);
    QCOMPARE(model.index(1, MonitoringTableModel::Uptime).data().toString(), QString());
    QCOMPARE(model.index(1, MonitoringTableModel::Name).data().toString(), u"c2"_s);
}

namespace {
/*! Answers each fetch with the next scripted round: connection id → SA up, or an error. */
class ScriptedSource : public CounterSource
{
public:
    QList<QHash<QString, bool>> rounds;
    QString error;
    void fetch(Done done) override
    {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        QList<ConnectionSnapshot> snapshots;
        const QHash<QString, bool> round = rounds.isEmpty() ? QHash<QString, bool>{} : rounds.takeFirst();
        for (auto it = round.cbegin(); it != round.cend(); ++it) {
            ConnectionSnapshot s{it.key(), {}};
            if (it.value()) {
                s.children.append({it.key() + u"-1"_s, 100, 100, 1, 1});
                s.ikeState = u"ESTABLISHED"_s;
            }
            snapshots.append(s);
        }
        done(snapshots, {});
    }
    bool isSimulated() const override { return false; }
    QString description() const override { return u"scripted"_s; }
};
} // namespace

void TestMonitor::tunnelTransitions_data()
{
    QTest::addColumn<QList<bool>>("rounds"); // SA of "c" up per fetch
    QTest::addColumn<QStringList>("transitions"); // from>to
    QTest::addColumn<int>("alerts");
    QTest::addRow("steady") << QList<bool>{true, true, true} << QStringList{u">UP"_s} << 0;
    QTest::addRow("goes away") << QList<bool>{true, false} << QStringList{u">UP"_s, u"UP>DOWN"_s} << 1;
    QTest::addRow("down then up") << QList<bool>{true, false, true} << QStringList{u">UP"_s, u"UP>DOWN"_s, u"DOWN>UP"_s}
                                  << 1;
    QTest::addRow("never up") << QList<bool>{false, false} << QStringList{u">DOWN"_s} << 0;
    QTest::addRow("flapping") << QList<bool>{true, false, true, false}
                              << QStringList{u">UP"_s, u"UP>DOWN"_s, u"DOWN>UP"_s, u"UP>DOWN"_s} << 2;
}

void TestMonitor::tunnelTransitions()
{
    QFETCH(QList<bool>, rounds);
    QFETCH(QStringList, transitions);
    QFETCH(int, alerts);
    ScriptedSource source;
    for (bool up : rounds)
        source.rounds.append({{u"c"_s, up}});
    HistoryStore history(u":memory:"_s);
    QString error;
    QVERIFY(history.open(&error));
    Monitor monitor;
    monitor.setHistory(&history);
    monitor.setCounterSource(&source);
    QSignalSpy alertSpy(&monitor, &Monitor::alert);
    QSignalSpy transitionSpy(&monitor, &Monitor::transition);
    for (qsizetype i = 0; i < rounds.size(); ++i)
        monitor.pollNow(); // the scripted source answers at once
    QStringList seen;
    for (const StatusTransition &t : history.transitions(u"c"_s)) {
        QCOMPARE(t.source, StatusTransition::Source::Tunnel);
        seen.append(t.from + u'>' + t.to);
    }
    QCOMPARE(seen, transitions);
    QCOMPARE(transitionSpy.size(), transitions.size());
    QCOMPARE(alertSpy.size(), alerts);
    QCOMPARE(monitor.rows().size(), 0); // no Neutron client: the table lists Neutron's connections only
}

void TestMonitor::totalsContinueAfterRestart()
{
    // A console restart: the second monitor continues the first one's totals from the history
    // instead of starting again from the live SA counters.
    class Source : public CounterSource
    {
    public:
        ChildCounters child;
        void fetch(Done done) override { done({ConnectionSnapshot{u"c"_s, {child}}}, {}); }
        bool isSimulated() const override { return false; }
        QString description() const override { return u"scripted"_s; }
    } source;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    const auto bytesIn = [&](Monitor &monitor) {
        monitor.pollNow();
        HistoryStore reader(path);
        QString error;
        return reader.open(&error) ? reader.samples(u"c"_s).last().bytesIn : 0;
    };
    {
        HistoryStore history(path);
        QString error;
        QVERIFY(history.open(&error));
        Monitor first;
        first.setHistory(&history);
        first.setCounterSource(&source);
        source.child = {u"1"_s, 800, 800, 8, 8};
        QCOMPARE(bytesIn(first), 800u);
        source.child = {u"2"_s, 50, 50, 1, 1}; // rekeyed
        QCOMPARE(bytesIn(first), 850u);
    }
    HistoryStore history(path);
    QString error;
    QVERIFY(history.open(&error));
    Monitor second;
    second.setHistory(&history);
    second.setCounterSource(&source);
    source.child = {u"2"_s, 80, 80, 2, 2}; // the same SA, 30 bytes later
    QCOMPARE(bytesIn(second), 880u);
}

void TestMonitor::counterErrors()
{
    ScriptedSource source;
    Monitor monitor;
    monitor.setCounterSource(&source);
    QSignalSpy errors(&monitor, &Monitor::counterErrorChanged);
    source.error = u"VICI endpoint unreachable"_s;
    monitor.pollNow();
    QCOMPARE(monitor.counterError(), source.error);
    monitor.pollNow(); // the same error is not repeated
    QCOMPARE(errors.size(), 1);
    source.error.clear();
    monitor.pollNow();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.last().first().toString(), QString());
    QCOMPARE(monitor.counterError(), QString());
}

void TestMonitor::historyWriteFailures_data()
{
    QTest::addColumn<QString>("table"); // dropped under the history's feet
    QTest::addColumn<QString>("expected");
    QTest::addRow("transitions") << u"transitions"_s << u"status changes"_s;
    QTest::addRow("samples") << u"samples"_s << u"counter samples"_s;
    QTest::addRow("counter state") << u"counter_state"_s << u"counter samples"_s;
}

// A history the database stops taking is reported (historyErrorChanged, historyError()) with the
// database's words, not dropped; thinning and retention too; a working write clears it.
void TestMonitor::historyWriteFailures()
{
    QFETCH(QString, table);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore history(path);
    QString error;
    QVERIFY2(history.open(&error), qPrintable(error));
    ScriptedSource source;
    Monitor monitor;
    monitor.setHistory(&history);
    monitor.setCounterSource(&source);
    QSignalSpy errors(&monitor, &Monitor::historyErrorChanged);
    source.rounds = {{{u"c"_s, true}}};
    monitor.pollNow();
    QVERIFY2(errors.isEmpty(), qPrintable(monitor.historyError()));
    QCOMPARE(history.samples(u"c"_s).size(), 1);

    const QString schema = [&] {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        other.setDatabaseName(path);
        QSqlQuery q(other);
        QString sql;
        if (other.open() && q.exec(u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(table)) && q.next())
            sql = q.value(0).toString();
        q.exec(u"DROP TABLE %1"_s.arg(table));
        q.finish();
        other.close();
        return sql;
    }();
    QSqlDatabase::removeDatabase(u"saboteur"_s);
    QVERIFY(!schema.isEmpty());

    source.rounds = {{{u"c"_s, false}}}; // the tunnel goes down: a transition and a sample
    monitor.pollNow();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(expected) && message.contains(table), qPrintable(message));
    QCOMPARE(monitor.historyError(), message);
    if (table == u"samples") {
        QCOMPARE(
            monitor.thinHistory(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc(), 60'000),
            -1);
        QVERIFY2(monitor.historyError().contains(u"thinning"_s), qPrintable(monitor.historyError()));
    }

    {
        // The table is back (a repaired file): the next writes clear the message.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"repair"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(schema));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"repair"_s);
    source.rounds = {{{u"c"_s, true}}};
    monitor.pollNow();
    if (table == u"samples")
        monitor.thinHistory(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc(), 60'000);
    QCOMPARE(monitor.historyError(), QString());
    QCOMPARE(errors.last().first().toString(), QString());
}

void TestMonitor::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("negative") << qint64(-5) << u"0 s"_s;
    QTest::addRow("seconds") << qint64(45) << u"45 s"_s;
    QTest::addRow("minutes") << qint64(12 * 60 + 59) << u"12 min"_s;
    QTest::addRow("hours") << qint64(3 * 3600 + 5 * 60) << u"3 h 05 min"_s;
    QTest::addRow("days") << qint64(2 * 86400 + 4 * 3600 + 59) << u"2 d 4 h"_s;
}

void TestMonitor::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(MonitoringTableModel::formatDuration(seconds), text);
}

namespace {
QHash<QString, bool> manyUp(int n, bool up)
{
    QHash<QString, bool> round;
    for (int i = 0; i < n; ++i)
        round.insert(u"c%1"_s.arg(i, 4, 10, QChar(u'0')), up);
    return round;
}
} // namespace

// A fetch of 1,000 connections is bookkept on the thread pool: nothing changes until the event
// loop brings the result back, then everything a small fetch does happens (transitions, alerts,
// samples in the history), and no other fetch starts meanwhile.
void TestMonitor::manyCountersOnThePool()
{
    ScriptedSource source;
    source.rounds = {manyUp(1000, true), manyUp(1000, false)};
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    QString error;
    QVERIFY2(history.open(&error), qPrintable(error));
    QVERIFY2(history.writeInBackground(&error), qPrintable(error)); // as the console does
    Monitor monitor;
    monitor.setHistory(&history);
    monitor.setCounterSource(&source);
    QSignalSpy updated(&monitor, &Monitor::updated);
    QSignalSpy written(&monitor, &Monitor::samplesWritten);
    QSignalSpy transitions(&monitor, &Monitor::transition);
    QSignalSpy alerts(&monitor, &Monitor::alert);

    monitor.pollNow();
    QCOMPARE(transitions.size(), 0); // on the pool
    monitor.pollNow(); // a fetch while one is bookkept: not started
    QCOMPARE(source.rounds.size(), 1);
    QTRY_COMPARE(transitions.size(), 1000);
    QCOMPARE(alerts.size(), 0);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(transitions.first().first().value<StatusTransition>().to, u"UP"_s);
    QTRY_COMPARE(written.size(), 1); // the charts may read the fetch's samples now
    QCOMPARE(history.samples(u"c0999"_s).size(), 1);

    monitor.pollNow(); // all DOWN: 1,000 changes and as many alerts
    QTRY_COMPARE(transitions.size(), 2000);
    QCOMPARE(alerts.size(), 1000);
    history.waitForWrites();
    QCOMPARE(history.samples(u"c0999"_s).size(), 2);
    QCOMPARE(history.transitions(u"c0999"_s).size(), 2);
}

// Counters of a source that was replaced while the pool bookkept them are dropped.
void TestMonitor::poolPassOfAnOldSourceIsDropped()
{
    ScriptedSource first;
    first.rounds = {manyUp(1000, true)};
    ScriptedSource second;
    Monitor monitor;
    monitor.setCounterSource(&first);
    QSignalSpy transitions(&monitor, &Monitor::transition);
    QSignalSpy updated(&monitor, &Monitor::updated);
    monitor.pollNow();
    monitor.setCounterSource(&second);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(transitions.size(), 0);
    QCOMPARE(updated.size(), 0);
    second.rounds = {manyUp(300, true)};
    monitor.pollNow(); // the new source's fetch is not held up by the dropped one
    QTRY_COMPARE(transitions.size(), 300);
}

void TestMonitor::sandboxCountersOnThePool_data()
{
    QTest::addColumn<int>("copies");
    QTest::addColumn<bool>("onThePool");
    QTest::newRow("1 connection: at once") << 0 << false;
    QTest::newRow("300 connections: on the pool") << 299 << true;
}

// The sandbox's simulated counters: every connection of the store in list order, the ones the
// simulated agent made ACTIVE with one made-up CHILD_SA; hundreds are made up on the pool.
void TestMonitor::sandboxCountersOnThePool()
{
    QFETCH(int, copies);
    QFETCH(bool, onThePool);
    QString error;
    QVERIFY2(testing::addConnectionCopies(m_sandbox->store(), m_conn, copies, &error), qPrintable(error));

    sandbox::SandboxCounterSource source(m_sandbox.get());
    QList<ConnectionSnapshot> snapshots;
    bool answered = false;
    source.fetch([&](const QList<ConnectionSnapshot> &result, const QString &fetchError) {
        QVERIFY(fetchError.isEmpty());
        snapshots = result;
        answered = true;
    });
    QCOMPARE(answered, !onThePool);
    QTRY_VERIFY(answered);
    QCOMPARE(snapshots.size(), copies + 1);
    QCOMPARE(snapshots.first().connectionId, m_conn);
    QCOMPARE(snapshots.first().children.size(), 1); // made ACTIVE by the simulated agent
    QCOMPARE(snapshots.first().ikeState, u"ESTABLISHED"_s);
    if (copies > 0) {
        QCOMPARE(snapshots.last().connectionId, u"copy-%1"_s.arg(copies - 1, 3, 10, QChar(u'0')));
        QVERIFY(snapshots.last().children.isEmpty()); // not made ACTIVE by the agent: no SA
    }
}

// From kBackgroundFrom connections the rows are made on the pool: updated() comes when they
// are, never with the previous ones, and the GUI thread did not make them.
void TestMonitor::bigCloudRowsAreMadeOnThePool()
{
    QString error;
    QVERIFY2(testing::addConnectionCopies(m_sandbox->store(), m_conn, 300, &error), qPrintable(error));

    Monitor monitor;
    monitor.setClient(m_client.get());
    qsizetype rowsWhenPolled = -1;
    connect(monitor.poller(), &StatusPoller::polled, this, [&] { rowsWhenPolled = monitor.rows().size(); });
    QList<qsizetype> rowsWhenUpdated;
    connect(&monitor, &Monitor::updated, this, [&] { rowsWhenUpdated.append(monitor.rows().size()); });
    QSignalSpy batches(&monitor, &Monitor::transitions);
    monitor.pollNow();
    QTRY_VERIFY(!rowsWhenUpdated.isEmpty());
    QCOMPARE(rowsWhenPolled, 0); // not made on the GUI thread when the poll came
    QCOMPARE(rowsWhenUpdated.first(), 301);
    QCOMPARE(batches.size(), 1); // 301 first sightings in one signal
    QCOMPARE(batches[0][0].value<QList<StatusTransition>>().size(), 301);
    const QList<MonitorRow> rows = monitor.rows();
    QVERIFY(std::is_sorted(rows.cbegin(), rows.cend(),
                           [](const MonitorRow &a, const MonitorRow &b) { return a.connectionId < b.connectionId; }));
    const auto copy
        = std::find_if(rows.cbegin(), rows.cend(), [](const MonitorRow &r) { return r.connectionId == u"copy-299"_s; });
    QVERIFY(copy != rows.cend());
    QCOMPARE(copy->status, monitor.poller()->statuses().value(u"copy-299"_s));
    QVERIFY(!copy->status.isEmpty());
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
