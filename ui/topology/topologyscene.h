// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "topology/topologylayout.h"

#include <QGraphicsScene>
#include <QHash>

namespace vpnaas::ui {

class TopologyNodeItem;
class TopologyEdgeItem;

/*!
 * Paints a topology layout, nothing more: one item per node (shape by kind, status colour) and
 * per edge (coloured, dashed unless ACTIVE, labelled by the connection's status). setGraph()
 * updates in place by node key — items that stay keep their identity and selection, so a
 * refresh does not make the picture jump. Filters dim what they exclude; search highlights.
 */
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    void setGraph(const topology::Graph &graph, const topology::Layout &layout);
    const topology::Graph &graph() const { return m_graph; }

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

private:
    void applyDimming();

    topology::Graph m_graph;
    QHash<QString, TopologyNodeItem *> m_nodes;
    QHash<QString, TopologyEdgeItem *> m_edges; // "from\nto"
    QHash<QString, LiveState> m_live;
    QString m_routerFilter;
    QString m_statusFilter;
    bool m_selecting = false;
};

} // namespace vpnaas::ui
