// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace vpnaas::monitoring {

/*!
 * The counter totals of one connection over time as a struct of arrays: 40 bytes a sample
 * (100 tunnels × 24 h of 5 s samples: 69 MB), where a list of CounterSample costs about three
 * times that plus a heap string each. Times are milliseconds since the epoch (UTC). All arrays
 * have size() entries. A value type without I/O: HistoryStore::loadSeries() fills it.
 */
struct SampleSeries {
    QString connectionId;
    QList<qint64> msecs;
    QList<quint64> bytesIn;
    QList<quint64> bytesOut;
    QList<quint64> packetsIn;
    QList<quint64> packetsOut;

    qsizetype size() const { return msecs.size(); }
    bool isEmpty() const { return msecs.isEmpty(); }
    void reserve(qsizetype count);
    /*! Gives back the spare capacity of every array (after a load that grew them). */
    void squeeze();
    void clear();
    void append(qint64 at, quint64 inBytes, quint64 outBytes, quint64 inPackets, quint64 outPackets);
    /*! Appends the samples of \a later that are newer than the last one here. */
    void appendNewer(const SampleSeries &later);
    /*! Drops the samples older than \a at (ms). */
    void removeBefore(qint64 at);
    /*! Strictly increasing times: what chartRows() works on. */
    bool isNormalized() const;
    /*! Sorts by time (stable) and keeps the last sample of each duplicate time. */
    void normalize();
    /*! The median interval between consecutive samples (ms); 0 with fewer than two. */
    qint64 typicalInterval() const;

    bool operator==(const SampleSeries &other) const = default;
};

/*!
 * What a chart draws for one connection, one row per point, as a struct of arrays: the time
 * (ms since the epoch), the rates in and out (bytes/s) of the interval ending there and the
 * cumulative totals there.
 */
struct ChartRows {
    QList<qint64> msecs;
    QList<double> rateIn;
    QList<double> rateOut;
    QList<quint64> bytesIn;
    QList<quint64> bytesOut;
    QList<quint64> packetsIn;
    QList<quint64> packetsOut;

    qsizetype size() const { return msecs.size(); }
    bool isEmpty() const { return msecs.isEmpty(); }
    bool operator==(const ChartRows &other) const = default;
};

/*! At most this many rows come out of one downsampling bucket. */
inline constexpr int kRowsPerBucket = 4;

/*!
 * The chart rows of \a series within [from, to] (ms; to <= from: the whole series), downsampled
 * into \a buckets equal time buckets (<= 0: not downsampled). Pure; unsorted input or duplicate
 * times are normalised on a copy first.
 *
 * Rates: a row at each sample that ends a measurable interval, rate = counter delta / interval.
 * An interval is not measurable when it is longer than \a maxGapMs (<= 0: three times the
 * series' median interval; monitoring stopped or samples are missing) or when a counter went
 * down (a reset the CounterTracker did not absorb). Such an interval becomes two rows at rate 0
 * at its ends: the chart drops to zero across it instead of inventing an average over the gap.
 * The first sample ends no interval and has no row. The totals of a row are its sample's own.
 *
 * Downsampling keeps real rows only (no averaging, so a row's columns belong together): a
 * bucket with at most kRowsPerBucket rows keeps all of them, a fuller one the rows of the lowest
 * and highest rate in and rate out, in time order, and the very first and last rows are always
 * kept. Spikes survive; the result has at most kRowsPerBucket × buckets + 2 rows.
 */
ChartRows chartRows(const SampleSeries &series, qint64 from, qint64 to, int buckets, qint64 maxGapMs = 0);

} // namespace vpnaas::monitoring
