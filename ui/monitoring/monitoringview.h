// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoring/monitoringtablemodel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSplitter;
class QTableView;

namespace vpnaas::monitoring {
class HistoryStore;
}

namespace vpnaas::ui {

class MonitoringCharts;

/*!
 * Monitoring: the table of connections (Neutron status, IKE/CHILD SA state, uptime, bytes,
 * rates, last change), the charts of the selected rows, the poll state and the event log of
 * transitions and alerts; buttons for the settings (interval, retention, notifications,
 * strongSwan endpoints) and the CSV export. Simulated counters (the sandbox) are labelled as
 * such. The MonitoringController feeds it.
 */
class MonitoringView : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringView(QWidget *parent = nullptr);
    ~MonitoringView() override;

    void setHistory(monitoring::HistoryStore *history);
    void setRows(const QList<monitoring::MonitorRow> &rows, const QHash<QString, QString> &names);
    void setSourceDescription(const QString &text, bool simulated);
    /*! The poll state under the table ("Neutron: polled 3 s ago …"); \a error shows it as a problem. */
    void setStatusLine(const QString &text, bool error);
    /*!
     * A line in the event log, newest first; \a alert marks it with a warning icon. \a at: when
     * it happened (default now); a day other than today is shown with its date.
     */
    void addEvent(const QString &connectionName, const QString &message, bool alert = false, const QDateTime &at = {});
    /*!
     * As addEvent(), for a tunnel or connection going down: the line links to the diagnosis of
     * connection \a connectionId (activating it emits diagnoseRequested()).
     */
    void addDiagnosableEvent(const QString &connectionId, const QString &connectionName, const QString &message,
                             const QDateTime &at = {});
    /// Selects the connection's row; before the first poll has shown it, selects it when it arrives.
    void selectConnection(const QString &id);
    /*! The connections whose charts are shown (the selected rows, in table order). */
    QStringList selectedConnections() const;
    QTableView *table() const { return m_table; }
    QLabel *statusLine() const { return m_status; }
    monitoring::MonitoringTableModel *model() const { return m_model; }
    /*! The charts, current (they wait while the view is hidden). */
    MonitoringCharts *charts() const;
    /*! Reads the charts' history again (new samples were written); waits while hidden. */
    void refreshCharts() { updateCharts(); }
    QListWidget *eventLog() const { return m_events; }

Q_SIGNALS:
    /*! Diagnose connection \a id (a linked event, or the table's context menu). */
    void diagnoseRequested(const QString &id);
    void settingsRequested();
    void exportRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCharts();
    void selectOnly(int row);
    MonitoringCharts *ensureCharts();

    monitoring::MonitoringTableModel *m_model;
    QTableView *m_table;
    QSplitter *m_bottom = nullptr;
    MonitoringCharts *m_charts = nullptr; // made when first shown or asked for
    monitoring::HistoryStore *m_history = nullptr;
    bool m_simulated = false;
    QListWidget *m_events;
    QLabel *m_source;
    QLabel *m_status;
    QHash<QString, QString> m_names;
    QString m_pendingSelection;
    bool m_chartsStale = false;
};

} // namespace vpnaas::ui
