// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QEvent;

namespace vpnaas::perf {

/*! Milliseconds on the monotonic clock that watches, scopes and event records share. */
double nowMs();

/*!
 * Names a stretch of work on this thread ("decode connections", 10,000 items): when the event
 * loop stalls while it runs, the stall watch lists it with its share of the stall. Two clock
 * reads while a watch is active on this thread; nothing else otherwise. \a what must outlive
 * the scope (a string literal).
 */
class Scope
{
public:
    explicit Scope(const char *what, qsizetype count = -1);
    ~Scope();
    Q_DISABLE_COPY_MOVE(Scope)

private:
    const char *m_what;
    qsizetype m_count;
    double m_start = -1;
};

/*!
 * Watches the event loop of the thread it lives in: a precise timer beats every resolution()
 * ms, and a gap between two beats longer than threshold() is a stall, the time a key press or
 * a repaint would have waited. Whatever ran meanwhile is named: the events delivered through
 * WatchedApplication (receiver class, object name, event type) and the Scope blocks, each with
 * the part of the stall it took. A nested event loop (a modal dialog) keeps the beat going, so
 * it is not a stall.
 *
 * The console starts one when the "vpnaas.perf" category logs info; the benches use one to
 * report their longest stall (tests/bench/benchsupport.h).
 */
class StallWatch : public QObject
{
    Q_OBJECT

public:
    struct Activity {
        QString what;
        double from = 0;
        double to = 0;
        int depth = 0;
    };
    struct Stall {
        double from = 0;
        double to = 0;
        /*! What ran during the stall, outermost first; each clipped to the stall. */
        QList<Activity> running;
        double length() const { return to - from; }
        /*! "674 ms: QMetaCall to vpnaas::X 660 ms; decode connections (10000) 520 ms" */
        QString describe() const;
    };

    explicit StallWatch(QObject *parent = nullptr);
    ~StallWatch() override;

    /*! Gaps longer than this (ms) are stalls; 50 by default. */
    void setThreshold(double ms) { m_threshold = ms; }
    double threshold() const { return m_threshold; }
    /*! The beat's interval (ms); 5 by default, the benches use 1. */
    void setResolution(int ms);
    int resolution() const { return m_beat.interval(); }
    /*! Each stall is logged to vpnaas.perf at info level (true by default). */
    void setLogging(bool on) { m_logging = on; }

    /*! Gaps count from now; what was measured before stays until reset(). */
    void start();
    /*! Measures the gap up to now, then stops beating. */
    void stop();
    bool isActive() const { return m_beat.isActive(); }
    /*! Forgets what was measured; gaps count from now. */
    void reset();

    /*! The longest gap since start() or reset(), a stall or not. */
    Stall longest() const { return m_longest; }
    /*! Every stall since start() or reset(), in order. */
    QList<Stall> stalls() const { return m_stalls; }

    /*!
     * Delivers \a event to \a receiver through \a deliver, timed for the watches of this
     * thread. For QCoreApplication::notify() overrides (WatchedApplication).
     */
    template<typename Deliver>
    static bool timedNotify(QObject *receiver, QEvent *event, Deliver &&deliver)
    {
        if (!watching())
            return deliver();
        const Delivery delivery = enter(receiver, event);
        const bool result = deliver();
        leave(delivery);
        return result;
    }

Q_SIGNALS:
    void stalled(const vpnaas::perf::StallWatch::Stall &stall);

private:
    struct Delivery {
        const char *className;
        QString objectName;
        int type;
        double start;
    };
    static bool watching();
    static Delivery enter(QObject *receiver, QEvent *event);
    static void leave(const Delivery &delivery);
    void beat();

    QTimer m_beat;
    double m_threshold = 50;
    bool m_logging = true;
    double m_last = 0;
    Stall m_longest;
    QList<Stall> m_stalls;
};

/*!
 * Logs to vpnaas.perf (info), once, when \a widget gets its first paint event: "\a what was
 * first painted N ms after start", N counted from \a startMs on nowMs()'s clock.
 */
void logFirstPaint(QObject *widget, const QString &what, double startMs);

/*!
 * Runs \a then once, from the event loop, right after \a widget's first paint, or after
 * \a latestMs if it has not been painted by then (a window started minimized): what the first
 * paint need not wait for (connecting to a cloud) starts after the user sees the window.
 * Nothing runs once \a widget is gone.
 */
void afterFirstPaint(QObject *widget, std::function<void()> then, int latestMs = 1000);

/*!
 * \a Base (QApplication, QCoreApplication) whose notify() reports each event's delivery to the
 * stall watches of its thread. Headless: the base is a template parameter.
 */
template<typename Base>
class WatchedApplication : public Base
{
public:
    using Base::Base;

    bool notify(QObject *receiver, QEvent *event) override
    {
        return StallWatch::timedNotify(receiver, event, [&] { return Base::notify(receiver, event); });
    }
};

} // namespace vpnaas::perf
