// SPDX-License-Identifier: Apache-2.0
#include "vicicountersource.h"

#include "monitoringlogging.h"

#include "vici/viciclient.h"
#include "vici/vicireply.h"
#include "vici/vicisainfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::monitoring::ViciCounterSource)
};

/*! Lower is better: a VPN service's own charon over the peer's view of the same tunnel. */
int rank(ViciEndpoint::Scope scope)
{
    return scope == ViciEndpoint::Scope::VpnService ? 0 : 1;
}

/*! \a into gets the CHILD_SAs of \a from it does not have yet, and its states when it had none. */
void mergeInto(ConnectionSnapshot &into, const ConnectionSnapshot &from)
{
    const bool takeStates = (into.children.isEmpty() && !from.children.isEmpty()) || into.ikeState.isEmpty();
    for (const ChildCounters &child : from.children) {
        const bool known = std::any_of(into.children.cbegin(), into.children.cend(),
                                       [&child](const ChildCounters &c) { return c.uniqueId == child.uniqueId; });
        if (!known)
            into.children.append(child);
    }
    if (takeStates && !from.ikeState.isEmpty()) {
        into.ikeState = from.ikeState;
        into.childState = from.childState;
        into.establishedAt = from.establishedAt;
    }
}

QString versionText(const vici::ViciMessage &response)
{
    const auto value = [&response](const char *key) { return QString::fromUtf8(response.value(key)); };
    const QString daemon = value("daemon").isEmpty() ? u"charon"_s : value("daemon");
    QStringList system;
    if (const QString os = QString(value("sysname") + u' ' + value("release")).trimmed(); !os.isEmpty())
        system.append(os);
    if (!value("machine").isEmpty())
        system.append(value("machine"));
    return system.isEmpty() ? Text::tr("%1 %2").arg(daemon, value("version"))
                            : Text::tr("%1 %2 (%3)").arg(daemon, value("version"), system.join(u", "_s));
}

} // namespace

/*! One fetch(): every endpoint's part, answered or not. */
struct ViciCounterSource::Round {
    struct Part {
        ViciEndpoint endpoint;
        QPointer<vici::ViciClient> client;
        bool finished = false;
        QString error;
        QList<vici::SaInfo> sas;
    };
    Done done;
    QList<MappingTarget> targets;
    QList<Part> parts;
    int pending = 0;
    bool completed = false;

    void finishPart(int index, const QString &error)
    {
        Part &part = parts[index];
        if (part.finished)
            return;
        part.finished = true;
        part.error = error;
        --pending;
    }
};

ViciCounterSource::ViciCounterSource(QObject *parent)
    : QObject(parent)
{
}

ViciCounterSource::~ViciCounterSource()
{
    // Every fetch answers exactly once, also this late; its clients go with this object.
    const auto rounds = std::move(m_rounds);
    for (const auto &round : rounds) {
        if (round->completed)
            continue;
        round->completed = true;
        const Done done = std::move(round->done);
        if (done)
            done({}, Text::tr("The strongSwan VICI counter source was closed."));
    }
    for (const Link &link : std::as_const(m_links)) {
        if (link.client)
            link.client->disconnect(this);
    }
}

void ViciCounterSource::setEndpoints(const QList<ViciEndpoint> &endpoints)
{
    QList<Link> old = std::move(m_links);
    m_links.clear();
    for (const ViciEndpoint &endpoint : endpoints) {
        Link link{endpoint, nullptr};
        const auto sameUri = [&endpoint](const Link &l) { return l.client && l.endpoint.uri == endpoint.uri; };
        // One connection per charon, also when two endpoints name the same one.
        if (const auto shared = std::find_if(m_links.cbegin(), m_links.cend(), sameUri); shared != m_links.cend()) {
            link.client = shared->client;
        } else if (const auto reuse = std::find_if(old.begin(), old.end(), sameUri); reuse != old.end()) {
            link.client = reuse->client;
            reuse->client = nullptr;
        }
        m_links.append(link);
    }
    for (const Link &link : std::as_const(old)) {
        const auto stillUsed = [&link](const Link &l) { return l.client == link.client; };
        if (!link.client || std::any_of(m_links.cbegin(), m_links.cend(), stillUsed))
            continue;
        link.client->close(); // its running list-sas fails now, not at the deadline
        link.client->deleteLater();
    }
}

QList<ViciEndpoint> ViciCounterSource::endpoints() const
{
    QList<ViciEndpoint> out;
    out.reserve(m_links.size());
    for (const Link &link : m_links)
        out.append(link.endpoint);
    return out;
}

void ViciCounterSource::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
    for (const Link &link : std::as_const(m_links)) {
        if (link.client)
            link.client->setTimeout(m_timeoutMs);
    }
}

QString ViciCounterSource::description() const
{
    const int count = int(m_links.size());
    if (count == 1)
        return Text::tr("strongSwan VICI: 1 endpoint");
    return Text::tr("strongSwan VICI: %n endpoints", nullptr, count);
}

vici::ViciClient *ViciCounterSource::openClient(int index, QString *error)
{
    Link &link = m_links[index];
    if (const QString problem = viciUriProblem(link.endpoint.uri); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    if (!link.client) {
        for (const Link &other : std::as_const(m_links)) {
            if (other.client && other.endpoint.uri == link.endpoint.uri)
                link.client = other.client;
        }
    }
    if (!link.client) {
        auto *client = new vici::ViciClient(this);
        link.client = client;
        connect(client, &vici::ViciClient::connectionClosed, this,
                [this, client](vici::ViciError, const QString &message) { m_closeReasons.insert(client, message); });
        connect(client, &QObject::destroyed, this, [this, client] { m_closeReasons.remove(client); });
    }
    link.client->setTimeout(m_timeoutMs);
    // Lazy reconnect: a client whose connection failed or was dropped is opened again here.
    if (link.client->state() == vici::ViciConnection::State::Unconnected) {
        m_closeReasons.remove(link.client);
        if (!link.client->connectToUri(link.endpoint.uri, error))
            return nullptr;
    }
    return link.client;
}

void ViciCounterSource::fetch(Done done)
{
    auto round = std::make_shared<Round>();
    round->done = std::move(done);
    round->targets = m_targets;
    round->pending = int(m_links.size());
    for (const Link &link : std::as_const(m_links))
        round->parts.append({link.endpoint, nullptr, false, {}, {}});
    m_rounds.push_back(round);
    if (m_links.isEmpty()) {
        finishIfDone(round);
        return;
    }
    const std::weak_ptr<Round> weak = round;
    QTimer::singleShot(m_timeoutMs, this, [this, weak] { onDeadline(weak); });
    for (int i = 0; i < int(m_links.size()); ++i)
        startPart(round, i);
    finishIfDone(round);
}

void ViciCounterSource::startPart(const std::shared_ptr<Round> &round, int index)
{
    QString error;
    vici::ViciClient *client = openClient(index, &error);
    if (!client) {
        round->finishPart(index, error);
        return;
    }
    round->parts[index].client = client;
    vici::ViciReply *reply = client->listSas();
    const std::weak_ptr<Round> weak = round;
    connect(reply, &vici::ViciReply::finished, this, [this, weak, index, reply] {
        reply->deleteLater();
        const auto current = weak.lock();
        if (!current || current->completed || current->parts.at(index).finished)
            return;
        onListed(current, index, reply);
    });
}

void ViciCounterSource::onListed(const std::shared_ptr<Round> &round, int index, vici::ViciReply *reply)
{
    if (reply->error() != vici::ViciError::NoError) {
        // A connect that failed at once leaves only "not connected": say why instead.
        const QString reason = reply->error() == vici::ViciError::NotConnected
            ? m_closeReasons.value(round->parts.at(index).client)
            : QString();
        const QString text = !reason.isEmpty() ? reason
            : !reply->errorString().isEmpty()  ? reply->errorString()
                                               : Text::tr("list-sas failed");
        round->finishPart(index, text);
        finishIfDone(round);
        return;
    }
    QList<vici::SaInfo> sas;
    const QList<vici::ViciMessage> items = reply->items();
    for (const vici::ViciMessage &item : items) {
        QString error;
        const auto parsed = vici::parseSas(item, &error);
        if (!parsed) {
            // One unreadable IKE_SA would make its connection look gone: the whole answer is void.
            round->finishPart(index, Text::tr("list-sas answer not understood: %1").arg(error));
            finishIfDone(round);
            return;
        }
        sas.append(*parsed);
    }
    round->parts[index].sas = std::move(sas);
    round->finishPart(index, {});
    finishIfDone(round);
}

void ViciCounterSource::onDeadline(const std::weak_ptr<Round> &weak)
{
    const auto round = weak.lock();
    if (!round || round->completed)
        return;
    QList<QPointer<vici::ViciClient>> stuck;
    for (int i = 0; i < int(round->parts.size()); ++i) {
        if (round->parts.at(i).finished)
            continue;
        round->finishPart(i, Text::tr("no answer within %1 ms").arg(m_timeoutMs));
        stuck.append(round->parts.at(i).client);
    }
    // A late answer would be taken for the next command's: drop the connection, the next fetch reconnects.
    for (const auto &client : std::as_const(stuck)) {
        if (client)
            client->close();
    }
    finishIfDone(round);
}

void ViciCounterSource::finishIfDone(const std::shared_ptr<Round> &round)
{
    if (round->completed || round->pending > 0)
        return;
    round->completed = true;
    m_rounds.erase(std::remove(m_rounds.begin(), m_rounds.end(), round), m_rounds.end());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList errors;
    QStringList unmapped;
    // Per connection: the best kind of endpoint configured for it, answered or not.
    QHash<QString, int> bestRank;
    QList<SaMapping> mappings(round->parts.size());
    for (int i = 0; i < int(round->parts.size()); ++i) {
        const Round::Part &part = round->parts.at(i);
        const ViciEndpoint &endpoint = part.endpoint;
        mappings[i] = mapSas(part.error.isEmpty() ? part.sas : QList<vici::SaInfo>(), round->targets, endpoint.scope,
                             endpoint.targetId, now);
        for (const ConnectionSnapshot &snapshot : std::as_const(mappings.at(i).snapshots)) {
            const auto it = bestRank.find(snapshot.connectionId);
            if (it == bestRank.end() || *it > rank(endpoint.scope))
                bestRank.insert(snapshot.connectionId, rank(endpoint.scope));
        }
    }
    QHash<QString, ConnectionSnapshot> merged;
    int answered = 0;
    for (int i = 0; i < int(round->parts.size()); ++i) {
        const Round::Part &part = round->parts.at(i);
        const QString name = part.endpoint.displayName();
        if (!part.error.isEmpty()) {
            errors.append(u"%1: %2"_s.arg(name, part.error));
            continue;
        }
        ++answered;
        for (const QString &sa : std::as_const(mappings.at(i).unmapped))
            unmapped.append(u"%1: %2"_s.arg(name, sa));
        for (ConnectionSnapshot snapshot : std::as_const(mappings.at(i).snapshots)) {
            if (bestRank.value(snapshot.connectionId) != rank(part.endpoint.scope))
                continue;
            for (ChildCounters &child : snapshot.children)
                child.uniqueId = part.endpoint.uri + u'#' + child.uniqueId;
            const auto it = merged.find(snapshot.connectionId);
            if (it == merged.end())
                merged.insert(snapshot.connectionId, snapshot);
            else
                mergeInto(*it, snapshot);
        }
    }
    QList<ConnectionSnapshot> snapshots = merged.values();
    std::sort(snapshots.begin(), snapshots.end(),
              [](const ConnectionSnapshot &a, const ConnectionSnapshot &b) { return a.connectionId < b.connectionId; });

    QString error;
    if (round->parts.isEmpty())
        error = Text::tr("No strongSwan VICI endpoint is set up.");
    else if (answered == 0)
        error = Text::tr("No strongSwan VICI endpoint answered. %1").arg(errors.join(u"; "_s));
    if (!errors.isEmpty())
        qCInfo(lcMonitoring).noquote() << "counter fetch:" << errors.join(u"; "_s); // every poll: not a warning
    if (round->parts.isEmpty())
        errors.append(error);

    m_lastErrors = errors;
    m_lastUnmapped = unmapped;
    const Done done = std::move(round->done);
    Q_EMIT fetchFinished(errors, unmapped);
    if (done)
        done(snapshots, error);
}

void ViciCounterSource::testEndpoint(const QString &uri, QObject *context, const TestDone &done, int timeoutMs)
{
    auto *client = new vici::ViciClient(context);
    client->setTimeout(timeoutMs);
    auto answered = std::make_shared<bool>(false);
    const auto finish = [client, answered, done](bool ok, const QString &text) {
        if (*answered)
            return;
        *answered = true;
        client->deleteLater();
        done(ok, text);
    };
    auto closeReason = std::make_shared<QString>();
    QObject::connect(client, &vici::ViciClient::connectionClosed, client,
                     [closeReason](vici::ViciError, const QString &message) { *closeReason = message; });
    QString error = viciUriProblem(uri);
    if (!error.isEmpty() || !client->connectToUri(uri, &error)) {
        QTimer::singleShot(0, client, [finish, error] { finish(false, error); });
        return;
    }
    vici::ViciReply *reply = client->version();
    QObject::connect(reply, &vici::ViciReply::finished, client, [finish, reply, closeReason] {
        if (reply->error() == vici::ViciError::NoError)
            finish(true, versionText(reply->response()));
        else
            finish(false,
                   reply->error() == vici::ViciError::NotConnected && !closeReason->isEmpty() ? *closeReason
                                                                                              : reply->errorString());
    });
    // Connecting has no timeout of its own (a silent TCP peer): this one covers it.
    QTimer::singleShot(timeoutMs, client, [finish, uri, timeoutMs] {
        finish(false, Text::tr("No answer from %1 within %2 ms.").arg(uri, QString::number(timeoutMs)));
    });
}

} // namespace vpnaas::monitoring
