// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countertracker.h"
#include "statuspoller.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace vpnaas::monitoring {

class CounterSource;
class HistoryStore;

/*! What the monitoring table shows for one connection. */
struct MonitorRow {
    QString connectionId;
    QString status;        // Neutron's
    bool saUp = false;     // a CHILD_SA is there (counter source)
    bool saKnown = false;  // the counter source reported on this connection
    Totals totals;
    QDateTime lastChange;
    bool operator==(const MonitorRow &other) const = default;
};

/*!
 * Live monitoring of one cloud: Neutron statuses from the StatusPoller, SA counters from a
 * CounterSource (VICI or the sandbox's simulation) through a CounterTracker, everything written
 * to the HistoryStore (optional). A connection going DOWN or ERROR, or losing its SA, raises
 * alert(). Nothing is owned but the poller and the tracker.
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
    void setHistory(HistoryStore *history) { m_history = history; }
    void setInterval(int milliseconds);
    void start();
    void stop();
    /*! One status poll and one counter fetch now. */
    void pollNow();

    QList<MonitorRow> rows() const;
    StatusPoller *poller() const { return m_poller; }

Q_SIGNALS:
    void updated();
    void alert(const QString &connectionId, const QString &message);

private:
    void onTransition(const StatusTransition &change);
    void fetchCounters();

    StatusPoller *m_poller;
    QTimer *m_counterTimer;
    CounterSource *m_source = nullptr;
    HistoryStore *m_history = nullptr;
    CounterTracker m_tracker;
    QHash<QString, QDateTime> m_lastChange;
    QHash<QString, bool> m_saUp;
    bool m_fetching = false;
};

} // namespace vpnaas::monitoring
