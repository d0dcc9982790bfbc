// SPDX-License-Identifier: Apache-2.0
// The guided wizard against the sandbox: the whole flow creates six resources wired together;
// a fault injected at each of its six steps leaves zero new resources and says what happened;
// reusing existing resources creates only the rest; the summary's CLI names everything and
// never the key. The run outlives its dialog: closing the wizard in any way while it creates
// means cancel, then roll back; closing during the rollback lets it finish; a write the server
// committed but answered with an error is found again by the run tag, not repeated; a cloud
// switch stops the run and its rollback stays on the cloud it started on; what cannot be deleted
// is journalled and offered for clean-up at the next connect; the report sits in the page.
#include "config/configview.h"
#include "preview/configpreview.h"
#include "sandboxcloud.h"
#include "windowcatalogue.h"
#include "wizards/connectionpages.h"
#include "wizards/endpointgrouppage.h"
#include "wizards/policypages.h"
#include "wizards/servicepage.h"
#include "wizards/sitetositewizard.h"

#include "mainwindow.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "workspace/leftoverjournal.h"
#include "workspace/sitetositerun.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;
using namespace vpnaas::ui::testing;

namespace {

const QString kPsk = u"correct-horse-battery-staple-42"_s;

int total(const ServerState &s)
{
    return int(s.ikePolicies.size() + s.ipsecPolicies.size() + s.vpnServices.size() + s.endpointGroups.size()
               + s.connections.size());
}

using Fault = sandbox::SandboxNetworkAccessManager::Fault;
using Mode = Fault::Mode;

const QStringList kPaths
    = {u"/v2.0/vpn/ikepolicies"_s,     u"/v2.0/vpn/ipsecpolicies"_s,   u"/v2.0/vpn/vpnservices"_s,
       u"/v2.0/vpn/endpoint-groups"_s, u"/v2.0/vpn/endpoint-groups"_s, u"/v2.0/vpn/ipsec-site-connections"_s};

/*! A fault on the POST of guided step \a step (1-6): step 5 is the second endpoint group. */
Fault stepFault(int step, Mode mode, int status = 503)
{
    Fault fault{
        "POST", kPaths[step - 1], status, u"HTTPServiceUnavailable"_s, u"The server is currently unavailable."_s, 1};
    fault.mode = mode;
    fault.skip = step == 5 ? 1 : 0;
    return fault;
}

} // namespace

class TestSiteToSiteWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsTheWholeTunnel();
    void faultAtEachStepLeavesNothing_data();
    void faultAtEachStepLeavesNothing();
    void reusesExistingResources();
    void existingChoiceShowsItsValues();
    void summaryAndCli();
    void summarySaysWhatWillNotComeUp();
    void summaryCommandsScrollWithTheKeyboard();
    void closingWhileCreatingRollsBack_data();
    void closingWhileCreatingRollsBack();
    void closingDuringRollbackLetsItFinish();
    void committedThenFailedIsFoundAgain_data();
    void committedThenFailedIsFoundAgain();
    void rollbackFailureIsReportedAndJournalled();
    void cloudSwitchKeepsTheRunOnItsCloud();
    void failureReportIsInThePage();
    void quitWaitsForTheRollback();
    void switchingCloudWhileCreatingAsks_data();
    void switchingCloudWhileCreatingAsks();
    void leftoversOfferedAtNextConnect();

private:
    SiteToSiteWizard *openAtSummary();
    void fillRequired(SiteToSiteWizard &wizard);
    bool goToSummary(SiteToSiteWizard &wizard);

    std::unique_ptr<SandboxCloud> m_cloud;
    sandbox::Sandbox *m_sandbox = nullptr;
    Workspace *m_workspace = nullptr;
};

void TestSiteToSiteWizard::init()
{
    QSettings().remove(u"leftovers"_s);
    m_cloud = std::make_unique<SandboxCloud>();
    QVERIFY2(m_cloud->error().isEmpty(), qPrintable(m_cloud->error()));
    m_sandbox = m_cloud->sandbox();
    m_workspace = m_cloud->workspace();
}

void TestSiteToSiteWizard::cleanup()
{
    // A modifier left pressed changes what the next test's clicks and keys do.
    QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    m_cloud.reset();
}

void TestSiteToSiteWizard::fillRequired(SiteToSiteWizard &wizard)
{
    wizard.peerGroupPage()->setCidrs({u"198.51.100.0/24"_s});
    wizard.connectionPage()->setPeer(u"203.0.113.9"_s);
    wizard.connectionPage()->setPsk(kPsk, kPsk);
}

bool TestSiteToSiteWizard::goToSummary(SiteToSiteWizard &wizard)
{
    while (wizard.currentId() != SiteToSiteWizard::SummaryPageId) {
        if (!wizard.currentPage()->isComplete() || !wizard.button(QWizard::NextButton)->isEnabled()) {
            qWarning("stuck on page %d", wizard.currentId());
            return false;
        }
        wizard.next();
    }
    return true;
}

void TestSiteToSiteWizard::createsTheWholeTunnel()
{
    const ServerState before = m_sandbox->server()->state();
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    QSignalSpy created(&wizard, &SiteToSiteWizard::created);
    const auto *network = m_sandbox->networkAccessManager();
    const int postsBefore = network->requestCount("POST");
    const int getsBefore = network->requestCount("GET");
    m_sandbox->networkAccessManager()->resetMaxInFlight();
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isSubmitting());
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    // The search for duplicates lists every kind it posted at once, not one after the other.
    QVERIFY2(network->maxInFlight("GET") >= 5, qPrintable(u"%1 GETs at once"_s.arg(network->maxInFlight("GET"))));
    QVERIFY(!wizard.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->runningJobs(), 0, 10000);
    // Six POSTs; the run's check for duplicates (one search by its tag per kind it posted: 5);
    // the statuses after the connection's POST (its service's follows it: 2). No refresh of
    // everything after each write (54 GETs before).
    QCOMPARE(network->requestCount("POST") - postsBefore, 6);
    const int gets = network->requestCount("GET") - getsBefore;
    QVERIFY2(gets <= 7, qPrintable(u"%1 GETs for the guided create"_s.arg(gets)));

    const ServerState after = m_sandbox->server()->state();
    QCOMPARE(total(after), total(before) + 6);
    const IpsecSiteConnection *c = after.connection(wizard.connectionId());
    QVERIFY(c);
    QCOMPARE(c->name, u"conn-2"_s);
    QCOMPARE(c->peerAddress, u"203.0.113.9"_s);
    QCOMPARE(c->psk.reveal(), kPsk);
    QCOMPARE(after.ikePolicy(c->ikepolicyId)->name, u"ikepolicy-2"_s);
    QCOMPARE(after.ikePolicy(c->ikepolicyId)->pfs.api(), u"group14"_s);
    QCOMPARE(after.ipsecPolicy(c->ipsecpolicyId)->name, u"ipsecpolicy-2"_s);
    QCOMPARE(after.vpnService(c->vpnserviceId)->name, u"vpn-2"_s);
    QCOMPARE(after.vpnService(c->vpnserviceId)->routerId, before.routers.first().id);
    QCOMPARE(after.endpointGroup(c->localEpGroupId)->endpoints,
             (QStringList{before.routers.first().interfaces.first().subnetId}));
    QCOMPARE(after.endpointGroup(c->peerEpGroupId)->endpoints, (QStringList{u"198.51.100.0/24"_s}));
}

void TestSiteToSiteWizard::faultAtEachStepLeavesNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("step");
    QTest::addRow("1 IKE policy") << u"/v2.0/vpn/ikepolicies"_s << 1;
    QTest::addRow("2 IPsec policy") << u"/v2.0/vpn/ipsecpolicies"_s << 2;
    QTest::addRow("3 VPN service") << u"/v2.0/vpn/vpnservices"_s << 3;
    QTest::addRow("4 local group") << u"/v2.0/vpn/endpoint-groups"_s << 4;
    QTest::addRow("6 connection") << u"/v2.0/vpn/ipsec-site-connections"_s << 6;
    QTest::addRow("5 peer group") << u"/v2.0/vpn/endpoint-groups"_s << 5;
}

void TestSiteToSiteWizard::faultAtEachStepLeavesNothing()
{
    QFETCH(QString, path);
    QFETCH(int, step);
    const ServerState before = m_sandbox->server()->state();
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));

    // Step 5 is the second endpoint group: let the first POST through, fail the second.
    sandbox::SandboxNetworkAccessManager::Fault fault{
        "POST", path, 503, u"HTTPServiceUnavailable"_s, u"The server is currently unavailable."_s, 1};
    if (step == 5) {
        QObject::connect(m_workspace, &Workspace::stateChanged, this, [this, fault, done = false]() mutable {
            if (!done && m_workspace->state().endpointGroups.size() == 3) {
                done = true;
                m_sandbox->networkAccessManager()->injectFault(fault);
            }
        });
    } else {
        m_sandbox->networkAccessManager()->injectFault(fault);
    }
    QSignalSpy failed(&wizard, &SiteToSiteWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);

    const ServerState after = m_sandbox->server()->state();
    QCOMPARE(total(after), total(before));
    QCOMPARE(after.ikePolicies, before.ikePolicies);
    QCOMPARE(after.endpointGroups, before.endpointGroups);
    const QString report = failed[0][0].toString();
    QVERIFY2(report.contains(u"Step %1 of 6"_s.arg(step)), qPrintable(report));
    QVERIFY2(report.contains(u"currently unavailable"_s), qPrintable(report));
    QVERIFY2(step == 1 ? report.contains(u"Nothing had been created"_s) : report.contains(u"Deleted again"_s),
             qPrintable(report));
    QCOMPARE(wizard.statusText(), report);
    QVERIFY(wizard.isVisible()); // still open with everything entered
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestSiteToSiteWizard::reusesExistingResources()
{
    const ServerState before = m_sandbox->server()->state();
    SiteToSiteWizard wizard(m_workspace);
    wizard.connectionPage()->setPeer(u"203.0.113.10"_s);
    wizard.connectionPage()->setPsk(kPsk, kPsk);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (QWizardPage *page :
         {static_cast<QWizardPage *>(wizard.ikePolicyPage()), static_cast<QWizardPage *>(wizard.ipsecPolicyPage()),
          static_cast<QWizardPage *>(wizard.vpnServicePage()), static_cast<QWizardPage *>(wizard.localGroupPage()),
          static_cast<QWizardPage *>(wizard.peerGroupPage())}) {
        QCOMPARE(wizard.currentPage(), page);
        auto *existing = page->findChild<QRadioButton *>(u"useExisting"_s);
        QVERIFY(existing && existing->isEnabled());
        existing->setChecked(true);
        QVERIFY(page->isComplete());
        wizard.next();
    }
    QVERIFY(goToSummary(wizard));
    QVERIFY(wizard.summaryPage()->summaryText().contains(u"Existing IKE policy “ikepolicy”"_s));
    QSignalSpy created(&wizard, &SiteToSiteWizard::created);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    const ServerState after = m_sandbox->server()->state();
    QCOMPARE(total(after), total(before) + 1);
    const IpsecSiteConnection *c = after.connection(wizard.connectionId());
    QCOMPARE(c->ikepolicyId, before.ikePolicies.first().id);
    QCOMPARE(c->vpnserviceId, before.vpnServices.first().id);
    QCOMPARE(c->peerEpGroupId, before.endpointGroups[1].id);
}

// "Use an existing one" shows that resource's values (greyed), not the new draft's; "Create a new
// one" brings back what was typed. A local group is listed by its subnets' names, not their ids.
void TestSiteToSiteWizard::existingChoiceShowsItsValues()
{
    const ServerState &state = m_sandbox->server()->state();
    SiteToSiteWizard wizard(m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QWizardPage *page = wizard.ikePolicyPage();
    QCOMPARE(wizard.currentPage(), page);
    auto *name = page->findChild<QLineEdit *>(u"name"_s);
    auto *encryption = page->findChild<QComboBox *>(u"encryption_algorithm"_s);
    QVERIFY(name && encryption);
    name->setText(u"mine"_s);
    encryption->setCurrentIndex(encryption->findData(u"aes-256"_s));
    QVERIFY(encryption->currentIndex() >= 0);
    page->findChild<QRadioButton *>(u"useExisting"_s)->setChecked(true);
    QCOMPARE(name->text(), state.ikePolicies.first().name);
    QCOMPARE(encryption->currentData().toString(), state.ikePolicies.first().encryptionAlgorithm.api());
    QVERIFY(!name->isEnabled());
    page->findChild<QRadioButton *>(u"createNew"_s)->setChecked(true);
    QCOMPARE(name->text(), u"mine"_s);
    QCOMPARE(encryption->currentData().toString(), u"aes-256"_s);
    QVERIFY(name->isEnabled());

    while (wizard.currentPage() != wizard.localGroupPage()) {
        wizard.currentPage()->findChild<QRadioButton *>(u"useExisting"_s)->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
    }
    auto *existing = wizard.localGroupPage()->findChild<QComboBox *>(u"existing"_s);
    QVERIFY(existing && existing->count() > 0);
    const QString label = existing->itemText(0);
    QVERIFY2(label.contains(u"private-subnet 10.1.0.0/24"_s), qPrintable(label));
    for (const EndpointGroup &group : state.endpointGroups) {
        for (const QString &endpoint : group.endpoints)
            QVERIFY2(!label.contains(endpoint) || group.type == EndpointGroupType::Cidr, qPrintable(label));
    }
}

void TestSiteToSiteWizard::summaryAndCli()
{
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    const QString cli = wizard.summaryPage()->cliText();
    for (const QString &expected :
         {u"openstack vpn ike policy create"_s, u"--pfs group14"_s, u"ikepolicy-2"_s,
          u"openstack vpn ipsec policy create"_s, u"openstack vpn service create"_s, u"--router router1"_s,
          u"--type subnet"_s, u"--value private-subnet"_s, u"--value 198.51.100.0/24"_s, u"IFS= read -r VPN_PSK"_s,
          u"--psk \"$VPN_PSK\""_s, u"--peer-address 203.0.113.9"_s, u"--local-endpoint-group ep_subnet-2"_s,
          u"--peer-endpoint-group ep_cidr-2"_s, u"--dpd action=hold,interval=30,timeout=120"_s}) {
        QVERIFY2(cli.contains(expected), qPrintable(expected + u"\n"_s + cli));
    }
    QVERIFY(!cli.contains(kPsk));
    QVERIFY(!wizard.summaryPage()->summaryText().contains(kPsk));
    // The files both gateways will run, before anything exists; the key masked.
    ConfigView *config = wizard.summaryPage()->configView();
    QVERIFY(config);
    const QString own = config->preview(u"own/ipsec.conf"_s)->text();
    QVERIFY2(own.contains(u"conn planned-connection"_s), qPrintable(own));
    QVERIFY(own.contains(u"right=203.0.113.9"_s));
    QVERIFY(own.contains(u"rightsubnet=198.51.100.0/24"_s));
    QVERIFY(own.contains(u"ike=aes256-sha256-modp2048"_s));
    QVERIFY(own.contains(u"keyexchange=ikev2"_s));
    QVERIFY(config->preview(u"peer/ipsec.conf"_s)->text().contains(u"left=203.0.113.9"_s));
    QVERIFY(!config->preview(u"own/ipsec.secrets"_s)->text().contains(QString::fromLatin1(kPsk.toUtf8().toBase64())));
    const QStringList lines = wizard.summaryLines();
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[2].contains(u"gateway"_s));
}

void TestSiteToSiteWizard::summarySaysWhatWillNotComeUp()
{
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    QVERIFY(!wizard.summaryPage()->summaryText().contains(u"will not come up"_s));
    // Transport mode between subnets: strongSwan builds no IPsec SA (lint transport-mode-subnets).
    auto *encapsulation = wizard.ipsecPolicyPage()->findChild<QComboBox *>(u"encapsulation_mode"_s);
    QVERIFY(encapsulation);
    encapsulation->setCurrentIndex(encapsulation->findData(u"transport"_s));
    QCOMPARE(encapsulation->currentData().toString(), u"transport"_s);
    wizard.back();
    wizard.next();
    QCOMPARE(wizard.currentPage(), wizard.summaryPage());
    const QString summary = wizard.summaryPage()->summaryText();
    QVERIFY2(summary.contains(u"This connection will not come up: Transport mode protects only traffic"_s),
             qPrintable(summary));
}

void TestSiteToSiteWizard::summaryCommandsScrollWithTheKeyboard()
{
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.resize(700, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    auto *cli = wizard.summaryPage()->findChild<QPlainTextEdit *>(u"cli"_s);
    QVERIFY(cli);
    wizard.summaryPage()->findChild<QTabWidget *>(u"summaryTabs"_s)->setCurrentIndex(0);
    QVERIFY(cli->focusPolicy() & Qt::TabFocus);
    cli->setFocus();
    QVERIFY(cli->verticalScrollBar()->maximum() > 0); // more commands than lines shown
    QCOMPARE(cli->verticalScrollBar()->value(), 0);
    QTest::keyClick(cli, Qt::Key_PageDown);
    QVERIFY(cli->verticalScrollBar()->value() > 0);
    const int afterPage = cli->verticalScrollBar()->value();
    QTest::keyClick(cli, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(cli, Qt::Key_Control); // Qt 6.4's QTest leaves Ctrl held otherwise
    QVERIFY(cli->textCursor().atEnd());
    QVERIFY(cli->verticalScrollBar()->value() > afterPage);
    // The last command is in view.
    QVERIFY(cli->viewport()->rect().contains(cli->cursorRect()));
}

SiteToSiteWizard *TestSiteToSiteWizard::openAtSummary()
{
    auto *wizard = new SiteToSiteWizard(m_workspace);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    fillRequired(*wizard);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard) || !goToSummary(*wizard)) {
        delete wizard;
        return nullptr;
    }
    return wizard;
}

void TestSiteToSiteWizard::closingWhileCreatingRollsBack_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("how");
    for (int step : {1, 3, 6}) {
        QTest::addRow("step %d, request pending, Escape", step) << step << int(Mode::Hang) << u"escape"_s;
        QTest::addRow("step %d, committed, answer pending, Escape", step)
            << step << int(Mode::CommitThenHang) << u"escape"_s;
        QTest::addRow("step %d, committed, answer pending, close()", step)
            << step << int(Mode::CommitThenHang) << u"close"_s;
    }
}

void TestSiteToSiteWizard::closingWhileCreatingRollsBack()
{
    QFETCH(int, step);
    QFETCH(int, mode);
    QFETCH(QString, how);
    const ServerState before = m_sandbox->server()->state();
    QPointer<SiteToSiteWizard> wizard = openAtSummary();
    QVERIFY(wizard);
    m_sandbox->networkAccessManager()->injectFault(stepFault(step, Mode(mode)));
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled()); // closing is allowed: it undoes
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->networkAccessManager()->pendingFaults(), 0, 10000);
    if (how == u"escape"_s)
        QTest::keyClick(wizard, Qt::Key_Escape);
    else
        wizard->close();
    QTRY_VERIFY(!wizard); // gone at once: the run goes on without it
    // Nothing of the run is left: what it created and what the server committed unanswered.
    QTRY_COMPARE_WITH_TIMEOUT(total(m_sandbox->server()->state()), total(before), 10000);
    QTRY_VERIFY(m_workspace->findChildren<SiteToSiteRun *>().isEmpty());
    QCOMPARE(m_sandbox->server()->state().ikePolicies, before.ikePolicies);
    // A request that never got an answer (and was not found) may still be created later: the
    // next connection looks for it by the tag. One that was committed was found and deleted.
    const QList<Leftover> journal = LeftoverJournal::entries(LeftoverJournal::cloudKey(m_workspace->profile()));
    if (Mode(mode) == Mode::Hang) {
        QCOMPARE(journal.size(), 1);
        QVERIFY(journal.first().id.isEmpty());
        QVERIFY(journal.first().tag.startsWith(u"vpnaas-console run "_s));
    } else {
        QVERIFY(journal.isEmpty());
    }
}

void TestSiteToSiteWizard::closingDuringRollbackLetsItFinish()
{
    const ServerState before = m_sandbox->server()->state();
    QPointer<SiteToSiteWizard> wizard = openAtSummary();
    QVERIFY(wizard);
    m_sandbox->networkAccessManager()->injectFault(stepFault(6, Mode::Refuse));
    wizard->button(QWizard::FinishButton)->click();
    auto *run = wizard->findChild<SiteToSiteRun *>();
    if (!run)
        run = m_workspace->findChild<SiteToSiteRun *>();
    QVERIFY(run);
    // Step 6 failed; at the rollback's first request the user closes the wizard.
    int atClose = -1;
    connect(run, &SiteToSiteRun::rollingBack, wizard, [&] {
        if (atClose < 0) {
            atClose = total(m_sandbox->server()->state());
            QTest::keyClick(wizard, Qt::Key_Escape);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard, 10000);
    QCOMPARE(atClose, total(before) + 5);
    QTRY_COMPARE_WITH_TIMEOUT(total(m_sandbox->server()->state()), total(before), 10000);
    QTRY_VERIFY(m_workspace->findChildren<SiteToSiteRun *>().isEmpty());
}

void TestSiteToSiteWizard::committedThenFailedIsFoundAgain_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    for (int step = 1; step <= 6; ++step) {
        QTest::addRow("step %d committed, then 504", step) << step << int(Mode::CommitThenFail) << 504;
        QTest::addRow("step %d committed, then reset", step) << step << int(Mode::CommitThenReset) << 0;
    }
}

void TestSiteToSiteWizard::committedThenFailedIsFoundAgain()
{
    QFETCH(int, step);
    QFETCH(int, mode);
    QFETCH(int, status);
    const ServerState before = m_sandbox->server()->state();
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    m_sandbox->networkAccessManager()->injectFault(stepFault(step, Mode(mode), status));
    QSignalSpy failed(&wizard, &SiteToSiteWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(total(m_sandbox->server()->state()), total(before));
    const QString report = failed[0][0].toString();
    QVERIFY2(report.contains(u"Step %1 of 6"_s.arg(step)), qPrintable(report));
    // Truthful: the committed one is named as found by the tag, and counted as deleted.
    QVERIFY2(report.contains(u"Found by the run’s tag"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Deleted again what this run had created (%1)"_s.arg(step)), qPrintable(report));
    QVERIFY2(!report.contains(u"Nothing had been created"_s), qPrintable(report));
}

void TestSiteToSiteWizard::rollbackFailureIsReportedAndJournalled()
{
    // Step 6 is committed but answered 504; deleting that connection fails (500), so the groups,
    // service and policies it uses are refused with 409: all left, each with what blocks it.
    const ServerState before = m_sandbox->server()->state();
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    auto *network = m_sandbox->networkAccessManager();
    network->injectFault(stepFault(6, Mode::CommitThenFail, 504));
    network->injectFault({"DELETE", u"/v2.0/vpn/ipsec-site-connections"_s, 500});
    QSignalSpy failed(&wizard, &SiteToSiteWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const ServerState after = m_sandbox->server()->state();
    QCOMPARE(total(after), total(before) + 6);
    const IpsecSiteConnection &conn = after.connections.last();
    const QString report = failed[0][0].toString();
    QVERIFY2(report.contains(u"Could not delete IPsec site connection “conn-2” (%1)"_s.arg(conn.id)),
             qPrintable(report));
    // Groups (400 EndpointGroupInUse), service and policies (409): each says what blocks it.
    QCOMPARE(report.count(u"It is still used by connection “conn-2” (%1)."_s.arg(conn.id)), 5);
    QVERIFY2(report.contains(u"offers to delete it the next time"_s), qPrintable(report));
    QVERIFY2(!report.contains(u"Deleted again"_s), qPrintable(report));
    const QList<Leftover> journal = LeftoverJournal::entries(LeftoverJournal::cloudKey(m_workspace->profile()));
    QCOMPARE(journal.size(), 6);
    QCOMPARE(journal.first().kind, ResourceKind::IpsecSiteConnection);
    QCOMPARE(journal.first().id, conn.id);
}

void TestSiteToSiteWizard::cloudSwitchKeepsTheRunOnItsCloud()
{
    // Cloud B: another sandbox behind its own network access manager.
    sandbox::Sandbox other(u":memory:"_s);
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    const ServerState otherBefore = other.server()->state();
    const ServerState before = m_sandbox->server()->state();

    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    m_sandbox->networkAccessManager()->injectFault(stepFault(3, Mode::CommitThenHang));
    QSignalSpy failed(&wizard, &SiteToSiteWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->networkAccessManager()->pendingFaults(), 0, 10000);
    QCOMPARE(total(m_sandbox->server()->state()), total(before) + 3);

    openstack::CloudProfile profileB = other.cloudProfile();
    profileB.name = u"cloud-b"_s;
    const int requestsB = other.networkAccessManager()->requestCount();
    m_workspace->connectTo(profileB, other.networkAccessManager(), true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    // Cloud A: nothing left, the committed-but-unanswered service included. Cloud B: untouched.
    QCOMPARE(total(m_sandbox->server()->state()), total(before));
    QCOMPARE(other.server()->state().ikePolicies, otherBefore.ikePolicies);
    QCOMPARE(total(other.server()->state()), total(otherBefore));
    QVERIFY(other.networkAccessManager()->requestCount() > requestsB); // B's own refresh ran
    const QString report = failed[0][0].toString();
    QVERIFY2(report.contains(u"switched away from cloud"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Deleted again what this run had created (3)"_s), qPrintable(report));
    QVERIFY(LeftoverJournal::cloudKeys().isEmpty());
}

void TestSiteToSiteWizard::failureReportIsInThePage()
{
    SiteToSiteWizard wizard(m_workspace);
    fillRequired(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToSummary(wizard));
    m_sandbox->networkAccessManager()->injectFault(stepFault(6, Mode::CommitThenFail, 504));
    m_sandbox->networkAccessManager()->injectFault({"DELETE", u"/v2.0/vpn/ipsec-site-connections"_s, 500});
    QSignalSpy failed(&wizard, &SiteToSiteWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    auto *report = wizard.summaryPage()->findChild<QTextBrowser *>(u"runReport"_s);
    QVERIFY(report);
    QVERIFY(report->isVisible());
    QCOMPARE(report->toPlainText().count(u'\n') >= 3, true);
    // In the page, below its header, with room: not drawn over the wizard's corner.
    const QRect inWizard(report->mapTo(&wizard, QPoint(0, 0)), report->size());
    const QRect page(wizard.summaryPage()->mapTo(&wizard, QPoint(0, 0)), wizard.summaryPage()->size());
    QVERIFY2(
        page.contains(inWizard),
        qPrintable(
            u"report %1,%2 %3x%4"_s.arg(inWizard.x()).arg(inWizard.y()).arg(inWizard.width()).arg(inWizard.height())));
    QVERIFY(inWizard.height() >= 100);
    QVERIFY(report->textInteractionFlags() & Qt::TextSelectableByMouse);
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(u"Could not delete"_s))
            QVERIFY2(label->mapTo(&wizard, QPoint(0, 0)).y() > 0, "a label at the corner");
    }
    // VPNAAS_SCREENSHOT_DIR keeps a picture of the report for review.
    if (const QString dir = qEnvironmentVariable("VPNAAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard.grab().save(dir + u"/guided-failure-report.png"_s));
}

void TestSiteToSiteWizard::quitWaitsForTheRollback()
{
    m_cloud.reset();
    sandbox::Sandbox cloud(u":memory:"_s);
    QString error;
    QVERIFY2(cloud.open(&error), qPrintable(error));
    const ServerState before = cloud.server()->state();
    MainWindow window;
    window.setOfflineCloud(&cloud);
    window.setClouds({});
    QSignalSpy refreshed(window.workspace(), &Workspace::refreshSucceeded);
    QVERIFY(window.selectCloud(window.initialCloud()));
    QTRY_VERIFY(!refreshed.isEmpty());
    window.show();
    auto *wizard = qobject_cast<SiteToSiteWizard *>(window.openWizard(u"site-to-site"_s, 8, true));
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SiteToSiteWizard::SummaryPageId));
    cloud.networkAccessManager()->injectFault(stepFault(4, Mode::CommitThenHang));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(cloud.networkAccessManager()->pendingFaults(), 0, 10000);
    QVERIFY(window.findChild<SiteToSiteRun *>());
    QVERIFY(!window.close()); // not yet: the run undoes its work first
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QCOMPARE(total(cloud.server()->state()), total(before));
    QVERIFY(LeftoverJournal::cloudKeys().isEmpty());
}

void TestSiteToSiteWizard::switchingCloudWhileCreatingAsks_data()
{
    QTest::addColumn<bool>("stop");
    QTest::addRow("keep creating") << false;
    QTest::addRow("stop and switch") << true;
}

void TestSiteToSiteWizard::switchingCloudWhileCreatingAsks()
{
    QFETCH(bool, stop);
    const ServerState before = m_sandbox->server()->state();
    MainWindow window;
    SiteToSiteWizard *wizard = guidedSummaryBesideAnotherCloud(window, m_sandbox);
    QVERIFY(wizard);
    m_sandbox->networkAccessManager()->injectFault(stepFault(3, Mode::CommitThenHang));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->networkAccessManager()->pendingFaults(), 0, 10000);

    // The switch asks; the answer is given as soon as the question is shown.
    QString question;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"switchDuringRun"_s)
            return;
        poll->stop();
        question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == (stop ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
                b->click();
        }
    });
    poll->start();
    QVERIFY(window.selectCloud(u"other"_s));
    delete poll;
    QVERIFY2(question.contains(u"is creating resources"_s), qPrintable(question));
    if (!stop) {
        QVERIFY(window.workspace()->isSimulated()); // still on the sandbox
        QVERIFY(window.findChild<SiteToSiteRun *>());
        QCOMPARE(window.findChild<SiteToSiteRun *>()->state(), SiteToSiteRun::State::Creating);
        wizard->close(); // the rest of this row: closing undoes it
    } else {
        QCOMPARE(window.workspace()->cloudName(), u"other"_s);
        // Let the refresh of "other" give up before the window goes: a GET retry timer that
        // fires after its client was deleted crashes in Job::dispatch (review defect 1, fixed
        // in models/openstack by the cloud-switch change, not here).
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->isRefreshing(), 20000);
    }
    // Either way the sandbox ends as it was: the rollback ran there, never on "other".
    QTRY_COMPARE_WITH_TIMEOUT(total(m_sandbox->server()->state()), total(before), 10000);
    QTRY_VERIFY(!window.findChild<SiteToSiteRun *>());
    QVERIFY(LeftoverJournal::cloudKeys().isEmpty());
}

void TestSiteToSiteWizard::leftoversOfferedAtNextConnect()
{
    // What an earlier run left: one resource known by id, one only by its tag.
    const QString key = LeftoverJournal::cloudKey(m_workspace->profile());
    const ServerState before = m_sandbox->server()->state();
    auto create = [](auto *job) {
        QSignalSpy done(job, &openstack::Job::finished);
        job->start();
        return done.wait(5000);
    };
    IkePolicyDraft ike;
    ike.name = u"left-ike"_s;
    auto *ikeJob = m_workspace->create<IkePolicy>(ike);
    ikeJob->setAutoDelete(false);
    QVERIFY(create(ikeJob));
    const QString ikeId = ikeJob->created().id;
    delete ikeJob;
    IpsecPolicyDraft ipsec;
    ipsec.name = u"maybe-ipsec"_s;
    ipsec.description = u"vpnaas-console run 1234"_s;
    auto *ipsecJob = m_workspace->create<IpsecPolicy>(ipsec);
    QVERIFY(create(ipsecJob));
    LeftoverJournal::add(key,
                         {{ResourceKind::IkePolicy, ikeId, u"left-ike"_s, u"vpnaas-console run 1234"_s, {}},
                          {ResourceKind::IpsecPolicy, {}, {}, u"vpnaas-console run 1234"_s, {}}});
    QCOMPARE(total(m_sandbox->server()->state()), total(before) + 2);

    MainWindow window;
    window.setOfflineCloud(m_sandbox);
    window.setClouds({});
    QVERIFY(window.selectCloud(window.initialCloud()));
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"leftoverPrompt"_s));
    auto *prompt = window.findChild<QMessageBox *>(u"leftoverPrompt"_s);
    QVERIFY(prompt->informativeText().contains(u"left-ike"_s));
    QVERIFY(prompt->informativeText().contains(u"vpnaas-console run 1234"_s));
    auto *clean = prompt->findChild<QPushButton *>(u"cleanUpLeftovers"_s);
    QVERIFY(clean);
    clean->click();
    QTRY_COMPARE_WITH_TIMEOUT(total(m_sandbox->server()->state()), total(before), 10000);
    QTRY_VERIFY(LeftoverJournal::entries(key).isEmpty());
}

QTEST_MAIN(TestSiteToSiteWizard)
#include "tst_sitetositewizard.moc"
