// SPDX-License-Identifier: Apache-2.0
// ViciClient against an in-process fake charon (vicigolden.h) that answers with the golden
// bytes of a real charon 5.9.8: command ordering, streamed lists, errors, disconnect, timeout.
#include "vicigolden.h"

#include "vici/viciclient.h"
#include "vici/vicisainfo.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas::vici;
using vicitest::FakeCharon;

Q_DECLARE_METATYPE(vpnaas::vici::ViciError)

class TestViciClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_data();
    void version();
    void ordering();
    void streamedLists_data();
    void streamedLists();
    void errors_data();
    void errors();
    void disconnectMidCommand();
    void timeout();
    void malformedAnswer_data();
    void malformedAnswer();
    void notConnected();
    void connectFails();
    void uris_data();
    void uris();
};

namespace {

bool waitFinished(ViciReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ViciReply::finished);
    return spy.wait(5000);
}

} // namespace

void TestViciClient::version_data()
{
    QTest::addColumn<bool>("tcp");
    QTest::addRow("UNIX socket") << false;
    QTest::addRow("TCP") << true;
}

void TestViciClient::version()
{
    QFETCH(bool, tcp);
    FakeCharon charon(tcp);
    ViciClient client;
    QSignalSpy connected(&client, &ViciClient::connected);
    QVERIFY(client.connectToUri(charon.uri()));
    ViciReply *reply = client.version(); // queued while connecting
    QVERIFY(waitFinished(reply));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(reply->error(), ViciError::NoError);
    QVERIFY(reply->errorString().isEmpty());
    QCOMPARE(reply->response().value("daemon"), "charon");
    QCOMPARE(reply->response().value("version"), "5.9.8");
    QCOMPARE(charon.received.size(), 1);
    // The exact request bytes of the capture.
    QCOMPARE(*encodePacket(charon.received.first()), vicitest::golden(0, "version").frame);
}

// Five commands at once: charon sees one request at a time, the replies finish in call order.
void TestViciClient::ordering()
{
    FakeCharon charon;
    int outstanding = 0;
    int maxOutstanding = 0;
    charon.handler = [&](const ViciPacket &packet) {
        maxOutstanding = std::max(maxOutstanding, ++outstanding);
        // Answer later, so that a client that pipelines would have sent the next one by then.
        QTimer::singleShot(20, &charon, [&, packet] {
            --outstanding;
            charon.charonLike(packet);
        });
    };
    ViciClient client;
    client.connectToUri(charon.uri());
    QList<ViciReply *> replies
        = {client.version(), client.listSas(), client.command("no-such-cmd"),
           client.command("terminate", ViciMessage().add("ike-id", "999").add("timeout", "-1")), client.version()};
    QList<QByteArray> finished;
    for (auto *reply : replies)
        connect(reply, &ViciReply::finished, this, [&finished, reply] { finished << reply->command(); });
    QTRY_COMPARE(finished.size(), 5);
    QCOMPARE(finished, (QList<QByteArray>{"version", "list-sas", "no-such-cmd", "terminate", "version"}));
    QCOMPARE(maxOutstanding, 1);
    QStringList seen;
    for (const auto &packet : std::as_const(charon.received))
        seen << packetTypeName(packet.type) + u' ' + QString::fromUtf8(packet.name);
    QCOMPARE(seen,
             (QStringList{u"CMD_REQUEST version"_s, u"EVENT_REGISTER list-sa"_s, u"CMD_REQUEST list-sas"_s,
                          u"EVENT_UNREGISTER list-sa"_s, u"CMD_REQUEST no-such-cmd"_s, u"CMD_REQUEST terminate"_s,
                          u"CMD_REQUEST version"_s}));
    // The terminate request is byte for byte the captured one.
    QCOMPARE(*encodePacket(charon.received.at(5)), vicitest::golden(0, "terminate").frame);
    QCOMPARE(replies.at(1)->items().size(), 2);
    QCOMPARE(replies.at(2)->error(), ViciError::UnknownCommand);
    QCOMPARE(replies.at(3)->error(), ViciError::CommandFailed);
    QCOMPARE(replies.at(4)->error(), ViciError::NoError);
}

void TestViciClient::streamedLists_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<int>("items");
    QTest::addRow("list-sas, 3 IKE_SAs") << QByteArray("list-sas") << QByteArray("list-sa") << 3;
    QTest::addRow("list-sas, none") << QByteArray("list-sas") << QByteArray("list-sa") << 0;
    QTest::addRow("list-conns") << QByteArray("list-conns") << QByteArray("list-conn") << 1;
    QTest::addRow("list-policies") << QByteArray("list-policies") << QByteArray("list-policy") << 1;
}

void TestViciClient::streamedLists()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, event);
    QFETCH(int, items);
    FakeCharon charon;
    charon.listSaCount = items;
    // An unsolicited event on the command connection is not an item.
    charon.handler = [&](const ViciPacket &packet) {
        if (packet.type == ViciPacketType::CmdRequest)
            charon.sendRaw(vicitest::golden(7, "ike-updown").frame);
        charon.charonLike(packet);
    };
    ViciClient client;
    client.connectToUri(charon.uri());
    ViciReply *reply = command == "list-sas" ? client.listSas()
        : command == "list-conns"            ? client.listConns()
                                             : client.listPolicies();
    QSignalSpy itemSpy(reply, &ViciReply::itemReceived);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), ViciError::NoError);
    QCOMPARE(reply->items().size(), items);
    QCOMPARE(itemSpy.size(), items);
    QCOMPARE(charon.received.size(), 3);
    QCOMPARE(charon.received.at(0).type, ViciPacketType::EventRegister);
    QCOMPARE(charon.received.at(0).name, event);
    QCOMPARE(charon.received.at(1).type, ViciPacketType::CmdRequest);
    QCOMPARE(charon.received.at(1).name, command);
    QCOMPARE(charon.received.at(2).type, ViciPacketType::EventUnregister);
    QCOMPARE(charon.received.at(2).name, event);
    if (command == "list-sas") {
        QCOMPARE(*encodePacket(charon.received.at(0)), vicitest::golden(3, "list-sa").frame);
        QCOMPARE(*encodePacket(charon.received.at(1)), vicitest::golden(0, "list-sas").frame);
        for (const auto &item : reply->items()) {
            const auto sas = parseSas(item);
            QVERIFY(sas);
            QCOMPARE(sas->first().children.first().bytesIn, quint64(252));
        }
    }
}

void TestViciClient::errors_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<ViciMessage>("arguments");
    QTest::addColumn<ViciError>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addRow("unknown command") << QByteArray("no-such-cmd") << QByteArray() << ViciMessage()
                                     << ViciError::UnknownCommand << u"charon does not know the command no-such-cmd"_s;
    QTest::addRow("unknown stream event")
        << QByteArray("list-sas") << QByteArray("no-such-event") << ViciMessage() << ViciError::UnknownEvent
        << u"list-sas: charon does not know the event no-such-event"_s;
    QTest::addRow("success=no") << QByteArray("terminate") << QByteArray() << ViciMessage().add("ike-id", "999")
                                << ViciError::CommandFailed
                                << u"terminate failed: no matching SAs to terminate found"_s;
    QTest::addRow("name too long")
        << QByteArray(300, 'x') << QByteArray() << ViciMessage() << ViciError::InvalidRequest
        << u"cannot encode CMD_REQUEST %1: packet name of 300 bytes is longer than 255 at offset 5"_s.arg(
               QString(300, u'x'));
}

void TestViciClient::errors()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, event);
    QFETCH(ViciMessage, arguments);
    QFETCH(ViciError, error);
    QFETCH(QString, errorString);
    FakeCharon charon;
    ViciClient client;
    client.connectToUri(charon.uri());
    ViciReply *reply = event.isEmpty() ? client.command(command, arguments) : client.streamedCommand(command, event);
    ViciReply *next = client.version(); // the connection stays usable
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), error);
    QCOMPARE(reply->errorString(), errorString);
    QVERIFY(waitFinished(next));
    QCOMPARE(next->error(), ViciError::NoError);
    QCOMPARE(client.state(), ViciConnection::State::Connected);
}

void TestViciClient::disconnectMidCommand()
{
    FakeCharon charon;
    ViciClient client;
    QSignalSpy closed(&client, &ViciClient::connectionClosed);
    client.connectToUri(charon.uri());
    ViciReply *first = client.version();
    ViciReply *dropped = client.command("drop");
    ViciReply *queued = client.listSas();
    QVERIFY(waitFinished(queued));
    QCOMPARE(first->error(), ViciError::NoError);
    QCOMPARE(dropped->error(), ViciError::Disconnected);
    QVERIFY2(dropped->errorString().startsWith(u"drop: "_s), qPrintable(dropped->errorString()));
    QCOMPARE(queued->error(), ViciError::Disconnected);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<ViciError>(), ViciError::Disconnected);
    QCOMPARE(client.state(), ViciConnection::State::Unconnected);
    // Reconnecting is the caller's choice, and works.
    client.connectToUri(charon.uri());
    ViciReply *again = client.version();
    QVERIFY(waitFinished(again));
    QCOMPARE(again->error(), ViciError::NoError);
    QCOMPARE(charon.connections(), 2);
}

void TestViciClient::timeout()
{
    FakeCharon charon;
    ViciClient client;
    client.setTimeout(200);
    QSignalSpy closed(&client, &ViciClient::connectionClosed);
    client.connectToUri(charon.uri());
    ViciReply *hang = client.command("hang");
    ViciReply *queued = client.version();
    QVERIFY(waitFinished(queued));
    QCOMPARE(hang->error(), ViciError::Timeout);
    QVERIFY2(hang->errorString().contains(u"within 200 ms"_s), qPrintable(hang->errorString()));
    QCOMPARE(queued->error(), ViciError::Disconnected);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<ViciError>(), ViciError::Timeout);
    QCOMPARE(client.state(), ViciConnection::State::Unconnected);
}

void TestViciClient::malformedAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    QTest::addRow("bad element") << QByteArray::fromHex("000000020109") << u"unknown element type 9 at offset 5"_s;
    QTest::addRow("oversize") << QByteArray::fromHex("7fffffff01") << u"exceeds the limit"_s;
    QTest::addRow("unknown packet type") << QByteArray::fromHex("0000000109") << u"unknown packet type 9"_s;
    QTest::addRow("a request from charon")
        << QByteArray::fromHex("0000000300017800") << u"unexpected CMD_REQUEST while running version"_s;
    QTest::addRow("EVENT_CONFIRM for a command")
        << QByteArray::fromHex("0000000105") << u"unexpected EVENT_CONFIRM while running version"_s;
}

void TestViciClient::malformedAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, error);
    FakeCharon charon;
    charon.handler = [&](const ViciPacket &) { charon.sendRaw(answer); };
    ViciClient client;
    QSignalSpy closed(&client, &ViciClient::connectionClosed);
    client.connectToUri(charon.uri());
    ViciReply *reply = client.version();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), ViciError::ProtocolError);
    QVERIFY2(reply->errorString().contains(error), qPrintable(reply->errorString()));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(client.state(), ViciConnection::State::Unconnected);
}

void TestViciClient::notConnected()
{
    ViciClient client;
    ViciReply *reply = client.version();
    QVERIFY(!reply->isFinished()); // finished() comes after the caller could connect to it
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), ViciError::NotConnected);
}

void TestViciClient::connectFails()
{
    QTemporaryDir dir;
    ViciClient client;
    QSignalSpy closed(&client, &ViciClient::connectionClosed);
    client.connectToUnix(dir.path() + u"/no-charon.vici"_s);
    ViciReply *reply = client.version();
    QVERIFY(waitFinished(reply));
    QVERIFY(reply->error() == ViciError::ConnectFailed || reply->error() == ViciError::NotConnected);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).value<ViciError>(), ViciError::ConnectFailed);
    QVERIFY2(closed.first().at(1).toString().startsWith(u"cannot connect to unix://"_s),
             qPrintable(closed.first().at(1).toString()));
}

void TestViciClient::uris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("endpoint");
    QTest::addRow("unix://") << u"unix:///run/x/charon.vici"_s << true << u"unix:///run/x/charon.vici"_s;
    QTest::addRow("plain path") << u"/run/charon.vici"_s << true << u"unix:///run/charon.vici"_s;
    QTest::addRow("tcp") << u"tcp://127.0.0.1:4502"_s << true << u"tcp://127.0.0.1:4502"_s;
    QTest::addRow("tcp without port") << u"tcp://127.0.0.1"_s << false << QString();
    QTest::addRow("unix:// only") << u"unix://"_s << false << QString();
    QTest::addRow("http") << u"http://example.org"_s << false << QString();
}

void TestViciClient::uris()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    QFETCH(QString, endpoint);
    ViciClient client;
    QString error;
    QCOMPARE(client.connectToUri(uri, &error), valid);
    if (valid)
        QCOMPARE(client.endpoint(), endpoint);
    else
        QVERIFY(error.startsWith(u"not a VICI socket URI"_s));
    client.close();
}

QTEST_GUILESS_MAIN(TestViciClient)
#include "tst_viciclient.moc"
