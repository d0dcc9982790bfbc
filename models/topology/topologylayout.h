// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "topologygraph.h"

#include <QHash>
#include <QRectF>

namespace vpnaas::topology {

struct LayoutParams {
    double nodeWidth = 180;
    double nodeHeight = 64;
    double columnGap = 70;
    double rowGap = 18;
    /*! Barycenter sweeps (down and up) to reduce crossings. */
    int sweeps = 4;
};

struct Layout {
    QHash<QString, QRectF> rects;
    QRectF bounds;
    /*! Edge crossings between adjacent columns after ordering (for tests and the benchmark). */
    qint64 crossings = 0;
};

/*!
 * A layered layout, pure and deterministic: one column per NodeKind (our side left, peers
 * right), nodes ordered within a column by barycenter sweeps to reduce edge crossings (ties by
 * the previous order, then by key), each level with its neighbours and without overlap. The same
 * graph always gives the same positions; a node's position depends only on the graph.
 */
Layout layoutGraph(const Graph &graph, const LayoutParams &params = {});

/*! Crossings between adjacent columns of \a graph placed by \a layout (O(E log E)). */
qint64 countCrossings(const Graph &graph, const Layout &layout);

} // namespace vpnaas::topology
