// SPDX-License-Identifier: Apache-2.0
#include "diagnoserun.h"

#include "diagnosislogging.h"
#include "logcollector.h"

#include "monitoring/countersource.h"
#include "vici/viciclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::diagnosis::DiagnoseRun)
};

} // namespace

TunnelState tunnelStateOf(const QList<monitoring::ConnectionSnapshot> &snapshots, const QString &connectionId)
{
    TunnelState tunnel;
    for (const monitoring::ConnectionSnapshot &snapshot : snapshots) {
        if (snapshot.connectionId != connectionId)
            continue;
        tunnel.known = true;
        tunnel.ikeState = snapshot.ikeState;
        tunnel.up = !snapshot.children.isEmpty();
        for (const monitoring::ChildCounters &child : snapshot.children) {
            tunnel.bytesIn += child.bytesIn;
            tunnel.bytesOut += child.bytesOut;
            tunnel.packetsIn += child.packetsIn;
            tunnel.packetsOut += child.packetsOut;
        }
    }
    return tunnel;
}

DiagnoseRun::DiagnoseRun(LogCollector *collector, monitoring::CounterSource *counters, QObject *parent)
    : QObject(parent)
    , m_collector(collector)
    , m_counters(counters)
{
    m_timer.setSingleShot(true);
}

DiagnoseRun::~DiagnoseRun()
{
    *m_alive = false;
}

void DiagnoseRun::start(const ServerState &state, const QString &connectionId, const Options &options)
{
    m_state = state;
    m_connectionId = connectionId;
    m_options = options;
    m_actions.clear();
    m_running = true;
    waitForListeners();
}

void DiagnoseRun::waitForListeners()
{
    const auto allListening = [this] {
        if (!m_collector)
            return true;
        for (const monitoring::ViciEndpoint &endpoint : m_collector->endpoints()) {
            if (!m_collector->isListening(endpoint.uri) && m_collector->endpointProblem(endpoint.uri).isEmpty())
                return false;
        }
        return true;
    };
    if (allListening()) {
        readTunnel(false);
        return;
    }
    Q_EMIT progress(Text::tr("Connecting to charon's log…"));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_collector, &LogCollector::endpointStateChanged, this, [this, allListening, connection] {
        if (!allListening())
            return;
        disconnect(*connection);
        m_timer.stop();
        readTunnel(false);
    });
    m_timer.disconnect(this);
    connect(&m_timer, &QTimer::timeout, this, [this, connection] {
        disconnect(*connection);
        readTunnel(false);
    });
    m_timer.start(m_options.listenTimeoutMs);
}

void DiagnoseRun::readTunnel(bool afterInitiate)
{
    if (!m_counters) {
        if (afterInitiate)
            readConns({});
        else
            initiate({});
        return;
    }
    Q_EMIT progress(Text::tr("Reading the tunnel's state…"));
    std::weak_ptr<bool> alive = m_alive;
    m_counters->fetch(
        [this, alive, afterInitiate](const QList<monitoring::ConnectionSnapshot> &snapshots, const QString &) {
            if (alive.expired() || !*alive.lock())
                return;
            const TunnelState tunnel = tunnelStateOf(snapshots, m_connectionId);
            // Answers may come at once, inside fetch(): continue on the event loop.
            QTimer::singleShot(0, this, [this, tunnel, afterInitiate] {
                if (afterInitiate)
                    readConns(tunnel);
                else
                    initiate(tunnel);
            });
        });
}

void DiagnoseRun::initiate(const TunnelState &tunnel)
{
    const monitoring::ViciEndpoint *target = nullptr;
    QList<monitoring::ViciEndpoint> endpoints
        = m_collector ? m_collector->endpoints() : QList<monitoring::ViciEndpoint>();
    const IpsecSiteConnection *connection = m_state.connection(m_connectionId);
    for (const monitoring::ViciEndpoint &endpoint : std::as_const(endpoints)) {
        const bool own = endpoint.scope == monitoring::ViciEndpoint::Scope::VpnService
            && (endpoint.targetId.isEmpty() || (connection && endpoint.targetId == connection->vpnserviceId));
        const bool peer
            = endpoint.scope == monitoring::ViciEndpoint::Scope::PeerGateway && endpoint.targetId == m_connectionId;
        if (own || (peer && !target))
            target = &endpoint;
        if (own)
            break;
    }
    if (tunnel.up || !m_options.initiate || !target || m_simulated) {
        readConns(tunnel);
        return;
    }
    const QString where = target->displayName();
    Q_EMIT progress(Text::tr("Starting the connection on %1 to watch the negotiation…").arg(where));
    m_actions.append(Text::tr("Started the connection on %1 to watch a negotiation.").arg(where));
    auto *client = new vici::ViciClient(this);
    client->setTimeout(m_options.initiateTimeoutMs + 5000);
    QString error;
    if (!client->connectToUri(target->uri, &error)) {
        m_actions.append(Text::tr("Could not reach %1: %2").arg(where, error));
        client->deleteLater();
        readConns(tunnel);
        return;
    }
    vici::ViciMessage arguments;
    arguments.add("child", m_connectionId.toUtf8());
    arguments.add("timeout", QByteArray::number(m_options.initiateTimeoutMs));
    arguments.add("init-limits", "no");
    vici::ViciReply *reply = client->command("initiate", arguments);
    connect(reply, &vici::ViciReply::finished, this, [this, reply, client, where] {
        const vici::ViciMessage answer = reply->response();
        if (reply->error() != vici::ViciError::NoError)
            qCInfo(lcDiagnosis) << "initiate on" << where << "failed:" << reply->errorString();
        else if (answer.value("success") != "yes")
            qCInfo(lcDiagnosis) << "initiate on" << where << "answered:" << answer.value("errmsg");
        reply->deleteLater();
        client->deleteLater();
        Q_EMIT progress(Text::tr("Reading the last lines of both ends…"));
        m_timer.disconnect(this);
        connect(&m_timer, &QTimer::timeout, this, [this] { readTunnel(true); });
        m_timer.start(m_options.settleMs);
    });
}

void DiagnoseRun::readConns(const TunnelState &tunnel)
{
    m_peerConns.reset();
    const monitoring::ViciEndpoint *peer = nullptr;
    const QList<monitoring::ViciEndpoint> endpoints
        = m_collector ? m_collector->endpoints() : QList<monitoring::ViciEndpoint>();
    for (const monitoring::ViciEndpoint &endpoint : endpoints) {
        if (endpoint.scope == monitoring::ViciEndpoint::Scope::PeerGateway && endpoint.targetId == m_connectionId) {
            peer = &endpoint;
            break;
        }
    }
    if (!peer || m_simulated) {
        finish(tunnel);
        return;
    }
    Q_EMIT progress(Text::tr("Reading the peer's connections…"));
    auto *client = new vici::ViciClient(this);
    client->setTimeout(5000);
    if (QString error; !client->connectToUri(peer->uri, &error)) {
        qCInfo(lcDiagnosis) << "cannot read the peer's conns:" << error;
        client->deleteLater();
        finish(tunnel);
        return;
    }
    vici::ViciReply *reply = client->listConns();
    connect(reply, &vici::ViciReply::finished, this, [this, reply, client, tunnel] {
        if (reply->error() == vici::ViciError::NoError)
            m_peerConns = parseListConns(reply->items());
        else
            qCInfo(lcDiagnosis) << "list-conns of the peer failed:" << reply->errorString();
        reply->deleteLater();
        client->deleteLater();
        finish(tunnel);
    });
}

void DiagnoseRun::finish(const TunnelState &tunnel)
{
    Evidence evidence = m_collector ? m_collector->evidenceFor(m_state, m_connectionId, tunnel) : Evidence{};
    if (!m_collector)
        evidence.connection = strongswan::resolveConnection(m_state, m_connectionId);
    evidence.tunnel = tunnel;
    evidence.simulated = m_simulated;
    evidence.peerConns = m_peerConns;
    m_running = false;
    Q_EMIT finished(diagnose(evidence));
}

} // namespace vpnaas::diagnosis
