// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartmodels.h"
#include "timeseries.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace vpnaas::monitoring {

class HistoryStore;

/*! What the charts need drawn: these connections over [from, to] (ms since the epoch). */
struct ChartRequest {
    QStringList ids; // the drawn connections, in their order
    qint64 from = 0;
    qint64 to = 0;
    int buckets = 0; // downsampling buckets per connection (<= 0: every row), see chartRows()
    QString scope; // the history's scope (HistoryStore::setScope()) the rows are read in
    bool operator==(const ChartRequest &other) const = default;
};

/*! The answer to a ChartRequest: ready to put into the chart models as they are. */
struct ChartFrame {
    ChartRequest request;
    QList<ChartRows> rows; // one per request.ids, same order
    QList<StatusBand> bands; // statusBands() of request.ids' transitions up to request.to
    QStringList errors; // what could not be read (the rows of those connections are empty)
};

/*!
 * The headless feed of the monitoring charts: reads the counter samples and status
 * transitions of the drawn connections from the history, keeps each connection's samples of
 * the range in memory (on a scroll only the newer ones are read), downsamples them and makes
 * the status bands, and hands the chart a ChartFrame. The chart widget only draws.
 *
 * With a history in a file, all of it runs on a thread of the feed's own with a database
 * connection of its own (a first read of 100 tunnels' day is seconds of SQLite). Requests made
 * while one is being answered are coalesced: the newest is answered next, the ones in between
 * never (a scroll every poll must not queue up behind a slow first read). frameReady() comes
 * from the event loop. An in-memory history (":memory:", a second connection would be another
 * database) or one that is not open is read on the caller's thread instead, and frameReady()
 * is emitted before request() returns: tests and tiny histories see it at once.
 */
class ChartFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChartFeed(QObject *parent = nullptr);
    ~ChartFeed() override;

    /*! The history to read (not owned; must outlive the feed or be unset). Drops the cache. */
    void setHistory(HistoryStore *history);
    /*! Whether requests are answered on the feed's thread (see the class description). */
    bool readsInBackground() const { return m_reader != nullptr; }
    void request(const ChartRequest &request);
    /*! A request is not answered yet. */
    bool isBusy() const { return m_answered < m_requested; }

    /*!
     * A connection's samples of [from, to] and, once downsampled, the rows of the whole buckets
     * of bucketMs among them (aligned to multiples of bucketMs since the epoch), so that a
     * scroll downsamples only its new samples and the two part-filled buckets at the ends.
     */
    struct CachedSeries {
        SampleSeries series;
        qint64 from = 0;
        qint64 to = 0;
        qint64 maxGapMs = 0; // see chartRows(); of the series as first read
        qint64 bucketMs = 0;
        qint64 alignedFrom = 0;
        qint64 alignedTo = 0; // rows of samples in [alignedFrom, alignedTo)
        ChartRows aligned;
    };
    struct Cache {
        QString scope;
        QHash<QString, CachedSeries> series;
    };
    /*!
     * The frame of \a request from \a history, keeping \a cache (id → samples) up to date. The
     * rows are chartRows() of each connection's samples in its buckets, aligned to the epoch
     * rather than to the range's start (see CachedSeries).
     */
    /*! \a stop (may be null) is looked at between connections: set, the frame is left unfinished. */
    static ChartFrame compute(HistoryStore &history, Cache &cache, const ChartRequest &request,
                              const std::atomic_bool *stop = nullptr);

Q_SIGNALS:
    void frameReady(const vpnaas::monitoring::ChartFrame &frame);

private:
    void deliver(const ChartFrame &frame, quint64 serial);

    struct Reader;
    std::unique_ptr<Reader> m_reader;
    HistoryStore *m_history = nullptr;
    Cache m_cache; // without a reader
    quint64 m_requested = 0;
    quint64 m_answered = 0;
};

} // namespace vpnaas::monitoring
