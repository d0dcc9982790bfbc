// SPDX-License-Identifier: Apache-2.0
#include "navigationmodel.h"

#include "resourcekind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::NavigationModel)
};
} // namespace

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (ResourceKind kind : kAllResourceKinds) {
        m_entries.append({u"resources:"_s + resourceSlug(kind), resourcePluralTitleName(kind), true});
        m_counts.append(-1);
    }
}

void NavigationModel::addView(const QString &viewName, const QString &title)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({viewName, title, false});
    m_counts.append(-1);
    endInsertRows();
}

void NavigationModel::setState(const ServerState &state, bool known)
{
    for (int row = 0; row < int(kAllResourceKinds.size()); ++row) {
        const int count = known ? int(resourceCount(kAllResourceKinds[row], state)) : -1;
        if (m_counts[row] != count) {
            m_counts[row] = count;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

int NavigationModel::rowOf(const QString &viewName) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].viewName == viewName)
            return row;
    }
    return -1;
}

QString NavigationModel::viewNameAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].viewName : QString();
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    const int count = m_counts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return count >= 0 ? Text::tr("%1 (%2)").arg(entry.title).arg(count) : entry.title;
    case Qt::ToolTipRole:
        return entry.title;
    case ViewNameRole:
        return entry.viewName;
    case CountRole:
        return count;
    default:
        return {};
    }
}

} // namespace vpnaas
