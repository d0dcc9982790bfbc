// SPDX-License-Identifier: Apache-2.0
#include "resourcedelegate.h"

#include "statusstyle.h"

#include "itemmodels/resourcetablemodel.h"

#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

ResourceDelegate::ResourceDelegate(int statusColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusColumn(statusColumn)
{
}

void ResourceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool selected = option->state & QStyle::State_Selected;
    if (index.column() == m_statusColumn) {
        const QColor color = statusColor(index.data(ResourceTableModel::StatusRole).toString(), option->palette);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = dot(color);
        option->decorationSize = QSize(12, 12);
        if (!selected)
            option->palette.setColor(QPalette::Text, color);
        option->font.setBold(true);
    } else if (index.data(ResourceTableModel::WeakRole).toBool()) {
        if (!selected)
            option->palette.setColor(QPalette::Text, warningColor(option->palette));
        option->text = u"⚠ "_s + option->text;
    }
}

} // namespace vpnaas::ui
