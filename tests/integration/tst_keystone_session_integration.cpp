// SPDX-License-Identifier: Apache-2.0
//
// Keystone v3 authentication against a real Keystone in front of a real neutron-server
// (run-with-openstack --keystone): password, application credential and token, the service
// catalog, clouds.yaml + secure.yaml end to end, and a wrong password.
#include "openstack/cloudconfigloader.h"
#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"
#include "openstack/session.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

Q_DECLARE_METATYPE(vpnaas::openstack::CloudProfile)

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

CloudProfile password(const QString &user, const QString &secret, const QString &project)
{
    CloudProfile p;
    p.name = u"keystone-"_s + user;
    p.authUrl = QUrl(env("KEYSTONE_URL"));
    p.username = user;
    p.password = Secret(secret);
    p.projectName = project;
    p.userDomainName = u"Default"_s;
    p.projectDomainName = u"Default"_s;
    p.regionName = env("KEYSTONE_REGION");
    return p;
}

} // namespace

class TestKeystoneSessionIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void authenticatesAndUsesCatalog_data();
    void authenticatesAndUsesCatalog();
    void tokenAuth();
    void wrongPassword();
    void unknownRegion();
    void cloudsYamlEndToEnd();

private:
    template<typename J>
    void run(J &job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() == 1; }, 60000), "job did not finish");
    }
    /*! Lists IKE policies through \a profile; returns the job's error. */
    ApiError listWith(const CloudProfile &profile, int *count = nullptr);

    QNetworkAccessManager m_network;
};

ApiError TestKeystoneSessionIntegration::listWith(const CloudProfile &profile, int *count)
{
    Session session(profile, &m_network);
    NeutronClient client(&session, &m_network);
    ListIkePoliciesJob job(&client);
    run(job);
    if (count)
        *count = int(job.items().size());
    if (!job.error().isError())
        [&] { QCOMPARE(session.networkEndpoint(), QUrl(env("NEUTRON_URL"))); }();
    return job.error();
}

void TestKeystoneSessionIntegration::initTestCase()
{
    for (const char *name : {"KEYSTONE_URL", "NEUTRON_URL", "KEYSTONE_APPCRED_ID", "KEYSTONE_APPCRED_SECRET"})
        QVERIFY2(!env(name).isEmpty(), "run through tests/integration/run-with-openstack --keystone");
    // demo creates one IKE policy, so that scoping is visible.
    Session session(password(u"demo"_s, env("KEYSTONE_DEMO_PASSWORD"), u"demo"_s), &m_network);
    NeutronClient client(&session, &m_network);
    IkePolicyDraft draft;
    draft.name = u"demo-ike"_s;
    CreateIkePolicyJob create(&client, draft);
    run(create);
    QVERIFY2(!create.error().isError(), qPrintable(create.errorString()));
    QCOMPARE(create.created().projectId, session.projectId());
}

void TestKeystoneSessionIntegration::authenticatesAndUsesCatalog_data()
{
    QTest::addColumn<CloudProfile>("profile");
    QTest::addColumn<int>("minimum");
    QTest::addRow("password, demo") << password(u"demo"_s, env("KEYSTONE_DEMO_PASSWORD"), u"demo"_s) << 1;
    QTest::addRow("password, admin sees every project")
        << password(u"admin"_s, env("KEYSTONE_ADMIN_PASSWORD"), u"admin"_s) << 1;
    CloudProfile appcred;
    appcred.name = u"appcred"_s;
    appcred.authTypeName = u"v3applicationcredential"_s;
    appcred.authUrl = QUrl(env("KEYSTONE_URL"));
    appcred.applicationCredentialId = env("KEYSTONE_APPCRED_ID");
    appcred.applicationCredentialSecret = Secret(env("KEYSTONE_APPCRED_SECRET"));
    QTest::addRow("application credential") << appcred << 1;
    CloudProfile internal = password(u"demo"_s, env("KEYSTONE_DEMO_PASSWORD"), u"demo"_s);
    internal.interface = u"internal"_s;
    QTest::addRow("internal interface") << internal << 1;
}

void TestKeystoneSessionIntegration::authenticatesAndUsesCatalog()
{
    QFETCH(CloudProfile, profile);
    QFETCH(int, minimum);
    int count = 0;
    const ApiError error = listWith(profile, &count);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QVERIFY(count >= minimum);
}

void TestKeystoneSessionIntegration::tokenAuth()
{
    // A token from a password login, then a session that only has that token.
    QNetworkRequest request(QUrl(env("KEYSTONE_URL") + u"/auth/tokens"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body
        = QByteArrayLiteral(
              R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"name":"Default"},"password":")")
        + env("KEYSTONE_DEMO_PASSWORD").toUtf8()
        + QByteArrayLiteral(R"("}}},"scope":{"project":{"name":"demo","domain":{"name":"Default"}}}}})");
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(60000));
    const QByteArray token = reply->rawHeader("X-Subject-Token");
    reply->deleteLater();
    QVERIFY(!token.isEmpty());

    CloudProfile profile;
    profile.name = u"token"_s;
    profile.authTypeName = u"token"_s;
    profile.authUrl = QUrl(env("KEYSTONE_URL"));
    profile.token = Secret(QString::fromLatin1(token));
    profile.projectName = u"demo"_s;
    profile.projectDomainName = u"Default"_s;
    int count = 0;
    const ApiError error = listWith(profile, &count);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QCOMPARE(count, 1);
}

void TestKeystoneSessionIntegration::wrongPassword()
{
    const ApiError error = listWith(password(u"demo"_s, u"wrong-password"_s, u"demo"_s));
    QCOMPARE(error.kind, ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY2(error.userMessage().contains(u"keystone-demo"), qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().contains(u"requires authentication"));
    QVERIFY(!error.userMessage().contains(u"wrong-password"));
}

void TestKeystoneSessionIntegration::unknownRegion()
{
    CloudProfile profile = password(u"demo"_s, env("KEYSTONE_DEMO_PASSWORD"), u"demo"_s);
    profile.regionName = u"Atlantis"_s;
    const ApiError error = listWith(profile);
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QVERIFY(error.message.contains(u"Atlantis"));
}

void TestKeystoneSessionIntegration::cloudsYamlEndToEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile clouds(dir.filePath(u"clouds.yaml"_s));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    clouds.write(u"clouds:\n  demo:\n    auth:\n      auth_url: %1\n      username: demo\n      project_name: demo\n"
                 u"      user_domain_name: Default\n      project_domain_name: Default\n    region_name: %2\n"_s
                     .arg(env("KEYSTONE_URL"), env("KEYSTONE_REGION"))
                     .toUtf8());
    clouds.close();
    QFile secure(dir.filePath(u"secure.yaml"_s));
    QVERIFY(secure.open(QIODevice::WriteOnly));
    secure.write(u"clouds:\n  demo:\n    auth:\n      password: %1\n"_s.arg(env("KEYSTONE_DEMO_PASSWORD")).toUtf8());
    secure.close();

    CloudConfigLoader::Locations where;
    where.currentDir = dir.path();
    QProcessEnvironment environment;
    environment.insert(u"OS_CLOUD"_s, u"demo"_s);
    const CloudConfig config = CloudConfigLoader::load(environment, where);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.defaultCloud, u"demo"_s);
    int count = 0;
    const ApiError error = listWith(*config.cloud(u"demo"_s), &count);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QCOMPARE(count, 1);
}

QTEST_GUILESS_MAIN(TestKeystoneSessionIntegration)
#include "tst_keystone_session_integration.moc"
