// SPDX-License-Identifier: Apache-2.0
#include "plotlines.h"

#include "perf/background.h"

#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPolygonF>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vpnaas::ui {
namespace {

// How near (pixels) the pointer must come to a line to hover it.
constexpr double kReach = 5;
// Above the chart's own series and grid, below its legend and title.
constexpr qreal kLinesZ = 4;

} // namespace

PlotLines::PlotLines(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(kLinesZ);
    setAcceptHoverEvents(true);
    connect(chart, &QChart::plotAreaChanged, this, &PlotLines::followPlotArea);
    followPlotArea();
}

void PlotLines::followPlotArea()
{
    const QRectF plot = m_chart->plotArea();
    if (plot == m_plot)
        return;
    prepareGeometryChange();
    m_plot = plot;
    setPos(plot.topLeft());
    changed();
}

void PlotLines::setDomain(double minX, double maxX, double minY, double maxY)
{
    m_minX = minX;
    m_maxX = maxX > minX ? maxX : minX + 1;
    m_minY = minY;
    m_maxY = maxY > minY ? maxY : minY + 1;
    changed();
}

void PlotLines::setLines(QList<Line> lines)
{
    ++m_linesSet;
    m_making = false;
    m_lines = std::move(lines);
    m_hovered = -1;
    m_points = 0;
    for (const Line &line : std::as_const(m_lines))
        m_points += line.points.size();
    changed();
}

void PlotLines::setLinesLater(std::function<QList<Line>()> make)
{
    const quint64 call = ++m_linesSet;
    m_making = true;
    perf::runInBackground(this, std::move(make), [this, call](QList<Line> lines) {
        if (call == m_linesSet)
            setLines(std::move(lines)); // else replaced meanwhile
    });
}

bool PlotLines::inBackground() const
{
    return m_points >= kBackgroundPoints;
}

PlotLines::Picture PlotLines::picture() const
{
    return {m_lines, m_plot.size(), m_minX, m_maxX, m_minY, m_maxY};
}

void PlotLines::changed()
{
    ++m_generation;
    update();
    if (!inBackground()) {
        m_image = QImage(); // drawn when painted
        return;
    }
    // Once per pass of the event loop, whatever changed in it (the domain, the lines, the size).
    if (!m_renderQueued) {
        m_renderQueued = true;
        QMetaObject::invokeMethod(this, &PlotLines::startRender, Qt::QueuedConnection);
    }
}

void PlotLines::startRender()
{
    m_renderQueued = false;
    if (m_rendering || m_making || !inBackground() || m_plot.isEmpty())
        return; // the running one starts the next when it is done; lines being made, when they come
    m_rendering = true;
    const quint64 generation = m_generation;
    const qreal ratio = m_pixelRatio;
    perf::runInBackground(
        this,
        [picture = picture(), ratio] {
            QImage image((picture.size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            draw(&painter, picture);
            return image;
        },
        [this, generation](const QImage &image) {
            m_rendering = false;
            m_image = image;
            update();
            if (generation != m_generation)
                startRender(); // what changed meanwhile
            else
                Q_EMIT rendered();
        });
}

QPointF PlotLines::toPixels(const QPointF &value) const
{
    return {(value.x() - m_minX) / (m_maxX - m_minX) * m_plot.width(),
            (m_maxY - value.y()) / (m_maxY - m_minY) * m_plot.height()};
}

QPointF PlotLines::toValue(const QPointF &pixels) const
{
    const double width = std::max(1.0, m_plot.width());
    const double height = std::max(1.0, m_plot.height());
    return {m_minX + pixels.x() / width * (m_maxX - m_minX), m_maxY - pixels.y() / height * (m_maxY - m_minY)};
}

QRectF PlotLines::boundingRect() const
{
    return {QPointF(0, 0), m_plot.size()};
}

void PlotLines::draw(QPainter *painter, const Picture &picture)
{
    painter->setClipRect(QRectF(QPointF(0, 0), picture.size));
    painter->setRenderHint(QPainter::Antialiasing);
    const double xScale = picture.size.width() / (picture.maxX - picture.minX);
    const double yScale = picture.size.height() / (picture.maxY - picture.minY);
    QPolygonF pixels;
    for (const Line &line : picture.lines) {
        const bool shape = line.brush.style() != Qt::NoBrush;
        if (line.points.size() < (shape ? 3 : 2))
            continue;
        pixels.resize(line.points.size());
        QPointF *out = pixels.data();
        for (const QPointF &p : line.points)
            *out++ = QPointF((p.x() - picture.minX) * xScale, (picture.maxY - p.y()) * yScale);
        painter->setPen(line.pen);
        if (shape) {
            painter->setBrush(line.brush);
            painter->drawPolygon(pixels);
        } else {
            painter->drawPolyline(pixels);
        }
    }
}

void PlotLines::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (m_plot.isEmpty())
        return;
    if (!inBackground()) {
        painter->save();
        draw(painter, picture());
        painter->restore();
        return;
    }
    const qreal ratio = widget ? widget->devicePixelRatioF() : painter->device()->devicePixelRatioF();
    if (ratio != m_pixelRatio) {
        m_pixelRatio = ratio; // a sharp image for this screen
        changed();
    }
    // The newest image, stretched while one of a new size is on its way.
    if (!m_image.isNull())
        painter->drawImage(boundingRect(), m_image);
}

int PlotLines::lineAt(const QPointF &position, QPointF *value) const
{
    const QPointF at = toValue(position);
    int best = -1;
    double bestDistance = kReach;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QList<QPointF> &points = m_lines[i].points;
        if (m_lines[i].brush.style() != Qt::NoBrush) {
            if (QPolygonF(points).containsPoint(at, Qt::OddEvenFill)) {
                best = i;
                bestDistance = 0;
            }
            continue;
        }
        if (points.size() < 2)
            continue;
        // The segment under the pointer's x, and the points just beside it (steep spikes).
        const auto after = std::lower_bound(points.cbegin(), points.cend(), at.x(),
                                            [](const QPointF &p, double x) { return p.x() < x; });
        const qsizetype k = after - points.cbegin();
        for (qsizetype j = std::max<qsizetype>(1, k - 1); j <= std::min(points.size() - 1, k + 1); ++j) {
            const QPointF a = toPixels(points[j - 1]);
            const QPointF b = toPixels(points[j]);
            const QPointF ab = b - a;
            const double length2 = QPointF::dotProduct(ab, ab);
            const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(position - a, ab) / length2, 0.0, 1.0) : 0;
            const QPointF nearest = a + t * ab;
            const double distance = std::hypot(position.x() - nearest.x(), position.y() - nearest.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
    }
    if (value)
        *value = at;
    return best;
}

void PlotLines::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    QPointF value;
    const int line = lineAt(event->pos(), &value);
    if (line != m_hovered && m_hovered >= 0)
        Q_EMIT hovered(m_hovered, value, false);
    m_hovered = line;
    if (line >= 0)
        Q_EMIT hovered(line, value, true);
}

void PlotLines::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_hovered >= 0)
        Q_EMIT hovered(m_hovered, toValue(event->pos()), false);
    m_hovered = -1;
}

} // namespace vpnaas::ui
