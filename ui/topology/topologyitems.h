// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "topology/topologygraph.h"

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>

#include <utility>

namespace vpnaas::ui {

/*! One node: a shape per kind (network cloud, router disc, service shield, subnet card, tunnel, peer hexagon). */
class TopologyNodeItem : public QGraphicsItem
{
public:
    explicit TopologyNodeItem(const topology::Node &node);

    void setNode(const topology::Node &node);
    const topology::Node &node() const { return m_node; }
    void setRect(const QRectF &rect);
    void setHighlighted(bool on);
    /*! A monitoring line under the status ("SA INSTALLED, 12 MB"); empty for none. */
    void setLiveText(const QString &text);
    bool isHighlighted() const { return m_highlighted; }
    void setDimmed(bool on);
    bool isDimmed() const { return m_dimmed; }
    /*! The fill used for the node's status (tests read it). */
    QColor statusColor() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath outline() const;
    void updateToolTip();

    topology::Node m_node;
    QRectF m_rect;
    bool m_highlighted = false;
    bool m_dimmed = false;
    QString m_liveText;
};

class TopologyFanItem;

/*! One edge: a curve from the right side of one node to the left side of the next. */
class TopologyEdgeItem : public QGraphicsPathItem
{
public:
    explicit TopologyEdgeItem(const topology::Edge &edge);
    ~TopologyEdgeItem() override;
    Q_DISABLE_COPY_MOVE(TopologyEdgeItem)
    void setEdge(const topology::Edge &edge);
    const topology::Edge &edge() const { return m_edge; }
    void route(const QRectF &from, const QRectF &to);
    void setDimmed(bool on);
    /*! Overrides the status colour with live SA state: "ACTIVE" (up) or "DOWN"; empty to clear. */
    void setLiveStatus(const QString &status);
    QColor color() const;
    /*! The live status when monitoring set one on a connection edge, else Neutron's. */
    QString effectiveStatus() const;
    QRectF boundingRect() const override;
    /*! Where an edge whose curve lies in \a curveBox paints: with room for its \a label above the middle. */
    static QRectF reach(const QRectF &curveBox, const QString &label);
    /*! The label's font, from the view's. */
    static QFont labelFont(const QFont &base);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /*! The curve's point at \a t (0 = its start, 1 = its end). */
    QPointF pointAt(double t) const;
    /*!
     * The part of the curve inside \a area, as a polyline (empty when none); \a lengthBefore:
     * how long the curve is before it. With \a pixelsPerUnit (the device's pixels per scene
     * unit), a point every few pixels of the part (at least 2), else 65 points.
     */
    QPolygonF visiblePart(const QRectF &area, double *lengthBefore = nullptr, double pixelsPerUnit = 0) const;
    /*! The interval of t in which the curve is inside \a area; first >= second when it is not. */
    std::pair<double, double> visibleSpan(const QRectF &area) const;
    /*! Drawn by \a fan (nullptr: by itself). */
    void setFan(TopologyFanItem *fan);
    TopologyFanItem *fan() const { return m_fan; }

private:
    friend class TopologyFanItem;
    /*! The part in \a exposed; \a thin: one device pixel, not antialiased. */
    void draw(QPainter *painter, const QRectF &exposed, bool thin) const;

    topology::Edge m_edge;
    QPointF m_from;
    QPointF m_to;
    TopologyFanItem *m_fan = nullptr;
    bool m_dimmed = false;
    QString m_liveStatus;
};

/*!
 * The edges out of (or into) a node that has thousands of them, drawn together: they cover each
 * other, so of those passing through the exposed area only one per device pixel is drawn, and
 * when that is still many, thin and without antialiasing. The edges stay items of their own
 * (tooltip, status, dimming); they leave their painting to the fan.
 */
class TopologyFanItem : public QGraphicsItem
{
public:
    enum class Side { Out, In };
    explicit TopologyFanItem(Side side);
    ~TopologyFanItem() override;
    Q_DISABLE_COPY_MOVE(TopologyFanItem)

    /*! The fan's bounds take in \a area (where edges will come). */
    void cover(const QRectF &area);
    void add(TopologyEdgeItem *edge);
    void remove(TopologyEdgeItem *edge);
    bool isEmpty() const { return m_edges.isEmpty(); }
    /*! \a edge of the fan was routed anew. */
    void rerouted(TopologyEdgeItem *edge);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Side m_side;
    QList<TopologyEdgeItem *> m_edges; // sorted by their far ends when painted
    bool m_sorted = false;
    QRectF m_bounds;
};

} // namespace vpnaas::ui
