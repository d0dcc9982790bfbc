// SPDX-License-Identifier: Apache-2.0
// The monitoring wiring over an in-memory sandbox: rows and the poll line appear, alerts reach
// the event log and the notifier, settings persist and apply, the history exports as CSV; on a
// "real" cloud (the sandbox's API without the simulation) attached VICI endpoints are saved per
// cloud and a dead one is reported; the settings dialog refuses bad endpoint addresses.
#include "droptable.h"

#include "charts/monitoringcharts.h"
#include "monitoring/alertnotifier.h"
#include "monitoring/monitoringcontroller.h"
#include "monitoring/monitoringsettingsdialog.h"
#include "monitoring/monitoringview.h"

#include "monitoring/historystore.h"
#include "monitoring/monitor.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

class TestMonitoringController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sandboxRowsAndPollLine();
    void alertsReachLogAndNotifier();
    void settingsPersistAndApply();
    void exportCsv();
    void endpointsPerRealCloud();
    void dialogValidatesEndpoints_data();
    void dialogValidatesEndpoints();
    void dialogOnSandbox();
    void dialogTestsEndpoint();
    void eventLogStartsFromHistory();
    void eventLogIsNewestFirstByTime();
    void historyFailuresInPollLine();
    void chartsAreMadeWhenShown();

private:
    void start(bool simulated);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MonitoringView> m_view;
    std::unique_ptr<MonitoringController> m_controller;
};

void TestMonitoringController::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_sandbox->simulator()->setAgentDelay(0);
    m_workspace = std::make_unique<Workspace>();
    m_view = std::make_unique<MonitoringView>();
    m_controller = std::make_unique<MonitoringController>(m_workspace.get(), m_view.get(), u":memory:"_s);
    m_controller->setOfflineCloud(m_sandbox.get());
    m_controller->notifier()->setCoalesceInterval(0);
}

void TestMonitoringController::cleanup()
{
    m_controller.reset();
    m_view.reset();
    m_workspace.reset();
    m_sandbox.reset();
}

void TestMonitoringController::start(bool simulated)
{
    m_workspace->connectTo(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager(), simulated);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 1, 10000);
}

void TestMonitoringController::sandboxRowsAndPollLine()
{
    start(true);
    QVERIFY(m_view->findChild<QLabel *>(u"monitoringSource"_s)->text().contains(u"simulated"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->index(0, monitoring::MonitoringTableModel::Status).data().toString(),
                              u"ACTIVE"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusLine()->text().startsWith(u"Neutron: polled"_s), 5000);
    QVERIFY2(m_view->statusLine()->text().contains(u"every 5 s"_s), qPrintable(m_view->statusLine()->text()));
    m_controller->monitor()->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->index(0, monitoring::MonitoringTableModel::Ike).data().toString(),
                              u"ESTABLISHED (simulated)"_s, 10000);
    QCOMPARE(m_view->selectedConnections(), QStringList{m_sandbox->server()->state().connections.first().id});
}

void TestMonitoringController::alertsReachLogAndNotifier()
{
    start(true);
    const QString id = m_sandbox->server()->state().connections.first().id;
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->monitor()->poller()->statuses().value(id), u"ACTIVE"_s, 10000);
    QSignalSpy shown(m_controller->notifier(), &AlertNotifier::shown);
    QSignalSpy messages(m_controller.get(), &MonitoringController::message);
    m_sandbox->simulator()->setFaulty(id);
    QTRY_COMPARE(m_sandbox->server()->state().connections.first().status.api(), u"ERROR"_s);
    m_controller->monitor()->pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QVERIFY(shown.first().at(1).toString().startsWith(u"conn: "_s));
    if (!m_controller->notifier()->hasTray())
        QVERIFY(!messages.isEmpty()); // no tray offscreen: the status bar gets it
    const QListWidget *log = m_view->eventLog();
    const auto logText = [log] {
        QStringList lines;
        for (int i = 0; i < log->count(); ++i)
            lines.append(log->item(i)->text());
        return lines.join(u'\n');
    };
    // The SA may go before the next Neutron poll: wait for both.
    QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"Connection went ERROR (was ACTIVE)."_s), 10000);
    const QStringList lines{logText()};
    QVERIFY2(lines.join(u'\n').contains(u"Connection went ERROR (was ACTIVE)."_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.join(u'\n').contains(u"Neutron status ERROR (was ACTIVE)"_s), qPrintable(lines.join(u'\n')));
}

void TestMonitoringController::settingsPersistAndApply()
{
    QCOMPARE(m_controller->settings(), MonitoringController::Settings{});
    m_controller->setSettings({2, 7, false});
    QCOMPARE(m_controller->monitor()->poller()->interval(), 2000);
    QVERIFY(!m_controller->notifier()->isEnabled());
    QCOMPARE(QSettings().value(u"monitoring/intervalSeconds"_s).toInt(), 2);
    QCOMPARE(QSettings().value(u"monitoring/retentionDays"_s).toInt(), 7);
    // Out-of-range values are clamped, and a new controller reads what was saved.
    m_controller->setSettings({0, 100000, true});
    QCOMPARE(m_controller->settings(), (MonitoringController::Settings{1, 3650, true}));
    MonitoringView view;
    Workspace workspace;
    MonitoringController again(&workspace, &view, u":memory:"_s);
    QCOMPARE(again.settings(), (MonitoringController::Settings{1, 3650, true}));
}

void TestMonitoringController::exportCsv()
{
    start(true);
    m_controller->monitor()->pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->history()->transitions().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_controller->history()->samples(m_sandbox->server()->state().connections.first().id).isEmpty(), 10000);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(m_controller->exportHistoryTo(dir.filePath(u"history.csv"_s), &error), qPrintable(error));
    QFile transitions(dir.filePath(u"history.csv"_s));
    QVERIFY(transitions.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = transitions.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("connection_id,time_utc,source,from_status,to_status\r"));
    QVERIFY(lines.size() >= 3);
    QFile samples(dir.filePath(u"history-samples.csv"_s));
    QVERIFY(samples.open(QIODevice::ReadOnly));
    QVERIFY(samples.readAll().startsWith("connection_id,child,time_utc,bytes_in"));
    // An unwritable place: a clear error, nothing half-written.
    QVERIFY(!m_controller->exportHistoryTo(dir.filePath(u"missing/dir/history.csv"_s), &error));
    QVERIFY2(error.contains(u"Cannot write"_s), qPrintable(error));
}

void TestMonitoringController::endpointsPerRealCloud()
{
    start(false); // the sandbox's API, but not marked as simulated: counters need endpoints
    QVERIFY2(m_view->findChild<QLabel *>(u"monitoringSource"_s)->text().contains(u"none attached"_s),
             qPrintable(m_view->findChild<QLabel *>(u"monitoringSource"_s)->text()));
    QTemporaryDir dir;
    monitoring::ViciEndpoint dead;
    dead.uri = u"unix://"_s + dir.filePath(u"no-charon.vici"_s);
    dead.scope = monitoring::ViciEndpoint::Scope::VpnService;
    dead.targetId = m_sandbox->server()->state().vpnServices.first().id;
    m_controller->setEndpoints({dead});
    QVERIFY(m_view->findChild<QLabel *>(u"monitoringSource"_s)->text().contains(u"VICI"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusLine()->text().contains(u"Counters failed"_s), 10000);
    // Saved for this cloud: a new controller on the same cloud has it.
    MonitoringView view;
    Workspace workspace;
    MonitoringController again(&workspace, &view, u":memory:"_s);
    workspace.connectTo(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager(), false);
    QCOMPARE(again.endpoints().size(), 1);
    QCOMPARE(again.endpoints().first().uri, dead.uri);
}

void TestMonitoringController::dialogValidatesEndpoints_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("no scheme") << u"/var/run/charon.vici"_s << false;
    QTest::addRow("relative unix path") << u"unix://run/charon.vici"_s << false;
    QTest::addRow("tcp without port") << u"tcp://192.0.2.10"_s << false;
    QTest::addRow("tcp port out of range") << u"tcp://192.0.2.10:70000"_s << false;
    QTest::addRow("http") << u"http://192.0.2.10:4502"_s << false;
    QTest::addRow("unix socket") << u"unix:///var/run/charon.vici"_s << true;
    QTest::addRow("tcp") << u"tcp://192.0.2.10:4502"_s << true;
}

void TestMonitoringController::dialogValidatesEndpoints()
{
    QFETCH(QString, uri);
    QFETCH(bool, accepted);
    MonitoringSettingsDialog dialog;
    dialog.setWorkspaceState(m_sandbox->server()->state(), true);
    QCOMPARE(dialog.targetBox()->count(), 2); // the seed's service and connection
    dialog.uriEdit()->setText(uri);
    QCOMPARE(dialog.addFromForm(), accepted);
    QCOMPARE(dialog.endpoints().size(), accepted ? 1 : 0);
    QVERIFY(!dialog.formMessage()->text().isEmpty());
    if (accepted) {
        QCOMPARE(dialog.endpointTable()->rowCount(), 1);
        dialog.uriEdit()->setText(uri);
        QVERIFY(!dialog.addFromForm()); // the same again
        QVERIFY(dialog.formMessage()->text().contains(u"already"_s));
    }
}

void TestMonitoringController::dialogOnSandbox()
{
    MonitoringSettingsDialog dialog;
    dialog.setWorkspaceState(m_sandbox->server()->state(), false);
    QVERIFY(dialog.formMessage()->text().contains(u"sandbox"_s));
    QVERIFY(!dialog.uriEdit()->isEnabled());
    dialog.setSettings({10, 14, false});
    QCOMPARE(dialog.settings(), (MonitoringController::Settings{10, 14, false}));
}

void TestMonitoringController::dialogTestsEndpoint()
{
    // "Test" on an endpoint with no charon behind it says so in the row.
    QTemporaryDir dir;
    MonitoringSettingsDialog dialog;
    dialog.setWorkspaceState(m_sandbox->server()->state(), true);
    dialog.uriEdit()->setText(u"unix://"_s + dir.filePath(u"charon.vici"_s));
    QVERIFY(dialog.addFromForm());
    QCOMPARE(dialog.endpointTable()->item(0, 3)->text(), u"not tested"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testEndpoint"_s);
    QVERIFY(test && test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.endpointTable()->item(0, 3)->text().startsWith(u"failed: "_s), 10000);
    QVERIFY2(dialog.endpointTable()->item(0, 3)->text().contains(u"no socket at"_s),
             qPrintable(dialog.endpointTable()->item(0, 3)->text()));
}

void TestMonitoringController::eventLogStartsFromHistory()
{
    // After a restart the log shows the last day's changes of this cloud's connections.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    const QString id = m_sandbox->server()->state().connections.first().id;
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        monitoring::HistoryStore history(path);
        QString error;
        QVERIFY(history.open(&error));
        using Source = monitoring::StatusTransition::Source;
        QVERIFY(history.addTransition({id, anHourAgo, u"UP"_s, u"DOWN"_s, Source::Tunnel}));
        QVERIFY(history.addTransition({u"other-cloud"_s, anHourAgo, u"ACTIVE"_s, u"DOWN"_s}));
        QVERIFY(history.addTransition({id, anHourAgo.addDays(-2), u"ACTIVE"_s, u"ERROR"_s})); // too old
    }
    Workspace workspace;
    MonitoringView view;
    MonitoringController controller(&workspace, &view, path);
    controller.setOfflineCloud(m_sandbox.get());
    workspace.connectTo(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager(), true);
    QTRY_VERIFY_WITH_TIMEOUT(view.eventLog()->count() >= 1, 10000);
    const QString oldest = view.eventLog()->item(view.eventLog()->count() - 1)->text();
    // A DOWN line links to its diagnosis.
    QVERIFY2(oldest.endsWith(u"conn: tunnel DOWN (was UP) — double-click to diagnose"_s), qPrintable(oldest));
    for (int i = 0; i < view.eventLog()->count(); ++i) {
        QVERIFY(!view.eventLog()->item(i)->text().contains(u"other-cloud"_s));
        QVERIFY(!view.eventLog()->item(i)->text().contains(u"ERROR (was ACTIVE)"_s));
    }
}

// The history's last day comes from the writer's thread, possibly after live changes: the log
// keeps the newest first by when each happened, not by when it arrived.
void TestMonitoringController::eventLogIsNewestFirstByTime()
{
    MonitoringView view;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    view.addEvent(u"live"_s, u"tunnel UP (was DOWN)"_s, false, now);
    view.addEvent(u"seeded"_s, u"tunnel DOWN (was UP)"_s, false, now.addSecs(-3600));
    view.addEvent(u"seeded"_s, u"tunnel UP (was DOWN)"_s, false, now.addSecs(-1800));
    view.addEvent(u"next"_s, u"tunnel DOWN (was UP)"_s, false); // now
    QStringList order;
    for (int i = 0; i < view.eventLog()->count(); ++i)
        order.append(view.eventLog()->item(i)->text().section(u"  "_s, 1));
    QCOMPARE(order,
             (QStringList{u"next: tunnel DOWN (was UP)"_s, u"live: tunnel UP (was DOWN)"_s,
                          u"seeded: tunnel UP (was DOWN)"_s, u"seeded: tunnel DOWN (was UP)"_s}));
}

// A history the database stops taking shows in the poll line under the table (and the event
// log), in the database's words, instead of monitoring going on without it in silence.
void TestMonitoringController::historyFailuresInPollLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"monitoring.sqlite"_s);
    m_controller = std::make_unique<MonitoringController>(m_workspace.get(), m_view.get(), path);
    m_controller->setOfflineCloud(m_sandbox.get());
    start(true); // opens the history's writer (which would create a missing table again)
    m_controller->history()->waitForWrites();
    QVERIFY(test::dropTable(path, u"samples"_s));
    m_controller->monitor()->pollNow();
    QTRY_VERIFY2_WITH_TIMEOUT(m_view->statusLine()->text().contains(u"History not written: counter samples:"_s),
                              qPrintable(m_view->statusLine()->text()), 10000);
    QVERIFY2(m_view->statusLine()->text().contains(u"samples"_s), qPrintable(m_view->statusLine()->text()));
}

// The charts cost a sixth of the console's start: they are made when the view is first shown
// (or asked for), with the history and the simulated flag it was given before.
void TestMonitoringController::chartsAreMadeWhenShown()
{
    start(true);
    QVERIFY(!m_view->isVisible());
    QVERIFY(!m_view->findChild<MonitoringCharts *>());
    m_controller->monitor()->pollNow();
    QTRY_VERIFY(
        m_view->model()->index(0, monitoring::MonitoringTableModel::Ike).data().toString().contains(u"ESTABLISHED"_s));
    QVERIFY(!m_view->findChild<MonitoringCharts *>()); // rows came, the charts still wait
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    auto *charts = m_view->findChild<MonitoringCharts *>();
    QVERIFY(charts);
    QVERIFY(charts->isVisible());
    QCOMPARE(m_view->charts(), charts);
    QCOMPARE(charts->drawnConnections(), m_view->selectedConnections());
    QVERIFY(!m_view->selectedConnections().isEmpty());
    QVERIFY(charts->isSimulated());
}

QTEST_MAIN(TestMonitoringController)
#include "tst_monitoringcontroller.moc"
