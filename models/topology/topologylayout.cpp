// SPDX-License-Identifier: Apache-2.0
#include "topologylayout.h"

#include <algorithm>
#include <numeric>

namespace vpnaas::topology {
namespace {

struct Placement {
    QList<QList<int>> layers; // node indices per column, in order
    QList<int> layer; // column of each node
    QList<double> position; // rank within the column
};

/*! Orders \a column by the mean rank of each node's neighbours in the columns \a toward. */
void sortByBarycenter(Placement &p, int column, const QList<QList<int>> &neighbours)
{
    QList<int> &nodes = p.layers[column];
    QList<std::pair<double, int>> keyed;
    keyed.reserve(nodes.size());
    for (int node : std::as_const(nodes)) {
        double sum = 0;
        int count = 0;
        for (int other : neighbours[node]) {
            sum += p.position[other];
            ++count;
        }
        // No neighbours there: keep the current place.
        keyed.append({count ? sum / count : p.position[node], node});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return p.position[a.second] < p.position[b.second];
    });
    for (qsizetype i = 0; i < keyed.size(); ++i) {
        nodes[i] = keyed[i].second;
        p.position[keyed[i].second] = double(i);
    }
}

qint64 inversions(QList<int> &values)
{
    // Merge-sort inversion count.
    if (values.size() < 2)
        return 0;
    const qsizetype mid = values.size() / 2;
    QList<int> left = values.first(mid), right = values.mid(mid);
    qint64 count = inversions(left) + inversions(right);
    qsizetype i = 0, j = 0, k = 0;
    while (i < left.size() && j < right.size()) {
        if (left[i] <= right[j]) {
            values[k++] = left[i++];
        } else {
            values[k++] = right[j++];
            count += left.size() - i;
        }
    }
    while (i < left.size())
        values[k++] = left[i++];
    while (j < right.size())
        values[k++] = right[j++];
    return count;
}

/*! The crossings of the edges between each pair of adjacent columns: (upper end, lower end) heights. */
qint64 crossingsOf(QList<QList<std::pair<double, double>>> byColumn)
{
    // Sort edges by the upper end, count inversions of the lower.
    qint64 total = 0;
    for (auto &edges : byColumn) {
        std::sort(edges.begin(), edges.end());
        // Rank the lower ends so equal y's don't count as crossings.
        QList<double> ys;
        ys.reserve(edges.size());
        for (const auto &e : std::as_const(edges))
            ys.append(e.second);
        QList<double> sorted = ys;
        std::sort(sorted.begin(), sorted.end());
        QList<int> ranks;
        ranks.reserve(ys.size());
        for (double y : std::as_const(ys))
            ranks.append(int(std::lower_bound(sorted.cbegin(), sorted.cend(), y) - sorted.cbegin()));
        total += inversions(ranks);
    }
    return total;
}

} // namespace

qint64 countCrossings(const Graph &graph, const Layout &layout)
{
    QList<QList<std::pair<double, double>>> byColumn(kLayerCount);
    for (const Edge &edge : graph.edges) {
        const Node *from = graph.node(edge.from);
        const Node *to = graph.node(edge.to);
        if (!from || !to || !layout.rects.contains(edge.from) || !layout.rects.contains(edge.to))
            continue;
        int a = layerOf(from->kind), b = layerOf(to->kind);
        double ya = layout.rects.value(edge.from).center().y(), yb = layout.rects.value(edge.to).center().y();
        if (a > b) {
            std::swap(a, b);
            std::swap(ya, yb);
        }
        if (b - a == 1)
            byColumn[a].append({ya, yb});
    }
    return crossingsOf(std::move(byColumn));
}

Layout layoutGraph(const Graph &graph, const LayoutParams &params)
{
    const int n = int(graph.nodes.size());
    Placement p;
    p.layers.resize(kLayerCount);
    p.layer.resize(n);
    p.position.resize(n);

    // Start from a stable order: by title, then key.
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Node &x = graph.nodes[a], &y = graph.nodes[b];
        if (x.title != y.title)
            return x.title < y.title;
        return x.key < y.key;
    });
    for (int node : std::as_const(order)) {
        const int column = layerOf(graph.nodes[node].kind);
        p.layer[node] = column;
        p.position[node] = double(p.layers[column].size());
        p.layers[column].append(node);
    }

    // Neighbours toward the left (lower columns) and toward the right.
    QList<QList<int>> left(n), right(n);
    for (const Edge &edge : graph.edges) {
        const int a = graph.indexOf(edge.from), b = graph.indexOf(edge.to);
        if (a < 0 || b < 0 || p.layer[a] == p.layer[b])
            continue;
        const auto [lo, hi] = p.layer[a] < p.layer[b] ? std::pair{a, b} : std::pair{b, a};
        right[lo].append(hi);
        left[hi].append(lo);
    }

    for (int sweep = 0; sweep < params.sweeps; ++sweep) {
        for (int column = 1; column < kLayerCount; ++column)
            sortByBarycenter(p, column, left);
        for (int column = kLayerCount - 2; column >= 0; --column)
            sortByBarycenter(p, column, right);
    }

    // Vertical placement: the tallest column is stacked; every other column, walking away from
    // it, puts each node level with the mean of its already placed neighbours, pushed down just
    // enough not to overlap the node above (the order stays the barycenter order).
    Layout layout;
    const double rowHeight = params.nodeHeight + params.rowGap;
    int tallest = 0;
    for (int column = 0; column < kLayerCount; ++column) {
        if (p.layers[column].size() > p.layers[tallest].size())
            tallest = column;
    }
    QList<double> top(n, 0.0);
    QList<bool> placed(n, false);
    const auto placeColumn = [&](int column, const QList<QList<int>> &towardPlaced) {
        double floor = -1e300;
        for (int node : std::as_const(p.layers[column])) {
            double sum = 0;
            int count = 0;
            for (int other : towardPlaced[node]) {
                if (placed[other]) {
                    sum += top[other];
                    ++count;
                }
            }
            const double wanted = count ? sum / count : (floor > -1e299 ? floor : 0.0);
            top[node] = std::max(wanted, floor);
            floor = top[node] + rowHeight;
        }
        for (int node : std::as_const(p.layers[column]))
            placed[node] = true;
    };
    for (qsizetype i = 0; i < p.layers[tallest].size(); ++i) {
        top[p.layers[tallest][i]] = i * rowHeight;
        placed[p.layers[tallest][i]] = true;
    }
    for (int column = tallest + 1; column < kLayerCount; ++column)
        placeColumn(column, left);
    for (int column = tallest - 1; column >= 0; --column)
        placeColumn(column, right);

    layout.rects.reserve(n);
    double x = 0;
    for (const QList<int> &column : std::as_const(p.layers)) {
        if (column.isEmpty())
            continue; // empty columns take no space
        for (int node : column) {
            const QRectF rect(x, top[node], params.nodeWidth, params.nodeHeight);
            layout.rects.insert(graph.nodes[node].key, rect);
            layout.bounds = layout.bounds.isNull() ? rect : layout.bounds.united(rect);
        }
        x += params.nodeWidth + params.columnGap;
    }
    // What countCrossings() counts, from the nodes' indexes (by their keys: 5 lookups an edge,
    // 20 ms at 10,000 connections). Every node is placed, every edge between two columns is in
    // `right`; a node's top orders as its centre does.
    QList<QList<std::pair<double, double>>> byColumn(kLayerCount);
    for (int node = 0; node < n; ++node) {
        for (int other : std::as_const(right[node])) {
            if (p.layer[other] - p.layer[node] == 1)
                byColumn[p.layer[node]].append({top[node], top[other]});
        }
    }
    layout.crossings = crossingsOf(std::move(byColumn));
    return layout;
}

} // namespace vpnaas::topology
