// SPDX-License-Identifier: Apache-2.0
// Keyboard and screen reader access to every wizard page and dialog: Tab alone walks each of
// them (every page of each resource wizard, of the guided wizard, each edit dialog, the login,
// monitoring settings and diagnosis dialogs; the delete confirmation, the leftover clean-up prompt
// and the question when the cloud is switched during a guided run) without a trap, reaches
// Next/Create/Save/OK (every button of a message box), and every widget it reaches is visible and
// has a name for a screen reader (what QAccessible gives it, as Orca would get it). The mnemonics
// of a page or dialog are unique; a message box's buttons of the console's own each have one.
// The whole guided wizard is then completed with key presses alone, and its resources exist.
#include "sandboxcloud.h"
#include "windowcatalogue.h"

#include "diagnosis/diagnosisdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "monitoring/monitoringsettingsdialog.h"
#include "wizards/connectionpages.h"
#include "wizards/editdialog.h"
#include "wizards/endpointgrouppage.h"
#include "wizards/policypages.h"
#include "wizards/resourcewizard.h"
#include "wizards/sitetositewizard.h"

#include "itemmodels/resourcekind.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "workspace/leftoverjournal.h"
#include "workspace/sitetositerun.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;
using namespace vpnaas::ui::testing;

namespace {

/*! The name a screen reader gets for \a widget. */
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    return u"%1 “%2”"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

/*! The mnemonic letter of \a text ("&Next" → N), or a null char. */
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

struct Walk {
    QList<QWidget *> reached;
    QStringList problems;
};

/*!
 * Presses Tab from the focus widget until the focus comes back to a widget it reached already;
 * says which widget was hidden, nameless, kept the focus or let it leave \a window.
 */
Walk walkByTab(QWidget *window, int maxSteps = 80)
{
    Walk walk;
    // The window's focus widget: a modal box opened from inside a test is not always active.
    QWidget *current = window->focusWidget();
    if (!current) {
        walk.problems.append(u"no focus widget in the window at the start"_s);
        return walk;
    }
    for (int step = 0; step < maxSteps; ++step) {
        walk.reached.append(current);
        if (!current->isVisible())
            walk.problems.append(describe(current) + u" has the focus but is not visible"_s);
        if (accessibleName(current).isEmpty())
            walk.problems.append(describe(current) + u" has no accessible name"_s);
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = window->focusWidget();
        if (next == current) {
            walk.problems.append(describe(current) + u" keeps the focus on Tab"_s);
            return walk;
        }
        if (!next || next->window() != window) {
            walk.problems.append(u"Tab from %1 leaves the window"_s.arg(describe(current)));
            return walk;
        }
        if (walk.reached.contains(next))
            return walk;
        current = next;
    }
    walk.problems.append(u"the focus does not come back within %1 Tabs"_s.arg(maxSteps));
    return walk;
}

QString names(const QList<QWidget *> &widgets)
{
    QStringList list;
    for (const QWidget *w : widgets)
        list.append(describe(w));
    return list.join(u", "_s);
}

/*!
 * The mnemonics shown in \a window twice: the visible labels with a buddy, buttons and tabs
 * (a mnemonic the window shows twice reaches only one of them).
 */
QStringList duplicateMnemonics(QWidget *window)
{
    QHash<QChar, QStringList> owners;
    const auto note = [&](const QString &text) {
        if (const QChar m = mnemonicOf(text); !m.isNull())
            owners[m].append(text);
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy() && label->buddy()->isEnabled())
            note(label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->isEnabled())
            note(button->text());
    }
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            note(tabs->tabText(i));
    }
    QStringList duplicates;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            duplicates.append(u"%1: %2"_s.arg(it.key(), it->join(u", "_s)));
    }
    return duplicates;
}

bool focusWindow(QWidget *window)
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    // A modal box opened from inside a test may stay inactive: its own focus widget still counts.
    const bool active = QTest::qWaitForWindowActive(window, 1000);
    Q_UNUSED(active);
    if (!window->focusWidget()) {
        // Nothing took the focus: the first widget Tab would reach.
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
    return window->focusWidget() != nullptr;
}

/*!
 * The buttons of \a box without a mnemonic, of those whose text is the console's (a standard
 * button's text is the platform theme's).
 */
QStringList missingMnemonics(QMessageBox *box)
{
    QStringList missing;
    for (QAbstractButton *button : box->buttons()) {
        if (box->standardButton(button) == QMessageBox::NoButton && mnemonicOf(button->text()).isNull())
            missing.append(u"%1 “%2” has no mnemonic"_s.arg(describe(button), button->text()));
    }
    return missing;
}

/*!
 * Walks the first modal message box named \a name that opens while it lives, from inside the
 * box's own event loop (exec() returns only when the box is closed), then rejects the box: Tab
 * walks it without a trap and reaches every button; mnemonics are unique and each button the
 * console names has one.
 */
class MessageBoxWalk
{
public:
    explicit MessageBoxWalk(const QString &name)
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this, name] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name || m_seen)
                return;
            m_seen = true;
            m_poll.stop();
            walk(box);
            box->reject();
        });
        m_poll.start();
    }

    bool seen() const { return m_seen; }
    /*! What is wrong with the box; empty when nothing. */
    const QStringList &problems() const { return m_problems; }
    /*! The object names of the box's buttons. */
    const QStringList &buttons() const { return m_buttons; }

private:
    void walk(QMessageBox *box)
    {
        Walk walk;
        if (focusWindow(box))
            walk = walkByTab(box);
        else
            walk.problems.append(u"the box has no focus (focus: %1, active: %2)"_s.arg(
                QApplication::focusWidget() ? describe(QApplication::focusWidget()) : u"none"_s,
                QApplication::activeWindow() ? describe(QApplication::activeWindow()) : u"none"_s));
        m_problems = walk.problems;
        for (QAbstractButton *button : box->buttons()) {
            m_buttons.append(button->objectName());
            if (!walk.reached.contains(button))
                m_problems.append(button->text() + u" is not reached by Tab, only "_s + names(walk.reached));
        }
        m_problems += duplicateMnemonics(box);
        m_problems += missingMnemonics(box);
    }

    QTimer m_poll;
    bool m_seen = false;
    QStringList m_problems;
    QStringList m_buttons;
};

const QString kPsk = u"correct-horse-battery-staple-42"_s;

} // namespace

class TestKeyboardAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabWalksEveryPage_data();
    void tabWalksEveryPage();
    void deleteConfirmationByTab();
    void leftoverPromptByTab();
    void switchDuringRunByTab();
    void guidedWizardByKeyboardAlone();

private:
    std::unique_ptr<SandboxCloud> m_cloud;
};

void TestKeyboardAccess::init()
{
    QSettings().clear();
    m_cloud = std::make_unique<SandboxCloud>(SandboxCloud::Agent::Settled);
    QVERIFY2(m_cloud->error().isEmpty(), qPrintable(m_cloud->error()));
}

void TestKeyboardAccess::cleanup()
{
    // A modifier left pressed changes what the next test's keys do.
    QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    m_cloud.reset();
}

void TestKeyboardAccess::tabWalksEveryPage_data()
{
    addWindowRows();
}

void TestKeyboardAccess::tabWalksEveryPage()
{
    QFETCH(Target, target);
    QFETCH(int, kind);
    QFETCH(int, page);
    QAbstractButton *defaultButton = nullptr;
    std::unique_ptr<QWidget> window = openWindow(m_cloud->workspace(), target, kind, page, &defaultButton);
    QVERIFY(window);
    QVERIFY(defaultButton);
    QVERIFY2(defaultButton->isEnabled(), qPrintable(defaultButton->text()));
    QVERIFY(focusWindow(window.get()));
    const Walk walk = walkByTab(window.get());
    QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u"; "_s)));
    QVERIFY2(walk.reached.size() >= 2, qPrintable(u"%1 widget(s) reached"_s.arg(walk.reached.size())));
    QVERIFY2(walk.reached.contains(defaultButton),
             qPrintable(defaultButton->text() + u" is not reached by Tab, only "_s + names(walk.reached)));
    const QStringList duplicates = duplicateMnemonics(window.get());
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u"; "_s)));
}

// The delete confirmation is a modal message box: walked from inside its event loop.
void TestKeyboardAccess::deleteConfirmationByTab()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY2(sandbox.open(&error), qPrintable(error));
    MainWindow window;
    window.setOfflineCloud(&sandbox);
    window.setClouds({});
    QSignalSpy refreshed(window.workspace(), &Workspace::refreshSucceeded);
    QVERIFY(window.selectCloud(window.initialCloud()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty() && !window.workspace()->isRefreshing(); }, 10000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    MessageBoxWalk walk(u"deleteConfirmation"_s);
    const ServerState before = window.workspace()->state();
    window.setView(u"resources:ipsec-site-connections"_s);
    QAction *remove = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete))
            remove = action;
    }
    QVERIFY(remove);
    remove->trigger();
    QTRY_VERIFY(walk.seen());
    QVERIFY2(walk.problems().isEmpty(), qPrintable(walk.problems().join(u"; "_s)));
    QVERIFY(walk.buttons().contains(u"confirmDelete"_s));
    QCOMPARE(window.workspace()->state().connections.size(), before.connections.size());
}

// The prompt offered on connecting to a cloud where an earlier guided run left resources; Later
// (what the walk answers) keeps them in the journal.
void TestKeyboardAccess::leftoverPromptByTab()
{
    const QString key = LeftoverJournal::cloudKey(m_cloud->workspace()->profile());
    const Leftover leftover{ResourceKind::IpsecPolicy, {}, {}, u"vpnaas-console run 1234"_s, {}};
    LeftoverJournal::add(key, {leftover});
    MainWindow window;
    window.setOfflineCloud(m_cloud->sandbox());
    window.setClouds({});
    MessageBoxWalk walk(u"leftoverPrompt"_s);
    QVERIFY(window.selectCloud(window.initialCloud()));
    QTRY_VERIFY(walk.seen());
    QVERIFY2(walk.problems().isEmpty(), qPrintable(walk.problems().join(u"; "_s)));
    QVERIFY(walk.buttons().contains(u"cleanUpLeftovers"_s));
    QVERIFY(LeftoverJournal::entries(key) == QList<Leftover>{leftover});
}

// The question when another cloud is chosen while the guided wizard creates; the walk's answer
// (the box rejected) keeps the run, which closing the wizard then rolls back.
void TestKeyboardAccess::switchDuringRunByTab()
{
    sandbox::Sandbox *sandbox = m_cloud->sandbox();
    const ServerState before = sandbox->server()->state();
    MainWindow window;
    SiteToSiteWizard *wizard = guidedSummaryBesideAnotherCloud(window, sandbox);
    QVERIFY(wizard);
    // The VPN service (step 3) is created but never answered: the run stays in Creating.
    sandbox::SandboxNetworkAccessManager::Fault hang{"POST", u"/v2.0/vpn/vpnservices"_s};
    hang.mode = sandbox::SandboxNetworkAccessManager::Fault::Mode::CommitThenHang;
    sandbox->networkAccessManager()->injectFault(hang);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->networkAccessManager()->pendingFaults(), 0, 10000);

    MessageBoxWalk walk(u"switchDuringRun"_s);
    QVERIFY(window.selectCloud(u"other"_s));
    QVERIFY(walk.seen());
    QVERIFY2(walk.problems().isEmpty(), qPrintable(walk.problems().join(u"; "_s)));
    QCOMPARE(walk.buttons().size(), 2);
    QVERIFY(window.workspace()->isSimulated()); // still on the sandbox
    QVERIFY(window.findChild<SiteToSiteRun *>());
    QCOMPARE(window.findChild<SiteToSiteRun *>()->state(), SiteToSiteRun::State::Creating);

    wizard->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<SiteToSiteRun *>(), 10000);
    QCOMPARE(sandbox->server()->state().vpnServices.size(), before.vpnServices.size());
    QCOMPARE(sandbox->server()->state().ikePolicies.size(), before.ikePolicies.size());
}

// From the first page to Create with key presses only: typing, Tab, Space on buttons, arrows in a combo.
void TestKeyboardAccess::guidedWizardByKeyboardAlone()
{
    Workspace *workspace = m_cloud->workspace();
    const ServerState before = m_cloud->sandbox()->server()->state();
    SiteToSiteWizard wizard(workspace);
    QVERIFY(focusWindow(&wizard));

    const auto tabTo = [&](QWidget *target) {
        for (int i = 0; i < 60; ++i) {
            if (QApplication::focusWidget() == target)
                return true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        qWarning("%s not reached by Tab", qPrintable(describe(target)));
        return false;
    };
    const auto press = [&](QWizard::WizardButton which) {
        QAbstractButton *button = wizard.button(which);
        if (!tabTo(button))
            return false;
        QTest::keyClick(button, Qt::Key_Space);
        return true;
    };
    const auto field = [&](QWizardPage *page, const QString &name) { return page->findChild<QWidget *>(name); };

    // IKE policy: a name of our own, typed after the proposed one.
    auto *ikeName = qobject_cast<QLineEdit *>(field(wizard.ikePolicyPage(), u"name"_s));
    QVERIFY(ikeName);
    const QString ikeNameText = ikeName->text() + u"-kb"_s;
    QVERIFY(tabTo(ikeName));
    QTest::keyClick(ikeName, Qt::Key_End);
    QTest::keyClicks(ikeName, u"-kb"_s);
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::IpsecPage));
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::ServicePage));
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::LocalGroupPage));
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::PeerGroupPage));

    auto *cidrs = qobject_cast<QPlainTextEdit *>(field(wizard.peerGroupPage(), u"cidrs"_s));
    QVERIFY(cidrs);
    QVERIFY(tabTo(cidrs));
    QTest::keyClicks(cidrs, u"198.51.100.0/24"_s);
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::ConnectionPageId));

    ConnectionPage *connection = wizard.connectionPage();
    QVERIFY(tabTo(field(connection, u"peer_address"_s)));
    QTest::keyClicks(QApplication::focusWidget(), u"203.0.113.9"_s);
    QVERIFY(tabTo(field(connection, u"pskEdit"_s)));
    QTest::keyClicks(QApplication::focusWidget(), kPsk);
    QVERIFY(tabTo(field(connection, u"psk_confirm"_s)));
    QTest::keyClicks(QApplication::focusWidget(), kPsk);
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::OptionsPage));

    // Dead peer detection: the next action down the list, by arrow key.
    auto *dpdAction = qobject_cast<QComboBox *>(field(wizard.optionsPage(), u"dpdAction"_s));
    QVERIFY(dpdAction);
    const int dpdBefore = dpdAction->currentIndex();
    QVERIFY(tabTo(dpdAction));
    QTest::keyClick(dpdAction, Qt::Key_Down);
    QCOMPARE(dpdAction->currentIndex(), dpdBefore + 1);
    const QString dpd = dpdAction->currentData().toString();
    QVERIFY(press(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(SiteToSiteWizard::SummaryPageId));

    QSignalSpy created(&wizard, &SiteToSiteWizard::created);
    QVERIFY(press(QWizard::FinishButton));
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->runningJobs(), 0, 10000);

    const ServerState after = m_cloud->sandbox()->server()->state();
    const IpsecSiteConnection *c = after.connection(wizard.connectionId());
    QVERIFY(c);
    QCOMPARE(after.connections.size(), before.connections.size() + 1);
    QCOMPARE(c->peerAddress, u"203.0.113.9"_s);
    QCOMPARE(c->psk.reveal(), kPsk);
    QCOMPARE(c->dpd.action.api(), dpd);
    QVERIFY(after.ikePolicy(c->ikepolicyId));
    QCOMPARE(after.ikePolicy(c->ikepolicyId)->name, ikeNameText);
    QVERIFY(after.ipsecPolicy(c->ipsecpolicyId));
    QVERIFY(after.vpnService(c->vpnserviceId));
    QVERIFY(after.endpointGroup(c->localEpGroupId));
    QVERIFY(after.endpointGroup(c->peerEpGroupId));
    QCOMPARE(after.endpointGroup(c->peerEpGroupId)->endpoints, (QStringList{u"198.51.100.0/24"_s}));
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
