// SPDX-License-Identifier: Apache-2.0
#include "monitoringview.h"

#include "browser/statusstyle.h"
#include "charts/monitoringcharts.h"

#include "monitoring/historystore.h"
#include "perf/stallwatch.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

namespace {
// The connection an event line's diagnosis is about.
constexpr int kDiagnoseRole = Qt::UserRole + 1;
} // namespace

MonitoringView::MonitoringView(QWidget *parent)
    : QWidget(parent)
    , m_model(new monitoring::MonitoringTableModel(this))
    , m_table(new QTableView(this))
    , m_events(new QListWidget(this))
    , m_source(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"monitoringView"_s);
    m_table->setObjectName(u"monitoringTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    auto *diagnose = new QAction(tr("&Diagnose…"), m_table);
    diagnose->setToolTip(tr("Why is this tunnel down?"));
    connect(diagnose, &QAction::triggered, this, [this] {
        if (const QStringList ids = selectedConnections(); !ids.isEmpty())
            Q_EMIT diagnoseRequested(ids.first());
    });
    m_table->addAction(diagnose);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // States, sizes and rates change length as tunnels come up: those columns follow their
    // contents (judged on 50 rows: 200 took 16 ms after each counter fetch); the name stretches.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setResizeContentsPrecision(50);
    for (int column = 0; column < monitoring::MonitoringTableModel::ColumnCount; ++column)
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(monitoring::MonitoringTableModel::Name, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MonitoringView::updateCharts);
    m_events->setObjectName(u"eventLog"_s);
    connect(m_events, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString id = item->data(kDiagnoseRole).toString(); !id.isEmpty())
            Q_EMIT diagnoseRequested(id);
    });
    m_events->setWordWrap(true);
    m_source->setObjectName(u"monitoringSource"_s);
    m_status->setObjectName(u"monitoringStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *settings = new QToolButton(this);
    settings->setObjectName(u"monitoringSettings"_s);
    // The same dialog as Settings ▸ Configure VPNaaS Console…, from where its endpoints matter.
    settings->setText(tr("strongSwan Endpoin&ts…"));
    settings->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    settings->setIcon(QIcon::fromTheme(u"configure"_s));
    connect(settings, &QToolButton::clicked, this, &MonitoringView::settingsRequested);
    auto *exportCsv = new QToolButton(this);
    exportCsv->setObjectName(u"monitoringExport"_s);
    exportCsv->setText(tr("Export Hist&ory…"));
    exportCsv->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportCsv->setIcon(QIcon::fromTheme(u"document-export"_s));
    connect(exportCsv, &QToolButton::clicked, this, &MonitoringView::exportRequested);
    auto *header = new QHBoxLayout;
    header->addWidget(m_source, 1);
    header->addWidget(exportCsv);
    header->addWidget(settings);

    // The charts are made when the view is first shown: four chart scenes laying themselves out
    // were a sixth of the console's start, for a view that may never be opened.
    m_bottom = new QSplitter(Qt::Horizontal, this);
    m_bottom->addWidget(new QWidget(this));
    auto *log = new QWidget(this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("<b>Events</b>"), log));
    logLayout->addWidget(m_events, 1);
    m_bottom->addWidget(log);
    m_bottom->setSizes({700, 300});
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_bottom);
    split->setSizes({220, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    setSourceDescription(tr("Neutron statuses only: no counter source attached"), false);
}

MonitoringView::~MonitoringView() = default;

void MonitoringView::setRows(const QList<monitoring::MonitorRow> &rows, const QHash<QString, QString> &names)
{
    m_names = names;
    const QStringList selected = selectedConnections();
    {
        const perf::Scope part("MonitoringTableModel::setRows");
        m_model->setRows(rows, names);
    }
    if (!m_pendingSelection.isEmpty() && m_model->rowCount() > 0) {
        // Asked for before the first poll showed it; a poll without it means it is gone.
        const QString wanted = std::exchange(m_pendingSelection, QString());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->idAt(row) == wanted)
                selectOnly(row);
        }
    }
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
        // A reset (connections added or gone) drops the selection: keep what still exists.
        QItemSelection keep;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (selected.contains(m_model->idAt(row)))
                keep.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        }
        if (keep.isEmpty())
            selectOnly(0);
        else
            m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    }
    updateCharts();
}

void MonitoringView::setSourceDescription(const QString &text, bool simulated)
{
    m_source->setText(simulated ? tr("Counters: %1 — simulated, not measured").arg(text)
                                : tr("Counters: %1").arg(text));
    m_model->setSimulated(simulated);
    m_simulated = simulated;
    if (m_charts)
        m_charts->setSimulated(simulated);
}

void MonitoringView::setStatusLine(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::Text : QPalette::PlaceholderText);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? statusColor(u"ERROR"_s, palette) : palette.color(QPalette::PlaceholderText));
    m_status->setPalette(palette);
}

void MonitoringView::addEvent(const QString &connectionName, const QString &message, bool alert, const QDateTime &at)
{
    constexpr int maximumEvents = 2000;
    const QDateTime local = (at.isValid() ? at : QDateTime::currentDateTime()).toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : QLocale().toString(local, QLocale::ShortFormat);
    auto *item = new QListWidgetItem(u"%1  %2: %3"_s.arg(when, connectionName, message));
    if (alert)
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    // Newest first, by when it happened: the history's last day is read on the writer's thread
    // and may come after the first live changes.
    const qint64 time = local.toMSecsSinceEpoch();
    item->setData(Qt::UserRole, time);
    int row = 0;
    while (row < m_events->count() && m_events->item(row)->data(Qt::UserRole).toLongLong() > time)
        ++row;
    m_events->insertItem(row, item);
    while (m_events->count() > maximumEvents)
        delete m_events->takeItem(m_events->count() - 1);
}

void MonitoringView::addDiagnosableEvent(const QString &connectionId, const QString &connectionName,
                                         const QString &message, const QDateTime &at)
{
    addEvent(connectionName, message + u" — "_s + tr("double-click to diagnose"), true, at);
    // addEvent() put it in time order; find it to link it.
    for (int row = 0; row < m_events->count(); ++row) {
        QListWidgetItem *item = m_events->item(row);
        if (item->data(kDiagnoseRole).isNull() && item->text().endsWith(tr("double-click to diagnose"))) {
            item->setData(kDiagnoseRole, connectionId);
            item->setToolTip(tr("Double-click or press Enter to see why the tunnel went down"));
            break;
        }
    }
}

QStringList MonitoringView::selectedConnections() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->idAt(row));
    return ids;
}

void MonitoringView::selectConnection(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id) {
            m_pendingSelection.clear();
            selectOnly(row);
            return;
        }
    }
    m_pendingSelection = id;
}

void MonitoringView::selectOnly(int row)
{
    // Not QTableView::selectRow(): that follows the keyboard's modifiers, and a held Ctrl would
    // toggle the row off instead of choosing it.
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MonitoringView::setHistory(monitoring::HistoryStore *history)
{
    m_history = history;
    if (m_charts)
        m_charts->setHistory(history);
}

MonitoringCharts *MonitoringView::ensureCharts()
{
    if (!m_charts) {
        m_charts = new MonitoringCharts(this);
        m_charts->setHistory(m_history);
        m_charts->setSimulated(m_simulated);
        const QList<int> sizes = m_bottom->sizes();
        delete m_bottom->replaceWidget(0, m_charts);
        m_bottom->setSizes(sizes);
    }
    return m_charts;
}

void MonitoringView::updateCharts()
{
    // Hidden, the charts wait: each poll redrew them behind the other views (a thirtieth of the
    // console's start-up). Shown, or asked for, they catch up.
    if (!isVisible()) {
        m_chartsStale = true;
        return;
    }
    m_chartsStale = false;
    // The selected rows' charts, scrolled to now (a no-op while the charts are paused).
    ensureCharts()->setConnections(selectedConnections(), m_names);
    m_charts->refresh();
}

MonitoringCharts *MonitoringView::charts() const
{
    auto *self = const_cast<MonitoringView *>(this);
    if (!m_charts) {
        self->ensureCharts();
        self->m_chartsStale = true;
    }
    if (m_chartsStale) {
        self->m_chartsStale = false;
        self->m_charts->setConnections(selectedConnections(), m_names);
        self->m_charts->refresh();
    }
    return m_charts;
}

void MonitoringView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsStale || !m_charts)
        updateCharts();
}

} // namespace vpnaas::ui
