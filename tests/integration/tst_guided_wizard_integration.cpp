// SPDX-License-Identifier: Apache-2.0
// The guided "New site-to-site VPN" wizard against a real neutron-server (run-with-openstack):
// it creates the six resources, the openstack CLI sees the connection as entered, and the
// summary's CLI commands, run by POSIX sh in a project emptied of VPN resources, create equivalent
// resources (same attributes, same wiring).
#include "neutronseed.h"

#include "wizards/connectionpages.h"
#include "wizards/endpointgrouppage.h"
#include "wizards/sitetositewizard.h"

#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

namespace {

const QString kPsk = u"integration-psk-0123456789abcdef"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/*!
 * Runs \a program with the openstack CLI pointed at the harness's neutron (auth none). The
 * summary's commands name the console's cloud (`--os-cloud integration`): a clouds.yaml in a
 * private XDG_CONFIG_HOME defines it, OS_AUTH_TYPE and OS_ENDPOINT fill in the rest.
 */
Run runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    static QTemporaryDir config;
    QDir(config.path()).mkpath(u"openstack"_s);
    QFile clouds(config.filePath(u"openstack/clouds.yaml"_s));
    if (!clouds.open(QIODevice::WriteOnly) || clouds.write("clouds:\n  integration:\n    auth_type: none\n") < 0)
        return {};
    clouds.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"OS_AUTH_TYPE"_s, u"none"_s);
    env.insert(u"OS_ENDPOINT"_s, integration::neutronUrl().toString());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

/*! What makes two site-to-site set-ups equivalent: every attribute but ids and statuses. */
QStringList describe(const ServerState &state, const IpsecSiteConnection &c)
{
    const IkePolicy *ike = state.ikePolicy(c.ikepolicyId);
    const IpsecPolicy *ipsec = state.ipsecPolicy(c.ipsecpolicyId);
    const VpnService *service = state.vpnService(c.vpnserviceId);
    const EndpointGroup *local = state.endpointGroup(c.localEpGroupId);
    const EndpointGroup *peer = state.endpointGroup(c.peerEpGroupId);
    if (!ike || !ipsec || !service || !local || !peer)
        return {u"incomplete"_s};
    return {
        u"ike %1 %2 %3 %4 %5 %6 %7"_s
            .arg(ike->name, ike->encryptionAlgorithm.api(), ike->authAlgorithm.api(), ike->pfs.api(),
                 ike->ikeVersion.api(), ike->phase1NegotiationMode.api())
            .arg(ike->lifetime.value),
        u"ipsec %1 %2 %3 %4 %5 %6 %7"_s
            .arg(ipsec->name, ipsec->transformProtocol.api(), ipsec->encapsulationMode.api(),
                 ipsec->encryptionAlgorithm.api(), ipsec->authAlgorithm.api(), ipsec->pfs.api())
            .arg(ipsec->lifetime.value),
        u"service %1 router %2 subnet '%3' up %4"_s.arg(service->name, service->routerId, service->subnetId)
            .arg(service->adminStateUp),
        u"local %1 %2 %3"_s.arg(local->name, local->type.api(), local->endpoints.join(u',')),
        u"peer %1 %2 %3"_s.arg(peer->name, peer->type.api(), peer->endpoints.join(u',')),
        u"conn %1 peer %2 id %3 mtu %4 dpd %5/%6/%7 initiator %8 up %9"_s.arg(c.name, c.peerAddress, c.peerId)
            .arg(c.mtu)
            .arg(c.dpd.action.api())
            .arg(c.dpd.interval)
            .arg(c.dpd.timeout)
            .arg(c.initiator.api())
            .arg(c.adminStateUp),
        u"psk matches: %1"_s.arg(c.psk.reveal() == kPsk),
    };
}

} // namespace

class TestGuidedWizardIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardCreatesTheTunnel();
    void cliShowsWhatWasEntered();
    void summaryCommandsCreateTheSame();

private:
    bool refresh();
    template<typename T>
    bool removeAndWait(const QString &id);

    QNetworkAccessManager m_network;
    Workspace m_workspace;
    integration::NetworkSide m_side;
    QString m_connectionId;
    QString m_cli;
    QStringList m_created;
};

bool TestGuidedWizardIntegration::refresh()
{
    QSignalSpy done(&m_workspace, &Workspace::refreshSucceeded);
    QSignalSpy failed(&m_workspace, &Workspace::refreshFailed);
    m_workspace.refresh();
    const bool ended
        = QTest::qWaitFor([&] { return (!done.isEmpty() || !failed.isEmpty()) && !m_workspace.isRefreshing(); }, 60000);
    if (!ended)
        qWarning("refresh did not end");
    if (!failed.isEmpty())
        qWarning("refresh failed: %s", qPrintable(failed[0][0].value<openstack::ApiError>().userMessage()));
    return failed.isEmpty() && !done.isEmpty() && !m_workspace.isRefreshing();
}

template<typename T>
bool TestGuidedWizardIntegration::removeAndWait(const QString &id)
{
    auto *job = m_workspace.remove<T>(id);
    QSignalSpy finished(job, &openstack::Job::finished);
    job->setAutoDelete(false);
    job->start();
    const bool ok = QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000) && !job->error().isError();
    if (!ok)
        qWarning("delete failed: %s", qPrintable(job->errorString()));
    delete job;
    return ok;
}

void TestGuidedWizardIntegration::initTestCase()
{
    const QUrl url = integration::neutronUrl();
    m_side = integration::seedNetworkSide(m_network, url);
    openstack::CloudProfile profile;
    profile.name = u"integration"_s;
    profile.authTypeName = u"none"_s;
    profile.endpoint = url;
    QSignalSpy refreshed(&m_workspace, &Workspace::refreshSucceeded);
    QSignalSpy failed(&m_workspace, &Workspace::refreshFailed);
    m_workspace.connectTo(profile, &m_network);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() || !failed.isEmpty(), 60000);
    // neutron-server on SQLite can answer the first burst of parallel reads with a 500 ("database
    // is locked" while it writes its quota usage): the first refresh may be tried once more.
    if (refreshed.isEmpty())
        QVERIFY(refresh());
    QCOMPARE(m_workspace.state().routers.size(), 1);
    QCOMPARE(m_workspace.state().routers.first().interfaces.size(), 1);
}

void TestGuidedWizardIntegration::wizardCreatesTheTunnel()
{
    SiteToSiteWizard wizard(&m_workspace);
    wizard.peerGroupPage()->setCidrs({u"198.51.100.0/24"_s});
    wizard.connectionPage()->setPeer(u"203.0.113.9"_s);
    wizard.connectionPage()->setPsk(kPsk, kPsk);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() != SiteToSiteWizard::SummaryPageId) {
        QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(u"stuck on page %1"_s.arg(wizard.currentId())));
        wizard.next();
    }
    m_cli = wizard.summaryPage()->cliText();
    QSignalSpy created(&wizard, &SiteToSiteWizard::created);
    QSignalSpy failed(&wizard, &SiteToSiteWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed[0][0].toString()));
    m_connectionId = wizard.connectionId();
    QVERIFY(!m_connectionId.isEmpty());
    QVERIFY(refresh());
    const ServerState &state = m_workspace.state();
    QCOMPARE(state.ikePolicies.size(), 1);
    QCOMPARE(state.ipsecPolicies.size(), 1);
    QCOMPARE(state.vpnServices.size(), 1);
    QCOMPARE(state.endpointGroups.size(), 2);
    QCOMPARE(state.connections.size(), 1);
}

void TestGuidedWizardIntegration::cliShowsWhatWasEntered()
{
    QVERIFY(!m_connectionId.isEmpty());
    const Run show
        = runCli(u"openstack"_s,
                 {u"vpn"_s, u"ipsec"_s, u"site"_s, u"connection"_s, u"show"_s, m_connectionId, u"-f"_s, u"json"_s});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
    const ServerState &state = m_workspace.state();
    const IpsecSiteConnection &c = *state.connection(m_connectionId);
    QCOMPARE(shown[u"Name"].toString(), u"conn"_s);
    QCOMPARE(shown[u"Peer Address"].toString(), u"203.0.113.9"_s);
    QCOMPARE(shown[u"Peer ID"].toString(), u"203.0.113.9"_s);
    QCOMPARE(shown[u"IKE Policy"].toString(), c.ikepolicyId);
    QCOMPARE(shown[u"IPSec Policy"].toString(), c.ipsecpolicyId);
    QCOMPARE(shown[u"VPN Service"].toString(), c.vpnserviceId);
    QCOMPARE(shown[u"Local Endpoint Group ID"].toString(), c.localEpGroupId);
    QCOMPARE(shown[u"Peer Endpoint Group ID"].toString(), c.peerEpGroupId);
    QCOMPARE(shown[u"Pre-shared Key"].toString(), kPsk);
    QCOMPARE(shown[u"MTU"].toInt(), 1500);
    QCOMPARE(state.ikePolicy(c.ikepolicyId)->name, u"ikepolicy"_s);
    QCOMPARE(state.ikePolicy(c.ikepolicyId)->pfs.api(), u"group14"_s);
}

void TestGuidedWizardIntegration::summaryCommandsCreateTheSame()
{
    QVERIFY(!m_cli.isEmpty());
    QVERIFY2(m_cli.contains(u"openstack --os-cloud integration vpn ipsec site connection create"_s), qPrintable(m_cli));
    const ServerState before = m_workspace.state();
    const IpsecSiteConnection original = *before.connection(m_connectionId);
    const QStringList expected = describe(before, original);

    // An empty project again: delete what the wizard made, dependents first.
    QVERIFY(removeAndWait<IpsecSiteConnection>(original.id));
    QVERIFY(removeAndWait<EndpointGroup>(original.localEpGroupId));
    QVERIFY(removeAndWait<EndpointGroup>(original.peerEpGroupId));
    QVERIFY(removeAndWait<VpnService>(original.vpnserviceId));
    QVERIFY(removeAndWait<IkePolicy>(original.ikepolicyId));
    QVERIFY(removeAndWait<IpsecPolicy>(original.ipsecpolicyId));
    QVERIFY(refresh());
    QCOMPARE(m_workspace.state().connections.size(), 0);

    // As shown, by POSIX sh; the key typed at the prompt (stdin here).
    const Run script = runCli(u"/bin/sh"_s, {u"-eu"_s, u"-c"_s, m_cli}, kPsk.toUtf8() + '\n');
    const QByteArray why = script.err + "\n--- script ---\n" + m_cli.toUtf8();
    QVERIFY2(script.exitCode == 0, why.constData());
    QVERIFY(refresh());
    const ServerState after = m_workspace.state();
    QCOMPARE(after.connections.size(), 1);
    QCOMPARE(describe(after, after.connections.first()), expected);
}

QTEST_MAIN(TestGuidedWizardIntegration)
#include "tst_guided_wizard_integration.moc"
