// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnosis.h"

#include "monitoring/countertracker.h"
#include "monitoring/viciendpoint.h"
#include "vpnaas/serverstate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace vpnaas::monitoring {
class CounterSource;
}

namespace vpnaas::diagnosis {

class LogCollector;

/*!
 * One diagnosis of one connection, from start to verdict: reads the tunnel's state from the
 * counter source (VICI list-sas or the sandbox), and when the tunnel is not up and
 * Options::initiate allows it, asks the attached charon (the network node's, else the peer's)
 * to start the connection (VICI `initiate` of the CHILD_SA named by the connection id, as the
 * Neutron driver and the console's peer files name it), so that there is a fresh negotiation
 * in the log to read. After the negotiation ended (or its timeout) and a short settling time
 * for the other end's last lines, diagnose() reads the collector's evidence. finished() comes
 * exactly once; progress() says what happens meanwhile. The run deletes nothing; delete it
 * after finished().
 */
class DiagnoseRun : public QObject
{
    Q_OBJECT

public:
    struct Options {
        bool initiate = true;
        int initiateTimeoutMs = 15000;
        /*! After the negotiation: the other end's last lines arrive over another socket. */
        int settleMs = 1500;
        /*! How long to wait for the collector's listeners before reading anyway. */
        int listenTimeoutMs = 3000;
    };

    DiagnoseRun(LogCollector *collector, monitoring::CounterSource *counters, QObject *parent = nullptr);
    ~DiagnoseRun() override;

    void start(const ServerState &state, const QString &connectionId, const Options &options);
    void start(const ServerState &state, const QString &connectionId) { start(state, connectionId, Options{}); }
    /*! Evidence marked simulated (the sandbox). */
    void setSimulated(bool simulated) { m_simulated = simulated; }
    bool isRunning() const { return m_running; }
    /*! What the run did besides reading ("started the connection on network node 1"), translated. */
    QStringList actions() const { return m_actions; }

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const vpnaas::diagnosis::Diagnosis &diagnosis);

private:
    void waitForListeners();
    void readTunnel(bool afterInitiate);
    void initiate(const TunnelState &tunnel);
    /*! Reads the peer gateways' loaded conns (VICI list-conns), then finishes. */
    void readConns(const TunnelState &tunnel);
    void finish(const TunnelState &tunnel);

    QPointer<LogCollector> m_collector;
    monitoring::CounterSource *m_counters = nullptr;
    ServerState m_state;
    QString m_connectionId;
    Options m_options;
    QTimer m_timer;
    QStringList m_actions;
    std::optional<QList<ConfiguredConn>> m_peerConns;
    bool m_simulated = false;
    bool m_running = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

/*! The tunnel state of \a connectionId in \a snapshots (known = false when it is not there). */
TunnelState tunnelStateOf(const QList<monitoring::ConnectionSnapshot> &snapshots, const QString &connectionId);

} // namespace vpnaas::diagnosis
