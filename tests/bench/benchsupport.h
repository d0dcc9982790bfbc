// SPDX-License-Identifier: Apache-2.0
// What every bench shares: the application whose events the stall watch times, the offscreen
// default, and the report of the longest event-loop stall against the 16 ms target (a frame at
// 60 Hz). Header-only (each bench is one translation unit) and Qt Core only: GUI benches pass
// QApplication as the base.
#pragma once

#include "perf/stallwatch.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>

namespace vpnaas::bench {

/*! A frame at 60 Hz: no event-loop stall may be longer (issue 16's target). */
constexpr double kStallTargetMs = 16;

/*! \a Base (QApplication, QCoreApplication) whose event deliveries the stall watch names. */
template<typename Base>
using Application = perf::WatchedApplication<Base>;

/*! Offscreen unless QT_QPA_PLATFORM says otherwise; call before the application exists. */
inline void offscreenByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline double nowMs()
{
    return perf::nowMs();
}

inline const char *verdict(bool met)
{
    return met ? "met" : "MISSED";
}

/*! A "VmHWM"/"VmRSS" line of /proc/self/status, in MiB (-1 when unreadable). */
inline double procStatusMiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

/*! Resets VmHWM to the current RSS (Linux 4.0+), so that the next peak is the next phase's. */
inline bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

/*!
 * The event loop watched at 1 ms resolution from begin() to end(): the longest gap and every
 * gap over the target, each with what ran (perf::StallWatch).
 */
class StallReport
{
public:
    StallReport()
    {
        m_watch.setResolution(1);
        m_watch.setThreshold(kStallTargetMs);
        m_watch.setLogging(false);
    }

    void begin()
    {
        m_watch.reset();
        m_watch.start();
    }
    void end() { m_watch.stop(); }

    perf::StallWatch::Stall longest() const { return m_watch.longest(); }
    QList<perf::StallWatch::Stall> stalls() const { return m_watch.stalls(); }
    bool met() const { return longest().length() <= kStallTargetMs; }

    /*!
     * "  <label>   674.0 ms   <= 16 ms   MISSED" and, when missed (or with VPNAAS_BENCH_EXPLAIN
     * set), what ran in the longest.
     */
    void print(const char *label) const { printStall(label, longest()); }

    static void printStall(const char *label, const perf::StallWatch::Stall &stall)
    {
        const bool met = stall.length() <= kStallTargetMs;
        std::printf("  %-60s %9.1f ms   <= %.0f ms   %s\n", label, stall.length(), kStallTargetMs, verdict(met));
        // VPNAAS_BENCH_EXPLAIN=1: what ran in the longest stall even when it met the target.
        if (!met || qEnvironmentVariableIsSet("VPNAAS_BENCH_EXPLAIN"))
            std::printf("      what ran: %s\n", qPrintable(stall.describe()));
    }

private:
    perf::StallWatch m_watch;
};

} // namespace vpnaas::bench
