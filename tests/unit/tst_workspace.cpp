// SPDX-License-Identifier: Apache-2.0
// The workspace over the sandbox (the real client code path): a refresh loads every collection,
// a failed refresh keeps the snapshot and reports the server's words, writes patch the snapshot
// before their callers look, a cloud switch drops what the old cloud still sends.
#include "workspace/workspace.h"

#include "fakenetworkaccessmanager.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;
using namespace vpnaas::sandbox;

namespace {

std::unique_ptr<Sandbox> openSandbox()
{
    auto sandbox = std::make_unique<Sandbox>(u":memory:"_s);
    QString error;
    if (!sandbox->open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    sandbox->simulator()->setAgentDelay(0);
    return sandbox;
}

void connectToSandbox(Workspace &workspace, Sandbox &sandbox)
{
    workspace.connectTo(sandbox.cloudProfile(), sandbox.networkAccessManager(), true);
}

bool waitForRefresh(Workspace &workspace)
{
    QSignalSpy done(&workspace, &Workspace::refreshSucceeded);
    QSignalSpy failed(&workspace, &Workspace::refreshFailed);
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000) && !done.isEmpty();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshLoadsEverything();
    void failedRefreshKeepsTheSnapshot();
    void writesPatchTheSnapshot();
    void refusedWriteChangesNothing();
    void cloudSwitchDropsStaleAnswers();
    void refreshDuringRefreshRunsOnceMore();
    void cloudWithoutVpnaas();
    void vpnCollectionMissingDespiteExtensionIsAnError();
    void cloudSwitchWithWorkInFlight_data();
    void cloudSwitchWithWorkInFlight();
    void slowRequestIsReported();
};

void TestWorkspace::refreshLoadsEverything()
{
    auto sandbox = openSandbox();
    Workspace workspace;
    QSignalSpy started(&workspace, &Workspace::refreshStarted);
    connectToSandbox(workspace, *sandbox);
    QVERIFY(workspace.isConnected());
    QVERIFY(workspace.isSimulated());
    QCOMPARE(workspace.cloudName(), Sandbox::cloudName());
    QCOMPARE(started.size(), 1);
    QVERIFY(workspace.isRefreshing());
    QVERIFY(!workspace.hasSnapshot());
    QVERIFY(waitForRefresh(workspace));

    const ServerState &state = workspace.state();
    QVERIFY(state.complete);
    QCOMPARE(state.ikePolicies.size(), 1);
    QCOMPARE(state.ipsecPolicies.size(), 1);
    QCOMPARE(state.vpnServices.size(), 1);
    QCOMPARE(state.endpointGroups.size(), 2);
    QCOMPARE(state.connections.size(), 1);
    QCOMPARE(state.routers.size(), 1);
    QCOMPARE(state.routers[0].interfaces.size(), 1); // filled in from the router's ports
    QVERIFY(state.routers[0].hasGateway());
    QCOMPARE(state.subnets.size(), 2);
    QCOMPARE(workspace.networks().size(), 2);
    QVERIFY(workspace.extensionAliases().contains(u"vpnaas"_s));
    QVERIFY(workspace.hasVpnaas());
    QVERIFY(workspace.lastRefresh().isValid());
    QVERIFY(workspace.lastRefreshDurationMs() >= 0);
    QVERIFY(!workspace.isRefreshing());
}

void TestWorkspace::failedRefreshKeepsTheSnapshot()
{
    auto sandbox = openSandbox();
    Workspace workspace;
    connectToSandbox(workspace, *sandbox);
    QVERIFY(waitForRefresh(workspace));
    const ServerState before = workspace.state();
    const QDateTime lastGood = workspace.lastRefresh();

    sandbox->networkAccessManager()->injectFault(
        {"GET", u"/v2.0/vpn/ipsec-site-connections"_s, 500, u"HTTPInternalServerError"_s, u"database is locked"_s, 1});
    QSignalSpy failed(&workspace, &Workspace::refreshFailed);
    QSignalSpy changed(&workspace, &Workspace::stateChanged);
    workspace.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto error = failed[0][0].value<ApiError>();
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.message, u"database is locked"_s);
    QVERIFY(error.requestId.startsWith(u"req-"_s));
    QVERIFY(error.userMessage().contains(error.requestId));
    QCOMPARE(workspace.lastError().message, error.message);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(workspace.state().connections, before.connections);
    QCOMPARE(workspace.lastRefresh(), lastGood);
    QVERIFY(workspace.hasSnapshot());

    // The next good refresh clears the error.
    QVERIFY(waitForRefresh((workspace.refresh(), workspace)));
    QVERIFY(!workspace.lastError().isError());
}

void TestWorkspace::writesPatchTheSnapshot()
{
    auto sandbox = openSandbox();
    Workspace workspace;
    connectToSandbox(workspace, *sandbox);
    QVERIFY(waitForRefresh(workspace));

    IkePolicyDraft draft;
    draft.name = u"strong"_s;
    draft.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    auto *job = workspace.create<IkePolicy>(draft);
    bool seenByCaller = false;
    QObject::connect(job, &Job::finished, &workspace, [&](Job *) {
        // The workspace's own receiver ran first: the new policy is already there.
        seenByCaller = workspace.state().ikePolicies.size() == 2;
    });
    QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(seenByCaller, 10000);
    const IkePolicy created = workspace.state().ikePolicies.last();
    QCOMPARE(created.name, u"strong"_s);
    QCOMPARE(created.pfs, Choice<PfsGroup>(PfsGroup::Group14));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000); // and the server's view follows
    QCOMPARE(workspace.state().ikePolicies.size(), 2);

    IkePolicyDraft rename;
    rename.name = u"renamed"_s;
    auto *update = workspace.update<IkePolicy>(created.id, rename);
    QSignalSpy updated(update, &Job::finished);
    update->start();
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 10000);
    QCOMPARE(workspace.state().ikePolicy(created.id)->name, u"renamed"_s);

    auto *removal = workspace.remove<IkePolicy>(created.id);
    QSignalSpy removed(removal, &Job::finished);
    removal->start();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QVERIFY(!workspace.state().ikePolicy(created.id));
    QCOMPARE(workspace.state().ikePolicies.size(), 1);
}

void TestWorkspace::refusedWriteChangesNothing()
{
    auto sandbox = openSandbox();
    Workspace workspace;
    connectToSandbox(workspace, *sandbox);
    QVERIFY(waitForRefresh(workspace));
    const QString inUse = workspace.state().ikePolicies.first().id;

    QSignalSpy writeFailed(&workspace, &Workspace::writeFailed);
    QSignalSpy changed(&workspace, &Workspace::stateChanged);
    auto *removal = workspace.remove<IkePolicy>(inUse);
    removal->start();
    QTRY_COMPARE_WITH_TIMEOUT(writeFailed.size(), 1, 10000);
    const auto error = writeFailed[0][0].value<ApiError>();
    QCOMPARE(error.httpStatus, 409);
    QCOMPARE(error.type, u"IKEPolicyInUse"_s);
    QCOMPARE(changed.size(), 0);
    QVERIFY(workspace.state().ikePolicy(inUse));
}

void TestWorkspace::cloudSwitchDropsStaleAnswers()
{
    auto first = openSandbox();
    auto second = openSandbox();
    const SandboxResponse extra = second->server()->handle(
        "POST", QUrl(u"http://sandbox.invalid:9696/v2.0/vpn/ikepolicies"_s), R"({"ikepolicy": {"name": "second"}})");
    QCOMPARE(extra.status, 201);

    Workspace workspace;
    QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
    connectToSandbox(workspace, *first);
    connectToSandbox(workspace, *second); // before the first cloud answered
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QCOMPARE(workspace.state().ikePolicies.size(), 2);
    QCOMPARE(workspace.state().ikePolicies.last().name, u"second"_s);

    workspace.disconnectFromCloud();
    QVERIFY(!workspace.isConnected());
    QVERIFY(!workspace.hasSnapshot());
    QCOMPARE(workspace.state().ikePolicies.size(), 0);
    workspace.refresh(); // nothing to refresh: no crash, no signal
    QCOMPARE(refreshed.size(), 1);
}

void TestWorkspace::refreshDuringRefreshRunsOnceMore()
{
    auto sandbox = openSandbox();
    Workspace workspace;
    QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
    QSignalSpy started(&workspace, &Workspace::refreshStarted);
    connectToSandbox(workspace, *sandbox);
    workspace.refresh();
    workspace.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10000);
    QCOMPARE(started.size(), 2);
    QVERIFY(!workspace.isRefreshing());
}

void TestWorkspace::cloudWithoutVpnaas()
{
    auto sandbox = openSandbox();
    using Fault = SandboxNetworkAccessManager::Fault;
    sandbox->networkAccessManager()->injectFault(
        Fault{"GET", u"/v2.0/extensions"_s, 200, {}, {}, 1, R"({"extensions": [{"alias": "router"}]})"});
    sandbox->networkAccessManager()->injectFault(
        Fault{"GET", u"/v2.0/vpn/"_s, 404, u"HTTPNotFound"_s, u"The resource could not be found."_s, 5});
    Workspace workspace;
    connectToSandbox(workspace, *sandbox);
    QVERIFY(waitForRefresh(workspace)); // not an error: the cloud simply has no VPN
    QVERIFY(!workspace.hasVpnaas());
    QCOMPARE(workspace.state().connections.size(), 0);
    QCOMPARE(workspace.state().routers.size(), 1);
}

void TestWorkspace::vpnCollectionMissingDespiteExtensionIsAnError()
{
    auto sandbox = openSandbox();
    sandbox->networkAccessManager()->injectFault(
        {"GET", u"/v2.0/vpn/vpnservices"_s, 404, u"HTTPNotFound"_s, u"The resource could not be found."_s, 1});
    Workspace workspace;
    QSignalSpy failed(&workspace, &Workspace::refreshFailed);
    connectToSandbox(workspace, *sandbox);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed[0][0].value<ApiError>().httpStatus, 404);
    QVERIFY(!workspace.hasSnapshot());
}

namespace {

/*! A cloud that takes every request and never answers: Keystone (unless \a keystone is false) and Neutron. */
CloudProfile hungCloud(bool keystone)
{
    CloudProfile p;
    p.name = u"hung"_s;
    if (keystone) {
        p.authUrl = QUrl(u"http://127.0.0.1:15000/v3"_s);
        p.username = u"demo"_s;
        p.password = Secret(u"demo-password"_s);
        p.projectName = u"demo"_s;
        p.networkEndpointOverride = QUrl(u"http://127.0.0.1:19696"_s);
    } else {
        p.authTypeName = u"none"_s;
        p.endpoint = QUrl(u"http://127.0.0.1:19696"_s);
    }
    return p;
}

void expectHangs(FakeNetworkAccessManager &network, const char *method, int count)
{
    for (int i = 0; i < count; ++i) {
        FakeNetworkAccessManager::Answer hang;
        hang.method = method;
        hang.never = true;
        network.expect(hang);
    }
}

} // namespace

// Review defect 1: a cloud switch while work is in flight on a hung cloud. Every job of the old
// cloud finishes at once (Canceled, or OutcomeUnknown for a write already sent), none touches
// the dead client, none reaches the new cloud, and the new cloud works.
void TestWorkspace::cloudSwitchWithWorkInFlight_data()
{
    QTest::addColumn<QByteArray>("method"); // the write in flight; empty: only the refresh
    QTest::addColumn<bool>("keystone"); // Keystone hangs: everything waits for a token
    QTest::addColumn<int>("kind");
    QTest::addRow("refresh GETs") << QByteArray() << false << int(ApiError::Kind::None);
    QTest::addRow("POST create") << QByteArray("POST") << false << int(ApiError::Kind::OutcomeUnknown);
    QTest::addRow("PUT update") << QByteArray("PUT") << false << int(ApiError::Kind::OutcomeUnknown);
    QTest::addRow("DELETE remove") << QByteArray("DELETE") << false << int(ApiError::Kind::OutcomeUnknown);
    QTest::addRow("POST waiting for Keystone") << QByteArray("POST") << true << int(ApiError::Kind::Canceled);
}

void TestWorkspace::cloudSwitchWithWorkInFlight()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, keystone);
    QFETCH(int, kind);
    FakeNetworkAccessManager hung;
    expectHangs(hung, "GET", 20);
    expectHangs(hung, "POST", keystone ? 1 : 0);
    if (!method.isEmpty())
        expectHangs(hung, method.constData(), 1);
    auto sandbox = openSandbox();
    Workspace workspace;
    workspace.connectTo(hungCloud(keystone), &hung);
    QTRY_VERIFY(hung.requests().size() >= (keystone ? 1 : 9));

    QPointer<Job> job;
    if (method == "POST") {
        IkePolicyDraft draft;
        draft.name = u"in flight"_s;
        job = workspace.create<IkePolicy>(draft);
    } else if (method == "PUT") {
        IkePolicyDraft draft;
        draft.name = u"renamed"_s;
        job = workspace.update<IkePolicy>(u"851c1018-83db-4075-9c6e-9729b6c1555c"_s, draft);
    } else if (method == "DELETE") {
        job = workspace.remove<IkePolicy>(u"851c1018-83db-4075-9c6e-9729b6c1555c"_s);
    }
    std::optional<ApiError> outcome;
    if (job) {
        connect(job, &Job::finished, this, [&outcome](Job *done) { outcome = done->error(); });
        const qsizetype before = hung.requests().size();
        job->start();
        if (!keystone)
            QTRY_COMPARE(hung.requests().size(), before + 1);
        QTest::qWait(5); // the write is on its way (requestSent)
    }
    QVERIFY(workspace.runningJobs() > 0);
    const qsizetype requestsOnTheHungCloud = hung.requests().size();

    QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
    QSignalSpy writeFailed(&workspace, &Workspace::writeFailed);
    connectToSandbox(workspace, *sandbox); // the switch
    if (job || outcome) {
        QVERIFY(outcome.has_value()); // at once, not when the hung cloud answers
        QCOMPARE(int(outcome->kind), kind);
        QCOMPARE(writeFailed.size(), kind == int(ApiError::Kind::OutcomeUnknown) ? 1 : 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QCOMPARE(workspace.cloudName(), Sandbox::cloudName());
    QCOMPARE(workspace.state().ikePolicies.size(), 1);
    QTRY_COMPARE(hung.liveReplies(), 0); // every reply of the hung cloud was aborted
    QTest::qWait(50);
    QCOMPARE(hung.requests().size(), requestsOnTheHungCloud); // and nothing more went there
    QCOMPARE(workspace.runningJobs(), 0);
}

// Review defect 10: a request that takes long is reported while it waits ("still waiting"),
// then given up at the deadline.
void TestWorkspace::slowRequestIsReported()
{
    FakeNetworkAccessManager hung;
    expectHangs(hung, "GET", 20);
    Workspace workspace;
    HttpTimeouts timeouts;
    timeouts.stillWaitingMs = 50;
    timeouts.deadlineMs = 1000;
    workspace.setHttpTimeouts(timeouts);
    QSignalSpy waiting(&workspace, &Workspace::stillWaitingChanged);
    QSignalSpy failed(&workspace, &Workspace::refreshFailed);
    workspace.connectTo(hungCloud(false), &hung);
    QTRY_COMPARE(waiting.size(), 1);
    QCOMPARE(waiting.at(0).at(0).toBool(), true);
    QVERIFY(workspace.isStillWaiting());
    QVERIFY(failed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 3000);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Timeout);
    QTRY_VERIFY(!workspace.isStillWaiting());
    QCOMPARE(waiting.last().at(0).toBool(), false);
    QCOMPARE(workspace.httpTimeouts().deadlineMs, 1000);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
