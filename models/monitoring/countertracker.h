// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace vpnaas::monitoring {

/*! One CHILD_SA's counters as strongSwan reports them (they start at 0 for every new SA). */
struct ChildCounters {
    QString uniqueId;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;
    bool operator==(const ChildCounters &other) const = default;
};

/*! The SAs of one connection at one moment, as one counter source reports them. */
struct ConnectionSnapshot {
    QString connectionId;
    QList<ChildCounters> children;
    /*! The IKE_SA's state (ESTABLISHED, CONNECTING, ...); empty when there is none. */
    QString ikeState = {};
    /*! The newest CHILD_SA's state (INSTALLED, REKEYED, ...); empty when there is none. */
    QString childState = {};
    /*! When the IKE_SA was established (UTC); invalid when it is not. */
    QDateTime establishedAt = {};
};

struct Totals {
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;
    /*! Bytes per second since the previous update (0 on the first). */
    double rateIn = 0;
    double rateOut = 0;
    bool operator==(const Totals &other) const = default;
};

/*!
 * Keeps each connection's byte and packet totals right across rekeys and daemon restarts:
 * a rekey replaces a CHILD_SA by a new one whose counters start at 0, a restart resets every
 * SA. A CHILD_SA that disappears keeps its last counts in the total; one whose counters went
 * down was replaced under the same id (restart) and its old counts are kept too. Pure logic,
 * fed by the monitoring poller (VICI list-sas, or the sandbox's simulated counters).
 */
class CounterTracker
{
public:
    /*!
     * The connections in \a snapshots at \a at; connections not listed keep their totals and
     * their SAs' last counters (an SA seen again later continues from them), rate 0.
     */
    void update(const QDateTime &at, const QList<ConnectionSnapshot> &snapshots);
    Totals totals(const QString &connectionId) const;
    QStringList connections() const { return m_state.keys(); }
    void forget(const QString &connectionId) { m_state.remove(connectionId); }

    /*!
     * What the tracker must remember across a restart of the console: per connection the
     * counts of SAs that are gone and the last counters of the live ones. restore() continues
     * from there, so a CHILD_SA that is still up is not counted twice and one that went away
     * meanwhile keeps its last counts (traffic after the last reading is not known).
     */
    struct Saved {
        Totals closed;
        QList<ChildCounters> children;
    };
    QHash<QString, Saved> saved() const;
    /*! Only for connections the tracker does not know yet. */
    void restore(const QHash<QString, Saved> &saved);

private:
    struct State {
        Totals closed; // SAs that are gone
        QHash<QString, ChildCounters> children; // SAs seen last time
        Totals current; // closed + children, with the rates
        QDateTime at;
    };
    QHash<QString, State> m_state;
};

} // namespace vpnaas::monitoring
