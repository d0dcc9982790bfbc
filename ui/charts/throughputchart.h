// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoring/historystore.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace vpnaas::ui {

/*!
 * Throughput in and out (bytes/s) of one connection over time, from its counter samples: the
 * rate between consecutive totals (a total going down — impossible after CounterTracker — is
 * skipped). QtCharts stays in ui/charts (deprecated upstream since 6.10; keep it swappable).
 */
class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    void setSamples(const QList<monitoring::CounterSample> &samples, const QString &title);
    int pointCount() const;
    /*! The plotted rates (for tests): x = ms since epoch, y = bytes/s. */
    QList<QPointF> inPoints() const;
    QList<QPointF> outPoints() const;

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_in;
    QLineSeries *m_out;
    QDateTimeAxis *m_time;
    QValueAxis *m_rate;
};

} // namespace vpnaas::ui
