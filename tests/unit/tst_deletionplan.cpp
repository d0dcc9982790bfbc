// SPDX-License-Identifier: Apache-2.0
// What deleting a selection means before anything is sent: kept resources with the server's
// reason, and the policies/groups only the deleted connections use (groups before policies).
#include "workspace/deletionplan.h"

#include "itemmodels/resourcekind.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

/*! The seed plus a second connection "conn2" sharing the seed's IKE policy and groups, with its own IPsec policy. */
ServerState twoConnections()
{
    ServerState state = seedState();
    IpsecPolicy own;
    own.id = u"ipsec-2"_s;
    own.name = u"ipsec2"_s;
    state.ipsecPolicies.append(own);
    IpsecSiteConnection second = state.connections.first();
    second.id = u"conn-2"_s;
    second.name = u"conn2"_s;
    second.ipsecpolicyId = own.id;
    state.connections.append(second);
    return state;
}

QStringList names(const QList<ResourceRef> &refs, const ServerState &state)
{
    QStringList result;
    for (const ResourceRef &ref : refs)
        result.append(resourceDisplayName(ref.kind, ref.id, state));
    return result;
}

} // namespace

class TestDeletionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inUseIsKept();
    void connectionTakesItsOrphans();
    void sharedPoliciesAreNotOrphans_data();
    void sharedPoliciesAreNotOrphans();
    void unknownIdIsKept();
};

void TestDeletionPlan::inUseIsKept()
{
    const ServerState state = seedState();
    const QString ike = state.ikePolicies.first().id;
    const DeletionPlan plan = planDeletion(ResourceKind::IkePolicy, {ike}, state);
    QVERIFY(plan.deletable.isEmpty());
    QCOMPARE(plan.blocked.size(), 1);
    QCOMPARE(plan.blocked[0].first, (ResourceRef{ResourceKind::IkePolicy, ike}));
    QCOMPARE(plan.blocked[0].second.code, u"IKEPolicyInUse"_s);
    QCOMPARE(plan.blocked[0].second.httpStatus, 409);
    QVERIFY(plan.orphans.isEmpty());
    QVERIFY(plan.steps(true).isEmpty());
}

void TestDeletionPlan::connectionTakesItsOrphans()
{
    const ServerState state = seedState();
    const QString conn = state.connections.first().id;
    const DeletionPlan plan = planDeletion(ResourceKind::IpsecSiteConnection, {conn}, state);
    QCOMPARE(plan.deletable, (QList<ResourceRef>{{ResourceKind::IpsecSiteConnection, conn}}));
    QVERIFY(plan.blocked.isEmpty());
    // Groups first, then policies; the service stays (it belongs to the router, not the connection).
    QCOMPARE(names(plan.orphans, state), (QStringList{u"ep_subnet"_s, u"ep_cidr"_s, u"ikepolicy"_s, u"ipsecpolicy"_s}));
    QCOMPARE(plan.steps(false).size(), 1);
    QCOMPARE(plan.steps(true).size(), 5);
    QCOMPARE(plan.steps(true).first().kind, ResourceKind::IpsecSiteConnection);
}

void TestDeletionPlan::sharedPoliciesAreNotOrphans_data()
{
    QTest::addColumn<QStringList>("deleted");
    QTest::addColumn<QStringList>("orphans");
    QTest::addRow("one of two") << QStringList{u"conn2"_s} << QStringList{u"ipsec2"_s};
    QTest::addRow("both") << QStringList{u"conn"_s, u"conn2"_s}
                          << QStringList{u"ep_subnet"_s, u"ep_cidr"_s, u"ikepolicy"_s, u"ipsecpolicy"_s, u"ipsec2"_s};
}

void TestDeletionPlan::sharedPoliciesAreNotOrphans()
{
    QFETCH(QStringList, deleted);
    QFETCH(QStringList, orphans);
    const ServerState state = twoConnections();
    QStringList ids;
    for (const IpsecSiteConnection &connection : state.connections) {
        if (deleted.contains(connection.name))
            ids.append(connection.id);
    }
    const DeletionPlan plan = planDeletion(ResourceKind::IpsecSiteConnection, ids, state);
    QCOMPARE(plan.deletable.size(), deleted.size());
    QCOMPARE(names(plan.orphans, state), orphans);
}

void TestDeletionPlan::unknownIdIsKept()
{
    const ServerState state = seedState();
    const DeletionPlan plan
        = planDeletion(ResourceKind::EndpointGroup, {u"d8f4b1c2-0000-4000-8000-000000000000"_s}, state);
    QVERIFY(plan.deletable.isEmpty());
    QCOMPARE(plan.blocked.size(), 1);
    QCOMPARE(plan.blocked[0].second.httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestDeletionPlan)
#include "tst_deletionplan.moc"
