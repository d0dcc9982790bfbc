// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statuspoller.h"
#include "timeseries.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vpnaas::monitoring {

/*! One stretch of time during which a connection had one state, as one source saw it. */
struct StatusBand {
    QString connectionId;
    StatusTransition::Source source = StatusTransition::Source::Neutron;
    QString state;
    qint64 start = 0; // ms since the epoch
    qint64 end = 0;
    bool open = false; // still in that state at "now"
    bool operator==(const StatusBand &other) const = default;
};

/*!
 * The bands of state in [from, now] (ms) from \a transitions (any order; those after \a now are
 * ignored). Each transition starts a band of its "to" state that lasts until the next one of
 * the same connection and source; the last one stays open until \a now; a transition to ""
 * (gone) starts none. When nothing before \a from is recorded (pruned history), the first
 * transition's "from" state is taken to have held since \a from. Bands are clipped to
 * [from, now]; empty ones are left out. Order: connections as they first appear in
 * \a transitions, then Neutron before Tunnel, then time. Pure.
 */
QList<StatusBand> statusBands(const QList<StatusTransition> &transitions, qint64 from, qint64 now);

/*!
 * The chart rows of one connection (see chartRows()): a row per point, columns for the time, the
 * rates and the totals. Qt::DisplayRole gives plain numbers (what a chart's model mapper reads:
 * ms since the epoch, bytes/s, bytes, packets), TextRole the localised text. Takes values
 * through setRows()/setSeries() and resets; never fetches.
 */
class SeriesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, RateIn, RateOut, BytesIn, BytesOut, PacketsIn, PacketsOut, ColumnCount };
    enum Role { TextRole = Qt::UserRole + 1 };

    explicit SeriesTableModel(QObject *parent = nullptr);

    void setRows(const QString &connectionId, const ChartRows &rows);
    /*! chartRows() of \a series in [from, to] with at most \a pointBudget rows (<= 0: all). */
    void setSeries(const SampleSeries &series, qint64 from, qint64 to, int pointBudget);
    void clear();

    QString connectionId() const { return m_connectionId; }
    const ChartRows &rows() const { return m_rows; }
    /*! The largest value of \a column (0 when empty). */
    double maximum(Column column) const;
    /*! The row whose time is nearest to \a msecs; -1 when empty. */
    int nearestRow(qint64 msecs) const;
    double value(int row, Column column) const { return value(m_rows, row, column); }
    /*! \a column of \a rows' \a row (for work on other threads, which have no model). */
    static double value(const ChartRows &rows, qsizetype row, Column column);
    static QString text(Column column, double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_connectionId;
    ChartRows m_rows;
};

/*!
 * The status timeline: one row per band (see statusBands()) with the connection, the source, the
 * state and the start and end. Qt::DisplayRole gives the connection's name (its id without
 * one), the source's and state's text and the times as ms since the epoch; TextRole the
 * localised times; IdRole the connection id. Takes values through setBands() and resets.
 */
class StatusTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Connection, Source, State, Start, End, ColumnCount };
    enum Role { TextRole = Qt::UserRole + 1, IdRole };

    explicit StatusTimelineModel(QObject *parent = nullptr);

    /*! \a names: connection id → name. */
    void setBands(const QList<StatusBand> &bands, const QHash<QString, QString> &names = {});
    const QList<StatusBand> &bands() const { return m_bands; }
    QString displayName(const QString &connectionId) const;
    static QString sourceText(StatusTransition::Source source);
    /*! The band of \a connectionId and \a source holding \a msecs; -1 without one. */
    int bandAt(const QString &connectionId, StatusTransition::Source source, qint64 msecs) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StatusBand> m_bands;
    QHash<QString, QString> m_names;
};

} // namespace vpnaas::monitoring
