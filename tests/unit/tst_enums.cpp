// SPDX-License-Identifier: Apache-2.0
#include "vpnaas/capabilities.h"
#include "vpnaas/choice.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

Q_DECLARE_METATYPE(vpnaas::ServerCapabilities)

class TestEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiNamesRoundTrip();
    void spellings_data();
    void spellings();
    void capabilityLists_data();
    void capabilityLists();
    void capabilitiesFromExtensions();
    void choiceKeepsUnknownSpelling();
    void classification();
};

namespace {
template<typename E>
void roundTrip()
{
    QSet<QString> seen;
    for (E value : allValues<E>()) {
        const QString api = apiName(value);
        QVERIFY(!api.isEmpty());
        QVERIFY2(!seen.contains(api), qPrintable(api));
        seen.insert(api);
        QCOMPARE(fromApiName<E>(api), std::optional<E>(value));
    }
    QVERIFY(!fromApiName<E>(u"no-such-value").has_value());
}
} // namespace

void TestEnums::apiNamesRoundTrip()
{
    roundTrip<EncryptionAlgorithm>();
    roundTrip<AuthAlgorithm>();
    roundTrip<PfsGroup>();
    roundTrip<IkeVersion>();
    roundTrip<Phase1NegotiationMode>();
    roundTrip<TransformProtocol>();
    roundTrip<EncapsulationMode>();
    roundTrip<LifetimeUnits>();
    roundTrip<Initiator>();
    roundTrip<DpdAction>();
    roundTrip<EndpointGroupType>();
    roundTrip<ResourceStatus>();
}

void TestEnums::spellings_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::addRow("3des") << apiName(EncryptionAlgorithm::TripleDes) << u"3des"_s;
    QTest::addRow("aes-256-gcm-16") << apiName(EncryptionAlgorithm::Aes256Gcm16) << u"aes-256-gcm-16"_s;
    QTest::addRow("aes-192-ctr") << apiName(EncryptionAlgorithm::Aes192Ctr) << u"aes-192-ctr"_s;
    QTest::addRow("aes-xcbc") << apiName(AuthAlgorithm::AesXcbc) << u"aes-xcbc"_s;
    QTest::addRow("group31") << apiName(PfsGroup::Group31) << u"group31"_s;
    QTest::addRow("ah-esp") << apiName(TransformProtocol::AhEsp) << u"ah-esp"_s;
    QTest::addRow("bi-directional") << apiName(Initiator::BiDirectional) << u"bi-directional"_s;
    QTest::addRow("restart-by-peer") << apiName(DpdAction::RestartByPeer) << u"restart-by-peer"_s;
    QTest::addRow("PENDING_CREATE") << apiName(ResourceStatus::PendingCreate) << u"PENDING_CREATE"_s;
    QTest::addRow("case-sensitive") << QString::number(fromApiName<IkeVersion>(u"V2").has_value()) << u"0"_s;
}

void TestEnums::spellings()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestEnums::capabilityLists_data()
{
    QTest::addColumn<ServerCapabilities>("caps");
    QTest::addColumn<QStringList>("encryption");
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<int>("pfsCount");
    QTest::addRow("Zed") << ServerCapabilities::zed()
                         << QStringList{u"3des"_s, u"aes-128"_s, u"aes-192"_s, u"aes-256"_s}
                         << QStringList{u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s} << 3;
    QStringList modern{u"3des"_s,        u"aes-128"_s,     u"aes-192"_s,    u"aes-256"_s,
                       u"aes-128-ctr"_s, u"aes-192-ctr"_s, u"aes-256-ctr"_s};
    for (const char *mode : {"ccm", "gcm"}) {
        for (int bits : {128, 192, 256}) {
            for (int icv : {8, 12, 16})
                modern.append(u"aes-%1-%2-%3"_s.arg(bits).arg(QLatin1StringView(mode)).arg(icv));
        }
    }
    QTest::addRow("2025.1") << ServerCapabilities::epoxy() << modern
                            << QStringList{u"sha1"_s,   u"sha256"_s,   u"sha384"_s,
                                           u"sha512"_s, u"aes-xcbc"_s, u"aes-cmac"_s}
                            << 20;
}

void TestEnums::capabilityLists()
{
    QFETCH(ServerCapabilities, caps);
    QFETCH(QStringList, encryption);
    QFETCH(QStringList, auth);
    QFETCH(int, pfsCount);
    QStringList enc, au;
    for (auto v : caps.encryptionAlgorithms())
        enc.append(apiName(v));
    for (auto v : caps.authAlgorithms())
        au.append(apiName(v));
    QCOMPARE(enc, encryption);
    QCOMPARE(au, auth);
    QCOMPARE(caps.pfsGroups().size(), pfsCount);
}

void TestEnums::capabilitiesFromExtensions()
{
    const auto zed = ServerCapabilities::fromExtensionAliases(
        {u"router"_s, u"vpnaas"_s, u"vpn-endpoint-groups"_s, u"vpn-flavors"_s, u"service-type"_s});
    QVERIFY(zed.vpnaas && zed.endpointGroups && zed.flavors);
    QVERIFY(!zed.aesCtr);
    QVERIFY(!zed.accepts(PfsGroup::Group19));
    const auto modern = ServerCapabilities::fromExtensionAliases({u"vpnaas"_s, u"vpn-aes-ctr"_s});
    QVERIFY(modern.accepts(PfsGroup::Group19));
    QVERIFY(modern.accepts(EncryptionAlgorithm::Aes128Ccm8));
    QVERIFY(!modern.endpointGroups);
    QVERIFY(!ServerCapabilities::fromExtensionAliases({}).vpnaas);
}

void TestEnums::choiceKeepsUnknownSpelling()
{
    const auto future = Choice<EncryptionAlgorithm>::fromApi(u"chacha20poly1305"_s);
    QVERIFY(!future.isKnown());
    QCOMPARE(future.api(), u"chacha20poly1305"_s);
    Choice<EncryptionAlgorithm> known = EncryptionAlgorithm::Aes192;
    QVERIFY(known == EncryptionAlgorithm::Aes192);
    QCOMPARE(known.api(), u"aes-192"_s);
    QVERIFY(!(known == future));
    QVERIFY(Choice<PfsGroup>().isEmpty());
}

void TestEnums::classification()
{
    QVERIFY(isAead(EncryptionAlgorithm::Aes128Ccm12));
    QVERIFY(isAead(EncryptionAlgorithm::Aes256Gcm16));
    QVERIFY(!isAead(EncryptionAlgorithm::Aes256Ctr));
    QVERIFY(isWeak(EncryptionAlgorithm::TripleDes));
    QVERIFY(isWeak(AuthAlgorithm::Sha1));
    QVERIFY(isWeak(PfsGroup::Group2) && isWeak(PfsGroup::Group5));
    QVERIFY(!isWeak(PfsGroup::Group14));
    QVERIFY(isPending(ResourceStatus::PendingUpdate));
    QVERIFY(!isPending(ResourceStatus::Down));
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
