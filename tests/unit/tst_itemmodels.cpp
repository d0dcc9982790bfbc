// SPDX-License-Identifier: Apache-2.0
// The small item models and the detail description: navigation counts, the cloud selector
// (clouds then the sandbox, initial choice), resource details with links and a masked PSK.
#include "itemmodels/cloudlistmodel.h"
#include "itemmodels/navigationmodel.h"
#include "itemmodels/resourcedetails.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

openstack::CloudConfig twoClouds(const QString &defaultCloud)
{
    openstack::CloudConfig config;
    openstack::CloudProfile a;
    a.name = u"prod"_s;
    a.projectName = u"ops"_s;
    a.source = u"/home/op/.config/openstack/clouds.yaml"_s;
    openstack::CloudProfile b;
    b.name = u"envvars"_s;
    b.source = u"environment"_s;
    config.clouds = {a, b};
    config.defaultCloud = defaultCloud;
    return config;
}

const DetailField *field(const ResourceDetails &details, const QString &label)
{
    for (const DetailField &f : details.fields) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigationCounts();
    void cloudList();
    void initialCloud_data();
    void initialCloud();
    void connectionDetails();
    void policyDetailsListUsers();
    void unknownResource();
};

void TestItemModels::navigationCounts()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addView(u"config"_s, u"Config preview"_s);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0).data().toString(), u"IKE policies"_s);
    QCOMPARE(model.index(0).data(NavigationModel::CountRole).toInt(), -1);
    QCOMPARE(model.viewNameAt(4), u"resources:ipsec-site-connections"_s);
    QCOMPARE(model.rowOf(u"config"_s), 5);
    QCOMPARE(model.rowOf(u"nope"_s), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setState(seedState());
    QCOMPARE(changed.size(), 5);
    QCOMPARE(model.index(3).data().toString(), u"Endpoint groups (2)"_s);
    QCOMPARE(model.index(4).data(NavigationModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(5).data().toString(), u"Config preview"_s);

    changed.clear();
    model.setState(seedState());
    QCOMPARE(changed.size(), 0);
    model.setState({}, false);
    QCOMPARE(model.index(3).data().toString(), u"Endpoint groups"_s);
}

void TestItemModels::cloudList()
{
    CloudListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data(CloudListModel::IsSandboxRole).toBool());
    QCOMPARE(model.index(0).data(CloudListModel::NameRole).toString(), CloudListModel::sandboxName());
    QVERIFY(model.index(0).data().toString().contains(u"simulated"_s));

    model.setClouds(twoClouds({}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"prod — ops"_s);
    QCOMPARE(model.index(1).data(CloudListModel::SourceRole).toString(), u"OS_* environment variables"_s);
    QCOMPARE(model.sandboxRow(), 2);
    QVERIFY(model.profileAt(0));
    QCOMPARE(model.profileAt(0)->name, u"prod"_s);
    QVERIFY(!model.profileAt(2));
    QCOMPARE(model.rowOf(u"Sandbox"_s), 2);
}

void TestItemModels::initialCloud_data()
{
    QTest::addColumn<bool>("withClouds");
    QTest::addColumn<QString>("defaultCloud");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing configured") << false << QString() << QString() << u"Sandbox"_s;
    QTest::newRow("remembered sandbox") << true << QString() << u"Sandbox"_s << u"Sandbox"_s;
    QTest::newRow("remembered cloud") << true << u"prod"_s << u"envvars"_s << u"envvars"_s;
    QTest::newRow("remembered cloud gone") << true << u"envvars"_s << u"old"_s << u"envvars"_s;
    QTest::newRow("first cloud") << true << QString() << QString() << u"prod"_s;
    QTest::newRow("gone, nothing configured") << false << QString() << u"prod"_s << u"Sandbox"_s;
}

void TestItemModels::initialCloud()
{
    QFETCH(bool, withClouds);
    QFETCH(QString, defaultCloud);
    QFETCH(QString, remembered);
    QFETCH(QString, expected);
    CloudListModel model;
    if (withClouds)
        model.setClouds(twoClouds(defaultCloud));
    QCOMPARE(model.index(model.initialRow(remembered)).data(CloudListModel::NameRole).toString(), expected);
}

void TestItemModels::connectionDetails()
{
    const ServerState state = seedState();
    const IpsecSiteConnection &conn = state.connections.first();
    const ResourceDetails details = describeResource(ResourceKind::IpsecSiteConnection, conn.id, state);
    QVERIFY(details.isValid());
    QCOMPARE(details.title, u"conn"_s);
    QCOMPARE(details.status, conn.status.api());

    const DetailField *ike = field(details, u"IKE policy"_s);
    QVERIFY(ike);
    QCOMPARE(ike->links.size(), 1);
    QCOMPARE(ike->links[0], (DetailLink{ResourceKind::IkePolicy, conn.ikepolicyId, u"ikepolicy"_s}));
    const DetailField *service = field(details, u"VPN service"_s);
    QVERIFY(service);
    QCOMPARE(service->links[0].text, u"vpn"_s);
    QCOMPARE(field(details, u"Local endpoint group"_s)->links[0].text, u"ep_subnet"_s);
    QCOMPARE(field(details, u"Peer endpoint group"_s)->links[0].text, u"ep_cidr"_s);

    const DetailField *psk = field(details, u"Pre-shared key"_s);
    QVERIFY(psk && psk->secret);
    QCOMPARE(*psk->secret, conn.psk);
    for (const DetailField &f : details.fields)
        QVERIFY2(!f.value.contains(conn.psk.reveal()), qPrintable(f.label));
}

void TestItemModels::policyDetailsListUsers()
{
    const ServerState state = seedState();
    const ResourceDetails details = describeResource(ResourceKind::IkePolicy, state.ikePolicies.first().id, state);
    const DetailField *users = field(details, u"Used by"_s);
    QVERIFY(users);
    QCOMPARE(users->links.size(), 1);
    QCOMPARE(users->links[0].kind, ResourceKind::IpsecSiteConnection);
    QCOMPARE(users->links[0].text, u"conn"_s);
    QVERIFY(!field(details, u"Integrity"_s)->warning.isEmpty()); // sha1 default

    ServerState unused = state;
    unused.connections.clear();
    const ResourceDetails alone = describeResource(ResourceKind::IkePolicy, state.ikePolicies.first().id, unused);
    QCOMPARE(field(alone, u"Used by"_s)->links.size(), 0);
    QCOMPARE(field(alone, u"Used by"_s)->value, u"no connection"_s);
}

void TestItemModels::unknownResource()
{
    QVERIFY(!describeResource(ResourceKind::VpnService, u"nope"_s, seedState()).isValid());
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
