// SPDX-License-Identifier: Apache-2.0
// Colour schemes: --color-scheme's names, and every view following a palette change live. The
// window is made light, then switched to dark while it runs: each view, grabbed, must be dark
// (a colour written into the code, or a chart theme chosen once, stays light and fails) and must
// have been light before (else the check proves nothing). VPNAAS_SCREENSHOT_DIR keeps the grabs.
#include "colorscheme.h"
#include "mainwindow.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

class TestColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void viewsFollowThePaletteLive_data();
    void viewsFollowThePaletteLive();
};

namespace {

/*! The share of \a image's pixels lighter than a dark scheme's lightest surface. */
double lightShare(const QImage &image)
{
    qint64 light = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) {
            if (qGray(line[x]) > 170)
                ++light;
        }
    }
    return double(light) / (double((rgb.width() + 1) / 2) * double((rgb.height() + 1) / 2));
}

} // namespace

void TestColorScheme::apply_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("darkBase");
    QTest::addRow("dark") << u"dark"_s << true << true;
    QTest::addRow("light") << u"light"_s << true << false;
    QTest::addRow("system") << u"system"_s << true << false;
    QTest::addRow("unknown") << u"purple"_s << false << false;
}

void TestColorScheme::apply()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(bool, darkBase);
    QApplication::setPalette(colorscheme::light());
    QCOMPARE(colorscheme::names().contains(name), known);
    QCOMPARE(colorscheme::apply(name), known);
    QCOMPARE(QApplication::palette().color(QPalette::Base).lightness() < 128, darkBase);
    QVERIFY(colorscheme::dark().color(QPalette::Text).lightness()
            > colorscheme::dark().color(QPalette::Base).lightness());
}

void TestColorScheme::viewsFollowThePaletteLive_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<double>("mostLight"); // of the dark grab; a chart's or a table's own white fails
    for (const QString &view : MainWindow::viewNames()) {
        if (!view.startsWith(u"wizard:"_s))
            QTest::addRow("%s", qPrintable(view)) << view << 0.06;
    }
}

void TestColorScheme::viewsFollowThePaletteLive()
{
    QFETCH(QString, view);
    QFETCH(double, mostLight);
    QSettings().clear();
    colorscheme::apply(u"light"_s);
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY2(sandbox.open(&error), qPrintable(error));
    sandbox.simulator()->setAgentDelay(0);
    MainWindow window;
    window.setOfflineCloud(&sandbox);
    window.setClouds({});
    QSignalSpy refreshed(window.workspace(), &Workspace::refreshSucceeded);
    QVERIFY(window.selectCloud(window.initialCloud()));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !window.workspace()->isRefreshing(), 10000);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.setView(view));
    QCoreApplication::processEvents();
    const QImage light = window.grab().toImage();
    QVERIFY2(lightShare(light) > 0.5, qPrintable(QString::number(lightShare(light))));

    QApplication::setPalette(colorscheme::dark()); // as a desktop switching its scheme
    QCoreApplication::processEvents();
    const QImage dark = window.grab().toImage();
    if (const QString dir = qEnvironmentVariable("VPNAAS_SCREENSHOT_DIR"); !dir.isEmpty())
        dark.save(QDir(dir).filePath(u"dark-"_s + QString(view).replace(u':', u'-') + u".png"_s));
    QVERIFY2(lightShare(dark) < mostLight, qPrintable(u"%1 of the pixels still light"_s.arg(lightShare(dark))));
    colorscheme::apply(u"light"_s);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
