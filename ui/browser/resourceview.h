// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "perf/background.h"
#include "vpnaas/serverstate.h"
#include "workspace/clicommands.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace vpnaas {
class ResourceTableModel;
} // namespace vpnaas

namespace vpnaas::ui {

class DetailView;

/*!
 * One resource type: a filter box, the sortable multi-select table (ResourceTableModel behind a
 * QSortFilterProxyModel) and the detail pane of the current row. setState() updates in place:
 * selection, sort order and scroll position survive a refresh.
 */
class ResourceView : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceView(ResourceKind kind, QWidget *parent = nullptr);
    ~ResourceView() override;

    ResourceKind kind() const { return m_kind; }
    /*! \a known false: nothing fetched yet (the empty-list hint stays hidden). */
    void setState(const ServerState &state, bool known);
    /*!
     * Only the statuses of \a ids changed in \a state (Workspace::statusesChanged): their rows
     * change in place; the detail pane is rendered again (it may show related resources' statuses).
     */
    void updateStatuses(const ServerState &state, const QStringList &ids);

    QStringList selectedIds() const;
    QString currentId() const;
    /*! Selects and shows \a id; false when the table has no such row (it may be filtered out). */
    bool selectResource(const QString &id);
    void setFilterText(const QString &text);
    /*!
     * \a allProjects: the console lists every project's resources (an admin's All projects view):
     * the Project column shows, with the names of \a projectNames (else ids).
     */
    void setProjectScope(bool allProjects, const QHash<QString, QString> &projectNames);
    /*! Shows only the resources of project \a projectId (empty: all); kept until the scope changes. */
    void setProjectFilter(const QString &projectId);
    QString projectFilter() const;
    /*! Reveals or hides the current connection's pre-shared key (table and details). */
    void setPskRevealed(bool revealed);
    bool isPskRevealed() const;

    ResourceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DetailView *detailView() const { return m_details; }

    /*! The cloud (region, project) the "Copy as CLI command" commands name. */
    void setCliTarget(const cli::CliTarget &target) { m_cliTarget = target; }
    /*! `openstack vpn … show` for resource \a id, as the row's context menu copies it. */
    QString showCommand(const QString &id) const;
    /*! The context menu of the row of \a id (the caller owns it). */
    QMenu *createContextMenu(const QString &id, QWidget *parent);

    /*! Renders the detail pane if data or selection changed while the view was hidden. */
    void ensureDetailsCurrent();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void selectionChanged();
    /*! A link to another resource was followed in the detail pane. */
    void resourceActivated(vpnaas::ResourceKind kind, const QString &id);
    /*! A row was double-clicked or Enter pressed (edit). */
    void editRequested(const QString &id);
    void pskRevealedChanged(bool revealed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /*! From this many rows on, setState() builds them in the background (1,000 connections
        took 15 ms on the GUI thread: 2,000 was too many). */
    static constexpr qsizetype kRowsBuiltInBackground = perf::kBackgroundFrom;
    /*! The model took the new rows: size columns once, select, details, counts. */
    void onRowsApplied();
    /*! Something to read from the start: the first row and its details, unless a row is selected. */
    void selectFirstRow();
    void updateDetails();
    void refreshDetailsIfShown();
    void updateCounts();

    class FilterProxy;

    ResourceKind m_kind;
    ServerState m_state;
    bool m_allProjects = false;
    cli::CliTarget m_cliTarget;
    bool m_known = false;
    bool m_columnsSized = false;
    bool m_detailsStale = false;
    ResourceTableModel *m_model = nullptr;
    FilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    DetailView *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_selectFirst = nullptr; // selectFirstRow() of a big table, once it is painted
};

} // namespace vpnaas::ui
