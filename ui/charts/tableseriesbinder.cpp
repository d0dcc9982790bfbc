// SPDX-License-Identifier: Apache-2.0
#include "tableseriesbinder.h"

#include <QAbstractItemModel>
#include <QXYSeries>

namespace vpnaas::ui {

TableSeriesBinder::TableSeriesBinder(QAbstractItemModel *model, int xColumn, int yColumn, QXYSeries *series)
    : QObject(series)
    , m_model(model)
    , m_xColumn(xColumn)
    , m_yColumn(yColumn)
    , m_series(series)
{
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TableSeriesBinder::modelChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableSeriesBinder::modelChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableSeriesBinder::modelChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TableSeriesBinder::modelChanged);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TableSeriesBinder::modelChanged);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.column() <= std::max(m_xColumn, m_yColumn)
                        && bottomRight.column() >= std::min(m_xColumn, m_yColumn))
                        modelChanged();
                });
    }
    sync();
}

TableSeriesBinder::~TableSeriesBinder() = default;

void TableSeriesBinder::setTransform(double scale, bool relativeToFirst)
{
    m_scale = scale;
    m_relative = relativeToFirst;
    modelChanged();
}

void TableSeriesBinder::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty)
        sync();
}

void TableSeriesBinder::modelChanged()
{
    if (m_active)
        sync();
    else
        m_dirty = true;
}

void TableSeriesBinder::sync()
{
    m_dirty = false;
    QList<QPointF> points;
    if (m_model && m_xColumn < m_model->columnCount() && m_yColumn < m_model->columnCount()) {
        const int rows = m_model->rowCount();
        const double base = m_relative && rows > 0 ? m_model->index(0, m_yColumn).data().toDouble() : 0.0;
        points.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            points.append({m_model->index(row, m_xColumn).data().toDouble(),
                           (m_model->index(row, m_yColumn).data().toDouble() - base) * m_scale});
        }
    }
    m_series->replace(points);
}

} // namespace vpnaas::ui
