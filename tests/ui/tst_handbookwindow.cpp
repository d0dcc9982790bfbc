// SPDX-License-Identifier: Apache-2.0
// Help ▸ Handbook: F1 in the main window opens the user guide compiled into the binary, non-modal;
// its first heading is the guide's, every screenshot it shows loads from the resources, and no
// link points at a file or anchor that is not there. With VPNAAS_HANDBOOK_SHOT=<file> it also
// writes the window's picture there (scripts/screenshots: docs/screenshots/guide-handbook.png).
#include "handbook/handbookwindow.h"
#include "mainwindow.h"

#include <QFile>
#include <QImage>
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

QString guideMarkdown()
{
    QFile file(HandbookWindow::resourcePrefix() + u"/user-guide.md"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
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
    void f1OpensHandbook();
    void imagesLoad();
    void noDeadLinks();
    void plainLocalLinks_data();
    void plainLocalLinks();
    void screenshot();
};

void TestHandbookWindow::f1OpensHandbook()
{
    const QString markdown = guideMarkdown();
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
    const qsizetype referenced = guideMarkdown().count(QRegularExpression(u"!\\[[^\\]]*\\]\\([^)]+\\)"_s));
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
    for (auto it = local.globalMatch(guideMarkdown()); it.hasNext();) {
        const QString text = it.next().captured(1).remove(u'`').remove(u'*');
        QVERIFY2(plain.contains(text), qPrintable(u"link text lost: "_s + text));
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

void TestHandbookWindow::screenshot()
{
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
    if (const QString file = qEnvironmentVariable("VPNAAS_HANDBOOK_SHOT"); !file.isEmpty())
        QVERIFY(shot.save(file));
}

QTEST_MAIN(TestHandbookWindow)
#include "tst_handbookwindow.moc"
