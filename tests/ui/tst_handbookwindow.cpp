// SPDX-License-Identifier: Apache-2.0
// Help ▸ Handbook: F1 in the main window opens the user guide compiled into the binary, non-modal,
// in the UI language (the QLocale default main() sets for --lang: Korean shows user-guide.ko.md,
// a language without a guide the English one); its first heading is the guide's, every
// screenshot it shows loads from the resources, and no link points at a file or anchor that is
// not there. A translated guide keeps the English one's headings and code blocks. With
// VPNAAS_HANDBOOK_SHOT=<file> (VPNAAS_HANDBOOK_SHOT_KO for the Korean guide) it also writes the
// window's picture there (scripts/screenshots: docs/screenshots/guide-handbook.png, guide-ko-handbook.png).
#include "handbook/handbookwindow.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>

using namespace Qt::StringLiterals;
using namespace vpnaas::ui;

namespace {

/*! The compiled-in guide \a fileName ("user-guide.md", "user-guide.ko.md"), or empty. */
QString guideMarkdown(const QString &fileName)
{
    QFile file(HandbookWindow::resourcePrefix() + u'/' + fileName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/*! The UI language \a locale as main() sets it for --lang, for the lifetime of the scope. */
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_previous;
};

/*! The UI languages every test runs in, and the guide each one shows. */
void addLanguageRows()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("guide");
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"user-guide.md"_s;
    QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << u"user-guide.ko.md"_s;
}

/*! The fenced code blocks of \a markdown, in order; the levels of its headings into \a headingLevels. */
QStringList skeleton(const QString &markdown, QList<int> *headingLevels)
{
    static const QRegularExpression headingPattern(u"^(#+) "_s);
    QStringList codeBlocks;
    QString block;
    bool inFence = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"```")) {
            if (inFence)
                codeBlocks.append(block);
            block = line + u'\n';
            inFence = !inFence;
        } else if (inFence) {
            block += line + u'\n';
        } else if (const QRegularExpressionMatch heading = headingPattern.match(line); heading.hasMatch()) {
            headingLevels->append(int(heading.capturedLength(1)));
        }
    }
    return codeBlocks;
}

/*! Every fragment format of \a document, in order. */
QList<QTextCharFormat> fragmentFormats(const QTextDocument *document)
{
    QList<QTextCharFormat> formats;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            formats.append(it.fragment().charFormat());
    }
    return formats;
}

/*! The handbook opened with F1 in a shown main window, or null (the test then fails). */
HandbookWindow *openWithF1(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_F1);
    if (!QTest::qWaitFor([&] { return window.handbook() && window.handbook()->isVisible(); }))
        return nullptr;
    return window.handbook();
}

} // namespace

class TestHandbookWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guideFileName_data();
    void guideFileName();
    void f1OpensHandbook_data();
    void f1OpensHandbook();
    void imagesLoad_data() { addLanguageRows(); }
    void imagesLoad();
    void noDeadLinks_data() { addLanguageRows(); }
    void noDeadLinks();
    void translationsMatchEnglish();
    void plainLocalLinks_data();
    void plainLocalLinks();
    void screenshot_data();
    void screenshot();
};

void TestHandbookWindow::guideFileName_data()
{
    addLanguageRows();
    QTest::addRow("Korean, no territory") << QLocale(QLocale::Korean) << u"user-guide.ko.md"_s;
    QTest::addRow("English, Korea") << QLocale(QLocale::English, QLocale::SouthKorea) << u"user-guide.md"_s;
    QTest::addRow("German: no guide, English") << QLocale(QLocale::German, QLocale::Germany) << u"user-guide.md"_s;
    QTest::addRow("C") << QLocale::c() << u"user-guide.md"_s;
}

void TestHandbookWindow::guideFileName()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, guide);
    QCOMPARE(HandbookWindow::guideFileName(locale), guide);
    QVERIFY2(QFile::exists(HandbookWindow::resourcePrefix() + u'/' + guide),
             qPrintable(guide + u" is not compiled in"_s));
    // The window reads the UI language from the QLocale default, as main() sets it for --lang.
    const DefaultLocale language(locale);
    QCOMPARE(HandbookWindow::guideFileName(), guide);
    QCOMPARE(HandbookWindow::handbookMarkdown(), HandbookWindow::plainLocalLinks(guideMarkdown(guide)));
}

void TestHandbookWindow::f1OpensHandbook_data()
{
    addLanguageRows();
    QTest::addRow("German: no guide, English") << QLocale(QLocale::German, QLocale::Germany) << u"user-guide.md"_s;
}

void TestHandbookWindow::f1OpensHandbook()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, guide);
    const DefaultLocale language(locale);
    const QString markdown = guideMarkdown(guide);
    const QRegularExpressionMatch heading
        = QRegularExpression(u"^# (.+)$"_s, QRegularExpression::MultilineOption).match(markdown);
    QVERIFY2(heading.hasMatch(), "the compiled-in guide has no first heading");

    MainWindow window;
    HandbookWindow *handbook = openWithF1(window);
    QVERIFY(handbook);
    QVERIFY(handbook->isWindow());
    QVERIFY(!handbook->isModal());
    QVERIFY(window.isEnabled());
    QVERIFY(!handbook->windowTitle().isEmpty());

    const QTextBlock first = handbook->browser()->document()->firstBlock();
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    QCOMPARE(first.text(), heading.captured(1).trimmed());

    // F1 again shows the same window, not a second one.
    handbook->close();
    QVERIFY(!handbook->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(handbook->isVisible());
    QCOMPARE(window.findChildren<HandbookWindow *>().size(), 1);
}

void TestHandbookWindow::imagesLoad()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, guide);
    const DefaultLocale language(locale);
    HandbookWindow handbook;
    handbook.show();
    QVERIFY(QTest::qWaitForWindowExposed(&handbook));
    QTRY_VERIFY(handbook.fittedWidth() > 0); // the screenshots are scaled to the page
    const QTextDocument *document = handbook.browser()->document();
    QStringList images;
    for (const QTextCharFormat &format : fragmentFormats(document)) {
        if (format.isImageFormat())
            images.append(format.toImageFormat().name());
    }
    // As many images as the guide's markdown shows, each one loaded from the resources.
    const qsizetype referenced = guideMarkdown(guide).count(QRegularExpression(u"!\\[[^\\]]*\\]\\([^)]+\\)"_s));
    QVERIFY(referenced > 0);
    QCOMPARE(images.size(), referenced);
    for (const QString &name : std::as_const(images)) {
        const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(name));
        QVERIFY2(resource.isValid() && !resource.isNull(), qPrintable(u"image not found: "_s + name));
        QImage image;
        if (resource.userType() == QMetaType::QByteArray)
            image.loadFromData(resource.toByteArray());
        else
            image = resource.value<QImage>().isNull() ? resource.value<QPixmap>().toImage() : resource.value<QImage>();
        QVERIFY2(!image.isNull(), qPrintable(u"image does not load: "_s + name));
        // Shown at most as wide as the page.
        QTextImageFormat shown;
        for (const QTextCharFormat &format : fragmentFormats(document)) {
            if (format.isImageFormat() && format.toImageFormat().name() == name)
                shown = format.toImageFormat();
        }
        QVERIFY2(shown.width() > 0 && shown.width() <= handbook.browser()->viewport()->width(), qPrintable(name));
    }
}

void TestHandbookWindow::noDeadLinks()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, guide);
    const DefaultLocale language(locale);
    HandbookWindow handbook;
    const QTextDocument *document = handbook.browser()->document();
    QStringList links;
    for (const QTextCharFormat &format : fragmentFormats(document)) {
        if (format.isAnchor() && !format.anchorHref().isEmpty())
            links.append(format.anchorHref());
    }
    for (const QString &href : std::as_const(links)) {
        // Only web addresses are left: anything else is a file of the source tree or an anchor
        // the markdown reader does not make.
        QVERIFY2(href.startsWith(u"https://") || href.startsWith(u"http://"), qPrintable(u"dead link: "_s + href));
    }
    // The guide's links to other documents are still there as their text.
    const QString plain = document->toPlainText();
    const QRegularExpression local(uR"((?<!!)\[([^\]\n]*)\]\((?!https?://)[^)\s]+\))"_s);
    QVERIFY(!guideMarkdown(guide).isEmpty());
    for (auto it = local.globalMatch(guideMarkdown(guide)); it.hasNext();) {
        const QString text = it.next().captured(1).remove(u'`').remove(u'*');
        QVERIFY2(plain.contains(text), qPrintable(u"link text lost: "_s + text));
    }
}

void TestHandbookWindow::translationsMatchEnglish()
{
    // docs/user-guide.<language>.md translates the English guide, the reference: the same
    // headings in the same order, the same commands and code blocks, as many pictures.
    QList<int> englishLevels;
    const QString english = guideMarkdown(u"user-guide.md"_s);
    const QStringList englishCode = skeleton(english, &englishLevels);
    QVERIFY(!englishLevels.isEmpty() && !englishCode.isEmpty());
    const QStringList translations
        = QDir(HandbookWindow::resourcePrefix()).entryList({u"user-guide.*.md"_s}, QDir::Files, QDir::Name);
    QVERIFY2(translations.contains(u"user-guide.ko.md"_s), qPrintable(translations.join(u", ")));
    static const QRegularExpression image(u"!\\[[^\\]]*\\]\\([^)]+\\)"_s);
    for (const QString &name : translations) {
        QList<int> levels;
        const QString translated = guideMarkdown(name);
        QCOMPARE(skeleton(translated, &levels), englishCode);
        QVERIFY2(levels == englishLevels, qPrintable(name + u": the headings are not the English guide's"_s));
        QCOMPARE(translated.count(image), english.count(image));
    }
}

void TestHandbookWindow::plainLocalLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::addRow("other document") << u"See [diagnosis](diagnosis.md) now."_s << u"See diagnosis now."_s;
    QTest::addRow("anchor") << u"[Monitoring](#monitoring)"_s << u"Monitoring"_s;
    QTest::addRow("parent folder") << u"the [README](../README.md#run)."_s << u"the README."_s;
    QTest::addRow("web kept") << u"[Neutron](https://docs.openstack.org/neutron/)"_s
                              << u"[Neutron](https://docs.openstack.org/neutron/)"_s;
    QTest::addRow("image kept") << u"![The wizard](screenshots/guide-wizard-1.png)"_s
                                << u"![The wizard](screenshots/guide-wizard-1.png)"_s;
    QTest::addRow("two on a line") << u"[a](a.md) and [b](https://b.example/) and [c](c.md)"_s
                                   << u"a and [b](https://b.example/) and c"_s;
    QTest::addRow("code span text") << u"[`docs/diagnosis.md`](diagnosis.md)"_s << u"`docs/diagnosis.md`"_s;
}

void TestHandbookWindow::plainLocalLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(HandbookWindow::plainLocalLinks(markdown), expected);
}

void TestHandbookWindow::screenshot_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("guide");
    QTest::addColumn<QString>("variable"); // where the picture goes, when set
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"user-guide.md"_s
                             << u"VPNAAS_HANDBOOK_SHOT"_s;
    QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << u"user-guide.ko.md"_s
                            << u"VPNAAS_HANDBOOK_SHOT_KO"_s;
}

void TestHandbookWindow::screenshot()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, guide);
    QFETCH(QString, variable);
    const DefaultLocale language(locale);
    MainWindow window;
    HandbookWindow *handbook = openWithF1(window);
    QVERIFY(handbook);
    handbook->resize(1040, 780);
    QVERIFY(QTest::qWaitForWindowExposed(handbook));
    QTRY_VERIFY(handbook->fittedWidth() > 0);
    const QImage shot = handbook->grab().toImage();
    QCOMPARE(shot.size(), QSize(1040, 780));
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 7) {
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "the handbook is blank");
    // The guide of the row is the one shown.
    QCOMPARE(handbook->browser()->document()->firstBlock().text(),
             QRegularExpression(u"^# (.+)$"_s, QRegularExpression::MultilineOption)
                 .match(guideMarkdown(guide))
                 .captured(1)
                 .trimmed());
    if (const QString file = qEnvironmentVariable(qPrintable(variable)); !file.isEmpty())
        QVERIFY(shot.save(file));
}

QTEST_MAIN(TestHandbookWindow)
#include "tst_handbookwindow.moc"
