// SPDX-License-Identifier: Apache-2.0
// PlotLines, the lines of the monitoring charts drawn over a chart's plot area: value ↔ pixel
// mapping through its domain, which line the pointer is near (between points, on steep
// spikes, none when far), and that it draws its lines clipped to the plot area, at once for a few
// points and through an image drawn on the background pool for many.
#include "charts/plotlines.h"
#include "perf/background.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using vpnaas::ui::PlotLines;

class TestPlotLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mapsThroughTheDomain();
    void lineNearThePointer_data();
    void lineNearThePointer();
    void hoveringReportsTheLine();
    void drawsInsideThePlotArea_data();
    void drawsInsideThePlotArea();
    void shapesAreFilledAndHoveredInside_data();
    void shapesAreFilledAndHoveredInside();
    void linesMadeOnThePool();

private:
    QChartView *m_view = nullptr;
    PlotLines *m_lines = nullptr;
};

void TestPlotLines::init()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    m_view = new QChartView(chart);
    m_view->resize(640, 480);
    m_lines = new PlotLines(chart);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QTRY_VERIFY(!chart->plotArea().isEmpty());
    m_lines->setDomain(0, 100, -10, 10);
    // A flat line at 5, and a line at -5 with one spike to 9 at x = 50.
    m_lines->setLines(
        {{{{0, 5}, {100, 5}}, QPen(Qt::blue)}, {{{0, -5}, {49, -5}, {50, 9}, {51, -5}, {100, -5}}, QPen(Qt::red)}});
}

void TestPlotLines::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestPlotLines::mapsThroughTheDomain()
{
    const QSizeF plot = m_lines->boundingRect().size();
    QCOMPARE(plot, m_view->chart()->plotArea().size());
    QCOMPARE(m_lines->pos(), m_view->chart()->plotArea().topLeft());
    QCOMPARE(m_lines->toPixels({0, 10}), QPointF(0, 0));
    QCOMPARE(m_lines->toPixels({100, -10}), QPointF(plot.width(), plot.height()));
    QCOMPARE(m_lines->toPixels({50, 0}), QPointF(plot.width() / 2, plot.height() / 2));
    const QPointF value = m_lines->toValue(m_lines->toPixels({25, 2.5}));
    QCOMPARE(value.x(), 25.0);
    QCOMPARE(value.y(), 2.5);
}

void TestPlotLines::lineNearThePointer_data()
{
    QTest::addColumn<QPointF>("value");
    QTest::addColumn<int>("line");
    QTest::newRow("on the flat line") << QPointF(30, 5) << 0;
    QTest::newRow("just above the flat line") << QPointF(70, 5.1) << 0;
    QTest::newRow("on the low line") << QPointF(20, -5) << 1;
    QTest::newRow("up the spike") << QPointF(49.8, 7) << 1;
    QTest::newRow("between the lines") << QPointF(20, 0) << -1;
    QTest::newRow("beside the spike") << QPointF(40, 7) << -1;
}

void TestPlotLines::lineNearThePointer()
{
    QFETCH(QPointF, value);
    QFETCH(int, line);
    QPointF at;
    QCOMPARE(m_lines->lineAt(m_lines->toPixels(value), &at), line);
    QVERIFY(std::abs(at.x() - value.x()) < 1e-9);
}

void TestPlotLines::hoveringReportsTheLine()
{
    QSignalSpy hovered(m_lines, &PlotLines::hovered);
    QGraphicsSceneHoverEvent move(QEvent::GraphicsSceneHoverMove);
    move.setPos(m_lines->toPixels({30, 5}));
    m_lines->scene()->sendEvent(m_lines, &move);
    QCOMPARE(hovered.size(), 1);
    QCOMPARE(hovered.last().at(0).toInt(), 0);
    QCOMPARE(hovered.last().at(2).toBool(), true);
    move.setPos(m_lines->toPixels({30, 0})); // away from both
    m_lines->scene()->sendEvent(m_lines, &move);
    QCOMPARE(hovered.size(), 2);
    QCOMPARE(hovered.last().at(0).toInt(), 0);
    QCOMPARE(hovered.last().at(2).toBool(), false);
}

void TestPlotLines::drawsInsideThePlotArea_data()
{
    QTest::addColumn<int>("points");
    QTest::newRow("a few points, drawn when painted") << 2;
    QTest::newRow("many points, drawn on the pool") << int(PlotLines::kBackgroundPoints);
}

void TestPlotLines::drawsInsideThePlotArea()
{
    QFETCH(int, points);
    QList<QPointF> flatLine;
    for (int i = 0; i < points; ++i)
        flatLine.append({100.0 * i / (points - 1), 5});
    QSignalSpy rendered(m_lines, &PlotLines::rendered);
    m_lines->setLines({{flatLine, QPen(Qt::blue)}, {{{0, -5}, {49, -5}, {50, 9}, {51, -5}, {100, -5}}, QPen(Qt::red)}});
    const bool pool = points >= PlotLines::kBackgroundPoints;
    QCOMPARE(m_lines->isRendering(), pool);
    QTRY_VERIFY(!m_lines->isRendering());
    QCOMPARE(rendered.size(), pool ? 1 : 0);

    const QImage image = m_view->grab().toImage();
    const QRectF plot = m_view->chart()->plotArea();
    const QPointF flat = m_view->mapFromScene(m_lines->mapToScene(m_lines->toPixels({50, 5})));
    bool blue = false;
    for (int dy = -2; dy <= 2 && !blue; ++dy) {
        const QColor pixel = image.pixelColor(flat.toPoint() + QPoint(0, dy));
        blue = pixel.blue() > 150 && pixel.red() < 120;
    }
    QVERIFY2(blue, "the flat line is drawn where its value is");
    // Nothing of the lines left of the plot area (a domain wider than the data is clipped).
    // Two changes in one pass of the event loop: one image, of both.
    m_lines->setDomain(0, 50, -10, 10);
    m_lines->setDomain(20, 80, -10, 10);
    QTRY_VERIFY(!m_lines->isRendering());
    QCOMPARE(rendered.size(), pool ? 2 : 0);
    const QImage clipped = m_view->grab().toImage();
    const QPoint outside
        = m_view->mapFromScene(QPointF(plot.left() - 3, m_lines->mapToScene(m_lines->toPixels({20, 5})).y()));
    const QColor pixel = clipped.pixelColor(outside);
    QVERIFY2(!(pixel.blue() > 150 && pixel.red() < 120), "a line drawn outside the plot area");
}

QTEST_MAIN(TestPlotLines)
#include "tst_plotlines.moc"

void TestPlotLines::shapesAreFilledAndHoveredInside_data()
{
    QTest::addColumn<QPointF>("value");
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("filled"); // the pixel there is the shape's green
    QTest::newRow("inside the first band") << QPointF(20, 2) << 0 << true;
    QTest::newRow("inside the second band of the same shape") << QPointF(70, 2) << 0 << true;
    QTest::newRow("between its bands: on the base, not in the shape") << QPointF(50, 2) << -1 << false;
    QTest::newRow("above the band") << QPointF(20, 6) << -1 << false;
}

void TestPlotLines::shapesAreFilledAndHoveredInside()
{
    QFETCH(QPointF, value);
    QFETCH(int, shape);
    QFETCH(bool, filled);
    // A status lane's outline: along the base (y 0), up over [10, 40] and [60, 90] to y 4.
    const QList<QPointF> outline{{0, 0},  {10, 0}, {10, 4}, {40, 4}, {40, 0},
                                 {60, 0}, {60, 4}, {90, 4}, {90, 0}, {100, 0}};
    m_lines->setLines({{outline, QPen(Qt::NoPen), QBrush(QColor(0, 200, 0))}});
    QPointF at;
    QCOMPARE(m_lines->lineAt(m_lines->toPixels(value), &at), shape);

    const QImage image = m_view->grab().toImage();
    const QColor pixel = image.pixelColor(m_view->mapFromScene(m_lines->mapToScene(m_lines->toPixels(value))));
    QCOMPARE(pixel.green() > 150 && pixel.red() < 100 && pixel.blue() < 100, filled);
}

void TestPlotLines::linesMadeOnThePool()
{
    const auto flat = [](int count) {
        QList<PlotLines::Line> lines;
        for (int i = 0; i < count; ++i)
            lines.append({{{0, double(i)}, {100, double(i)}}, QPen(Qt::green)});
        return lines;
    };
    m_lines->setLinesLater([flat] { return flat(1); });
    QVERIFY(m_lines->isRendering());
    QCOMPARE(m_lines->lines().size(), 2); // the current lines stay until the new ones come
    QTRY_VERIFY(!m_lines->isRendering());
    QCOMPARE(m_lines->lines().size(), 1);
    QCOMPARE(m_lines->lines().first().points.last(), QPointF(100, 0));

    // Replaced before they come: the later call wins, the made lines are dropped.
    m_lines->setLinesLater([flat] { return flat(3); });
    m_lines->setLines(flat(4));
    QVERIFY(!m_lines->isRendering());
    vpnaas::perf::backgroundPool()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_lines->lines().size(), 4);
    m_lines->setLinesLater([flat] { return flat(5); });
    m_lines->setLinesLater([flat] { return flat(6); });
    QTRY_VERIFY(!m_lines->isRendering());
    vpnaas::perf::backgroundPool()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_lines->lines().size(), 6);
}
