// SPDX-License-Identifier: Apache-2.0
// Monitoring over the sandbox: Neutron statuses and the simulated counters become rows, the
// history gets transitions and samples, DOWN and a vanished SA raise alerts; the table model
// (QAbstractItemModelTester) updates in place.
#include "monitoring/historystore.h"
#include "monitoring/monitor.h"
#include "monitoring/monitoringtablemodel.h"
#include "monitoring/sandboxcountersource.h"

#include "openstack/neutronclient.h"
#include "openstack/session.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
    void alerts();
    void tableModel();

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
    SandboxCounterSource source(m_sandbox.get());
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
    QCOMPARE(history.transitions(m_conn).size(), 1);
    QCOMPARE(history.samples(m_conn).size(), 2);
}

void TestMonitor::alerts()
{
    SandboxCounterSource source(m_sandbox.get());
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

void TestMonitor::tableModel()
{
    MonitoringTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MonitorRow row{u"c1"_s, u"ACTIVE"_s, true, true, {1'500'000, 20'000, 1000, 200, 2500.0, 100.0}, QDateTime::currentDateTimeUtc()};
    model.setRows({row}, {{u"c1"_s, u"to-seoul"_s}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MonitoringTableModel::Name).data().toString(), u"to-seoul"_s);
    QCOMPARE(model.index(0, MonitoringTableModel::BytesIn).data(MonitoringTableModel::SortRole).toULongLong(), 1'500'000u);
    QVERIFY(model.index(0, MonitoringTableModel::BytesIn).data().toString().contains(u"1.5"_s));
    QVERIFY(model.index(0, MonitoringTableModel::RateIn).data().toString().endsWith(u"/s"_s));
    QCOMPARE(model.index(0, MonitoringTableModel::Sa).data().toString(), u"up"_s);
    model.setSimulated(true);
    QCOMPARE(model.index(0, MonitoringTableModel::Sa).data().toString(), u"up (simulated)"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    row.totals.bytesIn += 1000;
    model.setRows({row}, {{u"c1"_s, u"to-seoul"_s}});
    QCOMPARE(reset.size(), 0); // the usual poll: in place
    QCOMPARE(changed.size(), 1);
    model.setRows({row, MonitorRow{u"c2"_s, u"DOWN"_s, false, false, {}, {}}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.index(1, MonitoringTableModel::Sa).data().toString(), u"unknown"_s);
    QCOMPARE(model.index(1, MonitoringTableModel::Name).data().toString(), u"c2"_s);
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
