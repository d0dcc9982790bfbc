// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoring/chartmodels.h"
#include "monitoring/timeseries.h"

#include <QDateTime>
#include <QHash>
#include <QPen>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractButton;
class QAbstractSeries;
class QLineSeries;
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;
QT_END_NAMESPACE

namespace vpnaas::monitoring {
class ChartFeed;
struct ChartFrame;
class HistoryStore;
} // namespace vpnaas::monitoring

namespace vpnaas::ui {

class PlotLines;

/*!
 * The monitoring charts of the selected connections over a time range (15 min, 1 h, 24 h, 7 d):
 * the status timeline (bands of Neutron's and the tunnel's state, in the status colours), the
 * throughput (bytes/s) and the bytes and packets since the start of the range, in above the
 * axis and out mirrored below it. One colour per connection up to maxSeries() (the titles say
 * how many more are not drawn); the line charts have a legend while no two connections share
 * a colour, else the tooltip names the line under the pointer. A monitoring::ChartFeed reads the history (on a thread
 * of its own for a history file), keeps each drawn connection's samples (only the new ones are read on each refresh())
 * and downsamples them to two rows a pixel (one every two pixels with many connections); the widget puts its frames
 * into table models (SeriesTableModel, StatusTimelineModel) and draws the lines from them with PlotLines, the hidden
 * tabs' only once shown. redrawn() says a frame was drawn.
 *
 * refresh() scrolls to "now" (the monitoring view calls it after each poll); paused, it does
 * nothing, and range or selection changes redraw at the paused moment. Export PNG writes the
 * current tab; Export CSV the current tab's data at full resolution for every selected
 * connection (also those not drawn): the bands for the timeline, else time, rates and totals.
 * Errors (reading the history, writing a file) are shown in the widget or a message box and
 * leave everything as it was. The history is not owned and must outlive the widget (or be unset).
 *
 * The range the user picks in the selector and the tab they click are remembered in QSettings
 * (`monitoring/chartRange`: 15m, 1h, 24h, 7d; `monitoring/chartTab`: status, throughput,
 * totals) and are where the next widget starts; setRange() and tab changes made in code are not
 * saved.
 */
class MonitoringCharts : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Minutes15, Hour1, Hours24, Days7 };
    Q_ENUM(Range)
    enum class Tab { Status, Throughput, Totals };

    explicit MonitoringCharts(QWidget *parent = nullptr);
    ~MonitoringCharts() override;

    void setHistory(monitoring::HistoryStore *history);
    /*! The connections to chart, in this order; \a names: id → name (the id without one). */
    void setConnections(const QStringList &ids, const QHash<QString, QString> &names);
    /*! Live scroll: the range now ends at \a now. A no-op while paused. */
    void refresh(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void setSimulated(bool simulated);
    bool isSimulated() const { return m_simulated; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeMsecs(Range range);
    /*! At most \a count connections get lines and lanes (default 100, at least 1). */
    void setMaxSeries(int count);
    int maxSeries() const { return m_maxSeries; }

    /*! The current tab as a PNG image at \a path; false with \a error. */
    bool exportPng(const QString &path, QString *error) const;
    /*! The current tab's data as CSV (RFC 4180, UTC ISO times) at \a path; false with \a error. */
    bool exportCsv(const QString &path, QString *error) const;

    /*! The tooltip for \a value (chart coordinates) over \a series: time and formatted value, or the band. */
    QString hoverText(QAbstractSeries *series, const QPointF &value) const;

    // For tests and the monitoring view.
    QDateTime windowEnd() const { return m_now; }
    QStringList drawnConnections() const { return m_drawn; }
    QList<monitoring::SeriesTableModel *> seriesModels() const;
    monitoring::StatusTimelineModel *timelineModel() const { return m_timelineModel; }
    QChartView *timelineView() const { return m_timeline.view; }
    /*! The timeline's bands: a shape per lane and state. */
    const PlotLines *timelineBands() const { return m_timeline.lines; }
    QChartView *throughputView() const { return m_throughput.view; }
    QChartView *bytesView() const { return m_bytes.view; }
    QChartView *packetsView() const { return m_packets.view; }
    QTabWidget *tabs() const { return m_tabs; }
    /*! The points drawn for \a series (a line's legend entry), in values; empty for others. */
    QList<QPointF> drawnPoints(QAbstractSeries *series) const;
    QComboBox *rangeBox() const { return m_rangeBox; }
    QAbstractButton *pauseButton() const { return m_pauseButton; }
    /*! The last error shown in the widget (reading the history); empty when there is none. */
    QString errorText() const;
    /*! What the charts show is being read (see monitoring::ChartFeed). */
    bool isReading() const;
    /*! Lines of a shown chart are being drawn on the background pool (see PlotLines). */
    bool isDrawing() const;
    monitoring::ChartFeed *feed() const { return m_feed; }

Q_SIGNALS:
    void pausedChanged(bool paused);
    /*! The charts show what was last asked of them (a read finished and was drawn). */
    void redrawn();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line {
        int model = -1;
        monitoring::SeriesTableModel::Column column = monitoring::SeriesTableModel::Time;
        QPen pen;
        QLineSeries *series = nullptr; // its legend entry (name and pen, no points), if any
    };
    struct ChartParts {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QCategoryAxis *time = nullptr;
        QCategoryAxis *values = nullptr;
        PlotLines *lines = nullptr; // the lines; the timeline's: its bands
        QList<Line> drawn; // per line of `lines`: what it draws
        bool stale = false; // a frame came while the chart was hidden
    };
    struct Lane {
        QString connectionId;
        monitoring::StatusTransition::Source source;
    };

    ChartParts makeChart(const QString &objectName);
    /*! \a parts' background, text, axes and grid in the widget's palette. */
    void applyPalette(ChartParts &parts) const;
    /*! Gives \a parts' lines the points of their models' rows. */
    void syncLines(ChartParts &parts);
    void alignTotalsPlotAreas();
    void redraw();
    void applyFrame(const monitoring::ChartFrame &frame);
    void rebuildLines(const QStringList &drawn);
    void addLine(ChartParts &parts, int model, monitoring::SeriesTableModel::Column column, bool out, bool single);
    void updateTimeline(const QList<monitoring::StatusBand> &bands, qint64 from, qint64 to);
    void updateLaneLabels();
    /*! \a parts' axes for the range of the last frame and its models' rows. */
    void updateAxes(ChartParts &parts);
    /*! \a parts' axes, and lines, follow the last frame. */
    void syncChart(ChartParts &parts);
    void updateTitles();
    /*! The line charts have a legend: few enough connections for a colour each. */
    bool hasLegend() const;
    QString lineText(const Line &line, const QPointF &value) const;
    QString bandText(const QPointF &value) const;
    /*! \a text as the tooltip at the pointer; hidden when empty. */
    void showTip(const QString &text);
    int pointBudget() const;
    bool isShown(const ChartParts &parts) const;
    /*! The shown charts' lines follow their models; hidden ones when shown. */
    void activateShownCharts();
    QString name(const QString &id) const;
    QList<monitoring::StatusBand> allBands(qint64 from, qint64 to, QString *error) const;
    void exportPngInteractively();
    void exportCsvInteractively();

    monitoring::HistoryStore *m_history = nullptr;
    QStringList m_ids;
    QHash<QString, QString> m_names;
    QStringList m_drawn;
    QDateTime m_now;
    qint64 m_from = 0; // the range of the last frame (ms since the epoch)
    qint64 m_to = 0;
    Range m_range = Range::Hour1;
    bool m_paused = false;
    bool m_simulated = false;
    int m_maxSeries = 100; // the benchmark's hundred redraw within a frame's event-loop time

    monitoring::ChartFeed *m_feed;
    QList<monitoring::SeriesTableModel *> m_models; // a pool; the first m_drawn.size() are in use
    monitoring::StatusTimelineModel *m_timelineModel;
    QHash<QAbstractSeries *, Line> m_lines; // by legend entry
    QList<Lane> m_lanes;
    QHash<QString, QAreaSeries *> m_areas; // the timeline's legend: a series without points per state

    QComboBox *m_rangeBox;
    QAbstractButton *m_pauseButton;
    QLabel *m_error;
    QTabWidget *m_tabs;
    ChartParts m_timeline;
    ChartParts m_throughput;
    ChartParts m_bytes;
    ChartParts m_packets;
    QTimer *m_laneLabels; // updateLaneLabels() once the frame is shown
};

} // namespace vpnaas::ui
