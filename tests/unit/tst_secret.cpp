// SPDX-License-Identifier: Apache-2.0
#include "vpnaas/codec.h"
#include "vpnaas/secret.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {
QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}
} // namespace

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debugOutputIsMasked_data();
    void debugOutputIsMasked();
    void maskHidesLength();
    void equality();
};

void TestSecret::debugOutputIsMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("short") << u"secret"_s;
    QTest::addRow("long") << u"correct-horse-battery-staple-42"_s;
    QTest::addRow("unicode") << u"비밀번호-키"_s;
}

void TestSecret::debugOutputIsMasked()
{
    QFETCH(QString, text);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    const Secret secret(text);
    qDebug() << secret;
    IpsecSiteConnectionDraft draft;
    draft.psk = secret;
    qDebug() << *draft.psk;
    qInstallMessageHandler(previous);
    QCOMPARE(g_messages.size(), 2);
    for (const QString &line : std::as_const(g_messages)) {
        QVERIFY2(!line.contains(text), qPrintable(line));
        QCOMPARE(line, u"Secret(set)"_s);
    }
    QCOMPARE(secret.reveal(), text);
}

void TestSecret::maskHidesLength()
{
    QCOMPARE(Secret::mask().size(), 8);
    QVERIFY(!Secret::mask().contains(u'x'));
    QVERIFY(Secret().isEmpty());
}

void TestSecret::equality()
{
    QCOMPARE(Secret(u"a"_s), Secret(u"a"_s));
    QVERIFY(!(Secret(u"a"_s) == Secret(u"b"_s)));
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
