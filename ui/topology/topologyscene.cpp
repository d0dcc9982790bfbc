// SPDX-License-Identifier: Apache-2.0
#include "topologyscene.h"

#include "perf/stallwatch.h"

#include "topologyitems.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {
QString edgeKey(const topology::Edge &edge)
{
    return edge.from + u'\n' + edge.to;
}
} // namespace

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // The BSP index of 14,000 items is built in one go after the first paint: 2 s on the GUI
    // thread at 10,000 connections (bench_topology_paint). The scene is laid out once and drawn
    // whole or by its visible part; without the index a paint walks the items, which is cheap.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &TopologyScene::runSlice);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QList<QGraphicsItem *> items = selectedItems();
        if (items.size() != 1)
            return;
        const auto *node = dynamic_cast<TopologyNodeItem *>(items.first());
        if (node && node->node().resourceKind)
            Q_EMIT resourceClicked(*node->node().resourceKind, node->node().resourceId);
    });
}

TopologyScene::~TopologyScene()
{
    // QGraphicsScene's destructor removes the items and announces the selection change; by then
    // this part of the object is gone, so drop the items while it still exists.
    m_selecting = true;
    m_slices.stop();
    m_nodes.clear();
    m_edges.clear();
    m_fans.clear();
    clear();
}

TopologyScene::Fans TopologyScene::fansOf(const topology::Graph &graph, const topology::Layout &layout)
{
    // Thousands of edges out of one node (a local group's to its connections), or into one.
    QHash<QString, qsizetype> out, in;
    for (const topology::Edge &edge : graph.edges) {
        ++out[edge.from];
        ++in[edge.to];
    }
    Fans fans;
    for (auto it = out.cbegin(); it != out.cend(); ++it) {
        if (it.value() >= kFanFrom)
            fans.out.insert(it.key());
    }
    for (auto it = in.cbegin(); it != in.cend(); ++it) {
        if (it.value() >= kFanFrom)
            fans.in.insert(it.key());
    }
    // Each fan's area from the start: growing it edge by edge repainted the whole view each time.
    for (const topology::Edge &edge : graph.edges) {
        if (const QString key = fans.keyOf(edge); !key.isEmpty())
            fans.bounds[key]
                |= TopologyEdgeItem::reach(layout.rects.value(edge.from) | layout.rects.value(edge.to), edge.label);
    }
    return fans;
}

QString TopologyScene::Fans::keyOf(const topology::Edge &edge) const
{
    if (out.contains(edge.from))
        return u"out\n"_s + edge.from;
    if (in.contains(edge.to))
        return u"in\n"_s + edge.to;
    return {};
}

void TopologyScene::setGraph(const topology::Graph &graph, const topology::Layout &layout)
{
    setGraph(graph, layout, fansOf(graph, layout));
}

void TopologyScene::setGraph(const topology::Graph &graph, const topology::Layout &layout, Fans fans)
{
    setGraph(graph, layout, std::move(fans), boxesOf(graph, layout));
}

TopologyScene::Boxes TopologyScene::boxesOf(const topology::Graph &graph, const topology::Layout &layout)
{
    Boxes boxes;
    boxes.nodes.reserve(graph.nodes.size());
    for (const topology::Node &node : graph.nodes)
        boxes.nodes.append(layout.rects.value(node.key));
    boxes.edges.reserve(graph.edges.size());
    for (const topology::Edge &edge : graph.edges) {
        // The curve stays within the box of its ends.
        boxes.edges.append(
            TopologyEdgeItem::reach(layout.rects.value(edge.from) | layout.rects.value(edge.to), edge.label));
    }
    return boxes;
}

void TopologyScene::setGraph(const topology::Graph &graph, const topology::Layout &layout, Fans fans, Boxes boxes)
{
    m_graph = graph;
    m_layout = layout;
    m_boxes = std::move(boxes);
    m_slices.stop();
    m_plan.clear();
    m_planAt = 0;
    m_gone.clear();
    // Drops first: on a change of cloud the old picture leaves before the new one comes in.
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!graph.node(it.key())) {
            m_plan.push_back({Step::DropNode, m_gone.size()});
            m_gone.append(it.key());
        }
    }
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        const topology::Edge &edge = it.value()->edge();
        if (!graph.hasEdge(edge.from, edge.to)) {
            m_plan.push_back({Step::DropEdge, m_gone.size()});
            m_gone.append(it.key());
        }
    }
    m_fanPlan = std::move(fans);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        m_plan.push_back({Step::Node, i});
    for (qsizetype i = 0; i < graph.edges.size(); ++i)
        m_plan.push_back({Step::Edge, i});
    setSceneRect(layout.bounds.adjusted(-40, -40, 40, 40));
    applyDimming(); // the items that stay now, the new ones as they come
    if (qsizetype(m_plan.size()) < kSliceFrom) {
        while (m_planAt < qsizetype(m_plan.size()))
            apply(m_plan[size_t(m_planAt++)]);
        runSlice(); // nothing left: finishes
    } else {
        m_slices.start();
    }
}

void TopologyScene::prioritize(const QRectF &area)
{
    // What leaves the area, then what comes into it, then the rest in the order it had: a
    // stable partition in three, each step's box looked up by index (boxesOf()).
    const auto from = m_plan.begin() + qsizetype(m_planAt);
    std::array<std::vector<Step>, 3> byOrder;
    for (auto it = from; it != m_plan.end(); ++it) {
        const bool drop = it->kind == Step::DropNode || it->kind == Step::DropEdge;
        byOrder[inArea(*it, area) ? (drop ? 0 : 1) : 2].push_back(*it);
    }
    auto out = from;
    for (const std::vector<Step> &steps : byOrder)
        out = std::copy(steps.cbegin(), steps.cend(), out);
}

bool TopologyScene::inArea(const Step &step, const QRectF &area) const
{
    switch (step.kind) {
    case Step::Node:
        return m_boxes.nodes.value(step.index).intersects(area);
    case Step::Edge:
        return m_boxes.edges.value(step.index).intersects(area);
    case Step::DropNode:
        if (const TopologyNodeItem *item = m_nodes.value(m_gone.at(step.index)))
            return item->sceneBoundingRect().intersects(area);
        return false;
    case Step::DropEdge:
        if (const TopologyEdgeItem *item = m_edges.value(m_gone.at(step.index)))
            return item->sceneBoundingRect().intersects(area);
        return false;
    }
    return false;
}

void TopologyScene::runSlice()
{
    // A slice stays well inside a frame, so that the paint of what it added fits in too.
    constexpr qint64 kSliceNs = 4'000'000;
    const perf::Scope scope("TopologyScene slice");
    QElapsedTimer timer;
    timer.start();
    const auto size = qsizetype(m_plan.size());
    while (m_planAt < size) {
        apply(m_plan[size_t(m_planAt++)]);
        if (m_planAt % 16 == 0 && timer.nsecsElapsed() >= kSliceNs)
            break;
    }
    if (m_planAt < size) {
        m_slices.start();
        return;
    }
    m_plan.clear();
    m_planAt = 0;
    m_gone.clear();
    dropEmptyFans();
    Q_EMIT built();
}

TopologyFanItem *TopologyScene::fanFor(const topology::Edge &edge)
{
    const QString key = m_fanPlan.keyOf(edge);
    if (key.isEmpty())
        return nullptr;
    TopologyFanItem *&fan = m_fans[key];
    if (!fan) {
        fan = new TopologyFanItem(key.startsWith(u"out\n") ? TopologyFanItem::Side::Out : TopologyFanItem::Side::In);
        addItem(fan);
    }
    fan->cover(m_fanPlan.bounds.value(key));
    return fan;
}

void TopologyScene::dropEmptyFans()
{
    for (auto it = m_fans.begin(); it != m_fans.end();) {
        if (it.value()->isEmpty()) {
            delete it.value();
            it = m_fans.erase(it);
        } else {
            ++it;
        }
    }
}

void TopologyScene::apply(const Step &step)
{
    switch (step.kind) {
    case Step::Node: {
        const topology::Node &node = m_graph.nodes.at(step.index);
        TopologyNodeItem *item = m_nodes.value(node.key);
        if (!item) {
            item = new TopologyNodeItem(node);
            addItem(item);
            m_nodes.insert(node.key, item);
        } else {
            item->setNode(node);
        }
        item->setRect(m_layout.rects.value(node.key));
        dimNode(item);
        if (!m_live.isEmpty())
            showLiveState(item);
        break;
    }
    case Step::Edge: {
        const topology::Edge &edge = m_graph.edges.at(step.index);
        const QString key = edgeKey(edge);
        TopologyEdgeItem *item = m_edges.value(key);
        if (!item) {
            item = new TopologyEdgeItem(edge);
            addItem(item);
            m_edges.insert(key, item);
        } else {
            item->setEdge(edge);
        }
        item->route(m_layout.rects.value(edge.from), m_layout.rects.value(edge.to));
        item->setFan(fanFor(edge));
        dimEdge(item);
        if (!m_live.isEmpty())
            showLiveState(item);
        break;
    }
    case Step::DropNode:
        delete m_nodes.take(m_gone.at(step.index));
        break;
    case Step::DropEdge:
        delete m_edges.take(m_gone.at(step.index));
        break;
    }
}

QString TopologyScene::highlight(const QString &text)
{
    QString first;
    const QString needle = text.trimmed();
    QList<std::pair<QRectF, QString>> matches;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const topology::Node &node = it.value()->node();
        bool match = !needle.isEmpty() && node.title.contains(needle, Qt::CaseInsensitive);
        for (const QString &line : node.details)
            match = match || (!needle.isEmpty() && line.contains(needle, Qt::CaseInsensitive));
        it.value()->setHighlighted(match);
        if (match)
            matches.append({it.value()->boundingRect(), it.key()});
    }
    // The top-left match first, whatever the hash order.
    std::sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        return a.first.x() != b.first.x() ? a.first.x() < b.first.x() : a.first.y() < b.first.y();
    });
    return matches.isEmpty() ? QString() : matches.first().second;
}

void TopologyScene::setLiveStates(const QHash<QString, LiveState> &states)
{
    const perf::Scope scope("TopologyScene::setLiveStates", states.size());
    // Only the items of connections whose state changed; the edges only when one went up or
    // down (every counter fetch changes the text of each connection, rarely its state).
    QStringList changed;
    bool upOrDown = false;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const auto before = m_live.constFind(it.key());
        const bool flipped = before == m_live.cend() || before->up != it->up;
        if (flipped || before->text != it->text)
            changed.append(it.key());
        upOrDown = upOrDown || flipped;
    }
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (!states.contains(it.key())) {
            changed.append(it.key());
            upOrDown = true;
        }
    }
    m_live = states;
    for (const QString &id : std::as_const(changed)) {
        if (TopologyNodeItem *node = m_nodes.value(topology::nodeKeyFor(ResourceKind::IpsecSiteConnection, id)))
            showLiveState(node);
    }
    if (upOrDown) {
        for (TopologyEdgeItem *edge : std::as_const(m_edges))
            showLiveState(edge);
    }
}

void TopologyScene::showLiveState(TopologyNodeItem *item) const
{
    const topology::Node &node = item->node();
    const auto live = node.kind == topology::NodeKind::Connection ? m_live.constFind(node.resourceId) : m_live.cend();
    item->setLiveText(live != m_live.cend() ? live->text : QString());
}

void TopologyScene::showLiveState(TopologyEdgeItem *item) const
{
    // An edge carries a connection's state when one of its ends is that connection.
    QString status;
    for (const QString &key : {item->edge().from, item->edge().to}) {
        const topology::Node *node = m_graph.node(key);
        if (!node || node->kind != topology::NodeKind::Connection)
            continue;
        if (const auto live = m_live.constFind(node->resourceId); live != m_live.cend())
            status = live->up ? u"ACTIVE"_s : u"DOWN"_s;
    }
    item->setLiveStatus(status);
}

void TopologyScene::setFilter(const QString &routerKey, const QString &status)
{
    m_routerFilter = routerKey;
    m_statusFilter = status;
    applyDimming();
}

void TopologyScene::applyDimming()
{
    // Bright: everything reachable from the chosen router, and of those the connections with the
    // chosen status together with their endpoints. Everything else is dimmed, not hidden, so the
    // picture keeps its shape.
    QSet<QString> bright;
    m_filtering = !m_routerFilter.isEmpty() || !m_statusFilter.isEmpty();
    if (m_filtering) {
        QHash<QString, QStringList> next, previous;
        for (const topology::Edge &edge : m_graph.edges) {
            next[edge.from].append(edge.to);
            previous[edge.to].append(edge.from);
        }
        const auto walk = [&](const QString &start, const QHash<QString, QStringList> &links, QSet<QString> &into) {
            QStringList todo{start};
            while (!todo.isEmpty()) {
                const QString key = todo.takeLast();
                if (into.contains(key))
                    continue;
                into.insert(key);
                todo += links.value(key);
            }
        };
        for (const topology::Node &node : m_graph.nodes) {
            if (node.kind != topology::NodeKind::Connection)
                continue;
            if (!m_statusFilter.isEmpty() && node.status != m_statusFilter)
                continue;
            QSet<QString> chain;
            walk(node.key, next, chain);
            walk(node.key, previous, chain);
            if (!m_routerFilter.isEmpty() && !chain.contains(m_routerFilter))
                continue;
            bright.unite(chain);
        }
        if (!m_routerFilter.isEmpty() && m_statusFilter.isEmpty())
            walk(m_routerFilter, next, bright);
    }
    m_bright = bright;
    for (TopologyNodeItem *node : std::as_const(m_nodes))
        dimNode(node);
    for (TopologyEdgeItem *edge : std::as_const(m_edges))
        dimEdge(edge);
}

void TopologyScene::dimNode(TopologyNodeItem *item) const
{
    item->setDimmed(m_filtering && !m_bright.contains(item->node().key));
}

void TopologyScene::dimEdge(TopologyEdgeItem *item) const
{
    item->setDimmed(m_filtering && !(m_bright.contains(item->edge().from) && m_bright.contains(item->edge().to)));
}

bool TopologyScene::selectNode(const QString &key)
{
    TopologyNodeItem *item = m_nodes.value(key);
    m_selecting = true;
    clearSelection();
    if (item)
        item->setSelected(true);
    m_selecting = false;
    return item != nullptr;
}

QString TopologyScene::selectedKey() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    const auto *node = items.size() == 1 ? dynamic_cast<TopologyNodeItem *>(items.first()) : nullptr;
    return node ? node->node().key : QString();
}

QImage TopologyScene::renderImage(qreal scale)
{
    const QRectF area = sceneRect();
    QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(QPointF(0, 0), image.size()), area);
    return image;
}

QByteArray TopologyScene::renderSvg(const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QRectF area = sceneRect();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(area.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
    generator.setTitle(title);
    generator.setDescription(tr("VPN topology exported by VPNaaS Console"));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), area.size()), palette().color(QPalette::Base));
    render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    painter.end();
    return buffer.data();
}

} // namespace vpnaas::ui
