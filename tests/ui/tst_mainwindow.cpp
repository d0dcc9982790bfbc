// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "preview/configpreview.h"

#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shell();
    void views_data();
    void views();
    void unknownViewIsRefused();
    void previewShowsExamples();
};

void TestMainWindow::shell()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), u"VPNaaS Console"_s);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&View"_s, u"&Help"_s}));
    QVERIFY(window.statusBar()->isVisibleTo(&window));
    QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->count(), 6);
}

void TestMainWindow::views_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &name : MainWindow::viewNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestMainWindow::views()
{
    QFETCH(QString, view);
    MainWindow window;
    window.resize(1000, 700);
    QVERIFY(window.setView(view));
    QCOMPARE(window.currentView(), view);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The rendered window is not blank: more than a handful of distinct colours.
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            seen.insert(image.pixel(x, y));
    }
    QVERIFY2(seen.size() > 8, qPrintable(QString::number(seen.size())));
}

void TestMainWindow::unknownViewIsRefused()
{
    MainWindow window;
    QVERIFY(window.setView(u"preview"_s));
    QVERIFY(!window.setView(u"no-such-view"_s));
    QCOMPARE(window.currentView(), u"preview"_s);
}

void TestMainWindow::previewShowsExamples()
{
    MainWindow window;
    window.setView(u"preview"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"previewTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    for (int i = 0; i < tabs->count(); ++i) {
        auto *preview = qobject_cast<ConfigPreview *>(tabs->widget(i));
        QVERIFY(preview);
        QVERIFY(!preview->text().isEmpty());
        QVERIFY2(!preview->definitionName().isEmpty(), qPrintable(tabs->tabText(i)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
