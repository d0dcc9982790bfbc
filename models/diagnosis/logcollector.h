// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnosis.h"
#include "logbook.h"

#include "monitoring/viciendpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace vpnaas {
struct ServerState;
}

namespace vpnaas::vici {
class ViciEventListener;
class ViciMessage;
} // namespace vpnaas::vici

namespace vpnaas::diagnosis {

/*!
 * The evidence side of diagnosis: listens to charon's `log` events on every attached VICI
 * endpoint (network nodes attached to VPN services, peer gateways attached to connections)
 * and keeps each daemon's recent lines in a LogBook (bounded; see LogBook::Limits). A listener
 * whose connection ends connects again, after 1 s and then up to every 30 s; endpointProblem()
 * says why one is not listening. linesAdded() is coalesced: at most one per 200 ms.
 *
 * VICI log events come at charon's control level (1) whatever its log settings say, so what
 * is kept is what a default filelog shows. Nothing logged is a secret: charon does not log keys
 * at that level.
 */
class LogCollector : public QObject
{
    Q_OBJECT

public:
    explicit LogCollector(QObject *parent = nullptr);
    ~LogCollector() override;

    /*! Listeners of endpoints whose URI stays keep listening (and their lines). */
    void setEndpoints(const QList<monitoring::ViciEndpoint> &endpoints);
    QList<monitoring::ViciEndpoint> endpoints() const;
    void setLimits(LogBook::Limits limits) { m_limits = limits; }

    /*! Listening to \a uri (every event registered). */
    bool isListening(const QString &uri) const;
    /*! Why \a uri is not listening, translated; empty while it is (or while it connects). */
    QString endpointProblem(const QString &uri) const;

    /*! The log book of \a uri, or nullptr for an unknown endpoint. */
    const LogBook *book(const QString &uri) const;
    /*! Adds \a line as if \a uri had sent it (the sandbox's simulation, tests, a log file). */
    void append(const QString &uri, const CharonLogLine &line);

    /*!
     * The evidence for one connection of \a state: its resolved Neutron side, the lines of the
     * network nodes attached to its VPN service (or to every service) and of its peer gateway,
     * and \a tunnel.
     */
    Evidence evidenceFor(const ServerState &state, const QString &connectionId, const TunnelState &tunnel = {}) const;

    /*! Lines received since the start (a bench's throughput). */
    quint64 received() const { return m_received; }

Q_SIGNALS:
    void linesAdded();
    /*! An endpoint started or stopped listening (see endpointProblem()). */
    void endpointStateChanged(const QString &uri);

private:
    struct Link;
    void connectLink(Link &link);
    void onEvent(Link *link, const QByteArray &name, const vici::ViciMessage &message);
    void noteLines();
    Link *find(const QString &uri) const;

    std::vector<std::unique_ptr<Link>> m_links;
    LogBook::Limits m_limits;
    QTimer m_notify;
    quint64 m_received = 0;
};

} // namespace vpnaas::diagnosis
