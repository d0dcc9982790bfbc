// SPDX-License-Identifier: Apache-2.0
#include "topologyitems.h"

#include "browser/statusstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

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
    setZValue(edge.label.isEmpty() ? 0 : 2); // a label is not hidden under the nodes it joins
    // paint() draws only the part of a long curve that is exposed.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    if (!edge.label.isEmpty())
        setToolTip(edge.label);
}

TopologyEdgeItem::~TopologyEdgeItem()
{
    if (m_fan)
        m_fan->remove(this);
}

void TopologyEdgeItem::setEdge(const topology::Edge &edge)
{
    if (edge == m_edge)
        return;
    prepareGeometryChange(); // the label's room changes with it
    m_edge = edge;
    setZValue(edge.label.isEmpty() ? 0 : 2);
    setToolTip(edge.label);
    update();
}

void TopologyEdgeItem::route(const QRectF &from, const QRectF &to)
{
    m_from = QPointF(from.right(), from.center().y());
    m_to = QPointF(to.left(), to.center().y());
    const qreal dx = (m_to.x() - m_from.x()) / 2;
    QPainterPath path(m_from);
    path.cubicTo(m_from + QPointF(dx, 0), m_to - QPointF(dx, 0), m_to);
    if (path == this->path())
        return;
    setPath(path);
    if (m_fan)
        m_fan->rerouted(this);
}

namespace {
// route()'s curve has its control points at the ends' y and the middle's x. From one end (0) to
// the other (1) its x goes along X(t) = 1.5t - 1.5t^2 + t^3 and its y along the smooth step
// Y(t) = 3t^2 - 2t^3; both rise monotonically, so each has an inverse.
double curveX(double t)
{
    return t * (1.5 - 1.5 * t + t * t);
}

double curveY(double t)
{
    return t * t * (3 - 2 * t);
}

double inverseX(double p)
{
    p = std::clamp(p, 0.0, 1.0);
    double t = p;
    for (int i = 0; i < 8; ++i) // Newton: X' = 1.5 - 3t + 3t^2 >= 0.75
        t = std::clamp(t - (curveX(t) - p) / (1.5 - 3 * t + 3 * t * t), 0.0, 1.0);
    return t;
}

double inverseY(double p)
{
    p = std::clamp(p, 0.0, 1.0);
    return 0.5 - std::sin(std::asin(1 - 2 * p) / 3);
}

// The t where coordinate (going from c0 to c1 along `curve`) is within [low, high]; first > second when never.
std::pair<double, double> within(double c0, double c1, double low, double high, double (*inverse)(double))
{
    if (c0 == c1)
        return c0 >= low && c0 <= high ? std::pair(0.0, 1.0) : std::pair(1.0, 0.0);
    double p0 = (low - c0) / (c1 - c0), p1 = (high - c0) / (c1 - c0);
    if (p0 > p1)
        std::swap(p0, p1);
    if (p1 < 0 || p0 > 1)
        return {1.0, 0.0};
    return {inverse(p0), inverse(p1)};
}

} // namespace

QPointF TopologyEdgeItem::pointAt(double t) const
{
    return {m_from.x() + (m_to.x() - m_from.x()) * curveX(t), m_from.y() + (m_to.y() - m_from.y()) * curveY(t)};
}

std::pair<double, double> TopologyEdgeItem::visibleSpan(const QRectF &area) const
{
    const auto [x0, x1] = within(m_from.x(), m_to.x(), area.left(), area.right(), inverseX);
    const auto [y0, y1] = within(m_from.y(), m_to.y(), area.top(), area.bottom(), inverseY);
    return {std::max(x0, y0), std::min(x1, y1)};
}

QPolygonF TopologyEdgeItem::visiblePart(const QRectF &area, double *lengthBefore, double pixelsPerUnit) const
{
    const auto [t0, t1] = visibleSpan(area);
    QPolygonF part;
    if (t0 >= t1)
        return part;
    constexpr int kSteps = 64;
    int steps = kSteps;
    if (pixelsPerUnit > 0) {
        // A point every 3 pixels of the chord: a fan's hundreds of curves are each a few pixels
        // long where they are seen, and 64 segments each were most of the topology's paint.
        const QPointF a = pointAt(t0);
        const QPointF b = pointAt(t1);
        const double pixels = std::hypot(b.x() - a.x(), b.y() - a.y()) * pixelsPerUnit;
        steps = std::clamp(int(pixels / 3), 2, kSteps);
    }
    if (lengthBefore) {
        *lengthBefore = 0;
        QPointF previous = pointAt(0);
        for (int i = 1; i <= kSteps; ++i) {
            const QPointF next = pointAt(t0 * i / kSteps);
            *lengthBefore += std::hypot(next.x() - previous.x(), next.y() - previous.y());
            previous = next;
        }
    }
    part.reserve(steps + 1);
    for (int i = 0; i <= steps; ++i)
        part.append(pointAt(t0 + (t1 - t0) * i / steps));
    return part;
}

void TopologyEdgeItem::setFan(TopologyFanItem *fan)
{
    if (fan == m_fan)
        return;
    if (m_fan)
        m_fan->remove(this);
    m_fan = fan;
    if (m_fan)
        m_fan->add(this);
    update();
}

void TopologyEdgeItem::setDimmed(bool on)
{
    if (on != m_dimmed) {
        m_dimmed = on;
        setOpacity(on ? 0.2 : 1.0);
        if (m_fan)
            m_fan->update(sceneBoundingRect());
    }
}

void TopologyEdgeItem::setLiveStatus(const QString &status)
{
    if (status != m_liveStatus) {
        m_liveStatus = status;
        update();
        if (m_fan)
            m_fan->update(sceneBoundingRect());
    }
}

QColor TopologyEdgeItem::color() const
{
    const QPalette palette = paletteOf(this);
    const QString status = effectiveStatus();
    if (!status.isEmpty())
        return statusColor(status, palette);
    // Between the text and the background: visible in light and dark schemes alike (the palette's
    // Mid is a button shade, nearly the background in a dark scheme).
    return textOnBase(palette, 0.5);
}

QString TopologyEdgeItem::effectiveStatus() const
{
    // Live SA state, where monitoring knows it, beats Neutron's (possibly stale) status.
    return !m_edge.status.isEmpty() && !m_liveStatus.isEmpty() ? m_liveStatus : m_edge.status;
}

QRectF TopologyEdgeItem::boundingRect() const
{
    return reach(QGraphicsPathItem::boundingRect(), m_edge.label);
}

QFont TopologyEdgeItem::labelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

QRectF TopologyEdgeItem::reach(const QRectF &curveBox, const QString &label)
{
    if (label.isEmpty())
        return curveBox.adjusted(-4, -4, 4, 4);
    // Room for the label drawn above the curve's middle, however long (an IPv6 gateway) and however
    // large the font: it is painted whole, over the nodes beside it if it must.
    // Ten thousand labelled edges are measured per layout, on the pool for a big one: the metrics
    // are made once per thread and font.
    thread_local std::optional<std::pair<QFont, QFontMetricsF>> cached;
    const QFont font = labelFont(QGuiApplication::font());
    if (!cached || cached->first != font)
        cached.emplace(font, QFontMetricsF(font));
    const QFontMetricsF &metrics = cached->second;
    const double half = metrics.horizontalAdvance(label) / 2 + 4;
    const double wider = std::max(0.0, half - curveBox.width() / 2) + 4;
    return curveBox.adjusted(-wider, -(metrics.height() + 6), wider, 4);
}

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_fan) // a fan's edges are drawn by the fan
        draw(painter, option->exposedRect, false);
}

void TopologyEdgeItem::draw(QPainter *painter, const QRectF &exposed, bool thin) const
{
    painter->setRenderHint(QPainter::Antialiasing, !thin);
    const QString status = effectiveStatus();
    QPen pen(color(), status.isEmpty() ? 1.5 : 2.5);
    if (!status.isEmpty() && status != u"ACTIVE")
        pen.setStyle(Qt::DashLine); // down, error, pending: not carrying traffic
    painter->setBrush(Qt::NoBrush);
    // A curve far longer than what is exposed (a group's edges to thousands of connections span
    // the whole column) is stroked only where it is seen: stroking it whole cost seconds a paint.
    const QRectF area = exposed.adjusted(-pen.widthF(), -pen.widthF(), pen.widthF(), pen.widthF());
    const QRectF whole = path().boundingRect();
    if (thin || (!area.isEmpty() && whole.width() * whole.height() > 4 * area.width() * area.height())) {
        double before = 0;
        const double pixelsPerUnit = std::abs(painter->worldTransform().m22());
        const QPolygonF part = visiblePart(area, pen.style() == Qt::SolidLine ? nullptr : &before, pixelsPerUnit);
        pen.setDashOffset(before / pen.widthF()); // the dashes stay where the whole curve has them
        if (thin) {
            pen.setWidth(0); // one device pixel, not antialiased: the fast path of the raster engine
            pen.setCosmetic(true);
        }
        painter->setPen(pen);
        if (part.size() > 1)
            painter->drawPolyline(part);
    } else {
        painter->setPen(pen);
        painter->drawPath(path());
    }
    if (!m_edge.label.isEmpty()) {
        const QFont font = labelFont(painter->font());
        painter->setFont(font);
        const QPointF mid = pointAt(0.5); // the middle of the symmetric curve
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

TopologyFanItem::TopologyFanItem(Side side)
    : m_side(side)
{
    setZValue(0);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

TopologyFanItem::~TopologyFanItem()
{
    for (TopologyEdgeItem *edge : std::as_const(m_edges))
        edge->m_fan = nullptr;
}

void TopologyFanItem::cover(const QRectF &area)
{
    if (m_bounds.contains(area))
        return;
    prepareGeometryChange();
    m_bounds |= area;
}

void TopologyFanItem::add(TopologyEdgeItem *edge)
{
    cover(edge->boundingRect());
    m_edges.append(edge);
    m_sorted = false;
    update(edge->boundingRect());
}

void TopologyFanItem::remove(TopologyEdgeItem *edge)
{
    // The bounds stay as they were (too large costs a little painting; recomputing them for each
    // of thousands of edges leaving costs more).
    m_edges.removeOne(edge);
    update(edge->boundingRect());
}

void TopologyFanItem::rerouted(TopologyEdgeItem *edge)
{
    cover(edge->boundingRect());
    m_sorted = false;
    update(edge->boundingRect());
}

QRectF TopologyFanItem::boundingRect() const
{
    return m_bounds;
}

void TopologyFanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Thousands of curves out of one node cover each other: draw, of those that pass through the
    // exposed area, one per two device pixels where they leave it (in their order there, which is
    // the order of their far ends), each clipped to the area. Side by side they are a solid band
    // either way; one a pixel made this the longest part of a paint (8 ms at 10,000 connections).
    if (!m_sorted) {
        std::sort(m_edges.begin(), m_edges.end(), [this](const TopologyEdgeItem *a, const TopologyEdgeItem *b) {
            return m_side == Side::Out ? a->m_to.y() < b->m_to.y() : a->m_from.y() < b->m_from.y();
        });
        m_sorted = true;
    }
    const QRectF area = option->exposedRect;
    const double scale = std::max(1e-6, std::abs(painter->worldTransform().m22()));
    const double pixel = 1.0 / scale; // scene units per device pixel
    QList<const TopologyEdgeItem *> drawn;
    QPointF last(std::numeric_limits<double>::infinity(), 0);
    for (const TopologyEdgeItem *edge : std::as_const(m_edges)) {
        // Where the curve leaves the area (enters it, for edges into the node): in the order of
        // the far ends, these points move along the area's border.
        const auto [t0, t1] = edge->visibleSpan(area);
        if (t0 >= t1)
            continue;
        const QPointF far = edge->pointAt(m_side == Side::Out ? t1 : t0);
        if (std::abs(far.x() - last.x()) + std::abs(far.y() - last.y()) < 2 * pixel)
            continue;
        last = far;
        drawn.append(edge);
    }
    // A few are drawn as they are; many, thin and fast.
    const bool thin = drawn.size() > 4;
    for (const TopologyEdgeItem *edge : std::as_const(drawn)) {
        painter->save();
        painter->setOpacity(edge->opacity());
        edge->draw(painter, area, thin);
        painter->restore();
    }
}

} // namespace vpnaas::ui
