// SPDX-License-Identifier: Apache-2.0
#include "stallwatch.h"

#include "perflogging.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace vpnaas::perf {

namespace {

/*! Shorter deliveries and scopes are not recorded: a stall made of them is named "many short events". */
constexpr double kShortestActivityMs = 1.0;
/*! A stall lists at most this many entries (the longest), the rest as a count. */
constexpr qsizetype kMostListed = 8;

/*! What this thread's watches need: the active watches, the nesting depth, what ran since the last beat. */
struct Recorder {
    QList<StallWatch *> watches;
    int depth = 0;
    QList<StallWatch::Activity> activities;
};

thread_local Recorder t_recorder;

void record(QString what, double from, double to, int depth)
{
    if (to - from >= kShortestActivityMs)
        t_recorder.activities.append({std::move(what), from, to, depth});
}

QString eventName(int type)
{
    const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? QString::fromLatin1(key) : u"event %1"_s.arg(type);
}

QString formatMs(double ms)
{
    return u"%1 ms"_s.arg(ms, 0, 'f', ms < 10 ? 1 : 0);
}

} // namespace

double nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
}

namespace {
/*! Waits for the first paint of the object it filters, logs it and goes. */
class FirstPaintLogger : public QObject
{
public:
    FirstPaintLogger(QObject *widget, QString what, double startMs)
        : QObject(widget)
        , m_what(std::move(what))
        , m_start(startMs)
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            qCInfo(lcPerf).noquote() << u"%1 was first painted %2 after start"_s.arg(m_what,
                                                                                     formatMs(nowMs() - m_start));
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    QString m_what;
    double m_start;
};
} // namespace

namespace {
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QObject *widget, std::function<void()> then, int latestMs)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
        QTimer::singleShot(latestMs, this, &AfterFirstPaint::run);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) // after the paint, not inside it
            QMetaObject::invokeMethod(this, &AfterFirstPaint::run, Qt::QueuedConnection);
        return false;
    }

private:
    void run()
    {
        if (!m_then)
            return;
        parent()->removeEventFilter(this);
        std::exchange(m_then, {})();
        deleteLater();
    }

    std::function<void()> m_then;
};
} // namespace

void afterFirstPaint(QObject *widget, std::function<void()> then, int latestMs)
{
    if (widget)
        new AfterFirstPaint(widget, std::move(then), latestMs);
}

void logFirstPaint(QObject *widget, const QString &what, double startMs)
{
    if (widget && lcPerf().isInfoEnabled())
        new FirstPaintLogger(widget, what, startMs);
}

Scope::Scope(const char *what, qsizetype count)
    : m_what(what)
    , m_count(count)
{
    if (t_recorder.watches.isEmpty())
        return;
    m_start = nowMs();
    ++t_recorder.depth;
}

Scope::~Scope()
{
    if (m_start < 0)
        return;
    --t_recorder.depth;
    const double end = nowMs();
    if (t_recorder.watches.isEmpty() || end - m_start < kShortestActivityMs)
        return;
    QString what = QString::fromUtf8(m_what);
    if (m_count >= 0)
        what += u" (%1)"_s.arg(m_count);
    record(std::move(what), m_start, end, t_recorder.depth);
}

QString StallWatch::Stall::describe() const
{
    QString text = formatMs(length());
    if (running.isEmpty())
        return text + u": nothing named ran (work outside an event, or many events under 1 ms each)"_s;
    QStringList parts;
    for (const Activity &activity : running)
        parts.append(activity.to > activity.from ? activity.what + u' ' + formatMs(activity.to - activity.from)
                                                 : activity.what);
    return text + u": "_s + parts.join(u"; "_s);
}

StallWatch::StallWatch(QObject *parent)
    : QObject(parent)
{
    m_beat.setTimerType(Qt::PreciseTimer);
    m_beat.setInterval(5);
    connect(&m_beat, &QTimer::timeout, this, &StallWatch::beat);
}

StallWatch::~StallWatch()
{
    stop();
}

void StallWatch::setResolution(int ms)
{
    m_beat.setInterval(qMax(1, ms));
}

void StallWatch::start()
{
    if (!t_recorder.watches.contains(this))
        t_recorder.watches.append(this);
    m_last = nowMs();
    m_beat.start();
}

void StallWatch::stop()
{
    if (!m_beat.isActive())
        return;
    beat(); // the gap up to now counts
    m_beat.stop();
    t_recorder.watches.removeAll(this);
    if (t_recorder.watches.isEmpty())
        t_recorder.activities.clear();
}

void StallWatch::reset()
{
    m_last = nowMs();
    m_longest = {};
    m_stalls.clear();
}

bool StallWatch::watching()
{
    return !t_recorder.watches.isEmpty();
}

StallWatch::Delivery StallWatch::enter(QObject *receiver, QEvent *event)
{
    // Read now: the event may delete its receiver (DeferredDelete).
    Delivery delivery{receiver->metaObject()->className(), receiver->objectName(), int(event->type()), nowMs()};
    ++t_recorder.depth;
    return delivery;
}

void StallWatch::leave(const Delivery &delivery)
{
    --t_recorder.depth;
    const double end = nowMs();
    if (end - delivery.start < kShortestActivityMs)
        return;
    QString what = eventName(delivery.type) + u" to "_s + QString::fromLatin1(delivery.className);
    if (!delivery.objectName.isEmpty())
        what += u" \""_s + delivery.objectName + u'"';
    record(std::move(what), delivery.start, end, t_recorder.depth);
}

void StallWatch::beat()
{
    const double now = nowMs();
    const double gap = now - m_last;
    if (gap > m_longest.length() || gap > m_threshold) {
        // What overlapped the gap, clipped to it; repeats of one thing at one depth summed.
        Stall stall{m_last, now, {}};
        QList<Activity> merged;
        QList<int> repeats;
        for (const Activity &activity : std::as_const(t_recorder.activities)) {
            const double from = qMax(activity.from, stall.from);
            const double to = qMin(activity.to, stall.to);
            if (to - from < kShortestActivityMs)
                continue;
            const auto same = std::find_if(merged.begin(), merged.end(), [&](const Activity &a) {
                return a.what == activity.what && a.depth == activity.depth;
            });
            if (same == merged.end()) {
                merged.append({activity.what, from, to, activity.depth});
                repeats.append(1);
            } else {
                same->to += to - from;
                ++repeats[same - merged.begin()];
            }
        }
        for (qsizetype i = 0; i < merged.size(); ++i) {
            if (repeats.at(i) > 1)
                merged[i].what += u" \u00d7%1"_s.arg(repeats.at(i));
        }
        // The longest first within a depth, the outermost depth first.
        std::stable_sort(merged.begin(), merged.end(), [](const Activity &a, const Activity &b) {
            return a.depth != b.depth ? a.depth < b.depth : (a.to - a.from) > (b.to - b.from);
        });
        if (merged.size() > kMostListed) {
            const qsizetype more = merged.size() - kMostListed;
            merged.resize(kMostListed);
            merged.append({u"and %1 more"_s.arg(more), 0, 0, 0});
        }
        stall.running = merged;
        if (gap > m_longest.length())
            m_longest = stall;
        if (gap > m_threshold) {
            m_stalls.append(stall);
            if (m_logging)
                qCInfo(lcPerf).noquote() << u"event loop stalled for %1"_s.arg(stall.describe());
            Q_EMIT stalled(stall);
        }
    }
    // What ended before the oldest watch's last beat can no longer overlap a gap.
    m_last = nowMs();
    double oldest = m_last;
    for (const StallWatch *watch : std::as_const(t_recorder.watches))
        oldest = qMin(oldest, watch->m_last);
    t_recorder.activities.removeIf([oldest](const Activity &a) { return a.to < oldest; });
}

} // namespace vpnaas::perf
