// SPDX-License-Identifier: Apache-2.0
#include "preview/configpreview.h"
#include "preview/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QFile>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace vpnaas::ui;

Q_DECLARE_METATYPE(vpnaas::ui::ConfigSyntax)

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/*! The distinct foreground colours the highlighter put on the document. */
QSet<QRgb> colours(const QPlainTextEdit *editor)
{
    QSet<QRgb> result;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                result.insert(range.format.foreground().color().rgb());
        }
    }
    return result;
}

/*! The colour of the first character of the first occurrence of \a needle. */
QRgb colourAt(const QPlainTextEdit *editor, const QString &needle)
{
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        const int column = block.text().indexOf(needle);
        if (column < 0)
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format.foreground().color().rgb();
        }
        return 0;
    }
    return 0;
}

} // namespace

class TestConfigPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionsLoadFromResources_data();
    void definitionsLoadFromResources();
    void highlightsSample_data();
    void highlightsSample();
    void highlightsCharonLog();
    void copyPutsTextOnClipboard();
};

void TestConfigPreview::definitionsLoadFromResources_data()
{
    QTest::addColumn<ConfigSyntax>("syntax");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("ipsec.conf") << ConfigSyntax::IpsecConf << u"/etc/ipsec.conf"_s;
    QTest::addRow("ipsec.secrets") << ConfigSyntax::IpsecSecrets << u"/etc/ipsec.secrets"_s;
    QTest::addRow("swanctl.conf") << ConfigSyntax::SwanctlConf << u"/etc/swanctl/swanctl.conf"_s;
    // Ahead of KDE's "Log File" definitions, which claim every *.log.
    QTest::addRow("charon log") << ConfigSyntax::CharonLog << u"/var/log/charon.log"_s;
    QTest::addRow("harness charon log") << ConfigSyntax::CharonLog << u"logs/01-swanctl.charon.log"_s;
}

void TestConfigPreview::definitionsLoadFromResources()
{
    QFETCH(ConfigSyntax, syntax);
    QFETCH(QString, fileName);
    const auto definition = syntaxRepository().definitionForName(definitionName(syntax));
    QVERIFY2(definition.isValid(), qPrintable(definitionName(syntax)));
    QVERIFY(definition.filePath().startsWith(u":/vpnaas-syntax/"));
    QCOMPARE(syntaxRepository().definitionForFileName(fileName).name(), definitionName(syntax));
    // KDE's own definitions are still there.
    QVERIFY(syntaxRepository().definitionForName(u"INI Files"_s).isValid());
}

void TestConfigPreview::highlightsSample_data()
{
    QTest::addColumn<ConfigSyntax>("syntax");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("minColours");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("comment");
    QTest::addRow("ipsec.conf") << ConfigSyntax::IpsecConf << u"sample-ipsec.conf"_s << 5 << u"keyexchange"_s
                                << u"172.24.4.246"_s << u"# Configuration"_s;
    QTest::addRow("ipsec.secrets") << ConfigSyntax::IpsecSecrets << u"sample-ipsec.secrets"_s << 4 << u"PSK"_s
                                   << u"0sc2VjcmV0"_s << u"# "_s;
    QTest::addRow("swanctl.conf") << ConfigSyntax::SwanctlConf << u"sample-swanctl.conf"_s << 5 << u"local_addrs"_s
                                  << u"0sc2VjcmV0"_s << u"#"_s;
}

void TestConfigPreview::highlightsSample()
{
    QFETCH(ConfigSyntax, syntax);
    QFETCH(QString, sample);
    QFETCH(int, minColours);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, comment);

    const QString text = readFile(QStringLiteral(VPNAAS_TEST_DATA_DIR "/syntax/") + sample);
    QVERIFY(!text.isEmpty());
    ConfigPreview preview;
    preview.resize(800, 600);
    preview.setDocument(sample, text, syntax);
    QCOMPARE(preview.definitionName(), definitionName(syntax));
    QCOMPARE(preview.text(), text);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTRY_VERIFY(colours(preview.editor()).size() >= minColours);
    const QRgb keyColour = colourAt(preview.editor(), key);
    const QRgb valueColour = colourAt(preview.editor(), value);
    const QRgb commentColour = colourAt(preview.editor(), comment);
    QVERIFY(keyColour != 0 && valueColour != 0 && commentColour != 0);
    QVERIFY(keyColour != valueColour);
    QVERIFY(keyColour != commentColour);
    QVERIFY(valueColour != commentColour);
}

void TestConfigPreview::highlightsCharonLog()
{
    const QString sample = u"sample-charon.log"_s;
    const QString text = readFile(QStringLiteral(VPNAAS_TEST_DATA_DIR "/syntax/") + sample);
    QVERIFY(!text.isEmpty());
    ConfigPreview preview;
    preview.resize(1200, 800);
    preview.setDocument(sample, text, ConfigSyntax::CharonLog);
    QCOMPARE(preview.definitionName(), u"strongSwan charon log"_s);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTRY_VERIFY(colours(preview.editor()).size() >= 8);
    const QPlainTextEdit *editor = preview.editor();
    const auto colour = [editor](const QString &needle) { return colourAt(editor, needle); };

    // Each part of a line has its colour, in every form of line.
    const QRgb timestamp = colour(u"17:20:01 09"_s);
    const QRgb group = colour(u"[IKE] <c0ffee00"_s);
    const QRgb saName = colour(u"<c0ffee00-0000-4000-8000-00000000c001|1>"_s);
    const QRgb address = colour(u"192.0.2.2[500]"_s);
    const QRgb port = colour(u"[500] (400"_s);
    const QRgb proposal = colour(u"IKE:AES_CBC_192"_s);
    const QRgb notify = colour(u"INFORMATIONAL_V1"_s);
    const QRgb errorNotify = colour(u"AUTHENTICATION_FAILED"_s);
    const QRgb failure = colour(u"disabled for security"_s);
    const QRgb plain = colour(u"initiating Aggressive"_s);
    for (const QRgb c : {timestamp, group, saName, address, port, proposal, notify, errorNotify, failure})
        QVERIFY(c != 0);
    const QList<QRgb> distinct{timestamp, saName, address, port, proposal, notify, errorNotify};
    QCOMPARE(QSet<QRgb>(distinct.begin(), distinct.end()).size(), distinct.size());
    QVERIFY(failure != plain);
    QVERIFY(errorNotify != plain);

    // The same parts elsewhere: the SA name after IKE_SA / CHILD_SA, short notify names, IPv6,
    // a traffic selector, %any, quoted names.
    QCOMPARE(colour(u"c0ffee00-0000-4000-8000-00000000c001[1] to"_s), saName);
    QCOMPARE(colour(u"c0ffee00-0000-4000-8000-00000000c001{1}"_s), saName);
    QCOMPARE(colour(u"AUTH_FAILED"_s), errorNotify);
    QCOMPARE(colour(u"INVAL_KE"_s), errorNotify);
    QCOMPARE(colour(u"TS_UNACCEPTABLE"_s), errorNotify);
    QCOMPARE(colour(u"INVALID_KE_PAYLOAD"_s), errorNotify);
    QCOMPARE(colour(u"NO_PROPOSAL_CHOSEN"_s), errorNotify);
    QCOMPARE(colour(u"IKE_SA_INIT"_s), notify);
    QCOMPARE(colour(u"2001:db8::2"_s), address);
    QCOMPARE(colour(u"[4500] to 2001"_s), port);
    QCOMPARE(colour(u"10.2.0.0/24"_s), address);
    QCOMPARE(colour(u"%any"_s), address);
    QCOMPARE(colour(u"ESP:AES_CBC_128"_s), proposal);
    QCOMPARE(colour(u"'c0ffee00"_s), saName);
    QCOMPARE(colour(u"192.0.2.1...192.0.2.2"_s), address);
    QCOMPARE(colour(u"192.0.2.2, sending"_s), address);
    QVERIFY(colour(u"'t accept"_s) != saName); // an apostrophe is no quote
    for (const QString &words : {u"giving up"_s, u"retransmit 2"_s, u"timed out"_s, u"no IKE config found"_s,
                                 u"no matching proposal"_s, u"failed"_s})
        QVERIFY2(colour(words) == failure, qPrintable(words));

    // Syslog and journal lines: the timestamp, then the host and the program.
    QCOMPARE(colour(u"Dec  6 17:20:01 node"_s), timestamp);
    QCOMPARE(colour(u"Dec 06 17:21:30"_s), timestamp);
    QCOMPARE(colour(u"2024-12-06T17:22:00+01:00"_s), timestamp);
    QVERIFY(colour(u"node charon:"_s) != 0 && colour(u"node charon:"_s) != timestamp);
    QVERIFY(colour(u"charon: 09"_s) != 0);
    QVERIFY(colour(u"charon-systemd[812]:"_s) != 0);
    QCOMPARE(colour(u"[CFG] received proposals: IKE:AES_CBC_256"_s), group);
    // As the console shows a line: milliseconds, no thread when it has none.
    QCOMPARE(colour(u"17:20:03.104"_s), timestamp);
    QCOMPARE(colour(u"[LOG]"_s), group);
    QCOMPARE(colour(u"c0ffee00-0000-4000-8000-00000000c001[2] between"_s), saName);
    // Lines without a time or thread still start with their group.
    QCOMPARE(colour(u"[NET] sending packet: from 192.0.2.1[500] to 192.0.2.2[500] (1116"_s), group);
    // A time inside a message is not an IPv6 address; a plain number is nothing.
    QVERIFY(colour(u"(1116 bytes)"_s) != address);
}

void TestConfigPreview::copyPutsTextOnClipboard()
{
    ConfigPreview preview;
    preview.setDocument(u"ipsec.conf"_s, u"config setup\n"_s, ConfigSyntax::IpsecConf);
    QSignalSpy copied(&preview, &ConfigPreview::copied);
    auto *button = preview.findChild<QToolButton *>();
    QVERIFY(button);
    button->click();
    QCOMPARE(copied.size(), 1);
}

QTEST_MAIN(TestConfigPreview)
#include "tst_configpreview.moc"
