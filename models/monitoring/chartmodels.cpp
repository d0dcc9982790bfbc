// SPDX-License-Identifier: Apache-2.0
#include "chartmodels.h"

#include "monitoringtablemodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {

QString timeText(qint64 msecs)
{
    const QLocale locale;
    // The short date and the time with seconds: samples are seconds apart.
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + locale.timeFormat(QLocale::LongFormat));
}

struct TransitionGroup {
    QString connectionId;
    StatusTransition::Source source;
    QList<StatusTransition> transitions;
};

} // namespace

QList<StatusBand> statusBands(const QList<StatusTransition> &transitions, qint64 from, qint64 now)
{
    QList<StatusBand> bands;
    if (now < from)
        return bands;
    QStringList connections;
    QHash<QString, QList<TransitionGroup>> groups;
    for (const StatusTransition &t : transitions) {
        if (!t.at.isValid())
            continue;
        auto found = groups.find(t.connectionId);
        if (found == groups.end()) {
            connections.append(t.connectionId);
            found = groups.insert(t.connectionId, {});
        }
        auto group = std::find_if(found->begin(), found->end(),
                                  [&t](const TransitionGroup &g) { return g.source == t.source; });
        if (group == found->end())
            group = found->insert(found->end(), TransitionGroup{t.connectionId, t.source, {}});
        group->transitions.append(t);
    }
    for (const QString &id : connections) {
        QList<TransitionGroup> &byConnection = groups[id];
        std::sort(byConnection.begin(), byConnection.end(),
                  [](const TransitionGroup &a, const TransitionGroup &b) { return a.source < b.source; });
        for (TransitionGroup &group : byConnection) {
            std::stable_sort(group.transitions.begin(), group.transitions.end(),
                             [](const StatusTransition &a, const StatusTransition &b) { return a.at < b.at; });
            const auto add = [&](const QString &state, qint64 start, qint64 end, bool open) {
                start = std::max(start, from);
                end = std::min(end, now);
                if (!state.isEmpty() && end > start)
                    bands.append({id, group.source, state, start, end, open});
            };
            bool known = false;
            QString state;
            qint64 since = from;
            for (const StatusTransition &t : group.transitions) {
                const qint64 at = t.at.toMSecsSinceEpoch();
                if (at > now)
                    break;
                if (!known && at > from && !t.from.isEmpty()) {
                    state = t.from;
                    since = from;
                    known = true;
                }
                if (known)
                    add(state, since, at, false);
                state = t.to;
                since = at;
                known = true;
            }
            if (known)
                add(state, since, now, true);
        }
    }
    return bands;
}

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SeriesTableModel::setRows(const QString &connectionId, const ChartRows &rows)
{
    beginResetModel();
    m_connectionId = connectionId;
    m_rows = rows;
    endResetModel();
}

void SeriesTableModel::setSeries(const SampleSeries &series, qint64 from, qint64 to, int pointBudget)
{
    const int buckets = pointBudget > 0 ? std::max(1, pointBudget / kRowsPerBucket) : 0;
    setRows(series.connectionId, chartRows(series, from, to, buckets));
}

void SeriesTableModel::clear()
{
    setRows({}, {});
}

double SeriesTableModel::value(const ChartRows &rows, qsizetype row, Column column)
{
    switch (column) {
    case Time:
        return double(rows.msecs[row]);
    case RateIn:
        return rows.rateIn[row];
    case RateOut:
        return rows.rateOut[row];
    case BytesIn:
        return double(rows.bytesIn[row]);
    case BytesOut:
        return double(rows.bytesOut[row]);
    case PacketsIn:
        return double(rows.packetsIn[row]);
    case PacketsOut:
        return double(rows.packetsOut[row]);
    case ColumnCount:
        break;
    }
    return 0;
}

double SeriesTableModel::maximum(Column column) const
{
    double top = 0;
    for (int row = 0; row < rowCount(); ++row)
        top = std::max(top, value(row, column));
    return top;
}

int SeriesTableModel::nearestRow(qint64 msecs) const
{
    if (m_rows.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_rows.msecs.cbegin(), m_rows.msecs.cend(), msecs);
    const int after = int(it - m_rows.msecs.cbegin());
    if (after == 0)
        return 0;
    if (after == rowCount())
        return after - 1;
    return msecs - m_rows.msecs[after - 1] <= m_rows.msecs[after] - msecs ? after - 1 : after;
}

QString SeriesTableModel::text(Column column, double value)
{
    switch (column) {
    case Time:
        return timeText(qint64(value));
    case RateIn:
    case RateOut:
        return MonitoringTableModel::formatRate(value);
    case BytesIn:
    case BytesOut:
        return MonitoringTableModel::formatBytes(quint64(value));
    case PacketsIn:
    case PacketsOut:
        return QLocale().toString(qulonglong(value));
    case ColumnCount:
        break;
    }
    return {};
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = Column(index.column());
    const int row = index.row();
    if (role == TextRole)
        return text(column, value(row, column));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Time:
        return qlonglong(m_rows.msecs[row]);
    case RateIn:
    case RateOut:
        return value(row, column);
    case BytesIn:
        return qulonglong(m_rows.bytesIn[row]);
    case BytesOut:
        return qulonglong(m_rows.bytesOut[row]);
    case PacketsIn:
        return qulonglong(m_rows.packetsIn[row]);
    case PacketsOut:
        return qulonglong(m_rows.packetsOut[row]);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case RateIn:
        return tr("Rate In");
    case RateOut:
        return tr("Rate Out");
    case BytesIn:
        return tr("Bytes In");
    case BytesOut:
        return tr("Bytes Out");
    case PacketsIn:
        return tr("Packets In");
    case PacketsOut:
        return tr("Packets Out");
    case ColumnCount:
        break;
    }
    return {};
}

StatusTimelineModel::StatusTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatusTimelineModel::setBands(const QList<StatusBand> &bands, const QHash<QString, QString> &names)
{
    beginResetModel();
    m_bands = bands;
    m_names = names;
    endResetModel();
}

QString StatusTimelineModel::displayName(const QString &connectionId) const
{
    const QString name = m_names.value(connectionId);
    return name.isEmpty() ? connectionId : name;
}

QString StatusTimelineModel::sourceText(StatusTransition::Source source)
{
    switch (source) {
    case StatusTransition::Source::Neutron:
        return tr("Neutron");
    case StatusTransition::Source::Tunnel:
        return tr("Tunnel");
    }
    return {};
}

int StatusTimelineModel::bandAt(const QString &connectionId, StatusTransition::Source source, qint64 msecs) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const StatusBand &b = m_bands[row];
        if (b.connectionId == connectionId && b.source == source && b.start <= msecs && msecs <= b.end)
            return row;
    }
    return -1;
}

int StatusTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

int StatusTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusBand &band = m_bands[index.row()];
    if (role == IdRole)
        return band.connectionId;
    const bool text = role == TextRole;
    if (!text && role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Connection:
        return displayName(band.connectionId);
    case Source:
        return sourceText(band.source);
    case State:
        return band.state;
    case Start:
        return text ? QVariant(timeText(band.start)) : QVariant(qlonglong(band.start));
    case End:
        return text ? QVariant(timeText(band.end)) : QVariant(qlonglong(band.end));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatusTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Connection:
        return tr("Connection");
    case Source:
        return tr("Source");
    case State:
        return tr("State");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vpnaas::monitoring
