// SPDX-License-Identifier: Apache-2.0
//
// The Korean catalogue (translations/vpnaas-console_ko.ts): complete, and distinct things have
// distinct names (the Configuration view and Settings were both "설정").
#include <QFile>
#include <QMultiHash>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Catalogue {
    QMultiHash<QString, QString> translations; // source -> translation (one per context)
    QStringList unfinished; // sources
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return result;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                result.unfinished.append(u"%1 (%2)"_s.arg(source, type));
            else
                result.translations.insert(source, text);
        }
    }
    if (xml.hasError())
        result.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return result;
}

const QString Path = QStringLiteral(VPNAAS_TEST_DATA_DIR "/../../translations/vpnaas-console_ko.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete();
    void distinctTerms_data();
    void distinctTerms();
};

void TestTranslations::complete()
{
    const Catalogue catalogue = readCatalogue(Path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(catalogue.translations.size() > 1000);
    QVERIFY2(catalogue.unfinished.isEmpty(), qPrintable(catalogue.unfinished.join(u'\n')));
}

void TestTranslations::distinctTerms_data()
{
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    // The Configuration view (the strongSwan files) and Settings (the console's own).
    QTest::newRow("view vs settings") << u"Configuration"_s << u"Settings"_s;
    QTest::newRow("view vs settings menu") << u"Configuration"_s << u"&Settings"_s;
    QTest::newRow("summary tab vs configure") << u"&strongSwan Configuration"_s << u"Configure VPNaaS Console"_s;
}

void TestTranslations::distinctTerms()
{
    QFETCH(QString, one);
    QFETCH(QString, other);
    const Catalogue catalogue = readCatalogue(Path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    const QStringList ones = catalogue.translations.values(one);
    const QStringList others = catalogue.translations.values(other);
    QVERIFY2(!ones.isEmpty() && !others.isEmpty(), "both sources are in the catalogue");
    // "설정" for settings; the configuration is "구성" (KDE's Korean usage).
    for (const QString &a : ones) {
        const QString head = a.split(u' ').constLast();
        for (const QString &b : others)
            QVERIFY2(!b.contains(head), qPrintable(u"%1 → %2 and %3 → %4"_s.arg(one, a, other, b)));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
