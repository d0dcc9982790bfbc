// SPDX-License-Identifier: Apache-2.0
// The main window over an in-memory sandbox: title and status bar say "sandbox, simulated",
// navigation counts, every view renders, PSKs stay masked until revealed, links between
// resources, delete with dependency handling, a failed refresh keeps the data, settings persist.
#include "browser/detailview.h"
#include "browser/resourceview.h"
#include "deployment/deploymentview.h"
#include "diagnosis/diagnosisdialog.h"
#include "mainwindow.h"
#include "monitoring/alertnotifier.h"
#include "monitoring/monitoringcontroller.h"
#include "monitoring/monitoringsettingsdialog.h"
#include "monitoring/monitoringview.h"
#include "preview/configpreview.h"
#include "topology/topologyitems.h"
#include "topology/topologyscene.h"
#include "topology/topologyview.h"
#include "viewstack.h"
#include "wizards/connectionpages.h"
#include "wizards/editdialog.h"
#include "wizards/resourcewizard.h"

#include "itemmodels/cloudlistmodel.h"
#include "itemmodels/resourcetablemodel.h"
#include "monitoring/countersource.h"
#include "monitoring/monitor.h"
#include "monitoring/statuspoller.h"
#include "perf/background.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"
#include "sandbox/sandboxstore.h"
#include "workspace/deletionrun.h"
#include "workspace/offlinecloud.h"
#include "workspace/workspace.h"

#include "sandboxcopies.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

#include <functional>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

namespace {

/*! Calls \a onPaint when \a widget is about to be painted. */
class PaintSpy : public QObject
{
public:
    PaintSpy(QWidget *widget, std::function<void()> onPaint)
        : m_onPaint(std::move(onPaint))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_onPaint();
        return false;
    }

private:
    std::function<void()> m_onPaint;
};

} // namespace

namespace {

/*! Collects the warnings of vpnaas.openstack that name cloud "risky" while it lives. */
class SecurityLog
{
public:
    SecurityLog()
    {
        s_lines.clear();
        s_previous = qInstallMessageHandler(&SecurityLog::handle);
    }
    ~SecurityLog() { qInstallMessageHandler(s_previous); }
    SecurityLog(const SecurityLog &) = delete;
    SecurityLog &operator=(const SecurityLog &) = delete;
    QStringList lines() const { return s_lines; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && qstrcmp(context.category, "vpnaas.openstack") == 0 && message.contains(u"risky"_s))
            s_lines.append(message);
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QStringList s_lines;
};

QAction *action(QWidget &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

/*! An offline cloud that could not be opened. */
class UnavailableCloud : public OfflineCloud
{
public:
    explicit UnavailableCloud(const QString &reason)
        : m_reason(reason)
    {
    }
    bool open(QString *error) override
    {
        *error = m_reason;
        return false;
    }
    bool isAvailable() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    openstack::CloudProfile cloudProfile() const override { return {}; }
    QNetworkAccessManager *networkAccessManager() const override { return nullptr; }
    bool reset(QString *error) override
    {
        *error = m_reason;
        return false;
    }
    std::unique_ptr<monitoring::CounterSource> createCounterSource() override { return nullptr; }

private:
    QString m_reason;
};

/*! Runs \a handle on the next modal dialog once it is shown (a QMessageBox's exec()). */
void whenModal(std::function<void(QMessageBox *)> handle)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            handle(box);
        }
    });
    poll->start();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shell();
    void views_data();
    void views();
    void unknownViewIsRefused();
    void viewMenuListsOnlyViews();
    void findReachesTheFilter_data();
    void findReachesTheFilter();
    void configureOpensTheSettings();
    void viewButtonsHaveMnemonics_data();
    void viewButtonsHaveMnemonics();
    void windowFitsTheScreen_data();
    void windowFitsTheScreen();
    void wizardViewGetsSampleInputOnlyForScreenshots();
    void configShowsExamples();
    void pskIsMaskedUntilRevealed();
    void linksSelectTheRelatedResource();
    void deleteConnectionWithWhatOnlyItUses();
    void deleteConfirmationCopiesTheCommands();
    void rowMenuCopiesTheShowCommand();
    void closingDuringADeletionIsQuiet();
    void deleteInUseIsExplained();
    void failedRefreshKeepsTheData();
    void settingsPersist();
    void noSandboxSaysWhy();
    void cloudWithoutVpnaasShowsDeployment();
    void monitoringShowsSimulatedCounters();
    void openedNotificationSelectsItsConnection();
    void statusFlipReachesEveryView();
    void bigTableChoosesItsFirstRowOncePainted();
    void diagnoseFromEveryPlace();
    void sandboxSaysKeysAreUnencrypted();
    void securityBadge_data();
    void securityBadge();
    void privateHome();

private:
    bool openWindow();

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_sandbox->simulator()->setAgentDelay(0);
    QVERIFY(openWindow());
}

bool TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setOfflineCloud(m_sandbox.get());
    m_window->setClouds({});
    QSignalSpy refreshed(m_window->workspace(), &Workspace::refreshSucceeded);
    if (!m_window->selectCloud(m_window->initialCloud()))
        return false;
    return QTest::qWaitFor([&] { return !refreshed.isEmpty() && !m_window->workspace()->isRefreshing(); }, 10000);
}

// One status per connection in the window: a flip that only the monitor's poll can see (written
// straight into the sandbox's store, no agent signal) reaches the table, the detail pane and the
// topology by the end of the first poll after it, with no refresh of everything.
void TestMainWindow::statusFlipReachesEveryView()
{
    constexpr int kInterval = 300;
    Workspace *workspace = m_window->workspace();
    const QString id = workspace->state().connections.first().id;
    QTRY_COMPARE_WITH_TIMEOUT(workspace->state().connection(id)->status.api(), u"ACTIVE"_s, 10000);
    monitoring::Monitor *monitor = m_window->monitoringController()->monitor();
    monitor->setInterval(kInterval);
    QVERIFY(monitor->poller()->isRunning());
    ResourceView *view = m_window->resourceView(ResourceKind::IpsecSiteConnection);
    QVERIFY(view->selectResource(id));
    QVERIFY(m_window->setView(u"topology"_s));
    const auto topologyStatus = [this] {
        for (const TopologyEdgeItem *edge : m_window->topologyView()->scene()->edgeItems()) {
            if (!edge->edge().status.isEmpty())
                return edge->edge().status;
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(topologyStatus(), u"ACTIVE"_s, 10000);

    std::optional<QJsonObject> stored = m_sandbox->store()->get(u"ipsec-site-connections"_s, id);
    QVERIFY(stored);
    stored->insert(u"status"_s, u"DOWN"_s);
    QString error;
    QVERIFY2(m_sandbox->store()->apply({{u"ipsec-site-connections"_s, id, *stored}}, &error), qPrintable(error));
    QSignalSpy polls(monitor->poller(), &monitoring::StatusPoller::polled);
    QSignalSpy refreshes(workspace, &Workspace::refreshStarted);
    const int row = view->model()->rowOf(id);
    const QModelIndex cell = view->model()->index(row, view->model()->statusColumn());
    QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), u"DOWN"_s, 20 * kInterval);
    QVERIFY2(polls.size() <= 2, qPrintable(u"seen after %1 polls"_s.arg(polls.size())));
    QCOMPARE(workspace->state().connection(id)->status.api(), u"DOWN"_s);
    QCOMPARE(topologyStatus(), u"DOWN"_s);
    QVERIFY(m_window->setView(u"resources:ipsec-site-connections"_s));
    QTRY_VERIFY2(view->detailView()->toPlainText().contains(u"DOWN"_s), qPrintable(view->detailView()->toPlainText()));
    QCOMPARE(refreshes.size(), 0);
}

// A table whose rows come from the pool (kBackgroundFrom and more) is painted before its first
// row is chosen and that row's details made: the two took one long turn of the event loop.
void TestMainWindow::bigTableChoosesItsFirstRowOncePainted()
{
    m_window.reset();
    const QString id = m_sandbox->server()->state().connections.first().id;
    QString error;
    QVERIFY2(testing::addConnectionCopies(m_sandbox->store(), id, int(perf::kBackgroundFrom), &error),
             qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->setOfflineCloud(m_sandbox.get());
    m_window->setClouds({});
    QVERIFY(m_window->setView(u"resources:ipsec-site-connections"_s));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ResourceView *view = m_window->resourceView(ResourceKind::IpsecSiteConnection);
    QTableView *table = view->findChild<QTableView *>(u"table"_s);
    QVERIFY(table);
    bool selectedAtPaint = true;
    int paints = 0;
    ResourceTableModel *model = view->model();
    PaintSpy spy(table->viewport(), [&] {
        if (model->rowCount() > int(perf::kBackgroundFrom) && paints++ == 0)
            selectedAtPaint = table->selectionModel()->hasSelection();
    });
    QVERIFY(m_window->selectCloud(m_window->initialCloud()));
    QTRY_VERIFY_WITH_TIMEOUT(paints > 0, 10000);
    QVERIFY2(!selectedAtPaint, "the first row was chosen before the rows were painted");
    QTRY_VERIFY(table->selectionModel()->hasSelection());
    QCOMPARE(table->selectionModel()->currentIndex().row(), 0);
    QTRY_VERIFY(!view->detailView()->toPlainText().isEmpty());
}

// Diagnose: the action (browser, Ctrl+Shift+D), the monitoring table and a DOWN line of its event
// log all open the connection's diagnosis; in the sandbox it is simulated, labelled, and its fix's
// Edit button opens the resource's editor with the field set.
void TestMainWindow::diagnoseFromEveryPlace()
{
    MainWindow &window = *m_window;
    const QString id = m_sandbox->server()->state().connections.first().id;
    window.setView(u"resources:ipsec-site-connections"_s);
    QAction *diagnose = window.findChild<QAction *>(u"diagnose"_s);
    QVERIFY(diagnose);
    QTRY_VERIFY(diagnose->isEnabled());
    QCOMPARE(diagnose->shortcut(), QKeySequence(u"Ctrl+Shift+D"_s));
    diagnose->trigger();
    DiagnosisDialog *dialog = window.monitoringController()->diagnosisDialog(id);
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->diagnosis().title.isEmpty());
    QVERIFY(dialog->diagnosis().simulated);
    QVERIFY(dialog->verdictLabel()->text().contains(u"(simulated)"_s));

    // The sandbox's simulated IKE proposal mismatch: side by side, and the fix opens the IKE policy.
    window.monitoringController()->setSimulation(id, u"ike-proposal-mismatch"_s);
    window.monitoringController()->diagnose(id, &window);
    QCOMPARE(dialog->diagnosis().code, u"ike-proposal-mismatch"_s);
    QCOMPARE(dialog->proposalsTable()->rowCount(), 1);
    QVERIFY(!dialog->fixButtons().isEmpty());
    dialog->fixButtons().first()->click();
    EditDialog *editor = window.findChild<EditDialog *>();
    QVERIFY(editor);
    QCOMPARE(editor->kind(), ResourceKind::IkePolicy);
    auto *encryption = editor->findChild<QComboBox *>(u"encryption_algorithm"_s);
    QVERIFY(encryption);
    QCOMPARE(encryption->currentData().toString(), u"aes-256"_s);
    QVERIFY(editor->hasChanges());
    editor->reject();
    delete editor;
    dialog->close();
    QTRY_VERIFY(!window.monitoringController()->diagnosisDialog(id));

    // Monitoring: the table's row, and a DOWN line of the event log.
    window.setView(u"monitoring"_s);
    MonitoringView *monitoring = window.findChild<MonitoringView *>();
    QVERIFY(monitoring);
    QSignalSpy asked(monitoring, &MonitoringView::diagnoseRequested);
    monitoring->addDiagnosableEvent(id, u"conn"_s, u"tunnel DOWN (was UP)"_s);
    QListWidgetItem *line = monitoring->eventLog()->item(0);
    QVERIFY(line->text().contains(u"double-click to diagnose"_s));
    Q_EMIT monitoring->eventLog()->itemActivated(line);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), id);
    QTRY_VERIFY(window.monitoringController()->diagnosisDialog(id));
    window.monitoringController()->diagnosisDialog(id)->close();
    QTRY_VERIFY(!window.monitoringController()->diagnosisDialog(id));
    monitoring->selectConnection(id);
    QTRY_VERIFY(diagnose->isEnabled());
    diagnose->trigger();
    QVERIFY(window.monitoringController()->diagnosisDialog(id));
}

void TestMainWindow::cleanup()
{
    // A modifier left pressed changes what the next test's clicks and selections do.
    QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    m_window.reset();
    m_sandbox.reset();
}

void TestMainWindow::shell()
{
    MainWindow &window = *m_window;
    QVERIFY2(window.windowTitle().contains(u"Sandbox"_s), qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(u"simulated"_s));
    auto *cloudLabel = window.findChild<QLabel *>(u"cloudLabel"_s);
    QVERIFY(cloudLabel->text().contains(u"simulated"_s));
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text());
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Settings"_s, u"&Help"_s}));

    auto *navigation = window.findChild<QListView *>(u"navigation"_s);
    QCOMPARE(navigation->model()->rowCount(), 9); // 5 resource types, topology, monitoring, config, deployment
    QCOMPARE(navigation->model()->index(3, 0).data().toString(), u"Endpoint Groups (2)"_s);
    QCOMPARE(navigation->model()->index(4, 0).data().toString(), u"IPsec Site Connections (1)"_s);
    QVERIFY(window.findChild<QLabel *>(u"refreshLabel"_s)->text().startsWith(u"Refreshed"_s));
    QVERIFY(action(window, u"Reset &Sandbox…"_s)->isEnabled());
    QCOMPARE(window.resourceView(ResourceKind::IpsecSiteConnection)->model()->rowCount(), 1);
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
    MainWindow &window = *m_window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.setView(view));
    QWidget *shown = &window;
    if (view.startsWith(u"wizard:"_s)) {
        QVERIFY(window.currentWizard());
        QVERIFY(window.currentWizard()->isVisible());
        shown = window.currentWizard();
    } else {
        QCOMPARE(window.currentView(), view);
    }
    // The rendered window is not blank: more than a handful of distinct colours.
    const QImage image = shown->grab().toImage();
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
    MainWindow &window = *m_window;
    QVERIFY(window.setView(u"config"_s));
    QVERIFY(!window.setView(u"no-such-view"_s));
    QVERIFY(!window.setView(u"wizard:nope"_s));
    QVERIFY(!window.setView(u"wizard:ike-policy:0"_s));
    QVERIFY(!window.setView(u"wizard:ike-policy:x"_s));
    QCOMPARE(window.currentView(), u"config"_s);
    QVERIFY(window.setView(u"resources"_s));
    QCOMPARE(window.currentView(), u"resources:ike-policies"_s);
}

void TestMainWindow::viewMenuListsOnlyViews()
{
    // The wizards once ran through the menu builder too: six blank entries, the last opening
    // the guided wizard filled with sample data.
    MainWindow &window = *m_window;
    QMenu *view = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == u"&View"_s)
            view = menu->menu();
    }
    QVERIFY(view);
    QStringList titles;
    for (QAction *entry : view->actions()) {
        if (entry->isSeparator())
            break;
        titles.append(entry->text());
    }
    QCOMPARE(titles.size(), ViewStack::viewNames().size());
    for (const QString &title : std::as_const(titles))
        QVERIFY2(!title.trimmed().isEmpty(), qPrintable(titles.join(u" | "_s)));
    QVERIFY(!titles.join(u' ').contains(u"wizard"_s, Qt::CaseInsensitive));
}

void TestMainWindow::findReachesTheFilter_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("field");
    QTest::newRow("a list") << u"resources:ipsec-site-connections"_s << u"filter"_s;
    QTest::newRow("another list") << u"resources:ike-policies"_s << u"filter"_s;
    QTest::newRow("topology") << u"topology"_s << u"topologySearch"_s;
}

// Ctrl+F from the navigation (or anywhere in the window) lands in the shown view's filter.
void TestMainWindow::findReachesTheFilter()
{
    QFETCH(QString, view);
    QFETCH(QString, field);
    MainWindow &window = *m_window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.setView(view));
    auto *navigation = window.findChild<QListView *>(u"navigation"_s);
    navigation->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), navigation);
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    // Qt 6.4's QTest leaves Ctrl in QGuiApplication::keyboardModifiers() after a click with Ctrl
    // (cleanup() checks it); a tap of Ctrl alone ends with none, as a keyboard would.
    QTest::keyClick(navigation, Qt::Key_Control);
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), field);
    QVERIFY(QApplication::focusWidget()->isVisible());
}

// Settings ▸ Configure VPNaaS Console… (KDE's place for an application's settings) opens the
// monitoring settings, the console's only ones; the Monitoring view's button opens the same.
void TestMainWindow::viewButtonsHaveMnemonics_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &view : MainWindow::viewNames()) {
        if (!view.startsWith(u"wizard:"_s))
            QTest::addRow("%s", qPrintable(view)) << view;
    }
}

// KDE HIG: every button and check box a view shows has an Alt+letter, and no letter is taken
// twice in the window, the menu bar's included (Alt+F must still open File).
void TestMainWindow::viewButtonsHaveMnemonics()
{
    QFETCH(QString, view);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->setView(view));
    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == u'&' && text[i + 1] != u'&')
                return text[i + 1].toUpper();
            if (text[i] == u'&')
                ++i;
        }
        return {};
    };
    QHash<QChar, QStringList> owners;
    QStringList missing;
    const auto note = [&](const QString &text, bool needed) {
        const QChar m = mnemonic(text);
        if (!m.isNull())
            owners[m].append(text);
        else if (needed)
            missing.append(text);
    };
    for (const QAction *menu : m_window->menuBar()->actions())
        note(menu->text(), true);
    QWidget *central = m_window->centralWidget();
    for (QAbstractButton *button : central->findChildren<QAbstractButton *>()) {
        const auto *tool = qobject_cast<QToolButton *>(button);
        // A tool button of an action (a toolbar's) and an icon-only or text-less button are
        // reached otherwise; a tab bar's scroll arrows are not buttons of the view.
        if (!button->isVisible() || !button->isEnabled() || button->text().isEmpty() || (tool && tool->defaultAction())
            || qobject_cast<QTabBar *>(button->parentWidget()))
            continue;
        // "+" and "−" (zoom) are symbols with shortcuts of their own.
        const bool words
            = std::any_of(button->text().cbegin(), button->text().cend(), [](QChar c) { return c.isLetter(); });
        note(button->text(), words);
    }
    // Tabs need none (most name files: own/ipsec.conf, neutron.conf, …), but one they have is
    // theirs alone.
    for (QTabWidget *tabs : central->findChildren<QTabWidget *>()) {
        if (tabs->isVisible()) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i), false);
        }
    }
    for (QLabel *label : central->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            note(label->text(), false);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"no mnemonic: "_s + missing.join(u", "_s)));
    QStringList twice;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            twice.append(u"%1: %2"_s.arg(it.key(), it->join(u", "_s)));
    }
    QVERIFY2(twice.isEmpty(), qPrintable(u"taken twice: "_s + twice.join(u"; "_s)));
}

void TestMainWindow::configureOpensTheSettings()
{
    MainWindow &window = *m_window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *configure = window.findChild<QAction *>(u"configure"_s);
    QVERIFY(configure);
    QVERIFY(!configure->shortcut().isEmpty());
    QVERIFY(window.menuBar()->actions().at(3)->menu()->actions().contains(configure));
    for (int i = 0; i < 2; ++i) {
        QString title;
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, poll, [poll, &title] {
            if (auto *dialog = qobject_cast<MonitoringSettingsDialog *>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                poll->deleteLater();
                dialog->reject();
            }
        });
        poll->start();
        if (i == 0) {
            configure->trigger();
        } else {
            window.setView(u"monitoring"_s);
            window.findChild<QToolButton *>(u"monitoringSettings"_s)->click();
        }
        QCOMPARE(title, u"Configure VPNaaS Console"_s);
    }
}

void TestMainWindow::windowFitsTheScreen_data()
{
    QTest::addColumn<QSize>("wanted");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("fitted");
    QTest::newRow("a large screen") << QSize(1280, 800) << QRect(0, 0, 2560, 1400) << QSize(1280, 800);
    // 1280x800 with a panel: the status bar ("Created ...") stays on the screen.
    QTest::newRow("a 1280x800 screen") << QSize(1280, 800) << QRect(0, 0, 1280, 768) << QSize(1232, 720);
    QTest::newRow("a small screen") << QSize(1280, 800) << QRect(0, 0, 1024, 600) << QSize(976, 552);
    QTest::newRow("a tiny screen") << QSize(1280, 800) << QRect(0, 0, 320, 240) << QSize(400, 300);
}

void TestMainWindow::windowFitsTheScreen()
{
    QFETCH(QSize, wanted);
    QFETCH(QRect, available);
    QFETCH(QSize, fitted);
    QCOMPARE(MainWindow::fittedWindowSize(wanted, available), fitted);
    // A new window, and one whose saved geometry was bigger than this screen, fit it.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow window;
        QVERIFY2(screen.contains(window.geometry()), qPrintable(u"%1x%2"_s.arg(window.width()).arg(window.height())));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(screen.width() + 400, screen.height() + 300);
        QVERIFY(window.close()); // saves the geometry
        QVERIFY(!screen.contains(QRect(window.pos(), window.size())));
    }
    MainWindow again;
    QVERIFY(screen.contains(again.geometry()));
}

void TestMainWindow::wizardViewGetsSampleInputOnlyForScreenshots()
{
    MainWindow &window = *m_window;
    QVERIFY(window.setView(u"wizard:ipsec-site-connection"_s));
    auto *wizard = qobject_cast<ResourceWizard *>(window.currentWizard());
    QVERIFY(wizard);
    QVERIFY(wizard->connectionPage()->draft().peerAddress->isEmpty());
    QVERIFY(wizard->connectionPage()->draft().psk->reveal().isEmpty());
    window.setSampleInputForWizards(true); // what --screenshot does
    QVERIFY(window.setView(u"wizard:ipsec-site-connection"_s));
    wizard = qobject_cast<ResourceWizard *>(window.currentWizard());
    QVERIFY(wizard);
    QCOMPARE(*wizard->connectionPage()->draft().peerAddress, u"203.0.113.9"_s);
    window.setSampleInputForWizards(false);
}

void TestMainWindow::configShowsExamples()
{
    // The selected connection's service, both ends.
    m_window->setView(u"resources:ipsec-site-connections"_s);
    m_window->setView(u"config"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"configTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 10); // own: 4 files; peer: 4 strongSwan (with the strongswan.conf drop-in) + 2 Libreswan
    const QString connection = m_sandbox->server()->state().connections.first().id;
    QVERIFY(qobject_cast<ConfigPreview *>(tabs->widget(0))->text().contains(u"conn "_s + connection));
    for (int i = 0; i < tabs->count(); ++i) {
        auto *preview = qobject_cast<ConfigPreview *>(tabs->widget(i));
        QVERIFY(preview);
        QVERIFY(!preview->text().isEmpty());
        QVERIFY2(!preview->definitionName().isEmpty(), qPrintable(tabs->tabText(i)));
    }
}

void TestMainWindow::pskIsMaskedUntilRevealed()
{
    MainWindow &window = *m_window;
    const QString secret = m_sandbox->server()->state().connections.first().psk.reveal();
    window.setView(u"resources:ipsec-site-connections"_s);
    ResourceView *view = window.resourceView(ResourceKind::IpsecSiteConnection);
    const int pskColumn = view->model()->pskColumn();
    const QModelIndex cell = view->table()->model()->index(0, pskColumn);
    QCOMPARE(view->selectedIds().size(), 1); // the first row is selected from the start
    QCOMPARE(cell.data().toString(), Secret::mask());
    QVERIFY(!view->detailView()->toPlainText().contains(secret));
    QVERIFY(view->detailView()->toPlainText().contains(Secret::mask()));

    QAction *reveal = action(window, u"Re&veal Pre-Shared Key"_s);
    QVERIFY(reveal->isEnabled());
    reveal->trigger();
    QCOMPARE(cell.data().toString(), secret);
    QVERIFY(view->detailView()->toPlainText().contains(secret));
    reveal->trigger();
    QCOMPARE(cell.data().toString(), Secret::mask());
    QVERIFY(!view->detailView()->toPlainText().contains(secret));

    // The detail pane's own "Reveal" link does the same.
    Q_EMIT view->detailView()->anchorClicked(QUrl(u"vpnaas-reveal:show"_s));
    QCOMPARE(cell.data().toString(), secret);
    QVERIFY(reveal->isChecked());
}

void TestMainWindow::linksSelectTheRelatedResource()
{
    MainWindow &window = *m_window;
    window.setView(u"resources:ipsec-site-connections"_s);
    const QString ike = m_sandbox->server()->state().ikePolicies.first().id;
    ResourceView *connections = window.resourceView(ResourceKind::IpsecSiteConnection);
    QVERIFY(connections->detailView()->toHtml().contains(ike));
    Q_EMIT connections->detailView()->anchorClicked(QUrl(u"vpnaas-resource:ike-policies/"_s + ike));
    QCOMPARE(window.currentView(), u"resources:ike-policies"_s);
    QCOMPARE(window.resourceView(ResourceKind::IkePolicy)->currentId(), ike);
    QVERIFY(window.resourceView(ResourceKind::IkePolicy)->detailView()->toPlainText().contains(u"conn"_s));
}

void TestMainWindow::deleteConnectionWithWhatOnlyItUses()
{
    MainWindow &window = *m_window;
    window.setView(u"resources:ipsec-site-connections"_s);
    QString question;
    whenModal([&](QMessageBox *box) {
        question = box->text() + u'\n' + box->informativeText();
        auto *orphans = box->findChild<QCheckBox *>(u"deleteOrphans"_s);
        QVERIFY(orphans);
        QVERIFY(orphans->text().contains(u"ep_cidr"_s));
        orphans->setChecked(true);
        box->findChild<QPushButton *>(u"confirmDelete"_s)->click();
    });
    action(window, u"&Delete…"_s)->trigger();
    QVERIFY2(question.contains(u"conn"_s), qPrintable(question));
    const auto &state = [this]() -> ServerState { return m_sandbox->server()->state(); };
    QTRY_COMPARE_WITH_TIMEOUT(state().ipsecPolicies.size(), 0, 10000);
    QCOMPARE(state().connections.size(), 0);
    QCOMPARE(state().endpointGroups.size(), 0);
    QCOMPARE(state().ikePolicies.size(), 0);
    QCOMPARE(state().vpnServices.size(), 1); // the router's service stays
    QTRY_COMPARE_WITH_TIMEOUT(window.resourceView(ResourceKind::IpsecSiteConnection)->model()->rowCount(), 0, 10000);
}

void TestMainWindow::closingDuringADeletionIsQuiet()
{
    // Closing the window while a deletion run is in flight: the cancelled run must not report
    // into the half-destroyed window (no message box, no access to destroyed members).
    MainWindow &window = *m_window;
    window.setView(u"resources:ipsec-site-connections"_s);
    whenModal([](QMessageBox *box) { box->findChild<QPushButton *>(u"confirmDelete"_s)->click(); });
    action(window, u"&Delete…"_s)->trigger();
    auto *run = window.findChild<DeletionRun *>();
    QVERIFY(run);
    QSignalSpy finished(run, &DeletionRun::finished);
    QSignalSpy progress(run, &DeletionRun::progress);
    QVERIFY(progress.wait(5000));
    QVERIFY(finished.isEmpty()); // still under way
    bool reported = false;
    QTimer watch;
    watch.setInterval(10);
    connect(&watch, &QTimer::timeout, this, [&reported] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            reported = true;
            box->reject();
        }
    });
    watch.start();
    m_window.reset();
    QVERIFY(!reported);
}

void TestMainWindow::deleteInUseIsExplained()
{
    MainWindow &window = *m_window;
    window.setView(u"resources:ike-policies"_s);
    QString explanation;
    whenModal([&](QMessageBox *box) {
        explanation = box->text() + u'\n' + box->informativeText();
        box->button(QMessageBox::Ok)->click();
    });
    action(window, u"&Delete…"_s)->trigger();
    QVERIFY2(explanation.contains(u"Nothing selected can be deleted"_s), qPrintable(explanation));
    QVERIFY2(explanation.contains(u"ikepolicy"_s), qPrintable(explanation));
    QVERIFY2(explanation.contains(u"In use by: conn"_s), qPrintable(explanation));
    QCOMPARE(m_sandbox->server()->state().ikePolicies.size(), 1);
}

void TestMainWindow::failedRefreshKeepsTheData()
{
    MainWindow &window = *m_window;
    m_sandbox->networkAccessManager()->injectFault(
        {"GET", u"/v2.0/vpn/ikepolicies"_s, 500, u"HTTPInternalServerError"_s, u"database is locked"_s, 1});
    QSignalSpy failed(window.workspace(), &Workspace::refreshFailed);
    action(window, u"&Refresh"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    auto *error = window.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error->isVisibleTo(&window));
    QVERIFY2(error->text().contains(u"database is locked"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"req-"_s), qPrintable(error->text()));
    QCOMPARE(window.resourceView(ResourceKind::IkePolicy)->model()->rowCount(), 1);

    QSignalSpy refreshed(window.workspace(), &Workspace::refreshSucceeded);
    action(window, u"&Refresh"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QVERIFY(!error->isVisibleTo(&window));
}

void TestMainWindow::settingsPersist()
{
    m_window->setView(u"resources:vpn-services"_s);
    m_window->setAutoRefreshInterval(15);
    m_window->close();
    QCOMPARE(QSettings().value(u"cloud/last"_s).toString(), CloudListModel::sandboxName());
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    QVERIFY(QSettings().contains(u"resources/vpn-services/splitter"_s));

    QVERIFY(openWindow());
    QCOMPARE(m_window->autoRefreshInterval(), 15);
    QCOMPARE(m_window->currentView(), u"resources:vpn-services"_s);
    QCOMPARE(m_window->workspace()->cloudName(), CloudListModel::sandboxName());
}

void TestMainWindow::noSandboxSaysWhy()
{
    UnavailableCloud locked(u"database is locked"_s);
    MainWindow window;
    window.setOfflineCloud(&locked);
    window.setClouds({});
    QVERIFY(window.selectCloud(CloudListModel::sandboxName()));
    QVERIFY(!window.workspace()->isConnected());
    auto *error = window.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error->text().contains(u"database is locked"_s));
    QVERIFY(window.windowTitle().contains(u"no cloud"_s));
}

void TestMainWindow::cloudWithoutVpnaasShowsDeployment()
{
    // A cloud whose extension list lacks vpnaas answers 404 on every VPN collection.
    using Fault = sandbox::SandboxNetworkAccessManager::Fault;
    m_sandbox->networkAccessManager()->injectFault(Fault{
        "GET",
        u"/v2.0/extensions"_s,
        200,
        {},
        {},
        1,
        R"({"extensions": [{"alias": "router", "name": "Neutron L3 Router", "description": "", "updated": ""}]})"});
    m_sandbox->networkAccessManager()->injectFault(
        Fault{"GET", u"/v2.0/vpn/"_s, 404, u"HTTPNotFound"_s, u"The resource could not be found."_s, 5});
    QSignalSpy refreshed(m_window->workspace(), &Workspace::refreshSucceeded);
    m_window->setView(u"resources:ike-policies"_s);
    action(*m_window, u"&Refresh"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QVERIFY(!m_window->workspace()->hasVpnaas());
    QCOMPARE(m_window->workspace()->state().ikePolicies.size(), 0);
    QCOMPARE(m_window->currentView(), u"deployment"_s);
    auto *deployment = m_window->findChild<QLabel *>(u"deploymentHeadline"_s);
    QVERIFY(deployment->text().contains(u"does not offer VPNaaS"_s));
    QVERIFY(!action(*m_window, u"New &Site-to-Site VPN…"_s)->isEnabled());
    // The files are made when the view is first shown or asked for (the window is not shown here).
    auto *deploymentView = m_window->findChild<DeploymentView *>(u"deploymentView"_s);
    QVERIFY(deploymentView);
    QTabWidget *tabs = deploymentView->tabs();
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(qobject_cast<ConfigPreview *>(tabs->widget(i))->text());
    const QString all = texts.join(u'\n');
    QVERIFY(all.contains(u"service_plugins = router,vpnaas"_s));
    QVERIFY(all.contains(
        u"service_provider = VPN:strongswan:neutron_vpnaas.services.vpn.service_drivers.ipsec.IPsecVPNDriver:default"_s));
    QVERIFY(all.contains(u"extensions = vpnaas"_s));
    QVERIFY(all.contains(u"StrongSwanDriver"_s));
    QCOMPARE(qobject_cast<ConfigPreview *>(tabs->widget(0))->definitionName(), u"INI Files"_s);

    // The next refresh of a cloud that has it again: wizards back on.
    QVERIFY(QTest::qWaitFor([&] { return !m_window->workspace()->isRefreshing(); }, 10000));
    action(*m_window, u"&Refresh"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10000);
    QVERIFY(m_window->workspace()->hasVpnaas());
    QVERIFY(action(*m_window, u"New &Site-to-Site VPN…"_s)->isEnabled());
}

void TestMainWindow::monitoringShowsSimulatedCounters()
{
    m_window->setView(u"monitoring"_s);
    auto *view = m_window->findChild<MonitoringView *>(u"monitoringView"_s);
    QVERIFY(view);
    QVERIFY(m_window->findChild<QLabel *>(u"monitoringSource"_s)->text().contains(u"simulated"_s));
    // The seed's connection, by name, with its status; the sandbox agent has settled it.
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, monitoring::MonitoringTableModel::Name).data().toString(),
                              u"conn"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, monitoring::MonitoringTableModel::Status).data().toString(),
                              u"ACTIVE"_s, 15000);
}

// A desktop notification's "Open" (AlertNotifier::activated with its first alert's connection)
// brings the window to Monitoring with that connection selected, from any view.
void TestMainWindow::openedNotificationSelectsItsConnection()
{
    m_window->setView(u"topology"_s);
    const QString id = m_sandbox->server()->state().connections.first().id;
    Q_EMIT m_window->monitoringController()->notifier()->activated(id);
    QCOMPARE(m_window->currentView(), u"monitoring"_s);
    auto *view = m_window->findChild<MonitoringView *>(u"monitoringView"_s);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->selectedConnections(), QStringList{id}, 10000);
}

// Where keys are typed into the sandbox, the status bar says they are stored unencrypted, and where.
void TestMainWindow::sandboxSaysKeysAreUnencrypted()
{
    auto *cloudLabel = m_window->findChild<QLabel *>(u"cloudLabel"_s);
    QVERIFY2(cloudLabel->text().contains(u"unencrypted"_s), qPrintable(cloudLabel->text()));
    QVERIFY(!cloudLabel->isHidden());
    QVERIFY2(cloudLabel->toolTip().contains(u"stored unencrypted in built-in offline sandbox, in memory only"_s),
             qPrintable(cloudLabel->toolTip()));
    QVERIFY(m_window->findChild<QLabel *>(u"securityBadge"_s)->isHidden());
}

void TestMainWindow::securityBadge_data()
{
    QTest::addColumn<QString>("authType");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("badge"); // empty: none
    QTest::addRow("verify: false") << u"none"_s << QString() << false << u"TLS not verified"_s;
    QTest::addRow("password over http") << u"password"_s << u"http://127.0.0.1:9/v3"_s << true
                                        << u"Credentials over plain http"_s;
    QTest::addRow("both") << u"password"_s << u"http://127.0.0.1:9/v3"_s << false
                          << u"TLS not verified · Credentials over plain http"_s;
    QTest::addRow("https, verified") << u"password"_s << u"https://127.0.0.1:9/v3"_s << true << QString();
    QTest::addRow("no auth, verified") << u"none"_s << QString() << true << QString();
}

// A cloud with TLS verification off or credentials over plain http carries a red badge in the
// status bar for as long as it is connected (the tooltip says why); the sandbox and a safe
// cloud carry none.
void TestMainWindow::securityBadge()
{
    QFETCH(QString, authType);
    QFETCH(QString, url);
    QFETCH(bool, verify);
    QFETCH(QString, badge);
    openstack::CloudProfile profile;
    profile.name = u"risky"_s;
    profile.authTypeName = authType;
    profile.authUrl = QUrl(url);
    profile.username = u"alice"_s;
    profile.password = Secret(u"pw"_s);
    profile.endpoint = m_sandbox->cloudProfile().endpoint; // auth none: the sandbox answers
    profile.verifyTls = verify;
    openstack::CloudConfig config;
    config.clouds.append(profile);
    m_window->setNetworkAccessManager(m_sandbox->networkAccessManager());
    m_window->setClouds(config);
    const SecurityLog log;
    QVERIFY(m_window->selectCloud(u"risky"_s));
    auto *label = m_window->findChild<QLabel *>(u"securityBadge"_s);
    QVERIFY(label);
    QCOMPARE(!label->isHidden(), !badge.isEmpty());
    if (!badge.isEmpty()) {
        QCOMPARE(label->text(), badge);
        QVERIFY2(label->toolTip().contains(u"risky"_s), qPrintable(label->toolTip()));
    }
    // Persistent: still there after a refresh, gone on the sandbox.
    m_window->workspace()->refresh();
    QTRY_VERIFY(!m_window->workspace()->isRefreshing());
    QCOMPARE(!label->isHidden(), !badge.isEmpty());
    // Logged once a connection: each warning one line, not again by the session or a refresh.
    const qsizetype warnings = profile.securityWarnings().size();
    QVERIFY2(log.lines().size() == warnings, qPrintable(log.lines().join(u'\n')));
    QVERIFY(m_window->selectCloud(CloudListModel::sandboxName()));
    QVERIFY(label->isHidden());
    QVERIFY(m_window->selectCloud(u"risky"_s));
    m_window->workspace()->refresh();
    QTRY_VERIFY(!m_window->workspace()->isRefreshing());
    QVERIFY2(log.lines().size() == 2 * warnings, qPrintable(log.lines().join(u'\n')));
}

// Every test has a HOME and XDG tree of its own (tests/CMakeLists.txt): tests run in parallel.
void TestMainWindow::privateHome()
{
    const QString home = qEnvironmentVariable("HOME");
    QCOMPARE(QFileInfo(home).fileName(), QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        QVERIFY2(qEnvironmentVariable(variable).startsWith(home + u'/'), variable);
    QCOMPARE(QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).permissions()
                 & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(QSettings().fileName().startsWith(home + u'/'));
}

void TestMainWindow::deleteConfirmationCopiesTheCommands()
{
    // Copy keeps the question open (with the check box as left), Cancel deletes nothing.
    MainWindow &window = *m_window;
    window.setView(u"resources:ipsec-site-connections"_s);
    QGuiApplication::clipboard()->clear();
    bool stillChecked = false;
    bool cancelled = false;
    whenModal([&](QMessageBox *box) {
        box->findChild<QCheckBox *>(u"deleteOrphans"_s)->setChecked(true);
        whenModal([&](QMessageBox *again) {
            stillChecked = again->findChild<QCheckBox *>(u"deleteOrphans"_s)->isChecked();
            again->button(QMessageBox::Cancel)->click();
            cancelled = true;
        });
        box->findChild<QPushButton *>(u"copyCommands"_s)->click();
    });
    action(window, u"&Delete…"_s)->trigger();
    QVERIFY(cancelled);
    QVERIFY(stillChecked);
    const QString expected = u"# The offline sandbox is simulated: no cloud has these resources. On a real\n"
                             "# cloud, add --os-cloud NAME after openstack.\n\n"
                             "openstack vpn ipsec site connection delete conn\n\n"
                             "openstack vpn endpoint group delete ep_subnet ep_cidr\n\n"
                             "openstack vpn ike policy delete ikepolicy\n\n"
                             "openstack vpn ipsec policy delete ipsecpolicy"_s;
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(m_sandbox->server()->state().connections.size(), 1);
}

void TestMainWindow::rowMenuCopiesTheShowCommand()
{
    MainWindow &window = *m_window;
    window.setView(u"resources:ike-policies"_s);
    ResourceView *view = window.resourceView(ResourceKind::IkePolicy);
    QTableView *table = view->table();
    QGuiApplication::clipboard()->clear();
    Q_EMIT table->customContextMenuRequested(table->visualRect(table->model()->index(0, 0)).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = view->findChild<QMenu *>(u"rowMenu"_s)) && menu->isVisible());
    QAction *copy = menu->findChild<QAction *>(u"copyCliCommand"_s);
    QVERIFY(copy);
    QCOMPARE(copy->text(), u"Copy as &CLI Command"_s);
    copy->trigger();
    menu->close();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"# The offline sandbox is simulated: no cloud has these resources. On a real\n"
             "# cloud, add --os-cloud NAME after openstack.\n\nopenstack vpn ike policy show ikepolicy"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
