// SPDX-License-Identifier: Apache-2.0
#include "monitoringcharts.h"

#include "plotlines.h"

#include "browser/statusstyle.h"
#include "monitoring/chartfeed.h"
#include "monitoring/historystore.h"
#include "perf/stallwatch.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <array>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

using monitoring::ChartRows;
using monitoring::SampleSeries;
using monitoring::SeriesTableModel;
using monitoring::StatusBand;
using monitoring::StatusTimelineModel;
using monitoring::StatusTransition;

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// Samples this long before the range are read too: the first rate in the range needs one.
constexpr qint64 kLeadIn = 5 * kMinute;
// A lane is one unit high; its band leaves this much free above and below.
constexpr double kLaneMargin = 0.15;
constexpr int kValueTicks = 5;
constexpr int kChartMargin = 2;
// The user's last choices (short words, so that the file stays readable and editable).
constexpr auto kRangeKey = u"monitoring/chartRange";
constexpr auto kTabKey = u"monitoring/chartTab";

// One colour per connection; distinguishable on light and dark backgrounds (tab10 without grey).
const QColor kSeriesColors[]
    = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
       QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};

struct Tick {
    double value;
    QString label;
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString isoUtc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

/*! Values at a 1-2-2.5-5 step over [lo, hi], which grow to whole steps; at least 1 apart. */
QList<double> niceTicks(double &lo, double &hi)
{
    if (hi - lo < 10)
        hi = lo + 10;
    const double raw = (hi - lo) / kValueTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    const double step = std::max(1.0, (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    QList<double> ticks;
    for (int i = 0; lo + i * step <= hi + step / 2; ++i)
        ticks.append(lo + i * step);
    return ticks;
}

/*! Round local times inside (from, to] for \a range, labelled with the locale's short time or date. */
QList<Tick> timeTicks(qint64 from, qint64 to, MonitoringCharts::Range range)
{
    qint64 step = kDay;
    switch (range) {
    case MonitoringCharts::Range::Minutes15:
        step = 3 * kMinute;
        break;
    case MonitoringCharts::Range::Hour1:
        step = 10 * kMinute;
        break;
    case MonitoringCharts::Range::Hours24:
        step = 3 * kHour;
        break;
    case MonitoringCharts::Range::Days7:
        step = kDay;
        break;
    }
    const QLocale locale;
    // Ticks fall on whole minutes: the locale's short time without seconds (C has "HH:mm:ss").
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc()) * 1000;
    QList<Tick> ticks;
    // Labels centred on ticks this close to an edge would be cut off there.
    const qint64 edge = (to - from) * 3 / 100;
    for (qint64 at = ((from + offset) / step + 1) * step - offset; at <= to - edge; at += step) {
        if (at < from + edge)
            continue;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at);
        // Whole days and midnights show the date, everything else the time of day.
        const bool date = step >= kDay || local.time() == QTime(0, 0);
        ticks.append(
            {double(at),
             date ? locale.toString(local.date(), QLocale::ShortFormat) : locale.toString(local.time(), timeFormat)});
    }
    return ticks;
}

/*! An axis label for a size: "500 kB", "1.5 MB" (no ".0" on round ticks). */
QString axisBytes(double value)
{
    int decimals = 0;
    for (double unit = 1000; unit <= value; unit *= 1000) {
        const double scaled = value / unit;
        decimals = scaled == std::floor(scaled) ? 0 : 1;
    }
    return QLocale().formattedDataSize(qint64(value), decimals, QLocale::DataSizeSIFormat);
}

/*! Packet counts: 12,345 or 1.2 M. */
QString compactCount(double value)
{
    const QLocale locale;
    const auto scaled = [&](double unit, const QString &pattern) {
        const double x = value / unit;
        return pattern.arg(locale.toString(x, 'f', x == std::floor(x) ? 0 : 1));
    };
    if (value >= 1e9)
        return scaled(1e9, MonitoringCharts::tr("%1 G", "billions of packets"));
    if (value >= 1e6)
        return scaled(1e6, MonitoringCharts::tr("%1 M", "millions of packets"));
    if (value >= 1e5)
        return scaled(1e3, MonitoringCharts::tr("%1 k", "thousands of packets"));
    return locale.toString(qulonglong(value));
}

/*!
 * Replaces the categories of \a axis: labels at the tick values (duplicates left out). The same
 * ticks again change nothing: replacing them lays the chart out again.
 */
void setTicks(QCategoryAxis *axis, double min, double max, const QList<Tick> &ticks)
{
    QList<Tick> shown;
    QSet<QString> used;
    double last = -std::numeric_limits<double>::infinity();
    for (const Tick &tick : ticks) {
        if (tick.value < min || tick.value > max || tick.value <= last || used.contains(tick.label))
            continue;
        shown.append(tick);
        used.insert(tick.label);
        last = tick.value;
    }
    const QStringList labels = axis->categoriesLabels();
    bool same = labels.size() == shown.size() && axis->startValue() == min;
    for (qsizetype i = 0; same && i < shown.size(); ++i)
        same = labels[i] == shown[i].label && axis->endValue(labels[i]) == shown[i].value;
    if (!same) {
        for (const QString &label : labels)
            axis->remove(label);
        axis->setStartValue(min);
        for (const Tick &tick : std::as_const(shown))
            axis->append(tick.label, tick.value);
    }
    axis->setRange(min, max);
}

/*! Ticks over [lo, hi] labelled with the magnitude: below zero is "out", mirrored. */
void setValueTicks(QCategoryAxis *axis, double lo, double hi, const std::function<QString(double)> &label)
{
    QList<Tick> ticks;
    for (double value : niceTicks(lo, hi)) {
        // Category labels must be unique: the mirrored ones end in an invisible zero-width space.
        ticks.append({value, value < 0 ? label(-value) + QChar(0x200B) : label(value)});
    }
    setTicks(axis, lo, hi, ticks);
}

QString settingsWord(MonitoringCharts::Range range)
{
    switch (range) {
    case MonitoringCharts::Range::Minutes15:
        return u"15m"_s;
    case MonitoringCharts::Range::Hour1:
        return u"1h"_s;
    case MonitoringCharts::Range::Hours24:
        return u"24h"_s;
    case MonitoringCharts::Range::Days7:
        return u"7d"_s;
    }
    return {};
}

QString settingsWord(MonitoringCharts::Tab tab)
{
    switch (tab) {
    case MonitoringCharts::Tab::Status:
        return u"status"_s;
    case MonitoringCharts::Tab::Throughput:
        return u"throughput"_s;
    case MonitoringCharts::Tab::Totals:
        return u"totals"_s;
    }
    return {};
}

/*! The value of \a Enum whose settingsWord() is \a word; \a fallback for anything else. */
template<typename Enum>
Enum fromSettingsWord(const QString &word, std::initializer_list<Enum> values, Enum fallback)
{
    for (const Enum value : values) {
        if (word.compare(settingsWord(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return fallback;
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

} // namespace

MonitoringCharts::MonitoringCharts(QWidget *parent)
    : QWidget(parent)
    , m_feed(new monitoring::ChartFeed(this))
    , m_timelineModel(new StatusTimelineModel(this))
    , m_rangeBox(new QComboBox(this))
    , m_pauseButton(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_laneLabels(new QTimer(this))
{
    setObjectName(u"monitoringCharts"_s);
    connect(m_feed, &monitoring::ChartFeed::frameReady, this, &MonitoringCharts::applyFrame);
    m_timeline = makeChart(u"statusTimelineView"_s);
    m_throughput = makeChart(u"throughputView"_s);
    m_bytes = makeChart(u"bytesView"_s);
    m_packets = makeChart(u"packetsView"_s);
    for (ChartParts *parts : {&m_throughput, &m_bytes, &m_packets}) {
        connect(parts->lines, &PlotLines::hovered, this, [this, parts](int line, const QPointF &value, bool entered) {
            showTip(entered ? lineText(parts->drawn.value(line), value) : QString());
        });
    }
    connect(m_timeline.lines, &PlotLines::hovered, this,
            [this](int, const QPointF &value, bool entered) { showTip(entered ? bandText(value) : QString()); });
    // Lanes get labels as the plot's height allows.
    m_laneLabels->setSingleShot(true);
    m_laneLabels->setInterval(0); // a timer, not a queued call: input and a paint come between
    connect(m_laneLabels, &QTimer::timeout, this, &MonitoringCharts::updateLaneLabels);
    connect(m_timeline.chart, &QChart::plotAreaChanged, m_laneLabels, qOverload<>(&QTimer::start));
    m_timeline.values->setGridLineVisible(false);
    m_timeline.values->setLineVisible(false);
    // The bytes chart above has the same legend.
    m_packets.chart->legend()->setVisible(false);

    m_rangeBox->setObjectName(u"range"_s);
    m_rangeBox->addItem(tr("Last 15 minutes"), int(Range::Minutes15));
    m_rangeBox->addItem(tr("Last hour"), int(Range::Hour1));
    m_rangeBox->addItem(tr("Last 24 hours"), int(Range::Hours24));
    m_rangeBox->addItem(tr("Last 7 days"), int(Range::Days7));
    // The range and tab chosen last time. Only the user's own choices are saved (activated,
    // tabBarClicked), not what code sets: a test or the view must not change the next start.
    const QSettings settings;
    m_range = fromSettingsWord(settings.value(kRangeKey).toString(),
                               {Range::Minutes15, Range::Hour1, Range::Hours24, Range::Days7}, m_range);
    const Tab tab = fromSettingsWord(settings.value(kTabKey).toString(), {Tab::Status, Tab::Throughput, Tab::Totals},
                                     Tab::Throughput);
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(m_range)));
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRange(Range(m_rangeBox->itemData(index).toInt())); });
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        QSettings().setValue(kRangeKey, settingsWord(Range(m_rangeBox->itemData(index).toInt())));
    });

    m_pauseButton->setObjectName(u"pause"_s);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setText(tr("&Pause"));
    m_pauseButton->setToolTip(tr("Stop scrolling with new samples; range and selection changes still redraw"));
    connect(m_pauseButton, &QAbstractButton::toggled, this, &MonitoringCharts::setPaused);

    auto *exportPng = new QPushButton(tr("Export PN&G…"), this);
    exportPng->setObjectName(u"exportPng"_s);
    connect(exportPng, &QPushButton::clicked, this, &MonitoringCharts::exportPngInteractively);
    auto *exportCsv = new QPushButton(tr("Export &CSV…"), this);
    exportCsv->setObjectName(u"exportCsv"_s);
    connect(exportCsv, &QPushButton::clicked, this, &MonitoringCharts::exportCsvInteractively);

    m_error->setObjectName(u"chartError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, warningColor(palette()));
    m_error->setPalette(warning);

    // The stacked totals charts share their time axis: their plot areas are lined up.
    for (QChart *chart : {m_bytes.chart, m_packets.chart})
        connect(chart, &QChart::plotAreaChanged, this, &MonitoringCharts::alignTotalsPlotAreas);

    auto *totals = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totals);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->setSpacing(0);
    totalsLayout->addWidget(m_bytes.view);
    totalsLayout->addWidget(m_packets.view);
    m_tabs->addTab(m_timeline.view, tr("Status"));
    m_tabs->addTab(m_throughput.view, tr("Throughput"));
    m_tabs->addTab(totals, tr("Totals"));
    m_tabs->setCurrentIndex(int(tab));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MonitoringCharts::activateShownCharts);
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [](int index) {
        if (index >= 0 && index <= int(Tab::Totals))
            QSettings().setValue(kTabKey, settingsWord(Tab(index)));
    });

    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_pauseButton);
    bar->addStretch();
    bar->addWidget(exportPng);
    bar->addWidget(exportCsv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    redraw();
}

MonitoringCharts::~MonitoringCharts() = default;

MonitoringCharts::ChartParts MonitoringCharts::makeChart(const QString &objectName)
{
    ChartParts parts;
    parts.chart = new QChart;
    parts.chart->setAnimationOptions(QChart::NoAnimation);
    parts.chart->setMargins(QMargins(kChartMargin, kChartMargin, kChartMargin, kChartMargin));
    parts.chart->setBackgroundRoundness(0);
    parts.chart->legend()->setAlignment(Qt::AlignBottom);
    parts.view = new QChartView(parts.chart, this); // owns the chart
    parts.view->setObjectName(objectName);
    // Text antialiased (QGraphicsView's default), shapes not: the grid, axes and bands are
    // straight, and the lines draw themselves antialiased (PlotLines). Antialiasing all of the
    // chart made each paint of it take twice as long (4-5 ms with a hundred connections).
    parts.time = new QCategoryAxis(parts.chart);
    parts.values = new QCategoryAxis(parts.chart);
    for (QCategoryAxis *axis : {parts.time, parts.values})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    parts.chart->addAxis(parts.time, Qt::AlignBottom);
    parts.chart->addAxis(parts.values, Qt::AlignLeft);
    parts.lines = new PlotLines(parts.chart);
    applyPalette(parts);
    return parts;
}

void MonitoringCharts::applyPalette(ChartParts &parts) const
{
    // The widget's palette, not a chart theme: a theme knows light and dark, the user's colour
    // scheme may be neither, and it can change while the console runs.
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    parts.chart->setBackgroundBrush(base);
    parts.chart->setBackgroundPen(Qt::NoPen);
    parts.chart->setTitleBrush(text);
    parts.chart->legend()->setLabelColor(text);
    for (QCategoryAxis *axis : {parts.time, parts.values}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(textOnBase(p, 0.45));
        axis->setGridLineColor(textOnBase(p, 0.12));
        axis->setTitleBrush(text);
    }
}

void MonitoringCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, warningColor(palette()));
    m_error->setPalette(warning);
    for (ChartParts *parts : {&m_timeline, &m_throughput, &m_bytes, &m_packets}) {
        if (parts->chart)
            applyPalette(*parts);
    }
    for (auto it = m_areas.cbegin(); it != m_areas.cend(); ++it)
        it.value()->setColor(statusColor(it.key() == u"UP" ? u"ACTIVE"_s : it.key(), palette()));
    redraw(); // the timeline's bands take the status colours of the new palette
}

void MonitoringCharts::alignTotalsPlotAreas()
{
    // The value labels differ in width ("500 kB" against "1,000"), so the plot areas (and the
    // time ticks) would not line up: the chart with the narrower labels gets a wider left margin.
    const std::array<QChart *, 2> charts{m_bytes.chart, m_packets.chart};
    std::array<qreal, 2> natural{}; // the plot area's left edge with the base margin
    for (std::size_t i = 0; i < charts.size(); ++i) {
        if (charts[i]->plotArea().isEmpty())
            return; // not laid out yet (hidden tab)
        natural[i] = charts[i]->plotArea().left() - (charts[i]->margins().left() - kChartMargin);
    }
    const qreal widest = std::max(natural[0], natural[1]);
    for (std::size_t i = 0; i < charts.size(); ++i) {
        QMargins margins = charts[i]->margins();
        const int left = kChartMargin + qRound(widest - natural[i]);
        if (margins.left() != left) {
            margins.setLeft(left);
            charts[i]->setMargins(margins);
        }
    }
}

void MonitoringCharts::setHistory(monitoring::HistoryStore *history)
{
    m_history = history;
    m_feed->setHistory(history);
    redraw();
}

void MonitoringCharts::setConnections(const QStringList &ids, const QHash<QString, QString> &names)
{
    m_ids = ids;
    m_ids.removeDuplicates();
    m_ids.removeAll(QString());
    m_names = names;
    redraw();
}

void MonitoringCharts::refresh(const QDateTime &now)
{
    if (m_paused)
        return;
    m_now = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    redraw();
}

void MonitoringCharts::setSimulated(bool simulated)
{
    if (simulated == m_simulated)
        return;
    m_simulated = simulated;
    updateTitles();
}

void MonitoringCharts::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Res&ume") : tr("&Pause"));
    Q_EMIT pausedChanged(paused);
    if (!paused)
        refresh();
}

void MonitoringCharts::setRange(Range range)
{
    const int index = m_rangeBox->findData(int(range));
    if (index < 0)
        return;
    m_range = range;
    {
        const QSignalBlocker quiet(m_rangeBox);
        m_rangeBox->setCurrentIndex(index);
    }
    redraw();
}

qint64 MonitoringCharts::rangeMsecs(Range range)
{
    switch (range) {
    case Range::Minutes15:
        return 15 * kMinute;
    case Range::Hour1:
        return kHour;
    case Range::Hours24:
        return kDay;
    case Range::Days7:
        return 7 * kDay;
    }
    return kHour;
}

void MonitoringCharts::setMaxSeries(int count)
{
    m_maxSeries = std::max(1, count);
    redraw();
}

QList<monitoring::SeriesTableModel *> MonitoringCharts::seriesModels() const
{
    return m_models.mid(0, m_drawn.size());
}

QString MonitoringCharts::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MonitoringCharts::isReading() const
{
    return m_feed->isBusy();
}

bool MonitoringCharts::isDrawing() const
{
    for (const ChartParts *parts : {&m_throughput, &m_bytes, &m_packets}) {
        if (parts->lines->isRendering())
            return true;
    }
    return false;
}

QString MonitoringCharts::name(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

int MonitoringCharts::pointBudget() const
{
    // Rows per connection: two a pixel of plot width for one or two connections, down to one
    // every two pixels for eight or more (each still a min/max envelope): the chart strokes
    // (about 1 µs) and paints every point of every line.
    const QRectF plot = m_throughput.chart->plotArea();
    const int width = std::max(200, plot.width() > 0 ? int(plot.width()) : m_throughput.view->width() - 100);
    const int connections = std::max(1, int(m_drawn.size()));
    return std::clamp(4 * width / connections, width / 2, 2 * width);
}

bool MonitoringCharts::isShown(const ChartParts &parts) const
{
    const Tab tab = Tab(m_tabs->currentIndex());
    if (&parts == &m_throughput)
        return tab == Tab::Throughput;
    if (&parts == &m_bytes || &parts == &m_packets)
        return tab == Tab::Totals;
    return tab == Tab::Status;
}

void MonitoringCharts::activateShownCharts()
{
    for (ChartParts *parts : {&m_timeline, &m_throughput, &m_bytes, &m_packets}) {
        if (parts->stale && isShown(*parts))
            syncChart(*parts);
    }
}

void MonitoringCharts::syncChart(ChartParts &parts)
{
    parts.stale = false;
    updateAxes(parts);
    if (&parts != &m_timeline)
        syncLines(parts);
}

void MonitoringCharts::syncLines(ChartParts &parts)
{
    const perf::Scope scope("MonitoringCharts::syncLines", parts.drawn.size());
    parts.stale = false;
    // What each line is made of, owned: the rows are shared with the models, not copied.
    struct Source {
        ChartRows rows;
        SeriesTableModel::Column column;
        QPen pen;
    };
    QList<Source> sources;
    sources.reserve(parts.drawn.size());
    qsizetype points = 0;
    for (const Line &line : std::as_const(parts.drawn)) {
        const SeriesTableModel *model = m_models.value(line.model);
        sources.append({model ? model->rows() : ChartRows(), line.column, line.pen});
        points += sources.constLast().rows.size();
    }
    const auto make = [sources = std::move(sources), totals = &parts != &m_throughput] {
        QList<PlotLines::Line> lines;
        lines.reserve(sources.size());
        for (const Source &source : sources) {
            PlotLines::Line drawn{{}, source.pen};
            const qsizetype rows = source.rows.size();
            if (rows > 0) {
                // Out is mirrored below the axis; the totals count from the start of the range.
                const SeriesTableModel::Column column = source.column;
                const double scale = column == SeriesTableModel::RateOut || column == SeriesTableModel::BytesOut
                        || column == SeriesTableModel::PacketsOut
                    ? -1.0
                    : 1.0;
                const double base = totals ? SeriesTableModel::value(source.rows, 0, column) : 0.0;
                drawn.points.reserve(rows);
                for (qsizetype row = 0; row < rows; ++row) {
                    drawn.points.append({SeriesTableModel::value(source.rows, row, SeriesTableModel::Time),
                                         (SeriesTableModel::value(source.rows, row, column) - base) * scale});
                }
            }
            lines.append(std::move(drawn));
        }
        return lines;
    };
    parts.lines->setDomain(parts.time->min(), parts.time->max(), parts.values->min(), parts.values->max());
    // As many points as the lines draw on the pool: made there too (a hundred connections'
    // 120,000 points took 7 ms of each refresh here).
    if (points >= PlotLines::kBackgroundPoints)
        parts.lines->setLinesLater(make);
    else
        parts.lines->setLines(make());
}

QList<QPointF> MonitoringCharts::drawnPoints(QAbstractSeries *series) const
{
    for (const ChartParts *parts : {&m_throughput, &m_bytes, &m_packets}) {
        for (qsizetype i = 0; series && i < parts->drawn.size(); ++i) {
            if (parts->drawn[i].series == series)
                return parts->lines->lines().value(i).points;
        }
    }
    return {};
}

void MonitoringCharts::redraw()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const qint64 to = now.toMSecsSinceEpoch();
    const qint64 from = to - rangeMsecs(m_range);
    const QStringList drawn = m_ids.mid(0, m_maxSeries);
    if (drawn != m_drawn)
        rebuildLines(drawn);
    if (!m_history) {
        monitoring::ChartFrame empty;
        empty.request = {drawn, from, to, 0, {}};
        empty.rows.resize(drawn.size());
        applyFrame(empty);
        return;
    }
    const int budget = pointBudget();
    // The feed reads and downsamples (on a thread of its own for a history file); applyFrame()
    // draws what it hands back.
    m_feed->request({drawn, from, to, std::max(1, budget / monitoring::kRowsPerBucket), m_history->scope()});
}

void MonitoringCharts::applyFrame(const monitoring::ChartFrame &frame)
{
    if (frame.request.ids != m_drawn)
        return; // the selection changed since: its own frame follows
    const perf::Scope scope("MonitoringCharts::applyFrame", m_drawn.size());
    const qint64 from = frame.request.from;
    const qint64 to = frame.request.to;
    for (int i = 0; i < m_drawn.size(); ++i)
        m_models[i]->setRows(m_drawn[i], frame.rows.value(i));
    m_from = from;
    m_to = to;
    updateTimeline(frame.bands, from, to);
    // The hidden charts' axes and lines when they are shown: new ticks cost a chart its layout
    // even where nobody sees it.
    for (ChartParts *parts : {&m_timeline, &m_throughput, &m_bytes, &m_packets}) {
        if (isShown(*parts))
            syncChart(*parts);
        else
            parts->stale = true;
    }
    updateTitles();
    m_error->setText(frame.errors.join(u'\n'));
    m_error->setVisible(!frame.errors.isEmpty());
    Q_EMIT redrawn();
}

void MonitoringCharts::rebuildLines(const QStringList &drawn)
{
    const perf::Scope scope("MonitoringCharts::rebuildLines", drawn.size());
    for (ChartParts *parts : {&m_throughput, &m_bytes, &m_packets}) {
        parts->chart->removeAllSeries();
        parts->drawn.clear();
        parts->lines->setLines({});
    }
    m_lines.clear();
    m_drawn = drawn;
    while (m_models.size() < drawn.size())
        m_models.append(new SeriesTableModel(this));
    const bool single = drawn.size() == 1;
    for (int i = 0; i < drawn.size(); ++i) {
        addLine(m_throughput, i, SeriesTableModel::RateIn, false, single);
        addLine(m_throughput, i, SeriesTableModel::RateOut, true, single);
        addLine(m_bytes, i, SeriesTableModel::BytesIn, false, single);
        addLine(m_bytes, i, SeriesTableModel::BytesOut, true, single);
        addLine(m_packets, i, SeriesTableModel::PacketsIn, false, single);
        addLine(m_packets, i, SeriesTableModel::PacketsOut, true, single);
    }
    // A legend while each connection has a colour of its own. Beyond that the colours repeat,
    // and a hundred entries are a row of coloured squares without names that costs the chart
    // its layout (12 ms each): the tooltip names the line under the pointer instead.
    m_throughput.chart->legend()->setVisible(hasLegend());
    m_bytes.chart->legend()->setVisible(hasLegend()); // the packets chart below shares it
}

bool MonitoringCharts::hasLegend() const
{
    return m_drawn.size() <= qsizetype(std::size(kSeriesColors));
}

void MonitoringCharts::addLine(ChartParts &parts, int model, SeriesTableModel::Column column, bool out, bool single)
{
    // The line's look; its points are drawn by parts.lines.
    // Out is mirrored below the axis in the same colour: no dashes, which cost seconds to paint
    // on thousands of jagged points (1 px solid lines: tens of milliseconds).
    Line line{model, column,
              QPen(single ? kSeriesColors[out ? 1 : 0] : kSeriesColors[model % std::size(kSeriesColors)]), nullptr};
    line.pen.setWidthF(single ? 1.5 : 1.0);
    if (hasLegend()) {
        // Its legend entry. Not attached to the axes: a series without points has nothing to
        // map, and an attached one is told of every range change.
        line.series = new QLineSeries;
        line.series->setPen(line.pen);
        line.series->setName(single ? (out ? tr("Out") : tr("In")) : elided(name(m_drawn[model]), 32));
        parts.chart->addSeries(line.series);
        if (out && !single) {
            for (QLegendMarker *marker : parts.chart->legend()->markers(line.series))
                marker->setVisible(false);
        }
        m_lines.insert(line.series, line);
    }
    parts.drawn.append(line);
}

QList<StatusBand> MonitoringCharts::allBands(qint64 from, qint64 to, QString *error) const
{
    if (!m_history) {
        *error = tr("There is no monitoring history to read.");
        return {};
    }
    const QList<StatusTransition> transitions = m_history->transitionsOf(m_ids, utc(to), error);
    return error->isEmpty() ? monitoring::statusBands(transitions, from, to) : QList<StatusBand>();
}

void MonitoringCharts::updateTimeline(const QList<StatusBand> &bands, qint64 from, qint64 to)
{
    const perf::Scope scope("MonitoringCharts::updateTimeline", bands.size());
    m_timelineModel->setBands(bands, m_names);

    // A lane per connection and source with bands; a connection without any still gets one.
    const auto laneKey = [](const QString &id, StatusTransition::Source source) -> QString {
        return id + u'\n' + QString::number(int(source));
    };
    QSet<QString> present;
    for (const StatusBand &b : bands)
        present.insert(laneKey(b.connectionId, b.source));
    m_lanes.clear();
    QHash<QString, int> laneOf;
    for (const QString &id : std::as_const(m_drawn)) {
        bool any = false;
        for (const auto source : {StatusTransition::Source::Neutron, StatusTransition::Source::Tunnel}) {
            if (present.contains(laneKey(id, source))) {
                laneOf.insert(laneKey(id, source), int(m_lanes.size()));
                m_lanes.append({id, source});
                any = true;
            }
        }
        if (!any)
            m_lanes.append({id, StatusTransition::Source::Neutron});
    }
    const int lanes = int(m_lanes.size());

    // One shape per lane and state: its outline rises over that state's bands only.
    QList<PlotLines::Line> shapes;
    QHash<QString, qsizetype> shapeOf;
    QStringList states; // of the shapes, each once, in the order they first appear
    for (const StatusBand &b : bands) {
        const int lane = laneOf.value(laneKey(b.connectionId, b.source), -1);
        if (lane < 0)
            continue; // a connection not drawn
        const double base = lanes - 1 - lane + kLaneMargin;
        const double top = lanes - lane - kLaneMargin;
        const QString key = QString::number(lane) + u'\n' + b.state;
        auto shape = shapeOf.constFind(key);
        if (shape == shapeOf.cend()) {
            // The tunnel's UP is Neutron's ACTIVE.
            const QColor colour = statusColor(b.state == u"UP" ? u"ACTIVE"_s : b.state, palette());
            shape = shapeOf.insert(key, shapes.size());
            shapes.append({{QPointF(double(from), base)}, QPen(Qt::NoPen), QBrush(colour)});
            if (!states.contains(b.state))
                states.append(b.state);
        }
        shapes[*shape].points << QPointF(double(b.start), base) << QPointF(double(b.start), top)
                              << QPointF(double(b.end), top) << QPointF(double(b.end), base);
    }
    for (PlotLines::Line &shape : shapes)
        shape.points.append({double(to), shape.points.first().y()});

    // The legend names each state once, in the order they first appear: a series per state,
    // without points, in its colour.
    for (auto it = m_areas.begin(); it != m_areas.end();) {
        if (states.contains(it.key())) {
            ++it;
            continue;
        }
        m_timeline.chart->removeSeries(it.value());
        it.value()->deleteLater();
        it = m_areas.erase(it);
    }
    for (const QString &state : std::as_const(states)) {
        if (m_areas.contains(state))
            continue;
        auto *area = new QAreaSeries;
        area->setUpperSeries(new QLineSeries(area));
        area->setName(state);
        area->setColor(statusColor(state == u"UP" ? u"ACTIVE"_s : state, palette()));
        area->setPen(QPen(Qt::NoPen));
        m_timeline.chart->addSeries(area); // not attached to the axes, as the lines' legend series

        m_areas.insert(state, area);
    }

    m_timeline.lines->setDomain(double(from), double(to), 0, std::max(1, lanes));
    m_timeline.lines->setLines(std::move(shapes));
    // The lanes' labels on a later turn of the event loop: new labels cost the chart a layout
    // (25 of them 6 ms), which need not come with the first frame of a hundred connections.
    m_timeline.values->setRange(0, std::max(1, lanes));
    m_laneLabels->start();
}

void MonitoringCharts::updateLaneLabels()
{
    const int lanes = int(m_lanes.size());
    // A label per lane while they fit, else every n-th from the top: labels on top of each
    // other say nothing, and each costs the chart's layout (a hundred lanes: 10 ms). The
    // tooltip names every lane. Before the chart is laid out, its view's height stands in.
    const double plot = m_timeline.chart->plotArea().height();
    const double height = plot > 0 ? plot : m_timeline.view->height() - 100.0;
    // A label is a line of text and the margins of its text item: QtCharts cuts a label taller
    // than the lanes it stands for down to "…".
    const double labelHeight = QFontMetrics(m_timeline.values->labelsFont()).height() + 10.0;
    const int step = height > 0 ? std::max(1, int(std::ceil(lanes * labelHeight / height))) : 1;

    QList<Tick> laneTicks;
    QSet<QString> labels;
    for (int lane = lanes - 1; lane >= 0; --lane) {
        if (lane % step != 0)
            continue;
        const Lane &l = m_lanes[lane];
        QString label = elided(name(l.connectionId), 24) + u" · "_s + StatusTimelineModel::sourceText(l.source);
        if (labels.contains(label))
            label += u" ("_s + l.connectionId.left(8) + u')';
        labels.insert(label);
        laneTicks.append({lanes - 1 - lane + 0.5, label});
    }
    setTicks(m_timeline.values, 0, std::max(1, lanes), laneTicks);
}

void MonitoringCharts::updateAxes(ChartParts &parts)
{
    const perf::Scope scope("MonitoringCharts::updateAxes");
    setTicks(parts.time, double(m_from), double(m_to), timeTicks(m_from, m_to, m_range));
    if (&parts == &m_timeline)
        return; // its values are the lanes (updateLaneLabels())

    // In above the axis, out below; the totals from their first row in the range.
    const bool throughput = &parts == &m_throughput;
    const auto [in, out] = throughput ? std::pair{SeriesTableModel::RateIn, SeriesTableModel::RateOut}
        : &parts == &m_bytes          ? std::pair{SeriesTableModel::BytesIn, SeriesTableModel::BytesOut}
                                      : std::pair{SeriesTableModel::PacketsIn, SeriesTableModel::PacketsOut};
    double top = 0, bottom = 0;
    for (int i = 0; i < m_drawn.size(); ++i) {
        const ChartRows &r = m_models[i]->rows();
        if (r.isEmpty())
            continue;
        const double baseIn = throughput ? 0 : SeriesTableModel::value(r, 0, in);
        const double baseOut = throughput ? 0 : SeriesTableModel::value(r, 0, out);
        for (qsizetype k = 0; k < r.size(); ++k) {
            top = std::max(top, SeriesTableModel::value(r, k, in) - baseIn);
            bottom = std::max(bottom, SeriesTableModel::value(r, k, out) - baseOut);
        }
    }
    if (throughput)
        setValueTicks(parts.values, -bottom, top, [](double v) { return tr("%1/s").arg(axisBytes(v)); });
    else if (&parts == &m_bytes)
        setValueTicks(parts.values, -bottom, top, axisBytes);
    else
        setValueTicks(parts.values, -bottom, top, compactCount);
}

void MonitoringCharts::updateTitles()
{
    const auto hidden = m_ids.size() - m_drawn.size();
    bool anyRows = false;
    for (const SeriesTableModel *model : seriesModels())
        anyRows = anyRows || model->rowCount() > 0;
    const QString styles = tr("in above the axis, out below");
    const auto title = [&](const QString &base, bool empty, const QString &emptyText, bool lines = true) {
        QStringList parts{base};
        if (lines && !empty && !styles.isEmpty())
            parts << styles;
        if (lines && !empty && !hasLegend())
            parts << tr("point at a line to name it");
        if (!m_history)
            parts << tr("no monitoring history");
        else if (m_ids.isEmpty())
            parts << tr("select connections to chart them");
        else if (empty)
            parts << emptyText;
        if (hidden > 0)
            parts << tr("+%n more not drawn", nullptr, int(hidden));
        if (m_simulated)
            parts << tr("simulated");
        return parts.join(u" — "_s);
    };
    m_timeline.chart->setTitle(title(tr("Status"), m_timelineModel->rowCount() == 0, tr("no status recorded"), false));
    m_throughput.chart->setTitle(title(tr("Throughput"), !anyRows, tr("waiting for counter samples")));
    m_bytes.chart->setTitle(
        title(tr("Bytes since the start of the range"), !anyRows, tr("waiting for counter samples")));
    m_packets.chart->setTitle(
        title(tr("Packets since the start of the range"), !anyRows, tr("waiting for counter samples")));
}

QString MonitoringCharts::hoverText(QAbstractSeries *series, const QPointF &value) const
{
    if (const auto line = m_lines.constFind(series); line != m_lines.cend())
        return lineText(*line, value);
    if (std::find(m_areas.cbegin(), m_areas.cend(), series) != m_areas.cend())
        return bandText(value);
    return {};
}

QString MonitoringCharts::lineText(const Line &line, const QPointF &value) const
{
    const SeriesTableModel *model = m_models.value(line.model);
    const int row = model ? model->nearestRow(qint64(value.x())) : -1;
    if (row < 0)
        return {};
    const double v = model->value(row, line.column);
    QString shown = SeriesTableModel::text(line.column, v);
    if (line.column != SeriesTableModel::RateIn && line.column != SeriesTableModel::RateOut) {
        shown = tr("%1 in this range (counter: %2)")
                    .arg(SeriesTableModel::text(line.column, v - model->value(0, line.column)), shown);
    }
    return tr("%1 · %2\n%3\n%4")
        .arg(name(model->connectionId()), model->headerData(line.column, Qt::Horizontal).toString(),
             SeriesTableModel::text(SeriesTableModel::Time, model->value(row, SeriesTableModel::Time)), shown);
}

QString MonitoringCharts::bandText(const QPointF &value) const
{
    const int lanes = int(m_lanes.size());
    const int lane = lanes - 1 - int(std::floor(value.y()));
    if (lane < 0 || lane >= lanes)
        return {};
    const Lane &l = m_lanes[lane];
    const QString who = name(l.connectionId) + u" · "_s + StatusTimelineModel::sourceText(l.source);
    const int row = m_timelineModel->bandAt(l.connectionId, l.source, qint64(value.x()));
    if (row < 0)
        return tr("%1\nno state recorded").arg(who);
    const StatusBand &band = m_timelineModel->bands()[row];
    const QString end = band.open ? tr("now") : SeriesTableModel::text(SeriesTableModel::Time, double(band.end));
    return tr("%1: %2\n%3 – %4")
        .arg(who, band.state, SeriesTableModel::text(SeriesTableModel::Time, double(band.start)), end);
}

void MonitoringCharts::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

bool MonitoringCharts::exportPng(const QString &path, QString *error) const
{
    const QWidget *page = m_tabs->currentWidget();
    if (!page || page->size().isEmpty()) {
        *error = tr("The chart has no size yet; show it before exporting.");
        return false;
    }
    const QPixmap image = const_cast<QWidget *>(page)->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!image.save(&file, "PNG") || !file.commit()) {
        const QString reason = file.errorString().isEmpty() ? tr("the image could not be encoded") : file.errorString();
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool MonitoringCharts::exportCsv(const QString &path, QString *error) const
{
    if (!m_history) {
        *error = tr("There is no monitoring history to export.");
        return false;
    }
    if (m_ids.isEmpty()) {
        *error = tr("Select connections to export their data.");
        return false;
    }
    const qint64 to = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    const qint64 from = to - rangeMsecs(m_range);
    QByteArray csv;
    if (Tab(m_tabs->currentIndex()) == Tab::Status) {
        QString readError;
        const QList<StatusBand> bands = allBands(from, to, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        csv = "connection_id,connection,source,state,start_utc,end_utc,ongoing\r\n";
        for (const StatusBand &b : bands) {
            const QString source = b.source == StatusTransition::Source::Tunnel ? u"tunnel"_s : u"neutron"_s;
            csv += (QStringList{csvField(b.connectionId), csvField(name(b.connectionId)), source, csvField(b.state),
                                isoUtc(b.start), isoUtc(b.end), b.open ? u"yes"_s : u"no"_s}
                        .join(u',')
                    + u"\r\n"_s)
                       .toUtf8();
        }
    } else {
        csv = "connection_id,connection,time_utc,rate_in_bytes_per_s,rate_out_bytes_per_s,bytes_in,bytes_out,"
              "packets_in,packets_out\r\n";
        for (const QString &id : m_ids) {
            // Full resolution, read now (the feed keeps its samples on its own thread).
            QString readError;
            const SampleSeries series = m_history->loadSeries(id, utc(from - kLeadIn), utc(to), &readError);
            if (!readError.isEmpty()) {
                *error = readError;
                return false;
            }
            const ChartRows rows = monitoring::chartRows(series, from, to, 0);
            const QString prefix = csvField(id) + u',' + csvField(name(id)) + u',';
            for (qsizetype i = 0; i < rows.size(); ++i) {
                csv += (prefix
                        + QStringList{isoUtc(rows.msecs[i]), QString::number(rows.rateIn[i], 'f', 3),
                                      QString::number(rows.rateOut[i], 'f', 3), QString::number(rows.bytesIn[i]),
                                      QString::number(rows.bytesOut[i]), QString::number(rows.packetsIn[i]),
                                      QString::number(rows.packetsOut[i])}
                              .join(u',')
                        + u"\r\n"_s)
                           .toUtf8();
            }
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MonitoringCharts::exportPngInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart as PNG"), QDir::home().filePath(u"vpnaas-monitoring.png"_s), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

void MonitoringCharts::exportCsvInteractively()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Chart Data as CSV"),
                                       QDir::home().filePath(u"vpnaas-monitoring.csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
}

} // namespace vpnaas::ui
