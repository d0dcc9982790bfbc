// SPDX-License-Identifier: Apache-2.0
#include "strongswan/strongswannames.h"

#include "vpnaas/capabilities.h"
#include "vpnaas/enums.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::strongswan;

class TestStrongSwanNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driverName_data();
    void driverName();
    void driverMaps_data();
    void driverMaps();
    void everyApiValueHasAModernKeyword();
    void libreswanName_data();
    void libreswanName();
    void aead();
    void dialectNames();
};

void TestStrongSwanNames::driverName_data()
{
    // The driver's name maps, Zed (21.0.0) and master columns.
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("zed");
    QTest::addColumn<QString>("master");
    const auto row = [](const char *api, const char *zed, const char *master) {
        QTest::addRow("%s", api) << QString::fromLatin1(api) << QString::fromLatin1(zed) << QString::fromLatin1(master);
    };
    row("3des", "3des", "3des");
    row("aes-128", "aes128", "aes128");
    row("aes-192", "aes192", "aes192");
    row("aes-256", "aes256", "aes256");
    row("aes-128-ctr", "aes-128-ctr", "aes128ctr");
    row("aes-256-ctr", "aes-256-ctr", "aes256ctr");
    row("aes-128-ccm-8", "aes-128-ccm-8", "aes128ccm8");
    row("aes-192-ccm-12", "aes-192-ccm-12", "aes192ccm12");
    row("aes-256-gcm-16", "aes-256-gcm-16", "aes256gcm16");
    row("sha1", "sha1", "sha1");
    row("sha256", "sha256", "sha256");
    row("sha384", "sha2_384", "sha384");
    row("sha512", "sha2_512", "sha512");
    row("aes-xcbc", "aes-xcbc", "aesxcbc");
    row("aes-cmac", "aes-cmac", "aescmac");
    row("group2", "modp1024", "modp1024");
    row("group5", "modp1536", "modp1536");
    row("group14", "modp2048", "modp2048");
    row("group15", "modp3072", "modp3072");
    row("group16", "group16", "modp4096");
    row("group18", "group18", "modp8192");
    row("group19", "group19", "ecp256");
    row("group21", "group21", "ecp521");
    row("group22", "group22", "modp1024s160");
    row("group24", "group24", "modp2048s256");
    row("group26", "group26", "ecp224");
    row("group27", "group27", "ecp224bp");
    row("group30", "group30", "ecp512bp");
    row("group31", "group31", "curve25519");
    row("v1", "ikev1", "ikev1");
    row("v2", "ikev2", "ikev2");
    row("bi-directional", "start", "start");
    row("response-only", "add", "add");
    row("blowfish", "blowfish", "blowfish");
    row("", "", "");
}

void TestStrongSwanNames::driverName()
{
    QFETCH(QString, api);
    QFETCH(QString, zed);
    QFETCH(QString, master);
    QCOMPARE(strongswan::driverName(api, Dialect::Zed), zed);
    QCOMPARE(strongswan::driverName(api, Dialect::Master), master);
    QCOMPARE(strongSwanKeyword(api), master);
}

void TestStrongSwanNames::driverMaps_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("zed");
    QTest::addColumn<bool>("master");
    QTest::addRow("sha1 passes through") << u"sha1"_s << true << true;
    QTest::addRow("3des") << u"3des"_s << true << true;
    QTest::addRow("sha384") << u"sha384"_s << true << true;
    QTest::addRow("group15 (mapped, refused by Zed's API)") << u"group15"_s << true << true;
    QTest::addRow("group16") << u"group16"_s << false << true;
    QTest::addRow("aes-256-gcm-16") << u"aes-256-gcm-16"_s << false << true;
    QTest::addRow("aes-128-ctr") << u"aes-128-ctr"_s << false << true;
    QTest::addRow("aes-xcbc") << u"aes-xcbc"_s << false << true;
    QTest::addRow("unknown") << u"md5"_s << false << false;
    QTest::addRow("empty") << QString() << false << false;
}

void TestStrongSwanNames::driverMaps()
{
    QFETCH(QString, api);
    QFETCH(bool, zed);
    QFETCH(bool, master);
    QCOMPARE(strongswan::driverMaps(api, Dialect::Zed), zed);
    QCOMPARE(strongswan::driverMaps(api, Dialect::Master), master);
}

void TestStrongSwanNames::everyApiValueHasAModernKeyword()
{
    QStringList values = allApiNames<EncryptionAlgorithm>();
    values += allApiNames<AuthAlgorithm>();
    values += allApiNames<PfsGroup>();
    for (const QString &api : std::as_const(values)) {
        const QString keyword = strongSwanKeyword(api);
        QVERIFY2(!keyword.isEmpty() && !keyword.contains(u'-'), qPrintable(api));
        QVERIFY2(strongswan::driverMaps(api, Dialect::Master), qPrintable(api));
        // Only these keep their API spelling in strongSwan.
        static const QStringList kSame = {u"3des"_s, u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s};
        QCOMPARE(keyword == api, kSame.contains(api));
    }
}

void TestStrongSwanNames::libreswanName_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("libreswan");
    const auto row = [](const char *api, const char *name) {
        QTest::addRow("%s", api) << QString::fromLatin1(api) << QString::fromLatin1(name);
    };
    row("3des", "3des");
    row("aes-128", "aes128");
    row("aes-256", "aes256");
    row("aes-192-ctr", "aes_ctr192");
    row("aes-128-gcm-8", "aes_gcm_a128");
    row("aes-192-gcm-12", "aes_gcm_b192");
    row("aes-256-gcm-16", "aes_gcm_c256");
    row("aes-128-ccm-16", "aes_ccm_c128");
    row("sha1", "sha1");
    row("sha256", "sha2_256");
    row("sha384", "sha2_384");
    row("sha512", "sha2_512");
    row("aes-xcbc", "aes_xcbc");
    row("aes-cmac", "aes_cmac");
    row("group2", "modp1024");
    row("group5", "modp1536");
    row("group14", "modp2048");
    row("group18", "modp8192");
    row("group19", "dh19");
    row("group21", "dh21");
    row("group31", "dh31");
    row("group22", "");
    row("group27", "");
    row("v1", "never");
    row("v2", "insist");
}

void TestStrongSwanNames::libreswanName()
{
    QFETCH(QString, api);
    QFETCH(QString, libreswan);
    QCOMPARE(strongswan::libreswanName(api), libreswan);
}

void TestStrongSwanNames::aead()
{
    QVERIFY(isAeadName(u"aes256gcm16"_s));
    QVERIFY(isAeadName(u"aes128ccm8"_s));
    QVERIFY(isAeadName(u"aes_gcm_c256"_s));
    QVERIFY(!isAeadName(u"aes128ctr"_s));
    QVERIFY(!isAeadName(u"aes256"_s));
}

void TestStrongSwanNames::dialectNames()
{
    bool ok = false;
    QCOMPARE(dialectFromName(u"zed", &ok), Dialect::Zed);
    QVERIFY(ok);
    QCOMPARE(dialectFromName(u"master", &ok), Dialect::Master);
    QVERIFY(ok);
    dialectFromName(u"Zed", &ok);
    QVERIFY(!ok);
    QCOMPARE(dialectName(Dialect::Zed), u"zed"_s);
    QCOMPARE(dialectName(Dialect::Master), u"master"_s);
    // From the server's extensions: vpn-aes-ctr marks 2025.1 and later.
    QCOMPARE(dialectFor(ServerCapabilities::zed()), Dialect::Zed);
    QCOMPARE(dialectFor(ServerCapabilities::epoxy()), Dialect::Master);
    QCOMPARE(dialectFor(ServerCapabilities::fromExtensionAliases({u"vpnaas"_s, u"vpn-aes-ctr"_s})), Dialect::Master);
}

QTEST_GUILESS_MAIN(TestStrongSwanNames)
#include "tst_strongswannames.moc"
