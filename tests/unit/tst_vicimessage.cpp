// SPDX-License-Identifier: Apache-2.0
// The VICI codec against the golden bytes of a real charon 5.9.8 (tests/data/vici/), round
// trips, and fuzz-style malformed input: every malformed frame is a clear error, never a crash
// (this test also runs under the asan preset).
#include "vicigolden.h"

#include "vici/vicimessage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::vici;
using vicitest::goldenPackets;

Q_DECLARE_METATYPE(vpnaas::vici::ViciMessage)
Q_DECLARE_METATYPE(vpnaas::vici::ViciLimits)

class TestViciMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void roundTrip_data();
    void roundTrip();
    void lookups();
    void malformedMessage_data();
    void malformedMessage();
    void malformedFrame_data();
    void malformedFrame();
    void truncatedAtEveryOffset();
    void randomBitFlips();
    void frameStreaming();
    void encodeErrors();
};

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

QByteArray nested(int depth)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += bytes({1, 1, 'a'});
    out += bytes({3, 1, 'k', 0, 1, 'v'});
    for (int i = 0; i < depth; ++i)
        out += bytes({2});
    return out;
}

// A decode result is either a packet or an error with a message and an offset inside the data.
void checkErrorOrPacket(const QByteArray &frame, const char *what)
{
    ViciCodecError error;
    const auto packet = decodeFrame(frame, &error);
    if (!packet) {
        QVERIFY2(!error.message.isEmpty(), what);
        QVERIFY2(error.offset >= 0 && error.offset <= frame.size(), qPrintable(error.toString()));
    }
}

} // namespace

void TestViciMessage::golden_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("hasDecoded");
    QTest::addColumn<QJsonObject>("decoded");
    const auto packets = goldenPackets();
    QCOMPARE(packets.size(), 26);
    int i = 0;
    for (const auto &packet : packets) {
        QVERIFY(!packet.frame.isEmpty());
        QTest::addRow("%02d %s", i++, qPrintable(packet.header.simplified().left(70)))
            << packet.frame << packet.type << packet.name << packet.hasDecoded << packet.decoded;
    }
}

void TestViciMessage::golden()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, type);
    QFETCH(QByteArray, name);
    QFETCH(bool, hasDecoded);
    QFETCH(QJsonObject, decoded);
    ViciCodecError error;
    const auto packet = decodeFrame(frame, &error);
    QVERIFY2(packet, qPrintable(error.toString()));
    QCOMPARE(int(packet->type), type);
    QCOMPARE(packet->name, name);
    if (hasDecoded)
        QCOMPARE(vicitest::toJson(packet->message), decoded);
    // Byte for byte what charon (or the capturing client) put on the socket.
    const auto encoded = encodePacket(*packet, &error);
    QVERIFY2(encoded, qPrintable(error.toString()));
    QCOMPARE(encoded->toHex(), frame.toHex());
}

void TestViciMessage::roundTrip_data()
{
    QTest::addColumn<ViciMessage>("message");
    QTest::addRow("empty") << ViciMessage();
    QTest::addRow("key/values") << ViciMessage().add("a", "1").add("b", "").add("a", "dup");
    QTest::addRow("lists") << ViciMessage().addList("empty", {}).addList("ts", {"10.1.0.0/24", "10.2.0.0/24"});
    ViciMessage deep;
    for (int i = 0; i < 32; ++i)
        deep = ViciMessage().addSection("s" + QByteArray::number(i), deep);
    QTest::addRow("32 levels of sections") << deep;
    QTest::addRow("binary and max sizes") << ViciMessage()
                                                 .add(QByteArray(255, 'k'), QByteArray(65535, '\0'))
                                                 .addList(QByteArray(), {QByteArray("\x00\xff\x02", 3)})
                                                 .addSection("child-sas", ViciMessage().add("x", "y"));
}

void TestViciMessage::roundTrip()
{
    QFETCH(ViciMessage, message);
    ViciCodecError error;
    const auto encoded = encodeMessage(message, &error);
    QVERIFY2(encoded, qPrintable(error.toString()));
    const auto decoded = decodeMessage(*encoded, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->toDebugString(), message.toDebugString());
    QVERIFY(*decoded == message);
    for (const auto type : {ViciPacketType::CmdRequest, ViciPacketType::CmdResponse, ViciPacketType::Event}) {
        const ViciPacket packet{type, type == ViciPacketType::CmdResponse ? QByteArray() : "name", message};
        const auto frame = encodePacket(packet, &error);
        QVERIFY2(frame, qPrintable(error.toString()));
        const auto back = decodeFrame(*frame, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == packet);
    }
}

void TestViciMessage::lookups()
{
    const auto packet = vicitest::goldenPacket(7, "list-sa");
    const ViciMessage *ike = packet.message.section("s2s");
    QVERIFY(ike);
    QCOMPARE(ike->value("state"), "ESTABLISHED");
    QVERIFY(ike->value("no-such-key").isNull());
    const ViciMessage *child = ike->section("child-sas") ? ike->section("child-sas")->section("s2s-child-1") : nullptr;
    QVERIFY(child);
    QCOMPARE(child->list("local-ts"), QList<QByteArray>{"10.1.0.0/24"});
    QCOMPARE(child->value("bytes-in"), "252");
    QVERIFY(!child->section("local-ts"));
    QVERIFY(child->list("bytes-in").isEmpty());
    QVERIFY(ike->contains("child-sas"));
    QVERIFY(packet.message.toDebugString().startsWith(u"{\"s2s\": {\"uniqueid\": \"1\""_s));
}

void TestViciMessage::malformedMessage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ViciLimits>("limits");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qsizetype>("offset");
    const ViciLimits defaults;
    QTest::addRow("element type 0") << bytes({0}) << defaults << u"unknown element type 0"_s << qsizetype(0);
    QTest::addRow("element type 7") << bytes({3, 1, 'k', 0, 0, 7}) << defaults << u"unknown element type 7"_s
                                    << qsizetype(5);
    QTest::addRow("element type 255") << bytes({255}) << defaults << u"unknown element type 255"_s << qsizetype(0);
    QTest::addRow("section end at top") << bytes({2}) << defaults << u"section end without a section"_s << qsizetype(0);
    QTest::addRow("unclosed section") << bytes({1, 1, 's', 3, 1, 'k', 0, 0}) << defaults
                                      << u"section \"s\" is not closed"_s << qsizetype(0);
    QTest::addRow("unclosed list") << bytes({4, 1, 'l', 5, 0, 0}) << defaults << u"list \"l\" is not closed"_s
                                   << qsizetype(0);
    QTest::addRow("key/value in a list") << bytes({4, 1, 'l', 3, 1, 'k', 0, 0, 6}) << defaults
                                         << u"element type 3 inside list \"l\""_s << qsizetype(3);
    QTest::addRow("list item outside a list")
        << bytes({5, 0, 0}) << defaults << u"list item outside a list"_s << qsizetype(0);
    QTest::addRow("list end outside a list") << bytes({6}) << defaults << u"list end outside a list"_s << qsizetype(0);
    QTest::addRow("name length past the end")
        << bytes({3, 9, 'k'}) << defaults << u"truncated: key name of 9 bytes, 1 left"_s << qsizetype(1);
    QTest::addRow("name length missing") << bytes({1}) << defaults << u"truncated: section name length missing"_s
                                         << qsizetype(1);
    QTest::addRow("value length missing")
        << bytes({3, 1, 'k', 0}) << defaults << u"truncated: value length missing"_s << qsizetype(3);
    QTest::addRow("value length 65535, 2 bytes there") << bytes({3, 1, 'k', 0xff, 0xff, 'a', 'b'}) << defaults
                                                       << u"truncated: value of 65535 bytes, 2 left"_s << qsizetype(3);
    QTest::addRow("list item truncated") << bytes({4, 1, 'l', 5, 0, 5, 'a'}) << defaults
                                         << u"truncated: value of 5 bytes, 1 left"_s << qsizetype(4);
    QTest::addRow("33 levels (limit 32)")
        << nested(33) << defaults << u"sections nested deeper than 32"_s << qsizetype(32 * 3);
    ViciLimits shallow;
    shallow.maxDepth = 2;
    QTest::addRow("3 levels (limit 2)") << nested(3) << shallow << u"sections nested deeper than 2"_s << qsizetype(6);
    QTest::addRow("100000 section starts")
        << nested(100000).left(300000) << defaults << u"sections nested deeper than 32"_s << qsizetype(32 * 3);
    ViciLimits few;
    few.maxElements = 3;
    QTest::addRow("4 elements (limit 3)") << bytes({3, 1, 'a', 0, 0, 3, 1, 'b', 0, 0, 4, 1, 'l', 5, 0, 0, 6}) << few
                                          << u"more than 3 elements"_s << qsizetype(13);
}

void TestViciMessage::malformedMessage()
{
    QFETCH(QByteArray, data);
    QFETCH(ViciLimits, limits);
    QFETCH(QString, error);
    QFETCH(qsizetype, offset);
    ViciCodecError actual;
    QVERIFY(!decodeMessage(data, &actual, limits));
    QCOMPARE(actual.message, error);
    QCOMPARE(actual.offset, offset);
    QCOMPARE(actual.toString(), u"%1 at offset %2"_s.arg(error).arg(offset));
}

void TestViciMessage::malformedFrame_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qsizetype>("offset");
    QTest::addRow("length 0") << bytes({0, 0, 0, 0}) << u"packet of length 0"_s << qsizetype(0);
    QTest::addRow("length 0xffffffff") << bytes({0xff, 0xff, 0xff, 0xff, 1})
                                       << u"packet of 4294967295 bytes exceeds the limit of 524288"_s << qsizetype(0);
    QTest::addRow("length 512 KiB + 1") << bytes({0, 8, 0, 1})
                                        << u"packet of 524289 bytes exceeds the limit of 524288"_s << qsizetype(0);
    QTest::addRow("header only") << bytes({0, 0, 0}) << u"truncated frame: 3 bytes"_s << qsizetype(3);
    QTest::addRow("body short") << bytes({0, 0, 0, 5, 1, 3}) << u"truncated frame: 6 bytes"_s << qsizetype(6);
    QTest::addRow("trailing bytes") << bytes({0, 0, 0, 1, 5, 5}) << u"1 bytes after the frame"_s << qsizetype(5);
    QTest::addRow("packet type 8") << bytes({0, 0, 0, 1, 8}) << u"unknown packet type 8"_s << qsizetype(4);
    QTest::addRow("packet type 255") << bytes({0, 0, 0, 1, 255}) << u"unknown packet type 255"_s << qsizetype(4);
    QTest::addRow("EVENT without name length")
        << bytes({0, 0, 0, 1, 7}) << u"truncated: EVENT without a name length"_s << qsizetype(5);
    QTest::addRow("EVENT name past the end")
        << bytes({0, 0, 0, 3, 7, 5, 'x'}) << u"truncated: EVENT name of 5 bytes, 1 left"_s << qsizetype(5);
    QTest::addRow("EVENT_CONFIRM with a body")
        << bytes({0, 0, 0, 2, 5, 3}) << u"1 bytes after EVENT_CONFIRM, which carries no message"_s << qsizetype(5);
    QTest::addRow("CMD_RESPONSE with a bad element")
        << bytes({0, 0, 0, 2, 1, 9}) << u"unknown element type 9"_s << qsizetype(5);
}

void TestViciMessage::malformedFrame()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, error);
    QFETCH(qsizetype, offset);
    ViciCodecError actual;
    QVERIFY(!decodeFrame(frame, &actual));
    QCOMPARE(actual.message, error);
    QCOMPARE(actual.offset, offset);
}

// Every golden frame cut at every offset: a truncated frame is always an error. With the
// length prefix rewritten to the cut size, the body either decodes (cut at an element
// boundary at the top level) or gives an error inside it.
void TestViciMessage::truncatedAtEveryOffset()
{
    int errors = 0;
    int decoded = 0;
    for (const auto &packet : goldenPackets()) {
        const QByteArray &frame = packet.frame;
        for (qsizetype cut = 0; cut < frame.size(); ++cut) {
            ViciCodecError error;
            QVERIFY(!decodeFrame(frame.first(cut), &error));
            QVERIFY(!error.message.isEmpty());
            if (cut <= 4)
                continue;
            QByteArray relabelled = frame.first(cut);
            const quint32 length = quint32(cut - 4);
            relabelled[0] = char(length >> 24);
            relabelled[1] = char(length >> 16);
            relabelled[2] = char(length >> 8);
            relabelled[3] = char(length);
            const auto result = decodeFrame(relabelled, &error);
            if (result) {
                ++decoded;
            } else {
                ++errors;
                QVERIFY(error.offset >= 4 && error.offset <= cut);
            }
        }
    }
    qInfo("relabelled cuts: %d errors, %d decoded", errors, decoded);
    QVERIFY(errors > 5000);
}

void TestViciMessage::randomBitFlips()
{
    QRandomGenerator random(20261108); // fixed seed: reproducible
    const auto packets = goldenPackets();
    int failed = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray frame = packets.at(int(random.bounded(packets.size()))).frame;
        const int flips = 1 + int(random.bounded(4));
        for (int i = 0; i < flips; ++i) {
            const auto at = qsizetype(random.bounded(int(frame.size())));
            frame[at] = char(frame[at] ^ (1 << random.bounded(8)));
        }
        checkErrorOrPacket(frame, "bit flip");
        if (QTest::currentTestFailed())
            return;
        failed += decodeFrame(frame).has_value() ? 0 : 1;
    }
    qInfo("bit flips: %d of 20000 frames rejected", failed);
    QVERIFY(failed > 1000);
}

// A receive buffer filled a byte at a time: NeedMore until the frame is complete.
void TestViciMessage::frameStreaming()
{
    const auto packets = goldenPackets();
    QByteArray stream;
    for (const auto &packet : packets)
        stream += packet.frame;
    QByteArray buffer;
    int complete = 0;
    for (const char c : std::as_const(stream)) {
        buffer.append(c);
        qsizetype size = 0;
        const auto status = checkFrame(buffer, &size);
        QVERIFY(status != ViciFrameStatus::Error);
        if (status == ViciFrameStatus::Complete) {
            QVERIFY(decodeFrame(buffer.first(size)));
            QCOMPARE(buffer.first(size), packets.at(complete).frame);
            buffer.remove(0, size);
            ++complete;
        }
    }
    QCOMPARE(complete, packets.size());
    QVERIFY(buffer.isEmpty());
}

void TestViciMessage::encodeErrors()
{
    ViciCodecError error;
    QVERIFY(!encodeMessage(ViciMessage().add(QByteArray(256, 'k'), "v"), &error));
    QVERIFY2(error.message.startsWith(u"name of 256 bytes is longer than 255"_s), qPrintable(error.message));
    QVERIFY(!encodeMessage(ViciMessage().add("k", "v").add("big", QByteArray(65536, 'v')), &error));
    QCOMPARE(error.message, u"value of 65536 bytes is longer than 65535"_s);
    QCOMPARE(error.offset, qsizetype(11));
    QVERIFY(!encodeMessage(ViciMessage().addList("l", {QByteArray(70000, 'x')}), &error));
    QVERIFY(!encodePacket({ViciPacketType::CmdRequest, QByteArray(300, 'c'), {}}, &error));
    QCOMPARE(error.message, u"packet name of 300 bytes is longer than 255"_s);
    QVERIFY(
        !encodePacket({ViciPacketType::CmdRequest, "c", ViciMessage().addSection(QByteArray(256, 's'), {})}, &error));
    QCOMPARE(error.offset, qsizetype(7)); // length prefix, type, name length, name
}

QTEST_GUILESS_MAIN(TestViciMessage)
#include "tst_vicimessage.moc"
