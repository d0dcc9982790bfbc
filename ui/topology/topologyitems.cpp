// SPDX-License-Identifier: Apache-2.0
#include "topologyitems.h"

#include "browser/statusstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::ui::TopologyScene)
};

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QApplication::palette();
}

QString kindName(topology::NodeKind kind)
{
    switch (kind) {
    case topology::NodeKind::ExternalNetwork:
        return Text::tr("External network");
    case topology::NodeKind::Router:
        return Text::tr("Router");
    case topology::NodeKind::VpnService:
        return Text::tr("VPN service");
    case topology::NodeKind::LocalEndpoints:
        return Text::tr("Local networks");
    case topology::NodeKind::Connection:
        return Text::tr("IPsec site connection");
    case topology::NodeKind::PeerGateway:
        return Text::tr("Peer gateway");
    case topology::NodeKind::PeerEndpoints:
        return Text::tr("Peer networks");
    }
    return {};
}

/*! A base tint per kind, so the columns read as our side / tunnel / their side. */
QColor kindTint(topology::NodeKind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case topology::NodeKind::ExternalNetwork:
    case topology::NodeKind::Router:
        return dark ? QColor(0x2f, 0x3b, 0x4c) : QColor(0xe3, 0xec, 0xf7);
    case topology::NodeKind::VpnService:
    case topology::NodeKind::LocalEndpoints:
        return dark ? QColor(0x2c, 0x43, 0x3a) : QColor(0xe4, 0xf3, 0xea);
    case topology::NodeKind::Connection:
        return dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xf7, 0xf7, 0xf7);
    case topology::NodeKind::PeerGateway:
    case topology::NodeKind::PeerEndpoints:
        return dark ? QColor(0x46, 0x38, 0x2b) : QColor(0xfb, 0xef, 0xe2);
    }
    return palette.color(QPalette::Base);
}

} // namespace

TopologyNodeItem::TopologyNodeItem(const topology::Node &node)
    : m_node(node)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    updateToolTip();
}

void TopologyNodeItem::setNode(const topology::Node &node)
{
    if (node == m_node)
        return;
    m_node = node;
    updateToolTip();
    update();
}

void TopologyNodeItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void TopologyNodeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void TopologyNodeItem::setLiveText(const QString &text)
{
    if (text != m_liveText) {
        m_liveText = text;
        update();
    }
}

void TopologyNodeItem::setDimmed(bool on)
{
    if (on != m_dimmed) {
        m_dimmed = on;
        setOpacity(on ? 0.25 : 1.0);
    }
}

QColor TopologyNodeItem::statusColor() const
{
    return m_node.status.isEmpty() ? QColor() : vpnaas::ui::statusColor(m_node.status, paletteOf(this));
}

void TopologyNodeItem::updateToolTip()
{
    QString tip = u"<b>%1</b><br>%2"_s.arg(m_node.title.toHtmlEscaped(), kindName(m_node.kind).toHtmlEscaped());
    if (!m_node.status.isEmpty())
        tip += u"<br>%1: %2"_s.arg(Text::tr("Status"), m_node.status.toHtmlEscaped());
    for (const QString &line : m_node.details)
        tip += u"<br>"_s + line.toHtmlEscaped();
    setToolTip(tip);
}

QRectF TopologyNodeItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, 4, 4);
}

QPainterPath TopologyNodeItem::outline() const
{
    QPainterPath path;
    const QRectF r = m_rect;
    switch (m_node.kind) {
    case topology::NodeKind::ExternalNetwork:
        path.addRoundedRect(r, r.height() / 2, r.height() / 2); // a pill: "the outside"
        break;
    case topology::NodeKind::Router: {
        path.addRoundedRect(r, 18, 18);
        break;
    }
    case topology::NodeKind::PeerGateway: {
        const qreal d = r.height() / 2;
        path.moveTo(r.left() + d, r.top());
        path.lineTo(r.right() - d, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - d, r.bottom());
        path.lineTo(r.left() + d, r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath(); // a hexagon
        break;
    }
    case topology::NodeKind::Connection:
        path.addRoundedRect(r, 6, 6);
        break;
    default:
        path.addRoundedRect(r, 3, 3);
        break;
    }
    return path;
}

QPainterPath TopologyNodeItem::shape() const
{
    return outline();
}

void TopologyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = paletteOf(this);
    painter->setRenderHint(QPainter::Antialiasing);
    const QPainterPath path = outline();
    const bool selected = option->state & QStyle::State_Selected;
    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 3 : 1.2);
    if (m_node.kind == topology::NodeKind::ExternalNetwork || m_node.kind == topology::NodeKind::PeerEndpoints
        || m_node.kind == topology::NodeKind::PeerGateway)
        border.setStyle(selected ? Qt::SolidLine : Qt::DashLine); // not ours
    if (m_highlighted) {
        painter->setPen(QPen(warningColor(palette), 6));
        painter->drawPath(path);
    }
    painter->setPen(border);
    painter->setBrush(kindTint(m_node.kind, palette));
    painter->drawPath(path);

    QRectF text = m_rect.adjusted(10, 4, -10, -4);
    if (!m_node.status.isEmpty()) {
        // A status stripe on the left, and the status in words: never colour alone.
        const QColor color = statusColor();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(m_rect.left() + 3, m_rect.top() + 6, 5, m_rect.height() - 12), 2, 2);
        text.setLeft(text.left() + 4);
    }
    QFont titleFont = painter->font();
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF titleMetrics(titleFont);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(m_node.title, Qt::ElideRight, text.width()));
    QFont small = painter->font();
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetricsF metrics(small);
    qreal y = text.top() + titleMetrics.height();
    QStringList lines;
    if (!m_node.status.isEmpty())
        lines.append(m_node.status);
    if (!m_liveText.isEmpty())
        lines.append(m_liveText);
    lines += m_node.details;
    for (const QString &line : std::as_const(lines)) {
        if (y + metrics.height() > text.bottom() + 1)
            break;
        painter->setPen(line == m_node.status    ? statusColor()
                            : line == m_liveText ? palette.color(QPalette::Text)
                                                 : palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line, Qt::ElideRight, text.width()));
        y += metrics.height();
    }
}

TopologyEdgeItem::TopologyEdgeItem(const topology::Edge &edge)
    : m_edge(edge)
{
    setZValue(0);
    if (!edge.label.isEmpty())
        setToolTip(edge.label);
}

void TopologyEdgeItem::setEdge(const topology::Edge &edge)
{
    if (edge == m_edge)
        return;
    m_edge = edge;
    setToolTip(edge.label);
    update();
}

void TopologyEdgeItem::route(const QRectF &from, const QRectF &to)
{
    const QPointF a(from.right(), from.center().y());
    const QPointF b(to.left(), to.center().y());
    const qreal dx = (b.x() - a.x()) / 2;
    QPainterPath path(a);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    setPath(path);
}

void TopologyEdgeItem::setDimmed(bool on)
{
    if (on != m_dimmed) {
        m_dimmed = on;
        setOpacity(on ? 0.2 : 1.0);
    }
}

void TopologyEdgeItem::setLiveStatus(const QString &status)
{
    if (status != m_liveStatus) {
        m_liveStatus = status;
        update();
    }
}

QColor TopologyEdgeItem::color() const
{
    const QPalette palette = paletteOf(this);
    const QString status = effectiveStatus();
    return status.isEmpty() ? palette.color(QPalette::Mid) : statusColor(status, palette);
}

QString TopologyEdgeItem::effectiveStatus() const
{
    // Live SA state, where monitoring knows it, beats Neutron's (possibly stale) status.
    return !m_edge.status.isEmpty() && !m_liveStatus.isEmpty() ? m_liveStatus : m_edge.status;
}

QRectF TopologyEdgeItem::boundingRect() const
{
    // Room for the status label drawn above the curve's middle.
    return QGraphicsPathItem::boundingRect().adjusted(-70, -24, 70, 4);
}

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QString status = effectiveStatus();
    QPen pen(color(), status.isEmpty() ? 1.5 : 2.5);
    if (!status.isEmpty() && status != u"ACTIVE")
        pen.setStyle(Qt::DashLine); // down, error, pending: not carrying traffic
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    if (!m_edge.label.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        painter->setFont(font);
        const QPointF mid = path().pointAtPercent(0.5);
        const QFontMetricsF metrics(font);
        const QRectF box(mid.x() - metrics.horizontalAdvance(m_edge.label) / 2 - 3, mid.y() - metrics.height() - 2,
                         metrics.horizontalAdvance(m_edge.label) + 6, metrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(paletteOf(this).color(QPalette::Base));
        painter->drawRect(box);
        painter->setPen(color());
        painter->drawText(box, Qt::AlignCenter, m_edge.label);
    }
}

} // namespace vpnaas::ui
