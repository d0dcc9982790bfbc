// SPDX-License-Identifier: Apache-2.0
// charon's log lines: from VICI log events, from every file form charon and syslog write, and
// back to the console's own text.
#include "diagnosis/charonlog.h"

#include "vici/vicimessage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::diagnosis;
using vpnaas::vici::ViciMessage;

Q_DECLARE_METATYPE(ViciMessage)

class TestCharonLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QString>("time"); // ISO, UTC; empty: none
        QTest::addColumn<int>("thread");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("uniqueId");
        QTest::addColumn<QString>("message");

        QTest::newRow("filelog with ike_name")
            << u"17:20:01 09[IKE] <c0ffee00-0000-4000-8000-00000000c001|1> received AUTHENTICATION_FAILED notify error"_s
            << true << u"2026-12-06T17:20:01.000Z"_s << 9 << u"IKE"_s << u"c0ffee00-0000-4000-8000-00000000c001"_s << 1
            << u"received AUTHENTICATION_FAILED notify error"_s;
        QTest::newRow("unnamed IKE_SA") << u"17:20:01 14[CFG] <3> no matching peer config found"_s << true
                                        << u"2026-12-06T17:20:01.000Z"_s << 14 << u"CFG"_s << QString() << 3
                                        << u"no matching peer config found"_s;
        QTest::newRow("charon's (unnamed)")
            << u"17:20:01 14[IKE] <(unnamed)|3> no IKE config found for 192.0.2.1...192.0.2.2, sending NO_PROPOSAL_CHOSEN"_s
            << true << u"2026-12-06T17:20:01.000Z"_s << 14 << u"IKE"_s << QString() << 3
            << u"no IKE config found for 192.0.2.1...192.0.2.2, sending NO_PROPOSAL_CHOSEN"_s;
        QTest::newRow("default time format, no name")
            << u"Dec  6 17:20:01 05[NET] sending packet: from 192.0.2.1[500] to 192.0.2.2[500] (464 bytes)"_s << true
            << u"2026-12-06T17:20:01.000Z"_s << 5 << u"NET"_s << QString() << 0
            << u"sending packet: from 192.0.2.1[500] to 192.0.2.2[500] (464 bytes)"_s;
        QTest::newRow("syslog")
            << u"Dec  6 17:20:01 node1 charon: 09[CFG] <vpn|2> received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s
            << true << u"2026-12-06T17:20:01.000Z"_s << 9 << u"CFG"_s << u"vpn"_s << 2
            << u"received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s;
        QTest::newRow("journal, ISO date and fraction")
            << u"2026-12-05T23:59:58.123456+00:00 node1 charon[42]: 11[IKE] giving up after 5 retransmits"_s << true
            << u"2026-12-05T23:59:58.123Z"_s << 11 << u"IKE"_s << QString() << 0 << u"giving up after 5 retransmits"_s;
        QTest::newRow("console's own form") << u"17:20:01.250 09[IKE] <a|1> message with [brackets] and <angles>"_s
                                            << true << u"2026-12-06T17:20:01.250Z"_s << 9 << u"IKE"_s << u"a"_s << 1
                                            << u"message with [brackets] and <angles>"_s;
        QTest::newRow("swanctl --log, no thread, no time")
            << u"[IKE] initiating IKE_SA x[1] to 192.0.2.2"_s << true << QString() << -1 << u"IKE"_s << QString() << 0
            << u"initiating IKE_SA x[1] to 192.0.2.2"_s;
        QTest::newRow("CRLF") << u"17:20:01 09[IKE] done\r"_s << true << u"2026-12-06T17:20:01.000Z"_s << 9 << u"IKE"_s
                              << QString() << 0 << u"done"_s;
        QTest::newRow("not charon's") << u"Dec  6 17:20:01 node1 kernel: eth0 link up"_s << false << QString() << 0
                                      << QString() << QString() << 0 << QString();
        QTest::newRow("lower case tag") << u"17:20:01 09[ike] x"_s << false << QString() << 0 << QString() << QString()
                                        << 0 << QString();
        QTest::newRow("empty") << QString() << false << QString() << 0 << QString() << QString() << 0 << QString();
    }

    void parsesLines()
    {
        QFETCH(QString, text);
        QFETCH(bool, parses);
        const auto line = parseCharonLogLine(text, QDate(2026, 12, 6));
        QCOMPARE(line.has_value(), parses);
        if (!parses)
            return;
        QFETCH(QString, time);
        QFETCH(int, thread);
        QFETCH(QString, group);
        QFETCH(QString, name);
        QFETCH(int, uniqueId);
        QFETCH(QString, message);
        QCOMPARE(line->time.isValid() ? line->time.toUTC().toString(Qt::ISODateWithMs) : QString(), time);
        QCOMPARE(line->thread, thread);
        QCOMPARE(line->group, group);
        QCOMPARE(line->ikeSaName, name);
        QCOMPARE(line->ikeSaUniqueId, quint32(uniqueId));
        QCOMPARE(line->message, message);
    }

    void formatsAndReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("all parts")
            << u"17:20:01.250 09[IKE] <conn|12> received TS_UNACCEPTABLE notify, no CHILD_SA built"_s;
        QTest::newRow("unnamed") << u"00:00:00.000 01[CFG] <4> no matching peer config found"_s;
        QTest::newRow("no IKE_SA") << u"23:59:59.999 16[NET] received packet: from 192.0.2.2[500] to 192.0.2.1[500]"_s;
    }

    void formatsAndReadsBack()
    {
        QFETCH(QString, text);
        const auto line = parseCharonLogLine(text, QDate(2026, 12, 6));
        QVERIFY(line);
        QCOMPARE(formatCharonLogLine(*line), text);
    }

    void readsViciEvents_data()
    {
        QTest::addColumn<ViciMessage>("event");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QString>("formatted");

        QTest::newRow("5.9.8 log event")
            << ViciMessage()
                   .add("group", "IKE")
                   .add("level", "1")
                   .add("thread", "9")
                   .add("ikesa-name", "conn")
                   .add("ikesa-uniqueid", "4")
                   .add("msg", "received AUTHENTICATION_FAILED notify error")
            << true << u"12:00:00.000 09[IKE] <conn|4> received AUTHENTICATION_FAILED notify error"_s;
        QTest::newRow("no IKE_SA")
            << ViciMessage().add("group", "NET").add("level", "1").add("thread", "5").add("msg", "x") << true
            << u"12:00:00.000 05[NET] x"_s;
        QTest::newRow("unnamed") << ViciMessage()
                                        .add("group", "CFG")
                                        .add("thread", "5")
                                        .add("ikesa-name", "(unnamed)")
                                        .add("ikesa-uniqueid", "7")
                                        .add("msg", "no matching peer config found")
                                 << true << u"12:00:00.000 05[CFG] <7> no matching peer config found"_s;
        QTest::newRow("UTF-8 message") << ViciMessage().add("group", "CFG").add("msg", "id '\xed\x95\x9c'") << true
                                       << u"12:00:00.000 [CFG] id '한'"_s;
        QTest::newRow("no msg") << ViciMessage().add("group", "IKE") << false << QString();
        QTest::newRow("garbage numbers")
            << ViciMessage().add("thread", "x").add("level", "").add("ikesa-uniqueid", "-").add("msg", "m") << true
            << u"12:00:00.000 [LOG] m"_s;
    }

    void readsViciEvents()
    {
        QFETCH(ViciMessage, event);
        QFETCH(bool, parses);
        QFETCH(QString, formatted);
        const auto line = logLineFromVici(event, QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC));
        QCOMPARE(line.has_value(), parses);
        if (parses)
            QCOMPARE(formatCharonLogLine(*line), formatted);
    }

    void parsesAWholeLog()
    {
        int skipped = -1;
        const QList<CharonLogLine> lines = parseCharonLog(
            u"17:20:01 09[IKE] a\n\nnot a log line\r\n17:20:02 10[CFG] <x|1> b\n"_s, QDate(2026, 12, 6), &skipped);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(skipped, 1);
        QCOMPARE(lines.at(1).message, u"b"_s);
    }
};

QTEST_GUILESS_MAIN(TestCharonLog)
#include "tst_charonlog.moc"
