// SPDX-License-Identifier: Apache-2.0
// The credential store's rules without a keyring: which profiles need a secret, the key a
// secret is filed under (another user, another Keystone or another cloud never shares it; the
// auth URL's user-info never appears), and the keyring store's answer when there is no session
// bus: Unavailable, asynchronously, with a reason. The real Secret Service is in
// tests/integration/tst_credentialstore_integration.cpp.
#include "openstack/credentialstore.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

Q_DECLARE_METATYPE(vpnaas::openstack::CloudProfile)

namespace {

CloudProfile horizonProfile()
{
    CloudProfile p;
    p.name = u"prod"_s;
    p.authUrl = QUrl(u"https://keystone.example.org:5000/v3"_s);
    p.username = u"demo"_s;
    p.userDomainName = u"Default"_s;
    p.projectName = u"demo"_s;
    return p;
}

CloudProfile applicationCredential()
{
    CloudProfile p = horizonProfile();
    p.authTypeName = u"v3applicationcredential"_s;
    p.applicationCredentialId = u"ac-123"_s;
    return p;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsSecret_data();
    void needsSecret();
    void keysKeepIdentitiesApart_data();
    void keysKeepIdentitiesApart();
    void keyHasNoUserInfo();
    void withSecretFillsTheRightField();
    void noSessionBusIsUnavailable();
};

void TestCredentialStore::needsSecret_data()
{
    QTest::addColumn<CloudProfile>("profile");
    QTest::addColumn<bool>("needs");
    QTest::addColumn<QString>("variable");
    CloudProfile p = horizonProfile();
    QTest::addRow("password, none given") << p << true << u"OS_PASSWORD"_s;
    p.password = Secret(u"pw"_s);
    QTest::addRow("password given") << p << false << u"OS_PASSWORD"_s;
    p = horizonProfile();
    p.authTypeName = u"v3password"_s;
    QTest::addRow("v3password, none given") << p << true << u"OS_PASSWORD"_s;
    p = applicationCredential();
    QTest::addRow("application credential, no secret") << p << true << u"OS_APPLICATION_CREDENTIAL_SECRET"_s;
    p.applicationCredentialSecret = Secret(u"s"_s);
    QTest::addRow("application credential with secret") << p << false << u"OS_APPLICATION_CREDENTIAL_SECRET"_s;
    p = applicationCredential();
    p.password = Secret(u"pw"_s); // a password does not stand in for the credential's secret
    QTest::addRow("application credential, only a password") << p << true << u"OS_APPLICATION_CREDENTIAL_SECRET"_s;
    p = horizonProfile();
    p.authTypeName = u"token"_s;
    QTest::addRow("token") << p << false << u"OS_PASSWORD"_s;
    p.authTypeName = u"none"_s;
    QTest::addRow("none") << p << false << u"OS_PASSWORD"_s;
}

void TestCredentialStore::needsSecret()
{
    QFETCH(CloudProfile, profile);
    QFETCH(bool, needs);
    QFETCH(QString, variable);
    QCOMPARE(CredentialStore::needsSecret(profile), needs);
    QCOMPARE(CredentialStore::environmentVariable(profile), variable);
    qputenv("OS_PASSWORD", "from-os-password");
    qputenv("OS_APPLICATION_CREDENTIAL_SECRET", "from-os-app-secret");
    const QString fromEnvironment = CredentialStore::environmentSecret(profile).reveal();
    qunsetenv("OS_PASSWORD");
    qunsetenv("OS_APPLICATION_CREDENTIAL_SECRET");
    QCOMPARE(fromEnvironment, variable == u"OS_PASSWORD" ? u"from-os-password"_s : u"from-os-app-secret"_s);
    QVERIFY(CredentialStore::environmentSecret(profile).isEmpty());
}

void TestCredentialStore::keysKeepIdentitiesApart_data()
{
    QTest::addColumn<CloudProfile>("other");
    CloudProfile p = horizonProfile();
    p.username = u"admin"_s;
    QTest::addRow("another user") << p;
    p = horizonProfile();
    p.userDomainName = u"ldap"_s;
    QTest::addRow("same name, another domain") << p;
    p = horizonProfile();
    p.userId = u"u-1"_s;
    QTest::addRow("a user id") << p;
    p = horizonProfile();
    p.authUrl = QUrl(u"https://keystone.other.example.org:5000/v3"_s);
    QTest::addRow("another Keystone") << p;
    p = horizonProfile();
    p.authUrl = QUrl(u"http://keystone.example.org:5000/v3"_s);
    QTest::addRow("plain http") << p;
    p = horizonProfile();
    p.name = u"prod-copy"_s;
    QTest::addRow("another cloud name") << p;
    QTest::addRow("an application credential") << applicationCredential();
}

void TestCredentialStore::keysKeepIdentitiesApart()
{
    QFETCH(CloudProfile, other);
    QVERIFY(CredentialStore::key(horizonProfile()) != CredentialStore::key(other));
}

void TestCredentialStore::keyHasNoUserInfo()
{
    CloudProfile p = horizonProfile();
    const QString key = CredentialStore::key(p);
    // Not part of the identity: the project (a project switch keeps the password), the
    // region, the secret itself, a trailing slash.
    p.projectName = u"other"_s;
    p.regionName = u"RegionTwo"_s;
    p.password = Secret(u"pw"_s);
    p.authUrl = QUrl(u"https://keystone.example.org:5000/v3/"_s);
    QCOMPARE(CredentialStore::key(p), key);
    p.authUrl = QUrl(u"https://demo:hunter2@keystone.example.org:5000/v3"_s);
    QCOMPARE(CredentialStore::key(p), key);
    QVERIFY(!CredentialStore::key(p).contains(u"hunter2"));
    QVERIFY(!CredentialStore::key(p).contains(u"pw"));
    QVERIFY(key.contains(u"prod") && key.contains(u"demo") && key.contains(u"keystone.example.org"));
}

void TestCredentialStore::withSecretFillsTheRightField()
{
    const CloudProfile password = CredentialStore::withSecret(horizonProfile(), Secret(u"pw"_s));
    QCOMPARE(password.password.reveal(), u"pw"_s);
    QVERIFY(password.applicationCredentialSecret.isEmpty());
    QVERIFY(!CredentialStore::needsSecret(password));
    QCOMPARE(CredentialStore::secretOf(password).reveal(), u"pw"_s);
    const CloudProfile credential = CredentialStore::withSecret(applicationCredential(), Secret(u"s"_s));
    QCOMPARE(credential.applicationCredentialSecret.reveal(), u"s"_s);
    QVERIFY(credential.password.isEmpty());
    QCOMPARE(CredentialStore::secretOf(credential).reveal(), u"s"_s);
}

void TestCredentialStore::noSessionBusIsUnavailable()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toUtf8() + "/vpnaas-no-such-runtime-dir");
    QVERIFY(!KeychainCredentialStore::sessionBusAvailable());
    KeychainCredentialStore store;
    QObject context;
    QList<CredentialStore::Result> results;
    const auto collect = [&results](const CredentialStore::Result &r) { results.append(r); };
    store.read(u"k"_s, &context, collect);
    store.write(u"k"_s, Secret(u"pw"_s), &context, collect);
    store.forget(u"k"_s, &context, collect);
    QVERIFY(results.isEmpty()); // never from inside the call
    QTRY_COMPARE(results.size(), 3);
    for (const CredentialStore::Result &r : std::as_const(results)) {
        QCOMPARE(r.status, CredentialStore::Status::Unavailable);
        QVERIFY(r.message.contains(u"D-Bus session bus"));
        QVERIFY(r.secret.isEmpty());
    }
    // No answer for a context that is gone.
    bool called = false;
    {
        QObject gone;
        store.read(u"k"_s, &gone, [&called](const CredentialStore::Result &) { called = true; });
    }
    // Answers are queued in order: once a later one arrived, the dropped one would have too.
    bool later = false;
    store.read(u"k"_s, &context, [&later](const CredentialStore::Result &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
