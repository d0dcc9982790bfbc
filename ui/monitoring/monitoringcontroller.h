// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoring/statuspoller.h"
#include "monitoring/viciendpoint.h"
#include "vpnaas/resourcedescription.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace vpnaas {
class OfflineCloud;
class Workspace;
namespace monitoring {
class CounterSource;
class HistoryStore;
class Monitor;
class ViciCounterSource;
} // namespace monitoring
} // namespace vpnaas

namespace vpnaas::diagnosis {
class LogCollector;
}

namespace vpnaas::ui {

class AlertNotifier;
class DiagnosisDialog;
class MonitoringView;

/*!
 * Live monitoring of the workspace's cloud, wired to the Monitoring view: the Monitor (Neutron
 * statuses, SA counters), the counter source (the offline cloud's simulation, or the strongSwan
 * VICI endpoints attached for this cloud), the history (pruned to the retention period), desktop
 * notifications and the settings (poll interval, retention, notifications, endpoints per
 * cloud, kept in QSettings under "monitoring/").
 */
class MonitoringController : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        int intervalSeconds = 5;
        int retentionDays = 14;
        bool notifications = true;
        bool operator==(const Settings &) const = default;
    };

    /*! \a historyPath: empty for the default file in the user's data directory. */
    MonitoringController(Workspace *workspace, MonitoringView *view, const QString &historyPath = {},
                         QObject *parent = nullptr);
    ~MonitoringController() override;

    /*! The built-in offline cloud (not owned): its counter source serves the simulated workspace. */
    void setOfflineCloud(OfflineCloud *cloud);
    monitoring::Monitor *monitor() const { return m_monitor; }
    monitoring::HistoryStore *history() const { return m_history.get(); }
    AlertNotifier *notifier() const { return m_notifier; }
    /*! Why the history could not be opened (empty when it is there). */
    QString historyError() const { return m_historyError; }

    Settings settings() const { return m_settings; }
    void setSettings(const Settings &settings);
    /*! The VICI endpoints attached for the current cloud. */
    QList<monitoring::ViciEndpoint> endpoints() const { return m_endpoints; }
    void setEndpoints(const QList<monitoring::ViciEndpoint> &endpoints);

    /*! Opens the settings dialog (interval, retention, notifications, VICI endpoints). */
    void editSettings();
    /*! Asks for a file and writes the history (transitions and samples) as CSV. */
    void exportHistory();
    /*! Writes the transitions and the samples of every known connection to \a path (CSV). */
    bool exportHistoryTo(const QString &path, QString *error) const;
    /*! charon's log of every attached endpoint (the evidence of diagnoses). */
    diagnosis::LogCollector *logCollector() const { return m_logs; }
    /*!
     * Opens (or raises) the diagnosis of connection \a id and runs it: over the attached VICI
     * endpoints, whose logs the console keeps from the moment they are attached (starting the
     * connection when it is down only when \a initiate says so: the dialog's "Diagnose Again"),
     * or the sandbox's simulation. Returns the dialog (owned by \a parent's window, deleted on close).
     */
    DiagnosisDialog *diagnose(const QString &id, QWidget *parent, bool initiate = false);
    /*! The sandbox: the simulated failure \a code (diagnosis::simulatedCodes()) of connection \a id. */
    void setSimulation(const QString &id, const QString &code) { m_simulated.insert(id, code); }
    /*! The open diagnosis of \a id, or null. */
    DiagnosisDialog *diagnosisDialog(const QString &id) const;

Q_SIGNALS:
    /*! A line for the status bar (every alert notification, errors). */
    void message(const QString &text);
    /*! A diagnosis' fix: open the Edit dialog of \a id with \a field set to \a value. */
    void editRequested(vpnaas::ResourceKind kind, const QString &id, const QString &field, const QString &value);

private:
    void reconnect();
    void updateRows();
    void updateNames();
    void updateStatusLine();
    void onAlert(const QString &connectionId, const QString &message);
    void logTransition(const monitoring::StatusTransition &transition, bool withTime = false);
    void seedEvents();
    void loadSettings();
    void saveSettings() const;
    void loadEndpoints();
    void prune();
    QString cloudKey() const;
    /*! What the history of the current cloud is filed under (HistoryStore::setScope()). */
    QString historyScope() const;

    QPointer<Workspace> m_workspace;
    QPointer<MonitoringView> m_view;
    QPointer<OfflineCloud> m_offlineCloud;
    monitoring::Monitor *m_monitor;
    AlertNotifier *m_notifier;
    QTimer *m_statusTimer;
    QTimer *m_pruneTimer;
    std::unique_ptr<monitoring::HistoryStore> m_history;
    std::unique_ptr<monitoring::CounterSource> m_source;
    monitoring::ViciCounterSource *m_vici = nullptr; // m_source when it is VICI
    QString m_historyError;
    QString m_seededCloud; // the cloud whose recent history is in the event log
    Settings m_settings;
    QList<monitoring::ViciEndpoint> m_endpoints;
    QHash<QString, QString> m_names;
    diagnosis::LogCollector *m_logs;
    QHash<QString, QPointer<DiagnosisDialog>> m_diagnoses;
    QHash<QString, QString> m_simulated; // the sandbox: the failure shown per connection
};

} // namespace vpnaas::ui
