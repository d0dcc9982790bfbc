// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countertracker.h"
#include "statuspoller.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class QTimer;

namespace vpnaas::monitoring {

class CounterSource;
class HistoryStore;

/*! What the monitoring table shows for one connection. */
struct MonitorRow {
    QString connectionId;
    QString status; // Neutron's
    bool saUp = false; // a CHILD_SA is there (counter source)
    bool saKnown = false; // the counter source reported on this connection
    Totals totals;
    QDateTime lastChange;
    QString ikeState = {}; // the IKE_SA's state, empty without one
    QString childState = {}; // the newest CHILD_SA's state
    QDateTime upSince = {}; // when the IKE_SA was established (UTC)
    bool operator==(const MonitorRow &other) const = default;
};

/*!
 * Live monitoring of one cloud: Neutron statuses from the StatusPoller, SA counters from a
 * CounterSource (VICI or the sandbox's simulation) through a CounterTracker, everything written
 * to the HistoryStore (optional); a write the history refuses is reported (historyError(),
 * historyErrorChanged()), never dropped in silence. The tunnel's own state (UP while a CHILD_SA is there, DOWN
 * when the source reports none) is recorded as Tunnel transitions next to Neutron's. A
 * connection going DOWN or ERROR in Neutron, or losing its SA, raises alert(). Nothing is owned
 * but the poller and the tracker.
 */
class Monitor : public QObject
{
    Q_OBJECT

public:
    explicit Monitor(QObject *parent = nullptr);
    ~Monitor() override;

    void setClient(openstack::NeutronClient *client);
    void setCounterSource(CounterSource *source);
    CounterSource *counterSource() const { return m_source; }
    /*! Also where the counter totals continue from after a restart (see CounterTracker::restore()). */
    void setHistory(HistoryStore *history)
    {
        flushTransitions(); // what is queued belongs to the previous history
        m_history = history;
        m_restored = false;
    }
    /*! HistoryStore::prune() on the history, its failure reported as historyError(). */
    int pruneHistory(int days, const QDateTime &now);
    /*! HistoryStore::thin() on the history, its failure reported as historyError(). */
    int thinHistory(const QDateTime &from, const QDateTime &to, qint64 bucketMs);
    void setInterval(int milliseconds);
    void start();
    void stop();
    /*! One status poll and one counter fetch now. */
    void pollNow();

    QList<MonitorRow> rows() const;
    StatusPoller *poller() const { return m_poller; }
    /*! Why the last counter fetch failed; empty after a good one. */
    QString counterError() const { return m_counterError; }
    /*!
     * Why writing the history failed (status changes, samples, retention, thinning), translated,
     * with the database's words; empty while every kind of write last succeeded.
     */
    QString historyError() const;

Q_SIGNALS:
    void updated();
    void alert(const QString &connectionId, const QString &message);
    /*! Every status change: Neutron's (from the poller) and the tunnel's (UP/DOWN from the SAs). */
    void transition(const vpnaas::monitoring::StatusTransition &change);
    /*! The changes of one poll or counter fetch at once, before their transition() signals (the
        first of a big cloud are 10,000 first sightings). */
    void transitions(const QList<vpnaas::monitoring::StatusTransition> &changes);
    /*! A counter fetch failed (\a message) or recovered (empty). */
    void counterErrorChanged(const QString &message);
    /*! A history write failed (\a message, see historyError()) or every kind works again (empty). */
    void historyErrorChanged(const QString &message);
    /*!
     * A fetch's counter samples are in the history (they are written after updated(), on the
     * history's writer when it has one): what reads them, the charts, can read again.
     */
    void samplesWritten();

private:
    enum class HistoryWrite { Transitions, Samples, Prune, Thin };

    void onTransitions(const QList<StatusTransition> &changes);
    /*! Queues \a changes for the history; flushTransitions() writes the queue in one transaction. */
    void recordTransitions(const QList<StatusTransition> &changes);
    void flushTransitions();
    void setHistoryError(HistoryWrite write, const QString &message);
    void fetchCounters();
    void onCounters(const QList<ConnectionSnapshot> &snapshots, const QString &error);
    struct CounterPass;
    static void compute(CounterPass &pass);
    void applyCounters(CounterPass &&pass);
    /*! updated(), once rows() shows the state: at once for a small cloud; from
        perf::kBackgroundFrom connections after the rows are made on the background pool (10,000
        take ~25 ms), rows() showing the previous ones until then. */
    void publish();
    static QList<MonitorRow> makeRows(const QHash<QString, QString> &statuses, const QHash<QString, bool> &saUp,
                                      const CounterTracker &tracker, const QHash<QString, QDateTime> &lastChange,
                                      const QHash<QString, ConnectionSnapshot> &sa);

    StatusPoller *m_poller;
    QTimer *m_counterTimer;
    CounterSource *m_source = nullptr;
    HistoryStore *m_history = nullptr;
    CounterTracker m_tracker;
    QHash<QString, QDateTime> m_lastChange;
    QList<StatusTransition> m_unwritten; // transitions of this poll or fetch, written at its end
    QHash<QString, bool> m_saUp;
    QHash<QString, ConnectionSnapshot> m_sa; // the last snapshot without counters: states and times
    // rows() as last made, and the versions of what it was made of (the poller's statuses, the
    // rest here): several views ask after every poll and fetch, 10,000 rows take ~25 ms.
    mutable QList<MonitorRow> m_rows;
    mutable std::pair<quint64, quint64> m_rowsVersion{~quint64(0), ~quint64(0)};
    quint64 m_stateVersion = 0;
    bool m_making = false; // rows are being made on the pool (publish())
    QString m_counterError;
    QMap<HistoryWrite, QString> m_historyErrors; // the last failure of each kind of write
    QString m_reportedHistoryError;
    bool m_fetching = false;
    bool m_restored = false; // the tracker continued from the history's saved state
    quint64 m_generation = 0; // a new client or source: answers of the old one are dropped
};

} // namespace vpnaas::monitoring
