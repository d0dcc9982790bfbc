// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "topology/topologylayout.h"
#include "topologyscene.h"

#include <QWidget>

class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;

namespace vpnaas::ui {

/*!
 * The topology view: search (highlights and centres the first match), filter by router and by
 * connection status (dims the rest), zoom (wheel, buttons), pan (drag), fit, export PNG/SVG.
 * setState() rebuilds graph and layout and updates the scene in place; the zoom and scroll
 * position stay. From perf::kBackgroundFrom connections the graph and its layout are made on the
 * background pool and the scene comes in slices, the visible part first; a selection asked for
 * meanwhile is made when the scene is built. Clicking a node emits resourceActivated; selectResource() is the reverse.
 */
class TopologyView : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    void setState(const ServerState &state, const QList<Network> &networks);
    bool selectResource(ResourceKind kind, const QString &id);
    /*! Writes PNG or SVG by \a path's suffix; false with \a error on failure. */
    bool exportTo(const QString &path, QString *error);
    void fitToView();

    TopologyScene *scene() const { return m_scene; }
    QGraphicsView *graphicsView() const { return m_view; }
    const topology::Layout &layout() const { return m_layout; }

Q_SIGNALS:
    void resourceActivated(vpnaas::ResourceKind kind, const QString &id);
    /*! "Diagnose…" from a connection's context menu. */
    void diagnoseRequested(const QString &connectionId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void present(const topology::Graph &graph, const topology::Layout &layout, const TopologyScene::Fans &fans,
                 const TopologyScene::Boxes &boxes);
    void afterBuilt();
    void prioritizeVisible();
    void search();
    void applyFilter();
    void exportInteractively();
    void zoom(qreal factor);

    TopologyScene *m_scene;
    QGraphicsView *m_view;
    QLineEdit *m_search;
    QComboBox *m_router;
    QComboBox *m_status;
    QLabel *m_summary;
    topology::Layout m_layout;
    bool m_fitted = false;
    quint64 m_generation = 0; // of the last setState(): an older drawing from the pool is dropped
    bool m_waiting = false; // a drawing is being made on the pool
    bool m_sliced = false; // the scene is coming in slices
    QString m_pendingSelection;
};

} // namespace vpnaas::ui
