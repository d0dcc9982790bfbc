// SPDX-License-Identifier: Apache-2.0
#include "topologyview.h"

#include "perf/background.h"
#include "perf/stallwatch.h"

#include "topologyitems.h"
#include "topologyscene.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <utility>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

/*! Wheel zooms around the cursor; drag pans. */
class ZoomingView : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        const qreal factor = std::pow(1.0015, event->angleDelta().y());
        const qreal current = transform().m11();
        if ((factor > 1 && current > 4) || (factor < 1 && current < 0.05))
            return;
        scale(factor, factor);
        event->accept();
    }
};

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
    , m_scene(new TopologyScene(this))
    , m_view(new ZoomingView(m_scene, this))
    , m_search(new QLineEdit(this))
    , m_router(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"topologyView"_s);
    m_view->setObjectName(u"topologyGraphicsView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_search->setObjectName(u"topologySearch"_s);
    // Ctrl+F (Find) reaches the search from anywhere in the window while the topology is shown.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_search->setPlaceholderText(tr("Find a node (name, IP, CIDR)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &TopologyView::search);
    m_router->setObjectName(u"topologyRouterFilter"_s);
    m_status->setObjectName(u"topologyStatusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status :
         {u"ACTIVE"_s, u"DOWN"_s, u"ERROR"_s, u"PENDING_CREATE"_s, u"PENDING_UPDATE"_s, u"PENDING_DELETE"_s})
        m_status->addItem(status, status);
    connect(m_router, &QComboBox::currentIndexChanged, this, &TopologyView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TopologyView::applyFilter);
    connect(m_scene, &TopologyScene::resourceClicked, this, &TopologyView::resourceActivated);
    connect(m_scene, &TopologyScene::built, this, [this] {
        if (std::exchange(m_sliced, false))
            afterBuilt();
    });

    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_router);
    bar->addWidget(m_status);
    bar->addWidget(button(tr("F&it"), tr("Show the whole topology"), [this] { fitToView(); }));
    bar->addWidget(button(u"+"_s, tr("Zoom in"), [this] { zoom(1.25); }));
    bar->addWidget(button(u"−"_s, tr("Zoom out"), [this] { zoom(0.8); }));
    bar->addWidget(button(tr("E&xport…"), tr("Save as PNG or SVG"), [this] { exportInteractively(); }));
    bar->addWidget(m_summary, 1); // takes what is left, never widens the window
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

TopologyView::~TopologyView() = default;

void TopologyView::setState(const ServerState &state, const QList<Network> &networks)
{
    const quint64 generation = ++m_generation;
    if (state.connections.size() < perf::kBackgroundFrom) {
        m_waiting = false;
        topology::Graph graph;
        {
            const perf::Scope scope("topology::buildGraph");
            graph = topology::buildGraph(state, networks);
        }
        topology::Layout layout;
        {
            const perf::Scope scope("topology::layoutGraph");
            layout = topology::layoutGraph(graph);
        }
        present(graph, layout, TopologyScene::fansOf(graph, layout), TopologyScene::boxesOf(graph, layout));
        return;
    }
    // 10,000 connections: the graph (~13 ms), its layout (~24 ms), fans and boxes on the pool;
    // the scene then comes in slices, what the view shows first.
    m_waiting = true;
    struct Drawing {
        topology::Graph graph;
        topology::Layout layout;
        TopologyScene::Fans fans;
        TopologyScene::Boxes boxes;
    };
    perf::runInBackground(
        this,
        [state, networks] {
            Drawing drawing;
            drawing.graph = topology::buildGraph(state, networks);
            drawing.layout = topology::layoutGraph(drawing.graph);
            drawing.fans = TopologyScene::fansOf(drawing.graph, drawing.layout);
            drawing.boxes = TopologyScene::boxesOf(drawing.graph, drawing.layout);
            return drawing;
        },
        [this, generation](const Drawing &drawing) {
            if (generation != m_generation)
                return; // a newer state is on its way
            m_waiting = false;
            present(drawing.graph, drawing.layout, drawing.fans, drawing.boxes);
        });
}

void TopologyView::present(const topology::Graph &graph, const topology::Layout &layout,
                           const TopologyScene::Fans &fans, const TopologyScene::Boxes &boxes)
{
    m_layout = layout;
    // Keep where the user is looking: the scene updates in place, the view's transform stays.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_sliced = false;
    {
        const perf::Scope scope("TopologyScene::setGraph");
        m_scene->setGraph(graph, m_layout, fans, boxes);
    }
    if (m_fitted) {
        m_view->centerOn(centre);
        prioritizeVisible();
    } else if (isVisible()) {
        fitToView();
    }

    const QString router = m_router->currentData().toString();
    {
        const QSignalBlocker blocker(m_router);
        m_router->clear();
        m_router->addItem(tr("All routers"), QString());
        for (const topology::Node &node : graph.nodes) {
            if (node.kind == topology::NodeKind::Router)
                m_router->addItem(tr("Router %1").arg(node.title), node.key);
        }
        const int index = m_router->findData(router);
        m_router->setCurrentIndex(index >= 0 ? index : 0);
    }
    int connections = 0, up = 0;
    for (const topology::Node &node : graph.nodes) {
        if (node.kind == topology::NodeKind::Connection) {
            ++connections;
            up += node.status == u"ACTIVE";
        }
    }
    m_summary->setText(tr("%1 of %2 connections active").arg(up).arg(connections));
    applyFilter();
    if (m_scene->pendingChanges() > 0)
        m_sliced = true; // the rest when the scene is built
    else
        afterBuilt();
}

void TopologyView::prioritizeVisible()
{
    if (m_scene->pendingChanges() > 0)
        m_scene->prioritize(m_view->mapToScene(m_view->viewport()->rect()).boundingRect());
}

void TopologyView::afterBuilt()
{
    if (!m_search->text().isEmpty())
        search();
    if (!m_pendingSelection.isEmpty()) {
        const QString key = std::exchange(m_pendingSelection, QString());
        if (m_scene->selectNode(key))
            m_view->ensureVisible(m_scene->nodeItem(key)->boundingRect(), 40, 40);
    }
}

void TopologyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted && !m_scene->graph().nodes.isEmpty())
        fitToView();
}

void TopologyView::fitToView()
{
    m_view->resetTransform();
    const QRectF area = m_scene->sceneRect();
    m_view->fitInView(area, Qt::KeepAspectRatio);
    // Large topologies are unreadable when fitted: start at a readable zoom on our side (the
    // first VPN service), from where the user pans to the peers.
    if (m_view->transform().m11() < 0.5) {
        m_view->resetTransform();
        m_view->scale(0.5, 0.5);
        QRectF anchor(area.topLeft(), QSizeF(10, 10));
        for (const topology::Node &node : m_scene->graph().nodes) {
            if (node.kind == topology::NodeKind::VpnService) {
                anchor = m_layout.rects.value(node.key); // its item may still be on its way
                break;
            }
        }
        m_view->centerOn(anchor.center() + QPointF(m_view->viewport()->width() * 0.6, 0));
    } else if (m_view->transform().m11() > 1.5) {
        m_view->resetTransform();
        m_view->scale(1.5, 1.5);
        m_view->centerOn(area.center());
    }
    // Fitted to nothing (the picture before the first refresh) is not fitted: the first real
    // picture is fitted again.
    m_fitted = !m_scene->graph().nodes.isEmpty();
    prioritizeVisible();
}

void TopologyView::zoom(qreal factor)
{
    m_view->scale(factor, factor);
}

bool TopologyView::selectResource(ResourceKind kind, const QString &id)
{
    const QString key = topology::nodeKeyFor(kind, id);
    if (key.isEmpty())
        return false;
    if (m_waiting || m_scene->pendingChanges() > 0) {
        m_pendingSelection = key; // selected once the scene is built
        return true;
    }
    if (!m_scene->selectNode(key))
        return false;
    m_view->ensureVisible(m_scene->nodeItem(key)->boundingRect(), 40, 40);
    return true;
}

void TopologyView::search()
{
    const QString first = m_scene->highlight(m_search->text());
    if (!first.isEmpty())
        m_view->centerOn(m_scene->nodeItem(first)->boundingRect().center());
}

void TopologyView::applyFilter()
{
    m_scene->setFilter(m_router->currentData().toString(), m_status->currentData().toString());
}

bool TopologyView::exportTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        file.write(m_scene->renderSvg(tr("VPN topology")));
    } else {
        const QImage image = m_scene->renderImage(2.0);
        if (!image.save(&file, "PNG")) {
            if (error)
                *error = tr("the image could not be encoded");
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TopologyView::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export topology"), u"vpn-topology.svg"_s,
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export topology"), tr("Could not write %1: %2").arg(path, error));
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    // The scene's items take no context menu: the event comes up from the graphics view.
    const QPoint at = m_view->viewport()->mapFromGlobal(event->globalPos());
    for (QGraphicsItem *item : m_view->items(at)) {
        const auto *node = dynamic_cast<const TopologyNodeItem *>(item);
        if (!node || node->node().resourceKind != ResourceKind::IpsecSiteConnection)
            continue;
        const QString id = node->node().resourceId;
        QMenu menu(this);
        menu.addAction(tr("&Diagnose…"), this, [this, id] { Q_EMIT diagnoseRequested(id); });
        menu.exec(event->globalPos());
        event->accept();
        return;
    }
    QWidget::contextMenuEvent(event);
}

} // namespace vpnaas::ui
