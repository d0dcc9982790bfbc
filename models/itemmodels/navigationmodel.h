// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/serverstate.h"

#include <QAbstractListModel>

namespace vpnaas {

/*!
 * The navigation list: one row per resource type with its count ("IKE policies (3)"), then the
 * other views (config preview, ...). Each row carries the view name MainWindow::setView takes.
 */
class NavigationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ViewNameRole = Qt::UserRole + 1,
        /*! The number of resources, or -1 for rows that are not resource lists or before the first refresh. */
        CountRole,
    };

    struct Entry {
        QString viewName;
        QString title;
        bool isResourceList = false;
    };

    explicit NavigationModel(QObject *parent = nullptr);

    /*! Adds a row for a view that is not a resource list. */
    void addView(const QString &viewName, const QString &title);
    /*! Counts come from \a state; \a known false shows no counts (nothing fetched yet). */
    void setState(const ServerState &state, bool known = true);

    /*! The row of \a viewName, or -1. */
    int rowOf(const QString &viewName) const;
    QString viewNameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    QList<int> m_counts;
};

} // namespace vpnaas
