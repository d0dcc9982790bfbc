// SPDX-License-Identifier: Apache-2.0
// The diagnosis catalogue over charon logs recorded from real strongSwan 5.9.8 failures
// (tests/data/charon-logs: both ends' logs of each broken tunnel, and what makes each one), read
// with both ends attached and with one; and over the wording of other strongSwan versions.
#include "diagnosis/diagnosis.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::diagnosis;

namespace {

enum class Ends { Both, Own, Peer };

const QString ConnectionId = u"c0ffee00-0000-4000-8000-00000000c001"_s;

/*! The own side of the recordings as Neutron resources: router 192.0.2.1, 10.1.0.0/24 to 192.0.2.2, 10.2.0.0/24. */
ServerState recordedState(const QString &ikeVersion, bool aggressive, const QString &localId, const QString &peerId)
{
    ServerState state;
    state.complete = true;
    Router router;
    router.id = u"router"_s;
    router.externalFixedIps = {{u"ext-subnet"_s, u"192.0.2.1"_s}};
    state.routers = {router};
    Subnet local;
    local.id = u"local-subnet"_s;
    local.ipVersion = 4;
    local.cidr = u"10.1.0.0/24"_s;
    state.subnets = {local};
    VpnService service;
    service.id = u"service"_s;
    service.routerId = router.id;
    service.externalV4Ip = u"192.0.2.1"_s;
    state.vpnServices = {service};
    EndpointGroup localGroup;
    localGroup.id = u"local-group"_s;
    localGroup.type = EndpointGroupType::Subnet;
    localGroup.endpoints = {local.id};
    EndpointGroup peerGroup;
    peerGroup.id = u"peer-group"_s;
    peerGroup.type = EndpointGroupType::Cidr;
    peerGroup.endpoints = {u"10.2.0.0/24"_s};
    state.endpointGroups = {localGroup, peerGroup};
    IkePolicy ike;
    ike.id = u"ike"_s;
    ike.ikeVersion = Choice<IkeVersion>::fromApi(ikeVersion);
    ike.phase1NegotiationMode = Choice<Phase1NegotiationMode>::fromApi(aggressive ? u"aggressive"_s : u"main"_s);
    state.ikePolicies = {ike}; // aes-128, sha1, group5: the defaults, as recorded
    IpsecPolicy ipsec;
    ipsec.id = u"ipsec"_s;
    state.ipsecPolicies = {ipsec};
    IpsecSiteConnection connection;
    connection.id = ConnectionId;
    connection.name = u"left-to-right"_s;
    connection.peerAddress = u"192.0.2.2"_s;
    connection.peerId = peerId.isEmpty() ? connection.peerAddress : peerId;
    connection.localId = localId;
    connection.vpnserviceId = service.id;
    connection.ikepolicyId = ike.id;
    connection.ipsecpolicyId = ipsec.id;
    connection.localEpGroupId = localGroup.id;
    connection.peerEpGroupId = peerGroup.id;
    connection.status = ResourceStatus::Down;
    state.connections = {connection};
    return state;
}

QList<CharonLogLine> readLog(const QString &path)
{
    QFile file(QStringLiteral(VPNAAS_TEST_DATA_DIR) + u"/charon-logs/"_s + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseCharonLog(QString::fromUtf8(file.readAll()), QDate(2026, 12, 6));
}

struct Row {
    QString scenario;
    QString ikeVersion = u"v1"_s;
    Ends ends = Ends::Both;
    QString code;
    bool certain = true;
    QString field; //!< the first Neutron fix's field ("" for none)
    QString value = {}; //!< and its value
    bool aggressive = false;
    QString localId = {};
    QString peerId = {};
    std::optional<QList<ConfiguredConn>> peerConns = {};
    TunnelState tunnel = {};
};

} // namespace

Q_DECLARE_METATYPE(Row)

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedFailures_data()
    {
        QTest::addColumn<Row>("row");
        const auto add = [](const QString &name, const Row &row) { QTest::newRow(qPrintable(name)) << row; };
        TunnelState up;
        up.known = true;
        up.up = true;
        up.ikeState = u"ESTABLISHED"_s;
        up.bytesIn = 420;
        up.bytesOut = 420;
        TunnelState oneWay = up;
        oneWay.bytesIn = 0; // counters.txt of the recording: 5 packets out, none in
        ConfiguredConn peerV2;
        peerV2.name = ConnectionId;
        peerV2.version = 2;
        peerV2.localAddrs = {u"192.0.2.2"_s};
        peerV2.remoteAddrs = {u"192.0.2.1"_s};
        ConfiguredConn peerV1 = peerV2;
        peerV1.version = 1;

        // name, {scenario, version, ends, code, certain, field, value, ...}
        add(u"healthy v1"_s,
            {u"healthy-ikev1"_s, u"v1"_s, Ends::Both, u"healthy"_s, true, {}, {}, false, {}, {}, {}, up});
        add(u"healthy v2"_s,
            {u"healthy-ikev2"_s, u"v2"_s, Ends::Both, u"healthy"_s, true, {}, {}, false, {}, {}, {}, up});
        add(u"healthy v2, log only"_s, {u"healthy-ikev2"_s, u"v2"_s, Ends::Own, u"healthy"_s, true, {}});

        add(u"psk v2"_s, {u"psk-mismatch-ikev2"_s, u"v2"_s, Ends::Both, u"psk-mismatch"_s, true, u"psk"_s});
        add(u"psk v2, own only"_s, {u"psk-mismatch-ikev2"_s, u"v2"_s, Ends::Own, u"psk-mismatch"_s, false, u"psk"_s});
        add(u"psk v2, peer initiates, own only"_s,
            {u"psk-mismatch-ikev2-peer-initiates"_s, u"v2"_s, Ends::Own, u"psk-mismatch"_s, true, u"psk"_s});
        add(u"psk v1"_s, {u"psk-mismatch-ikev1"_s, u"v1"_s, Ends::Both, u"psk-mismatch"_s, true, u"psk"_s});
        // The peer's notify could not be decrypted: keys from another PSK (main mode), certain from this end alone.
        add(u"psk v1, own only"_s, {u"psk-mismatch-ikev1"_s, u"v1"_s, Ends::Own, u"psk-mismatch"_s, true, u"psk"_s});
        add(u"psk v1, peer initiates, own only"_s,
            {u"psk-mismatch-ikev1-peer-initiates"_s, u"v1"_s, Ends::Own, u"psk-mismatch"_s, true, u"psk"_s});

        add(u"ike proposal v1"_s,
            {u"ike-proposal-mismatch-ikev1"_s, u"v1"_s, Ends::Both, u"ike-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"aes-256"_s});
        add(u"ike proposal v1, own only"_s,
            {u"ike-proposal-mismatch-ikev1"_s, u"v1"_s, Ends::Own, u"ike-proposal-mismatch"_s, false, {}});
        add(u"ike proposal v2"_s,
            {u"ike-proposal-mismatch-ikev2"_s, u"v2"_s, Ends::Both, u"ike-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"aes-256"_s});
        add(u"ike proposal v2, peer initiates, own only"_s,
            {u"ike-proposal-mismatch-ikev2-peer-initiates"_s, u"v2"_s, Ends::Own, u"ike-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"aes-256"_s});
        add(u"ike proposal v1, peer initiates, own only"_s,
            {u"ike-proposal-mismatch-ikev1-peer-initiates"_s, u"v1"_s, Ends::Own, u"ike-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"aes-256"_s});

        add(u"esp proposal v1"_s,
            {u"esp-proposal-mismatch-ikev1"_s, u"v1"_s, Ends::Both, u"esp-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"3des"_s});
        add(u"esp proposal v1, own only"_s,
            {u"esp-proposal-mismatch-ikev1"_s, u"v1"_s, Ends::Own, u"esp-proposal-mismatch"_s, false, {}});
        add(u"esp proposal v2"_s,
            {u"esp-proposal-mismatch-ikev2"_s, u"v2"_s, Ends::Both, u"esp-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"3des"_s});
        add(u"esp proposal v2, own only"_s,
            {u"esp-proposal-mismatch-ikev2"_s, u"v2"_s, Ends::Own, u"esp-proposal-mismatch"_s, false, {}});
        add(u"esp proposal v2, peer initiates, own only"_s,
            {u"esp-proposal-mismatch-ikev2-peer-initiates"_s, u"v2"_s, Ends::Own, u"esp-proposal-mismatch"_s, true,
             u"encryption_algorithm"_s, u"3des"_s});

        add(u"pfs v1"_s,
            {u"pfs-mismatch-ikev1"_s, u"v1"_s, Ends::Both, u"pfs-mismatch"_s, true, u"pfs"_s, u"group14"_s});
        add(u"pfs v1, peer initiates, own only"_s,
            {u"pfs-mismatch-ikev1-peer-initiates"_s, u"v1"_s, Ends::Own, u"pfs-mismatch"_s, true, u"pfs"_s,
             u"group14"_s});
        add(u"pfs v1, peer without pfs"_s,
            {u"pfs-mismatch-ikev1-peer-no-pfs"_s, u"v1"_s, Ends::Both, u"pfs-mismatch"_s, true, {}});
        add(u"pfs v2, at the rekey"_s,
            {u"pfs-mismatch-ikev2-peer-rekeys"_s, u"v2"_s, Ends::Both, u"pfs-mismatch"_s, true, u"pfs"_s,
             u"group14"_s});

        Row version{u"ike-version-mismatch"_s, u"v1"_s, Ends::Both, u"ike-version-mismatch"_s, true,
                    u"ike_version"_s,          u"v2"_s};
        version.peerConns = QList<ConfiguredConn>{peerV2};
        add(u"ike version, peer conns known"_s, version);
        add(u"ike version, logs only"_s,
            {u"ike-version-mismatch"_s, u"v1"_s, Ends::Both, u"peer-no-config"_s, false, u"ike_version"_s, u"v2"_s});
        add(u"ike version, own only"_s,
            {u"ike-version-mismatch"_s, u"v1"_s, Ends::Own, u"ike-proposal-mismatch"_s, false, {}});
        Row version2{u"ike-version-mismatch-v2-own"_s,
                     u"v2"_s,
                     Ends::Both,
                     u"ike-version-mismatch"_s,
                     true,
                     u"ike_version"_s,
                     u"v1"_s};
        version2.peerConns = QList<ConfiguredConn>{peerV1};
        add(u"ike version, v2 own"_s, version2);
        Row noConfig{u"peer-no-config-ikev2"_s, u"v2"_s, Ends::Both, u"peer-no-config"_s, true, {}};
        noConfig.peerConns = QList<ConfiguredConn>{};
        add(u"peer has no config"_s, noConfig);

        Row peerId{u"peer-id-mismatch"_s, u"v2"_s, Ends::Both, u"peer-id-mismatch"_s, true, u"peer_id"_s};
        peerId.peerId = u"@peer.example.org"_s;
        add(u"peer id v2"_s, peerId);
        Row peerId1{u"peer-id-mismatch-ikev1"_s,
                    u"v1"_s,
                    Ends::Both,
                    u"peer-id-mismatch"_s,
                    true,
                    u"peer_id"_s,
                    u"192.0.2.2"_s};
        peerId1.peerId = u"@peer.example.org"_s;
        add(u"peer id v1"_s, peerId1);
        Row peerId1Own = peerId1;
        peerId1Own.ends = Ends::Own;
        add(u"peer id v1, own only"_s, peerId1Own);
        Row localId{u"local-id-mismatch"_s, u"v2"_s, Ends::Both, u"local-id-mismatch"_s, true, u"local_id"_s};
        localId.localId = u"@own.example.org"_s;
        add(u"local id v2"_s, localId);
        Row localId1{u"local-id-mismatch-ikev1"_s, u"v1"_s, Ends::Both, u"local-id-mismatch"_s, true, u"local_id"_s};
        localId1.localId = u"@own.example.org"_s;
        add(u"local id v1"_s, localId1);

        add(u"ts v1"_s, {u"ts-mismatch-ikev1"_s, u"v1"_s, Ends::Both, u"ts-mismatch"_s, true, u"peer_ep_group_id"_s});
        add(u"ts v1, own only"_s,
            {u"ts-mismatch-ikev1"_s, u"v1"_s, Ends::Own, u"ts-mismatch"_s, false, u"peer_ep_group_id"_s});
        add(u"ts v2"_s, {u"ts-mismatch-ikev2"_s, u"v2"_s, Ends::Both, u"ts-mismatch"_s, true, u"peer_ep_group_id"_s});
        add(u"ts v2, own only"_s,
            {u"ts-mismatch-ikev2"_s, u"v2"_s, Ends::Own, u"ts-mismatch"_s, true, u"peer_ep_group_id"_s});
        add(u"ts v2, peer initiates, own only"_s,
            {u"ts-mismatch-ikev2-peer-initiates"_s, u"v2"_s, Ends::Own, u"ts-mismatch"_s, true, u"peer_ep_group_id"_s});

        add(u"unreachable v2"_s,
            {u"peer-unreachable"_s, u"v2"_s, Ends::Both, u"peer-unreachable"_s, true, u"peer_address"_s});
        add(u"unreachable v1, own only"_s,
            {u"peer-unreachable-ikev1"_s, u"v1"_s, Ends::Own, u"peer-unreachable"_s, false, u"peer_address"_s});

        Row aggressive{u"aggressive-psk-refused"_s,  u"v1"_s,  Ends::Both, u"aggressive-psk-refused"_s, true,
                       u"phase1_negotiation_mode"_s, u"main"_s};
        aggressive.aggressive = true;
        add(u"aggressive refused"_s, aggressive);
        Row aggressiveOwn = aggressive;
        aggressiveOwn.ends = Ends::Own;
        aggressiveOwn.certain = false;
        add(u"aggressive refused, own only"_s, aggressiveOwn);
        Row aggressiveOk{u"aggressive-psk-accepted"_s, u"v1"_s, Ends::Both, u"healthy"_s, true, {}};
        aggressiveOk.aggressive = true;
        add(u"aggressive accepted"_s, aggressiveOk);

        add(u"dead peer v1"_s,
            {u"dead-peer-ikev1"_s, u"v1"_s, Ends::Own, u"dead-peer"_s, true, u"dpd"_s, u"restart"_s});
        add(u"dead peer v2"_s,
            {u"dead-peer-ikev2"_s, u"v2"_s, Ends::Own, u"dead-peer"_s, true, u"dpd"_s, u"restart"_s});
        add(u"dead peer v2, restarting"_s,
            {u"dead-peer-ikev2-restart"_s, u"v2"_s, Ends::Own, u"dead-peer"_s, true, u"dpd"_s, u"restart"_s});

        add(u"one-way"_s,
            {u"one-way-traffic"_s, u"v1"_s, Ends::Both, u"one-way-traffic"_s, true, {}, {}, false, {}, {}, {}, oneWay});
    }

    void recordedFailures()
    {
        QFETCH(Row, row);
        Evidence evidence;
        const ServerState state = recordedState(row.ikeVersion, row.aggressive, row.localId, row.peerId);
        evidence.connection = strongswan::resolveConnection(state, ConnectionId);
        evidence.ownAttached = row.ends != Ends::Peer;
        evidence.peerAttached = row.ends != Ends::Own;
        if (evidence.ownAttached)
            evidence.ownLines = readLog(row.scenario + u"/own.log"_s);
        if (evidence.peerAttached)
            evidence.peerLines = readLog(row.scenario + u"/peer.log"_s);
        QVERIFY2(!evidence.ownLines.isEmpty() || !evidence.peerLines.isEmpty(), qPrintable(row.scenario));
        evidence.peerConns = row.peerConns;
        evidence.tunnel = row.tunnel;

        const Diagnosis d = diagnose(evidence);
        const QByteArray text = (d.code + u" certain="_s + (d.certain ? u"yes\n"_s : u"no\n"_s) + toText(d)).toUtf8();
        const auto report = [&] { return text.constData(); };
        QVERIFY2(d.code == row.code, report());
        QVERIFY2(d.certain == row.certain, report());
        QCOMPARE(exitCode(d), row.code == u"healthy" ? 0 : row.code == u"unknown" ? 2 : 1);
        if (d.outcome == Diagnosis::Outcome::Problem && d.code != u"one-way-traffic") { // that one rests on counters
            QVERIFY2(std::any_of(d.evidence.cbegin(), d.evidence.cend(), [](const EvidenceLine &l) { return l.key; }),
                     report());
            QVERIFY2(!d.fixes.isEmpty(), report());
        }
        const auto neutron = std::find_if(d.fixes.cbegin(), d.fixes.cend(),
                                          [](const Fix &fix) { return fix.where == Fix::Where::Neutron; });
        if (!row.field.isEmpty()) {
            QVERIFY2(neutron != d.fixes.cend(), report());
            QCOMPARE(neutron->field, row.field);
            if (!row.value.isEmpty())
                QCOMPARE(neutron->value, row.value);
        }
        // The evidence is in time order, and never holds a secret.
        for (qsizetype i = 1; i < d.evidence.size(); ++i)
            QVERIFY(d.evidence[i - 1].line.time <= d.evidence[i].line.time);
        QVERIFY(!toJson(d, ConnectionId).contains("rendered-test-psk"));
    }

    // Wording of other strongSwan versions (other-versions/<tag>.log, built from their sources):
    // each IKE_SA of a file is one case, read as the network node's log.
    void otherVersions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("uniqueId");
        QTest::addColumn<QString>("ikeVersion");
        QTest::addColumn<QString>("code");
        for (const QString &version : {u"5.5.3"_s, u"5.6.3"_s}) {
            const QString file = version + u".log"_s;
            QTest::addRow("%s rekey refused", qPrintable(version))
                << file << 1 << u"v2"_s << u"esp-proposal-mismatch"_s;
            QTest::addRow("%s IKE proposals inacceptable", qPrintable(version))
                << file << 2 << u"v2"_s << u"ike-proposal-mismatch"_s;
            QTest::addRow("%s selectors inacceptable", qPrintable(version)) << file << 3 << u"v2"_s << u"ts-mismatch"_s;
            QTest::addRow("%s no CHILD_SA config", qPrintable(version)) << file << 4 << u"v1"_s << u"ts-mismatch"_s;
            QTest::addRow("%s DH group requested again", qPrintable(version)) << file << 5 << u"v2"_s << u"unknown"_s;
        }
        QTest::addRow("5.7.2 healthy") << u"5.7.2.log"_s << 1 << u"v2"_s << u"healthy"_s;
        for (const QString &version : {u"6.0.0"_s, u"6.0.6"_s}) {
            QTest::addRow("%s rekeyed in halves", qPrintable(version))
                << version + u".log"_s << 1 << u"v2"_s << u"healthy"_s;
            QTest::addRow("%s key exchange method requested again", qPrintable(version))
                << version + u".log"_s << 2 << u"v2"_s << u"unknown"_s;
        }
    }

    void otherVersions()
    {
        QFETCH(QString, file);
        QFETCH(int, uniqueId);
        QFETCH(QString, ikeVersion);
        QFETCH(QString, code);
        Evidence evidence;
        evidence.connection = strongswan::resolveConnection(recordedState(ikeVersion, false, {}, {}), ConnectionId);
        evidence.ownAttached = true;
        for (const CharonLogLine &line : readLog(u"other-versions/"_s + file)) {
            if (line.ikeSaUniqueId == quint32(uniqueId))
                evidence.ownLines.append(line);
        }
        QVERIFY(!evidence.ownLines.isEmpty());
        const Diagnosis d = diagnose(evidence);
        QVERIFY2(d.code == code, qPrintable(d.code + u'\n' + toText(d)));
    }

    void proposalsSideBySide()
    {
        Evidence evidence;
        evidence.connection = strongswan::resolveConnection(recordedState(u"v2"_s, false, {}, {}), ConnectionId);
        evidence.ownAttached = evidence.peerAttached = true;
        evidence.ownLines = readLog(u"ike-proposal-mismatch-ikev2/own.log"_s);
        evidence.peerLines = readLog(u"ike-proposal-mismatch-ikev2/peer.log"_s);
        const Diagnosis d = diagnose(evidence);
        QCOMPARE(d.proposals.size(), 1);
        QCOMPARE(d.proposals[0].summary(), u"ours: aes128-sha1-modp1536 · peer: aes256-sha256-modp1024"_s);
        QVERIFY(d.proposals[0].difference.encryption);
        QVERIFY(d.proposals[0].difference.integrity);
        QVERIFY(d.proposals[0].difference.dhGroup);
        // The peer's snippet matches ours.
        const auto peer
            = std::find_if(d.fixes.cbegin(), d.fixes.cend(), [](const Fix &f) { return f.where == Fix::Where::Peer; });
        QVERIFY(peer != d.fixes.cend());
        QVERIFY(peer->peerSnippet.contains(u"proposals = aes128-sha1-modp1536"_s));
    }

    void tooLittleEvidence_data()
    {
        QTest::addColumn<bool>("attached");
        QTest::addColumn<QString>("missing");
        QTest::newRow("nothing attached") << false << u"Attach the VICI socket"_s;
        QTest::newRow("attached, nothing logged") << true << u"A negotiation to read"_s;
    }

    void tooLittleEvidence()
    {
        QFETCH(bool, attached);
        QFETCH(QString, missing);
        Evidence evidence;
        evidence.connection = strongswan::resolveConnection(recordedState(u"v2"_s, false, {}, {}), ConnectionId);
        evidence.ownAttached = attached;
        const Diagnosis d = diagnose(evidence);
        QCOMPARE(d.code, u"unknown"_s);
        QCOMPARE(exitCode(d), 2);
        QVERIFY(!d.missing.isEmpty());
        QVERIFY2(d.missing.constFirst().contains(missing), qPrintable(d.missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
