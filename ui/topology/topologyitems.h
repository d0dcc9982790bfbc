// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "topology/topologygraph.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

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

/*! One edge: a curve from the right side of one node to the left side of the next. */
class TopologyEdgeItem : public QGraphicsPathItem
{
public:
    explicit TopologyEdgeItem(const topology::Edge &edge);
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
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    topology::Edge m_edge;
    bool m_dimmed = false;
    QString m_liveStatus;
};

} // namespace vpnaas::ui
