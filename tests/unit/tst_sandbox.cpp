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

#include <QFileInfo>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>

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

/*!
 * Child mode: seeds \a path (mode "seed") or resets it after adding a resource (mode "reset")
 * and kills itself with SIGKILL right after the \a after-th resource the seed wrote.
 */
int dieWhileSeeding(const QString &mode, const QString &path, int after)
{
    Sandbox sandbox(path);
    QString error;
    if (mode == u"reset") {
        if (!sandbox.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const SandboxResponse r = sandbox.server()->handle(
            "POST", QUrl(sandbox.server()->options().baseUrl.toString() + u"/v2.0/vpn/ikepolicies"_s),
            R"({"ikepolicy": {"name": "extra"}})");
        if (r.status != 201)
            return 1;
    }
    int written = 0;
    QObject::connect(sandbox.server(), &SandboxServer::changed, sandbox.server(), [&] {
        if (++written == after)
            std::raise(SIGKILL); // kill -9, between two of the seed's requests
    });
    const bool ok = mode == u"reset" ? sandbox.reset(&error) : sandbox.open(&error);
    std::fprintf(stderr, "the seed ended before %d writes: %s\n", after, qPrintable(ok ? u"ok"_s : error));
    return 1;
}

int mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
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
    void seedIsWholeAfterKill_data();
    void seedIsWholeAfterKill();
    void fileOnlyWhenUsed();
    void defaultFilesArePrivate();
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

void TestSandbox::seedIsWholeAfterKill_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("after"); // writes of the seed before the kill (it makes about 14)
    QTest::addRow("first seed, after 1 write") << u"seed"_s << 1;
    QTest::addRow("first seed, after 6 writes") << u"seed"_s << 6;
    QTest::addRow("reset, after 1 write") << u"reset"_s << 1;
    QTest::addRow("reset, after 6 writes") << u"reset"_s << 6;
}

// A kill -9 in the middle of seeding (first start or reset) leaves either the state before or
// the whole scenario, never part of it; the next start has a complete sandbox.
void TestSandbox::seedIsWholeAfterKill()
{
    QFETCH(QString, mode);
    QFETCH(int, after);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--die-while"_s, mode, path, QString::number(after)});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(child.readAllStandardError().isEmpty(), "the child did not die mid-seed");

    Sandbox sandbox(path);
    QString error;
    QVERIFY2(sandbox.open(&error), qPrintable(error));
    const ServerState s = sandbox.server()->state();
    QCOMPARE(s.connections.size(), 1);
    QCOMPARE(s.connections.first().name, u"conn"_s);
    QCOMPARE(s.endpointGroups.size(), 2);
    QCOMPARE(s.vpnServices.size(), 1);
    QCOMPARE(s.ipsecPolicies.size(), 1);
    // The reset did not happen: the resource it would have deleted is still there.
    QCOMPARE(s.ikePolicies.size(), mode == u"reset" ? 2 : 1);
}

// The sandbox's file is made when the sandbox is first used, not when the console starts.
void TestSandbox::fileOnlyWhenUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data/sandbox.sqlite"_s);
    Sandbox sandbox(path);
    QVERIFY(!sandbox.cloudProfile().name.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!sandbox.wasOpened());
    // Asking opens nothing (a const question has no side effect) ...
    QVERIFY(!sandbox.isAvailable());
    QVERIFY(!sandbox.wasOpened());
    QVERIFY(!QFileInfo::exists(path));
    // ... the first use does.
    QString error;
    QVERIFY2(sandbox.open(&error), qPrintable(error));
    QVERIFY(sandbox.isAvailable());
    QVERIFY(sandbox.wasOpened());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(sandbox.server()->state().connections.size(), 1);
    QCOMPARE(sandbox.cloudProfile().source, path); // where the keys typed into it are
}

// The default file in the user's data folder: 0600 in a 0700 folder whatever the umask, and an
// older, looser one is tightened.
void TestSandbox::defaultFilesArePrivate()
{
    const QString path = Sandbox::defaultDatabasePath();
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)), qPrintable(path));
    QDir(folder).removeRecursively();
    const mode_t old = ::umask(022);
    {
        Sandbox sandbox;
        QString error;
        QVERIFY2(sandbox.open(&error), qPrintable(error));
        QCOMPARE(mode(folder), 0700);
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
            QCOMPARE(mode(file), 0600);
    }
    // As an older version left them.
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    {
        Sandbox sandbox;
        QString error;
        QVERIFY2(sandbox.open(&error), qPrintable(error));
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(path), 0600);
    }
    ::umask(old);
    QDir(folder).removeRecursively();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--die-while") == 0)
        return dieWhileSeeding(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), atoi(argv[4]));
    TestSandbox test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sandbox.moc"
