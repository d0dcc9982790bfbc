// SPDX-License-Identifier: Apache-2.0
//
// Projects and regions as Neutron itself enforces them, through the console's Session and
// NeutronClient, against run-with-openstack --keystone: a real Keystone with the projects demo
// and beta, the users admin, alice (member of both) and bob (member of demo), and a real
// neutron-server behind keystonemiddleware in each of RegionOne and RegionTwo. A member sees
// only the project its token is scoped to, admin sees every project, and a region's resources
// stay in that region.
#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"
#include "openstack/session.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

/*! Who logs in, scoped to which project, in which region (names of the harness's variables). */
struct Login {
    const char *user;
    const char *password;
    const char *project;
    const char *region;
};

CloudProfile profileFor(const Login &login)
{
    CloudProfile p;
    p.name = u"%1@%2/%3"_s.arg(env(login.user), env(login.project), env(login.region));
    p.authUrl = QUrl(env("KEYSTONE_URL"));
    p.username = env(login.user);
    p.password = Secret(env(login.password));
    p.projectName = env(login.project);
    p.userDomainName = env("KEYSTONE_DOMAIN");
    p.projectDomainName = env("KEYSTONE_DOMAIN");
    p.regionName = env(login.region);
    return p;
}

const Login bobDemoOne{"KEYSTONE_ONE_USER", "KEYSTONE_ONE_PASSWORD", "KEYSTONE_PROJECT_A", "KEYSTONE_REGION"};
const Login bobDemoTwo{"KEYSTONE_ONE_USER", "KEYSTONE_ONE_PASSWORD", "KEYSTONE_PROJECT_A", "KEYSTONE_REGION_TWO"};
const Login bobBetaOne{"KEYSTONE_ONE_USER", "KEYSTONE_ONE_PASSWORD", "KEYSTONE_PROJECT_B", "KEYSTONE_REGION"};
const Login aliceDemoOne{"KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_A", "KEYSTONE_REGION"};
const Login aliceBetaOne{"KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_B", "KEYSTONE_REGION"};
const Login aliceBetaTwo{"KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_B", "KEYSTONE_REGION_TWO"};
const Login adminOne{"KEYSTONE_ADMIN_USER", "KEYSTONE_ADMIN_PASSWORD", "KEYSTONE_ADMIN_PROJECT", "KEYSTONE_REGION"};
const Login adminTwo{"KEYSTONE_ADMIN_USER", "KEYSTONE_ADMIN_PASSWORD", "KEYSTONE_ADMIN_PROJECT", "KEYSTONE_REGION_TWO"};

/*! The IKE policies the test case creates: name → (login that creates it, project id variable). */
struct Seed {
    QString name;
    Login login;
    const char *projectIdVariable;
};

const QList<Seed> &seeds()
{
    static const QList<Seed> all{
        {u"bob-demo-one"_s, bobDemoOne, "KEYSTONE_PROJECT_A_ID"},
        {u"alice-beta-one"_s, aliceBetaOne, "KEYSTONE_PROJECT_B_ID"},
        {u"bob-demo-two"_s, bobDemoTwo, "KEYSTONE_PROJECT_A_ID"},
    };
    return all;
}

/*! "name project-id" of each seed in \a names, sorted: what a list must return exactly. */
QStringList expected(const QStringList &names)
{
    QStringList out;
    for (const Seed &seed : seeds()) {
        if (names.contains(seed.name))
            out << seed.name + u' ' + env(seed.projectIdVariable);
    }
    out.sort();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Login)

class TestKeystoneProjectsIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsOnlyWhatTheTokenMaySee_data();
    void listsOnlyWhatTheTokenMaySee();
    void otherProjectsResourceIsNotFound_data();
    void otherProjectsResourceIsNotFound();
    void memberOfOneProjectCannotScopeToTheOther();
    void adminCreatesInAnotherProject();

private:
    /*! A session and a client for \a login; the session finds the region's endpoint. */
    struct Cloud {
        std::unique_ptr<Session> session;
        std::unique_ptr<NeutronClient> client;
    };
    Cloud connect(const Login &login)
    {
        Cloud cloud;
        cloud.session = std::make_unique<Session>(profileFor(login), &m_network);
        cloud.client = std::make_unique<NeutronClient>(cloud.session.get(), &m_network);
        return cloud;
    }
    template<typename J>
    static bool run(J &job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        return QTest::qWaitFor([&] { return finished.size() == 1; }, 60000);
    }
    /*! The region's own neutron-server, as the harness started it. */
    static QUrl neutronOf(const Login &login)
    {
        return QUrl(env(login.region) == env("KEYSTONE_REGION_TWO") ? env("NEUTRON_URL_REGION_TWO")
                                                                    : env("NEUTRON_URL"));
    }

    QNetworkAccessManager m_network;
    QHash<QString, QString> m_ids; // seed name → id
};

void TestKeystoneProjectsIntegration::initTestCase()
{
    for (const char *name :
         {"KEYSTONE_URL", "KEYSTONE_DOMAIN", "KEYSTONE_REGION", "KEYSTONE_REGION_TWO", "NEUTRON_URL",
          "NEUTRON_URL_REGION_TWO", "KEYSTONE_PROJECT_A", "KEYSTONE_PROJECT_A_ID", "KEYSTONE_PROJECT_B",
          "KEYSTONE_PROJECT_B_ID", "KEYSTONE_ADMIN_USER", "KEYSTONE_ADMIN_PASSWORD", "KEYSTONE_ADMIN_PROJECT",
          "KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_ONE_USER", "KEYSTONE_ONE_PASSWORD"})
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(u"%1 is not set: run through tests/integration/run-with-openstack --keystone"_s.arg(
                     QLatin1StringView(name))));
    QVERIFY(env("NEUTRON_URL") != env("NEUTRON_URL_REGION_TWO"));

    for (const Seed &seed : seeds()) {
        Cloud cloud = connect(seed.login);
        IkePolicyDraft draft;
        draft.name = seed.name;
        CreateIkePolicyJob create(cloud.client.get(), draft);
        QVERIFY2(run(create), qPrintable(seed.name));
        QVERIFY2(!create.error().isError(), qPrintable(create.errorString()));
        // Neutron puts it in the token's project; the session knows that project's id.
        QCOMPARE(create.created().projectId, env(seed.projectIdVariable));
        QCOMPARE(cloud.session->projectId(), env(seed.projectIdVariable));
        QCOMPARE(cloud.session->networkEndpoint(), neutronOf(seed.login));
        m_ids.insert(seed.name, create.created().id);
    }
}

void TestKeystoneProjectsIntegration::listsOnlyWhatTheTokenMaySee_data()
{
    QTest::addColumn<Login>("login");
    QTest::addColumn<QStringList>("visible");
    QTest::addRow("alice in demo sees bob's demo policy") << aliceDemoOne << QStringList{u"bob-demo-one"_s};
    QTest::addRow("alice in beta sees only beta's") << aliceBetaOne << QStringList{u"alice-beta-one"_s};
    QTest::addRow("bob in demo") << bobDemoOne << QStringList{u"bob-demo-one"_s};
    QTest::addRow("admin sees both projects") << adminOne << QStringList{u"bob-demo-one"_s, u"alice-beta-one"_s};
    QTest::addRow("RegionTwo: bob in demo sees only that region's") << bobDemoTwo << QStringList{u"bob-demo-two"_s};
    QTest::addRow("RegionTwo: alice in beta sees nothing") << aliceBetaTwo << QStringList{};
    QTest::addRow("RegionTwo: admin sees only that region's") << adminTwo << QStringList{u"bob-demo-two"_s};
}

void TestKeystoneProjectsIntegration::listsOnlyWhatTheTokenMaySee()
{
    QFETCH(Login, login);
    QFETCH(QStringList, visible);
    Cloud cloud = connect(login);
    ListIkePoliciesJob list(cloud.client.get());
    QVERIFY(run(list));
    QVERIFY2(!list.error().isError(), qPrintable(list.errorString()));
    // The catalog led the session to the region's own server.
    QCOMPARE(cloud.session->networkEndpoint(), neutronOf(login));
    QStringList seen;
    for (const IkePolicy &policy : list.items())
        seen << policy.name + u' ' + policy.projectId;
    seen.sort();
    QCOMPARE(seen, expected(visible));
}

void TestKeystoneProjectsIntegration::otherProjectsResourceIsNotFound_data()
{
    QTest::addColumn<Login>("login");
    QTest::addColumn<QString>("seed");
    QTest::addRow("alice in beta, demo's policy") << aliceBetaOne << u"bob-demo-one"_s;
    QTest::addRow("bob in demo, beta's policy") << bobDemoOne << u"alice-beta-one"_s;
    QTest::addRow("RegionTwo, RegionOne's policy") << bobDemoTwo << u"bob-demo-one"_s;
    QTest::addRow("RegionOne, RegionTwo's policy") << bobDemoOne << u"bob-demo-two"_s;
}

void TestKeystoneProjectsIntegration::otherProjectsResourceIsNotFound()
{
    QFETCH(Login, login);
    QFETCH(QString, seed);
    Cloud cloud = connect(login);
    ShowIkePolicyJob show(cloud.client.get(), m_ids.value(seed));
    QVERIFY(run(show));
    QCOMPARE(show.error().kind, ApiError::Kind::NotFound);
    // Nor can it be deleted from there: still there for its owner afterwards.
    DeleteIkePolicyJob remove(cloud.client.get(), m_ids.value(seed));
    QVERIFY(run(remove));
    QCOMPARE(remove.error().kind, ApiError::Kind::NotFound);
    const auto owner = std::find_if(seeds().cbegin(), seeds().cend(), [&](const Seed &s) { return s.name == seed; });
    QVERIFY(owner != seeds().cend());
    Cloud ownerCloud = connect(owner->login);
    ShowIkePolicyJob again(ownerCloud.client.get(), m_ids.value(seed));
    QVERIFY(run(again));
    QVERIFY2(!again.error().isError(), qPrintable(again.errorString()));
    QCOMPARE(again.item().name, seed);
}

void TestKeystoneProjectsIntegration::memberOfOneProjectCannotScopeToTheOther()
{
    Cloud cloud = connect(bobBetaOne);
    ListIkePoliciesJob list(cloud.client.get());
    QVERIFY(run(list));
    QCOMPARE(list.error().kind, ApiError::Kind::Authentication);
    QCOMPARE(list.error().httpStatus, 401);
    QVERIFY(list.items().isEmpty());
    QVERIFY(!list.error().userMessage().contains(env("KEYSTONE_ONE_PASSWORD")));
}

void TestKeystoneProjectsIntegration::adminCreatesInAnotherProject()
{
    // What an admin's wizard does for a chosen project: project_id in the body.
    Cloud admin = connect(adminOne);
    IkePolicyDraft draft;
    draft.name = u"admin-for-beta"_s;
    draft.projectId = env("KEYSTONE_PROJECT_B_ID");
    CreateIkePolicyJob create(admin.client.get(), draft);
    QVERIFY(run(create));
    QVERIFY2(!create.error().isError(), qPrintable(create.errorString()));
    QCOMPARE(create.created().projectId, env("KEYSTONE_PROJECT_B_ID"));

    const auto namesFor = [this](const Login &login) {
        Cloud cloud = connect(login);
        ListIkePoliciesJob list(cloud.client.get());
        QStringList names;
        if (run(list) && !list.error().isError()) {
            for (const IkePolicy &policy : list.items())
                names << policy.name;
        }
        names.sort();
        return names;
    };
    QCOMPARE(namesFor(aliceBetaOne), (QStringList{u"admin-for-beta"_s, u"alice-beta-one"_s}));
    QCOMPARE(namesFor(aliceDemoOne), QStringList{u"bob-demo-one"_s});

    DeleteIkePolicyJob remove(admin.client.get(), create.created().id);
    QVERIFY(run(remove));
    QVERIFY2(!remove.error().isError(), qPrintable(remove.errorString()));
    QCOMPARE(namesFor(aliceBetaOne), QStringList{u"alice-beta-one"_s});
}

QTEST_GUILESS_MAIN(TestKeystoneProjectsIntegration)
#include "tst_keystone_projects_integration.moc"
