// SPDX-License-Identifier: Apache-2.0
#include "resourceview.h"

#include "detailview.h"
#include "resourcedelegate.h"

#include "itemmodels/resourcedetails.h"
#include "itemmodels/resourcetablemodel.h"
#include "perf/stallwatch.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

/*! The filter box's text (over SearchRole) and, in the All projects view, one owning project. */
class ResourceView::FilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProject(const QString &projectId)
    {
        if (projectId == m_project)
            return;
        m_project = projectId;
        invalidateRowsFilter();
    }
    QString project() const { return m_project; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_project.isEmpty()) {
            const auto *model = static_cast<const ResourceTableModel *>(sourceModel());
            if (model->projectAt(sourceRow) != m_project)
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    QString m_project;
};

ResourceView::ResourceView(ResourceKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ResourceTableModel(kind, this))
    , m_proxy(new FilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new DetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"resourceView-"_s + resourceSlug(kind));
    connect(m_model, &ResourceTableModel::stateApplied, this, &ResourceView::onRowsApplied);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ResourceTableModel::SearchRole);
    m_proxy->setSortRole(ResourceTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    auto *title = new QLabel(u"<b>%1</b>"_s.arg(resourcePluralTitleName(kind).toHtmlEscaped()), this);
    m_filter->setObjectName(u"filter"_s);
    // Ctrl+F (Find) reaches the filter from anywhere in the window while this list is shown.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_filter->setPlaceholderText(tr("Filter by any column…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCounts();
    });

    m_table->setObjectName(u"table"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ResourceDelegate(m_model->statusColumn(), m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until the user sorts
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(50); // sizing measures 50 rows, not 1000
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_selectFirst = new QTimer(this);
    m_selectFirst->setSingleShot(true);
    m_selectFirst->setInterval(0);
    connect(m_selectFirst, &QTimer::timeout, this, &ResourceView::selectFirstRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        refreshDetailsIfShown();
        Q_EMIT selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceView::refreshDetailsIfShown);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(ResourceTableModel::IdRole).toString());
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_table->indexAt(position);
        if (!index.isValid())
            return;
        QMenu *menu = createContextMenu(index.data(ResourceTableModel::IdRole).toString(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(position));
    });

    m_empty->setObjectName(u"emptyHint"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("This project has no %1 yet. Create one with New ▸ %2.")
                         .arg(resourceNameInSentence(kind, true), resourceTitleName(kind)));
    m_empty->hide();

    connect(m_details, &DetailView::resourceActivated, this, &ResourceView::resourceActivated);
    connect(m_details, &DetailView::secretRevealedChanged, this, [this](bool revealed) {
        m_model->setPskRevealed(currentId(), revealed);
        Q_EMIT pskRevealedChanged(revealed);
    });
    m_details->clearDetails(tr("Select a row to see all its attributes."));

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_filter, 1);
    header->addWidget(m_count);
    tableLayout->addLayout(header);
    tableLayout->addWidget(m_empty);
    tableLayout->addWidget(m_table, 1);

    m_table->setColumnHidden(m_model->projectColumn(), true); // shown for All projects

    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    updateCounts();
}

ResourceView::~ResourceView() = default;

void ResourceView::setState(const ServerState &state, bool known)
{
    const perf::Scope scope("ResourceView::setState");
    m_state = state;
    m_known = known;
    // Thousands of rows are built and compared off the GUI thread (150 ms at 10,000 connections);
    // the table changes when they are ready (onRowsApplied()).
    // Every table reads the connections (the "used by" counts), so their number counts for all.
    const qsizetype items = withResource(m_kind, [&]<typename T>(ResourceType<T>) { return state.items<T>().size(); });
    const qsizetype work = m_kind == ResourceKind::IpsecSiteConnection ? items : items + state.connections.size();
    if (work >= kRowsBuiltInBackground || m_model->isUpdating())
        m_model->setStateInBackground(state);
    else
        m_model->setState(state);
}

void ResourceView::onRowsApplied()
{
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, from the first rows (QTableView measures visible rows only); later the user's widths stay.
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    }
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        // A big table's rows came from the pool: it is painted first, and its first row chosen
        // (and its details made) after that paint, on a later turn of the event loop: together
        // they held it 14-19 ms. A zero timer, not a queued call, lets input come between.
        if (m_model->rowCount() >= kRowsBuiltInBackground)
            perf::afterFirstPaint(m_table->viewport(), [this] { m_selectFirst->start(); });
        else
            selectFirstRow();
    }
    m_detailsStale = true;
    refreshDetailsIfShown(); // hidden views catch up when shown
    updateCounts();
}

void ResourceView::selectFirstRow()
{
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void ResourceView::updateStatuses(const ServerState &state, const QStringList &ids)
{
    m_state = state;
    QHash<QString, QString> statuses;
    withResource(m_model->kind(), [&]<typename T>(ResourceType<T>) {
        if constexpr (requires(const T &item) { item.status.api(); }) {
            const QSet<QString> wanted(ids.cbegin(), ids.cend());
            for (const T &item : state.items<T>()) {
                if (wanted.contains(item.id))
                    statuses.insert(item.id, item.status.api());
            }
        }
    });
    if (m_model->isUpdating())
        m_model->setStateInBackground(state); // the rows being built must carry these statuses too
    else
        m_model->setStatuses(statuses);
    // The pane may show the status of this resource or of related ones (a service's connections).
    m_detailsStale = true;
    refreshDetailsIfShown();
}

QStringList ResourceView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(ResourceTableModel::IdRole).toString());
    return ids;
}

QString ResourceView::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        return current.data(ResourceTableModel::IdRole).toString();
    const QStringList ids = selectedIds();
    return ids.size() == 1 ? ids.first() : QString();
}

bool ResourceView::selectResource(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear(); // filtered out: show everything rather than nothing
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString ResourceView::showCommand(const QString &id) const
{
    return cli::script({cli::showCommand(m_kind, id, m_state)}, {}, m_cliTarget);
}

QMenu *ResourceView::createContextMenu(const QString &id, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"rowMenu"_s);
    QAction *copyCli = menu->addAction(tr("Copy as &CLI Command"));
    copyCli->setObjectName(u"copyCliCommand"_s);
    connect(copyCli, &QAction::triggered, this, [this, id] { QGuiApplication::clipboard()->setText(showCommand(id)); });
    return menu;
}

void ResourceView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void ResourceView::setProjectScope(bool allProjects, const QHash<QString, QString> &projectNames)
{
    m_allProjects = allProjects;
    m_model->setProjectNames(projectNames);
    m_table->setColumnHidden(m_model->projectColumn(), !allProjects);
    QHeaderView *header = m_table->horizontalHeader();
    if (allProjects && header->visualIndex(m_model->projectColumn()) == header->count() - 1)
        header->moveSection(header->count() - 1, 1); // beside the name, not behind the long ids
    if (!allProjects)
        setProjectFilter({});
    m_empty->setText(allProjects ? tr("No project has %1 yet.").arg(resourceNameInSentence(m_kind, true))
                                 : tr("This project has no %1 yet. Create one with New ▸ %2.")
                                       .arg(resourceNameInSentence(m_kind, true), resourceTitleName(m_kind)));
}

void ResourceView::setProjectFilter(const QString &projectId)
{
    m_proxy->setProject(projectId);
    updateCounts();
}

QString ResourceView::projectFilter() const
{
    return m_proxy->project();
}

void ResourceView::setPskRevealed(bool revealed)
{
    m_details->setSecretRevealed(revealed);
}

bool ResourceView::isPskRevealed() const
{
    return m_details->isSecretRevealed();
}

void ResourceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureDetailsCurrent();
}

void ResourceView::ensureDetailsCurrent()
{
    if (m_detailsStale)
        updateDetails();
}

void ResourceView::refreshDetailsIfShown()
{
    // The detail pane of a view nobody looks at is not worth a relayout (each is 100+ ms for
    // a resource used by thousands of connections).
    m_detailsStale = true;
    if (isVisibleTo(window()))
        updateDetails();
}

void ResourceView::updateDetails()
{
    m_detailsStale = false;
    const QStringList ids = selectedIds();
    if (ids.size() > 1) {
        m_details->clearDetails(tr("%n rows selected.", nullptr, int(ids.size())));
        return;
    }
    const QString id = currentId();
    if (id.isEmpty()) {
        m_details->clearDetails(tr("Select a row to see all its attributes."));
        return;
    }
    m_details->setDetails(describeResource(m_kind, id, m_state));
}

void ResourceView::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? (total == 1 ? tr("1 item") : tr("%n items", nullptr, total))
                                    : tr("%1 of %2").arg(shown).arg(total));
    m_empty->setVisible(m_known && total == 0);
}

void ResourceView::saveSettings(QSettings &settings) const
{
    const QString prefix = u"resources/"_s + resourceSlug(m_kind) + u'/';
    settings.setValue(prefix + u"splitter"_s, m_splitter->saveState());
    settings.setValue(prefix + u"header"_s, m_table->horizontalHeader()->saveState());
}

void ResourceView::restoreSettings(const QSettings &settings)
{
    const QString prefix = u"resources/"_s + resourceSlug(m_kind) + u'/';
    m_splitter->restoreState(settings.value(prefix + u"splitter"_s).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(prefix + u"header"_s).toByteArray());
    // The Project column follows the mode, not the layout saved in another one.
    m_table->setColumnHidden(m_model->projectColumn(), !m_allProjects);
}

} // namespace vpnaas::ui
