// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "topology/topologylayout.h"

#include <QWidget>

class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;

namespace vpnaas::ui {

class TopologyScene;

/*!
 * The topology view: search (highlights and centres the first match), filter by router and by
 * connection status (dims the rest), zoom (wheel, buttons), pan (drag), fit, export PNG/SVG.
 * setState() rebuilds graph and layout and updates the scene in place; the zoom and scroll
 * position stay. Clicking a node emits resourceActivated; selectResource() is the reverse.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
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
};

} // namespace vpnaas::ui
