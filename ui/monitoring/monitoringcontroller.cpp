// SPDX-License-Identifier: Apache-2.0
#include "monitoringcontroller.h"

#include "alertnotifier.h"
#include "monitoringsettingsdialog.h"
#include "monitoringview.h"

#include "browser/statusstyle.h"
#include "diagnosis/diagnoserun.h"
#include "diagnosis/diagnosisdialog.h"
#include "diagnosis/logcollector.h"
#include "diagnosis/simulation.h"
#include "monitoring/countersource.h"
#include "monitoring/historystore.h"
#include "monitoring/monitor.h"
#include "monitoring/monitoringlogging.h"
#include "monitoring/samapping.h"
#include "monitoring/vicicountersource.h"
#include "perf/stallwatch.h"
#include "workspace/offlinecloud.h"
#include "workspace/workspace.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

constexpr int kFirstPruneDelayMs = 60 * 1000;

} // namespace

MonitoringController::MonitoringController(Workspace *workspace, MonitoringView *view, const QString &historyPath,
                                           QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_view(view)
    , m_monitor(new monitoring::Monitor(this))
    , m_notifier(new AlertNotifier(this))
    , m_statusTimer(new QTimer(this))
    , m_pruneTimer(new QTimer(this))
    , m_history(std::make_unique<monitoring::HistoryStore>(historyPath))
    , m_logs(new diagnosis::LogCollector(this))
{
    if (!m_history->open(&m_historyError))
        m_history.reset();
    else
        m_monitor->setHistory(m_history.get());
    view->setHistory(m_history.get());
    loadSettings();

    connect(m_monitor, &monitoring::Monitor::updated, this, &MonitoringController::updateRows);
    connect(m_monitor, &monitoring::Monitor::alert, this, &MonitoringController::onAlert);
    connect(m_monitor, &monitoring::Monitor::transitions, this,
            [this](const QList<monitoring::StatusTransition> &changes) {
                for (const monitoring::StatusTransition &t : changes)
                    logTransition(t);
            });
    connect(m_monitor, &monitoring::Monitor::counterErrorChanged, this, &MonitoringController::updateStatusLine);
    connect(m_monitor, &monitoring::Monitor::samplesWritten, view, &MonitoringView::refreshCharts);
    connect(m_monitor, &monitoring::Monitor::historyErrorChanged, this, [this](const QString &message) {
        if (!message.isEmpty() && m_view)
            m_view->addEvent(tr("History"), tr("not written: %1").arg(message), true);
        updateStatusLine();
    });
    connect(m_monitor->poller(), &monitoring::StatusPoller::pollFailed, this, &MonitoringController::updateStatusLine);
    // The status bar gets every notification, whether the desktop showed it too or not.
    connect(m_notifier, &AlertNotifier::shown, this, [this](const QString &title, const QString &body) {
        Q_EMIT message(tr("%1 — %2").arg(title, QString(body).replace(u'\n', u"; "_s)));
    });
    connect(workspace, &Workspace::connectionChanged, this, &MonitoringController::reconnect);
    connect(workspace, &Workspace::stateChanged, this, &MonitoringController::updateNames);
    connect(view, &MonitoringView::settingsRequested, this, &MonitoringController::editSettings);
    connect(view, &MonitoringView::exportRequested, this, &MonitoringController::exportHistory);

    // The "polled 3 s ago" line ticks on its own.
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MonitoringController::updateStatusLine);
    m_statusTimer->start();
    m_pruneTimer->setInterval(60 * 60 * 1000);
    connect(m_pruneTimer, &QTimer::timeout, this, &MonitoringController::prune);
    m_pruneTimer->start();
    // The first pass once the window is up: a week of history takes a while to prune and thin,
    // and a start must not wait for it.
    QTimer::singleShot(kFirstPruneDelayMs, this, &MonitoringController::prune);
    if (!m_historyError.isEmpty())
        view->addEvent(tr("History"), tr("unavailable: %1").arg(m_historyError), true);
}

MonitoringController::~MonitoringController()
{
    m_monitor->stop();
    m_monitor->setCounterSource(nullptr);
}

void MonitoringController::setOfflineCloud(OfflineCloud *cloud)
{
    m_offlineCloud = cloud;
}

QString MonitoringController::cloudKey() const
{
    if (!m_workspace || !m_workspace->isConnected())
        return {};
    // Group keys must not contain '/'; cloud names from clouds.yaml may.
    return QString::fromLatin1(m_workspace->cloudName().toUtf8().toPercentEncoding());
}

QString MonitoringController::historyScope() const
{
    if (!m_workspace || !m_workspace->isConnected())
        return {};
    if (m_workspace->isSimulated())
        return u"sandbox"_s;
    // Cloud and region: each region has its own Neutron (ids of one mean nothing in another).
    return monitoring::HistoryStore::scopeOf(m_workspace->cloudName(), m_workspace->profile().regionName);
}

void MonitoringController::loadSettings()
{
    const QSettings settings;
    Settings s;
    s.intervalSeconds = std::clamp(settings.value(u"monitoring/intervalSeconds"_s, 5).toInt(), 1, 3600);
    s.retentionDays = std::clamp(settings.value(u"monitoring/retentionDays"_s, 14).toInt(), 1, 3650);
    s.notifications = settings.value(u"monitoring/notifications"_s, true).toBool();
    m_settings = s;
    m_monitor->setInterval(s.intervalSeconds * 1000);
    m_notifier->setEnabled(s.notifications);
}

void MonitoringController::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"monitoring/intervalSeconds"_s, m_settings.intervalSeconds);
    settings.setValue(u"monitoring/retentionDays"_s, m_settings.retentionDays);
    settings.setValue(u"monitoring/notifications"_s, m_settings.notifications);
}

void MonitoringController::setSettings(const Settings &settings)
{
    const bool retentionShorter = settings.retentionDays < m_settings.retentionDays;
    m_settings = settings;
    m_settings.intervalSeconds = std::clamp(m_settings.intervalSeconds, 1, 3600);
    m_settings.retentionDays = std::clamp(m_settings.retentionDays, 1, 3650);
    m_monitor->setInterval(m_settings.intervalSeconds * 1000);
    m_notifier->setEnabled(m_settings.notifications);
    saveSettings();
    if (retentionShorter)
        prune();
    updateStatusLine();
}

void MonitoringController::loadEndpoints()
{
    m_endpoints.clear();
    const QString key = cloudKey();
    if (key.isEmpty() || m_workspace->isSimulated())
        return;
    QStringList problems;
    m_endpoints
        = monitoring::ViciEndpoint::fromVariantList(QSettings().value(u"monitoring/endpoints/"_s + key), &problems);
    for (const QString &problem : std::as_const(problems)) {
        if (m_view)
            m_view->addEvent(tr("Settings"), tr("A saved strongSwan endpoint was skipped: %1").arg(problem), true);
    }
}

void MonitoringController::setEndpoints(const QList<monitoring::ViciEndpoint> &endpoints)
{
    m_endpoints = endpoints;
    const QString key = cloudKey();
    if (!key.isEmpty() && !m_workspace->isSimulated())
        QSettings().setValue(u"monitoring/endpoints/"_s + key, monitoring::ViciEndpoint::toVariantList(endpoints));
    reconnect();
}

void MonitoringController::reconnect()
{
    m_monitor->stop();
    m_monitor->setCounterSource(nullptr);
    m_vici = nullptr;
    m_source.reset();
    if (m_history)
        m_history->setScope(historyScope());
    m_monitor->setClient(m_workspace ? m_workspace->client() : nullptr);
    if (!m_workspace || !m_workspace->isConnected() || !m_view)
        return;
    if (m_workspace->isSimulated() && m_offlineCloud)
        m_source = m_offlineCloud->createCounterSource();
    if (m_source) {
        m_view->setSourceDescription(m_source->description(), m_source->isSimulated());
    } else {
        loadEndpoints();
        if (!m_endpoints.isEmpty()) {
            auto vici = std::make_unique<monitoring::ViciCounterSource>();
            vici->setEndpoints(m_endpoints);
            vici->setTargets(monitoring::mappingTargets(m_workspace->state()));
            m_vici = vici.get();
            connect(m_vici, &monitoring::ViciCounterSource::fetchFinished, this,
                    &MonitoringController::updateStatusLine);
            m_source = std::move(vici);
            m_view->setSourceDescription(m_source->description(), false);
        } else {
            m_view->setSourceDescription(tr("none attached (Neutron statuses only)"), false);
        }
    }
    m_monitor->setCounterSource(m_source.get());
    m_logs->setEndpoints(m_workspace->isSimulated() ? QList<monitoring::ViciEndpoint>() : m_endpoints);
    updateNames();
    // A poll of 10,000 connections is written on a worker, not in the GUI thread (at the first
    // start: the console's start does not wait for the worker's connection to open).
    if (QString error; m_history && !m_history->writesInBackground() && !m_history->writeInBackground(&error))
        qCInfo(monitoring::lcMonitoring, "the monitoring history is written on the GUI thread: %s", qPrintable(error));
    m_monitor->start();
}

void MonitoringController::updateNames()
{
    const perf::Scope scope("MonitoringController::updateNames");
    if (!m_workspace)
        return;
    // Every refresh reads the connections again; mostly their names are the same (10,000 are
    // looked up in ~1 ms, the table's rows compared again in ~5).
    const QList<IpsecSiteConnection> &connections = m_workspace->state().connections;
    bool same = connections.size() == m_names.size();
    for (qsizetype i = 0; same && i < connections.size(); ++i) {
        const IpsecSiteConnection &c = connections[i];
        const auto known = m_names.constFind(c.id);
        same = known != m_names.cend() && *known == (c.name.isEmpty() ? c.id : c.name);
    }
    if (!same) {
        m_names.clear();
        for (const IpsecSiteConnection &c : connections)
            m_names.insert(c.id, c.name.isEmpty() ? c.id : c.name);
    }
    if (m_vici)
        m_vici->setTargets(monitoring::mappingTargets(m_workspace->state()));
    seedEvents();
    if (!same)
        updateRows();
}

void MonitoringController::logTransition(const monitoring::StatusTransition &t, bool withTime)
{
    // First sightings are not news; every later change goes to the event log.
    if (t.from.isEmpty() || !m_view)
        return;
    const QString name = m_names.value(t.connectionId, t.connectionId);
    const QDateTime at = withTime ? t.at : QDateTime();
    if (t.to.isEmpty())
        m_view->addEvent(name, tr("deleted (was %1)").arg(t.from), false, at);
    else if (t.to == u"DOWN" || t.to == u"ERROR")
        m_view->addDiagnosableEvent(t.connectionId, name,
                                    t.source == monitoring::StatusTransition::Source::Tunnel
                                        ? tr("tunnel %1 (was %2)").arg(t.to, t.from)
                                        : tr("Neutron status %1 (was %2)").arg(t.to, t.from),
                                    at);
    else if (t.source == monitoring::StatusTransition::Source::Tunnel)
        m_view->addEvent(name, tr("tunnel %1 (was %2)").arg(t.to, t.from), false, at);
    else
        m_view->addEvent(name, tr("Neutron status %1 (was %2)").arg(t.to, t.from), false, at);
}

void MonitoringController::seedEvents()
{
    const perf::Scope scope("MonitoringController::seedEvents");
    // Once per cloud, when its connections are known: the last day's changes from the history,
    // so the log does not start empty after a restart.
    const QString cloud = historyScope();
    if (!m_history || m_names.isEmpty() || cloud.isEmpty() || cloud == m_seededCloud)
        return;
    m_seededCloud = cloud;
    constexpr int maximumSeeded = 200;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Read on the history's writer thread when it has one (8-15 ms of SQL with a big history),
    // after what was handed to it before.
    m_history->recentChangesLater(now.addDays(-1), now, maximumSeeded, this,
                                  [this, cloud](const QList<monitoring::StatusTransition> &changes) {
                                      if (cloud != historyScope())
                                          return; // another cloud since
                                      for (const monitoring::StatusTransition &t : changes) {
                                          if (m_names.contains(t.connectionId))
                                              logTransition(t, true);
                                      }
                                  });
}

void MonitoringController::updateRows()
{
    const perf::Scope scope("MonitoringController::updateRows");
    if (!m_view)
        return;
    QList<monitoring::MonitorRow> rows;
    {
        const perf::Scope part("Monitor::rows");
        rows = m_monitor->rows();
    }
    {
        const perf::Scope part("MonitoringView::setRows");
        m_view->setRows(rows, m_names);
    }
    const perf::Scope part("MonitoringController::updateStatusLine");
    updateStatusLine();
}

void MonitoringController::updateStatusLine()
{
    if (!m_view)
        return;
    QStringList parts;
    const monitoring::StatusPoller *poller = m_monitor->poller();
    const qint64 age = poller->age();
    if (!m_workspace || !m_workspace->isConnected())
        parts.append(tr("Not connected"));
    else if (poller->lastError().isError())
        parts.append(tr("Neutron poll failed: %1 — retrying in %2 s")
                         .arg(poller->lastError().message, QString::number(poller->currentDelay() / 1000)));
    else if (age < 0)
        parts.append(tr("Neutron: first poll…"));
    else
        parts.append(tr("Neutron: polled %1 ago, every %2 s")
                         .arg(monitoring::MonitoringTableModel::formatDuration(age / 1000))
                         .arg(m_settings.intervalSeconds));
    if (!m_monitor->counterError().isEmpty())
        parts.append(tr("Counters failed: %1").arg(m_monitor->counterError()));
    const QString historyError = m_monitor->historyError();
    if (!historyError.isEmpty())
        parts.append(tr("History not written: %1").arg(historyError));
    else if (m_vici && !m_vici->lastErrors().isEmpty())
        parts.append(tr("Some strongSwan endpoints failed: %1").arg(m_vici->lastErrors().join(u"; "_s)));
    if (m_vici && !m_vici->lastUnmapped().isEmpty()) {
        // SAs of a charon that belong to no connection here (another project's, a hand-made one).
        const QStringList unmapped = m_vici->lastUnmapped();
        parts.append(tr("SAs that match no connection: %1").arg(unmapped.size()));
        if (m_view)
            m_view->statusLine()->setToolTip(unmapped.join(u'\n'));
    } else if (m_view) {
        m_view->statusLine()->setToolTip({});
    }
    m_view->setStatusLine(parts.join(u" · "_s),
                          poller->lastError().isError() || !m_monitor->counterError().isEmpty()
                              || !historyError.isEmpty());
}

void MonitoringController::onAlert(const QString &connectionId, const QString &text)
{
    const QString name = m_names.value(connectionId, connectionId);
    if (m_view)
        m_view->addEvent(name, text, true);
    // The monitor alerts on DOWN and ERROR only: critical.
    m_notifier->alert(connectionId, name, text, AlertNotifier::Urgency::Critical);
}

void MonitoringController::prune()
{
    if (!m_history)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_monitor->pruneHistory(m_settings.retentionDays, now);
    // Samples older than a day are kept one a minute (charts of a week need no more); each
    // pass thins what aged since the last one, the first pass ever everything retained.
    // The mark survives restarts, so a start does not scan the whole retention period again.
    QSettings settings;
    const QDateTime dayAgo = now.addDays(-1);
    const QDateTime retained = now.addDays(-m_settings.retentionDays);
    const QDateTime mark = settings.value(u"monitoring/thinnedUntil"_s).toDateTime();
    const QDateTime from = mark.isValid() && mark > retained && mark <= dayAgo ? mark : retained;
    if (m_monitor->thinHistory(from, dayAgo, 60 * 1000) >= 0) // else the next pass tries the range again
        settings.setValue(u"monitoring/thinnedUntil"_s, dayAgo);
}

void MonitoringController::editSettings()
{
    MonitoringSettingsDialog dialog(m_view);
    dialog.setSettings(m_settings);
    dialog.setWorkspaceState(m_workspace ? m_workspace->state() : ServerState{},
                             m_workspace && m_workspace->isConnected() && !m_workspace->isSimulated());
    dialog.setEndpoints(m_endpoints);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setSettings(dialog.settings());
    if (dialog.endpoints() != m_endpoints)
        setEndpoints(dialog.endpoints());
}

void MonitoringController::exportHistory()
{
    if (!m_history) {
        QMessageBox::warning(m_view, tr("Export history"),
                             tr("The monitoring history is unavailable: %1").arg(m_historyError));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_view, tr("Export monitoring history"),
                                                      dir + u"/vpn-monitoring.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QString error; !exportHistoryTo(path, &error))
        QMessageBox::warning(m_view, tr("Export history"), error);
    else
        Q_EMIT message(tr("Monitoring history exported to %1").arg(QDir::toNativeSeparators(path)));
}

bool MonitoringController::exportHistoryTo(const QString &path, QString *error) const
{
    if (!m_history) {
        *error = tr("The monitoring history is unavailable: %1").arg(m_historyError);
        return false;
    }
    // Two files side by side: transitions in the chosen one, samples next to it.
    const QFileInfo info(path);
    const QString samplesPath = info.dir().filePath(info.completeBaseName() + u"-samples."_s
                                                    + (info.suffix().isEmpty() ? u"csv"_s : info.suffix()));
    QSaveFile transitions(path);
    QSaveFile samples(samplesPath);
    if (!transitions.open(QIODevice::WriteOnly) || !samples.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(transitions.isOpen() ? samplesPath : path),
                          transitions.isOpen() ? samples.errorString() : transitions.errorString());
        return false;
    }
    bool ok = m_history->exportTransitionsCsv(&transitions);
    ok = ok && m_history->exportSamplesCsv(&samples);
    if (!ok || !transitions.commit() || !samples.commit()) {
        *error = tr("Cannot write the history to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

DiagnosisDialog *MonitoringController::diagnosisDialog(const QString &id) const
{
    return m_diagnoses.value(id);
}

DiagnosisDialog *MonitoringController::diagnose(const QString &id, QWidget *parent, bool initiate)
{
    if (!m_workspace || !m_workspace->isConnected())
        return nullptr;
    const ServerState &state = m_workspace->state();
    const IpsecSiteConnection *connection = state.connection(id);
    if (!connection)
        return nullptr;
    QPointer<DiagnosisDialog> dialog = m_diagnoses.value(id);
    if (!dialog) {
        dialog = new DiagnosisDialog(id, connection->name, parent ? parent->window() : nullptr);
        dialog->setWindowFlag(Qt::Window);
        m_diagnoses.insert(id, dialog);
        connect(dialog, &DiagnosisDialog::againRequested, this, [this, id, parent] { diagnose(id, parent, true); });
        connect(dialog, &DiagnosisDialog::editRequested, this, &MonitoringController::editRequested);
        connect(dialog, &DiagnosisDialog::simulationChosen, this, [this, id, parent](const QString &code) {
            m_simulated.insert(id, code);
            diagnose(id, parent, false);
        });
        connect(dialog, &QObject::destroyed, this, [this, id] { m_diagnoses.remove(id); });
        dialog->show();
    }
    dialog->raise();
    dialog->activateWindow();

    if (m_workspace->isSimulated()) {
        // The sandbox negotiates nothing: a simulated failure (or health), labelled as such.
        const QString code = m_simulated.value(id, diagnosis::defaultSimulation(*connection));
        dialog->setSimulations(diagnosis::simulatedCodes(), code);
        dialog->setDiagnosis(diagnosis::diagnose(diagnosis::simulatedEvidence(state, id, code)));
        return dialog;
    }
    auto *run = new diagnosis::DiagnoseRun(m_logs, m_source.get(), dialog);
    connect(run, &diagnosis::DiagnoseRun::progress, dialog, &DiagnosisDialog::setRunning);
    connect(run, &diagnosis::DiagnoseRun::finished, dialog, [dialog, run](const diagnosis::Diagnosis &result) {
        dialog->setDiagnosis(result, run->actions());
        run->deleteLater();
    });
    diagnosis::DiagnoseRun::Options options;
    options.initiate = initiate;
    run->start(state, id, options);
    return dialog;
}

} // namespace vpnaas::ui
