// SPDX-License-Identifier: Apache-2.0
// The topology view over synthetic projects of 1, 10 and 200 connections: item counts and
// status colours, in-place updates keep items (no jumping), filter and search, click ↔ browser
// selection, PNG/SVG export; a large project made on the pool and its scene built in slices,
// the visible part first. With VPNAAS_TOPOLOGY_SHOTS=<dir> it also writes the rendered views
// there for review (docs/screenshots/topology-*.png came from it).
#include "browser/statusstyle.h"
#include "topology/topologyitems.h"
#include "topology/topologyscene.h"
#include "topology/topologyview.h"

#include "perf/background.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

namespace {

ServerState project(int connections)
{
    ServerState state;
    const int routers = connections >= 10 ? 2 : 1;
    for (int r = 0; r < routers; ++r) {
        Router router;
        router.id = u"r%1"_s.arg(r);
        router.name = u"router%1"_s.arg(r + 1);
        router.externalNetworkId = u"ext"_s;
        router.externalFixedIps = {{u"s-ext"_s, u"203.0.113.%1"_s.arg(r + 1)}};
        state.routers.append(router);
        VpnService service;
        service.id = u"svc%1"_s.arg(r);
        service.name = u"vpn-%1"_s.arg(r + 1);
        service.routerId = router.id;
        service.externalV4Ip = router.externalFixedIps.first().ipAddress;
        service.status = Choice<ResourceStatus>(ResourceStatus::Active);
        state.vpnServices.append(service);
        EndpointGroup local;
        local.id = u"local%1"_s.arg(r);
        local.name = u"office-lan-%1"_s.arg(r + 1);
        local.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
        state.endpointGroups.append(local);
    }
    const int peers = std::max(1, connections * 2 / 3);
    for (int p = 0; p < peers; ++p) {
        EndpointGroup remote;
        remote.id = u"peer%1"_s.arg(p);
        remote.name = u"branch-%1"_s.arg(p + 1);
        remote.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
        remote.endpoints = {u"10.%1.0.0/16"_s.arg(p + 10)};
        state.endpointGroups.append(remote);
    }
    const ResourceStatus statuses[] = {ResourceStatus::Active, ResourceStatus::Active, ResourceStatus::Active,
                                       ResourceStatus::Down,   ResourceStatus::Error,  ResourceStatus::PendingCreate};
    for (int i = 0; i < connections; ++i) {
        IpsecSiteConnection c;
        c.id = u"c%1"_s.arg(i);
        c.name = u"tunnel-%1"_s.arg(i + 1);
        const int r = i % routers, p = (i * 5) % peers;
        c.vpnserviceId = u"svc%1"_s.arg(r);
        c.localEpGroupId = u"local%1"_s.arg(r);
        c.peerEpGroupId = u"peer%1"_s.arg(p);
        c.peerAddress = u"198.51.100.%1"_s.arg(p + 1);
        c.peerId = c.peerAddress;
        c.status = Choice<ResourceStatus>(statuses[i % 6]);
        state.connections.append(c);
    }
    return state;
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersProjects_data();
    void rendersProjects();
    void updatesInPlace();
    void firstPictureIsFitted_data();
    void firstPictureIsFitted();
    void filterAndSearch();
    void selectionBothWays();
    void exports();
    void liveStateOverridesStatus();
    void largeSceneComesInSlices();
    void largeStateIsDrawnOnThePool();
    void edgeCurveGeometry_data();
    void edgeCurveGeometry();
    void crowdedEdgesAreDrawnAsFans();
    void edgeLabelIsPaintedWhole_data();
    void edgeLabelIsPaintedWhole();
};

void TestTopologyView::rendersProjects_data()
{
    QTest::addColumn<int>("connections");
    QTest::addRow("1") << 1;
    QTest::addRow("10") << 10;
    QTest::addRow("200") << 200;
}

void TestTopologyView::rendersProjects()
{
    QFETCH(int, connections);
    TopologyView view;
    view.resize(1100, 700);
    const ServerState state = project(connections);
    view.setState(state, {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const topology::Graph &graph = view.scene()->graph();
    QCOMPARE(view.scene()->nodeCount(), graph.nodes.size());
    QCOMPARE(view.scene()->edgeItems().size(), graph.edges.size());

    // Every connection edge has its status colour; non-ACTIVE ones are dashed (see item paint).
    for (TopologyEdgeItem *edge : view.scene()->edgeItems()) {
        if (!edge->edge().status.isEmpty())
            QCOMPARE(edge->color(), statusColor(edge->edge().status, view.scene()->palette()));
    }
    for (const IpsecSiteConnection &c : state.connections) {
        const TopologyNodeItem *node = view.scene()->nodeItem(u"connection:"_s + c.id);
        QVERIFY(node);
        QCOMPARE(node->statusColor(), statusColor(c.status.api(), view.scene()->palette()));
    }
    const QImage shot = view.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 5) {
        for (int x = 0; x < shot.width(); x += 5)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "blank");
    if (const QString dir = qEnvironmentVariable("VPNAAS_TOPOLOGY_SHOTS"); !dir.isEmpty())
        QVERIFY(shot.save(u"%1/topology-%2.png"_s.arg(dir).arg(connections)));
}

void TestTopologyView::firstPictureIsFitted_data()
{
    QTest::addColumn<bool>("emptyFirst");
    QTest::addRow("shown with the first picture") << false;
    // The view remembered at start: shown before the first refresh brings anything.
    QTest::addRow("shown empty, then the first picture") << true;
}

void TestTopologyView::firstPictureIsFitted()
{
    QFETCH(bool, emptyFirst);
    TopologyView view;
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (emptyFirst)
        view.setState(ServerState{}, {});
    view.setState(project(1), {});
    QGraphicsView *graphics = view.graphicsView();
    const QRect shown = graphics->mapFromScene(view.layout().bounds).boundingRect();
    QVERIFY2(graphics->viewport()->rect().contains(shown),
             qPrintable(u"the picture %1,%2 %3×%4 is cut off by the %5×%6 view"_s.arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(graphics->viewport()->width())
                            .arg(graphics->viewport()->height())));
    QVERIFY(shown.width() > graphics->viewport()->width() / 2); // fitted, not a speck
}

void TestTopologyView::updatesInPlace()
{
    TopologyView view;
    ServerState state = project(10);
    view.setState(state, {});
    TopologyNodeItem *kept = view.scene()->nodeItem(u"connection:c3"_s);
    QVERIFY(kept);
    const QRectF before = kept->boundingRect();
    view.graphicsView()->scale(1.7, 1.7);
    const QTransform zoom = view.graphicsView()->transform();

    // The usual refresh: statuses change, nothing moves.
    state.connections[3].status = Choice<ResourceStatus>(ResourceStatus::Error);
    view.setState(state, {});
    QCOMPARE(view.scene()->nodeItem(u"connection:c3"_s), kept); // the same item, updated
    QCOMPARE(kept->node().status, u"ERROR"_s);
    QCOMPARE(kept->boundingRect(), before);
    QCOMPARE(view.graphicsView()->transform(), zoom);

    // A connection goes: its items go, the others stay the same objects, the zoom stays.
    state.connections.removeLast();
    view.setState(state, {});
    QCOMPARE(view.scene()->nodeItem(u"connection:c3"_s), kept);
    QVERIFY(!view.scene()->nodeItem(u"connection:c9"_s));
    QCOMPARE(view.graphicsView()->transform(), zoom);
}

void TestTopologyView::filterAndSearch()
{
    TopologyView view;
    view.setState(project(10), {});
    auto *status = view.findChild<QComboBox *>(u"topologyStatusFilter"_s);
    status->setCurrentIndex(status->findData(u"DOWN"_s));
    int bright = 0;
    for (const topology::Node &node : view.scene()->graph().nodes) {
        const TopologyNodeItem *item = view.scene()->nodeItem(node.key);
        if (node.kind == topology::NodeKind::Connection)
            QCOMPARE(item->isDimmed(), node.status != u"DOWN");
        bright += !item->isDimmed();
    }
    QVERIFY(bright > 0);
    status->setCurrentIndex(0);
    auto *router = view.findChild<QComboBox *>(u"topologyRouterFilter"_s);
    router->setCurrentIndex(router->findData(u"router:r1"_s));
    QVERIFY(view.scene()->nodeItem(u"connection:c0"_s)->isDimmed()); // on router r0
    QVERIFY(!view.scene()->nodeItem(u"connection:c1"_s)->isDimmed()); // on router r1
    router->setCurrentIndex(0);

    view.findChild<QLineEdit *>(u"topologySearch"_s)->setText(u"10.12.0.0"_s);
    QVERIFY(view.scene()->nodeItem(u"group:peer2"_s)->isHighlighted());
    QVERIFY(!view.scene()->nodeItem(u"group:peer3"_s)->isHighlighted());
}

void TestTopologyView::selectionBothWays()
{
    TopologyView view;
    view.setState(project(10), {});
    QSignalSpy activated(&view, &TopologyView::resourceActivated);
    view.scene()->nodeItem(u"connection:c4"_s)->setSelected(true); // a click
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].value<ResourceKind>(), ResourceKind::IpsecSiteConnection);
    QCOMPARE(activated[0][1].toString(), u"c4"_s);

    QVERIFY(view.selectResource(ResourceKind::EndpointGroup, u"peer1"_s)); // from the browser
    QCOMPARE(view.scene()->selectedKey(), u"group:peer1"_s);
    QCOMPARE(activated.size(), 1); // no echo back to the browser
    QVERIFY(!view.selectResource(ResourceKind::IkePolicy, u"x"_s));
}

void TestTopologyView::exports()
{
    TopologyView view;
    view.setState(project(10), {});
    QTemporaryDir dir;
    QString error;
    const QString svgPath = dir.filePath(u"t.svg"_s), pngPath = dir.filePath(u"t.png"_s);
    QVERIFY2(view.exportTo(svgPath, &error), qPrintable(error));
    QVERIFY2(view.exportTo(pngPath, &error), qPrintable(error));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    bool sawSvgRoot = false, sawText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg")
            sawSvgRoot = true;
        if (xml.isCharacters() && xml.text().contains(u"tunnel-1"))
            sawText = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvgRoot);
    QVERIFY(sawText);
    const QImage png(pngPath);
    QVERIFY(!png.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < png.height(); y += 7) {
        for (int x = 0; x < png.width(); x += 7)
            colours.insert(png.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "blank PNG");
    QVERIFY(!view.exportTo(u"/nonexistent-dir/t.svg"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestTopologyView::liveStateOverridesStatus()
{
    TopologyView view;
    view.setState(project(10), {});
    // c0 is ACTIVE in Neutron but its SA is gone; c3 is DOWN in Neutron but its SA is up.
    view.scene()->setLiveStates({{u"c0"_s, {false, u"no SA"_s}}, {u"c3"_s, {true, u"SA INSTALLED, 12 MB"_s}}});
    const auto edgeStatus = [&](const QString &from, const QString &to) {
        for (TopologyEdgeItem *edge : view.scene()->edgeItems()) {
            if (edge->edge().from == from && edge->edge().to == to)
                return edge->effectiveStatus();
        }
        return QString();
    };
    QCOMPARE(edgeStatus(u"connection:c0"_s, u"peer:198.51.100.1|198.51.100.1"_s), u"DOWN"_s);
    QCOMPARE(edgeStatus(u"connection:c3"_s, u"peer:198.51.100.4|198.51.100.4"_s), u"ACTIVE"_s);
    QCOMPARE(edgeStatus(u"connection:c1"_s, u"peer:198.51.100.6|198.51.100.6"_s), u"ACTIVE"_s); // untouched: Neutron's
    for (TopologyEdgeItem *edge : view.scene()->edgeItems()) {
        if (edge->edge().from == u"connection:c0")
            QCOMPARE(edge->color(), statusColor(u"DOWN"_s, view.scene()->palette()));
    }
    // The state survives a refresh (new scene items get it too) and clears with an empty map.
    view.setState(project(10), {});
    QCOMPARE(edgeStatus(u"connection:c0"_s, u"peer:198.51.100.1|198.51.100.1"_s), u"DOWN"_s);
    view.scene()->setLiveStates({});
    QCOMPARE(edgeStatus(u"connection:c0"_s, u"peer:198.51.100.1|198.51.100.1"_s), u"ACTIVE"_s);
}

void TestTopologyView::largeSceneComesInSlices()
{
    const topology::Graph graph = topology::buildGraph(project(400), {});
    const topology::Layout layout = topology::layoutGraph(graph);
    QVERIFY(graph.nodes.size() + graph.edges.size() >= TopologyScene::kSliceFrom);
    TopologyScene scene;
    QSignalSpy built(&scene, &TopologyScene::built);
    scene.setGraph(graph, layout);
    QCOMPARE(scene.nodeCount(), 0); // nothing yet: the event loop takes it from here
    QCOMPARE(scene.pendingChanges(), graph.nodes.size() + graph.edges.size());
    // A corner far from the first nodes comes first.
    const topology::Node &last = graph.nodes.last();
    const QRectF area = layout.rects.value(last.key).adjusted(-1, -1, 1, 1);
    QStringList inArea;
    for (const topology::Node &node : graph.nodes) {
        if (layout.rects.value(node.key).intersects(area))
            inArea.append(node.key);
    }
    QVERIFY(!inArea.isEmpty() && inArea.size() < 8);
    scene.prioritize(area);
    QTRY_VERIFY(scene.nodeCount() > 0);
    for (const QString &key : std::as_const(inArea))
        QVERIFY2(scene.nodeItem(key), qPrintable(key));
    QTRY_COMPARE(built.size(), 1);
    QCOMPARE(scene.pendingChanges(), 0);
    QCOMPARE(scene.nodeCount(), graph.nodes.size());
    QCOMPARE(scene.edgeItems().size(), graph.edges.size());

    // Dropping thousands of items comes in slices too; a small change then applies at once.
    const topology::Graph small = topology::buildGraph(project(10), {});
    scene.setGraph(small, topology::layoutGraph(small));
    QVERIFY(scene.pendingChanges() > 0);
    QTRY_COMPARE(built.size(), 2);
    QCOMPARE(scene.nodeCount(), small.nodes.size());
    QCOMPARE(scene.edgeItems().size(), small.edges.size());
    const topology::Graph smaller = topology::buildGraph(project(6), {});
    scene.setGraph(smaller, topology::layoutGraph(smaller));
    QCOMPARE(built.size(), 3);
    QCOMPARE(scene.nodeCount(), smaller.nodes.size());
    QCOMPARE(scene.edgeItems().size(), smaller.edges.size());
}

void TestTopologyView::largeStateIsDrawnOnThePool()
{
    const ServerState large = project(400);
    QVERIFY(large.connections.size() >= perf::kBackgroundFrom);
    TopologyView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy built(view.scene(), &TopologyScene::built);
    view.setState(large, {});
    QCOMPARE(view.scene()->nodeCount(), 0); // the graph and its layout are made on the pool
    // Asked for meanwhile: selected once the scene is built.
    QVERIFY(view.selectResource(ResourceKind::IpsecSiteConnection, u"c7"_s));
    QTRY_COMPARE(built.size(), 1);
    QCOMPARE(view.scene()->nodeCount(), view.scene()->graph().nodes.size());
    QCOMPARE(view.scene()->selectedKey(), u"connection:c7"_s);
    QCOMPARE(view.layout().rects.size(), view.scene()->graph().nodes.size());

    // A newer state wins over a drawing still on the pool.
    view.setState(project(401), {});
    view.setState(project(10), {}); // small: at once
    const qsizetype small = view.scene()->graph().nodes.size();
    QVERIFY(perf::backgroundPool()->waitForDone(30000));
    QTRY_COMPARE(view.scene()->pendingChanges(), 0);
    QCoreApplication::processEvents(); // the pool's result, dropped
    QCOMPARE(view.scene()->graph().nodes.size(), small);
    QCOMPARE(view.scene()->nodeCount(), small);
}

void TestTopologyView::edgeLabelIsPaintedWhole_data()
{
    QTest::addColumn<QRectF>("from");
    QTest::addColumn<QRectF>("to");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("fontScale");
    const QRectF left(0, 0, 270, 96);
    QTest::newRow("IPv4 gateway") << left << QRectF(375, 0, 270, 96) << u"172.24.4.2"_s << 1.0;
    QTest::newRow("IPv6 gateway, nodes close")
        << left << QRectF(300, 0, 270, 96) << u"2001:db8:cafe:beef:1234:5678:9abc:def0"_s << 1.0;
    QTest::newRow("down a column") << left << QRectF(0, 400, 270, 96) << u"PENDING_CREATE"_s << 1.0;
    QTest::newRow("large font") << left << QRectF(375, 0, 270, 96) << u"2001:db8::1"_s << 2.5;
}

// The label over an edge is painted whole inside the edge's box (else the view clips it at any
// zoom) and above the nodes it joins (else they cover it when they are close).
void TestTopologyView::edgeLabelIsPaintedWhole()
{
    QFETCH(QRectF, from);
    QFETCH(QRectF, to);
    QFETCH(QString, label);
    QFETCH(double, fontScale);
    const QFont before = QGuiApplication::font();
    QFont font = before;
    font.setPointSizeF(font.pointSizeF() * fontScale);
    QGuiApplication::setFont(font);
    TopologyEdgeItem edge({u"a"_s, u"b"_s, {}, label});
    edge.route(from, to);
    const QFontMetricsF metrics(TopologyEdgeItem::labelFont(font));
    const QPointF mid = edge.pointAt(0.5);
    const double width = metrics.horizontalAdvance(label) + 6;
    const QRectF labelBox(mid.x() - width / 2, mid.y() - metrics.height() - 2, width, metrics.height());
    const QRectF bounds = edge.boundingRect();
    QGuiApplication::setFont(before);
    QVERIFY2(
        bounds.contains(labelBox),
        qPrintable(
            u"%1 x %2 at %3,%4"_s.arg(labelBox.width()).arg(labelBox.height()).arg(labelBox.x()).arg(labelBox.y())));
    TopologyNodeItem node({u"a"_s, topology::NodeKind::Router, u"router1"_s, {}, {}, {}, {}});
    QVERIFY(edge.zValue() > node.zValue());
    QVERIFY(TopologyEdgeItem({u"a"_s, u"b"_s, {}, {}}).zValue() < node.zValue());
}

void TestTopologyView::edgeCurveGeometry_data()
{
    QTest::addColumn<QRectF>("from");
    QTest::addColumn<QRectF>("to");
    QTest::addColumn<QRectF>("area");
    QTest::newRow("down a long column") << QRectF(0, 0, 100, 40) << QRectF(400, 80000, 100, 40)
                                        << QRectF(150, 30000, 300, 200);
    QTest::newRow("up") << QRectF(0, 5000, 100, 40) << QRectF(400, 0, 100, 40) << QRectF(120, 4000, 260, 300);
    QTest::newRow("level") << QRectF(0, 0, 100, 40) << QRectF(400, 0, 100, 40) << QRectF(200, -10, 50, 50);
}

void TestTopologyView::edgeCurveGeometry()
{
    QFETCH(QRectF, from);
    QFETCH(QRectF, to);
    QFETCH(QRectF, area);
    TopologyEdgeItem edge({u"a"_s, u"b"_s, {}, {}});
    edge.route(from, to);
    const QPainterPath &path = edge.path();
    // The closed form is the cubic of the path Qt strokes (its four elements).
    QCOMPARE(path.elementCount(), 4);
    const QPointF p0 = path.elementAt(0), p1 = path.elementAt(1), p2 = path.elementAt(2), p3 = path.elementAt(3);
    for (const double t : {0.0, 0.1, 0.37, 0.5, 0.81, 1.0}) {
        const double u = 1 - t;
        const QPointF cubic = u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        const QPointF mine = edge.pointAt(t);
        QVERIFY2(QLineF(mine, cubic).length() < 1e-6, qPrintable(u"t %1"_s.arg(t)));
    }
    // The whole curve is in its bounding box; the part in an area starts and ends on its border.
    const auto [w0, w1] = edge.visibleSpan(path.boundingRect().adjusted(-1, -1, 1, 1));
    QCOMPARE(w0, 0.0);
    QCOMPARE(w1, 1.0);
    const auto [t0, t1] = edge.visibleSpan(area);
    QVERIFY(t0 < t1);
    const auto onBorder = [&](const QPointF &p) {
        const double d = std::min({std::abs(p.x() - area.left()), std::abs(p.x() - area.right()),
                                   std::abs(p.y() - area.top()), std::abs(p.y() - area.bottom())});
        return area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(p) && d < 0.5;
    };
    QVERIFY2(onBorder(edge.pointAt(t0)), "enters on the border");
    QVERIFY2(onBorder(edge.pointAt(t1)), "leaves on the border");
    const QPolygonF part = edge.visiblePart(area);
    QVERIFY(part.size() > 1);
    for (const QPointF &p : part)
        QVERIFY(area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(p));
    // Drawn at a scale: a point every 3 pixels of the part, from the same start to the same end.
    const QPolygonF coarse = edge.visiblePart(area, nullptr, 0.5);
    const double chord = QLineF(part.first(), part.last()).length() * 0.5;
    QCOMPARE(coarse.size(), std::clamp(int(chord / 3), 2, 64) + 1);
    QVERIFY2(coarse.size() < part.size(), qPrintable(QString::number(coarse.size())));
    QCOMPARE(coarse.first(), part.first());
    QVERIFY(QLineF(coarse.last(), part.last()).length() < 1e-9);
    // An area the curve misses.
    const auto [n0, n1] = edge.visibleSpan(area.translated(0, 1e6));
    QVERIFY(n0 >= n1);
}

void TestTopologyView::crowdedEdgesAreDrawnAsFans()
{
    // 500 connections over two routers: each local group has 250 connections, a fan.
    const topology::Graph graph = topology::buildGraph(project(500), {});
    const topology::Layout layout = topology::layoutGraph(graph);
    TopologyScene scene;
    QSignalSpy built(&scene, &TopologyScene::built);
    scene.setGraph(graph, layout);
    QTRY_COMPARE(built.size(), 1);
    int fanned = 0;
    for (const TopologyEdgeItem *edge : scene.edgeItems()) {
        const bool crowded = edge->edge().from == u"group:local0" || edge->edge().from == u"group:local1";
        QCOMPARE(edge->fan() != nullptr, crowded);
        fanned += crowded;
    }
    QCOMPARE(fanned, 500);
    // Drawn: the fan's curves leave the group (a column of pixels right of it is not empty).
    const QRectF group = layout.rects.value(u"group:local0"_s);
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 200, 200), QRectF(group.right() + 10, group.center().y() - 100, 200, 200));
    }
    int inked = 0;
    for (int y = 0; y < 200; ++y)
        inked += image.pixelColor(10, y) != QColor(Qt::white);
    QVERIFY2(inked > 0, "the fan draws its edges");
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
