// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/apierror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace vpnaas::openstack {
class Job;
class NeutronClient;
} // namespace vpnaas::openstack

namespace vpnaas::monitoring {

/*!
 * One status change of a connection: Neutron's status as a poll saw it, or the tunnel's (its
 * security associations as the counter source sees them: "UP" or "DOWN").
 */
struct StatusTransition {
    enum class Source { Neutron, Tunnel };
    QString connectionId;
    QDateTime at;
    QString from; // empty: first seen
    QString to; // empty: gone (deleted)
    Source source = Source::Neutron;
    bool operator==(const StatusTransition &other) const = default;
};

/*!
 * Polls Neutron for the status of every IPsec site connection of the project: one list request
 * per poll (`fields=id&fields=status`, pagination followed), at a configurable interval. Each
 * change is emitted (and can be stored) with its time; the age of the last successful poll is
 * known; failures back off (interval doubled up to a maximum) and are reported, the last known
 * statuses stay. The client is not owned.
 *
 * setClient() cancels the poll in flight (its answer belongs to the previous cloud) and, while
 * running, polls the new client at once: a switch never leaves the poller waiting for a job
 * that cannot finish.
 */
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    explicit StatusPoller(QObject *parent = nullptr);
    ~StatusPoller() override;

    void setClient(openstack::NeutronClient *client);
    /*! Poll interval; failures back off from it up to maxBackoff. */
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }
    void setMaxBackoff(int milliseconds) { m_maxBackoffMs = milliseconds; }
    /*! Page size of the list request (0: the server's default). */
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /*! The delay before the next poll now (the interval, or more while backing off). */
    int currentDelay() const { return m_delayMs; }

    void start();
    void stop();
    bool isRunning() const;
    /*! Polls now (a poll in flight is not doubled). */
    void pollNow();

    const QHash<QString, QString> &statuses() const { return m_statuses; }
    /*! Changes whenever statuses() does (a poll that saw something, another client). */
    quint64 statusesVersion() const { return m_statusesVersion; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    /*! Milliseconds since the last successful poll, or -1 before the first. */
    qint64 age(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    const openstack::ApiError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void transition(const vpnaas::monitoring::StatusTransition &change);
    /*! A poll's transitions at once, before their transition() signals: the first poll of a big
        cloud sees 10,000 connections, and one signal each costs the GUI thread ~15 ms. */
    void transitions(const QList<vpnaas::monitoring::StatusTransition> &changes);
    void polled(int connections);
    void pollFailed(const vpnaas::openstack::ApiError &error);

private:
    void scheduleNext();

    void onPolled(openstack::Job *job);
    /*! A poll's statuses and what changed since the previous. */
    struct Compared {
        QHash<QString, QString> seen;
        QList<StatusTransition> changes;
        QDateTime now;
    };
    void apply(Compared &&poll);

    QPointer<openstack::NeutronClient> m_client;
    QPointer<openstack::Job> m_job;
    QTimer *m_timer;
    int m_intervalMs = 30000;
    int m_maxBackoffMs = 300000;
    int m_delayMs = 30000;
    int m_pageSize = 0;
    bool m_inFlight = false;
    bool m_running = false;
    QHash<QString, QString> m_statuses;
    quint64 m_statusesVersion = 0;
    quint64 m_generation = 0; // a new client: comparisons of the old one's polls are dropped
    QDateTime m_lastSuccess;
    openstack::ApiError m_lastError;
};

} // namespace vpnaas::monitoring

Q_DECLARE_METATYPE(vpnaas::monitoring::StatusTransition)
