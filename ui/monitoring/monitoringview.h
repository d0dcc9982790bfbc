// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoring/monitoringtablemodel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace vpnaas::monitoring {
class HistoryStore;
}

namespace vpnaas::ui {

class ThroughputChart;

/*!
 * Monitoring: the table of connections (Neutron status, SA, bytes, rates, last change), the
 * throughput chart of the selected one, and the event log of alerts. Simulated counters (the
 * sandbox) are labelled as such.
 */
class MonitoringView : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringView(QWidget *parent = nullptr);
    ~MonitoringView() override;

    void setHistory(monitoring::HistoryStore *history) { m_history = history; }
    void setRows(const QList<monitoring::MonitorRow> &rows, const QHash<QString, QString> &names);
    void setSourceDescription(const QString &text, bool simulated);
    void addEvent(const QString &connectionName, const QString &message);
    void selectConnection(const QString &id);

    monitoring::MonitoringTableModel *model() const { return m_model; }
    ThroughputChart *chart() const { return m_chart; }
    QListWidget *eventLog() const { return m_events; }

private:
    void updateChart();

    monitoring::MonitoringTableModel *m_model;
    QTableView *m_table;
    ThroughputChart *m_chart;
    QListWidget *m_events;
    QLabel *m_source;
    monitoring::HistoryStore *m_history = nullptr;
    QHash<QString, QString> m_names;
};

} // namespace vpnaas::ui
