// SPDX-License-Identifier: Apache-2.0
#include "sandboxsimulator.h"

#include "sandboxserver.h"

#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {

SandboxSimulator::SandboxSimulator(SandboxServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(server, &SandboxServer::changed, this, &SandboxSimulator::onChanged);
    // Whatever the last run left pending is picked up again, once the owner had its chance to
    // configure the delay.
    QTimer::singleShot(0, this, [this] {
        if (!m_server)
            return;
        for (const QString &collection : {u"vpnservices"_s, u"ipsec-site-connections"_s}) {
            for (const QJsonObject &item : m_server->store()->list(collection))
                onChanged(collection, item.value(u"id").toString());
        }
    });
}

SandboxSimulator::~SandboxSimulator() = default;

void SandboxSimulator::setFaulty(const QString &id, bool faulty)
{
    if (faulty)
        m_faulty.insert(id);
    else
        m_faulty.remove(id);
    if (!m_server)
        return;
    for (const QString &collection : {u"vpnservices"_s, u"ipsec-site-connections"_s}) {
        if (m_server->store()->get(collection, id))
            onChanged(collection, id);
    }
}

QString SandboxSimulator::desiredStatus(const QString &collection, const QString &id) const
{
    const auto item = m_server->store()->get(collection, id);
    if (!item)
        return {};
    if (m_faulty.contains(id))
        return u"ERROR"_s;
    bool up = item->value(u"admin_state_up").toBool(true);
    if (collection == u"ipsec-site-connections") {
        const auto service = m_server->store()->get(u"vpnservices"_s, item->value(u"vpnservice_id").toString());
        up = up && service && service->value(u"admin_state_up").toBool(true)
            && !m_faulty.contains(service->value(u"id").toString());
    }
    return up ? u"ACTIVE"_s : u"DOWN"_s;
}

void SandboxSimulator::onChanged(const QString &collection, const QString &id)
{
    if (!m_server)
        return;
    if (collection == u"vpnservices") {
        // A service's state decides its connections' too.
        for (const QJsonObject &conn : m_server->store()->list(u"ipsec-site-connections"_s)) {
            if (conn.value(u"vpnservice_id").toString() == id)
                onChanged(u"ipsec-site-connections"_s, conn.value(u"id").toString());
        }
    }
    if (collection != u"vpnservices" && collection != u"ipsec-site-connections")
        return;
    const auto item = m_server->store()->get(collection, id);
    if (!item) {
        m_activeSince.remove(id);
        return;
    }
    const QString current = item->value(u"status").toString();
    if (current == u"ACTIVE" && !m_activeSince.contains(id))
        m_activeSince.insert(id, QDateTime::currentDateTimeUtc());
    if (current == desiredStatus(collection, id) || m_scheduled.contains(id))
        return;
    m_scheduled.insert(id);
    QTimer::singleShot(m_delayMs, this, [this, collection, id] { settle(collection, id); });
}

void SandboxSimulator::settle(const QString &collection, const QString &id)
{
    m_scheduled.remove(id);
    if (!m_server || !m_server->store()->get(collection, id))
        return;
    const QString status = desiredStatus(collection, id);
    if (status == u"ACTIVE")
        m_activeSince.insert(id, QDateTime::currentDateTimeUtc());
    else
        m_activeSince.remove(id);
    if (m_server->setStatus(collection, id, status))
        Q_EMIT statusChanged(collection, id, status);
}

std::optional<SandboxSimulator::Counters> SandboxSimulator::counters(const QString &connectionId,
                                                                     const QDateTime &at) const
{
    const auto since = m_activeSince.constFind(connectionId);
    if (since == m_activeSince.cend())
        return std::nullopt;
    return counters(connectionId, *since, at);
}

SandboxSimulator::Counters SandboxSimulator::counters(const QString &connectionId, const QDateTime &since,
                                                      const QDateTime &at)
{
    const double seconds = qMax<qint64>(0, since.msecsTo(at)) / 1000.0;
    // A per-connection rate between 8 and 200 KiB/s, a bit more out than in, swinging ±30 %
    // over a few minutes (the integral of rate·(1 + 0.3·sin(2πt/T)), so totals only grow).
    const quint64 seed = qHash(connectionId);
    const double rate = 8192.0 + double(seed % 196608);
    const double period = 240.0 + double(seed % 180);
    const double phase = double(seed % 1000) / 1000.0 * 2 * M_PI;
    const double swing = 0.3 * period / (2 * M_PI) * (std::cos(phase) - std::cos(2 * M_PI * seconds / period + phase));
    const double volume = rate * (seconds + swing);
    Counters c;
    c.activeSince = since;
    c.bytesIn = quint64(std::max(0.0, volume));
    c.bytesOut = quint64(std::max(0.0, volume * 1.15));
    c.packetsIn = c.bytesIn / 1100;
    c.packetsOut = c.bytesOut / 1100;
    return c;
}

} // namespace vpnaas::sandbox
