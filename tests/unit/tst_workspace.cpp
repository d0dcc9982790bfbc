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
#include "sandbox/sandboxstore.h"

#include "openstack/projectdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void connectionWritesReadStatuses();
    void appliedStatuses_data();
    void appliedStatuses();
    void cloudSwitchDropsStaleAnswers();
    void refreshDuringRefreshRunsOnceMore();
    void cloudWithoutVpnaas();
    void vpnCollectionMissingDespiteExtensionIsAnError();
    void cloudSwitchWithWorkInFlight_data();
    void cloudSwitchWithWorkInFlight();
    void slowRequestIsReported();
    void projectScope();
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
    // The reply is the new state: nothing is read again for it (a refresh starts synchronously).
    QVERIFY(!workspace.isRefreshing());
    QCOMPARE(refreshed.size(), 0);
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

// A connection's write reads the statuses (two GETs with fields=id,status), not everything: its
// VPN service's status follows its connections; what the agent settles later is read the same way.
void TestWorkspace::connectionWritesReadStatuses()
{
    auto sandbox = openSandbox();
    sandbox->simulator()->setAgentDelay(60'000); // the agent stays out of the way until asked
    Workspace workspace;
    connectToSandbox(workspace, *sandbox);
    QVERIFY(waitForRefresh(workspace));
    const IpsecSiteConnection existing = workspace.state().connections.first();
    QSignalSpy refreshed(&workspace, &Workspace::refreshStarted);
    QSignalSpy statuses(&workspace, &Workspace::statusesChanged);
    const int before = sandbox->networkAccessManager()->requestCount();

    IpsecSiteConnectionDraft draft;
    draft.name = u"second"_s;
    draft.vpnserviceId = existing.vpnserviceId;
    draft.ikepolicyId = existing.ikepolicyId;
    draft.ipsecpolicyId = existing.ipsecpolicyId;
    draft.localEpGroupId = existing.localEpGroupId;
    draft.peerEpGroupId = existing.peerEpGroupId;
    draft.peerAddress = u"198.51.100.77"_s;
    draft.peerId = u"198.51.100.77"_s;
    draft.psk = Secret(u"a-fine-key-of-some-length"_s);
    auto *create = workspace.create<IpsecSiteConnection>(draft);
    // The job deletes itself once finished: its outcome is taken as it finishes.
    std::optional<ApiError> outcome;
    connect(create, &openstack::Job::finished, this, [&outcome](openstack::Job *done) { outcome = done->error(); });
    create->start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY2(!outcome->isError(), qPrintable(outcome->userMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(workspace.runningJobs(), 0, 10000);
    QCOMPARE(sandbox->networkAccessManager()->requestCount() - before, 3); // the POST and two status reads
    QCOMPARE(refreshed.size(), 0);
    const QString id = workspace.state().connections.last().id;
    QCOMPARE(workspace.state().connections.last().status.api(), u"PENDING_CREATE"_s);

    // The agent (here: a write to the sandbox's store) settles it; a status read brings it and
    // names what changed.
    std::optional<QJsonObject> stored = sandbox->store()->get(u"ipsec-site-connections"_s, id);
    QVERIFY(stored);
    stored->insert(u"status"_s, u"ACTIVE"_s);
    QString error;
    QVERIFY2(sandbox->store()->apply({{u"ipsec-site-connections"_s, id, *stored}}, &error), qPrintable(error));
    statuses.clear();
    workspace.refreshStatuses();
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.runningJobs(), 0, 10000);
    QCOMPARE(workspace.state().connection(id)->status.api(), u"ACTIVE"_s);
    bool named = false;
    for (const QList<QVariant> &signal : std::as_const(statuses)) {
        if (signal.at(0).value<ResourceKind>() == ResourceKind::IpsecSiteConnection)
            named = signal.at(1).toStringList().contains(id);
    }
    QVERIFY(named);
    QCOMPARE(refreshed.size(), 0);
}

void TestWorkspace::appliedStatuses_data()
{
    QTest::addColumn<QString>("seen"); // the status another reader saw for the first connection ("same": its own)
    QTest::addColumn<bool>("unknownToo"); // plus a connection the snapshot does not have
    QTest::addColumn<bool>("changes");
    QTest::addRow("a new status") << u"DOWN"_s << false << true;
    QTest::addRow("the same status") << u"same"_s << false << false;
    QTest::addRow("an unknown connection is left to the next refresh") << u"same"_s << true << false;
    QTest::addRow("an empty status is no news") << QString() << false << false;
}

void TestWorkspace::appliedStatuses()
{
    QFETCH(QString, seen);
    QFETCH(bool, unknownToo);
    QFETCH(bool, changes);
    auto sandbox = openSandbox();
    Workspace workspace;
    connectToSandbox(workspace, *sandbox);
    QVERIFY(waitForRefresh(workspace));
    const IpsecSiteConnection first = workspace.state().connections.first();
    const QString before = first.status.api();
    QVERIFY(before != u"DOWN");
    if (seen == u"same")
        seen = before;
    QSignalSpy statuses(&workspace, &Workspace::statusesChanged);
    QSignalSpy state(&workspace, &Workspace::stateChanged);
    QHash<QString, QString> polled{{first.id, seen}};
    if (unknownToo)
        polled.insert(u"not-in-the-snapshot"_s, u"DOWN"_s);
    workspace.applyStatuses(ResourceKind::IpsecSiteConnection, polled);
    QCOMPARE(statuses.size(), changes ? 1 : 0);
    QCOMPARE(state.size(), 0);
    QCOMPARE(workspace.state().connections.first().status.api(), changes ? seen : before);
    QVERIFY(!workspace.state().connection(u"not-in-the-snapshot"_s));
    if (changes)
        QCOMPARE(statuses.first().at(1).toStringList(), QStringList{first.id});
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

namespace {

FakeNetworkAccessManager::Answer fakeAnswer(const char *method, const QString &path, int status, const QByteArray &body)
{
    FakeNetworkAccessManager::Answer a;
    a.method = method;
    a.path = path;
    a.status = status;
    a.body = body;
    a.headers.insert("Content-Type", "application/json");
    return a;
}

FakeNetworkAccessManager::Answer adminToken(const QString &projectId, const QString &projectName)
{
    const QJsonObject token{
        {u"expires_at"_s, QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)},
        {u"project"_s, QJsonObject{{u"id"_s, projectId}, {u"name"_s, projectName}}},
        {u"roles"_s, QJsonArray{QJsonObject{{u"name"_s, u"admin"_s}}}},
        {u"catalog"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"network"_s},
                                {u"endpoints"_s,
                                 QJsonArray{QJsonObject{{u"interface"_s, u"public"_s},
                                                        {u"region_id"_s, u"RegionOne"_s},
                                                        {u"url"_s, u"http://net:9696"_s}}}}}}}};
    auto a = fakeAnswer("POST", u"/v3/auth/tokens"_s, 201,
                        QJsonDocument(QJsonObject{{u"token"_s, token}}).toJson(QJsonDocument::Compact));
    a.headers.insert("X-Subject-Token", "token-" + projectId.toUtf8());
    return a;
}

/*! One refresh's answers: every list empty, the vpnaas extension there. */
void expectEmptyRefresh(FakeNetworkAccessManager &network)
{
    network.expect(fakeAnswer("GET", u"/v2.0/extensions"_s, 200, R"({"extensions": [{"alias": "vpnaas"}]})"));
    const std::pair<const char *, const char *> lists[] = {
        {"/v2.0/routers", "routers"},
        {"/v2.0/subnets", "subnets"},
        {"/v2.0/networks", "networks"},
        {"/v2.0/vpn/ikepolicies", "ikepolicies"},
        {"/v2.0/vpn/ipsecpolicies", "ipsecpolicies"},
        {"/v2.0/vpn/vpnservices", "vpnservices"},
        {"/v2.0/vpn/endpoint-groups", "endpoint_groups"},
        {"/v2.0/vpn/ipsec-site-connections", "ipsec_site_connections"},
    };
    for (const auto &[path, key] : lists)
        network.expect(fakeAnswer("GET", QString::fromLatin1(path), 200, "{\"" + QByteArray(key) + "\": []}"));
}

/*! The list GETs among \a requests from \a first on, path → query. */
QMap<QString, QString> listQueries(const QList<FakeNetworkAccessManager::Request> &requests, qsizetype first)
{
    QMap<QString, QString> queries;
    for (qsizetype i = first; i < requests.size(); ++i) {
        if (requests[i].method == "GET" && requests[i].url.path().startsWith(u"/v2.0/"))
            queries.insert(requests[i].url.path(), requests[i].url.query());
    }
    return queries;
}

} // namespace

void TestWorkspace::projectScope()
{
    FakeNetworkAccessManager network;
    network.expect(adminToken(u"p-demo"_s, u"demo"_s));
    expectEmptyRefresh(network);
    network.expect(fakeAnswer("GET", u"/v3/auth/projects"_s, 200,
                              R"({"projects": [{"id": "p-demo", "name": "demo"}, {"id": "p-beta", "name": "beta"}]})"));
    network.expect(fakeAnswer("GET", u"/v3/projects"_s, 200,
                              R"({"projects": [{"id": "p-demo", "name": "demo"}, {"id": "p-beta", "name": "beta"},
                                               {"id": "p-x", "name": "x"}]})"));
    CloudProfile profile;
    profile.name = u"ops"_s;
    profile.authUrl = QUrl(u"http://keystone:5000/v3"_s);
    profile.username = u"admin"_s;
    profile.password = Secret(u"admin-password"_s);
    profile.projectName = u"demo"_s;
    Workspace workspace;
    QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
    workspace.connectTo(profile, &network);
    QTRY_COMPARE(refreshed.size(), 1);

    // The token's project only: the VPN lists, routers and subnets ask for it; networks do not.
    QMap<QString, QString> queries = listQueries(network.requests(), 0);
    QCOMPARE(queries.size(), 9);
    for (auto it = queries.cbegin(); it != queries.cend(); ++it) {
        const bool whole = it.key() == u"/v2.0/networks" || it.key() == u"/v2.0/extensions";
        QCOMPARE(it.value().contains(u"project_id=p-demo"), !whole);
    }
    QTRY_VERIFY(workspace.projects() && workspace.projects()->isLoaded());
    QVERIFY(workspace.isAdmin());
    QCOMPARE(workspace.projectId(), u"p-demo"_s);
    QCOMPARE(workspace.projectName(), u"demo"_s);
    QTRY_COMPARE(workspace.projectLabel(u"p-x"_s), u"x"_s);
    QCOMPARE(workspace.projectLabel(u"p-unknown"_s), u"p-unknown"_s);

    // All projects: the same token, lists without the project.
    const qsizetype before = network.requests().size();
    QSignalSpy scope(&workspace, &Workspace::scopeChanged);
    expectEmptyRefresh(network);
    workspace.setAllProjects(true);
    QVERIFY(scope.size() >= 1);
    QTRY_COMPARE(refreshed.size(), 2);
    queries = listQueries(network.requests(), before);
    QCOMPARE(queries.size(), 9);
    for (const QString &query : std::as_const(queries))
        QVERIFY2(!query.contains(u"project_id"), qPrintable(query));

    // Creating for another project while all are shown: the draft carries it.
    workspace.setCreateProject(u"p-beta"_s);
    network.expect(fakeAnswer("POST", u"/v2.0/vpn/ikepolicies"_s, 201,
                              R"({"ikepolicy": {"id": "ike-1", "name": "n", "project_id": "p-beta"}})"));
    IkePolicyDraft draft;
    draft.name = u"n"_s;
    auto *create = workspace.create<IkePolicy>(draft);
    QSignalSpy created(create, &openstack::Job::finished);
    create->start();
    QTRY_COMPARE(created.size(), 1);
    const auto post = std::find_if(network.requests().cbegin(), network.requests().cend(), [](const auto &r) {
        return r.method == "POST" && r.url.path().endsWith(u"ikepolicies");
    });
    QVERIFY(post != network.requests().cend());
    QCOMPARE(QJsonDocument::fromJson(post->body)[u"ikepolicy"][u"project_id"].toString(), u"p-beta"_s);
    QCOMPARE(refreshed.size(), 2); // the reply is the new state: no refresh follows

    // Switching project: a token scoped to it (same credentials), the project's own view again.
    network.expect(adminToken(u"p-beta"_s, u"beta"_s));
    expectEmptyRefresh(network);
    network.expect(
        fakeAnswer("GET", u"/v3/auth/projects"_s, 200, R"({"projects": [{"id": "p-beta", "name": "beta"}]})"));
    network.expect(fakeAnswer("GET", u"/v3/projects"_s, 200, R"({"projects": [{"id": "p-beta", "name": "beta"}]})"));
    const qsizetype beforeSwitch = network.requests().size();
    workspace.switchProject(u"p-beta"_s);
    QTRY_COMPARE(refreshed.size(), 3);
    QVERIFY(!workspace.allProjects());
    QCOMPARE(workspace.projectId(), u"p-beta"_s);
    const auto &auth = network.requests().at(beforeSwitch);
    QCOMPARE(auth.url.path(), u"/v3/auth/tokens"_s);
    QCOMPARE(QJsonDocument::fromJson(auth.body)[u"auth"][u"scope"][u"project"][u"id"].toString(), u"p-beta"_s);
    QVERIFY(listQueries(network.requests(), beforeSwitch)
                .value(u"/v2.0/vpn/ipsec-site-connections"_s)
                .contains(u"project_id=p-beta"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
