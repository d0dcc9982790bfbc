// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace vpnaas::ui {

/*!
 * Paints resource table cells: the status column with a coloured dot and coloured text, weak
 * choices in the warning colour with a "⚠" mark. Meaning comes from the model's roles
 * (ResourceTableModel::StatusRole, WeakRole); colours from statusstyle.
 */
class ResourceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ResourceDelegate(int statusColumn, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_statusColumn;
};

} // namespace vpnaas::ui
