// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace vpnaas::sandbox {

class SandboxServer;

/*!
 * The sandbox's simulated VPN agent (clearly simulated: nothing is negotiated). After a short
 * delay it moves VPN services and connections from PENDING_CREATE (or a changed admin state) to
 * ACTIVE, to DOWN when administratively down, or to ERROR for resources marked faulty; and it
 * makes up plausible, steadily growing SA byte/packet counters for ACTIVE connections.
 */
class SandboxSimulator : public QObject
{
    Q_OBJECT

public:
    struct Counters {
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 packetsIn = 0;
        quint64 packetsOut = 0;
        QDateTime activeSince; // when the connection became ACTIVE (the simulated SA's age)
    };

    explicit SandboxSimulator(SandboxServer *server, QObject *parent = nullptr);
    ~SandboxSimulator() override;

    void setAgentDelay(int milliseconds) { m_delayMs = milliseconds; }
    int agentDelay() const { return m_delayMs; }
    /*! The agent will report ERROR for this service or connection from now on. */
    void setFaulty(const QString &id, bool faulty = true);
    /*! Simulated counters of an ACTIVE connection at \a at (nothing when it is not ACTIVE). */
    std::optional<Counters> counters(const QString &connectionId,
                                     const QDateTime &at = QDateTime::currentDateTimeUtc()) const;
    /*! When each ACTIVE connection became ACTIVE (a value: for counters() on another thread). */
    QHash<QString, QDateTime> activeSince() const { return m_activeSince; }
    /*! The counters of a connection ACTIVE since \a since, at \a at (no state: any thread). */
    static Counters counters(const QString &connectionId, const QDateTime &since, const QDateTime &at);

Q_SIGNALS:
    void statusChanged(const QString &collection, const QString &id, const QString &status);

private:
    void onChanged(const QString &collection, const QString &id);
    void settle(const QString &collection, const QString &id);
    QString desiredStatus(const QString &collection, const QString &id) const;

    QPointer<SandboxServer> m_server;
    int m_delayMs = 1500;
    QSet<QString> m_faulty;
    QSet<QString> m_scheduled;
    QHash<QString, QDateTime> m_activeSince;
};

} // namespace vpnaas::sandbox
