// SPDX-License-Identifier: Apache-2.0
// Typed SA results from VICI messages: the golden list-sa and updown events of charon 5.9.8,
// a child-rekey event of the shape charon sends, and bad numbers.
#include "vicigolden.h"

#include "vici/vicisainfo.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::vici;

class TestViciSaInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listSa();
    void upDown_data();
    void upDown();
    void childRekey();
    void badNumbers_data();
    void badNumbers();
    void installedChild();
};

void TestViciSaInfo::listSa()
{
    QString error;
    const auto sas = parseSas(vicitest::goldenPacket(7, "list-sa").message, &error);
    QVERIFY2(sas, qPrintable(error));
    QCOMPARE(sas->size(), 1);
    const SaInfo &sa = sas->first();
    QCOMPARE(sa.name, u"s2s"_s);
    QCOMPARE(sa.uniqueId, 1u);
    QCOMPARE(sa.version, 2);
    QCOMPARE(sa.state, u"ESTABLISHED"_s);
    QCOMPARE(sa.localHost, u"10.99.0.1"_s);
    QCOMPARE(sa.localPort, 4500);
    QCOMPARE(sa.localId, u"10.99.0.1"_s);
    QCOMPARE(sa.remoteHost, u"10.99.0.2"_s);
    QCOMPARE(sa.remotePort, 4500);
    QCOMPARE(sa.remoteId, u"10.99.0.2"_s);
    QVERIFY(sa.initiator);
    QCOMPARE(sa.encrAlg, u"AES_CBC"_s);
    QCOMPARE(sa.encrKeySize, 128);
    QCOMPARE(sa.integAlg, u"HMAC_SHA1_96"_s);
    QCOMPARE(sa.prfAlg, u"PRF_HMAC_SHA1"_s);
    QCOMPARE(sa.dhGroup, u"MODP_1536"_s);
    QCOMPARE(sa.established, qint64(1));
    QCOMPARE(sa.rekeyTime, qint64(2990));
    QCOMPARE(sa.reauthTime, qint64(-1));
    QCOMPARE(sa.children.size(), 1);
    const ChildSaInfo &child = sa.children.first();
    QCOMPARE(child.key, u"s2s-child-1"_s);
    QCOMPARE(child.name, u"s2s-child"_s);
    QCOMPARE(child.uniqueId, 1u);
    QCOMPARE(child.reqId, 1u);
    QCOMPARE(child.state, u"INSTALLED"_s);
    QCOMPARE(child.mode, u"TUNNEL"_s);
    QCOMPARE(child.protocol, u"ESP"_s);
    QVERIFY(child.encap);
    QCOMPARE(child.spiIn, u"caff7556"_s);
    QCOMPARE(child.spiOut, u"78337696"_s);
    QCOMPARE(child.encrAlg, u"AES_CBC"_s);
    QCOMPARE(child.encrKeySize, 128);
    QCOMPARE(child.integAlg, u"HMAC_SHA1_96"_s);
    QVERIFY(child.dhGroup.isEmpty());
    QCOMPARE(child.bytesIn, quint64(252)); // 3 pings x 84 bytes
    QCOMPARE(child.bytesOut, quint64(252));
    QCOMPARE(child.packetsIn, quint64(3));
    QCOMPARE(child.packetsOut, quint64(3));
    QCOMPARE(child.installTime, qint64(1));
    QCOMPARE(child.rekeyTime, qint64(2537));
    QCOMPARE(child.lifeTime, qint64(3599));
    QCOMPARE(child.localTs, QStringList{u"10.1.0.0/24"_s});
    QCOMPARE(child.remoteTs, QStringList{u"192.168.1.0/24"_s});

    // The empty CMD_RESPONSE that ends list-sas has no SA.
    QVERIFY(parseSas(ViciMessage())->isEmpty());
}

void TestViciSaInfo::upDown_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<int>("nth");
    QTest::addColumn<bool>("up");
    QTest::addColumn<QString>("ikeState");
    QTest::addColumn<int>("children");
    QTest::addColumn<QString>("childState");
    // The capture: terminate the CHILD_SA, initiate it again, terminate the IKE_SA.
    QTest::addRow("child down") << QByteArray("child-updown") << 0 << false << u"ESTABLISHED"_s << 1 << u"DELETED"_s;
    QTest::addRow("child up") << QByteArray("child-updown") << 1 << true << u"ESTABLISHED"_s << 1 << u"INSTALLED"_s;
    QTest::addRow("ike down") << QByteArray("ike-updown") << 0 << false << u"DELETING"_s << 0 << QString();
    QTest::addRow("child down with the IKE_SA")
        << QByteArray("child-updown") << 2 << false << u"DELETING"_s << 1
        << u"INSTALLED"_s; // the child's state is stale in a down event: go by the missing "up"
}

void TestViciSaInfo::upDown()
{
    QFETCH(QByteArray, event);
    QFETCH(int, nth);
    QFETCH(bool, up);
    QFETCH(QString, ikeState);
    QFETCH(int, children);
    QFETCH(QString, childState);
    QString error;
    const auto info = parseUpDown(vicitest::goldenPacket(7, event, nth).message, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->up, up);
    QCOMPARE(info->sas.size(), 1);
    QCOMPARE(info->sas.first().name, u"s2s"_s);
    QCOMPARE(info->sas.first().state, ikeState);
    QCOMPARE(info->sas.first().children.size(), children);
    if (children)
        QCOMPARE(info->sas.first().children.first().state, childState);
}

void TestViciSaInfo::childRekey()
{
    // child-rekey as charon 5.9.8 sends it: {ike: {ike fields, child-sas: {name: {old, new}}}}.
    ViciMessage oldSa;
    oldSa.add("name", "net")
        .add("uniqueid", "1")
        .add("state", "REKEYED")
        .add("bytes-in", "252")
        .add("bytes-out", "168");
    ViciMessage newSa;
    newSa.add("name", "net")
        .add("uniqueid", "2")
        .add("state", "INSTALLED")
        .add("bytes-in", "0")
        .add("dh-group", "MODP_2048");
    ViciMessage ike;
    ike.add("uniqueid", "7").add("state", "ESTABLISHED");
    ike.addSection("child-sas",
                   ViciMessage().addSection("net", ViciMessage().addSection("old", oldSa).addSection("new", newSa)));
    QString error;
    const auto rekeys = parseChildRekey(ViciMessage().addSection("harness", ike), &error);
    QVERIFY2(rekeys, qPrintable(error));
    QCOMPARE(rekeys->size(), 1);
    QCOMPARE(rekeys->first().ikeName, u"harness"_s);
    QCOMPARE(rekeys->first().ikeUniqueId, 7u);
    QCOMPARE(rekeys->first().oldSa.uniqueId, 1u);
    QCOMPARE(rekeys->first().oldSa.state, u"REKEYED"_s);
    QCOMPARE(rekeys->first().oldSa.bytesIn, quint64(252));
    QCOMPARE(rekeys->first().newSa.uniqueId, 2u);
    QCOMPARE(rekeys->first().newSa.bytesIn, quint64(0));
    QCOMPARE(rekeys->first().newSa.dhGroup, u"MODP_2048"_s);

    ViciMessage broken;
    broken.addSection("ike", ViciMessage().addSection("child-sas", ViciMessage().addSection("net", oldSa)));
    QVERIFY(!parseChildRekey(broken, &error));
    QCOMPARE(error, u"child-rekey net: no old and new sections"_s);
}

void TestViciSaInfo::badNumbers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");
    QTest::addRow("letters") << QByteArray("bytes-in") << QByteArray("many")
                             << u"CHILD_SA c-1: bytes-in \"many\" is not a number"_s;
    QTest::addRow("negative counter") << QByteArray("packets-out") << QByteArray("-1")
                                      << u"CHILD_SA c-1: packets-out \"-1\" is not a number"_s;
    QTest::addRow("over 32 bits") << QByteArray("uniqueid") << QByteArray("4294967296")
                                  << u"CHILD_SA c-1: uniqueid \"4294967296\" is not a number"_s;
    QTest::addRow("empty") << QByteArray("life-time") << QByteArray("")
                           << u"CHILD_SA c-1: life-time \"\" is not a number"_s;
}

void TestViciSaInfo::badNumbers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    ViciMessage message;
    message.addSection(
        "ike", ViciMessage().addSection("child-sas", ViciMessage().addSection("c-1", ViciMessage().add(key, value))));
    QString actual;
    QVERIFY(!parseSas(message, &actual));
    QCOMPARE(actual, error);
}

void TestViciSaInfo::installedChild()
{
    SaInfo sa;
    ChildSaInfo a;
    a.name = u"net"_s;
    a.uniqueId = 3;
    a.state = u"INSTALLED"_s;
    ChildSaInfo b = a;
    b.uniqueId = 5;
    ChildSaInfo c = a;
    c.uniqueId = 9;
    c.state = u"REKEYED"_s;
    sa.children = {a, b, c};
    QVERIFY(sa.installedChild(u"net"_s));
    QCOMPARE(sa.installedChild(u"net"_s)->uniqueId, 5u);
    QVERIFY(!sa.installedChild(u"other"_s));
}

QTEST_GUILESS_MAIN(TestViciSaInfo)
#include "tst_vicisainfo.moc"
