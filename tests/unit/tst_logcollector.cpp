// SPDX-License-Identifier: Apache-2.0
// The log collector against an in-process fake charon: it registers `log`, keeps the lines per
// endpoint, coalesces its signal, says why an endpoint is not listening, listens again after the
// connection drops, and lets an endpoint go while its charon still talks.
#include "vicigolden.h"

#include "diagnosis/logcollector.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::vici;
using vicitest::FakeCharon;

namespace {

ViciPacket logEvent(const QByteArray &message, const QByteArray &ikeSa = {}, int id = 0)
{
    ViciMessage event;
    event.add("group", "IKE").add("level", "1").add("thread", "7");
    if (!ikeSa.isEmpty())
        event.add("ikesa-name", ikeSa).add("ikesa-uniqueid", QByteArray::number(id));
    event.add("msg", message);
    return {ViciPacketType::Event, "log", event};
}

monitoring::ViciEndpoint endpoint(const QString &uri, monitoring::ViciEndpoint::Scope scope, const QString &target)
{
    return {uri, scope, target, QString()};
}

} // namespace

class TestLogCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLinesOfEachEndpoint()
    {
        FakeCharon node;
        FakeCharon peer;
        diagnosis::LogCollector collector;
        QSignalSpy added(&collector, &diagnosis::LogCollector::linesAdded);
        collector.setEndpoints({endpoint(node.uri(), monitoring::ViciEndpoint::Scope::VpnService, u"service"_s),
                                endpoint(peer.uri(), monitoring::ViciEndpoint::Scope::PeerGateway, u"conn"_s)});
        QTRY_VERIFY(collector.isListening(node.uri()) && collector.isListening(peer.uri()));
        QVERIFY(std::any_of(node.received.cbegin(), node.received.cend(), [](const ViciPacket &p) {
            return p.type == ViciPacketType::EventRegister && p.name == "log";
        }));
        for (int i = 0; i < 50; ++i)
            node.send(logEvent("sending DPD request", "conn", 1));
        peer.send(logEvent("received DPD request", "conn", 3));
        QTRY_COMPARE(collector.received(), quint64(51));
        QTRY_COMPARE(added.size(), 1); // coalesced
        QCOMPARE(collector.book(node.uri())->lineCount(), 50);
        QCOMPARE(collector.book(peer.uri())->lineCount(), 1);

        ServerState state;
        IpsecSiteConnection connection;
        connection.id = u"conn"_s;
        connection.vpnserviceId = u"service"_s;
        connection.peerAddress = u"192.0.2.2"_s;
        state.connections = {connection};
        const diagnosis::Evidence evidence = collector.evidenceFor(state, u"conn"_s);
        QVERIFY(evidence.ownAttached);
        QVERIFY(evidence.peerAttached);
        QCOMPARE(evidence.ownLines.size(), 50);
        QCOMPARE(evidence.peerLines.size(), 1);
        QCOMPARE(evidence.peerLines.first().message, u"received DPD request"_s);
        // Another connection's evidence has neither end's lines and no peer gateway.
        connection.id = u"other"_s;
        state.connections.append(connection);
        const diagnosis::Evidence other = collector.evidenceFor(state, u"other"_s);
        QVERIFY(other.ownAttached);
        QVERIFY(!other.peerAttached);
        QVERIFY(other.ownLines.isEmpty());
    }

    void saysWhyAndListensAgain()
    {
        diagnosis::LogCollector collector;
        const QString missing = u"unix:///nonexistent/charon.vici"_s;
        collector.setEndpoints({endpoint(missing, monitoring::ViciEndpoint::Scope::VpnService, {})});
        QTRY_VERIFY(!collector.endpointProblem(missing).isEmpty());
        QVERIFY(!collector.isListening(missing));

        FakeCharon node;
        QSignalSpy changed(&collector, &diagnosis::LogCollector::endpointStateChanged);
        collector.setEndpoints({endpoint(node.uri(), monitoring::ViciEndpoint::Scope::VpnService, {})});
        QTRY_VERIFY(collector.isListening(node.uri()));
        QCOMPARE(node.connections(), 1);
        node.drop();
        QTRY_VERIFY(!collector.endpointProblem(node.uri()).isEmpty());
        // The first retry comes after a second.
        QTRY_VERIFY_WITH_TIMEOUT(collector.isListening(node.uri()), 5000);
        QCOMPARE(node.connections(), 2);
        QVERIFY(collector.endpointProblem(node.uri()).isEmpty());
        QVERIFY(!changed.isEmpty());
    }

    void letsAnEndpointGoWhileItTalks()
    {
        FakeCharon node;
        diagnosis::LogCollector collector;
        collector.setEndpoints({endpoint(node.uri(), monitoring::ViciEndpoint::Scope::VpnService, {})});
        QTRY_VERIFY(collector.isListening(node.uri()));
        for (int i = 0; i < 20; ++i)
            node.send(logEvent("received packet: from 192.0.2.2[500] to 192.0.2.1[500]"));
        collector.setEndpoints({}); // the listener goes while its lines are on the way
        QVERIFY(!collector.book(node.uri()));
        // What was on the way arrives at a listener that is being deleted: nothing may reach the
        // Link that went (ASan sees it in scripts/sanitize).
        for (int turn = 0; turn < 10; ++turn) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
        }
        QCOMPARE(collector.endpoints().size(), 0);
        QCOMPARE(collector.received(), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLogCollector)
#include "tst_logcollector.moc"
