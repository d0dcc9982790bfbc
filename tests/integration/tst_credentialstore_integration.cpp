// SPDX-License-Identifier: Apache-2.0
// KeychainCredentialStore against a real Secret Service: gnome-keyring-daemon on a private
// session bus, started by tests/integration/with-keyring (VPNAAS_KEYRING_MODE says how).
//   unlocked: store, read back, replace, keep identities apart, forget; libsecret's own
//             secret-tool sees the same entries; nothing of the secrets in the QSettings file
//             or anywhere under HOME (the keyring file is encrypted).
//   locked, absent: every operation answers Unavailable with the keyring's reason, distinct from
//             NotFound, and nothing is written anywhere.
#include "openstack/credentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

namespace {

const QString kFirst = u"first-Secret-4d1b9c"_s;
const QString kSecond = u"second-Secret-77e0aa"_s;

CloudProfile horizonProfile()
{
    CloudProfile p;
    p.name = u"horizon"_s;
    p.authUrl = QUrl(u"http://127.0.0.1:15000/v3"_s);
    p.username = u"demo"_s;
    p.userDomainName = u"Default"_s;
    p.projectName = u"demo"_s;
    return p;
}

CredentialStore::Result call(const std::function<void(QObject *, CredentialStore::Callback)> &operation)
{
    QObject context;
    std::optional<CredentialStore::Result> result;
    operation(&context, [&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {CredentialStore::Status::Unavailable, {}, u"<no answer within 20 s>"_s};
    return *result;
}

/*! What libsecret's own client finds under QtKeychain's attributes (user = key, server = service). */
QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"user"_s, key, u"server"_s, CredentialStore::serviceName()});
    if (!tool.waitForFinished(20000))
        return u"<secret-tool hung>"_s;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

/*! Files under \a root that contain one of \a needles (as UTF-8). */
QStringList filesContaining(const QString &root, const QStringList &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets
        const QByteArray content = file.readAll();
        for (const QString &needle : needles) {
            if (content.contains(needle.toUtf8()) || content.contains(needle.toUtf8().toBase64()))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace

class TestCredentialStoreIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyring();

private:
    void unlockedLifecycle();
    void unusable();
    QString m_mode;
};

void TestCredentialStoreIntegration::initTestCase()
{
    m_mode = qEnvironmentVariable("VPNAAS_KEYRING_MODE");
    QVERIFY2(!m_mode.isEmpty(), "run under tests/integration/with-keyring");
    QVERIFY(KeychainCredentialStore::sessionBusAvailable());
    QCoreApplication::setOrganizationName(u"vpnaas-console"_s);
    QCoreApplication::setApplicationName(u"vpnaas-console"_s);
    // The file secrets must never reach.
    QSettings settings;
    settings.setValue(u"cloud/last"_s, u"horizon"_s);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestCredentialStoreIntegration::keyring()
{
    if (m_mode == u"unlocked")
        unlockedLifecycle();
    else
        unusable();
}

void TestCredentialStoreIntegration::unlockedLifecycle()
{
    KeychainCredentialStore store;
    const QString key = CredentialStore::key(horizonProfile());
    CloudProfile admin = horizonProfile();
    admin.username = u"admin"_s;
    const QString adminKey = CredentialStore::key(admin);

    CredentialStore::Result r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);

    r = call([&](QObject *c, auto done) { store.write(key, Secret(kFirst), c, done); });
    QVERIFY2(r.status == CredentialStore::Status::Ok, qPrintable(r.message));
    r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.status, CredentialStore::Status::Ok);
    QCOMPARE(r.secret.reveal(), kFirst);
    QCOMPARE(secretToolLookup(key), kFirst);

    // Replaced, not added: one entry, the new secret.
    r = call([&](QObject *c, auto done) { store.write(key, Secret(kSecond), c, done); });
    QCOMPARE(r.status, CredentialStore::Status::Ok);
    r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.secret.reveal(), kSecond);
    QCOMPARE(secretToolLookup(key), kSecond);

    // Another user of the same cloud does not get it.
    r = call([&](QObject *c, auto done) { store.read(adminKey, c, done); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
    QVERIFY(r.secret.isEmpty());

    // A second store object (the next start) reads what the first stored.
    {
        KeychainCredentialStore next;
        r = call([&](QObject *c, auto done) { next.read(key, c, done); });
        QCOMPARE(r.secret.reveal(), kSecond);
    }

    // Nothing of it in our settings or anywhere under HOME: the keyring file is encrypted.
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    QCOMPARE(filesContaining(QFileInfo(settingsFile).absolutePath(), {kFirst, kSecond}), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), {kFirst, kSecond}), QStringList());
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/keyrings"_s)
                .exists(u"login.keyring"_s));

    r = call([&](QObject *c, auto done) { store.forget(key, c, done); });
    QCOMPARE(r.status, CredentialStore::Status::Ok);
    r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
    QCOMPARE(secretToolLookup(key), QString());
    // Forgetting what is not there is fine.
    r = call([&](QObject *c, auto done) { store.forget(key, c, done); });
    QCOMPARE(r.status, CredentialStore::Status::Ok);
}

void TestCredentialStoreIntegration::unusable()
{
    KeychainCredentialStore store;
    const QString key = CredentialStore::key(horizonProfile());
    // Storing always needs a usable keyring. A locked one has nothing readable: a read finds
    // nothing (the console then asks, and says the password is kept for this session only when
    // the store fails); a bus without a Secret Service fails every call.
    const bool locked = m_mode == u"locked";
    const struct {
        std::function<void(QObject *, CredentialStore::Callback)> operation;
        CredentialStore::Status expected;
    } cases[]{
        {[&](QObject *c, auto done) { store.write(key, Secret(kFirst), c, done); },
         CredentialStore::Status::Unavailable},
        {[&](QObject *c, auto done) { store.read(key, c, done); },
         locked ? CredentialStore::Status::NotFound : CredentialStore::Status::Unavailable},
        {[&](QObject *c, auto done) { store.forget(key, c, done); },
         locked ? CredentialStore::Status::Ok : CredentialStore::Status::Unavailable},
    };
    for (const auto &[operation, expected] : cases) {
        const CredentialStore::Result r = call(operation);
        QCOMPARE(r.status, expected);
        QVERIFY(r.secret.isEmpty());
        if (expected == CredentialStore::Status::Unavailable) {
            QVERIFY2(r.message.startsWith(u"The system keyring is not available: "), qPrintable(r.message));
            qInfo().noquote() << m_mode << "->" << r.message;
        }
    }
    QCOMPARE(filesContaining(QDir::homePath(), {kFirst}), QStringList());
}

QTEST_GUILESS_MAIN(TestCredentialStoreIntegration)
#include "tst_credentialstore_integration.moc"
