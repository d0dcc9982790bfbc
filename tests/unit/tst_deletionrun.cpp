// SPDX-License-Identifier: Apache-2.0
// Deleting a selection through the workspace over the sandbox: the steps go out in order and
// name what they delete, the snapshot and the server lose them, and the first refusal stops the
// run with the server's reason and how far it got.
#include "workspace/deletionrun.h"
#include "workspace/workspace.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

QString firstId(ResourceKind kind, const ServerState &state)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) -> QString {
        const QList<T> &items = state.items<T>();
        return items.isEmpty() ? QString() : items.first().id;
    });
}

} // namespace

class TestDeletionRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void run_data();
    void run();
    void notStartedReportsNothing();

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDeletionRun::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_sandbox->simulator()->setAgentDelay(0);
    m_workspace = std::make_unique<Workspace>();
    QSignalSpy refreshed(m_workspace.get(), &Workspace::refreshSucceeded);
    m_workspace->connectTo(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager(), true);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
}

void TestDeletionRun::cleanup()
{
    m_workspace.reset();
    m_sandbox.reset();
}

void TestDeletionRun::run_data()
{
    QTest::addColumn<ResourceKind>("kind"); // the seed's first resource of this kind is selected
    QTest::addColumn<bool>("viaPlan"); // false: sent as is, even what the plan would keep
    QTest::addColumn<bool>("withOrphans");
    QTest::addColumn<QString>("failingDelete"); // a path prefix whose DELETE the server fails (500)
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("completed");
    QTest::addColumn<QString>("firstDescription");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<int>("connectionsLeft");
    QTest::addColumn<int>("ikePoliciesLeft");
    QTest::addColumn<int>("endpointGroupsLeft");

    const QString connection = u"Deleting IPsec site connection “conn”"_s;
    QTest::addRow("a connection alone") << ResourceKind::IpsecSiteConnection << true << false << QString() << true << 1
                                        << 1 << connection << QString() << 0 << 1 << 2;
    QTest::addRow("a connection and what only it uses")
        << ResourceKind::IpsecSiteConnection << true << true << QString() << true << 5 << 5 << connection << QString()
        << 0 << 0 << 0;
    QTest::addRow("an IKE policy in use is refused")
        << ResourceKind::IkePolicy << false << false << QString() << false << 1 << 0
        << u"Deleting IKE policy “ikepolicy”"_s << u"IKEPolicyInUse"_s << 1 << 1 << 2;
    QTest::addRow("the first failure stops the rest")
        << ResourceKind::IpsecSiteConnection << true << true << u"/v2.0/vpn/endpoint-groups"_s << false << 5 << 1
        << connection << u"HTTPInternalServerError"_s << 0 << 1 << 2;
}

void TestDeletionRun::run()
{
    QFETCH(ResourceKind, kind);
    QFETCH(bool, viaPlan);
    QFETCH(bool, withOrphans);
    QFETCH(QString, failingDelete);
    QFETCH(bool, succeeds);
    QFETCH(int, total);
    QFETCH(int, completed);
    QFETCH(QString, firstDescription);
    QFETCH(QString, errorType);
    QFETCH(int, connectionsLeft);
    QFETCH(int, ikePoliciesLeft);
    QFETCH(int, endpointGroupsLeft);

    const ServerState &before = m_workspace->state();
    const QString id = firstId(kind, before);
    QVERIFY(!id.isEmpty());
    const QList<ResourceRef> steps = viaPlan
        ? planDeletion(kind, {id}, before, m_workspace->capabilities()).steps(withOrphans)
        : QList<ResourceRef>{{kind, id}};
    if (!failingDelete.isEmpty())
        m_sandbox->networkAccessManager()->injectFault({"DELETE", failingDelete, 500});

    DeletionRun run(m_workspace.get(), steps);
    QCOMPARE(run.stepCount(), total);
    QSignalSpy progress(&run, &DeletionRun::progress);
    QSignalSpy finished(&run, &DeletionRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    QCOMPARE(finished[0][0].toBool(), succeeds);
    QCOMPARE(run.succeeded(), succeeds);
    QCOMPARE(run.completedSteps(), completed);
    QCOMPARE(run.error().type, errorType);
    QCOMPARE(run.error().isError(), !succeeds);
    // One progress report per request sent: the completed ones and the one that failed.
    QCOMPARE(progress.size(), succeeds ? total : completed + 1);
    QCOMPARE(progress[0][0].toInt(), 1);
    QCOMPARE(progress[0][1].toInt(), total);
    QCOMPARE(progress[0][2].toString(), firstDescription);
    QCOMPARE(progress.last()[0].toInt(), progress.size());

    // The snapshot is patched at once; the server agrees.
    const ServerState &after = m_workspace->state();
    QCOMPARE(after.connections.size(), connectionsLeft);
    QCOMPARE(after.ikePolicies.size(), ikePoliciesLeft);
    QCOMPARE(after.endpointGroups.size(), endpointGroupsLeft);
    const ServerState &server = m_sandbox->server()->state();
    QCOMPARE(server.connections.size(), connectionsLeft);
    QCOMPARE(server.ikePolicies.size(), ikePoliciesLeft);
    QCOMPARE(server.endpointGroups.size(), endpointGroupsLeft);
}

void TestDeletionRun::notStartedReportsNothing()
{
    DeletionRun run(m_workspace.get(), {});
    QCOMPARE(run.stepCount(), 0);
    QCOMPARE(run.completedSteps(), 0);
    QVERIFY(!run.succeeded());
    QVERIFY(!run.error().isError());
}

QTEST_GUILESS_MAIN(TestDeletionRun)
#include "tst_deletionrun.moc"
