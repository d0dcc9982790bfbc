// SPDX-License-Identifier: Apache-2.0
// The throughput chart: rates from consecutive counter totals, nothing for one sample, a total
// that went down skipped.
#include "charts/throughputchart.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

class TestThroughputChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rates();
};

void TestThroughputChart::rates()
{
    const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC);
    ThroughputChart chart;
    chart.setSamples({{u"c"_s, {}, t0, 1000, 2000, 1, 1}}, u"conn"_s);
    QCOMPARE(chart.pointCount(), 0);
    chart.setSamples({{u"c"_s, {}, t0, 1000, 2000, 1, 1},
                      {u"c"_s, {}, t0.addSecs(5), 6000, 2500, 2, 2},
                      {u"c"_s, {}, t0.addSecs(10), 100, 100, 3, 3}, // went down: skipped
                      {u"c"_s, {}, t0.addSecs(15), 1100, 600, 4, 4}},
                     u"conn"_s);
    QCOMPARE(chart.pointCount(), 2);
    QCOMPARE(chart.inPoints().first().y(), 1000.0); // 5000 bytes in 5 s
    QCOMPARE(chart.outPoints().first().y(), 100.0);
    QCOMPARE(chart.inPoints().last().y(), 200.0);
    QCOMPARE(qint64(chart.inPoints().last().x()), t0.addSecs(15).toMSecsSinceEpoch());
}

QTEST_MAIN(TestThroughputChart)
#include "tst_throughputchart.moc"
