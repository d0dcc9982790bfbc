// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitor.h"

#include <QAbstractTableModel>

namespace vpnaas::monitoring {

/*! What is known live of one connection's tunnel: whether a CHILD_SA is up, and one line about it. */
struct LiveSaState {
    bool up = false;
    QString text; // "SA INSTALLED, 1.2 MB", "no SA", "… (simulated)"
    bool operator==(const LiveSaState &other) const = default;
};

/*!
 * The live SA state of every connection in \a rows that the counter source reported on, by
 * connection id (the topology shows it on the connection's edge). \a simulated marks the texts as
 * the sandbox's made-up numbers.
 */
QHash<QString, LiveSaState> liveStates(const QList<MonitorRow> &rows, bool simulated);

/*!
 * The monitoring table: one row per connection with Neutron's status, the IKE_SA and CHILD_SA
 * states, the tunnel's uptime, bytes in and out, current rates and the last status change. setRows() updates in place
 * when the set of connections is unchanged (the usual poll), else resets. Rates and sizes are formatted for display;
 * SortRole gives the numbers.
 */
class MonitoringTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Ike, Child, Uptime, BytesIn, BytesOut, RateIn, RateOut, LastChange, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, SortRole };

    explicit MonitoringTableModel(QObject *parent = nullptr);

    /*! \a names: connection id → name (ids are shown where a name is missing). */
    void setRows(const QList<MonitorRow> &rows, const QHash<QString, QString> &names = {});
    void setSimulated(bool simulated);
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatBytes(quint64 bytes);
    static QString formatRate(double bytesPerSecond);
    /*! "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
    static QString formatDuration(qint64 seconds);
    /*! The moment uptimes are measured to (default: now at each call); for tests. */
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QList<MonitorRow> m_rows;
    QHash<QString, QString> m_names;
    bool m_simulated = false;
    QDateTime m_now;
};

} // namespace vpnaas::monitoring
