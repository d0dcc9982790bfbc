// SPDX-License-Identifier: Apache-2.0
// The bounded per-IKE_SA log rings, and finding a connection's lines in them.
#include "diagnosis/logbook.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::diagnosis;

namespace {

CharonLogLine line(const QString &message, const QString &name = {}, quint32 id = 0, const QString &group = u"IKE"_s)
{
    CharonLogLine l;
    l.group = group;
    l.ikeSaName = name;
    l.ikeSaUniqueId = id;
    l.message = message;
    return l;
}

QStringList messages(const QList<CharonLogLine> &lines)
{
    QStringList list;
    for (const CharonLogLine &l : lines)
        list.append(l.message);
    return list;
}

} // namespace

class TestLogBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAConnectionsLines()
    {
        LogBook book;
        book.append(line(u"received packet: from 192.0.2.2[500] to 192.0.2.1[500] (464 bytes)"_s)); // no SA
        book.append(line(u"initiating IKE_SA conn-a[1] to 192.0.2.2"_s, u"conn-a"_s, 1));
        book.append(line(u"initiating IKE_SA conn-b[2] to 192.0.2.22"_s, u"conn-b"_s, 2));
        book.append(line(u"no IKE config found for 192.0.2.1...192.0.2.2, sending NO_PROPOSAL_CHOSEN"_s, {}, 3));
        book.append(line(u"no IKE config found for 192.0.2.1...192.0.2.22, sending NO_PROPOSAL_CHOSEN"_s, {}, 4));
        book.append(line(u"received packet: from 192.0.2.222[500] to 192.0.2.1[500]"_s));
        book.append(line(u"establishing CHILD_SA conn-a{1}"_s, u"conn-a"_s, 1));

        QCOMPARE(messages(book.linesFor(u"conn-a"_s, u"192.0.2.2"_s)),
                 (QStringList{u"received packet: from 192.0.2.2[500] to 192.0.2.1[500] (464 bytes)"_s,
                              u"initiating IKE_SA conn-a[1] to 192.0.2.2"_s,
                              u"no IKE config found for 192.0.2.1...192.0.2.2, sending NO_PROPOSAL_CHOSEN"_s,
                              u"establishing CHILD_SA conn-a{1}"_s}));
        QCOMPARE(messages(book.linesFor(u"conn-b"_s, u"192.0.2.22"_s)),
                 (QStringList{u"initiating IKE_SA conn-b[2] to 192.0.2.22"_s,
                              u"no IKE config found for 192.0.2.1...192.0.2.22, sending NO_PROPOSAL_CHOSEN"_s}));
        QCOMPARE(book.linesFor(u"nothing"_s, u"198.51.100.1"_s).size(), 0);
        QCOMPARE(book.linesFor(u"conn-a"_s, u"192.0.2.2"_s, 2).size(), 2); // the newest two
        QCOMPARE(book.linesFor(u"conn-a"_s, u"192.0.2.2"_s, 2).constLast().message,
                 u"establishing CHILD_SA conn-a{1}"_s);
        QCOMPARE(book.lineCount(), 7);
        QCOMPARE(book.allLines().size(), 7);
    }

    void boundsEveryRing()
    {
        LogBook book(LogBook::Limits{4, 8, 3});
        for (int i = 0; i < 10; ++i)
            book.append(line(u"global %1"_s.arg(i)));
        QCOMPARE(book.lineCount(), 3);
        for (int sa = 1; sa <= 100; ++sa) {
            for (int i = 0; i < 10; ++i)
                book.append(line(u"sa %1 line %2"_s.arg(sa).arg(i), u"conn-%1"_s.arg(sa), quint32(sa)));
        }
        QVERIFY(book.saCount() <= 8);
        QVERIFY(book.lineCount() <= 8 * 4 + 3);
        // The newest IKE_SA and its newest lines are kept.
        QCOMPARE(messages(book.linesFor(u"conn-100"_s, {})),
                 (QStringList{u"sa 100 line 6"_s, u"sa 100 line 7"_s, u"sa 100 line 8"_s, u"sa 100 line 9"_s}));
        QCOMPARE(book.linesFor(u"conn-1"_s, {}).size(), 0);
        qsizetype counted = book.allLines().size();
        QCOMPARE(counted, book.lineCount());
    }

    void aRestartedCharonStartsAnIkeSaAfresh()
    {
        LogBook book;
        book.append(line(u"old"_s, u"conn-a"_s, 1));
        book.append(line(u"new"_s, u"conn-b"_s, 1)); // unique id 1 again, another conn
        QCOMPARE(messages(book.linesFor(u"conn-b"_s, {})), QStringList{u"new"_s});
        QCOMPARE(book.linesFor(u"conn-a"_s, {}).size(), 0);
        QCOMPARE(book.lineCount(), 1);
        // A name that arrives later (a responder found its config) joins the lines before it.
        book.append(line(u"unnamed first"_s, {}, 2));
        book.append(line(u"named now"_s, u"conn-c"_s, 2));
        QCOMPARE(messages(book.linesFor(u"conn-c"_s, {})), (QStringList{u"unnamed first"_s, u"named now"_s}));
    }

    void addressesMatchWholly_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("mentions");
        QTest::newRow("packet end") << u"received packet: from 192.0.2.2[500] to 192.0.2.1[500]"_s << true;
        QTest::newRow("longer address") << u"received packet: from 192.0.2.22[500] to 192.0.2.1[500]"_s << false;
        QTest::newRow("prefix address") << u"received packet: from 10.192.0.2.2[500]"_s << false;
        QTest::newRow("pair") << u"no IKE config found for 192.0.2.1...192.0.2.2, sending NO_PROPOSAL_CHOSEN"_s << true;
        QTest::newRow("quoted id") << u"tried 1 shared key for '192.0.2.1' - '192.0.2.2', but MAC mismatched"_s << true;
        QTest::newRow("end of line") << u"initiating IKE_SA x[1] to 192.0.2.2"_s << true;
    }

    void addressesMatchWholly()
    {
        QFETCH(QString, message);
        QFETCH(bool, mentions);
        LogBook book;
        book.append(line(message, {}, 5));
        QCOMPARE(book.linesFor(u"other"_s, u"192.0.2.2"_s).size(), mentions ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestLogBook)
#include "tst_logbook.moc"
