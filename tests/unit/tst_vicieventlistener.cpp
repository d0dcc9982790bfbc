// SPDX-License-Identifier: Apache-2.0
// ViciEventListener against an in-process fake charon (vicigolden.h): registration of the
// four events, the golden updown events of charon 5.9.8 as signals, unknown events, EOF.
#include "vicigolden.h"

#include "vici/vicieventlistener.h"
#include "vici/vicisainfo.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::vici;
using vicitest::FakeCharon;

Q_DECLARE_METATYPE(vpnaas::vici::ViciError)

class TestViciEventListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registersAndDelivers_data();
    void registersAndDelivers();
    void unknownEvent();
    void eventsDuringRegistration();
    void peerCloses();
    void registrationTimeout();
    void malformedEvent();
};

void TestViciEventListener::registersAndDelivers_data()
{
    QTest::addColumn<bool>("tcp");
    QTest::addRow("UNIX socket") << false;
    QTest::addRow("TCP") << true;
}

void TestViciEventListener::registersAndDelivers()
{
    QFETCH(bool, tcp);
    FakeCharon charon(tcp);
    ViciEventListener listener;
    QSignalSpy listening(&listener, &ViciEventListener::listening);
    QSignalSpy any(&listener, &ViciEventListener::eventReceived);
    QSignalSpy ike(&listener, &ViciEventListener::ikeUpDown);
    QSignalSpy child(&listener, &ViciEventListener::childUpDown);
    QSignalSpy childRekey(&listener, &ViciEventListener::childRekey);
    QSignalSpy ikeRekey(&listener, &ViciEventListener::ikeRekey);
    QVERIFY(listener.connectToUri(charon.uri()));
    QVERIFY(listening.wait(5000));
    QVERIFY(listener.isListening());
    QCOMPARE(listener.registeredEvents(), ViciEventListener::defaultEvents());
    QStringList seen;
    for (const auto &packet : std::as_const(charon.received))
        seen << packetTypeName(packet.type) + u' ' + QString::fromUtf8(packet.name);
    QCOMPARE(seen,
             (QStringList{u"EVENT_REGISTER ike-updown"_s, u"EVENT_REGISTER child-updown"_s,
                          u"EVENT_REGISTER ike-rekey"_s, u"EVENT_REGISTER child-rekey"_s}));
    QCOMPARE(*encodePacket(charon.received.at(0)), vicitest::golden(3, "ike-updown").frame);
    QCOMPARE(*encodePacket(charon.received.at(1)), vicitest::golden(3, "child-updown").frame);

    // The capture's sequence: child down, child up, IKE down, child down.
    charon.sendRaw(vicitest::golden(7, "child-updown", 0).frame);
    charon.sendRaw(vicitest::golden(7, "child-updown", 1).frame);
    charon.sendRaw(vicitest::golden(7, "ike-updown", 0).frame + vicitest::golden(7, "child-updown", 2).frame);
    ViciMessage rekey;
    rekey.addSection("s2s", ViciMessage().addSection("child-sas", ViciMessage()));
    charon.send({ViciPacketType::Event, "child-rekey", rekey});
    charon.send({ViciPacketType::Event, "ike-rekey", rekey});
    QTRY_COMPARE(any.size(), 6);
    QCOMPARE(child.size(), 3);
    QCOMPARE(child.at(0).at(0).toBool(), false);
    QCOMPARE(child.at(1).at(0).toBool(), true);
    QCOMPARE(child.at(2).at(0).toBool(), false);
    QCOMPARE(ike.size(), 1);
    QCOMPARE(ike.at(0).at(0).toBool(), false);
    QCOMPARE(childRekey.size(), 1);
    QCOMPARE(ikeRekey.size(), 1);
    QCOMPARE(any.at(2).at(0).toByteArray(), "ike-updown");
    const auto up = parseUpDown(child.at(1).at(1).value<ViciMessage>());
    QVERIFY(up);
    QVERIFY(up->up);
    QCOMPARE(up->sas.first().children.first().state, u"INSTALLED"_s);
}

void TestViciEventListener::unknownEvent()
{
    FakeCharon charon;
    ViciEventListener listener;
    listener.setEvents({"ike-state-change", "child-updown"}); // not in strongSwan 5.9.8
    QSignalSpy listening(&listener, &ViciEventListener::listening);
    QSignalSpy failed(&listener, &ViciEventListener::registrationFailed);
    listener.connectToUri(charon.uri());
    QVERIFY(listening.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toByteArray(), "ike-state-change");
    QCOMPARE(failed.first().at(1).value<ViciError>(), ViciError::UnknownEvent);
    QCOMPARE(listener.registeredEvents(), QList<QByteArray>{"child-updown"});
}

// An event that arrives between two registrations is delivered, not taken for a confirmation.
void TestViciEventListener::eventsDuringRegistration()
{
    FakeCharon charon;
    charon.handler = [&](const ViciPacket &packet) {
        charon.sendRaw(vicitest::golden(7, "child-updown", 1).frame);
        charon.charonLike(packet);
    };
    ViciEventListener listener;
    QSignalSpy listening(&listener, &ViciEventListener::listening);
    QSignalSpy child(&listener, &ViciEventListener::childUpDown);
    listener.connectToUri(charon.uri());
    QVERIFY(listening.wait(5000));
    QCOMPARE(listener.registeredEvents().size(), 4);
    QCOMPARE(child.size(), 4);
}

void TestViciEventListener::peerCloses()
{
    FakeCharon charon;
    ViciEventListener listener;
    QSignalSpy listening(&listener, &ViciEventListener::listening);
    QSignalSpy closed(&listener, &ViciEventListener::connectionClosed);
    listener.connectToUri(charon.uri());
    QVERIFY(listening.wait(5000));
    charon.drop();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<ViciError>(), ViciError::Disconnected);
    QVERIFY(!listener.isListening());
    QCOMPARE(listener.state(), ViciConnection::State::Unconnected);
}

void TestViciEventListener::registrationTimeout()
{
    FakeCharon charon;
    charon.handler = [](const ViciPacket &) {};
    ViciEventListener listener;
    listener.setTimeout(200);
    QSignalSpy closed(&listener, &ViciEventListener::connectionClosed);
    listener.connectToUri(charon.uri());
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<ViciError>(), ViciError::Timeout);
    QVERIFY2(closed.first().at(1).toString().contains(u"registering ike-updown within 200 ms"_s),
             qPrintable(closed.first().at(1).toString()));
}

void TestViciEventListener::malformedEvent()
{
    FakeCharon charon;
    ViciEventListener listener;
    QSignalSpy listening(&listener, &ViciEventListener::listening);
    QSignalSpy closed(&listener, &ViciEventListener::connectionClosed);
    QSignalSpy any(&listener, &ViciEventListener::eventReceived);
    listener.connectToUri(charon.uri());
    QVERIFY(listening.wait(5000));
    QByteArray truncated = vicitest::golden(7, "ike-updown").frame;
    truncated.chop(3);
    truncated[3] = char(truncated[3] - 3); // a consistent length, a cut message
    charon.sendRaw(truncated);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<ViciError>(), ViciError::ProtocolError);
    QVERIFY2(closed.first().at(1).toString().contains(u"truncated: value of 10 bytes, 9 left"_s),
             qPrintable(closed.first().at(1).toString()));
    QCOMPARE(any.size(), 0);
}

QTEST_GUILESS_MAIN(TestViciEventListener)
#include "tst_vicieventlistener.moc"
