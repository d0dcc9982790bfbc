// SPDX-License-Identifier: Apache-2.0
#include "samapping.h"

#include "strongswan/resolvedconnection.h"
#include "vpnaas/serverstate.h"

#include <QHash>
#include <QHostAddress>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {

using vici::ChildSaInfo;
using vici::SaInfo;

/*! An address range of one family, as 16 big-endian bytes (IPv4 in the last 4). */
struct Range {
    int version = 0;
    std::array<quint8, 16> lo{};
    std::array<quint8, 16> hi{};
};

std::optional<std::array<quint8, 16>> addressBytes(const QString &text, int *version)
{
    const QHostAddress address(text.trimmed());
    if (address.isNull() || !address.scopeId().isEmpty())
        return std::nullopt;
    std::array<quint8, 16> bytes{};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        bytes[12] = quint8(v4 >> 24);
        bytes[13] = quint8(v4 >> 16);
        bytes[14] = quint8(v4 >> 8);
        bytes[15] = quint8(v4);
        *version = 4;
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::copy(std::begin(v6.c), std::end(v6.c), bytes.begin());
        *version = 6;
    } else {
        return std::nullopt;
    }
    return bytes;
}

std::optional<Range> parseRange(QString text)
{
    // strongSwan appends "[proto/port]" to selectors that are not for all traffic.
    if (const qsizetype bracket = text.indexOf(u'['); bracket >= 0)
        text.truncate(bracket);
    text = text.trimmed();
    Range range;
    if (const qsizetype dots = text.indexOf(u".."_s); dots >= 0) {
        int v1 = 0;
        int v2 = 0;
        const auto lo = addressBytes(text.left(dots), &v1);
        const auto hi = addressBytes(text.mid(dots + 2), &v2);
        if (!lo || !hi || v1 != v2 || *hi < *lo)
            return std::nullopt;
        range.version = v1;
        range.lo = *lo;
        range.hi = *hi;
        return range;
    }
    const qsizetype slash = text.indexOf(u'/');
    const auto base = addressBytes(slash < 0 ? text : text.left(slash), &range.version);
    if (!base)
        return std::nullopt;
    const int maxBits = range.version == 4 ? 32 : 128;
    int bits = maxBits;
    if (slash >= 0) {
        bool ok = false;
        bits = text.mid(slash + 1).toInt(&ok);
        if (!ok || bits < 0 || bits > maxBits)
            return std::nullopt;
    }
    range.lo = *base;
    range.hi = *base;
    // Host bits: the last (maxBits - bits) bits of the 16 bytes.
    const int hostBits = maxBits - bits;
    for (int bit = 0; bit < hostBits; ++bit) {
        const int index = 15 - bit / 8;
        const auto mask = quint8(1u << (bit % 8));
        range.lo[size_t(index)] &= quint8(~mask);
        range.hi[size_t(index)] |= mask;
    }
    return range;
}

QList<Range> parseRanges(const QStringList &texts)
{
    QList<Range> out;
    for (const QString &text : texts) {
        if (const auto range = parseRange(text))
            out.append(*range);
    }
    return out;
}

/*! An address as text and, where it is one, as an IP (parsed once: mapping compares a lot). */
struct Address {
    QString text;
    QHostAddress ip;
    Address() = default;
    explicit Address(const QString &t)
        : text(t)
        , ip(t)
    {
    }
};

bool sameAddress(const Address &a, const Address &b)
{
    if (a.text.isEmpty() || b.text.isEmpty())
        return false;
    if (!a.ip.isNull() && !b.ip.isNull())
        return a.ip.isEqual(b.ip, QHostAddress::ConvertV4MappedToIPv4);
    return a.text.compare(b.text, Qt::CaseInsensitive) == 0;
}

bool overlap(const QList<Range> &x, const QList<Range> &y)
{
    for (const Range &r : x) {
        for (const Range &s : y) {
            if (r.version == s.version && r.lo <= s.hi && s.lo <= r.hi)
                return true;
        }
    }
    return false;
}

/*! IKE identities: charon reports an FQDN id configured as "@name" without the "@". */
bool sameId(const QString &reported, const QString &configured)
{
    const auto bare = [](const QString &id) { return id.startsWith(u'@') ? id.mid(1) : id; };
    const QString a = bare(reported);
    const QString b = bare(configured);
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a == b || sameAddress(Address(a), Address(b));
}

class Mapper
{
public:
    Mapper(const QList<MappingTarget> &targets, ViciEndpoint::Scope scope, const QString &targetId)
        : m_targets(targets)
        , m_scope(scope)
    {
        if (scope == ViciEndpoint::Scope::PeerGateway && !targetId.isEmpty()
            && std::none_of(m_targets.cbegin(), m_targets.cend(),
                            [&targetId](const MappingTarget &t) { return t.connectionId == targetId; })) {
            m_targets.append(MappingTarget{targetId, {}, {}, {}, {}, {}, {}});
        }
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            const MappingTarget &t = m_targets.at(i);
            m_prepared.append(
                {Address(t.peerAddress), Address(t.externalIp), parseRanges(t.localCidrs), parseRanges(t.peerCidrs)});
            m_byId.insert(t.connectionId, int(i));
            const bool inScope = targetId.isEmpty()
                || (scope == ViciEndpoint::Scope::VpnService ? t.vpnServiceId == targetId : t.connectionId == targetId);
            m_inScope.append(inScope);
        }
    }

    bool inScope(int target) const { return m_inScope.at(target); }
    int count() const { return int(m_targets.size()); }
    const MappingTarget &target(int index) const { return m_targets.at(index); }

    /*! The target named \a name: its index, -1 when no connection has that id. */
    int byName(const QString &name) const { return m_byId.value(name, -1); }

    /*! An IKE_SA's hosts, parsed once for all targets. */
    struct Hosts {
        Address local;
        Address remote;
        explicit Hosts(const SaInfo &sa)
            : local(sa.localHost)
            , remote(sa.remoteHost)
        {
        }
    };

    bool addressesMatch(const SaInfo &sa, const Hosts &hosts, int index) const
    {
        const MappingTarget &t = target(index);
        const Prepared &p = m_prepared.at(index);
        if (m_scope == ViciEndpoint::Scope::VpnService)
            return sameAddress(hosts.remote, p.peerAddress) || sameId(sa.remoteId, t.peerId);
        return sameAddress(hosts.remote, p.externalIp)
            && (sameAddress(hosts.local, p.peerAddress) || sameId(sa.localId, t.peerId));
    }

    /*! -1: a selector side contradicts the target's subnets; else how many sides positively overlap. */
    int selectorScore(const QList<Range> &localTs, const QList<Range> &remoteTs, int index) const
    {
        const Prepared &p = m_prepared.at(index);
        const bool service = m_scope == ViciEndpoint::Scope::VpnService;
        const QList<Range> &local = service ? p.localCidrs : p.peerCidrs;
        const QList<Range> &remote = service ? p.peerCidrs : p.localCidrs;
        int score = 0;
        for (const auto &[selectors, cidrs] : {std::pair{&localTs, &local}, std::pair{&remoteTs, &remote}}) {
            if (selectors->isEmpty() || cidrs->isEmpty())
                continue; // cannot tell
            if (!overlap(*selectors, *cidrs))
                return -1;
            ++score;
        }
        return score;
    }

    /*! The index of the in-scope target \a child belongs to, or -1. */
    int mapChild(const SaInfo &sa, const ChildSaInfo &child) const
    {
        if (const int named = byName(child.name); named >= 0)
            return inScope(named) ? named : -1;
        if (const int named = byName(sa.name); named >= 0)
            return inScope(named) ? named : -1;
        const Hosts hosts(sa);
        const QList<Range> localTs = parseRanges(child.localTs);
        const QList<Range> remoteTs = parseRanges(child.remoteTs);
        int best = -1;
        int bestScore = -1;
        bool tie = false;
        for (int i = 0; i < count(); ++i) {
            if (!inScope(i) || !addressesMatch(sa, hosts, i))
                continue;
            const int score = selectorScore(localTs, remoteTs, i);
            if (score < 0)
                continue;
            if (score > bestScore) {
                best = i;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /*!
     * The in-scope target of an IKE_SA none of whose CHILD_SAs mapped, or -1. By address only
     * when it has no CHILD_SA at all: one whose selectors fit no connection is another tunnel
     * to the same peer.
     */
    int mapIke(const SaInfo &sa) const
    {
        if (const int named = byName(sa.name); named >= 0)
            return inScope(named) ? named : -1;
        if (!sa.children.isEmpty())
            return -1;
        const Hosts hosts(sa);
        int found = -1;
        for (int i = 0; i < count(); ++i) {
            if (!inScope(i) || !addressesMatch(sa, hosts, i))
                continue;
            if (found >= 0)
                return -1; // ambiguous without selectors
            found = i;
        }
        return found;
    }

private:
    struct Prepared {
        Address peerAddress;
        Address externalIp;
        QList<Range> localCidrs;
        QList<Range> peerCidrs;
    };

    QList<MappingTarget> m_targets;
    QList<Prepared> m_prepared;
    ViciEndpoint::Scope m_scope;
    QHash<QString, int> m_byId;
    QList<bool> m_inScope;
};

/*! What has been collected for one connection. */
struct Collected {
    QList<ChildCounters> children;
    const SaInfo *ike = nullptr;
    bool ikeHasCounted = false;
    const ChildSaInfo *newest = nullptr;
};

bool counted(const ChildSaInfo &child)
{
    return child.state == u"INSTALLED" || child.state == u"REKEYED";
}

/*! Whether \a sa (with a counted CHILD_SA for the connection or not) describes it better than the current pick. */
bool betterIke(const SaInfo &sa, bool hasCounted, const Collected &c)
{
    if (!c.ike)
        return true;
    if (hasCounted != c.ikeHasCounted)
        return hasCounted;
    const bool established = sa.state == u"ESTABLISHED";
    if (established != (c.ike->state == u"ESTABLISHED"))
        return established;
    return sa.uniqueId > c.ike->uniqueId;
}

} // namespace

MappingTarget mappingTarget(const strongswan::ResolvedConnection &resolved)
{
    return {resolved.connection.id,     resolved.connection.vpnserviceId,
            resolved.externalIp,        resolved.connection.peerAddress,
            resolved.connection.peerId, resolved.localCidrs,
            resolved.peerCidrs};
}

QList<MappingTarget> mappingTargets(const ServerState &state)
{
    QList<MappingTarget> targets;
    targets.reserve(state.connections.size());
    for (const IpsecSiteConnection &connection : state.connections)
        targets.append(mappingTarget(strongswan::resolveConnection(state, connection.id)));
    std::stable_sort(targets.begin(), targets.end(),
                     [](const MappingTarget &a, const MappingTarget &b) { return a.connectionId < b.connectionId; });
    return targets;
}

std::optional<bool> selectorsOverlap(const QStringList &a, const QStringList &b)
{
    const QList<Range> x = parseRanges(a);
    const QList<Range> y = parseRanges(b);
    if (x.isEmpty() || y.isEmpty())
        return std::nullopt;
    return overlap(x, y);
}

SaMapping mapSas(const QList<vici::SaInfo> &sas, const QList<MappingTarget> &targets, ViciEndpoint::Scope scope,
                 const QString &targetId, const QDateTime &now)
{
    const Mapper mapper(targets, scope, targetId);
    const bool swap = scope == ViciEndpoint::Scope::PeerGateway;
    QList<Collected> collected(mapper.count());
    SaMapping result;

    for (const SaInfo &sa : sas) {
        QStringList lostChildren;
        bool anyMapped = false;
        QList<bool> touched(mapper.count(), false);
        for (const ChildSaInfo &child : sa.children) {
            const int index = mapper.mapChild(sa, child);
            if (index < 0) {
                lostChildren.append(sa.name + u'/' + child.name);
                continue;
            }
            anyMapped = true;
            Collected &c = collected[index];
            if (counted(child)) {
                ChildCounters counters{QString::number(child.uniqueId), child.bytesIn, child.bytesOut, child.packetsIn,
                                       child.packetsOut};
                if (swap) {
                    std::swap(counters.bytesIn, counters.bytesOut);
                    std::swap(counters.packetsIn, counters.packetsOut);
                }
                c.children.append(counters);
            }
            if (!c.newest || child.uniqueId > c.newest->uniqueId)
                c.newest = &child;
            touched[index] = touched[index] || counted(child);
            if (betterIke(sa, touched[index], c)) {
                c.ike = &sa;
                c.ikeHasCounted = touched[index];
            }
        }
        if (anyMapped) {
            result.unmapped.append(lostChildren);
            continue;
        }
        const int index = mapper.mapIke(sa);
        if (index < 0) {
            result.unmapped.append(sa.name);
            continue;
        }
        result.unmapped.append(lostChildren);
        if (betterIke(sa, false, collected[index])) {
            collected[index].ike = &sa;
            collected[index].ikeHasCounted = false;
        }
    }

    for (int i = 0; i < mapper.count(); ++i) {
        if (!mapper.inScope(i))
            continue;
        const Collected &c = collected.at(i);
        ConnectionSnapshot snapshot{mapper.target(i).connectionId, c.children};
        if (c.ike) {
            snapshot.ikeState = c.ike->state;
            if (c.ike->established >= 0)
                snapshot.establishedAt = now.toUTC().addSecs(-c.ike->established);
        }
        if (c.newest)
            snapshot.childState = c.newest->state;
        result.snapshots.append(snapshot);
    }
    std::sort(result.snapshots.begin(), result.snapshots.end(),
              [](const ConnectionSnapshot &a, const ConnectionSnapshot &b) { return a.connectionId < b.connectionId; });
    return result;
}

} // namespace vpnaas::monitoring
