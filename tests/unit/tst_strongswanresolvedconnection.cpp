// SPDX-License-Identifier: Apache-2.0
#include "strongswan/resolvedconnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::strongswan;

namespace {

const QString kRouter = u"5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"_s;
const QString kService = u"4d5e6f70-8192-4a3b-94d5-e6f708192a3b"_s;
const QString kConnection = u"8192a3b4-c5d6-4e7f-9801-2a3b4c5d6e7f"_s;

/*! A router with IPv4 and IPv6 gateways, one service, one endpoint-group connection. */
ServerState baseState()
{
    ServerState s;
    Router router;
    router.id = kRouter;
    router.externalNetworkId = u"ext"_s;
    router.externalFixedIps = {{u"sub4"_s, u"203.0.113.10"_s}, {u"sub6"_s, u"2001:db8:ff::10"_s}};
    s.routers.append(router);
    s.subnets.append({u"sn1"_s, {}, u"private"_s, u"net"_s, 4, u"10.10.1.0/24"_s, u"10.10.1.1"_s});
    s.subnets.append({u"sn2"_s, {}, u"db"_s, u"net"_s, 4, u"10.10.2.0/24"_s, u"10.10.2.1"_s});
    s.subnets.append({u"sn6"_s, {}, u"v6"_s, u"net"_s, 6, u"2001:db8:10::/64"_s, u"2001:db8:10::1"_s});
    VpnService service;
    service.id = kService;
    service.routerId = kRouter;
    service.externalV4Ip = u"203.0.113.10"_s;
    service.externalV6Ip = u"2001:db8:ff::10"_s;
    s.vpnServices.append(service);
    EndpointGroup local;
    local.id = u"local"_s;
    local.type = EndpointGroupType::Subnet;
    local.endpoints = {u"sn2"_s, u"sn1"_s};
    EndpointGroup local6 = local;
    local6.id = u"local6"_s;
    local6.endpoints = {u"sn6"_s};
    EndpointGroup peer;
    peer.id = u"peer"_s;
    peer.type = EndpointGroupType::Cidr;
    peer.endpoints = {u"192.168.50.0/24"_s, u"192.168.60.0/24"_s};
    EndpointGroup peer6 = peer;
    peer6.id = u"peer6"_s;
    peer6.endpoints = {u"2001:db8:50::/64"_s};
    s.endpointGroups = {local, local6, peer, peer6};
    IkePolicy ike;
    ike.id = u"ike"_s;
    s.ikePolicies.append(ike);
    IpsecPolicy ipsec;
    ipsec.id = u"ipsec"_s;
    s.ipsecPolicies.append(ipsec);
    IpsecSiteConnection c;
    c.id = kConnection;
    c.vpnserviceId = kService;
    c.ikepolicyId = u"ike"_s;
    c.ipsecpolicyId = u"ipsec"_s;
    c.peerAddress = u"198.51.100.77"_s;
    c.peerId = u"198.51.100.77"_s;
    c.psk = Secret(u"password"_s);
    c.localEpGroupId = u"local"_s;
    c.peerEpGroupId = u"peer"_s;
    s.connections.append(c);
    return s;
}

QStringList codes(const Findings &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code);
    return result;
}

} // namespace

class TestStrongSwanResolvedConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids_data();
    void ids();
    void externalIpFollowsPeerVersion();
    void externalIpFallsBackToRouter();
    void staleSnapshotIsKeptAndFlagged();
    void noGatewayForPeerVersion();
    void endpointGroupCidrsInOrder();
    void legacyService();
    void badEndpointGroups();
    void peerAddressNotAnIp();
    void connectionsSortedById();
    void sectionNamesStayUnique_data();
    void sectionNamesStayUnique();
    void unknownServiceAndConnection();
    void ipHelpers_data();
    void ipHelpers();
};

void TestStrongSwanResolvedConnection::ids_data()
{
    // make_vpnservice_dict: both ids get "@" when peer_id is not an IP or local_id is set and not an IP.
    QTest::addColumn<QString>("peerId");
    QTest::addColumn<QString>("localId");
    QTest::addColumn<QString>("leftid");
    QTest::addColumn<QString>("rightid");
    QTest::addColumn<bool>("decorated");
    QTest::addRow("IPs, empty local_id") << u"198.51.100.77"_s << QString() << u"203.0.113.10"_s << u"198.51.100.77"_s
                                         << false;
    QTest::addRow("FQDN peer, empty local_id")
        << u"peer.example.net"_s << QString() << u"203.0.113.10"_s << u"@peer.example.net"_s << true;
    QTest::addRow("FQDN local, IP peer") << u"198.51.100.77"_s << u"dc1.example.net"_s << u"@dc1.example.net"_s
                                         << u"@198.51.100.77"_s << true;
    QTest::addRow("IP local, IP peer") << u"198.51.100.77"_s << u"203.0.113.99"_s << u"203.0.113.99"_s
                                       << u"198.51.100.77"_s << false;
    QTest::addRow("IP local, FQDN peer") << u"peer.example.net"_s << u"203.0.113.99"_s << u"@203.0.113.99"_s
                                         << u"@peer.example.net"_s << true;
    QTest::addRow("e-mail peer") << u"vpn@peer.example.net"_s << QString() << u"203.0.113.10"_s
                                 << u"@vpn@peer.example.net"_s << true;
    QTest::addRow("IPv6 peer id") << u"2001:db8::7"_s << QString() << u"203.0.113.10"_s << u"2001:db8::7"_s << false;
    QTest::addRow("already @") << u"@peer.example.net"_s << QString() << u"203.0.113.10"_s << u"@@peer.example.net"_s
                               << true;
    QTest::addRow("empty peer id") << QString() << QString() << u"203.0.113.10"_s << u"@"_s << true;
    QTest::addRow("CIDR is not an IP") << u"198.51.100.0/24"_s << QString() << u"203.0.113.10"_s
                                       << u"@198.51.100.0/24"_s << true;
}

void TestStrongSwanResolvedConnection::ids()
{
    QFETCH(QString, peerId);
    QFETCH(QString, localId);
    QFETCH(QString, leftid);
    QFETCH(QString, rightid);
    QFETCH(bool, decorated);
    ServerState s = baseState();
    s.connections[0].peerId = peerId;
    s.connections[0].localId = localId;
    const ResolvedConnection rc = resolveConnection(s, kConnection);
    QCOMPARE(rc.localId, leftid);
    QCOMPARE(rc.peerId, rightid);
    QCOMPARE(rc.idsDecorated, decorated);
}

void TestStrongSwanResolvedConnection::externalIpFollowsPeerVersion()
{
    ServerState s = baseState();
    ResolvedConnection rc = resolveConnection(s, kConnection);
    QVERIFY(rc.known);
    QCOMPARE(rc.peerIpVersion, 4);
    QCOMPARE(rc.externalIp, u"203.0.113.10"_s);
    QVERIFY(rc.findings.isEmpty());

    s.connections[0].peerAddress = u"2001:db8:ffff::77"_s;
    s.connections[0].peerId = u"2001:db8:ffff::77"_s;
    s.connections[0].localEpGroupId = u"local6"_s;
    s.connections[0].peerEpGroupId = u"peer6"_s;
    rc = resolveConnection(s, kConnection);
    QCOMPARE(rc.peerIpVersion, 6);
    QCOMPARE(rc.externalIp, u"2001:db8:ff::10"_s);
    QCOMPARE(rc.localId, u"2001:db8:ff::10"_s);
    QVERIFY(rc.findings.isEmpty());
}

void TestStrongSwanResolvedConnection::externalIpFallsBackToRouter()
{
    ServerState s = baseState();
    s.vpnServices[0].externalV4Ip.clear();
    const ResolvedConnection rc = resolveConnection(s, kConnection);
    QCOMPARE(rc.externalIp, u"203.0.113.10"_s);
    QCOMPARE(codes(rc.findings), QStringList{u"external-ip-from-router"_s});
    QCOMPARE(rc.findings.first().severity, Finding::Severity::Warning);
}

void TestStrongSwanResolvedConnection::staleSnapshotIsKeptAndFlagged()
{
    ServerState s = baseState();
    s.routers[0].externalFixedIps[0].ipAddress = u"203.0.113.11"_s;
    const ResolvedConnection rc = resolveConnection(s, kConnection);
    QCOMPARE(rc.externalIp, u"203.0.113.10"_s);
    QCOMPARE(codes(rc.findings), QStringList{u"stale-external-ip"_s});
}

void TestStrongSwanResolvedConnection::noGatewayForPeerVersion()
{
    ServerState s = baseState();
    s.vpnServices[0].externalV6Ip.clear();
    s.routers[0].externalFixedIps.removeLast();
    s.connections[0].peerAddress = u"2001:db8:ffff::77"_s;
    const ResolvedConnection rc = resolveConnection(s, kConnection);
    QVERIFY(rc.externalIp.isEmpty());
    QVERIFY(rc.localId.isEmpty());
    QCOMPARE(codes(rc.findings), QStringList{u"no-gateway-ip"_s});
    QVERIFY(rc.findings.first().isError());
    QCOMPARE(rc.findings.first().key, u"left"_s);
}

void TestStrongSwanResolvedConnection::endpointGroupCidrsInOrder()
{
    const ResolvedConnection rc = resolveConnection(baseState(), kConnection);
    QCOMPARE(rc.localCidrs, (QStringList{u"10.10.2.0/24"_s, u"10.10.1.0/24"_s}));
    QCOMPARE(rc.peerCidrs, (QStringList{u"192.168.50.0/24"_s, u"192.168.60.0/24"_s}));
    QVERIFY(!rc.legacy);
}

void TestStrongSwanResolvedConnection::legacyService()
{
    ServerState s = baseState();
    s.vpnServices[0].subnetId = u"sn1"_s;
    s.connections[0].localEpGroupId.clear();
    s.connections[0].peerEpGroupId.clear();
    s.connections[0].peerCidrs = {u"172.16.0.0/16"_s};
    ResolvedConnection rc = resolveConnection(s, kConnection);
    QVERIFY(rc.legacy);
    QCOMPARE(rc.localCidrs, QStringList{u"10.10.1.0/24"_s});
    QCOMPARE(rc.peerCidrs, QStringList{u"172.16.0.0/16"_s});
    QVERIFY(rc.findings.isEmpty());

    s.connections[0].peerCidrs.clear();
    s.vpnServices[0].subnetId = u"gone"_s;
    rc = resolveConnection(s, kConnection);
    QCOMPARE(codes(rc.findings), (QStringList{u"unknown-subnet"_s, u"missing-peer-cidrs"_s}));
}

void TestStrongSwanResolvedConnection::badEndpointGroups()
{
    ServerState s = baseState();
    s.connections[0].localEpGroupId = u"peer"_s; // a cidr group on the local side
    s.connections[0].peerEpGroupId = u"nowhere"_s;
    ResolvedConnection rc = resolveConnection(s, kConnection);
    QCOMPARE(codes(rc.findings), (QStringList{u"wrong-endpoint-group-type"_s, u"unknown-endpoint-group"_s}));
    QVERIFY(rc.localCidrs.isEmpty());
    QVERIFY(rc.peerCidrs.isEmpty());

    s.connections[0].localEpGroupId.clear();
    s.connections[0].peerEpGroupId = u"local"_s; // a subnet group on the peer side
    rc = resolveConnection(s, kConnection);
    QCOMPARE(codes(rc.findings), (QStringList{u"missing-local-endpoint-group"_s, u"wrong-endpoint-group-type"_s}));
}

void TestStrongSwanResolvedConnection::peerAddressNotAnIp()
{
    ServerState s = baseState();
    s.connections[0].peerAddress = u"branch.example.net"_s;
    const ResolvedConnection rc = resolveConnection(s, kConnection);
    QCOMPARE(rc.peerIpVersion, 0);
    QCOMPARE(codes(rc.findings), QStringList{u"peer-address-not-ip"_s});
    // The family comes from the subnets, so the preview still has a left.
    QCOMPARE(rc.externalIp, u"203.0.113.10"_s);
}

void TestStrongSwanResolvedConnection::connectionsSortedById()
{
    ServerState s = baseState();
    IpsecSiteConnection other = s.connections.first();
    other.id = u"0000aaaa-0000-4000-8000-000000000000"_s;
    IpsecSiteConnection elsewhere = other;
    elsewhere.id = u"1111"_s;
    elsewhere.vpnserviceId = u"another-service"_s;
    s.connections.append(other);
    s.connections.append(elsewhere);
    const ResolvedService rs = resolveService(s, kService);
    QCOMPARE(rs.connections.size(), 2);
    QCOMPARE(rs.connections.at(0).connection.id, other.id);
    QCOMPARE(rs.connections.at(1).connection.id, kConnection);
    QVERIFY(rs.findings.isEmpty());
    QVERIFY(rs.service && rs.router);
}

void TestStrongSwanResolvedConnection::sectionNamesStayUnique_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QStringList>("kept");

    // Ids sort first, so the second one (in id order) is the one left out.
    QTest::newRow("two UUIDs") << u"0000aaaa-0000-4000-8000-000000000000"_s << u"1111bbbb-0000-4000-8000-000000000000"_s
                               << QStringList{u"0000aaaa-0000-4000-8000-000000000000"_s,
                                              u"1111bbbb-0000-4000-8000-000000000000"_s};
    // Found by fuzz_renderers: two connections decoded from `{}` both became `conn _`.
    QTest::newRow("two without id") << QString() << QString() << QStringList{QString()};
    QTest::newRow("dot and underscore") << u"a.b"_s << u"a_b"_s << QStringList{u"a.b"_s};
    QTest::newRow("only the escaped name repeats") << u"a&b"_s << u"a_amp_b"_s << QStringList{u"a&b"_s};
}

void TestStrongSwanResolvedConnection::sectionNamesStayUnique()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QStringList, kept);
    ServerState s = baseState();
    IpsecSiteConnection a = s.connections.first();
    a.id = first;
    IpsecSiteConnection b = a;
    b.id = second;
    s.connections = {a, b};
    const ResolvedService rs = resolveService(s, kService);
    QStringList ids;
    for (const ResolvedConnection &rc : rs.connections)
        ids.append(rc.connection.id);
    QCOMPARE(ids, kept);
    if (kept.size() == 2) {
        QVERIFY(rs.findings.isEmpty());
    } else {
        QCOMPARE(codes(rs.findings), QStringList{u"duplicate-section"_s});
        QVERIFY(rs.findings.first().isError());
        QCOMPARE(rs.findings.first().connectionId, second);
        QVERIFY2(rs.findings.first().message.contains(u"left out"), qPrintable(rs.findings.first().message));
    }
}

void TestStrongSwanResolvedConnection::unknownServiceAndConnection()
{
    const ServerState s = baseState();
    const ResolvedService rs = resolveService(s, u"nope"_s);
    QVERIFY(!rs.service);
    QCOMPARE(rs.id, u"nope"_s);
    QCOMPARE(codes(rs.findings), QStringList{u"unknown-vpnservice"_s});
    QVERIFY(rs.connections.isEmpty());

    const ResolvedConnection rc = resolveConnection(s, u"gone"_s);
    QVERIFY(!rc.known);
    QCOMPARE(rc.connection.id, u"gone"_s);
    QCOMPARE(codes(rc.findings), QStringList{u"unknown-connection"_s});

    ServerState orphan = baseState();
    orphan.vpnServices.clear();
    orphan.ikePolicies.clear();
    const ResolvedConnection lost = resolveConnection(orphan, kConnection);
    QVERIFY(lost.known);
    QCOMPARE(codes(lost.findings), (QStringList{u"unknown-ikepolicy"_s, u"unknown-vpnservice"_s}));
    QVERIFY(lost.externalIp.isEmpty());
}

void TestStrongSwanResolvedConnection::ipHelpers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isIp");
    QTest::addColumn<int>("version");
    QTest::addRow("IPv4") << u"192.0.2.1"_s << true << 4;
    QTest::addRow("IPv6") << u"2001:db8::1"_s << true << 6;
    QTest::addRow("IPv4 CIDR") << u"192.0.2.0/24"_s << false << 4;
    QTest::addRow("IPv6 CIDR") << u"2001:db8::/32"_s << false << 6;
    QTest::addRow("host name") << u"gw.example.net"_s << false << 0;
    QTest::addRow("spaces") << u" 192.0.2.1"_s << false << 0;
    QTest::addRow("scoped") << u"fe80::1%eth0"_s << false << 0;
    QTest::addRow("empty") << QString() << false << 0;
}

void TestStrongSwanResolvedConnection::ipHelpers()
{
    QFETCH(QString, text);
    QFETCH(bool, isIp);
    QFETCH(int, version);
    QCOMPARE(isIpAddress(text), isIp);
    QCOMPARE(ipVersion(text), version);
}

QTEST_GUILESS_MAIN(TestStrongSwanResolvedConnection)
#include "tst_strongswanresolvedconnection.moc"
