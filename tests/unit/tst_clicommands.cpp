// SPDX-License-Identifier: Apache-2.0
// The openstack CLI equivalents: shell quoting, every option, notes for values the CLI lacks,
// the PSK only through $VPN_PSK, wrapping that stays runnable.
#include "workspace/clicommands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void ikePolicy();
    void notesForValuesTheCliLacks();
    void connection();
    void wrapping();
};

void TestCliCommands::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << u"aes-256"_s << u"aes-256"_s;
    QTest::addRow("cidr") << u"198.51.100.0/24"_s << u"198.51.100.0/24"_s;
    QTest::addRow("space") << u"my vpn"_s << u"'my vpn'"_s;
    QTest::addRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::addRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::addRow("empty") << QString() << u"''"_s;
    QTest::addRow("unicode") << u"서울"_s << u"'서울'"_s;
}

void TestCliCommands::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(cli::shellQuote(text), quoted);
}

void TestCliCommands::ikePolicy()
{
    IkePolicyDraft d;
    d.name = u"ike one"_s;
    d.description = u"to Seoul"_s;
    d.authAlgorithm = Choice<AuthAlgorithm>(AuthAlgorithm::Sha256);
    d.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes256);
    d.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    d.ikeVersion = Choice<IkeVersion>(IkeVersion::V2);
    d.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), 7200};
    QStringList notes;
    QCOMPARE(
        cli::createIkePolicy(d, &notes),
        u"openstack vpn ike policy create --description 'to Seoul' --auth-algorithm sha256 "
        "--encryption-algorithm aes-256 --ike-version v2 --pfs group14 --lifetime units=seconds,value=7200 'ike one'"_s);
    QVERIFY(notes.isEmpty());
}

void TestCliCommands::notesForValuesTheCliLacks()
{
    IpsecPolicyDraft d;
    d.name = u"gcm"_s;
    d.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(u"aes-256-gcm-16"_s);
    d.pfs = Choice<PfsGroup>::fromApi(u"group19"_s);
    QStringList notes;
    const QString command = cli::createIpsecPolicy(d, &notes);
    QVERIFY(command.contains(u"--encryption-algorithm aes-256-gcm-16"_s));
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes[0].contains(u"aes-256-gcm-16"_s));
    QVERIFY(notes[1].contains(u"group19"_s));
}

void TestCliCommands::connection()
{
    IpsecSiteConnectionDraft d;
    d.name = u"conn"_s;
    d.peerAddress = u"203.0.113.9"_s;
    d.peerId = u"@peer.example"_s;
    d.psk = Secret(u"never-shown-123456"_s);
    d.mtu = 1400;
    d.dpd = DpdDraft{Choice<DpdAction>(DpdAction::Restart), 10, 60};
    d.initiator = Choice<Initiator>(Initiator::BiDirectional);
    d.adminStateUp = false;
    const QString command = cli::createConnection(d, {u"vpn"_s, u"ike"_s, u"ipsec"_s, u"local"_s, u"peer"_s});
    QCOMPARE(command,
             u"openstack vpn ipsec site connection create --vpnservice vpn --ikepolicy ike --ipsecpolicy ipsec "
             "--peer-address 203.0.113.9 --peer-id @peer.example --psk \"$VPN_PSK\" --local-endpoint-group local "
             "--peer-endpoint-group peer --mtu 1400 --dpd action=restart,interval=10,timeout=60 "
             "--initiator bi-directional --disable conn"_s);
    QVERIFY(!command.contains(u"never-shown"_s));
    QVERIFY(cli::pskPrompt().contains(u"read -rs"_s));

    QStringList notes;
    IpsecSiteConnectionDraft legacy = d;
    legacy.peerCidrs = QStringList{u"198.51.100.0/24"_s, u"192.0.2.0/24"_s};
    QVERIFY(cli::createConnection(legacy, {u"vpn"_s, u"ike"_s, u"ipsec"_s, {}, {}}, &notes)
                .contains(u"--peer-cidr 198.51.100.0/24"_s));
    QCOMPARE(notes.size(), 1);
}

void TestCliCommands::wrapping()
{
    QCOMPARE(cli::wrapped(u"openstack vpn service create --description 'a --b' --router r1 vpn"_s),
             u"openstack vpn service create \\\n    --description 'a --b' \\\n    --router r1 vpn"_s);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
