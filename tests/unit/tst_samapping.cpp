// SPDX-License-Identifier: Apache-2.0
// mapSas(): strongSwan SAs (as list-sas reports them) to Neutron connections, by name, then by
// addresses and traffic selectors, within the scope an endpoint is attached to; the snapshots
// it makes (counted CHILD_SAs, states, uptime) and what it leaves unmapped.
#include "monitoring/samapping.h"

#include "strongswan/resolvedconnection.h"
#include "vpnaas/serverstate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;
using vici::ChildSaInfo;
using vici::SaInfo;
using Scope = ViciEndpoint::Scope;

Q_DECLARE_METATYPE(QList<vpnaas::vici::SaInfo>)
Q_DECLARE_METATYPE(vpnaas::monitoring::ViciEndpoint::Scope)

namespace {

const QDateTime Now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

// Service svc-1 (external 203.0.113.10, local 10.1.0.0/24) has three connections, two of them
// to the same peer; svc-2 one; svc-6 an IPv6 one.
QList<MappingTarget> targets()
{
    return {
        {u"conn-1"_s,
         u"svc-1"_s,
         u"203.0.113.10"_s,
         u"198.51.100.1"_s,
         u"198.51.100.1"_s,
         {u"10.1.0.0/24"_s},
         {u"10.2.0.0/24"_s}},
        {u"conn-2"_s,
         u"svc-1"_s,
         u"203.0.113.10"_s,
         u"198.51.100.1"_s,
         u"198.51.100.1"_s,
         {u"10.1.0.0/24"_s},
         {u"10.3.0.0/24"_s, u"10.33.0.0/16"_s}},
        {u"conn-3"_s,
         u"svc-1"_s,
         u"203.0.113.10"_s,
         u"198.51.100.3"_s,
         u"@gw3.example.org"_s,
         {u"10.1.0.0/24"_s},
         {u"10.4.0.0/24"_s}},
        {u"conn-4"_s,
         u"svc-2"_s,
         u"203.0.113.20"_s,
         u"198.51.100.4"_s,
         u"198.51.100.4"_s,
         {u"10.5.0.0/24"_s},
         {u"10.6.0.0/24"_s}},
        {u"conn-6"_s,
         u"svc-6"_s,
         u"2001:db8:ff::10"_s,
         u"2001:db8::2"_s,
         u"2001:db8::2"_s,
         {u"2001:db8:1::/64"_s},
         {u"2001:db8:2::/64"_s}},
    };
}

ChildSaInfo child(const QString &name, quint32 id, const QString &state, const QStringList &localTs,
                  const QStringList &remoteTs, quint64 in = 0, quint64 out = 0)
{
    ChildSaInfo c;
    c.key = name + u'-' + QString::number(id);
    c.name = name;
    c.uniqueId = id;
    c.state = state;
    c.localTs = localTs;
    c.remoteTs = remoteTs;
    c.bytesIn = in;
    c.bytesOut = out;
    c.packetsIn = in / 100;
    c.packetsOut = out / 100;
    return c;
}

SaInfo ike(const QString &name, quint32 id, const QString &state, const QString &local, const QString &remote,
           qint64 established, const QList<ChildSaInfo> &children = {}, const QString &remoteId = {},
           const QString &localId = {})
{
    SaInfo sa;
    sa.name = name;
    sa.uniqueId = id;
    sa.version = 2;
    sa.state = state;
    sa.localHost = local;
    sa.remoteHost = remote;
    sa.localId = localId.isEmpty() ? local : localId;
    sa.remoteId = remoteId.isEmpty() ? remote : remoteId;
    sa.established = established;
    sa.children = children;
    return sa;
}

// The network node of svc-1 towards the peer 198.51.100.1.
SaInfo toPeer1(const QString &name, quint32 id, const QList<ChildSaInfo> &children,
               const QString &state = u"ESTABLISHED"_s)
{
    return ike(name, id, state, u"203.0.113.10"_s, u"198.51.100.1"_s, state == u"ESTABLISHED" ? 30 : -1, children);
}

/*! "conn-1 ESTABLISHED/INSTALLED up 30s [7 in 100 out 200]": everything a snapshot says. */
QString describe(const ConnectionSnapshot &s)
{
    QStringList children;
    for (const ChildCounters &c : s.children)
        children.append(u"%1 in %2 out %3"_s.arg(c.uniqueId).arg(c.bytesIn).arg(c.bytesOut));
    QString text = s.connectionId + u' ' + (s.ikeState.isEmpty() ? u"-"_s : s.ikeState) + u'/'
        + (s.childState.isEmpty() ? u"-"_s : s.childState);
    if (s.establishedAt.isValid())
        text += u" up %1s"_s.arg(s.establishedAt.secsTo(Now));
    return text + u" ["_s + children.join(u", "_s) + u']';
}

} // namespace

class TestSaMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapSas_data();
    void mapSas();
    void selectorsOverlap_data();
    void selectorsOverlap();
    void targetsFromServerState();
};

void TestSaMapping::mapSas_data()
{
    QTest::addColumn<QList<SaInfo>>("sas");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("targetId");
    QTest::addColumn<QStringList>("snapshots");
    QTest::addColumn<QStringList>("unmapped");

    const QStringList l1{u"10.1.0.0/24"_s};
    const QStringList r2{u"10.2.0.0/24"_s};
    const QStringList r3{u"10.3.0.0/24"_s};
    const QString svc1 = u"svc-1"_s;
    const QStringList nothingUp{u"conn-1 -/- []"_s, u"conn-2 -/- []"_s, u"conn-3 -/- []"_s};

    QTest::addRow("no SAs: every connection of the service, empty")
        << QList<SaInfo>() << Scope::VpnService << svc1 << nothingUp << QStringList();
    QTest::addRow("IKE_SA and CHILD_SA named by the connection id")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 1, {child(u"conn-1"_s, 7, u"INSTALLED"_s, l1, r2, 100, 200)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 30s [7 in 100 out 200]"_s, u"conn-2 -/- []"_s,
                       u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("one IKE_SA for two conns: CHILD_SA names decide")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 1,
                                 {child(u"conn-1"_s, 7, u"INSTALLED"_s, l1, r2, 100, 200),
                                  child(u"conn-2"_s, 8, u"INSTALLED"_s, l1, r3, 300, 400)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 30s [7 in 100 out 200]"_s,
                       u"conn-2 ESTABLISHED/INSTALLED up 30s [8 in 300 out 400]"_s, u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("CHILD_SA named otherwise: the IKE_SA name")
        << QList<SaInfo>{toPeer1(u"conn-2"_s, 1, {child(u"net"_s, 9, u"INSTALLED"_s, l1, r2, 1, 2)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 -/- []"_s, u"conn-2 ESTABLISHED/INSTALLED up 30s [9 in 1 out 2]"_s, u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("by peer address; selectors pick one of two conns to the same peer")
        << QList<SaInfo>{toPeer1(u"site-b"_s, 1, {child(u"net"_s, 5, u"INSTALLED"_s, l1, r3, 10, 20)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 -/- []"_s, u"conn-2 ESTABLISHED/INSTALLED up 30s [5 in 10 out 20]"_s,
                       u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("by peer address; a narrower selector, a port and a range still overlap")
        << QList<SaInfo>{toPeer1(
               u"site-b"_s, 1,
               {child(u"net"_s, 5, u"INSTALLED"_s, {u"10.1.0.5..10.1.0.9[tcp/80]"_s}, {u"10.33.4.0/24"_s}, 10, 20)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 -/- []"_s, u"conn-2 ESTABLISHED/INSTALLED up 30s [5 in 10 out 20]"_s,
                       u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("by remote id with @ (peer behind NAT)")
        << QList<SaInfo>{ike(u"x"_s, 4, u"ESTABLISHED"_s, u"203.0.113.10"_s, u"192.0.2.99"_s, 5,
                             {child(u"x"_s, 6, u"INSTALLED"_s, l1, {u"10.4.0.0/24"_s}, 1, 1)}, u"gw3.example.org"_s)}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 -/- []"_s, u"conn-2 -/- []"_s, u"conn-3 ESTABLISHED/INSTALLED up 5s [6 in 1 out 1]"_s}
        << QStringList();
    QTest::addRow("same peer, selectors fit neither conn: unmapped")
        << QList<SaInfo>{toPeer1(u"manual"_s, 1, {child(u"net"_s, 5, u"INSTALLED"_s, l1, {u"10.9.0.0/24"_s})})}
        << Scope::VpnService << svc1 << nothingUp << QStringList{u"manual"_s};
    QTest::addRow("same peer, no selectors to tell: unmapped")
        << QList<SaInfo>{toPeer1(u"manual"_s, 1, {child(u"net"_s, 5, u"INSTALLED"_s, {u"dynamic"_s}, {})})}
        << Scope::VpnService << svc1 << nothingUp << QStringList{u"manual"_s};
    QTest::addRow("CONNECTING IKE_SA without CHILD_SA, by name")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 3, {}, u"CONNECTING"_s)} << Scope::VpnService << svc1
        << QStringList{u"conn-1 CONNECTING/- []"_s, u"conn-2 -/- []"_s, u"conn-3 -/- []"_s} << QStringList();
    QTest::addRow("CONNECTING IKE_SA without CHILD_SA, by a unique address")
        << QList<SaInfo>{ike(u"x"_s, 3, u"CONNECTING"_s, u"203.0.113.10"_s, u"198.51.100.3"_s, -1)} << Scope::VpnService
        << svc1 << QStringList{u"conn-1 -/- []"_s, u"conn-2 -/- []"_s, u"conn-3 CONNECTING/- []"_s} << QStringList();
    QTest::addRow("CONNECTING IKE_SA without CHILD_SA, address of two conns: unmapped")
        << QList<SaInfo>{toPeer1(u"x"_s, 3, {}, u"CONNECTING"_s)} << Scope::VpnService << svc1 << nothingUp
        << QStringList{u"x"_s};
    QTest::addRow("rekey: REKEYED and INSTALLED count, DELETED not; newest state")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 1,
                                 {child(u"conn-1"_s, 4, u"DELETED"_s, l1, r2, 900, 900),
                                  child(u"conn-1"_s, 5, u"REKEYED"_s, l1, r2, 500, 600),
                                  child(u"conn-1"_s, 6, u"INSTALLED"_s, l1, r2, 0, 0)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 30s [5 in 500 out 600, 6 in 0 out 0]"_s, u"conn-2 -/- []"_s,
                       u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("a CHILD_SA being installed is the newest, not counted yet")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 1,
                                 {child(u"conn-1"_s, 5, u"INSTALLED"_s, l1, r2, 500, 600),
                                  child(u"conn-1"_s, 6, u"INSTALLING"_s, l1, r2)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 ESTABLISHED/INSTALLING up 30s [5 in 500 out 600]"_s, u"conn-2 -/- []"_s,
                       u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("two IKE_SAs (reauthentication): the established one with the CHILD_SA")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 2, {}, u"CONNECTING"_s),
                         toPeer1(u"conn-1"_s, 1, {child(u"conn-1"_s, 7, u"INSTALLED"_s, l1, r2, 1, 2)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 30s [7 in 1 out 2]"_s, u"conn-2 -/- []"_s, u"conn-3 -/- []"_s}
        << QStringList();
    QTest::addRow("another service's connection is out of scope")
        << QList<SaInfo>{ike(u"conn-4"_s, 1, u"ESTABLISHED"_s, u"203.0.113.20"_s, u"198.51.100.4"_s, 9,
                             {child(u"conn-4"_s, 2, u"INSTALLED"_s, {u"10.5.0.0/24"_s}, {u"10.6.0.0/24"_s}, 1, 1)})}
        << Scope::VpnService << svc1 << nothingUp << QStringList{u"conn-4"_s};
    QTest::addRow("unknown names and peer")
        << QList<SaInfo>{ike(u"lab"_s, 1, u"ESTABLISHED"_s, u"203.0.113.10"_s, u"192.0.2.50"_s, 9,
                             {child(u"lab"_s, 2, u"INSTALLED"_s, l1, {u"172.16.0.0/12"_s})}),
                         ike(u"lab2"_s, 3, u"CONNECTING"_s, u"203.0.113.10"_s, u"192.0.2.51"_s, -1)}
        << Scope::VpnService << svc1 << nothingUp << QStringList{u"lab"_s, u"lab2"_s};
    QTest::addRow("a stray CHILD_SA in a matched IKE_SA is listed alone")
        << QList<SaInfo>{toPeer1(u"conn-1"_s, 1,
                                 {child(u"conn-1"_s, 7, u"INSTALLED"_s, l1, r2, 1, 2),
                                  child(u"conn-4"_s, 8, u"INSTALLED"_s, l1, r2, 3, 4)})}
        << Scope::VpnService << svc1
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 30s [7 in 1 out 2]"_s, u"conn-2 -/- []"_s, u"conn-3 -/- []"_s}
        << QStringList{u"conn-1/conn-4"_s};
    QTest::addRow("no target id: every known connection")
        << QList<SaInfo>{} << Scope::VpnService << QString()
        << QStringList{u"conn-1 -/- []"_s, u"conn-2 -/- []"_s, u"conn-3 -/- []"_s, u"conn-4 -/- []"_s,
                       u"conn-6 -/- []"_s}
        << QStringList();
    QTest::addRow("IPv6, the address written differently")
        << QList<SaInfo>{ike(u"v6"_s, 1, u"ESTABLISHED"_s, u"2001:db8:ff::10"_s, u"2001:0db8:0:0::2"_s, 60,
                             {child(u"v6"_s, 2, u"INSTALLED"_s, {u"2001:db8:1::/64"_s}, {u"2001:db8:2::/48"_s}, 5, 6)})}
        << Scope::VpnService << u"svc-6"_s << QStringList{u"conn-6 ESTABLISHED/INSTALLED up 60s [2 in 5 out 6]"_s}
        << QStringList();

    // A peer gateway sees the tunnel from the other end: counters are swapped.
    const auto atPeer = [](const QString &name, const QList<ChildSaInfo> &children, const QString &localId = {}) {
        return ike(name, 1, u"ESTABLISHED"_s, u"198.51.100.1"_s, u"203.0.113.10"_s, 12, children, {}, localId);
    };
    QTest::addRow("peer gateway, by name")
        << QList<SaInfo>{atPeer(u"conn-1"_s, {child(u"conn-1"_s, 3, u"INSTALLED"_s, r2, l1, 100, 200)})}
        << Scope::PeerGateway << u"conn-1"_s << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 12s [3 in 200 out 100]"_s}
        << QStringList();
    QTest::addRow("peer gateway, by addresses and selectors")
        << QList<SaInfo>{atPeer(u"to-cloud"_s, {child(u"net"_s, 3, u"INSTALLED"_s, r2, l1, 100, 200)})}
        << Scope::PeerGateway << u"conn-1"_s << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 12s [3 in 200 out 100]"_s}
        << QStringList();
    QTest::addRow("peer gateway, the other conn to the same cloud is out of scope")
        << QList<SaInfo>{atPeer(u"to-cloud"_s, {child(u"net"_s, 3, u"INSTALLED"_s, r3, l1, 100, 200)})}
        << Scope::PeerGateway << u"conn-1"_s << QStringList{u"conn-1 -/- []"_s} << QStringList{u"to-cloud"_s};
    QTest::addRow("peer gateway, a tunnel to another cloud")
        << QList<SaInfo>{ike(u"elsewhere"_s, 1, u"ESTABLISHED"_s, u"198.51.100.1"_s, u"192.0.2.1"_s, 1,
                             {child(u"net"_s, 3, u"INSTALLED"_s, r2, l1)})}
        << Scope::PeerGateway << u"conn-1"_s << QStringList{u"conn-1 -/- []"_s} << QStringList{u"elsewhere"_s};
    QTest::addRow("peer gateway behind NAT, by local id")
        << QList<SaInfo>{ike(u"to-cloud"_s, 1, u"ESTABLISHED"_s, u"10.0.0.5"_s, u"203.0.113.10"_s, 12,
                             {child(u"net"_s, 3, u"INSTALLED"_s, r2, l1, 100, 200)}, {}, u"198.51.100.1"_s)}
        << Scope::PeerGateway << u"conn-1"_s << QStringList{u"conn-1 ESTABLISHED/INSTALLED up 12s [3 in 200 out 100]"_s}
        << QStringList();
    QTest::addRow("peer gateway of a connection not (yet) known: by name")
        << QList<SaInfo>{atPeer(u"conn-9"_s, {child(u"conn-9"_s, 3, u"INSTALLED"_s, r2, l1, 100, 200)})}
        << Scope::PeerGateway << u"conn-9"_s << QStringList{u"conn-9 ESTABLISHED/INSTALLED up 12s [3 in 200 out 100]"_s}
        << QStringList();
}

void TestSaMapping::mapSas()
{
    QFETCH(QList<SaInfo>, sas);
    QFETCH(Scope, scope);
    QFETCH(QString, targetId);
    QFETCH(QStringList, snapshots);
    QFETCH(QStringList, unmapped);
    const SaMapping mapping = monitoring::mapSas(sas, targets(), scope, targetId, Now);
    QStringList actual;
    for (const ConnectionSnapshot &snapshot : mapping.snapshots) {
        actual.append(describe(snapshot));
        for (const ChildCounters &c : snapshot.children) {
            // child() makes packets = bytes / 100: they are swapped along with the bytes.
            QCOMPARE(c.packetsIn, c.bytesIn / 100);
            QCOMPARE(c.packetsOut, c.bytesOut / 100);
        }
        QVERIFY(!snapshot.establishedAt.isValid() || snapshot.establishedAt.timeSpec() == Qt::UTC);
    }
    QCOMPARE(actual, snapshots);
    QCOMPARE(mapping.unmapped, unmapped);
}

void TestSaMapping::selectorsOverlap_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<int>("expected"); // -1: cannot tell, 0: no, 1: yes

    QTest::addRow("same subnet") << QStringList{u"10.1.0.0/24"_s} << QStringList{u"10.1.0.0/24"_s} << 1;
    QTest::addRow("host in subnet") << QStringList{u"10.1.0.5/32"_s} << QStringList{u"10.1.0.0/24"_s} << 1;
    QTest::addRow("bare host") << QStringList{u"10.1.0.5"_s} << QStringList{u"10.1.0.0/24"_s} << 1;
    QTest::addRow("wider selector") << QStringList{u"0.0.0.0/0"_s} << QStringList{u"10.1.0.0/24"_s} << 1;
    QTest::addRow("neighbours") << QStringList{u"10.1.0.0/24"_s} << QStringList{u"10.1.1.0/24"_s} << 0;
    QTest::addRow("range touching the subnet's end")
        << QStringList{u"10.0.255.250..10.1.0.0"_s} << QStringList{u"10.1.0.0/24"_s} << 1;
    QTest::addRow("range before it") << QStringList{u"10.0.255.250..10.0.255.255"_s} << QStringList{u"10.1.0.0/24"_s}
                                     << 0;
    QTest::addRow("port suffix") << QStringList{u"10.1.0.0/24[udp/53]"_s} << QStringList{u"10.1.0.7"_s} << 1;
    QTest::addRow("one of several") << QStringList{u"192.168.0.0/16"_s, u"10.1.0.0/24"_s}
                                    << QStringList{u"10.1.0.128/25"_s} << 1;
    QTest::addRow("IPv6") << QStringList{u"2001:db8:1::/64"_s} << QStringList{u"2001:db8:1::5/128"_s} << 1;
    QTest::addRow("IPv6 /0 and IPv4") << QStringList{u"::/0"_s} << QStringList{u"10.1.0.0/24"_s} << 0;
    QTest::addRow("dynamic") << QStringList{u"dynamic"_s} << QStringList{u"10.1.0.0/24"_s} << -1;
    QTest::addRow("nothing") << QStringList() << QStringList{u"10.1.0.0/24"_s} << -1;
    QTest::addRow("garbage is skipped") << QStringList{u"10.1.0.0/33"_s, u"x..y"_s, u"10.1.0.9..10.1.0.1"_s}
                                        << QStringList{u"10.1.0.0/24"_s} << -1;
}

void TestSaMapping::selectorsOverlap()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(int, expected);
    const auto overlap = monitoring::selectorsOverlap(a, b);
    QCOMPARE(overlap ? int(*overlap) : -1, expected);
    const auto reverse = monitoring::selectorsOverlap(b, a);
    QCOMPARE(reverse ? int(*reverse) : -1, expected);
}

void TestSaMapping::targetsFromServerState()
{
    ServerState state;
    Router router;
    router.id = u"r1"_s;
    router.externalNetworkId = u"ext"_s;
    router.externalFixedIps = {{u"sub4"_s, u"203.0.113.10"_s}};
    state.routers.append(router);
    state.subnets.append({u"sn1"_s, {}, u"private"_s, u"net"_s, 4, u"10.1.0.0/24"_s, u"10.1.0.1"_s});
    VpnService service;
    service.id = u"svc-1"_s;
    service.routerId = u"r1"_s;
    service.externalV4Ip = u"203.0.113.10"_s;
    state.vpnServices.append(service);
    EndpointGroup local;
    local.id = u"local"_s;
    local.type = EndpointGroupType::Subnet;
    local.endpoints = {u"sn1"_s};
    EndpointGroup peer;
    peer.id = u"peer"_s;
    peer.type = EndpointGroupType::Cidr;
    peer.endpoints = {u"10.2.0.0/24"_s};
    state.endpointGroups = {local, peer};
    IpsecSiteConnection c;
    c.id = u"conn-b"_s;
    c.vpnserviceId = u"svc-1"_s;
    c.peerAddress = u"198.51.100.1"_s;
    c.peerId = u"gw.example.org"_s;
    c.localEpGroupId = u"local"_s;
    c.peerEpGroupId = u"peer"_s;
    IpsecSiteConnection orphan;
    orphan.id = u"conn-a"_s;
    orphan.vpnserviceId = u"gone"_s;
    orphan.peerAddress = u"198.51.100.9"_s;
    state.connections = {c, orphan};

    const QList<MappingTarget> expected = {
        {u"conn-a"_s, u"gone"_s, {}, u"198.51.100.9"_s, {}, {}, {}},
        {u"conn-b"_s,
         u"svc-1"_s,
         u"203.0.113.10"_s,
         u"198.51.100.1"_s,
         u"gw.example.org"_s,
         {u"10.1.0.0/24"_s},
         {u"10.2.0.0/24"_s}},
    };
    QCOMPARE(mappingTargets(state), expected);
    QCOMPARE(mappingTarget(strongswan::resolveConnection(state, u"conn-b"_s)), expected.at(1));
    QVERIFY(mappingTargets(ServerState()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSaMapping)
#include "tst_samapping.moc"
