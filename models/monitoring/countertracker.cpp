// SPDX-License-Identifier: Apache-2.0
#include "countertracker.h"

#include <QSet>

namespace vpnaas::monitoring {
namespace {

void add(Totals &totals, const ChildCounters &child)
{
    totals.bytesIn += child.bytesIn;
    totals.bytesOut += child.bytesOut;
    totals.packetsIn += child.packetsIn;
    totals.packetsOut += child.packetsOut;
}

bool wentDown(const ChildCounters &before, const ChildCounters &now)
{
    return now.bytesIn < before.bytesIn || now.bytesOut < before.bytesOut || now.packetsIn < before.packetsIn
        || now.packetsOut < before.packetsOut;
}

} // namespace

void CounterTracker::update(const QDateTime &at, const QList<ConnectionSnapshot> &snapshots)
{
    QSet<QString> listed;
    for (const ConnectionSnapshot &snapshot : snapshots) {
        listed.insert(snapshot.connectionId);
        State &state = m_state[snapshot.connectionId];
        QHash<QString, ChildCounters> now;
        for (const ChildCounters &child : snapshot.children) {
            const auto before = state.children.constFind(child.uniqueId);
            // Same id, smaller numbers: the daemon restarted and reused the id. Keep the old counts.
            if (before != state.children.cend() && wentDown(*before, child))
                add(state.closed, *before);
            now.insert(child.uniqueId, child);
        }
        for (auto it = state.children.cbegin(); it != state.children.cend(); ++it) {
            if (!now.contains(it.key()))
                add(state.closed, it.value()); // rekeyed away or closed: its traffic happened
        }
        state.children = std::move(now);

        Totals totals = state.closed;
        totals.rateIn = totals.rateOut = 0;
        for (const ChildCounters &child : std::as_const(state.children))
            add(totals, child);
        if (state.at.isValid() && at > state.at) {
            const double seconds = state.at.msecsTo(at) / 1000.0;
            totals.rateIn
                = totals.bytesIn >= state.current.bytesIn ? (totals.bytesIn - state.current.bytesIn) / seconds : 0;
            totals.rateOut
                = totals.bytesOut >= state.current.bytesOut ? (totals.bytesOut - state.current.bytesOut) / seconds : 0;
        }
        state.current = totals;
        state.at = at;
    }
    for (auto it = m_state.begin(); it != m_state.end(); ++it) {
        if (!listed.contains(it.key())) {
            // Not reported this time (a source that does not know it yet, an endpoint that
            // failed): its SAs' last counts stay in the total as they are, and if the same SA
            // shows up again later it continues from them (folding them into the closed counts
            // here would count them twice then). Nothing is known to flow now.
            it->current.rateIn = it->current.rateOut = 0;
            it->at = at;
        }
    }
}

QHash<QString, CounterTracker::Saved> CounterTracker::saved() const
{
    QHash<QString, Saved> result;
    for (auto it = m_state.cbegin(); it != m_state.cend(); ++it)
        result.insert(it.key(), {it->closed, it->children.values()});
    return result;
}

void CounterTracker::restore(const QHash<QString, Saved> &saved)
{
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        if (m_state.contains(it.key()))
            continue;
        State &state = m_state[it.key()];
        state.closed = it->closed;
        state.closed.rateIn = state.closed.rateOut = 0;
        state.current = state.closed;
        for (const ChildCounters &child : it->children) {
            state.children.insert(child.uniqueId, child);
            add(state.current, child);
        }
    }
}

Totals CounterTracker::totals(const QString &connectionId) const
{
    const auto state = m_state.constFind(connectionId);
    return state == m_state.cend() ? Totals() : state->current;
}

} // namespace vpnaas::monitoring
