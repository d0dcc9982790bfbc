// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/network.h"
#include "vpnaas/serverstate.h"
#include "vpnaas/validation.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace vpnaas::topology {

/*! What a node stands for; also its column, left (our side) to right (the peers). */
enum class NodeKind {
    ExternalNetwork, // 0
    Router, // 1
    VpnService, // 2
    LocalEndpoints, // 3: a subnet endpoint group, or a legacy service's subnet
    Connection, // 4
    PeerGateway, // 5: one per peer address (and id)
    PeerEndpoints, // 6: a cidr endpoint group, or a legacy connection's peer CIDRs
};
inline constexpr int kLayerCount = 7;
inline int layerOf(NodeKind kind)
{
    return int(kind);
}

struct Node {
    /*! Stable and unique: "router:<id>", "group:<id>", "peer:<address>|<id>", "cidrs:<a,b>", … */
    QString key;
    NodeKind kind = NodeKind::Router;
    QString title;
    /*! Lines under the title: gateway IPs, CIDRs, algorithms. */
    QStringList details;
    /*! The API status where the resource has one (service, connection), else empty. */
    QString status;
    /*! The browser resource this node selects, if any. */
    std::optional<ResourceKind> resourceKind;
    QString resourceId;
    bool operator==(const Node &other) const = default;
};

struct Edge {
    QString from;
    QString to;
    /*! The connection's status on the edges a connection owns, else empty. */
    QString status;
    QString label;
    bool operator==(const Edge &other) const = default;
};

/*!
 * The VPN topology of one project as a graph: external network → router (gateway IPs) → VPN
 * service → local endpoints → site connections → peer gateway → peer endpoints. Shared pieces
 * (a group or a peer used by many connections) are one node. Only routers with a VPN service
 * appear. Dangling references (a group that no longer exists) still get a node, marked
 * "not found", so the picture never hides a broken connection.
 */
struct Graph {
    QList<Node> nodes;
    QList<Edge> edges;

    /*! Index of the node with \a key, or -1. */
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    const Node *node(const QString &key) const
    {
        const int i = indexOf(key);
        return i < 0 ? nullptr : &nodes[i];
    }
    /*! Adds \a node unless its key exists; returns its index. */
    int addNode(Node node);
    /*! Adds the edge unless the same (from, to) exists. */
    void addEdge(Edge edge);
    /*! Room for \a nodeCount nodes and \a edgeCount edges (their lists and indexes). */
    void reserve(qsizetype nodeCount, qsizetype edgeCount);
    bool hasEdge(const QString &from, const QString &to) const { return m_edgeKeys.contains({from, to}); }

private:
    QHash<QString, int> m_index;
    QSet<std::pair<QString, QString>> m_edgeKeys;
};

Graph buildGraph(const ServerState &state, const QList<Network> &networks = {});

/*! The node key a browser resource maps to (for selection in both directions), or empty. */
QString nodeKeyFor(ResourceKind kind, const QString &id);

} // namespace vpnaas::topology
