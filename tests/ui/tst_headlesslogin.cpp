// SPDX-License-Identifier: Apache-2.0
// `vpnaas-console render` for a cloud whose clouds.yaml has no password (Horizon's): OS_PASSWORD
// fills it as for `openstack --os-cloud`; on a terminal it is asked for with echo off (the
// prompt on stderr, the typed text never shown); without a terminal (and without a keyring) it
// fails at once with a message naming what to set, and sends nothing to Keystone.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/*! A Keystone that records what it is sent and refuses every request (401) at once. */
class FakeKeystone : public QTcpServer
{
public:
    QByteArray received;

    FakeKeystone()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    const qsizetype end = received.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    // The whole body (the credentials) before the answer.
                    static const QRegularExpression length(u"(?i)content-length:\\s*(\\d+)"_s);
                    const QRegularExpressionMatch m = length.match(QString::fromLatin1(received.left(end)));
                    if (m.hasMatch() && received.size() - end - 4 < m.captured(1).toLongLong())
                        return;
                    socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                });
            }
        });
    }
};

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestHeadlessLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
};

void TestHeadlessLogin::render_data()
{
    QTest::addColumn<QString>("authType");
    QTest::addColumn<QString>("environment"); // NAME=value, or empty
    QTest::addColumn<QString>("typed"); // on a terminal, or null: no terminal
    QTest::addColumn<QString>("sent"); // what Keystone must receive, or empty: no request
    QTest::addColumn<QStringList>("says"); // on stderr (the terminal's output for a terminal)

    QTest::addRow("no terminal: names what to set")
        << u"password"_s << QString() << QString() << QString()
        << QStringList{u"cloud \"horizon\" has no password"_s, u"no terminal to ask on"_s, u"OS_PASSWORD"_s,
                       u"password: in secure.yaml"_s, u"no D-Bus session bus"_s};
    QTest::addRow("no terminal, application credential")
        << u"v3applicationcredential"_s << QString() << QString() << QString()
        << QStringList{u"OS_APPLICATION_CREDENTIAL_SECRET"_s, u"application_credential_secret: in secure.yaml"_s};
    QTest::addRow("OS_PASSWORD for a named cloud") << u"password"_s << u"OS_PASSWORD=from-env-Pw1"_s << QString()
                                                   << u"from-env-Pw1"_s << QStringList{u"Keystone refused"_s};
    QTest::addRow("OS_APPLICATION_CREDENTIAL_SECRET")
        << u"v3applicationcredential"_s << u"OS_APPLICATION_CREDENTIAL_SECRET=from-env-S1"_s << QString()
        << u"from-env-S1"_s << QStringList{u"Keystone refused"_s};
    QTest::addRow("terminal: asked with echo off")
        << u"password"_s << QString() << u"typed-Pw-93b2"_s << u"typed-Pw-93b2"_s
        << QStringList{u"Password of demo for cloud \"horizon\": "_s, u"Keystone refused"_s};
    QTest::addRow("terminal, application credential")
        << u"v3applicationcredential"_s << QString() << u"typed-S-41aa"_s << u"typed-S-41aa"_s
        << QStringList{u"Secret of application credential ci of cloud \"horizon\": "_s};
    QTest::addRow("terminal, nothing typed") << u"password"_s << QString() << u""_s << QString()
                                             << QStringList{u"no password given for cloud \"horizon\""_s};
}

void TestHeadlessLogin::render()
{
    QFETCH(QString, authType);
    QFETCH(QString, environment);
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QFETCH(QStringList, says);

    FakeKeystone keystone;
    QVERIFY(keystone.listen(QHostAddress::LocalHost));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir().mkpath(home.filePath(u".config/openstack"_s)));
    QFile clouds(home.filePath(u".config/openstack/clouds.yaml"_s));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    // Horizon's clouds.yaml template: everything but the password.
    const QString auth = authType == u"password"
        ? u"      username: demo\n      project_name: demo\n      user_domain_name: Default\n"
          "      project_domain_name: Default\n"_s
        : u"      application_credential_name: ci\n      username: demo\n      user_domain_name: Default\n"_s;
    clouds.write(u"clouds:\n  horizon:\n    auth_type: %1\n    auth:\n      auth_url: http://127.0.0.1:%2/v3\n%3"
                 "    region_name: RegionOne\n"_s.arg(authType)
                     .arg(keystone.serverPort())
                     .arg(auth)
                     .toUtf8());
    clouds.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"OS_"))
            env.remove(name);
    }
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString()); // no keyring: the terminal or the message
    if (!environment.isEmpty())
        env.insert(environment.section(u'=', 0, 0), environment.section(u'=', 1));

    const QStringList render{u"render"_s, u"--cloud"_s, u"horizon"_s};
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home.path());
    if (typed.isNull()) {
        process.setProgram(qEnvironmentVariable("VPNAAS_CONSOLE"));
        process.setArguments(render);
    } else {
        const QString prompt = authType == u"password" ? u"Password of"_s : u"Secret of"_s;
        process.setProgram(qEnvironmentVariable("VPNAAS_RUN_IN_PTY"));
        process.setArguments(QStringList{prompt, typed, u"--"_s, qEnvironmentVariable("VPNAAS_CONSOLE")} + render);
    }
    process.start();
    process.closeWriteChannel(); // no terminal: stdin is a pipe at its end
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    const QString err = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 1);
    for (const QString &text : says)
        QVERIFY2(err.contains(text), qPrintable(err));
    if (!typed.isEmpty())
        QVERIFY2(!err.contains(typed), qPrintable(err)); // echo was off
    if (sent.isEmpty()) {
        QCOMPARE(keystone.received, QByteArray());
    } else {
        QVERIFY2(keystone.received.contains(QByteArray("\"" + sent.toUtf8() + "\"")), keystone.received.constData());
        QVERIFY(!err.contains(sent));
    }
}

QTEST_MAIN(TestHeadlessLogin)
#include "tst_headlesslogin.moc"
