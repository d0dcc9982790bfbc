// SPDX-License-Identifier: Apache-2.0
// The login flows against a Keystone stub that accepts one password (Neutron is the sandbox)
// and a fake keyring: a missing password is asked for and connects; a stored one connects without
// a dialog; a stored one Keystone refuses is asked for again and replaced; Cancel stays
// unconnected; without a keyring the password serves this session only; token and configured
// passwords never touch the keyring; Forget removes the stored one. No password reaches a log
// line (every vpnaas category on) or a status message.
#include "logincontroller.h"
#include "logindialog.h"

#include "fakenetworkaccessmanager.h"

#include "openstack/apierror.h"
#include "openstack/credentialstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;
using vpnaas::ui::LoginController;
using vpnaas::ui::LoginDialog;

namespace {

const QString kRight = u"right-horse-battery"_s;
const QString kWrong = u"wrong-horse-battery"_s;
const QString kOld = u"old-horse-battery"_s;

QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

/*! A keyring in memory, answering later like the real one. */
class FakeCredentialStore : public CredentialStore
{
public:
    QHash<QString, QString> secrets;
    bool unavailable = false;
    int reads = 0;
    int writes = 0;
    int forgets = 0;

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        Result result;
        if (unavailable)
            result = {Status::Unavailable, {}, u"No system keyring is available (test)."_s};
        else if (secrets.contains(key))
            result.secret = Secret(secrets.value(key));
        else
            result.status = Status::NotFound;
        later(context, std::move(done), result);
    }
    void write(const QString &key, const Secret &secret, QObject *context, Callback done) override
    {
        ++writes;
        Result result;
        if (unavailable)
            result = {Status::Unavailable, {}, u"No system keyring is available (test)."_s};
        else
            secrets.insert(key, secret.reveal());
        later(context, std::move(done), result);
    }
    void forget(const QString &key, QObject *context, Callback done) override
    {
        ++forgets;
        Result result;
        if (unavailable)
            result = {Status::Unavailable, {}, u"No system keyring is available (test)."_s};
        else
            secrets.remove(key);
        later(context, std::move(done), result);
    }

private:
    static void later(QObject *context, Callback done, Result result)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }
};

/*!
 * Keystone's POST /v3/auth/tokens answered here (201 for the one right password, else 401);
 * everything else goes to the sandbox's Neutron.
 */
class StubCloudNetwork : public QNetworkAccessManager
{
public:
    explicit StubCloudNetwork(QNetworkAccessManager *neutron)
        : m_neutron(neutron)
    {
    }
    QString password = kRight;
    int tokenRequests = 0;
    int refusals = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (request.url().path() == u"/v3/auth/tokens") {
            const QByteArray body = data ? data->readAll() : QByteArray();
            const QJsonObject identity = QJsonDocument::fromJson(body)[u"auth"][u"identity"].toObject();
            const QString sent = identity[u"password"][u"user"][u"password"].toString()
                + identity[u"application_credential"][u"secret"].toString();
            ++tokenRequests;
            FakeNetworkAccessManager::Answer answer;
            answer.method = "POST";
            answer.path = u"/v3/auth/tokens"_s;
            if (sent == password) {
                answer.status = 201;
                answer.headers.insert("X-Subject-Token", "gAAAA-token");
                answer.body = R"({"token": {"expires_at": "2099-01-01T00:00:00.000000Z", "project": {"id": "p-1"}}})";
            } else {
                ++refusals;
                answer.status = 401;
                answer.body = R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you )"
                              R"(have made requires authentication."}})";
            }
            m_keystone.expect(answer);
            return m_keystone.post(request, body);
        }
        switch (op) {
        case GetOperation:
            return m_neutron->get(request);
        case PostOperation:
            return m_neutron->post(request, data);
        case PutOperation:
            return m_neutron->put(request, data);
        case DeleteOperation:
            return m_neutron->deleteResource(request);
        default:
            return m_neutron->sendCustomRequest(
                request, request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(), data);
        }
    }

private:
    FakeNetworkAccessManager m_keystone;
    QNetworkAccessManager *m_neutron;
};

struct Rig {
    Rig()
        : sandbox(u":memory:"_s)
    {
        QString error;
        if (!sandbox.open(&error))
            qFatal("sandbox: %s", qPrintable(error));
        sandbox.simulator()->setAgentDelay(0);
        network = std::make_unique<StubCloudNetwork>(sandbox.networkAccessManager());
        controller = new LoginController(&workspace, &store, &window);
        QObject::connect(controller, &LoginController::message, &window,
                         [this](const QString &text) { messages.append(text); });
    }
    ~Rig() { workspace.disconnectFromCloud(); }

    /*! A Horizon clouds.yaml entry: no password; Neutron is the sandbox. */
    CloudProfile profile() const
    {
        CloudProfile p;
        p.name = u"horizon"_s;
        p.authUrl = QUrl(u"http://127.0.0.1:15000/v3"_s);
        p.username = u"demo"_s;
        p.userDomainName = u"Default"_s;
        p.projectName = u"demo"_s;
        p.projectDomainName = u"Default"_s;
        p.networkEndpointOverride = sandbox.cloudProfile().endpoint;
        return p;
    }

    LoginDialog *waitForDialog()
    {
        if (!QTest::qWaitFor([this] { return controller->dialog() && controller->dialog()->isVisible(); }, 5000))
            return nullptr;
        return controller->dialog();
    }

    static void submit(LoginDialog *dialog, const QString &secret, bool remember)
    {
        QTest::keyClicks(dialog->secretField(), secret);
        dialog->rememberBox()->setChecked(remember);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    }

    bool waitForRefresh()
    {
        QSignalSpy done(&workspace, &Workspace::refreshSucceeded);
        QSignalSpy failed(&workspace, &Workspace::refreshFailed);
        return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000) && !done.isEmpty();
    }

    sandbox::Sandbox sandbox;
    std::unique_ptr<StubCloudNetwork> network;
    FakeCredentialStore store;
    QWidget window;
    Workspace workspace;
    LoginController *controller = nullptr;
    QStringList messages;
};

QString reasonText(LoginDialog *dialog)
{
    const auto *label = dialog->findChild<QLabel *>(u"reason"_s);
    return label ? label->text() : QString();
}

} // namespace

class TestLoginController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void missingAsksThenConnects_data();
    void missingAsksThenConnects();
    void keyringHitConnectsWithoutDialog();
    void storedRefusedAsksAgainAndReplaces();
    void storedRefusedNotRememberedIsForgotten();
    void typedRefusedAsksAgain();
    void cancelStaysUnconnected();
    void noKeyringKeepsItForTheSession();
    void configuredOrTokenNeverAsks_data();
    void configuredOrTokenNeverAsks();
    void environmentVariableFillsIt();
    void anotherCloudWhileAsking();
    void forgetRemovesTheStoredSecret();
    void applicationCredentialSecret();
};

void TestLoginController::initTestCase()
{
    QLoggingCategory::setFilterRules(u"vpnaas.*=true"_s);
}

void TestLoginController::init()
{
    g_log.clear();
    qInstallMessageHandler(capture);
}

void TestLoginController::cleanup()
{
    qInstallMessageHandler(nullptr);
    // Nothing of any password in any log line of the test.
    for (const QString &line : std::as_const(g_log)) {
        for (const QString &secret : {kRight, kWrong, kOld})
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

void TestLoginController::missingAsksThenConnects_data()
{
    QTest::addColumn<bool>("remember");
    QTest::addRow("remembered") << true;
    QTest::addRow("not remembered") << false;
}

void TestLoginController::missingAsksThenConnects()
{
    QFETCH(bool, remember);
    Rig rig;
    rig.workspace.connectTo(rig.sandbox.cloudProfile(), rig.sandbox.networkAccessManager(), true);
    rig.controller->connectTo(rig.profile(), rig.network.get());
    // The previous cloud is let go at once: its data never shows under the new name.
    QVERIFY(!rig.workspace.isConnected());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(rig.store.reads, 1);
    QVERIFY(reasonText(dialog).contains(u"needs a password"));
    QVERIFY(!dialog->remember());
    QCOMPARE(rig.network->tokenRequests, 0);
    Rig::submit(dialog, kRight, remember);
    QVERIFY(rig.waitForRefresh());
    QCOMPARE(rig.workspace.cloudName(), u"horizon"_s);
    QCOMPARE(rig.workspace.profile().password.reveal(), kRight); // later reconnects reuse it
    QCOMPARE(rig.network->tokenRequests, 1);
    QVERIFY(!g_log.isEmpty()); // the log is captured (and checked in cleanup())
    const QString key = CredentialStore::key(rig.profile());
    if (remember) {
        QTRY_COMPARE(rig.store.secrets.value(key), kRight);
        QTRY_VERIFY(rig.messages.join(u'\n').contains(u"stored in the system keyring"));
    } else {
        QCOMPARE(rig.store.writes, 0);
        QVERIFY(rig.store.secrets.isEmpty());
    }
    QVERIFY(!rig.controller->dialog());
}

void TestLoginController::keyringHitConnectsWithoutDialog()
{
    Rig rig;
    rig.store.secrets.insert(CredentialStore::key(rig.profile()), kRight);
    rig.controller->connectTo(rig.profile(), rig.network.get());
    QVERIFY(rig.waitForRefresh());
    QVERIFY(!rig.window.findChild<LoginDialog *>()); // none was made (only closing deletes one)
    QCOMPARE(rig.store.reads, 1);
    QCOMPARE(rig.store.writes, 0);
    QCOMPARE(rig.network->tokenRequests, 1);
    QCOMPARE(rig.workspace.profile().password.reveal(), kRight);
}

void TestLoginController::storedRefusedAsksAgainAndReplaces()
{
    Rig rig;
    const QString key = CredentialStore::key(rig.profile());
    rig.store.secrets.insert(key, kOld);
    rig.controller->connectTo(rig.profile(), rig.network.get());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(rig.network->refusals, 1);
    QVERIFY2(reasonText(dialog).contains(u"stored in the system keyring"), qPrintable(reasonText(dialog)));
    QVERIFY(dialog->remember()); // replacing is the default
    QVERIFY(!rig.workspace.isConnected()); // no auto-refresh sends the refused password again
    Rig::submit(dialog, kRight, true);
    QVERIFY(rig.waitForRefresh());
    QTRY_COMPARE(rig.store.secrets.value(key), kRight);
    QCOMPARE(rig.network->refusals, 1);

    // The next start takes the replaced one without asking.
    Rig next;
    next.store.secrets = rig.store.secrets;
    next.controller->connectTo(next.profile(), next.network.get());
    QVERIFY(next.waitForRefresh());
    QCOMPARE(next.network->refusals, 0);
    QVERIFY(!next.controller->dialog());
}

void TestLoginController::storedRefusedNotRememberedIsForgotten()
{
    Rig rig;
    const QString key = CredentialStore::key(rig.profile());
    rig.store.secrets.insert(key, kOld);
    rig.controller->connectTo(rig.profile(), rig.network.get());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    Rig::submit(dialog, kRight, false);
    QVERIFY(rig.waitForRefresh());
    QTRY_VERIFY(!rig.store.secrets.contains(key)); // the refused one does not fail the next start
    QCOMPARE(rig.store.writes, 0);
}

void TestLoginController::typedRefusedAsksAgain()
{
    Rig rig;
    rig.controller->connectTo(rig.profile(), rig.network.get());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    // A QPointer, not the address: the second dialog may be allocated where the first one was.
    const QPointer<LoginDialog> first = dialog;
    Rig::submit(dialog, kWrong, true);
    QTRY_COMPARE(rig.network->refusals, 1);
    QTRY_VERIFY(!first && rig.controller->dialog());
    dialog = rig.waitForDialog();
    QVERIFY(dialog);
    QVERIFY2(reasonText(dialog).contains(u"Keystone refused the password."), qPrintable(reasonText(dialog)));
    QVERIFY(dialog->remember()); // as the user left it
    QVERIFY(rig.store.secrets.isEmpty()); // a refused password is never stored
    Rig::submit(dialog, kRight, true);
    QVERIFY(rig.waitForRefresh());
    QTRY_COMPARE(rig.store.secrets.value(CredentialStore::key(rig.profile())), kRight);
}

void TestLoginController::cancelStaysUnconnected()
{
    Rig rig;
    QSignalSpy disconnected(rig.controller, &LoginController::disconnected);
    rig.controller->connectTo(rig.profile(), rig.network.get());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!rig.controller->dialog());
    QVERIFY(!rig.workspace.isConnected());
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(rig.network->tokenRequests, 0);
    QCOMPARE(rig.messages.value(0), u"Not connected to “horizon”: no password given."_s);
    QCOMPARE(rig.store.writes, 0);
}

void TestLoginController::noKeyringKeepsItForTheSession()
{
    Rig rig;
    rig.store.unavailable = true;
    rig.controller->connectTo(rig.profile(), rig.network.get());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->rememberBox()->isEnabled());
    const auto *note = dialog->findChild<QLabel *>(u"keyringNote"_s);
    QVERIFY(note && note->text().contains(u"session only"));
    Rig::submit(dialog, kRight, true); // a disabled check box cannot be ticked
    QVERIFY(rig.waitForRefresh());
    QTRY_COMPARE(rig.messages.size(), 1);
    QVERIFY2(rig.messages.first().contains(u"No system keyring is available (test)."),
             qPrintable(rig.messages.first()));
    QVERIFY2(rig.messages.first().contains(u"kept for this session only"), qPrintable(rig.messages.first()));
    QCOMPARE(rig.store.writes, 0);
    QCOMPARE(rig.workspace.profile().password.reveal(), kRight);
}

void TestLoginController::configuredOrTokenNeverAsks_data()
{
    QTest::addColumn<QString>("authType");
    QTest::addColumn<QString>("password");
    QTest::addRow("password in clouds.yaml") << u"password"_s << kRight;
    QTest::addRow("token") << u"token"_s << QString();
}

void TestLoginController::configuredOrTokenNeverAsks()
{
    QFETCH(QString, authType);
    QFETCH(QString, password);
    Rig rig;
    CloudProfile profile = rig.profile();
    profile.authTypeName = authType;
    profile.password = Secret(password);
    if (authType == u"token")
        profile.token = Secret(u"gAAAA-given"_s);
    // A configured password Keystone refuses is the configuration's error, not a prompt.
    rig.network->password = kWrong;
    QSignalSpy failed(&rig.workspace, &Workspace::refreshFailed);
    rig.controller->connectTo(profile, rig.network.get());
    QVERIFY(rig.workspace.isConnected());
    QCOMPARE(rig.store.reads, 0);
    QVERIFY(!rig.controller->dialog());
    if (authType == u"password") {
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Authentication);
        QCoreApplication::processEvents();
        QVERIFY(!rig.controller->dialog());
        QVERIFY(rig.workspace.isConnected());
    }
}

void TestLoginController::environmentVariableFillsIt()
{
    // As `OS_PASSWORD=… openstack --os-cloud horizon`: no keyring, no dialog.
    qputenv("OS_PASSWORD", kRight.toUtf8());
    Rig rig;
    rig.controller->connectTo(rig.profile(), rig.network.get());
    const bool refreshed = rig.waitForRefresh();
    qunsetenv("OS_PASSWORD");
    QVERIFY(refreshed);
    QCOMPARE(rig.store.reads, 0);
    QVERIFY(!rig.window.findChild<LoginDialog *>());
    QCOMPARE(rig.workspace.profile().password.reveal(), kRight);
    QCOMPARE(rig.store.writes, 0);
}

void TestLoginController::anotherCloudWhileAsking()
{
    Rig rig;
    rig.controller->connectTo(rig.profile(), rig.network.get());
    QPointer<LoginDialog> dialog = rig.waitForDialog();
    QVERIFY(dialog);
    CloudProfile other = rig.profile();
    other.name = u"configured"_s;
    other.password = Secret(kRight);
    rig.controller->connectTo(other, rig.network.get());
    QVERIFY(!rig.controller->dialog());
    QVERIFY(rig.waitForRefresh());
    QCOMPARE(rig.workspace.cloudName(), u"configured"_s);
    QTRY_VERIFY(!dialog); // closed and gone; its Cancel did not disconnect the new cloud
    QVERIFY(rig.workspace.isConnected());
    QVERIFY(rig.messages.isEmpty());
}

void TestLoginController::forgetRemovesTheStoredSecret()
{
    Rig rig;
    const QString key = CredentialStore::key(rig.profile());
    rig.store.secrets.insert(key, kRight);
    QVERIFY(!rig.controller->canForget());
    rig.controller->connectTo(rig.profile(), rig.network.get());
    QVERIFY(rig.waitForRefresh());
    QVERIFY(rig.controller->canForget());
    rig.controller->forgetStoredSecret();
    QTRY_VERIFY(!rig.store.secrets.contains(key));
    QTRY_COMPARE(rig.messages.size(), 1);
    QCOMPARE(rig.messages.first(), u"No password of “horizon” is stored in the system keyring any more."_s);
    QVERIFY(rig.workspace.isConnected()); // the session goes on with it

    // Not for the sandbox.
    rig.workspace.connectTo(rig.sandbox.cloudProfile(), rig.sandbox.networkAccessManager(), true);
    QVERIFY(!rig.controller->canForget());
}

void TestLoginController::applicationCredentialSecret()
{
    Rig rig;
    CloudProfile profile = rig.profile();
    profile.authTypeName = u"v3applicationcredential"_s;
    profile.applicationCredentialId = u"ac-1"_s;
    rig.controller->connectTo(profile, rig.network.get());
    LoginDialog *dialog = rig.waitForDialog();
    QVERIFY(dialog);
    QVERIFY(reasonText(dialog).contains(u"application credential"));
    Rig::submit(dialog, kRight, true);
    QVERIFY(rig.waitForRefresh());
    QCOMPARE(rig.workspace.profile().applicationCredentialSecret.reveal(), kRight);
    QVERIFY(rig.workspace.profile().password.isEmpty());
    QTRY_COMPARE(rig.store.secrets.value(CredentialStore::key(profile)), kRight);
}

QTEST_MAIN(TestLoginController)
#include "tst_logincontroller.moc"
