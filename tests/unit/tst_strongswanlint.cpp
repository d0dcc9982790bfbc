// SPDX-License-Identifier: Apache-2.0
#include "strongswan/strongswanlint.h"
#include "strongswan/strongswanrenderer.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::strongswan;

namespace {

const QString kService = u"4d5e6f70-8192-4a3b-94d5-e6f708192a3b"_s;
const QString kConnection = u"8192a3b4-c5d6-4e7f-9801-2a3b4c5d6e7f"_s;
const QString kSecond = u"92a3b4c5-d6e7-4f80-a912-3b4c5d6e7f80"_s;

/*! One clean IKEv2 connection with strong algorithms: lint has only the notes every such service gets. */
ServerState cleanState()
{
    ServerState s;
    Router router;
    router.id = u"router"_s;
    router.externalNetworkId = u"ext"_s;
    router.externalFixedIps = {{u"sub4"_s, u"203.0.113.10"_s}, {u"sub6"_s, u"2001:db8:ff::10"_s}};
    s.routers.append(router);
    s.subnets.append({u"sn1"_s, {}, u"private"_s, u"net"_s, 4, u"10.10.1.0/24"_s, u"10.10.1.1"_s});
    s.subnets.append({u"sn6"_s, {}, u"v6"_s, u"net"_s, 6, u"2001:db8:10::/64"_s, u"2001:db8:10::1"_s});
    VpnService service;
    service.id = kService;
    service.routerId = u"router"_s;
    service.externalV4Ip = u"203.0.113.10"_s;
    s.vpnServices.append(service);
    EndpointGroup local;
    local.id = u"local"_s;
    local.type = EndpointGroupType::Subnet;
    local.endpoints = {u"sn1"_s};
    EndpointGroup peer;
    peer.id = u"peer"_s;
    peer.type = EndpointGroupType::Cidr;
    peer.endpoints = {u"192.168.50.0/24"_s};
    s.endpointGroups = {local, peer};
    IkePolicy ike;
    ike.id = u"ike"_s;
    ike.ikeVersion = IkeVersion::V2;
    ike.encryptionAlgorithm = EncryptionAlgorithm::Aes256;
    ike.authAlgorithm = AuthAlgorithm::Sha256;
    ike.pfs = PfsGroup::Group14;
    s.ikePolicies.append(ike);
    IpsecPolicy ipsec;
    ipsec.id = u"ipsec"_s;
    ipsec.encryptionAlgorithm = EncryptionAlgorithm::Aes256;
    ipsec.authAlgorithm = AuthAlgorithm::Sha256;
    ipsec.pfs = PfsGroup::Group14;
    s.ipsecPolicies.append(ipsec);
    IpsecSiteConnection c;
    c.id = kConnection;
    c.vpnserviceId = kService;
    c.ikepolicyId = u"ike"_s;
    c.ipsecpolicyId = u"ipsec"_s;
    c.peerAddress = u"198.51.100.77"_s;
    c.peerId = u"198.51.100.77"_s;
    c.psk = Secret(u"a-long-enough-secret"_s);
    c.localEpGroupId = u"local"_s;
    c.peerEpGroupId = u"peer"_s;
    s.connections.append(c);
    return s;
}

IpsecSiteConnection &conn(ServerState &s)
{
    return s.connections.first();
}

/*! A second connection on the same service to another peer. */
void addSecond(ServerState &s, const QStringList &peerCidrs = {u"192.168.80.0/24"_s})
{
    IpsecSiteConnection c = s.connections.first();
    c.id = kSecond;
    c.peerAddress = u"198.51.100.88"_s;
    c.peerId = u"198.51.100.88"_s;
    c.peerEpGroupId = u"peer2"_s;
    s.connections.append(c);
    EndpointGroup peer;
    peer.id = u"peer2"_s;
    peer.type = EndpointGroupType::Cidr;
    peer.endpoints = peerCidrs;
    s.endpointGroups.append(peer);
}

struct Row {
    const char *name;
    std::function<void(ServerState &)> mutate;
    const char *code;
    Finding::Severity severity;
    const char *key;
    QString connectionId = kConnection;
    Dialect dialect = Dialect::Master;
};

using S = Finding::Severity;

const QList<Row> &rows()
{
    static const QList<Row> table = {
        {"dpd disabled", [](ServerState &s) { conn(s).dpd.action = DpdAction::Disabled; }, "dpd-action-fatal", S::Error,
         "dpdaction"},
        {"dpd restart-by-peer", [](ServerState &s) { conn(s).dpd.action = DpdAction::RestartByPeer; },
         "dpd-action-fatal", S::Error, "dpdaction"},
        {"dpd unknown", [](ServerState &s) { conn(s).dpd.action = Choice<DpdAction>::fromApi(u"poke"_s); },
         "dpd-action-fatal", S::Error, "dpdaction"},
        {"response-only", [](ServerState &s) { conn(s).initiator = Initiator::ResponseOnly; }, "response-only-ignored",
         S::Warning, "auto"},
        {"admin down, another up",
         [](ServerState &s) {
             addSecond(s);
             conn(s).adminStateUp = false;
         },
         "admin-down-rendered", S::Warning, ""},
        {"every connection admin down", [](ServerState &s) { conn(s).adminStateUp = false; },
         "all-connections-admin-down", S::Warning, "", QString()},
        {"service admin down", [](ServerState &s) { s.vpnServices[0].adminStateUp = false; }, "service-admin-down",
         S::Warning, "", QString()},
        {"ah-esp", [](ServerState &s) { s.ipsecPolicies[0].transformProtocol = TransformProtocol::AhEsp; },
         "ah-esp-refused", S::Error, "esp"},
        {"ike sha1", [](ServerState &s) { s.ikePolicies[0].authAlgorithm = AuthAlgorithm::Sha1; },
         "weak-ike-algorithms", S::Warning, "ike"},
        {"ike group2", [](ServerState &s) { s.ikePolicies[0].pfs = PfsGroup::Group2; }, "weak-ike-algorithms",
         S::Warning, "ike"},
        {"ipsec 3des", [](ServerState &s) { s.ipsecPolicies[0].encryptionAlgorithm = EncryptionAlgorithm::TripleDes; },
         "weak-ipsec-algorithms", S::Warning, "esp"},
        {"ipsec group5", [](ServerState &s) { s.ipsecPolicies[0].pfs = PfsGroup::Group5; }, "weak-ipsec-algorithms",
         S::Warning, "esp"},
        {"AH sha1",
         [](ServerState &s) {
             s.ipsecPolicies[0].transformProtocol = TransformProtocol::Ah;
             s.ipsecPolicies[0].authAlgorithm = AuthAlgorithm::Sha1;
         },
         "weak-ipsec-algorithms", S::Warning, "ah"},
        {"overlapping CIDRs", [](ServerState &s) { s.endpointGroups[1].endpoints = {u"10.10.0.0/16"_s}; },
         "cidr-overlap", S::Error, "rightsubnet"},
        {"mixed IP versions", [](ServerState &s) { s.endpointGroups[1].endpoints = {u"2001:db8:50::/64"_s}; },
         "mixed-ip-versions", S::Error, "rightsubnet"},
        {"mtu 1400", [](ServerState &s) { conn(s).mtu = 1400; }, "mtu-not-rendered", S::Info, ""},
        {"unknown IKE policy", [](ServerState &s) { conn(s).ikepolicyId = u"gone"_s; }, "unknown-ikepolicy", S::Error,
         "ike"},
        {"unknown IPsec policy", [](ServerState &s) { conn(s).ipsecpolicyId = u"gone"_s; }, "unknown-ipsecpolicy",
         S::Error, "esp"},
        {"unknown peer group", [](ServerState &s) { conn(s).peerEpGroupId = u"gone"_s; }, "unknown-endpoint-group",
         S::Error, "rightsubnet"},
        {"unknown subnet", [](ServerState &s) { s.endpointGroups[0].endpoints = {u"gone"_s}; }, "unknown-subnet",
         S::Error, "leftsubnet"},
        {"no IPv6 gateway",
         [](ServerState &s) {
             s.routers[0].externalFixedIps.removeLast();
             conn(s).peerAddress = u"2001:db8:ffff::77"_s;
         },
         "no-gateway-ip", S::Error, "left"},
        {"stale external IP", [](ServerState &s) { s.routers[0].externalFixedIps[0].ipAddress = u"203.0.113.11"_s; },
         "stale-external-ip", S::Warning, "left"},
        {"peer address is a name", [](ServerState &s) { conn(s).peerAddress = u"gw.example.net"_s; },
         "peer-address-not-ip", S::Error, "right"},
        {"aggressive IKEv1",
         [](ServerState &s) {
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
             s.ikePolicies[0].phase1NegotiationMode = Phase1NegotiationMode::Aggressive;
         },
         "aggressive-psk", S::Warning, "aggressive"},
        {"aggressive IKEv1 as responder",
         [](ServerState &s) {
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
             s.ikePolicies[0].phase1NegotiationMode = Phase1NegotiationMode::Aggressive;
         },
         "aggressive-psk-responder", S::Warning, "aggressive"},
        {"aggressive IKEv2",
         [](ServerState &s) { s.ikePolicies[0].phase1NegotiationMode = Phase1NegotiationMode::Aggressive; },
         "aggressive-ikev2", S::Info, "aggressive"},
        {"IKEv2 dpdtimeout", [](ServerState &) {}, "ikev2-dpdtimeout-ignored", S::Info, "dpdtimeout"},
        {"IKEv1 several peer subnets",
         [](ServerState &s) {
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
             s.endpointGroups[1].endpoints.append(u"192.168.60.0/24"_s);
         },
         "ikev1-multiple-subnets", S::Warning, "rightsubnet"},
        {"IKEv1 on Libreswan", [](ServerState &s) { s.ikePolicies[0].ikeVersion = IkeVersion::V1; }, "libreswan-ikev1",
         S::Info, "keyexchange"},
        // Proven by tst_config_fidelity_integration: no IPsec SA with either IKE version.
        {"transport between subnets, IKEv2",
         [](ServerState &s) { s.ipsecPolicies[0].encapsulationMode = EncapsulationMode::Transport; },
         "transport-mode-subnets", S::Error, "type"},
        {"transport between subnets, IKEv1",
         [](ServerState &s) {
             s.ipsecPolicies[0].encapsulationMode = EncapsulationMode::Transport;
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
         },
         "transport-mode-subnets", S::Error, "type"},
        {"short IKE lifetime", [](ServerState &s) { s.ikePolicies[0].lifetime.value = 300; },
         "lifetime-below-rekey-margin", S::Warning, "ikelifetime"},
        {"short IPsec lifetime", [](ServerState &s) { s.ipsecPolicies[0].lifetime.value = 60; },
         "lifetime-below-rekey-margin", S::Warning, "lifetime"},
        {"IPsec lifetime over 24h", [](ServerState &s) { s.ipsecPolicies[0].lifetime.value = 90000; },
         "lifetime-above-maximum", S::Warning, "lifetime"},
        {"IPsec lifetime overridden by keylife", [](ServerState &s) { s.ipsecPolicies[0].lifetime.value = 28800; },
         "lifetime-overridden-by-keylife", S::Info, "lifetime"},
        {"kilobytes",
         [](ServerState &s) { s.ipsecPolicies[0].lifetime.units = Choice<LifetimeUnits>::fromApi(u"kilobytes"_s); },
         "lifetime-units", S::Error, "lifetime"},
        {"unknown transform",
         [](ServerState &s) { s.ipsecPolicies[0].transformProtocol = Choice<TransformProtocol>::fromApi(u"gre"_s); },
         "unknown-transform", S::Error, "esp"},
        {"unknown encapsulation",
         [](ServerState &s) { s.ipsecPolicies[0].encapsulationMode = Choice<EncapsulationMode>::fromApi(u"beet"_s); },
         "unknown-encapsulation", S::Error, "type"},
        {"GCM in Zed",
         [](ServerState &s) { s.ipsecPolicies[0].encryptionAlgorithm = EncryptionAlgorithm::Aes256Gcm16; },
         "unsupported-by-dialect", S::Error, "esp", kConnection, Dialect::Zed},
        {"group19 in Zed", [](ServerState &s) { s.ikePolicies[0].pfs = PfsGroup::Group19; }, "unsupported-by-dialect",
         S::Error, "ike", kConnection, Dialect::Zed},
        {"unknown algorithm",
         [](ServerState &s) { s.ikePolicies[0].authAlgorithm = Choice<AuthAlgorithm>::fromApi(u"md5"_s); },
         "unsupported-by-dialect", S::Error, "ike"},
        {"group27 on Libreswan", [](ServerState &s) { s.ikePolicies[0].pfs = PfsGroup::Group27; },
         "libreswan-dh-unsupported", S::Warning, "ike"},
        // What Libreswan 4.10's algorithm parser refuses (tests/integration/tst_libreswan_integration).
        {"group2 on Libreswan 4", [](ServerState &s) { s.ipsecPolicies[0].pfs = PfsGroup::Group2; },
         "libreswan-dh-unsupported", S::Warning, "esp"},
        {"GCM for an IKEv1 IKE SA on Libreswan",
         [](ServerState &s) {
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
             s.ikePolicies[0].encryptionAlgorithm = EncryptionAlgorithm::Aes128Gcm16;
         },
         "libreswan-algorithm-unsupported", S::Warning, "ike"},
        {"CCM for an IKEv2 IKE SA on Libreswan",
         [](ServerState &s) { s.ikePolicies[0].encryptionAlgorithm = EncryptionAlgorithm::Aes256Ccm16; },
         "libreswan-algorithm-unsupported", S::Warning, "ike"},
        {"AES-CMAC PRF on Libreswan", [](ServerState &s) { s.ikePolicies[0].authAlgorithm = AuthAlgorithm::AesCmac; },
         "libreswan-algorithm-unsupported", S::Warning, "ike"},
        {"AES-XCBC IKEv1 PRF on Libreswan",
         [](ServerState &s) {
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
             s.ikePolicies[0].authAlgorithm = AuthAlgorithm::AesXcbc;
         },
         "libreswan-algorithm-unsupported", S::Warning, "ike"},
        {"ECP PFS with IKEv1 on Libreswan",
         [](ServerState &s) {
             s.ikePolicies[0].ikeVersion = IkeVersion::V1;
             s.ipsecPolicies[0].pfs = PfsGroup::Group20;
         },
         "libreswan-algorithm-unsupported", S::Warning, "esp"},
        {"IP peer id decorated", [](ServerState &s) { conn(s).localId = u"dc1.example.net"_s; }, "ip-id-as-fqdn",
         S::Warning, "rightid"},
        {"IP local id decorated",
         [](ServerState &s) {
             conn(s).localId = u"203.0.113.10"_s;
             conn(s).peerId = u"branch.example.net"_s;
         },
         "ip-id-as-fqdn", S::Warning, "leftid"},
        {"@ peer id", [](ServerState &s) { conn(s).peerId = u"@branch.example.net"_s; }, "id-double-at", S::Warning,
         "rightid"},
        {"HTML-escaped id", [](ServerState &s) { conn(s).localId = u"R&D.example.net"_s; }, "id-html-escaped",
         S::Warning, "leftid"},
        {"id with spaces", [](ServerState &s) { conn(s).peerId = u"C=CH, O=Branch"_s; }, "id-unquoted", S::Warning,
         "rightid"},
        {"empty peer id", [](ServerState &s) { conn(s).peerId.clear(); }, "empty-peer-id", S::Error, "rightid"},
        // Defect: control characters went into the files unnoticed (the review's peer_id).
        {"newline in peer id",
         [](ServerState &s) { conn(s).peerId = u"192.168.20.9\n  leftsubnet=0.0.0.0/0\n  also=evil"_s; },
         "control-character", S::Error, "rightid"},
        {"tab in local id", [](ServerState &s) { conn(s).localId = u"dc1\tleftid=x"_s; }, "control-character", S::Error,
         "leftid"},
        {"carriage return in peer address", [](ServerState &s) { conn(s).peerAddress = u"198.51.100.77\r"_s; },
         "control-character", S::Error, "right"},
        {"line separator in a peer CIDR",
         [](ServerState &s) { s.endpointGroups[1].endpoints = {u"192.168.50.0/24\u2028also=evil"_s}; },
         "control-character", S::Error, "rightsubnet"},
        {"newline in a policy value",
         [](ServerState &s) {
             s.ipsecPolicies[0].encapsulationMode = Choice<EncapsulationMode>::fromApi(u"tunnel\nauto=add"_s);
         },
         "control-character", S::Error, "esp"},
        {"newline in the dpd action",
         [](ServerState &s) { conn(s).dpd.action = Choice<DpdAction>::fromApi(u"hold\nleft=%any"_s); },
         "control-character", S::Error, "dpdaction"},
        {"newline in the name", [](ServerState &s) { conn(s).name = u"a\nconn evil"_s; }, "name-control-character",
         S::Info, ""},
        {"peer address not a token", [](ServerState &s) { conn(s).peerAddress = u"198.51.100.77;x"_s; },
         "value-not-token", S::Warning, "right"},
        {"overlapping connections", [](ServerState &s) { addSecond(s, {u"192.168.50.128/25"_s}); },
         "overlapping-connections", S::Warning, "rightsubnet", kSecond},
        {"legacy service",
         [](ServerState &s) {
             s.vpnServices[0].subnetId = u"sn1"_s;
             conn(s).localEpGroupId.clear();
             conn(s).peerEpGroupId.clear();
             conn(s).peerCidrs = {u"192.168.50.0/24"_s};
         },
         "legacy-service", S::Info, "leftsubnet", QString()},
        {"no connections", [](ServerState &s) { s.connections.clear(); }, "no-connections", S::Info, "", QString()},
        {"unknown service", [](ServerState &s) { s.vpnServices.clear(); }, "unknown-vpnservice", S::Error, "",
         QString()},
        {"non-strict proposals", [](ServerState &) {}, "proposals-not-strict", S::Info, "ike", QString()},
    };
    return table;
}

QStringList codes(const Findings &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code);
    return result;
}

} // namespace

class TestStrongSwanLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanBaseline();
    void finding_data();
    void finding();
    void ownSideStillRenders_data();
    void ownSideStillRenders();
    void garbageNeverCrashes();
    void lintConnectionFilters();
    void plannedConnection();
    void orderIsDeterministic();
    void formatting();
};

void TestStrongSwanLint::cleanBaseline()
{
    const Findings findings = lint(cleanState(), kService);
    QCOMPARE(
        codes(findings),
        (QStringList{u"proposals-not-strict"_s, u"ikev2-dpdtimeout-ignored"_s, u"lifetime-overridden-by-keylife"_s}));
    QVERIFY(!hasErrors(findings));
    for (const Finding &finding : findings)
        QCOMPARE(finding.severity, Finding::Severity::Info);
    // An IPsec lifetime of the driver's keylife (20 min) is what the router really gets.
    ServerState keylife = cleanState();
    keylife.ipsecPolicies[0].lifetime.value = 1200;
    QVERIFY(!codes(lint(keylife, kService)).contains(u"lifetime-overridden-by-keylife"_s));
}

void TestStrongSwanLint::finding_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < rows().size(); ++i)
        QTest::addRow("%s", rows().at(i).name) << i;
}

void TestStrongSwanLint::finding()
{
    QFETCH(int, row);
    const Row &r = rows().at(row);
    ServerState s = cleanState();
    r.mutate(s);
    const Findings findings = lint(s, kService, {r.dialect});
    const QString code = QString::fromLatin1(r.code);
    const Finding *found = nullptr;
    for (const Finding &f : findings) {
        if (f.code == code && f.connectionId == r.connectionId) {
            found = &f;
            break;
        }
    }
    QVERIFY2(found, qPrintable(u"no "_s + code + u" in: "_s + codes(findings).join(u", "_s)));
    QCOMPARE(found->severity, r.severity);
    QCOMPARE(found->key, QString::fromLatin1(r.key));
    QVERIFY(!found->message.isEmpty());
    QVERIFY(!found->message.contains(u"%1"_s));
}

void TestStrongSwanLint::ownSideStillRenders_data()
{
    finding_data();
}

void TestStrongSwanLint::ownSideStillRenders()
{
    // Every bad input still gives every file.
    QFETCH(int, row);
    const Row &r = rows().at(row);
    ServerState s = cleanState();
    r.mutate(s);
    const RenderOptions options{r.dialect, true};
    const QList<ConfigFile> own = renderOwnSide(s, kService, options);
    QCOMPARE(own.size(), 4);
    QVERIFY(own.first().text.startsWith(u"# Configuration for "_s + kService + u'\n'));
    for (const IpsecSiteConnection &c : s.connections) {
        if (s.vpnService(c.vpnserviceId))
            QVERIFY(own.first().text.contains(u"\nconn "_s + c.id + u'\n'));
        const QList<ConfigFile> peer = renderPeerSide(s, c.id, options);
        QCOMPARE(peer.size(), 6);
        QVERIFY(peer.at(1).text.contains(u"\nconn "_s + c.id + u'\n'));
    }
}

void TestStrongSwanLint::garbageNeverCrashes()
{
    ServerState s = cleanState();
    IpsecSiteConnection &c = conn(s);
    c.peerAddress.clear();
    c.peerId = u"\n#\"'<>&"_s;
    c.localId = u"@@"_s;
    c.mtu = -5;
    c.dpd = {Choice<DpdAction>::fromApi(QString()), -1, -2};
    c.initiator = Choice<Initiator>::fromApi(u"sometimes"_s);
    s.ikePolicies[0] = IkePolicy{};
    s.ikePolicies[0].id = u"ike"_s;
    s.ikePolicies[0].ikeVersion = Choice<IkeVersion>::fromApi(u"v3"_s);
    s.ikePolicies[0].encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(QString());
    s.ikePolicies[0].lifetime.value = -100;
    s.ipsecPolicies[0].pfs = Choice<PfsGroup>::fromApi(u"group99"_s);
    s.ipsecPolicies[0].lifetime.value = 0;
    s.endpointGroups[0].endpoints = {QString(), u"sn1"_s, u"sn1"_s};
    s.endpointGroups[1].endpoints = {u"not a cidr"_s, QString(), u"10.10.1.7/32"_s};
    s.connections.append(c); // a duplicate id
    s.routers.clear();
    for (const Dialect dialect : {Dialect::Zed, Dialect::Master}) {
        const Findings findings = lint(s, kService, {dialect});
        QVERIFY(hasErrors(findings));
        for (const ConfigFile &file : renderOwnSide(s, kService, {dialect, false}))
            QVERIFY(!file.text.isEmpty());
        for (const ConfigFile &file : renderPeerSide(s, kConnection, {dialect, false}))
            QVERIFY(!file.text.isEmpty());
        QVERIFY(!lintConnection(s, kConnection, {dialect}).isEmpty());
    }
    const ServerState empty;
    QCOMPARE(codes(lint(empty, QString())), QStringList{u"unknown-vpnservice"_s});
    QCOMPARE(codes(lintConnection(empty, QString())), QStringList{u"unknown-connection"_s});
}

void TestStrongSwanLint::lintConnectionFilters()
{
    ServerState s = cleanState();
    addSecond(s);
    s.connections[1].initiator = Initiator::ResponseOnly;
    const Findings first = lintConnection(s, kConnection);
    const Findings second = lintConnection(s, kSecond);
    for (const Finding &f : first)
        QCOMPARE(f.connectionId, kConnection);
    for (const Finding &f : second)
        QCOMPARE(f.connectionId, kSecond);
    QVERIFY(codes(second).contains(u"response-only-ignored"_s));
    QVERIFY(!codes(first).contains(u"response-only-ignored"_s));

    // Without its service the connection is still linted on its own.
    ServerState orphan = cleanState();
    orphan.vpnServices.clear();
    QVERIFY(codes(lintConnection(orphan, kConnection)).contains(u"unknown-vpnservice"_s));
}

// A connection before Create: the draft on top of the state, the existing one untouched.
void TestStrongSwanLint::plannedConnection()
{
    const ServerState s = cleanState();
    const IpsecSiteConnection &existing = s.connections.first();
    IpsecSiteConnectionDraft draft;
    draft.vpnserviceId = existing.vpnserviceId;
    draft.ikepolicyId = existing.ikepolicyId;
    draft.ipsecpolicyId = existing.ipsecpolicyId;
    draft.localEpGroupId = existing.localEpGroupId;
    draft.peerEpGroupId = existing.peerEpGroupId;
    draft.peerAddress = u"198.51.100.99"_s;
    draft.peerId = u"198.51.100.99"_s;
    draft.psk = Secret(u"planned-psk"_s);
    const Findings clean = lintPlannedConnection(s, draft);
    QVERIFY2(!hasErrors(clean), qPrintable(formatFindings(clean)));
    DpdDraft dpd;
    dpd.action = Choice<DpdAction>(DpdAction::Disabled);
    draft.dpd = dpd;
    const Findings planned = lintPlannedConnection(s, draft);
    QVERIFY(codes(planned).contains(u"dpd-action-fatal"_s));
    for (const Finding &f : planned)
        QCOMPARE(f.connectionId, u"planned-connection"_s);
    QCOMPARE(codes(lintConnection(s, kConnection)), codes(lintConnection(cleanState(), kConnection)));
}

void TestStrongSwanLint::orderIsDeterministic()
{
    ServerState s = cleanState();
    addSecond(s, {u"192.168.50.0/24"_s});
    conn(s).dpd.action = DpdAction::Disabled;
    const Findings once = lint(s, kService);
    std::reverse(s.connections.begin(), s.connections.end());
    QCOMPARE(lint(s, kService), once);
    // Service findings come first, then the connections by id.
    QVERIFY(once.first().connectionId.isEmpty());
    qsizetype lastFirst = -1;
    qsizetype firstSecond = once.size();
    for (qsizetype i = 0; i < once.size(); ++i) {
        if (once.at(i).connectionId == kConnection)
            lastFirst = i;
        if (once.at(i).connectionId == kSecond)
            firstSecond = std::min(firstSecond, i);
    }
    QVERIFY(lastFirst < firstSecond);
}

void TestStrongSwanLint::formatting()
{
    const Findings findings{
        {Finding::Severity::Error, kConnection, u"dpd-action-fatal"_s, u"dpdaction"_s, u"Bad."_s},
        {Finding::Severity::Info, QString(), u"no-connections"_s, QString(), u"None."_s},
        {Finding::Severity::Warning, kSecond, u"x"_s, QString(), u"Hm."_s},
    };
    QCOMPARE(formatFindings(findings),
             u"error "_s + kConnection + u" dpd-action-fatal (dpdaction): Bad.\n"_s
                 + u"info - no-connections: None.\n"_s + u"warning "_s + kSecond + u" x: Hm.\n"_s);
    QCOMPARE(formatFindings({}), QString());
}

QTEST_GUILESS_MAIN(TestStrongSwanLint)
#include "tst_strongswanlint.moc"
