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
    void copyPutsTextOnClipboard();
};

void TestConfigPreview::definitionsLoadFromResources_data()
{
    QTest::addColumn<ConfigSyntax>("syntax");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("ipsec.conf") << ConfigSyntax::IpsecConf << u"/etc/ipsec.conf"_s;
    QTest::addRow("ipsec.secrets") << ConfigSyntax::IpsecSecrets << u"/etc/ipsec.secrets"_s;
    QTest::addRow("swanctl.conf") << ConfigSyntax::SwanctlConf << u"/etc/swanctl/swanctl.conf"_s;
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
