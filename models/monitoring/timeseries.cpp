// SPDX-License-Identifier: Apache-2.0
#include "timeseries.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace vpnaas::monitoring {
namespace {

template<typename T>
QList<T> permuted(const QList<T> &values, const std::vector<qsizetype> &order)
{
    QList<T> result;
    result.reserve(qsizetype(order.size()));
    for (qsizetype i : order)
        result.append(values[i]);
    return result;
}

template<typename T>
void keepFrom(QList<T> &values, qsizetype first)
{
    values.remove(0, first);
}

/*! A row before it is known whether its bucket keeps it: the sample and its rates. */
struct Candidate {
    qsizetype sample;
    double rateIn;
    double rateOut;
};

class Downsampler
{
public:
    Downsampler(const SampleSeries &series, qint64 from, qint64 to, int buckets, ChartRows &out)
        : m_series(series)
        , m_from(from)
        , m_to(to)
        , m_buckets(buckets)
        , m_out(out)
    {
    }

    void add(qsizetype sample, double rateIn, double rateOut)
    {
        const qint64 at = m_series.msecs[sample];
        if (at < m_from || at > m_to)
            return;
        if (m_buckets <= 0) {
            emitRow({sample, rateIn, rateOut});
            return;
        }
        // Doubles: from/to may be far apart (or negative) without overflowing.
        const double position = (double(at) - double(m_from)) / std::max(1.0, double(m_to) - double(m_from));
        const int bucket = std::clamp(int(position * m_buckets), 0, m_buckets - 1);
        if (bucket != m_bucket)
            flush();
        m_bucket = bucket;
        m_pending.push_back({sample, rateIn, rateOut});
    }

    /*! Emits the current bucket; \a last: it is the last one, whose last row is kept too. */
    void flush(bool last = false)
    {
        if (m_pending.size() <= size_t(kRowsPerBucket)) {
            for (const Candidate &c : m_pending)
                emitRow(c);
        } else {
            // Lowest: the first such row; highest: the last one, so a flat bucket keeps both ends.
            size_t minIn = 0, maxIn = 0, minOut = 0, maxOut = 0;
            for (size_t i = 1; i < m_pending.size(); ++i) {
                const Candidate &c = m_pending[i];
                if (c.rateIn < m_pending[minIn].rateIn)
                    minIn = i;
                if (c.rateIn >= m_pending[maxIn].rateIn)
                    maxIn = i;
                if (c.rateOut < m_pending[minOut].rateOut)
                    minOut = i;
                if (c.rateOut >= m_pending[maxOut].rateOut)
                    maxOut = i;
            }
            // The very first and last rows too: the lines span the data, and a cumulative chart
            // counts from its first row.
            const size_t first = m_out.isEmpty() ? 0 : minIn;
            const size_t closing = last ? m_pending.size() - 1 : maxIn;
            size_t keep[] = {first, minIn, maxIn, minOut, maxOut, closing};
            std::sort(std::begin(keep), std::end(keep));
            const auto end = std::unique(std::begin(keep), std::end(keep));
            for (auto it = std::begin(keep); it != end; ++it)
                emitRow(m_pending[*it]);
        }
        m_pending.clear();
    }

private:
    void emitRow(const Candidate &c)
    {
        m_out.msecs.append(m_series.msecs[c.sample]);
        m_out.rateIn.append(c.rateIn);
        m_out.rateOut.append(c.rateOut);
        m_out.bytesIn.append(m_series.bytesIn[c.sample]);
        m_out.bytesOut.append(m_series.bytesOut[c.sample]);
        m_out.packetsIn.append(m_series.packetsIn[c.sample]);
        m_out.packetsOut.append(m_series.packetsOut[c.sample]);
    }

    const SampleSeries &m_series;
    qint64 m_from;
    qint64 m_to;
    int m_buckets;
    ChartRows &m_out;
    int m_bucket = -1;
    std::vector<Candidate> m_pending;
};

} // namespace

void SampleSeries::reserve(qsizetype count)
{
    msecs.reserve(count);
    bytesIn.reserve(count);
    bytesOut.reserve(count);
    packetsIn.reserve(count);
    packetsOut.reserve(count);
}

void SampleSeries::squeeze()
{
    msecs.squeeze();
    bytesIn.squeeze();
    bytesOut.squeeze();
    packetsIn.squeeze();
    packetsOut.squeeze();
}

void SampleSeries::clear()
{
    msecs.clear();
    bytesIn.clear();
    bytesOut.clear();
    packetsIn.clear();
    packetsOut.clear();
}

void SampleSeries::append(qint64 at, quint64 inBytes, quint64 outBytes, quint64 inPackets, quint64 outPackets)
{
    msecs.append(at);
    bytesIn.append(inBytes);
    bytesOut.append(outBytes);
    packetsIn.append(inPackets);
    packetsOut.append(outPackets);
}

void SampleSeries::appendNewer(const SampleSeries &later)
{
    for (qsizetype i = 0; i < later.size(); ++i) {
        if (isEmpty() || later.msecs[i] > msecs.last())
            append(later.msecs[i], later.bytesIn[i], later.bytesOut[i], later.packetsIn[i], later.packetsOut[i]);
    }
}

void SampleSeries::removeBefore(qint64 at)
{
    if (!isNormalized())
        normalize();
    const qsizetype first = std::lower_bound(msecs.cbegin(), msecs.cend(), at) - msecs.cbegin();
    if (first == 0)
        return;
    keepFrom(msecs, first);
    keepFrom(bytesIn, first);
    keepFrom(bytesOut, first);
    keepFrom(packetsIn, first);
    keepFrom(packetsOut, first);
}

bool SampleSeries::isNormalized() const
{
    return std::adjacent_find(msecs.cbegin(), msecs.cend(), std::greater_equal<qint64>()) == msecs.cend();
}

void SampleSeries::normalize()
{
    if (isNormalized())
        return;
    std::vector<qsizetype> order(static_cast<size_t>(size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) { return msecs[a] < msecs[b]; });
    // Of equal times keep the last one stored: the newest reading.
    std::vector<qsizetype> kept;
    kept.reserve(order.size());
    for (qsizetype i : order) {
        if (!kept.empty() && msecs[kept.back()] == msecs[i])
            kept.back() = i;
        else
            kept.push_back(i);
    }
    msecs = permuted(msecs, kept);
    bytesIn = permuted(bytesIn, kept);
    bytesOut = permuted(bytesOut, kept);
    packetsIn = permuted(packetsIn, kept);
    packetsOut = permuted(packetsOut, kept);
}

qint64 SampleSeries::typicalInterval() const
{
    std::vector<qint64> intervals;
    intervals.reserve(size_t(std::max<qsizetype>(size() - 1, 0)));
    for (qsizetype i = 1; i < size(); ++i) {
        if (msecs[i] > msecs[i - 1])
            intervals.push_back(msecs[i] - msecs[i - 1]);
    }
    if (intervals.empty())
        return 0;
    const auto middle = intervals.begin() + qsizetype(intervals.size() / 2);
    std::nth_element(intervals.begin(), middle, intervals.end());
    return *middle;
}

ChartRows chartRows(const SampleSeries &input, qint64 from, qint64 to, int buckets, qint64 maxGapMs)
{
    SampleSeries normalized;
    const SampleSeries *series = &input;
    if (!input.isNormalized()) {
        normalized = input;
        normalized.normalize();
        series = &normalized;
    }
    ChartRows rows;
    const SampleSeries &s = *series;
    if (s.size() < 2)
        return rows;
    if (to <= from) {
        from = s.msecs.first();
        to = s.msecs.last();
    }
    if (maxGapMs <= 0)
        maxGapMs = 3 * s.typicalInterval();
    Downsampler sampler(s, from, to, buckets, rows);
    qsizetype lastGapEnd = -1;
    // Only the samples in [from, to] make rows (each with the one before it for its rate): a
    // scroll asks for a few seconds of a day's samples.
    const qsizetype first = std::lower_bound(s.msecs.cbegin(), s.msecs.cend(), from) - s.msecs.cbegin();
    const qsizetype end = std::upper_bound(s.msecs.cbegin(), s.msecs.cend(), to) - s.msecs.cbegin();
    for (qsizetype i = std::max<qsizetype>(1, first); i < end; ++i) {
        const qint64 interval = s.msecs[i] - s.msecs[i - 1];
        const bool wentDown = s.bytesIn[i] < s.bytesIn[i - 1] || s.bytesOut[i] < s.bytesOut[i - 1]
            || s.packetsIn[i] < s.packetsIn[i - 1] || s.packetsOut[i] < s.packetsOut[i - 1];
        if (interval > maxGapMs || wentDown) {
            if (lastGapEnd != i - 1)
                sampler.add(i - 1, 0, 0);
            sampler.add(i, 0, 0);
            lastGapEnd = i;
            continue;
        }
        const double seconds = double(interval) / 1000.0;
        sampler.add(i, double(s.bytesIn[i] - s.bytesIn[i - 1]) / seconds,
                    double(s.bytesOut[i] - s.bytesOut[i - 1]) / seconds);
    }
    sampler.flush(true);
    return rows;
}

} // namespace vpnaas::monitoring
