// SPDX-License-Identifier: Apache-2.0
#include "chartfeed.h"

#include "historystore.h"

#include "perf/stallwatch.h"

#include <QDateTime>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {

// Samples this long before the range are read too: the first rate in the range needs one.
constexpr qint64 kLeadIn = qint64(5) * 60'000;

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

void appendRows(ChartRows &to, const ChartRows &rows, qsizetype first = 0)
{
    to.msecs.append(rows.msecs.mid(first));
    to.rateIn.append(rows.rateIn.mid(first));
    to.rateOut.append(rows.rateOut.mid(first));
    to.bytesIn.append(rows.bytesIn.mid(first));
    to.bytesOut.append(rows.bytesOut.mid(first));
    to.packetsIn.append(rows.packetsIn.mid(first));
    to.packetsOut.append(rows.packetsOut.mid(first));
}

/*! The rows of \a cached in [from, to] in \a buckets buckets, reusing its aligned rows (see CachedSeries). */
ChartRows rowsOf(ChartFeed::CachedSeries &cached, qint64 from, qint64 to, int buckets)
{
    const SampleSeries &series = cached.series;
    if (buckets <= 0 || to - from < 4 * qint64(buckets))
        return chartRows(series, from, to, buckets, cached.maxGapMs);
    const qint64 width = (to - from) / buckets;
    // [first, last): whole buckets. The parts before and after are never a single instant
    // (chartRows() reads from == to as "the whole series").
    const qint64 first = floorTo(from + 1, width) + width;
    const qint64 last = floorTo(to - 1, width);
    if (last - first < 2 * width)
        return chartRows(series, from, to, buckets, cached.maxGapMs);
    if (cached.bucketMs != width || first < cached.alignedFrom || cached.alignedTo < first || cached.alignedTo > last) {
        cached.bucketMs = width;
        cached.alignedFrom = cached.alignedTo = first;
        cached.aligned = {};
    }
    if (cached.alignedTo < last) {
        appendRows(
            cached.aligned,
            chartRows(series, cached.alignedTo, last - 1, int((last - cached.alignedTo) / width), cached.maxGapMs));
        cached.alignedTo = last;
    }
    if (cached.alignedFrom < first) {
        const qsizetype drop = std::lower_bound(cached.aligned.msecs.cbegin(), cached.aligned.msecs.cend(), first)
            - cached.aligned.msecs.cbegin();
        ChartRows kept;
        appendRows(kept, cached.aligned, drop);
        cached.aligned = std::move(kept);
        cached.alignedFrom = first;
    }
    ChartRows rows = chartRows(series, from, first - 1, 1, cached.maxGapMs);
    appendRows(rows, cached.aligned);
    appendRows(rows, chartRows(series, last, to, 1, cached.maxGapMs));
    return rows;
}

} // namespace

/*!
 * The feed's thread and what only it touches: its own connection to the history and the
 * cache. The request slot is shared with the owner's thread under the mutex.
 */
struct ChartFeed::Reader {
    QThread thread;
    QObject worker;
    std::unique_ptr<HistoryStore> store; // opened, used and destroyed on `thread` only
    Cache cache; // on `thread` only
    std::atomic_bool stop = false;

    QMutex mutex;
    std::optional<ChartRequest> pending; // the newest request not yet taken
    quint64 pendingSerial = 0;
    bool scheduled = false; // a run is posted to the worker or going
};

ChartFeed::ChartFeed(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ChartFrame>();
}

ChartFeed::~ChartFeed()
{
    setHistory(nullptr);
}

void ChartFeed::setHistory(HistoryStore *history)
{
    if (m_reader) {
        m_reader->stop = true;
        QMetaObject::invokeMethod(
            &m_reader->worker,
            [r = m_reader.get(), owner = QThread::currentThread()] {
                r->store.reset();
                r->worker.moveToThread(owner);
            },
            Qt::BlockingQueuedConnection);
        m_reader->thread.quit();
        m_reader->thread.wait();
        m_reader.reset();
    }
    m_history = history;
    m_cache = {};
    m_answered = m_requested; // what was asked of the old history is never answered
    if (!history || !history->isOpen() || history->path() == u":memory:")
        return;
    auto reader = std::make_unique<Reader>();
    reader->thread.setObjectName(u"chart feed"_s);
    reader->worker.moveToThread(&reader->thread);
    reader->thread.start();
    QString error;
    reader->store = HistoryStore::openOnThreadOf(&reader->worker, history->path(), &error);
    if (!reader->store) {
        // Read on this thread then: slower, still right.
        reader->thread.quit();
        reader->thread.wait();
        return;
    }
    m_reader = std::move(reader);
}

void ChartFeed::request(const ChartRequest &request)
{
    const quint64 serial = ++m_requested;
    if (!m_reader) {
        if (!m_history) {
            ChartFrame frame;
            frame.request = request;
            frame.rows.resize(request.ids.size());
            frame.errors.append(tr("There is no monitoring history to read."));
            deliver(frame, serial);
            return;
        }
        deliver(compute(*m_history, m_cache, request), serial);
        return;
    }
    Reader *r = m_reader.get();
    const QMutexLocker lock(&r->mutex);
    r->pending = request;
    r->pendingSerial = serial;
    if (r->scheduled)
        return; // the running answer takes this one next
    r->scheduled = true;
    QMetaObject::invokeMethod(
        &r->worker,
        [this, r] {
            // On the feed's thread: answer the newest request until none is left.
            while (!r->stop) {
                ChartRequest next;
                quint64 nextSerial = 0;
                {
                    const QMutexLocker taken(&r->mutex);
                    if (!r->pending) {
                        r->scheduled = false;
                        return;
                    }
                    next = std::move(*r->pending);
                    nextSerial = r->pendingSerial;
                    r->pending.reset();
                }
                r->store->setScope(next.scope);
                ChartFrame frame = compute(*r->store, r->cache, next, &r->stop);
                if (r->stop)
                    break;
                // Queued to the feed: dropped with it (it waits for this thread when it goes).
                QMetaObject::invokeMethod(
                    this, [this, frame = std::move(frame), nextSerial] { deliver(frame, nextSerial); },
                    Qt::QueuedConnection);
            }
            const QMutexLocker taken(&r->mutex);
            r->scheduled = false;
        },
        Qt::QueuedConnection);
}

void ChartFeed::deliver(const ChartFrame &frame, quint64 serial)
{
    if (serial <= m_answered)
        return; // of a history set before
    m_answered = serial;
    Q_EMIT frameReady(frame);
}

ChartFrame ChartFeed::compute(HistoryStore &history, Cache &cache, const ChartRequest &request,
                              const std::atomic_bool *stop)
{
    const perf::Scope scope("ChartFeed::compute", request.ids.size());
    ChartFrame frame;
    frame.request = request;
    frame.rows.resize(request.ids.size());
    if (request.to < request.from || request.ids.isEmpty())
        return frame;
    if (cache.scope != request.scope) {
        cache.series.clear();
        cache.scope = request.scope;
    }
    for (auto it = cache.series.begin(); it != cache.series.end();)
        it = request.ids.contains(it.key()) ? std::next(it) : cache.series.erase(it);
    const qint64 loadFrom = request.from - kLeadIn;

    // The newest samples of the cached connections in one read (a scroll: seconds of each).
    QHash<qint64, QStringList> newerSince; // cached up to → ids
    QStringList whole; // new, a wider range, or time went back
    for (const QString &id : request.ids) {
        const auto it = cache.series.constFind(id);
        if (it == cache.series.cend() || loadFrom < it->from || request.to < it->to)
            whole.append(id);
        else if (request.to > it->to)
            newerSince[it->to].append(id);
    }
    for (auto group = newerSince.cbegin(); group != newerSince.cend(); ++group) {
        QString error;
        const QHash<QString, SampleSeries> newer
            = history.loadSeries(group.value(), utc(group.key() + 1), utc(request.to), &error);
        if (!error.isEmpty()) {
            frame.errors.append(error); // what was read before is still right
            continue;
        }
        for (const QString &id : group.value()) {
            CachedSeries &cached = cache.series[id];
            cached.series.appendNewer(newer.value(id));
            cached.to = request.to;
        }
    }
    for (const QString &id : std::as_const(whole)) {
        if (stop && *stop)
            return frame;
        QString error;
        SampleSeries series = history.loadSeries(id, utc(loadFrom), utc(request.to), &error);
        if (!error.isEmpty()) {
            frame.errors.append(error);
            cache.series.remove(id);
            continue;
        }
        const qint64 maxGap = 3 * series.typicalInterval();
        CachedSeries cached;
        cached.series = std::move(series);
        cached.from = loadFrom;
        cached.to = request.to;
        cached.maxGapMs = maxGap;
        cache.series[id] = std::move(cached);
    }
    for (qsizetype i = 0; i < request.ids.size(); ++i) {
        const auto it = cache.series.find(request.ids[i]);
        if (it == cache.series.end())
            continue;
        if (loadFrom > it->from) {
            it->series.removeBefore(loadFrom);
            it->from = loadFrom;
        }
        if (it->maxGapMs <= 0 && it->series.size() > 2)
            it->maxGapMs = 3 * it->series.typicalInterval(); // read empty, filled since
        frame.rows[i] = rowsOf(*it, request.from, request.to, request.buckets);
    }
    QString error;
    const QList<StatusTransition> transitions = history.transitionsOf(request.ids, utc(request.to), &error);
    if (!error.isEmpty())
        frame.errors.append(error);
    frame.bands = statusBands(transitions, request.from, request.to);
    frame.errors.removeDuplicates();
    return frame;
}

} // namespace vpnaas::monitoring
