// SPDX-License-Identifier: Apache-2.0
// The guided wizard against the sandbox: the whole flow creates six resources wired together;
// a fault injected at each of its six steps leaves zero new resources and says what happened;
// reusing existing resources creates only the rest; the summary's CLI names everything and
// never the key.
#include "config/configview.h"
#include "preview/configpreview.h"
#include "sandboxcloud.h"
#include "wizards/connectionpages.h"
#include "wizards/endpointgrouppage.h"
#include "wizards/policypages.h"
#include "wizards/servicepage.h"
#include "wizards/sitetositewizard.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

namespace {

const QString kPsk = u"correct-horse-battery-staple-42"_s;

int total(const ServerState &s)
{
    return int(s.ikePolicies.size() + s.ipsecPolicies.size() + s.vpnServices.size() + s.endpointGroups.size()
               + s.connections.size());
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
    void summaryAndCli();

private:
    void fillRequired(SiteToSiteWizard &wizard);
    bool goToSummary(SiteToSiteWizard &wizard);

    std::unique_ptr<SandboxCloud> m_cloud;
    sandbox::Sandbox *m_sandbox = nullptr;
    Workspace *m_workspace = nullptr;
};

void TestSiteToSiteWizard::init()
{
    m_cloud = std::make_unique<SandboxCloud>();
    QVERIFY2(m_cloud->error().isEmpty(), qPrintable(m_cloud->error()));
    m_sandbox = m_cloud->sandbox();
    m_workspace = m_cloud->workspace();
}

void TestSiteToSiteWizard::cleanup()
{
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
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isSubmitting());
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    QVERIFY(!wizard.isVisible());

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
          u"--type subnet"_s, u"--value private-subnet"_s, u"--value 198.51.100.0/24"_s, u"read -rsp"_s,
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

QTEST_MAIN(TestSiteToSiteWizard)
#include "tst_sitetositewizard.moc"
