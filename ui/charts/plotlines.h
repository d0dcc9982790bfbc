// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBrush>
#include <QGraphicsObject>
#include <QImage>
#include <QList>
#include <QPen>
#include <QPointF>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace vpnaas::ui {

/*!
 * The lines of a chart, drawn by one item over the chart's plot area: each line a polyline of
 * points in value coordinates (x, y), mapped to pixels through the domain set here and stroked
 * with its pen, clipped to the plot area. A line with a brush is a closed shape, filled (the
 * status timeline's bands: one shape per lane and state, where a QAreaSeries each took 0.2 ms
 * to make and its share of every chart layout). Made for many lines of many points: a QLineSeries
 * builds a path and a stroked hover outline for every change (about 1 µs a point, 200 ms for
 * 100 connections' throughput); this item keeps the points and only maps and draws them when
 * painted. The chart's axes (ranges set to the same domain) and legend (a series per line,
 * without points) stay QtCharts'. Hovering near a line reports it and the value at the
 * pointer's x. A child of the chart; follows its plot area.
 *
 * From kBackgroundPoints points in all (100 connections' day: 200,000) the lines are drawn into
 * an image on the background pool, and a paint only shows the newest image: stroking them is
 * 15-30 ms that the GUI thread would otherwise spend on each redraw. Changes made meanwhile are
 * drawn together once the running one is done; isRendering() and rendered() tell.
 */
class PlotLines : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Line {
        QList<QPointF> points; // ascending x (a shape's outline: any order)
        QPen pen;
        QBrush brush = Qt::NoBrush; // a brush: the points outline a shape filled with it
    };

    /*! From how many points in all the lines are drawn on the background pool. */
    static constexpr qsizetype kBackgroundPoints = 20000;

    explicit PlotLines(QChart *chart);

    void setDomain(double minX, double maxX, double minY, double maxY);
    void setLines(QList<Line> lines);
    /*!
     * The lines \a make returns, made on the background pool (mapping a hundred connections'
     * rows to points is milliseconds of the GUI thread's time). The current lines stay until
     * they come; a setLines() or setLinesLater() meanwhile replaces them. \a make must own
     * what it reads (see perf::runInBackground()).
     */
    void setLinesLater(std::function<QList<Line>()> make);
    const QList<Line> &lines() const { return m_lines; }
    /*!
     * The line within a few pixels of \a position (item coordinates), or the shape under it; -1
     * without one. \a value: there, in values.
     */
    int lineAt(const QPointF &position, QPointF *value = nullptr) const;
    QPointF toPixels(const QPointF &value) const;
    QPointF toValue(const QPointF &pixels) const;

    /*! The lines are being made, or their image drawn, on the pool (a paint meanwhile shows the last one). */
    bool isRendering() const { return m_making || m_rendering || m_renderQueued; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    /*! The pointer came within reach of \a line (at \a value) or left it (\a entered false). */
    void hovered(int line, const QPointF &value, bool entered);
    /*! The image of the current lines is ready and painted with the next frame. */
    void rendered();

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Picture {
        QList<Line> lines;
        QSizeF size;
        double minX = 0, maxX = 1, minY = 0, maxY = 1; // the domain, as m_minX…m_maxY
    };
    static void draw(QPainter *painter, const Picture &picture);
    Picture picture() const;
    bool inBackground() const;
    void changed();
    void startRender();
    void followPlotArea();

    QChart *m_chart;
    QRectF m_plot;
    double m_minX = 0;
    double m_maxX = 1;
    double m_minY = 0;
    double m_maxY = 1;
    QList<Line> m_lines;
    int m_hovered = -1;
    qsizetype m_points = 0; // of all lines
    quint64 m_generation = 0; // of the lines, domain and size
    quint64 m_linesSet = 0; // setLines() and setLinesLater() calls
    bool m_making = false; // by setLinesLater()
    QImage m_image; // the lines, drawn on the pool
    qreal m_pixelRatio = 1; // of the last paint's device
    bool m_rendering = false;
    bool m_renderQueued = false;
};

} // namespace vpnaas::ui
