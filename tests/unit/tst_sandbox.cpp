// SPDX-License-Identifier: Apache-2.0
// The sandbox as the console uses it: the real client code path (Session, NeutronClient, jobs)
// over SandboxNetworkAccessManager, the seed scenario, the simulated agent and reset.
#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"
#include "openstack/session.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;
using namespace vpnaas::sandbox;

namespace {
template<typename J>
bool run(J &job)
{
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    return QTest::qWaitFor([&] { return finished.size() == 1; }, 10000) && !job.error().isError();
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedThroughTheClient();
    void agentSettlesStatuses();
    void countersGrowWhileActive();
    void resetRestoresTheSeed();
    void persistsAcrossRestarts();
    void otherHostsPassThrough();
};

void TestSandbox::seedThroughTheClient()
{
    Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY2(sandbox.open(&error), qPrintable(error));
    Session session(sandbox.cloudProfile(), sandbox.networkAccessManager());
    NeutronClient client(&session, sandbox.networkAccessManager());

    ListIpsecSiteConnectionsJob conns(&client);
    QVERIFY(run(conns));
    QCOMPARE(conns.items().size(), 1);
    const IpsecSiteConnection conn = conns.items().first();
    QCOMPARE(conn.name, u"conn"_s);
    QCOMPARE(conn.peerAddress, u"192.168.20.9"_s);

    ListEndpointGroupsJob groups(&client);
    QVERIFY(run(groups));
    QStringList names;
    for (const EndpointGroup &g : groups.items())
        names.append(g.name);
    QCOMPARE(names, (QStringList{u"ep_subnet"_s, u"ep_cidr"_s}));
    ShowEndpointGroupJob peer(&client, conn.peerEpGroupId);
    QVERIFY(run(peer));
    QCOMPARE(peer.item().endpoints, QStringList{u"192.168.1.0/24"_s});

    ListVpnServicesJob services(&client);
    QVERIFY(run(services));
    QCOMPARE(services.items().first().name, u"vpn"_s);
    QVERIFY(services.items().first().externalV4Ip.startsWith(u"172.24.4."));
    RouterInterfacesJob interfaces(&client, services.items().first().routerId);
    QVERIFY(run(interfaces));
    QCOMPARE(interfaces.interfaces().size(), 1);
    QCOMPARE(interfaces.interfaces().first().ipAddress, u"10.1.0.1"_s);

    ExtensionsJob extensions(&client);
    QVERIFY(run(extensions));
    QVERIFY(extensions.capabilities().vpnaas);
    QVERIFY(sandbox.networkAccessManager()->requestCount() >= 6);

    // Refusals come back like the real server's.
    DeleteIkePolicyJob inUse(&client, conn.ikepolicyId);
    run(inUse);
    QCOMPARE(inUse.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(inUse.error().type, u"IKEPolicyInUse"_s);
    QVERIFY(inUse.error().requestId.startsWith(u"req-"));
}

void TestSandbox::agentSettlesStatuses()
{
    Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY(sandbox.open(&error));
    sandbox.simulator()->setAgentDelay(5);
    const QString conn = sandbox.server()->state().connections.first().id;
    const QString service = sandbox.server()->state().vpnServices.first().id;
    QSignalSpy changes(sandbox.simulator(), &SandboxSimulator::statusChanged);
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"ACTIVE"_s);
    QTRY_COMPARE(sandbox.server()->state().vpnService(service)->status.api(), u"ACTIVE"_s);

    // Admin down → DOWN, through the API as the console would do it.
    const QUrl url(sandbox.server()->options().baseUrl.toString() + u"/v2.0/vpn/ipsec-site-connections/"_s + conn);
    QCOMPARE(sandbox.server()->handle("PUT", url, R"({"ipsec_site_connection": {"admin_state_up": false}})").status,
             200);
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"DOWN"_s);
    QCOMPARE(sandbox.server()->handle("PUT", url, R"({"ipsec_site_connection": {"admin_state_up": true}})").status,
             200);
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"ACTIVE"_s);

    // A configured fault → ERROR; the service going down takes its connection with it.
    sandbox.simulator()->setFaulty(conn);
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"ERROR"_s);
    sandbox.simulator()->setFaulty(conn, false);
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"ACTIVE"_s);
    const QUrl serviceUrl(sandbox.server()->options().baseUrl.toString() + u"/v2.0/vpn/vpnservices/"_s + service);
    QCOMPARE(sandbox.server()->handle("PUT", serviceUrl, R"({"vpnservice": {"admin_state_up": false}})").status, 200);
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"DOWN"_s);
    QTRY_COMPARE(sandbox.server()->state().vpnService(service)->status.api(), u"DOWN"_s);
    QVERIFY(changes.size() >= 6);
}

void TestSandbox::countersGrowWhileActive()
{
    Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY(sandbox.open(&error));
    sandbox.simulator()->setAgentDelay(1);
    const QString conn = sandbox.server()->state().connections.first().id;
    QVERIFY(!sandbox.simulator()->counters(conn)); // PENDING_CREATE: no SA yet
    QTRY_COMPARE(sandbox.server()->state().connection(conn)->status.api(), u"ACTIVE"_s);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const auto a = sandbox.simulator()->counters(conn, t.addSecs(10));
    const auto b = sandbox.simulator()->counters(conn, t.addSecs(20));
    QVERIFY(a && b);
    QVERIFY(a->bytesIn > 0 && a->bytesOut > 0 && a->packetsIn > 0);
    QVERIFY(b->bytesIn > a->bytesIn);
    QVERIFY(b->bytesOut > a->bytesOut);
}

void TestSandbox::resetRestoresTheSeed()
{
    Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY(sandbox.open(&error));
    const QUrl base = sandbox.server()->options().baseUrl;
    QCOMPARE(
        sandbox.server()
            ->handle("POST", QUrl(base.toString() + u"/v2.0/vpn/ikepolicies"_s), R"({"ikepolicy": {"name": "extra"}})")
            .status,
        201);
    QCOMPARE(sandbox.server()->state().ikePolicies.size(), 2);
    QVERIFY2(sandbox.reset(&error), qPrintable(error));
    const ServerState s = sandbox.server()->state();
    QCOMPARE(s.ikePolicies.size(), 1);
    QCOMPARE(s.ikePolicies.first().name, u"ikepolicy"_s);
    QCOMPARE(s.connections.size(), 1);
    QCOMPARE(s.endpointGroups.size(), 2);
}

void TestSandbox::persistsAcrossRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    QString error;
    QString created;
    {
        Sandbox sandbox(path);
        QVERIFY(sandbox.open(&error));
        const SandboxResponse r = sandbox.server()->handle(
            "POST", QUrl(sandbox.server()->options().baseUrl.toString() + u"/v2.0/vpn/ikepolicies"_s),
            R"({"ikepolicy": {"name": "kept"}})");
        QCOMPARE(r.status, 201);
    }
    Sandbox again(path);
    QVERIFY(again.open(&error));
    const ServerState s = again.server()->state();
    QCOMPARE(s.ikePolicies.size(), 2); // the seed is not added twice
    QCOMPARE(s.ikePolicies.last().name, u"kept"_s);
}

void TestSandbox::otherHostsPassThrough()
{
    Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY(sandbox.open(&error));
    QNetworkReply *reply = sandbox.networkAccessManager()->get(QNetworkRequest(QUrl(u"http://127.0.0.1:9/"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(sandbox.networkAccessManager()->requestCount(), 0);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
