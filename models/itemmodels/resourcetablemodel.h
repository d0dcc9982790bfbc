// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcekind.h"

#include "vpnaas/secret.h"
#include "vpnaas/serverstate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace vpnaas {

/*!
 * One table per resource type over a ServerState snapshot. setState() updates in place by
 * resource id (rows removed, changed or appended; unchanged rows untouched) so selections and
 * scroll positions survive a refresh.
 *
 * Display is text only; views colour by StatusRole and mark WeakRole. Pre-shared keys are
 * masked unless revealed for that one connection (setPskRevealed). SortRole gives numbers for
 * numeric columns.
 */
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        /*! The row's ResourceStatus API name ("ACTIVE", ...); empty for kinds without status. */
        StatusRole,
        SortRole,
        /*! True on a cell whose value is a weak choice (sha1, 3des, group2/5). */
        WeakRole,
        /*! Every cell's text of the row joined, for the filter box. */
        SearchRole,
    };

    explicit ResourceTableModel(ResourceKind kind, QObject *parent = nullptr);
    ~ResourceTableModel() override;

    ResourceKind kind() const { return m_kind; }
    /*! The rows of \a state, now; stateApplied() when done. */
    void setState(const ServerState &state);
    /*!
     * setState() for big states: the rows and the difference to the current ones are computed
     * on the global thread pool, and the model changes when they arrive (the same removes,
     * in-place changes and appends, then stateApplied()). A newer state, or rows changed
     * meanwhile (setStatuses()), make it compute again; setState() drops what is pending.
     */
    void setStateInBackground(const ServerState &state);
    /*! A background computation runs (or waits for its turn). */
    bool isUpdating() const { return m_planning || m_pending.has_value(); }
    /*!
     * New statuses (API names by id) for rows that exist: those rows change in place, nothing
     * else is rebuilt (a poll's status flips in a table of 10,000).
     */
    void setStatuses(const QHash<QString, QString> &statuses);

    QString idAt(int row) const;
    /*! The row of \a id, or -1. */
    int rowOf(const QString &id) const;
    /*! The column that shows the status, or -1. */
    int statusColumn() const;
    /*! The column of the pre-shared key (connections), or -1. */
    int pskColumn() const;
    /*! The owning project's column (the last): its name where setProjectNames() knows it, else the id. */
    int projectColumn() const;
    /*! Keystone's project names by id, for the Project column. */
    void setProjectNames(const QHash<QString, QString> &names);
    /*! The project id of \a row (source model row). */
    QString projectAt(int row) const;

    void setPskRevealed(const QString &connectionId, bool revealed);
    bool isPskRevealed(const QString &connectionId) const { return m_revealed.contains(connectionId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Cell {
        QString text;
        QVariant sort;
        bool weak = false;
        bool operator==(const Cell &other) const = default;
    };
    struct Row {
        QString id;
        QString status;
        QString toolTip;
        QList<Cell> cells;
        bool operator==(const Row &other) const = default;
    };
    /*! The rows of \a kind for \a state, in the server's order (pure; used by setState). */
    static QList<Row> buildRows(ResourceKind kind, const ServerState &state);
    static QStringList headers(ResourceKind kind);

Q_SIGNALS:
    /*! A setState() or setStateInBackground() has changed the rows. */
    void stateApplied();

private:
    /*! What setState() does to the rows, computed without touching the model (any thread). */
    struct Plan {
        quint64 revision = 0; // of the rows it was computed from
        QList<QPair<int, int>> removed; // [first, last] blocks of the current rows, bottom first
        QList<int> changed; // rows (after the removals) whose content changes
        int appendedFrom = 0; // rows from here on are new
        QList<Row> rows; // all rows afterwards
        QHash<QString, int> rowOfId;
        QHash<QString, Secret> psks;
    };
    static Plan makePlan(ResourceKind kind, const ServerState &state, const QList<Row> &current, quint64 revision);
    void applyPlan(Plan plan);

    ResourceKind m_kind;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    QHash<QString, Secret> m_psks;
    QSet<QString> m_revealed;
    QStringList m_headers;
    QHash<QString, QString> m_projectNames;
    quint64 m_revision = 0; // changes with every change of m_rows
    quint64 m_requests = 0; // setState() and setStateInBackground() calls: the newest wins
    bool m_planning = false;
    std::optional<ServerState> m_pending;
};

} // namespace vpnaas
