// SPDX-License-Identifier: Apache-2.0
#include "monitoringtablemodel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::monitoring::MonitoringTableModel)
};
} // namespace

QHash<QString, LiveSaState> liveStates(const QList<MonitorRow> &rows, bool simulated)
{
    QHash<QString, LiveSaState> states;
    for (const MonitorRow &row : rows) {
        if (!row.saKnown)
            continue;
        const QString bytes = MonitoringTableModel::formatBytes(row.totals.bytesIn + row.totals.bytesOut);
        QString text = row.saUp
            ? Text::tr("SA %1, %2").arg(row.childState.isEmpty() ? Text::tr("up") : row.childState, bytes)
            : Text::tr("no SA");
        if (simulated)
            text = Text::tr("%1 (simulated)").arg(text);
        states.insert(row.connectionId, {row.saUp, text});
    }
    return states;
}

MonitoringTableModel::MonitoringTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString MonitoringTableModel::formatBytes(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

QString MonitoringTableModel::formatRate(double bytesPerSecond)
{
    return Text::tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
}

QString MonitoringTableModel::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return Text::tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Text::tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return Text::tr("%1 h %2 min").arg(int(hours)).arg(int(minutes % 60), 2, 10, QChar(u'0'));
    return Text::tr("%1 d %2 h").arg(int(hours / 24)).arg(int(hours % 24));
}

void MonitoringTableModel::setSimulated(bool simulated)
{
    if (simulated == m_simulated)
        return;
    m_simulated = simulated;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Ike), index(rowCount() - 1, Child));
}

void MonitoringTableModel::setRows(const QList<MonitorRow> &rows, const QHash<QString, QString> &names)
{
    // Read through a const reference: m_rows is shared with the monitor's rows, and a
    // non-const operator[] would copy all of them (10,000 rows: 10 ms) to compare them.
    const QList<MonitorRow> &old = m_rows;
    bool sameIds = rows.size() == old.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].connectionId == old[i].connectionId;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        m_names = names;
        endResetModel();
        return;
    }
    const bool namesChanged = !names.isSharedWith(m_names) && names != m_names;
    // One dataChanged() per run of changed rows: every counter moves at every fetch, and
    // 10,000 signals through the sort proxy cost more than the rows themselves. The rows are
    // taken whole (shared), not copied one by one; new names change only their column.
    QList<std::pair<qsizetype, qsizetype>> runs;
    qsizetype runStart = -1;
    const auto endRun = [&](qsizetype end) {
        if (runStart >= 0)
            runs.append({runStart, end});
        runStart = -1;
    };
    if (!rows.isSharedWith(m_rows)) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!(rows[i] == old[i])) {
                if (runStart < 0)
                    runStart = i;
            } else {
                endRun(i);
            }
        }
        endRun(rows.size());
    }
    m_rows = rows;
    m_names = names;
    for (const auto &[from, to] : std::as_const(runs))
        Q_EMIT dataChanged(index(int(from), 0), index(int(to - 1), ColumnCount - 1));
    if (namesChanged && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(int(m_rows.size() - 1), Name));
}

QString MonitoringTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].connectionId : QString();
}

int MonitoringTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitoringTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitoringTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonitorRow &row = m_rows[index.row()];
    if (role == IdRole)
        return row.connectionId;
    if (role == StatusRole)
        return row.status;
    const bool sort = role == SortRole;
    // No strongSwan endpoint reports on this connection (and no history has counters): say so
    // rather than show "0 bytes".
    const bool noCounters = !row.saKnown && row.totals.bytesIn == 0 && row.totals.bytesOut == 0;
    const bool counterColumn = index.column() == Ike || index.column() == Child || index.column() == BytesIn
        || index.column() == BytesOut || index.column() == RateIn || index.column() == RateOut;
    if (role == Qt::ToolTipRole && noCounters && counterColumn) {
        return Text::tr("No strongSwan endpoint reports on this connection: attach one with strongSwan "
                        "Endpoints… (or Settings ▸ Configure VPNaaS Console…) to see its SAs and byte counters.");
    }
    if (role == Qt::DisplayRole && noCounters && counterColumn)
        return index.column() == Ike ? Text::tr("no counters — attach a strongSwan endpoint") : u"—"_s;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case Name: {
        const QString name = m_names.value(row.connectionId);
        return name.isEmpty() ? row.connectionId : name;
    }
    case Status:
        return row.status;
    case Ike:
    case Child: {
        if (!row.saKnown)
            return sort ? QVariant(QString()) : QVariant(Text::tr("unknown"));
        const QString state = index.column() == Ike ? row.ikeState : row.childState;
        if (state.isEmpty())
            return sort ? QVariant(QString()) : QVariant(Text::tr("none"));
        return m_simulated && !sort ? Text::tr("%1 (simulated)").arg(state) : state;
    }
    case Uptime: {
        const bool up = row.saUp && row.upSince.isValid();
        const qint64 seconds = up ? row.upSince.secsTo(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()) : -1;
        if (sort)
            return seconds;
        return up ? formatDuration(seconds) : QString();
    }
    case BytesIn:
        return sort ? QVariant(qulonglong(row.totals.bytesIn)) : QVariant(formatBytes(row.totals.bytesIn));
    case BytesOut:
        return sort ? QVariant(qulonglong(row.totals.bytesOut)) : QVariant(formatBytes(row.totals.bytesOut));
    case RateIn:
        return sort ? QVariant(row.totals.rateIn) : QVariant(formatRate(row.totals.rateIn));
    case RateOut:
        return sort ? QVariant(row.totals.rateOut) : QVariant(formatRate(row.totals.rateOut));
    case LastChange:
        if (sort)
            return row.lastChange;
        return row.lastChange.isValid() ? QLocale().toString(row.lastChange.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
    }
    return {};
}

QVariant MonitoringTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return Text::tr("Connection");
    case Status:
        return Text::tr("Neutron Status");
    case Ike:
        return Text::tr("IKE SA");
    case Child:
        return Text::tr("CHILD SA");
    case Uptime:
        return Text::tr("Uptime");
    case BytesIn:
        return Text::tr("Bytes In");
    case BytesOut:
        return Text::tr("Bytes Out");
    case RateIn:
        return Text::tr("Rate In");
    case RateOut:
        return Text::tr("Rate Out");
    case LastChange:
        return Text::tr("Last Change");
    }
    return {};
}

} // namespace vpnaas::monitoring
