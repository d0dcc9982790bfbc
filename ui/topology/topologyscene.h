// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "topology/topologylayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <vector>

namespace vpnaas::ui {

class TopologyNodeItem;
class TopologyEdgeItem;
class TopologyFanItem;

/*!
 * Paints a topology layout, nothing more: one item per node (shape by kind, status colour) and
 * per edge (coloured, dashed unless ACTIVE, labelled by the connection's status). setGraph()
 * updates in place by node key — items that stay keep their identity and selection, so a
 * refresh does not make the picture jump. Filters dim what they exclude; search highlights.
 *
 * A large change (from kSliceFrom items to add, update or drop) is applied in slices of a few
 * milliseconds each from the event loop, the part prioritize() names first, so the window paints
 * and answers while 14,000 items come in; built() says when the scene shows the whole graph.
 */
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    /*! From how many item changes setGraph() works in slices. */
    static constexpr qsizetype kSliceFrom = 2000;
    /*! From how many edges out of (or into) one node they are drawn as a fan (TopologyFanItem). */
    static constexpr qsizetype kFanFrom = 200;

    /*! Which edges are drawn as fans, and where each fan's edges lie (its key: "out\n<node>" or "in\n<node>"). */
    struct Fans {
        QSet<QString> out; // nodes whose edges out are a fan
        QSet<QString> in; // … whose edges in are
        QHash<QString, QRectF> bounds;
        QString keyOf(const topology::Edge &edge) const;
    };
    /*! Pure: may run on another thread (TopologyView makes it with the layout for large graphs). */
    static Fans fansOf(const topology::Graph &graph, const topology::Layout &layout);

    /*!
     * Where each node of a graph lies and the box its edges' curves stay in (scene coordinates,
     * by index into the graph's lists): what prioritize() asks of every step still to come.
     */
    struct Boxes {
        QList<QRectF> nodes;
        QList<QRectF> edges;
    };
    /*! Pure: may run on any thread (TopologyView makes them on the pool with the graph). */
    static Boxes boxesOf(const topology::Graph &graph, const topology::Layout &layout);

    void setGraph(const topology::Graph &graph, const topology::Layout &layout);
    void setGraph(const topology::Graph &graph, const topology::Layout &layout, Fans fans);
    void setGraph(const topology::Graph &graph, const topology::Layout &layout, Fans fans, Boxes boxes);
    const topology::Graph &graph() const { return m_graph; }
    /*! Items of setGraph() still to be made or dropped; 0 once the scene shows the whole graph. */
    qsizetype pendingChanges() const { return qsizetype(m_plan.size()) - m_planAt; }
    /*! The items that are still to come and lie in \a area (scene coordinates) come next. */
    void prioritize(const QRectF &area);

    TopologyNodeItem *nodeItem(const QString &key) const { return m_nodes.value(key); }
    QList<TopologyEdgeItem *> edgeItems() const { return m_edges.values(); }
    int nodeCount() const { return int(m_nodes.size()); }

    /*! Highlights nodes whose title or details contain \a text; returns the first match's key. */
    QString highlight(const QString &text);
    /*! Only nodes connected to \a routerKey ("" = all) and connections with \a status ("" = all) stay bright. */
    void setFilter(const QString &routerKey, const QString &status);
    /*! Selects the node of \a key (and nothing else); false when there is none. */
    bool selectNode(const QString &key);
    QString selectedKey() const;

    /*!
     * Live tunnel state from monitoring (VICI), by connection id: "up" colours the connection's
     * edges as carrying traffic whatever Neutron's status says, "down" as broken; \a text (e.g.
     * "SA INSTALLED, 12 MB") is shown on the connection. An empty map returns to Neutron's status.
     */
    struct LiveState {
        bool up = false;
        QString text;
    };
    void setLiveStates(const QHash<QString, LiveState> &states);

    /*! The scene as a PNG image / SVG document (QtSvg), for export. */
    QImage renderImage(qreal scale = 1.0);
    QByteArray renderSvg(const QString &title);

Q_SIGNALS:
    /*! The user clicked a node that stands for a browser resource. */
    void resourceClicked(vpnaas::ResourceKind kind, const QString &id);
    /*! The items of the last setGraph() are all in place (at once for a small change). */
    void built();

private:
    struct Step {
        enum Kind { Node, Edge, DropNode, DropEdge } kind;
        qsizetype index; // into m_graph.nodes / m_graph.edges, or into m_gone
    };
    void runSlice();
    void apply(const Step &step);
    bool inArea(const Step &step, const QRectF &area) const;
    TopologyFanItem *fanFor(const topology::Edge &edge);
    void dropEmptyFans();
    void applyDimming();
    void dimNode(TopologyNodeItem *item) const;
    void dimEdge(TopologyEdgeItem *item) const;
    void showLiveState(TopologyNodeItem *item) const;
    void showLiveState(TopologyEdgeItem *item) const;

    topology::Graph m_graph;
    topology::Layout m_layout;
    std::vector<Step> m_plan;
    Boxes m_boxes; // of m_graph
    qsizetype m_planAt = 0;
    QStringList m_gone; // keys of the items a Drop step removes
    QTimer m_slices;
    QSet<QString> m_bright; // with a filter: the nodes it leaves bright
    bool m_filtering = false;
    QHash<QString, TopologyNodeItem *> m_nodes;
    QHash<QString, TopologyEdgeItem *> m_edges; // "from\nto"
    Fans m_fanPlan;
    QHash<QString, TopologyFanItem *> m_fans; // by Fans::keyOf()
    QHash<QString, LiveState> m_live;
    QString m_routerFilter;
    QString m_statusFilter;
    bool m_selecting = false;
};

} // namespace vpnaas::ui
