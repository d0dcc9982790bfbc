// SPDX-License-Identifier: Apache-2.0
//
// Logging in like the CLI, end to end, against a real Keystone in front of a real neutron-server
// (run-with-openstack --keystone) and a real Secret Service (with-keyring): a Horizon-style
// clouds.yaml without password opens the login dialog (driven on the offscreen platform); the
// password typed with "Remember in the system keyring" is stored once Keystone accepted it;
// the next start (a new window, then the real `vpnaas-console render` process without a
// terminal) connects without asking; a stored password Keystone refuses opens the dialog again
// ("refused the password stored"), and the one typed then replaces it. Forget Stored Password
// empties the keyring. Afterwards the password is in no log line, not in the QSettings file and
// nowhere under HOME.
#include "logincontroller.h"
#include "logindialog.h"
#include "mainwindow.h"

#include "openstack/cloudconfigloader.h"
#include "openstack/credentialstore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;
using vpnaas::ui::LoginDialog;
using vpnaas::ui::MainWindow;

namespace {

QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QString demoPassword()
{
    return qEnvironmentVariable("KEYSTONE_DEMO_PASSWORD");
}

/*! Horizon's clouds.yaml template for user demo: everything but the password. */
QByteArray horizonCloudsYaml()
{
    return u"clouds:\n"
           "  horizon:\n"
           "    auth:\n"
           "      auth_url: %1\n"
           "      username: demo\n"
           "      project_name: demo\n"
           "      user_domain_name: Default\n"
           "      project_domain_name: Default\n"
           "    region_name: %2\n"
           "    interface: public\n"
           "    identity_api_version: 3\n"_s
               .arg(qEnvironmentVariable("KEYSTONE_URL"), qEnvironmentVariable("KEYSTONE_REGION"))
               .toUtf8();
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

/*! A console window as main() makes one, on the clouds of OS_CLIENT_CONFIG_FILE. */
struct Console {
    Console()
    {
        window.setNetworkAccessManager(&network);
        window.setClouds(CloudConfigLoader::load());
        window.show();
    }
    /*! Waits for the first refresh of the current connection: true when it succeeded. */
    bool waitForRefresh()
    {
        QSignalSpy done(window.workspace(), &Workspace::refreshSucceeded);
        QSignalSpy failed(window.workspace(), &Workspace::refreshFailed);
        return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000) && !done.isEmpty();
    }
    LoginDialog *waitForDialog()
    {
        ui::LoginController *login = window.loginController();
        if (!QTest::qWaitFor([login] { return login->dialog() && login->dialog()->isVisible(); }, 60000))
            return nullptr;
        return login->dialog();
    }
    QString reason() const
    {
        LoginDialog *dialog = window.loginController()->dialog();
        const auto *label = dialog ? dialog->findChild<QLabel *>(u"reason"_s) : nullptr;
        return label ? label->text() : QString();
    }
    static void logIn(LoginDialog *dialog, const QString &password, bool remember)
    {
        QTest::keyClicks(dialog->secretField(), password);
        dialog->rememberBox()->setChecked(remember);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    }

    QNetworkAccessManager network;
    MainWindow window;
};

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace

class TestLoginIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void horizonCloudsYaml();
    void cleanupTestCase();

private:
    QString m_cloudsFile;
    QString m_key;
};

void TestLoginIntegration::initTestCase()
{
    QVERIFY2(!demoPassword().isEmpty(), "run under run-with-openstack --keystone");
    QCOMPARE(qEnvironmentVariable("VPNAAS_KEYRING_MODE"), u"unlocked"_s); // with-keyring
    QCoreApplication::setOrganizationName(u"vpnaas-console"_s);
    QCoreApplication::setApplicationName(u"vpnaas-console"_s);
    QLoggingCategory::setFilterRules(u"vpnaas.*=true"_s);
    qInstallMessageHandler(capture);
    // Only the clouds.yaml below, never a password or cloud the harness's environment may name.
    for (const QString &name : QProcessEnvironment::systemEnvironment().keys()) {
        if (name.startsWith(u"OS_"))
            qunsetenv(name.toLatin1().constData());
    }

    // The downloaded file, outside the working directory (a working directory's clouds.yaml is
    // never connected to on its own).
    m_cloudsFile = QDir::home().filePath(u"Downloads/clouds.yaml"_s);
    QVERIFY(QDir().mkpath(QFileInfo(m_cloudsFile).absolutePath()));
    QFile file(m_cloudsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(::horizonCloudsYaml());
    file.close();
    qputenv("OS_CLIENT_CONFIG_FILE", QFile::encodeName(m_cloudsFile));
    const CloudConfig config = CloudConfigLoader::load();
    const CloudProfile *profile = config.cloud(u"horizon"_s);
    QVERIFY(profile);
    QVERIFY(CredentialStore::needsSecret(*profile));
    m_key = CredentialStore::key(*profile);
}

void TestLoginIntegration::horizonCloudsYaml()
{
    KeychainCredentialStore keyring;
    {
        // First start: nothing stored, the dialog asks; the typed password is remembered.
        Console first;
        QVERIFY(first.window.selectCloud(u"horizon"_s));
        LoginDialog *dialog = first.waitForDialog();
        QVERIFY(dialog);
        QVERIFY2(first.reason().contains(u"needs a password"), qPrintable(first.reason()));
        QVERIFY(dialog->rememberBox()->isEnabled()); // a keyring is there
        QVERIFY(!first.window.workspace()->isConnected());
        Console::logIn(dialog, demoPassword(), true);
        QVERIFY(first.waitForRefresh());
        QCOMPARE(first.window.workspace()->cloudName(), u"horizon"_s);
        QTRY_VERIFY_WITH_TIMEOUT(first.window.statusBar()->currentMessage().contains(u"stored in the system keyring"),
                                 20000);
        const CredentialStore::Result stored = call([&](QObject *c, auto done) { keyring.read(m_key, c, done); });
        QCOMPARE(stored.status, CredentialStore::Status::Ok);
        QVERIFY(stored.secret.reveal() == demoPassword());
    }
    {
        // Next start: no prompt. The remembered cloud (cloud/last) is chosen as main() does.
        Console next;
        QCOMPARE(next.window.initialCloud(), u"horizon"_s);
        QVERIFY(next.window.selectCloud(next.window.initialCloud()));
        QVERIFY(next.waitForRefresh());
        QVERIFY(!next.window.loginController()->dialog());
        QVERIFY(!next.window.findChild<LoginDialog *>());
    }
    {
        // The real binary, headless, without a terminal: the keyring answers, no prompt.
        QProcess render;
        render.setProgram(qEnvironmentVariable("VPNAAS_CONSOLE"));
        render.setArguments({u"render"_s, u"--cloud"_s, u"horizon"_s, u"--list-vpnservices"_s});
        render.start();
        render.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return render.state() == QProcess::NotRunning; }, 120000));
        const QString err = QString::fromUtf8(render.readAllStandardError());
        QVERIFY2(render.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"Password"), qPrintable(err));
    }
    {
        // The password changed (here: the stored one is wrong): Keystone refuses it, the dialog
        // asks again, and what is typed then replaces the stored one.
        const CredentialStore::Result r
            = call([&](QObject *c, auto done) { keyring.write(m_key, Secret(u"outdated-Pw-5c1"_s), c, done); });
        QCOMPARE(r.status, CredentialStore::Status::Ok);
        Console changed;
        QVERIFY(changed.window.selectCloud(u"horizon"_s));
        LoginDialog *dialog = changed.waitForDialog();
        QVERIFY(dialog);
        QVERIFY2(changed.reason().contains(u"refused the password stored in the system keyring"),
                 qPrintable(changed.reason()));
        QVERIFY(dialog->remember());
        Console::logIn(dialog, demoPassword(), true);
        QVERIFY(changed.waitForRefresh());
        QTRY_VERIFY_WITH_TIMEOUT(changed.window.statusBar()->currentMessage().contains(u"stored in the system keyring"),
                                 20000);
        const CredentialStore::Result replaced = call([&](QObject *c, auto done) { keyring.read(m_key, c, done); });
        QVERIFY(replaced.secret.reveal() == demoPassword());

        // File ▸ Forget Stored Password.
        auto *forget = changed.window.findChild<QAction *>(u"forgetPassword"_s);
        QVERIFY(forget);
        QVERIFY(forget->isEnabled());
        forget->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(changed.window.statusBar()->currentMessage().contains(u"any more"), 20000);
        QCOMPARE(call([&](QObject *c, auto done) { keyring.read(m_key, c, done); }).status,
                 CredentialStore::Status::NotFound);
        QVERIFY(changed.window.workspace()->isConnected()); // this session goes on
    }
}

void TestLoginIntegration::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    const QByteArray password = demoPassword().toUtf8();
    QVERIFY(!g_log.isEmpty());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(demoPassword()), "a log line holds the password");
    QSettings settings;
    settings.sync();
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QCOMPARE(filesContaining(QFileInfo(settings.fileName()).absolutePath(), password), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), password), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), password.toBase64()), QStringList());
    qInfo("%lld log lines and every file under HOME checked", qlonglong(g_log.size()));
}

QTEST_MAIN(TestLoginIntegration)
#include "tst_login_integration.moc"
