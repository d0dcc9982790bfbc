// SPDX-License-Identifier: Apache-2.0
#include "logcollector.h"

#include "diagnosislogging.h"

#include "vici/vicieventlistener.h"
#include "vici/vicimessage.h"
#include "vpnaas/serverstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::diagnosis::LogCollector)
};

constexpr int kFirstRetryMs = 1000;
constexpr int kLastRetryMs = 30000;

} // namespace

struct LogCollector::Link {
    monitoring::ViciEndpoint endpoint;
    LogBook book;
    QPointer<vici::ViciEventListener> listener;
    QTimer retry;
    int retryMs = kFirstRetryMs;
    QString problem;
};

LogCollector::LogCollector(QObject *parent)
    : QObject(parent)
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(200);
    connect(&m_notify, &QTimer::timeout, this, &LogCollector::linesAdded);
}

LogCollector::~LogCollector() = default;

void LogCollector::setEndpoints(const QList<monitoring::ViciEndpoint> &endpoints)
{
    std::vector<std::unique_ptr<Link>> links;
    for (const monitoring::ViciEndpoint &endpoint : endpoints) {
        auto kept = std::find_if(m_links.begin(), m_links.end(), [&](const std::unique_ptr<Link> &link) {
            return link && link->endpoint.uri == endpoint.uri;
        });
        if (kept != m_links.end()) {
            (*kept)->endpoint = endpoint;
            links.push_back(std::move(*kept));
            continue;
        }
        auto link = std::make_unique<Link>();
        link->endpoint = endpoint;
        link->book = LogBook(m_limits);
        link->retry.setSingleShot(true);
        Link *raw = link.get();
        connect(&link->retry, &QTimer::timeout, this, [this, raw] { connectLink(*raw); });
        links.push_back(std::move(link));
        connectLink(*raw);
    }
    for (std::unique_ptr<Link> &old : m_links) {
        if (old && old->listener) {
            old->listener->disconnect(this); // its lambdas know the Link that goes now
            old->listener->deleteLater();
        }
    }
    m_links = std::move(links);
}

QList<monitoring::ViciEndpoint> LogCollector::endpoints() const
{
    QList<monitoring::ViciEndpoint> list;
    for (const auto &link : m_links)
        list.append(link->endpoint);
    return list;
}

LogCollector::Link *LogCollector::find(const QString &uri) const
{
    for (const auto &link : m_links) {
        if (link->endpoint.uri == uri)
            return link.get();
    }
    return nullptr;
}

bool LogCollector::isListening(const QString &uri) const
{
    const Link *link = find(uri);
    return link && link->listener && link->listener->isListening();
}

QString LogCollector::endpointProblem(const QString &uri) const
{
    const Link *link = find(uri);
    return link ? link->problem : Text::tr("%1 is not attached.").arg(uri);
}

const LogBook *LogCollector::book(const QString &uri) const
{
    const Link *link = find(uri);
    return link ? &link->book : nullptr;
}

void LogCollector::append(const QString &uri, const CharonLogLine &line)
{
    if (Link *link = find(uri)) {
        link->book.append(line);
        ++m_received;
        noteLines();
    }
}

void LogCollector::connectLink(Link &link)
{
    if (link.listener) {
        link.listener->disconnect(this);
        link.listener->deleteLater();
    }
    auto *listener = new vici::ViciEventListener(this);
    link.listener = listener;
    listener->setEvents({QByteArrayLiteral("log")});
    Link *raw = &link;
    connect(listener, &vici::ViciEventListener::listening, this, [this, raw] {
        raw->retryMs = kFirstRetryMs;
        raw->problem.clear();
        qCDebug(lcDiagnosis) << "listening to charon's log at" << raw->endpoint.displayName();
        Q_EMIT endpointStateChanged(raw->endpoint.uri);
    });
    connect(listener, &vici::ViciEventListener::eventReceived, this,
            [this, raw](const QByteArray &name, const vici::ViciMessage &message) { onEvent(raw, name, message); });
    connect(listener, &vici::ViciEventListener::registrationFailed, this,
            [this, raw](const QByteArray &, vici::ViciError, const QString &message) {
                raw->problem = Text::tr("%1 does not send its log: %2").arg(raw->endpoint.displayName(), message);
                Q_EMIT endpointStateChanged(raw->endpoint.uri);
            });
    connect(listener, &vici::ViciEventListener::connectionClosed, this,
            [this, raw](vici::ViciError, const QString &message) {
                raw->problem = Text::tr("Not listening to %1: %2").arg(raw->endpoint.displayName(), message);
                qCInfo(lcDiagnosis) << "charon log of" << raw->endpoint.displayName() << "closed:" << message
                                    << "- again in" << raw->retryMs << "ms";
                raw->retry.start(raw->retryMs);
                raw->retryMs = std::min(raw->retryMs * 2, kLastRetryMs);
                Q_EMIT endpointStateChanged(raw->endpoint.uri);
            });
    QString error;
    if (!listener->connectToUri(link.endpoint.uri, &error)) {
        link.problem = Text::tr("Not listening to %1: %2").arg(link.endpoint.displayName(), error);
        Q_EMIT endpointStateChanged(link.endpoint.uri);
    }
}

void LogCollector::onEvent(Link *link, const QByteArray &name, const vici::ViciMessage &message)
{
    if (name != "log")
        return;
    if (auto line = logLineFromVici(message, QDateTime::currentDateTimeUtc())) {
        link->book.append(std::move(*line));
        ++m_received;
        noteLines();
    }
}

void LogCollector::noteLines()
{
    if (!m_notify.isActive())
        m_notify.start();
}

Evidence LogCollector::evidenceFor(const ServerState &state, const QString &connectionId,
                                   const TunnelState &tunnel) const
{
    Evidence evidence;
    evidence.connection = strongswan::resolveConnection(state, connectionId);
    evidence.tunnel = tunnel;
    const IpsecSiteConnection &connection = evidence.connection.connection;
    for (const auto &link : m_links) {
        const monitoring::ViciEndpoint &endpoint = link->endpoint;
        if (endpoint.scope == monitoring::ViciEndpoint::Scope::VpnService) {
            if (!endpoint.targetId.isEmpty() && endpoint.targetId != connection.vpnserviceId)
                continue;
            evidence.ownAttached = true;
            // On the network node the peer is the remote end.
            evidence.ownLines += link->book.linesFor(connectionId, connection.peerAddress);
        } else {
            if (endpoint.targetId != connectionId)
                continue;
            evidence.peerAttached = true;
            // On the peer gateway the network node (the external IP) is the remote end.
            evidence.peerLines += link->book.linesFor(connectionId, evidence.connection.externalIp);
        }
    }
    return evidence;
}

} // namespace vpnaas::diagnosis
