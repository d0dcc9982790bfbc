// SPDX-License-Identifier: Apache-2.0
//
// The strongSwan harness itself, with hand-written configs (tests/data/strongswan-harness/):
// real charons in the two namespaces of tests/integration/run-with-strongswan bring a tunnel
// up through swanctl.conf and through Neutron-style ipsec.conf + ipsec.secrets + `ipsec start`
// (IKEv1 and IKEv2), ping across it, and report the algorithms the configs asked for. The
// renderer tests feed rendered configs through the same StrongSwanPair. A missing daemon or
// harness is a failure, never a skip.
#include "strongswanpair.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using integration::ChildSa;
using integration::IkeSa;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

namespace {

QString dataDir(const QString &name)
{
    return QStringLiteral(VPNAAS_TEST_DATA_DIR) + u"/strongswan-harness/"_s + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataDir(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// An echo request and its reply, counted by the SA as inner IP bytes: 20 (IPv4) + 8 (ICMP) + 56.
constexpr quint64 PingBytes = 84;
constexpr int PingCount = 3;

} // namespace

class TestStrongSwanHarnessIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void parseListSas();
    void tunnel_data();
    void tunnel();
    void mismatchedProposalFails();

private:
    bool start(bool ipsecConf, Side side, const QString &dir);

    StrongSwanPair m_pair;
};

void TestStrongSwanHarnessIntegration::initTestCase()
{
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    // The hand-written configs name these addresses.
    QCOMPARE(m_pair.address(Side::Left), u"192.0.2.1"_s);
    QCOMPARE(m_pair.address(Side::Right), u"192.0.2.2"_s);
    QCOMPARE(m_pair.subnet(Side::Left), u"10.1.0.0/24"_s);
    QCOMPARE(m_pair.subnet(Side::Right), u"10.2.0.0/24"_s);
    // Without a tunnel, the inner hosts have no way to each other: a ping that passes went
    // through an SA.
    QProcess route;
    route.start(u"ip"_s,
                {u"-n"_s, m_pair.networkNamespace(Side::Left), u"route"_s, u"get"_s, m_pair.host(Side::Right),
                 u"from"_s, m_pair.host(Side::Left)});
    QVERIFY(route.waitForFinished(10000));
    QVERIFY2(route.exitCode() != 0, route.readAllStandardOutput().constData());
}

void TestStrongSwanHarnessIntegration::cleanup()
{
    // The daemons' side of a failed comparison (the harness prints only the last start's).
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_pair.logTail(Side::Left) << m_pair.logTail(Side::Right);
    QVERIFY2(m_pair.stopAll(), qPrintable(m_pair.errorString()));
}

// The parser, on list-sas output recorded from this harness (no daemon needed).
void TestStrongSwanHarnessIntegration::parseListSas()
{
    QString error;
    const auto rekeyed = integration::parseListSas(readData(u"list-sas-ikev2-rekeyed.pretty"_s), &error);
    QVERIFY2(rekeyed, qPrintable(error));
    QCOMPARE(rekeyed->size(), 1);
    const IkeSa &ike = rekeyed->first();
    QCOMPARE(ike.name, u"harness"_s);
    QCOMPARE(ike.version, 2);
    QCOMPARE(ike.state, u"ESTABLISHED"_s);
    QVERIFY(ike.initiator);
    QCOMPARE(ike.localHost, u"192.0.2.1"_s);
    QCOMPARE(ike.remoteId, u"192.0.2.2"_s);
    QCOMPARE(ike.localPort, 4500);
    QCOMPARE(ike.proposal(), u"AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s);
    QCOMPARE(ike.rekeyTime, qint64(13468));
    QCOMPARE(ike.reauthTime, qint64(-1));
    QCOMPARE(ike.children.size(), 2);
    const ChildSa &old = ike.children.at(0);
    QCOMPARE(old.key, u"harness-net-1"_s);
    QCOMPARE(old.state, u"DELETED"_s);
    QCOMPARE(old.proposal(), u"ESP:AES_CBC-128/HMAC_SHA2_256_128"_s);
    QCOMPARE(old.bytesIn, quint64(252));
    QCOMPARE(old.packetsIn, quint64(3));
    const ChildSa *installed = ike.installedChild(u"harness-net"_s);
    QVERIFY(installed);
    QCOMPARE(installed->uniqueId, quint32(2));
    QCOMPARE(installed->proposal(), u"ESP:AES_CBC-128/HMAC_SHA2_256_128/MODP_2048"_s);
    QVERIFY(installed->encap);
    QCOMPARE(installed->mode, u"TUNNEL"_s);
    QCOMPARE(installed->localTs, QStringList{u"10.1.0.0/24"_s});
    QCOMPARE(installed->remoteTs, QStringList{u"10.2.0.0/24"_s});
    QCOMPARE(installed->lifeTime, qint64(3960));
    QVERIFY(!ike.installedChild(u"harness"_s));

    const auto v1 = integration::parseListSas(readData(u"list-sas-ikev1-responder.pretty"_s), &error);
    QVERIFY2(v1, qPrintable(error));
    QCOMPARE(v1->size(), 1);
    QCOMPARE(v1->first().version, 1);
    QVERIFY(!v1->first().initiator);
    QCOMPARE(v1->first().reauthTime, qint64(3370));
    QCOMPARE(v1->first().proposal(), u"AES_CBC-128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s);
    const ChildSa *child = v1->first().installedChild(u"5f3c2a10-0000-4000-8000-0000000000b1"_s);
    QVERIFY(child);
    QCOMPARE(child->key, u"5f3c2a10-0000-4000-8000-0000000000b1-2"_s);
    QCOMPARE(child->proposal(), u"ESP:AES_CBC-128/HMAC_SHA1_96/MODP_1536"_s);
    QCOMPARE(child->bytesOut, quint64(168));

    QVERIFY(integration::parseListSas("list-sas reply {\n}\n")->isEmpty());
    QVERIFY(!integration::parseListSas("list-sa event {\n  x {\n", &error));
    QVERIFY(error.contains(u"unterminated"_s));
    QVERIFY(!integration::parseListSas("list-sa event {\n  what is this\n}\n", &error));
    QVERIFY(error.contains(u"line 2"_s));
}

bool TestStrongSwanHarnessIntegration::start(bool ipsecConf, Side side, const QString &dir)
{
    const QString path = dir + u'/' + StrongSwanPair::sideName(side);
    return ipsecConf ? m_pair.startIpsecConf(side, path) : m_pair.startSwanctl(side, path);
}

void TestStrongSwanHarnessIntegration::tunnel_data()
{
    QTest::addColumn<bool>("ipsecConf");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("leftName"); // CHILD_SA (swanctl) or conn (ipsec.conf) on each side
    QTest::addColumn<QString>("rightName");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("ike");
    QTest::addColumn<QString>("esp");
    QTest::addColumn<QString>("espRekeyed");

    // IKEv2 creates the first CHILD_SA inside IKE_AUTH, without a key exchange of its own:
    // the PFS group shows only once the CHILD_SA is rekeyed. IKEv1 Quick Mode uses it at once.
    QTest::addRow("swanctl IKEv2") << false << dataDir(u"swanctl-ikev2"_s) << u"harness-net"_s << u"harness-net"_s << 2
                                   << u"AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s
                                   << u"ESP:AES_CBC-128/HMAC_SHA2_256_128"_s
                                   << u"ESP:AES_CBC-128/HMAC_SHA2_256_128/MODP_2048"_s;
    QTest::addRow("ipsec.conf IKEv1, OpenStack defaults")
        << true << dataDir(u"ipsec-ikev1"_s) << u"5f3c2a10-0000-4000-8000-0000000000a1"_s
        << u"5f3c2a10-0000-4000-8000-0000000000b1"_s << 1 << u"AES_CBC-128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s
        << u"ESP:AES_CBC-128/HMAC_SHA1_96/MODP_1536"_s << u"ESP:AES_CBC-128/HMAC_SHA1_96/MODP_1536"_s;
    QTest::addRow("ipsec.conf IKEv2") << true << dataDir(u"ipsec-ikev2"_s) << u"5f3c2a10-0000-4000-8000-0000000000a2"_s
                                      << u"5f3c2a10-0000-4000-8000-0000000000b2"_s << 2
                                      << u"AES_CBC-192/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/MODP_1024"_s
                                      << u"ESP:AES_CBC-256/HMAC_SHA2_512_256"_s
                                      << u"ESP:AES_CBC-256/HMAC_SHA2_512_256/MODP_1024"_s;
}

void TestStrongSwanHarnessIntegration::tunnel()
{
    QFETCH(bool, ipsecConf);
    QFETCH(QString, dir);
    QFETCH(QString, leftName);
    QFETCH(QString, rightName);
    QFETCH(int, version);
    QFETCH(QString, ike);
    QFETCH(QString, esp);
    QFETCH(QString, espRekeyed);
    const QString names[] = {leftName, rightName};
    const auto nameOf = [&](Side side) { return names[side == Side::Left ? 0 : 1]; };

    // The responder first, so that the initiator finds it listening.
    QVERIFY2(start(ipsecConf, Side::Right, dir), qPrintable(m_pair.errorString()));
    QVERIFY2(start(ipsecConf, Side::Left, dir), qPrintable(m_pair.errorString()));
    QVERIFY2(m_pair.initiate(Side::Left, leftName), qPrintable(m_pair.errorString()));

    quint32 childIds[2] = {};
    for (const Side side : {Side::Left, Side::Right}) {
        const auto sa = m_pair.waitForInstalled(side, nameOf(side));
        QVERIFY2(sa, qPrintable(m_pair.errorString()));
        const Side peer = StrongSwanPair::other(side);
        QCOMPARE(sa->version, version);
        QCOMPARE(sa->state, u"ESTABLISHED"_s);
        QCOMPARE(sa->initiator, side == Side::Left);
        QCOMPARE(sa->localHost, m_pair.address(side));
        QCOMPARE(sa->remoteHost, m_pair.address(peer));
        QCOMPARE(sa->localId, m_pair.address(side));
        QCOMPARE(sa->remoteId, m_pair.address(peer));
        QCOMPARE(sa->proposal(), ike);
        const ChildSa *child = sa->installedChild(nameOf(side));
        QVERIFY(child);
        QCOMPARE(child->proposal(), esp);
        QCOMPARE(child->mode, u"TUNNEL"_s);
        QCOMPARE(child->localTs, QStringList{m_pair.subnet(side)});
        QCOMPARE(child->remoteTs, QStringList{m_pair.subnet(peer)});
        QCOMPARE(child->packetsOut, quint64(0));
        childIds[side == Side::Left ? 0 : 1] = child->uniqueId;
    }

    QVERIFY2(m_pair.ping(Side::Left, m_pair.host(Side::Left), m_pair.host(Side::Right), PingCount),
             qPrintable(m_pair.errorString()));
    // Every echo request and reply crossed this CHILD_SA, on both ends.
    for (const Side side : {Side::Left, Side::Right}) {
        const auto sas = m_pair.listSas(side);
        QVERIFY2(sas, qPrintable(m_pair.errorString()));
        QCOMPARE(sas->size(), 1);
        const ChildSa *child = sas->first().installedChild(nameOf(side));
        QVERIFY(child);
        QCOMPARE(child->packetsOut, quint64(PingCount));
        QCOMPARE(child->packetsIn, quint64(PingCount));
        QCOMPARE(child->bytesOut, PingCount * PingBytes);
        QCOMPARE(child->bytesIn, PingCount * PingBytes);
    }

    // A rekey runs the CHILD_SA's own key exchange: the PFS group of the ESP proposal.
    QVERIFY2(m_pair.swanctl(Side::Left, {u"--rekey"_s, u"--child"_s, leftName}), qPrintable(m_pair.errorString()));
    for (const Side side : {Side::Left, Side::Right}) {
        const auto sa = m_pair.waitForInstalled(side, nameOf(side), 20000, childIds[side == Side::Left ? 0 : 1]);
        QVERIFY2(sa, qPrintable(m_pair.errorString()));
        const ChildSa *child = sa->installedChild(nameOf(side));
        QVERIFY(child);
        QCOMPARE(child->proposal(), espRekeyed);
    }
    QVERIFY2(m_pair.ping(Side::Left, m_pair.host(Side::Left), m_pair.host(Side::Right), 1),
             qPrintable(m_pair.errorString()));
}

// The harness must be able to fail: the peer accepts only other ESP algorithms.
void TestStrongSwanHarnessIntegration::mismatchedProposalFails()
{
    const QString dir = dataDir(u"swanctl-mismatch"_s);
    QVERIFY2(start(false, Side::Right, dir), qPrintable(m_pair.errorString()));
    QVERIFY2(start(false, Side::Left, dir), qPrintable(m_pair.errorString()));
    QVERIFY(!m_pair.initiate(Side::Left, u"harness-net"_s));
    QVERIFY2(m_pair.errorString().contains(u"NO_PROPOSAL_CHOSEN"_s), qPrintable(m_pair.errorString()));
    // IKE agreed (same IKE proposal), the CHILD_SA did not.
    const auto sas = m_pair.listSas(Side::Left);
    QVERIFY2(sas, qPrintable(m_pair.errorString()));
    QCOMPARE(sas->size(), 1);
    QCOMPARE(sas->first().state, u"ESTABLISHED"_s);
    QVERIFY(sas->first().children.isEmpty());
}

QTEST_GUILESS_MAIN(TestStrongSwanHarnessIntegration)
#include "tst_strongswan_harness_integration.moc"
