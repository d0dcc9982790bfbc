// SPDX-License-Identifier: Apache-2.0
#include "fakenetworkaccessmanager.h"
#include "fixtures.h"
#include "scriptedhttpserver.h"

#include "openstack/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

Q_DECLARE_METATYPE(vpnaas::openstack::CloudProfile)

namespace {

QByteArray tokenBody(const QDateTime &expires, const QJsonArray &networkEndpoints)
{
    const QJsonObject token{{u"expires_at"_s, expires.toUTC().toString(Qt::ISODateWithMs)},
                            {u"project"_s, QJsonObject{{u"id"_s, u"p-123"_s}, {u"name"_s, u"demo"_s}}},
                            {u"catalog"_s,
                             QJsonArray{QJsonObject{{u"type"_s, u"identity"_s},
                                                    {u"endpoints"_s,
                                                     QJsonArray{QJsonObject{{u"interface"_s, u"public"_s},
                                                                            {u"region_id"_s, u"RegionOne"_s},
                                                                            {u"url"_s, u"http://k:5000/v3/"_s}}}}},
                                        QJsonObject{{u"type"_s, u"network"_s}, {u"endpoints"_s, networkEndpoints}}}}};
    return QJsonDocument(QJsonObject{{u"token"_s, token}}).toJson(QJsonDocument::Compact);
}

QJsonObject endpoint(const char *interface, const char *region, const char *url)
{
    return {{u"interface"_s, QString::fromLatin1(interface)},
            {u"region_id"_s, QString::fromLatin1(region)},
            {u"region"_s, QString::fromLatin1(region)},
            {u"url"_s, QString::fromLatin1(url)}};
}

const QJsonArray kEndpoints{endpoint("public", "RegionOne", "http://net-one:9696/"),
                            endpoint("internal", "RegionOne", "http://net-one-internal:9696"),
                            endpoint("public", "RegionTwo", "https://net-two.example.org/v2.0/")};

FakeNetworkAccessManager::Answer tokenAnswer(const QDateTime &expires = QDateTime::currentDateTimeUtc().addSecs(3600),
                                             const QByteArray &token = "gAAAA-token-1")
{
    FakeNetworkAccessManager::Answer a;
    a.method = "POST";
    a.path = u"/v3/auth/tokens"_s;
    a.status = 201;
    a.body = tokenBody(expires, kEndpoints);
    a.headers.insert("X-Subject-Token", token);
    return a;
}

CloudProfile passwordProfile()
{
    CloudProfile p;
    p.name = u"test"_s;
    p.authUrl = QUrl(u"http://127.0.0.1:15000/v3"_s);
    p.username = u"admin"_s;
    p.password = Secret(u"secret"_s);
    p.projectName = u"admin"_s;
    p.userDomainName = u"Default"_s;
    p.projectDomainName = u"Default"_s;
    return p;
}

ApiError waitForToken(Session &session, bool forceRenew = false)
{
    std::optional<ApiError> result;
    QObject context;
    session.withToken(
        &context, [&](const ApiError &e) { result = e; }, forceRenew);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qFatal("withToken never answered");
    return *result;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordBodyMatchesRecordedRequest();
    void authBodies_data();
    void authBodies();
    void catalogSelection_data();
    void catalogSelection();
    void wrongPassword();
    void noAuthUsesEndpoint();
    void waitersShareOneAuthentication();
    void expiredTokenIsRenewed();
    void unusableProfiles_data();
    void unusableProfiles();
    void clientCertificate_data();
    void clientCertificate();
    void networkFailure();
    void urls_data();
    void urls();
    void destroyedSessionAnswersItsWaiters();
    void keystoneHangIsReportedByTheDeadline();
    void keystoneRedirectKeepsThePassword();
    void userInfoNeverLogged();
};

void TestSession::passwordBodyMatchesRecordedRequest()
{
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer());
    Session session(passwordProfile(), &network);
    QVERIFY(!waitForToken(session).isError());
    QCOMPARE(network.requests().size(), 1);
    const Fixture recorded = [] {
        for (const Fixture &fx : loadFixtures()) {
            if (fx.name == u"200_keystone_auth_tokens_password_project_scoped")
                return fx;
        }
        return Fixture();
    }();
    QCOMPARE(QJsonDocument::fromJson(network.requests().first().body), QJsonDocument::fromJson(recorded.requestBody));
    QCOMPARE(network.requests().first().url, QUrl(u"http://127.0.0.1:15000/v3/auth/tokens"_s));
}

void TestSession::authBodies_data()
{
    QTest::addColumn<CloudProfile>("profile");
    QTest::addColumn<QByteArray>("expected");
    CloudProfile appcred;
    appcred.authTypeName = u"v3applicationcredential"_s;
    appcred.authUrl = QUrl(u"http://k:5000"_s);
    appcred.applicationCredentialId = u"ac-1"_s;
    appcred.applicationCredentialSecret = Secret(u"ac-secret"_s);
    QTest::addRow("application credential")
        << appcred
        << QByteArray(
               R"({"auth":{"identity":{"methods":["application_credential"],"application_credential":{"id":"ac-1","secret":"ac-secret"}}}})");
    CloudProfile token;
    token.authTypeName = u"token"_s;
    token.authUrl = QUrl(u"http://k:5000/v3/"_s);
    token.token = Secret(u"gAAAA-old"_s);
    token.projectId = u"p-1"_s;
    QTest::addRow("token, scoped by id")
        << token
        << QByteArray(
               R"({"auth":{"identity":{"methods":["token"],"token":{"id":"gAAAA-old"}},"scope":{"project":{"id":"p-1"}}}})");
    CloudProfile userId = passwordProfile();
    userId.userId = u"u-1"_s;
    userId.projectName.clear();
    QTest::addRow("password by user id, unscoped")
        << userId
        << QByteArray(
               R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"u-1","password":"secret"}}}}})");
}

void TestSession::authBodies()
{
    QFETCH(CloudProfile, profile);
    QFETCH(QByteArray, expected);
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer());
    Session session(profile, &network);
    QVERIFY(!waitForToken(session).isError());
    QCOMPARE(QJsonDocument::fromJson(network.requests().first().body), QJsonDocument::fromJson(expected));
    QCOMPARE(network.requests().first().url.path(), u"/v3/auth/tokens"_s);
}

void TestSession::catalogSelection_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("expected");
    QTest::addRow("public, any region") << QString() << u"public"_s << QString() << u"http://net-one:9696"_s;
    QTest::addRow("internal") << u"RegionOne"_s << u"internal"_s << QString() << u"http://net-one-internal:9696"_s;
    QTest::addRow("other region, /v2.0 stripped")
        << u"RegionTwo"_s << u"public"_s << QString() << u"https://net-two.example.org"_s;
    QTest::addRow("override") << u"RegionTwo"_s << u"public"_s << u"http://override:9696/v2.0"_s
                              << u"http://override:9696"_s;
    QTest::addRow("no match") << u"RegionThree"_s << u"public"_s << QString() << QString();
}

void TestSession::catalogSelection()
{
    QFETCH(QString, region);
    QFETCH(QString, interface);
    QFETCH(QString, override);
    QFETCH(QString, expected);
    CloudProfile profile = passwordProfile();
    profile.regionName = region;
    profile.interface = interface;
    profile.networkEndpointOverride = QUrl(override);
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer());
    Session session(profile, &network);
    QSignalSpy failed(&session, &Session::authenticationFailed);
    const ApiError error = waitForToken(session);
    if (expected.isEmpty()) {
        QCOMPARE(error.kind, ApiError::Kind::Configuration);
        QVERIFY2(error.message.contains(region), qPrintable(error.message));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!session.isAuthenticated());
        return;
    }
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QCOMPARE(session.networkEndpoint(), QUrl(expected));
    QCOMPARE(session.projectId(), u"p-123"_s);
    QVERIFY(session.isAuthenticated());
    QNetworkRequest request(QUrl(expected + u"/v2.0/vpn/ikepolicies"_s));
    session.prepare(request);
    QCOMPARE(request.rawHeader("X-Auth-Token"), QByteArray("gAAAA-token-1"));
}

void TestSession::wrongPassword()
{
    FakeNetworkAccessManager network;
    network.expectFixture(u"202_keystone_auth_tokens_bad_password"_s);
    Session session(passwordProfile(), &network);
    QSignalSpy failed(&session, &Session::authenticationFailed);
    const ApiError error = waitForToken(session);
    QCOMPARE(error.kind, ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY2(error.message.contains(u"\"test\""), qPrintable(error.message));
    QVERIFY(error.message.contains(u"requires authentication"));
    QVERIFY(error.userMessage().startsWith(u"The cloud refused the credentials"));
    QCOMPARE(failed.size(), 1);
}

void TestSession::noAuthUsesEndpoint()
{
    CloudProfile profile;
    profile.authTypeName = u"none"_s;
    profile.endpoint = QUrl(u"http://127.0.0.1:19696/"_s);
    FakeNetworkAccessManager network;
    Session session(profile, &network);
    QVERIFY(!waitForToken(session).isError());
    QVERIFY(network.requests().isEmpty());
    QCOMPARE(session.networkEndpoint(), QUrl(u"http://127.0.0.1:19696"_s));
    QVERIFY(session.isAuthenticated());
    QNetworkRequest request(QUrl(u"http://127.0.0.1:19696/v2.0/"_s));
    session.prepare(request);
    QVERIFY(!request.hasRawHeader("X-Auth-Token"));
}

void TestSession::waitersShareOneAuthentication()
{
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer());
    Session session(passwordProfile(), &network);
    int answered = 0;
    QObject context;
    for (int i = 0; i < 5; ++i)
        session.withToken(&context, [&](const ApiError &e) { answered += e.isError() ? 100 : 1; });
    QTRY_COMPARE(answered, 5);
    QCOMPARE(network.requests().size(), 1);
    // A waiter whose context died is not called.
    network.expect(tokenAnswer());
    bool called = false;
    {
        QObject dying;
        session.withToken(
            &dying, [&](const ApiError &) { called = true; }, true);
    }
    QTRY_COMPARE(network.pending(), 0);
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestSession::expiredTokenIsRenewed()
{
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer(QDateTime::currentDateTimeUtc().addSecs(30), "short-lived"));
    network.expect(tokenAnswer(QDateTime::currentDateTimeUtc().addSecs(3600), "fresh"));
    Session session(passwordProfile(), &network);
    QVERIFY(!waitForToken(session).isError());
    QVERIFY(!session.isAuthenticated()); // within the 60 s margin
    QVERIFY(!waitForToken(session).isError());
    QCOMPARE(network.requests().size(), 2);
    QNetworkRequest request(QUrl(u"http://net-one:9696/v2.0/"_s));
    session.prepare(request);
    QCOMPARE(request.rawHeader("X-Auth-Token"), QByteArray("fresh"));
}

void TestSession::unusableProfiles_data()
{
    QTest::addColumn<CloudProfile>("profile");
    QTest::addColumn<QString>("message");
    CloudProfile noUrl = passwordProfile();
    noUrl.authUrl = QUrl();
    QTest::addRow("no auth_url") << noUrl << u"auth_url"_s;
    CloudProfile none;
    none.authTypeName = u"none"_s;
    QTest::addRow("none without endpoint") << none << u"endpoint"_s;
    CloudProfile saml = passwordProfile();
    saml.authTypeName = u"v3samlpassword"_s;
    QTest::addRow("unsupported auth type") << saml << u"v3samlpassword"_s;
    CloudProfile ca = passwordProfile();
    ca.caCertFile = u"/nonexistent/ca.pem"_s;
    QTest::addRow("unreadable cacert") << ca << u"/nonexistent/ca.pem"_s;
    const QString tls = QStringLiteral(VPNAAS_TEST_DATA_DIR "/tls/");
    CloudProfile cert = passwordProfile();
    cert.clientCertFile = u"/nonexistent/client.pem"_s;
    cert.clientKeyFile = tls + u"client-rsa.key"_s;
    QTest::addRow("unreadable cert") << cert << u"cert \"/nonexistent/client.pem\""_s;
    CloudProfile key = passwordProfile();
    key.clientCertFile = tls + u"client-rsa.pem"_s;
    key.clientKeyFile = u"/nonexistent/client.key"_s;
    QTest::addRow("unreadable key") << key << u"key \"/nonexistent/client.key\""_s;
    CloudProfile noKey = passwordProfile();
    noKey.clientCertFile = tls + u"client-rsa.pem"_s;
    QTest::addRow("cert without key, none in it") << noKey << u"private key could be read from cert"_s;
    CloudProfile encrypted = passwordProfile();
    encrypted.clientCertFile = tls + u"client-rsa.pem"_s;
    encrypted.clientKeyFile = tls + u"client-rsa-encrypted.key"_s;
    QTest::addRow("encrypted key") << encrypted << u"client-rsa-encrypted.key"_s;
}

void TestSession::clientCertificate_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key"); // empty: the key is in the cert file
    QTest::addColumn<QString>("expectedKey"); // the file the key is compared with
    QTest::addRow("RSA") << u"client-rsa.pem"_s << u"client-rsa.key"_s << u"client-rsa.key"_s;
    QTest::addRow("EC") << u"client-ec.pem"_s << u"client-ec.key"_s << u"client-ec.key"_s;
    QTest::addRow("key in the cert file") << u"client-rsa-combined.pem"_s << QString() << u"client-rsa.key"_s;
}

// cert/key (OS_CERT/OS_KEY) become the local certificate and private key of every https request.
void TestSession::clientCertificate()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, expectedKey);
    const QString tls = QStringLiteral(VPNAAS_TEST_DATA_DIR "/tls/");
    CloudProfile profile = passwordProfile();
    profile.authUrl = QUrl(u"https://keystone.example:5000/v3"_s);
    profile.clientCertFile = tls + cert;
    profile.clientKeyFile = key.isEmpty() ? QString() : tls + key;
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer());
    Session session(profile, &network);
    const ApiError error = waitForToken(session);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QNetworkRequest request(QUrl(u"https://net-two.example.org/v2.0/"_s));
    session.prepare(request);
    const QList<QSslCertificate> expectedCert = QSslCertificate::fromPath(tls + cert);
    QVERIFY(!expectedCert.isEmpty());
    QCOMPARE(request.sslConfiguration().localCertificate(), expectedCert.first());
    QFile keyFile(tls + expectedKey);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey privateKey = request.sslConfiguration().privateKey();
    QVERIFY(!privateKey.isNull());
    QCOMPARE(privateKey.algorithm(), cert.contains(u"-ec") ? QSsl::Ec : QSsl::Rsa);
    QCOMPARE(privateKey, QSslKey(keyFile.readAll(), privateKey.algorithm(), QSsl::Pem, QSsl::PrivateKey));
    // Plain http carries no TLS configuration at all.
    QNetworkRequest plain(QUrl(u"http://net-one:9696/v2.0/"_s));
    session.prepare(plain);
    QVERIFY(plain.sslConfiguration().localCertificate().isNull());
}

void TestSession::unusableProfiles()
{
    QFETCH(CloudProfile, profile);
    QFETCH(QString, message);
    FakeNetworkAccessManager network;
    Session session(profile, &network);
    const ApiError error = waitForToken(session);
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(network.requests().isEmpty());
}

void TestSession::networkFailure()
{
    FakeNetworkAccessManager network;
    FakeNetworkAccessManager::Answer refused;
    refused.method = "POST";
    refused.error = QNetworkReply::ConnectionRefusedError;
    network.expect(refused);
    Session session(passwordProfile(), &network);
    const ApiError error = waitForToken(session);
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(network.liveReplies(), 0);
}

void TestSession::urls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("network");
    QTest::addRow("bare") << u"http://h:5000"_s << u"http://h:5000/v3"_s << u"http://h:5000"_s;
    QTest::addRow("slash") << u"http://h:5000/"_s << u"http://h:5000/v3"_s << u"http://h:5000"_s;
    QTest::addRow("v3") << u"http://h:5000/v3/"_s << u"http://h:5000/v3"_s << u"http://h:5000/v3"_s;
    QTest::addRow("prefix") << u"https://h/identity"_s << u"https://h/identity/v3"_s << u"https://h/identity"_s;
    QTest::addRow("v2.0") << u"http://h:9696/v2.0/"_s << u"http://h:9696/v2.0/v3"_s << u"http://h:9696"_s;
}

void TestSession::urls()
{
    QFETCH(QString, input);
    QFETCH(QString, identity);
    QFETCH(QString, network);
    QCOMPARE(identityV3Url(QUrl(input)), QUrl(identity));
    QCOMPARE(networkBaseUrl(QUrl(input)), QUrl(network));
}

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

// Review defect 5: a session destroyed during authentication (a cloud switch) answers every
// waiter with Canceled instead of leaving it waiting forever.
void TestSession::destroyedSessionAnswersItsWaiters()
{
    FakeNetworkAccessManager network;
    FakeNetworkAccessManager::Answer hang;
    hang.method = "POST";
    hang.never = true;
    network.expect(hang);
    auto session = std::make_unique<Session>(passwordProfile(), &network);
    QObject context;
    QList<ApiError> answers;
    for (int i = 0; i < 2; ++i)
        session->withToken(&context, [&](const ApiError &e) { answers.append(e); });
    QTRY_COMPARE(network.requests().size(), 1);
    QCOMPARE(answers.size(), 0);
    session.reset();
    QCOMPARE(answers.size(), 2);
    for (const ApiError &error : std::as_const(answers)) {
        QCOMPARE(error.kind, ApiError::Kind::Canceled);
        QVERIFY(!error.message.isEmpty());
    }
    QTRY_COMPARE(network.liveReplies(), 0); // the token request was aborted
}

void TestSession::keystoneHangIsReportedByTheDeadline()
{
    FakeNetworkAccessManager network;
    FakeNetworkAccessManager::Answer hang;
    hang.method = "POST";
    hang.never = true;
    network.expect(hang);
    network.expect(tokenAnswer());
    Session session(passwordProfile(), &network);
    HttpTimeouts timeouts;
    timeouts.deadlineMs = 300;
    session.setTimeouts(timeouts);
    QSignalSpy failed(&session, &Session::authenticationFailed);
    const ApiError error = waitForToken(session);
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.message.contains(u"0.3 seconds"), qPrintable(error.message));
    QCOMPARE(failed.size(), 1);
    QTRY_COMPARE(network.liveReplies(), 0);
    QVERIFY(!waitForToken(session).isError()); // the next try authenticates again
}

// Review defect 6, Keystone side: a redirect of POST /v3/auth/tokens is not followed, so the
// password in its body never reaches another origin.
void TestSession::keystoneRedirectKeepsThePassword()
{
    ScriptedHttpServer keystone;
    ScriptedHttpServer elsewhere;
    keystone.expect({ScriptedHttpServer::Answer::Mode::Reply,
                     307,
                     {},
                     {{"Location", elsewhere.url(u"/v3/auth/tokens"_s).toEncoded()}}});
    elsewhere.expect({ScriptedHttpServer::Answer::Mode::Reply,
                      201,
                      tokenBody(QDateTime::currentDateTimeUtc().addSecs(3600), kEndpoints),
                      {{"X-Subject-Token", "stolen"}}});
    CloudProfile profile = passwordProfile();
    profile.authUrl = keystone.url(u"/v3"_s);
    QNetworkAccessManager network;
    Session session(profile, &network);
    const ApiError error = waitForToken(session);
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QVERIFY2(error.message.contains(elsewhere.url().toString()), qPrintable(error.message));
    QCOMPARE(keystone.requests().size(), 1);
    QVERIFY(keystone.requests().first().body.contains("\"secret\""));
    QCOMPARE(elsewhere.requests().size(), 0);
    QVERIFY(!session.isAuthenticated());
}

// Review defect 13: the user-info of auth_url ("http://user:password@host") is never logged.
void TestSession::userInfoNeverLogged()
{
    QLoggingCategory::setFilterRules(u"vpnaas.*=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        FakeNetworkAccessManager network;
        network.expect(tokenAnswer());
        FakeNetworkAccessManager::Answer refused;
        refused.method = "POST";
        refused.error = QNetworkReply::ConnectionRefusedError;
        network.expect(refused);
        CloudProfile profile = passwordProfile();
        profile.authUrl = QUrl(u"http://demo:PW-in-url-secret@127.0.0.1:15000/v3"_s);
        Session session(profile, &network);
        QVERIFY(!waitForToken(session).isError());
        QVERIFY(waitForToken(session, true).isError());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = g_log.join(u'\n');
    QVERIFY2(all.contains(u"127.0.0.1:15000/v3/auth/tokens"), qPrintable(all)); // the URL is logged ...
    QVERIFY2(!all.contains(u"PW-in-url-secret"), qPrintable(all)); // ... without its user-info
    QVERIFY2(!all.contains(u"demo:"), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
