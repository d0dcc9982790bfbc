// SPDX-License-Identifier: Apache-2.0
#include "throughputchart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_in(new QLineSeries(m_chart))
    , m_out(new QLineSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_rate(new QValueAxis(m_chart))
{
    setObjectName(u"throughputChart"_s);
    m_in->setName(tr("In (bytes/s)"));
    m_out->setName(tr("Out (bytes/s)"));
    m_chart->addSeries(m_in);
    m_chart->addSeries(m_out);
    m_time->setFormat(u"HH:mm:ss"_s);
    m_time->setTitleText(tr("Time"));
    m_rate->setTitleText(tr("Bytes per second"));
    m_rate->setLabelFormat(u"%g"_s);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_rate, Qt::AlignLeft);
    for (QLineSeries *series : {m_in, m_out}) {
        series->attachAxis(m_time);
        series->attachAxis(m_rate);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::setSamples(const QList<monitoring::CounterSample> &samples, const QString &title)
{
    QList<QPointF> in, out;
    double top = 1;
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const auto &a = samples[i - 1];
        const auto &b = samples[i];
        const double seconds = a.at.msecsTo(b.at) / 1000.0;
        if (seconds <= 0 || b.bytesIn < a.bytesIn || b.bytesOut < a.bytesOut)
            continue;
        const double x = double(b.at.toMSecsSinceEpoch());
        in.append({x, (b.bytesIn - a.bytesIn) / seconds});
        out.append({x, (b.bytesOut - a.bytesOut) / seconds});
        top = std::max({top, in.last().y(), out.last().y()});
    }
    m_in->replace(in);
    m_out->replace(out);
    m_chart->setTitle(in.isEmpty() && !title.isEmpty() ? tr("%1 — waiting for counter samples").arg(title) : title);
    if (in.size() >= 2) {
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(in.first().x())),
                         QDateTime::fromMSecsSinceEpoch(qint64(in.last().x())));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        m_time->setRange(now.addSecs(-15 * 60), now);
    }
    m_rate->setRange(0, top * 1.1);
    m_rate->applyNiceNumbers();
}

int ThroughputChart::pointCount() const
{
    return int(m_in->count());
}

QList<QPointF> ThroughputChart::inPoints() const
{
    return m_in->points();
}

QList<QPointF> ThroughputChart::outPoints() const
{
    return m_out->points();
}

} // namespace vpnaas::ui
