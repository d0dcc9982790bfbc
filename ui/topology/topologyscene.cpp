// SPDX-License-Identifier: Apache-2.0
#include "topologyscene.h"

#include "topologyitems.h"

#include <QBuffer>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

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
    m_nodes.clear();
    m_edges.clear();
    clear();
}

void TopologyScene::setGraph(const topology::Graph &graph, const topology::Layout &layout)
{
    m_graph = graph;
    // Nodes: update in place, add new, drop gone.
    QSet<QString> keep;
    for (const topology::Node &node : graph.nodes) {
        keep.insert(node.key);
        TopologyNodeItem *item = m_nodes.value(node.key);
        if (!item) {
            item = new TopologyNodeItem(node);
            addItem(item);
            m_nodes.insert(node.key, item);
        } else {
            item->setNode(node);
        }
        item->setRect(layout.rects.value(node.key));
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_nodes.erase(it);
        }
    }
    QSet<QString> keepEdges;
    for (const topology::Edge &edge : graph.edges) {
        const QString key = edgeKey(edge);
        keepEdges.insert(key);
        TopologyEdgeItem *item = m_edges.value(key);
        if (!item) {
            item = new TopologyEdgeItem(edge);
            addItem(item);
            m_edges.insert(key, item);
        } else {
            item->setEdge(edge);
        }
        item->route(layout.rects.value(edge.from), layout.rects.value(edge.to));
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (keepEdges.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_edges.erase(it);
        }
    }
    setSceneRect(layout.bounds.adjusted(-40, -40, 40, 40));
    applyDimming();
    if (!m_live.isEmpty())
        setLiveStates(m_live); // new items get the known live state too
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
    m_live = states;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const topology::Node &node = it.value()->node();
        const bool connection = node.kind == topology::NodeKind::Connection;
        it.value()->setLiveText(connection && states.contains(node.resourceId) ? states.value(node.resourceId).text
                                                                               : QString());
    }
    for (TopologyEdgeItem *edge : std::as_const(m_edges)) {
        // An edge carries a connection's state when one of its ends is that connection.
        QString status;
        for (const QString &key : {edge->edge().from, edge->edge().to}) {
            const TopologyNodeItem *node = m_nodes.value(key);
            if (node && node->node().kind == topology::NodeKind::Connection && states.contains(node->node().resourceId))
                status = states.value(node->node().resourceId).up ? u"ACTIVE"_s : u"DOWN"_s;
        }
        edge->setLiveStatus(status);
    }
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
    const bool filtering = !m_routerFilter.isEmpty() || !m_statusFilter.isEmpty();
    if (filtering) {
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
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setDimmed(filtering && !bright.contains(it.key()));
    for (TopologyEdgeItem *edge : std::as_const(m_edges))
        edge->setDimmed(filtering && !(bright.contains(edge->edge().from) && bright.contains(edge->edge().to)));
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
