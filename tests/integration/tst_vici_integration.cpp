// SPDX-License-Identifier: Apache-2.0
//
// Our VICI client (models/vici) against real charons in the two namespaces of
// tests/integration/run-with-strongswan, with the hand-written swanctl-ikev2 pair of
// tests/data/strongswan-harness: version, the tunnel ESTABLISHED/INSTALLED through list-sas,
// CHILD_SA counters that grow by exactly the bytes pinged across, a forced rekey seen as a
// child-rekey event with a new CHILD_SA whose counters restart, and the peer going away seen
// as ike-updown/child-updown without "up". A missing daemon or harness is a failure.
#include "strongswanpair.h"

#include "vici/viciclient.h"
#include "vici/vicieventlistener.h"
#include "vici/vicisainfo.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas::vici;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

Q_DECLARE_METATYPE(vpnaas::vici::ViciError)

namespace {

// An echo request and its reply, counted by the SA as inner IP bytes: 20 (IPv4) + 8 (ICMP) + 56.
constexpr quint64 PingBytes = 84;
const QString ChildName = u"harness-net"_s;

QString configDir(Side side)
{
    return QStringLiteral(VPNAAS_TEST_DATA_DIR) + u"/strongswan-harness/swanctl-ikev2/"_s
        + StrongSwanPair::sideName(side);
}

bool waitFinished(ViciReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ViciReply::finished);
    return spy.wait(15000);
}

} // namespace

class TestViciIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void version();
    void tunnelUp();
    void countersCountPings();
    void rekeyRestartsCounters();
    void peerStops();
    void ownDaemonStops();

private:
    /*! list-sas on our command connection: the one IKE_SA, or a failure. */
    std::optional<SaInfo> listOneSa();
    const ChildSaInfo *installed(const SaInfo &sa) const { return sa.installedChild(ChildName); }

    StrongSwanPair m_pair;
    ViciClient *m_client = nullptr;
    ViciEventListener *m_listener = nullptr;
    quint32 m_childId = 0;
    quint64 m_pinged = 0;
};

void TestViciIntegration::initTestCase()
{
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    QVERIFY2(m_pair.viciUri(Side::Left).startsWith(u"unix://"_s), qPrintable(m_pair.viciUri(Side::Left)));
    // The responder first, so that the initiator finds it listening.
    QVERIFY2(m_pair.startSwanctl(Side::Right, configDir(Side::Right)), qPrintable(m_pair.errorString()));
    QVERIFY2(m_pair.startSwanctl(Side::Left, configDir(Side::Left)), qPrintable(m_pair.errorString()));

    m_client = new ViciClient(this);
    m_listener = new ViciEventListener(this);
    QSignalSpy connected(m_client, &ViciClient::connected);
    QSignalSpy listening(m_listener, &ViciEventListener::listening);
    QString error;
    QVERIFY2(m_client->connectToUri(m_pair.viciUri(Side::Left), &error), qPrintable(error));
    QVERIFY2(m_listener->connectToUri(m_pair.viciUri(Side::Left), &error), qPrintable(error));
    QVERIFY(connected.wait(10000) || connected.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 1, 10000);
    QCOMPARE(m_listener->registeredEvents(), ViciEventListener::defaultEvents());
}

void TestViciIntegration::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_pair.logTail(Side::Left) << m_pair.logTail(Side::Right);
}

void TestViciIntegration::cleanupTestCase()
{
    QVERIFY2(m_pair.stopAll(), qPrintable(m_pair.errorString()));
}

std::optional<SaInfo> TestViciIntegration::listOneSa()
{
    const std::unique_ptr<ViciReply> reply(m_client->listSas());
    if (!waitFinished(reply.get()) || reply->error() != ViciError::NoError) {
        qWarning().noquote() << "list-sas failed:" << reply->errorString();
        return std::nullopt;
    }
    if (reply->items().size() != 1) {
        qWarning() << "list-sas gave" << reply->items().size() << "IKE_SAs";
        return std::nullopt;
    }
    QString error;
    const auto sas = parseSas(reply->items().first(), &error);
    if (!sas || sas->size() != 1) {
        qWarning().noquote() << "list-sa does not parse:" << error;
        return std::nullopt;
    }
    return sas->first();
}

void TestViciIntegration::version()
{
    ViciReply *reply = m_client->version();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), ViciError::NoError);
    QCOMPARE(reply->response().value("daemon"), "charon");
    QVERIFY2(reply->response().value("version").startsWith("5."), reply->response().value("version").constData());
    qInfo("charon %s on %s", reply->response().value("version").constData(),
          reply->response().value("sysname").constData());
    // Nothing is up yet.
    ViciReply *sas = m_client->listSas();
    QVERIFY(waitFinished(sas));
    QCOMPARE(sas->error(), ViciError::NoError);
    QVERIFY(sas->items().isEmpty());
}

void TestViciIntegration::tunnelUp()
{
    QSignalSpy ikeUp(m_listener, &ViciEventListener::ikeUpDown);
    QSignalSpy childUp(m_listener, &ViciEventListener::childUpDown);
    QVERIFY2(m_pair.initiate(Side::Left, ChildName), qPrintable(m_pair.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(childUp.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ikeUp.size(), 1, 10000);
    QCOMPARE(ikeUp.first().at(0).toBool(), true);
    QCOMPARE(childUp.first().at(0).toBool(), true);

    const auto sa = listOneSa();
    QVERIFY(sa);
    QCOMPARE(sa->name, u"harness"_s);
    QCOMPARE(sa->state, u"ESTABLISHED"_s);
    QCOMPARE(sa->version, 2);
    QVERIFY(sa->initiator);
    QCOMPARE(sa->localHost, m_pair.address(Side::Left));
    QCOMPARE(sa->remoteHost, m_pair.address(Side::Right));
    QCOMPARE(sa->remoteId, m_pair.address(Side::Right));
    QCOMPARE(sa->encrAlg, u"AES_CBC"_s);
    QCOMPARE(sa->encrKeySize, 256);
    QCOMPARE(sa->dhGroup, u"MODP_2048"_s);
    QVERIFY(sa->established >= 0);
    const ChildSaInfo *child = installed(*sa);
    QVERIFY(child);
    QCOMPARE(child->state, u"INSTALLED"_s);
    QCOMPARE(child->mode, u"TUNNEL"_s);
    QCOMPARE(child->protocol, u"ESP"_s);
    QCOMPARE(child->encrAlg, u"AES_CBC"_s);
    QCOMPARE(child->integAlg, u"HMAC_SHA2_256_128"_s);
    QCOMPARE(child->localTs, QStringList{m_pair.subnet(Side::Left)});
    QCOMPARE(child->remoteTs, QStringList{m_pair.subnet(Side::Right)});
    QCOMPARE(child->bytesIn, quint64(0));
    QCOMPARE(child->bytesOut, quint64(0));
    QVERIFY(child->lifeTime > 0);
    m_childId = child->uniqueId;
    qInfo("IKE_SA %s #%u ESTABLISHED, CHILD_SA %s INSTALLED (reqid %u, SPIs %s/%s)", qPrintable(sa->name), sa->uniqueId,
          qPrintable(child->key), child->reqId, qPrintable(child->spiIn), qPrintable(child->spiOut));
}

void TestViciIntegration::countersCountPings()
{
    QVERIFY(m_childId);
    for (const int count : {3, 5}) {
        QVERIFY2(m_pair.ping(Side::Left, m_pair.host(Side::Left), m_pair.host(Side::Right), count),
                 qPrintable(m_pair.errorString()));
        m_pinged += quint64(count);
        const auto sa = listOneSa();
        QVERIFY(sa);
        const ChildSaInfo *child = installed(*sa);
        QVERIFY(child);
        QCOMPARE(child->uniqueId, m_childId);
        QCOMPARE(child->packetsOut, m_pinged);
        QCOMPARE(child->packetsIn, m_pinged);
        QCOMPARE(child->bytesOut, m_pinged * PingBytes);
        QCOMPARE(child->bytesIn, m_pinged * PingBytes);
        qInfo("after %llu pings: bytes-in %llu, bytes-out %llu", m_pinged, child->bytesIn, child->bytesOut);
    }
}

void TestViciIntegration::rekeyRestartsCounters()
{
    QVERIFY(m_childId);
    QSignalSpy rekeys(m_listener, &ViciEventListener::childRekey);
    QVERIFY2(m_pair.swanctl(Side::Left, {u"--rekey"_s, u"--child"_s, ChildName}), qPrintable(m_pair.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(rekeys.size() >= 1, 10000);
    QString error;
    const auto rekey = parseChildRekey(rekeys.first().at(0).value<ViciMessage>(), &error);
    QVERIFY2(rekey, qPrintable(error));
    QCOMPARE(rekey->size(), 1);
    const ChildRekeyInfo &info = rekey->first();
    QCOMPARE(info.ikeName, u"harness"_s);
    QCOMPARE(info.oldSa.uniqueId, m_childId);
    QCOMPARE(info.oldSa.bytesOut, m_pinged * PingBytes);
    QVERIFY(info.newSa.uniqueId > m_childId);
    QCOMPARE(info.newSa.bytesOut, quint64(0));
    qInfo("child-rekey: CHILD_SA #%u (%llu bytes out, %s) -> #%u (%llu bytes out, %s)", info.oldSa.uniqueId,
          info.oldSa.bytesOut, qPrintable(info.oldSa.state), info.newSa.uniqueId, info.newSa.bytesOut,
          qPrintable(info.newSa.state));

    QVERIFY2(m_pair.ping(Side::Left, m_pair.host(Side::Left), m_pair.host(Side::Right), 2),
             qPrintable(m_pair.errorString()));
    const auto sa = listOneSa();
    QVERIFY(sa);
    const ChildSaInfo *child = installed(*sa);
    QVERIFY(child);
    QCOMPARE(child->uniqueId, info.newSa.uniqueId);
    QCOMPARE(child->dhGroup, u"MODP_2048"_s); // PFS: the rekey ran a key exchange of its own
    // The new CHILD_SA counted from 0: only the 2 pings after the rekey.
    QCOMPARE(child->packetsOut, quint64(2));
    QCOMPARE(child->bytesOut, 2 * PingBytes);
    QCOMPARE(child->bytesIn, 2 * PingBytes);
    qInfo("new CHILD_SA #%u after 2 pings: bytes-in %llu, bytes-out %llu", child->uniqueId, child->bytesIn,
          child->bytesOut);
}

void TestViciIntegration::peerStops()
{
    QSignalSpy ike(m_listener, &ViciEventListener::ikeUpDown);
    QSignalSpy child(m_listener, &ViciEventListener::childUpDown);
    QVERIFY2(m_pair.stop(Side::Right), qPrintable(m_pair.errorString())); // TERM: the peer sends DELETE
    QTRY_COMPARE_WITH_TIMEOUT(ike.size(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(child.size() >= 1, 15000);
    QCOMPARE(ike.first().at(0).toBool(), false);
    QCOMPARE(child.first().at(0).toBool(), false);
    const auto down = parseUpDown(ike.first().at(1).value<ViciMessage>());
    QVERIFY(down);
    QVERIFY(!down->up);
    QCOMPARE(down->sas.size(), 1);
    QCOMPARE(down->sas.first().name, u"harness"_s);
    qInfo("peer stopped: ike-updown (IKE_SA state %s), %lld child-updown, all without up=yes",
          qPrintable(down->sas.first().state), qlonglong(child.size()));
    ViciReply *reply = m_client->listSas();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), ViciError::NoError);
    QVERIFY(reply->items().isEmpty());
}

void TestViciIntegration::ownDaemonStops()
{
    QSignalSpy listenerClosed(m_listener, &ViciEventListener::connectionClosed);
    QSignalSpy clientClosed(m_client, &ViciClient::connectionClosed);
    QVERIFY2(m_pair.stop(Side::Left), qPrintable(m_pair.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(listenerClosed.size(), 1, 10000);
    QCOMPARE(listenerClosed.first().at(0).value<ViciError>(), ViciError::Disconnected);
    ViciReply *reply = m_client->version();
    QVERIFY(waitFinished(reply));
    QVERIFY(reply->error() == ViciError::Disconnected || reply->error() == ViciError::NotConnected);
    QTRY_COMPARE_WITH_TIMEOUT(clientClosed.size(), 1, 10000);
    // The socket file stays behind; connecting again is refused, as a clean error.
    m_client->connectToUri(m_pair.viciUri(Side::Left));
    QTRY_COMPARE_WITH_TIMEOUT(clientClosed.size(), 2, 10000);
    QCOMPARE(clientClosed.at(1).at(0).value<ViciError>(), ViciError::ConnectFailed);
    qInfo().noquote() << "own charon stopped:" << listenerClosed.first().at(1).toString() << "/"
                      << clientClosed.at(1).at(1).toString();
}

QTEST_GUILESS_MAIN(TestViciIntegration)
#include "tst_vici_integration.moc"
