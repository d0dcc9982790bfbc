// SPDX-License-Identifier: Apache-2.0
#include "monitoringview.h"

#include "charts/throughputchart.h"

#include "monitoring/historystore.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

MonitoringView::MonitoringView(QWidget *parent)
    : QWidget(parent)
    , m_model(new monitoring::MonitoringTableModel(this))
    , m_table(new QTableView(this))
    , m_chart(new ThroughputChart(this))
    , m_events(new QListWidget(this))
    , m_source(new QLabel(this))
{
    setObjectName(u"monitoringView"_s);
    m_table->setObjectName(u"monitoringTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitoringView::updateChart);
    m_events->setObjectName(u"eventLog"_s);
    m_source->setObjectName(u"monitoringSource"_s);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_chart);
    auto *log = new QWidget(this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("<b>Events</b>"), log));
    logLayout->addWidget(m_events, 1);
    bottom->addWidget(log);
    bottom->setSizes({700, 300});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setSizes({300, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_source);
    layout->addWidget(split, 1);
    setSourceDescription(tr("Neutron statuses only: no counter source attached"), false);
}

MonitoringView::~MonitoringView() = default;

void MonitoringView::setRows(const QList<monitoring::MonitorRow> &rows, const QHash<QString, QString> &names)
{
    m_names = names;
    const QString current = m_model->idAt(m_table->currentIndex().row());
    const bool first = m_model->rowCount() == 0;
    m_model->setRows(rows, names);
    if (first && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    else if (!current.isEmpty())
        selectConnection(current);
    updateChart();
}

void MonitoringView::setSourceDescription(const QString &text, bool simulated)
{
    m_source->setText(simulated ? tr("Counters: %1 — simulated, not measured").arg(text) : tr("Counters: %1").arg(text));
    m_model->setSimulated(simulated);
}

void MonitoringView::addEvent(const QString &connectionName, const QString &message)
{
    m_events->insertItem(0, u"%1  %2: %3"_s.arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat),
                                              connectionName, message));
}

void MonitoringView::selectConnection(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void MonitoringView::updateChart()
{
    const QString id = m_model->idAt(m_table->currentIndex().row());
    if (!m_history || id.isEmpty()) {
        m_chart->setSamples({}, QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_chart->setSamples(m_history->samples(id, now.addSecs(-15 * 60), now),
                        tr("%1 — last 15 minutes").arg(m_names.value(id, id)));
}

} // namespace vpnaas::ui
