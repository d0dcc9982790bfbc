// SPDX-License-Identifier: Apache-2.0
// Runs the real vpnaas-console binary the way users and CI do.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/*! What \a process printed and its exit code; \a finished false: it is killed and reported as timed out. */
Run collect(QProcess &process, bool finished)
{
    Run result;
    if (!finished) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run run(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("VPNAAS_CONSOLE"));
    process.setArguments(arguments);
    process.start();
    return collect(process, process.waitForFinished(60000));
}

/*! A HOME, XDG tree and working directory of one run's own. */
struct Home {
    QTemporaryDir root;
    QMap<QString, QString> extra; // more environment variables for the run

    QString path(const QString &relative) const { return root.filePath(relative); }
    void write(const QString &relative, const QByteArray &text) const
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path(relative)));
        file.write(text);
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, path(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, path(u"home/.cache"_s));
        for (const char *variable :
             {"OS_CLOUD", "OS_AUTH_URL", "OS_PASSWORD", "OS_CLIENT_CONFIG_FILE", "OS_CLIENT_SECURE_FILE", "OS_ENDPOINT",
              "OS_TOKEN", "OS_USERNAME", "OS_REGION_NAME"})
            env.remove(QString::fromLatin1(variable));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }
    /*! Runs the console in \a workingDir with the event loop going (the fake servers answer). */
    Run run(const QStringList &arguments, const QString &workingDir) const
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("VPNAAS_CONSOLE"));
        process.setArguments(arguments);
        process.setWorkingDirectory(workingDir);
        process.setProcessEnvironment(environment());
        process.start();
        return collect(process, QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    }
};

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
                    const QByteArray data = socket->readAll();
                    received += data;
                    if (received.contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                });
            }
        });
    }
};

int mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void printsWithoutDisplay_data();
    void printsWithoutDisplay();
    void manualPageHasEveryOption_data();
    void manualPageHasEveryOption();
    void screenshot_data();
    void screenshot();
    void badArguments_data();
    void badArguments();
    void cloudPrecedence_data();
    void cloudPrecedence();
    void render_data();
    void render();
    void workingDirectoryCloud_data();
    void workingDirectoryCloud();
    void sandboxFileOnlyWhenUsed_data();
    void sandboxFileOnlyWhenUsed();
};

void TestCommandLine::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("VPNAAS_CONSOLE"), "VPNAAS_CONSOLE must name the binary");
}

void TestCommandLine::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(u"vpnaas-console \\d+\\.\\d+\\.\\d+"_s)), qPrintable(r.out));
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("English") << QStringList{u"--help"_s} << u"Render the window"_s;
    QTest::addRow("Korean") << QStringList{u"--lang"_s, u"ko"_s, u"--help"_s} << u"스크린샷"_s;
}

void TestCommandLine::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"--screenshot"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    // The headless subcommands are found from the window's help.
    QVERIFY2(r.out.contains(u"vpnaas-console render --help"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"vpnaas-console diagnose --help"_s), qPrintable(r.out));
}

void TestCommandLine::manualPageHasEveryOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("the window") << QStringList{u"--help"_s};
    QTest::addRow("render") << QStringList{u"render"_s, u"--help"_s};
    QTest::addRow("diagnose") << QStringList{u"diagnose"_s, u"--help"_s};
}

// Every long option --help prints is in the manual page (a new option goes there too).
void TestCommandLine::manualPageHasEveryOption()
{
    QFETCH(QStringList, arguments);
    QFile page(QStringLiteral(VPNAAS_SOURCE_DIR "/resources/packaging/vpnaas-console.1"));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    const QString manual = QString::fromUtf8(page.readAll()).replace(u"\\-"_s, u"-"_s);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z-]*"_s);
    QStringList options;
    for (auto it = option.globalMatch(r.out); it.hasNext();)
        options.append(it.next().captured());
    options.removeDuplicates();
    QVERIFY2(options.size() > 3, qPrintable(r.out));
    for (const QString &name : std::as_const(options))
        QVERIFY2(manual.contains(name), qPrintable(name + u" is not in the manual page"_s));
}

void TestCommandLine::printsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--version") << QStringList{u"--version"_s} << u"vpnaas-console "_s;
    QTest::addRow("-v") << QStringList{u"-v"_s} << u"vpnaas-console "_s;
    QTest::addRow("--help") << QStringList{u"--help"_s} << u"--screenshot"_s;
    QTest::addRow("-h") << QStringList{u"-h"_s} << u"--screenshot"_s;
    QTest::addRow("--help-all") << QStringList{u"--help-all"_s} << u"--screenshot"_s;
    QTest::addRow("--lang ko --help") << QStringList{u"--lang"_s, u"ko"_s, u"--help"_s} << u"스크린샷"_s;
}

/*! Over ssh or in a script there is no display: what only prints must still print (the window's
    platform plugin used to abort first). */
void TestCommandLine::printsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(variable));
    process.setProcessEnvironment(env);
    process.setProgram(qEnvironmentVariable("VPNAAS_CONSOLE"));
    process.setArguments(arguments);
    process.start();
    const Run r = collect(process, process.waitForFinished(60000));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
}

void TestCommandLine::screenshot_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QSize>("size");
    QTest::addRow("default view") << QStringList() << QSize(1280, 800);
    QTest::addRow("connections view") << QStringList{u"--view"_s, u"resources:ipsec-site-connections"_s}
                                      << QSize(1280, 800);
    QTest::addRow("guided wizard summary")
        << QStringList{u"--view"_s, u"wizard:site-to-site:8"_s, u"--sandbox"_s} << QSize(780, 680);
    QTest::addRow("small, Korean") << QStringList{u"--size"_s, u"800x600"_s, u"--lang"_s, u"ko"_s} << QSize(800, 600);
}

void TestCommandLine::screenshot()
{
    QFETCH(QStringList, extra);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"shot.png"_s);
    const Run r = run(QStringList{u"--screenshot"_s, file} + extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 9) {
        for (int x = 0; x < image.width(); x += 9)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "the screenshot is blank");
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown view") << QStringList{u"--view"_s, u"nope"_s} << 2 << u"Unknown view"_s;
    QTest::addRow("bad size") << QStringList{u"--size"_s, u"huge"_s} << 2 << u"Bad --size"_s;
    QTest::addRow("unwritable screenshot")
        << QStringList{u"--screenshot"_s, u"/nonexistent-dir/x.png"_s} << 1 << u"could not write"_s;
    QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << 1 << u"frobnicate"_s;
    QTest::addRow("unknown cloud") << QStringList{u"--cloud"_s, u"nope"_s} << 2 << u"no cloud named \"nope\""_s;
    QTest::addRow("sandbox and cloud") << QStringList{u"--sandbox"_s, u"--cloud"_s, u"x"_s} << 2
                                       << u"exclude each other"_s;
    QTest::addRow("unknown os-cloud") << QStringList{u"--os-cloud"_s, u"nope"_s} << 2 << u"no cloud named \"nope\""_s;
    QTest::addRow("sandbox and os-cloud") << QStringList{u"--sandbox"_s, u"--os-cloud"_s, u"x"_s} << 2
                                          << u"--sandbox and --os-cloud exclude each other"_s;
    QTest::addRow("project by name and id")
        << QStringList{u"--os-project-name"_s, u"a"_s, u"--os-project-id"_s, u"b"_s} << 2 << u"exclude each other"_s;
    QTest::addRow("wizard page 0") << QStringList{u"--view"_s, u"wizard:ike-policy:0"_s} << 2 << u"Unknown view"_s;
}

void TestCommandLine::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCommandLine::render_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString psk = QString::fromLatin1(QByteArrayLiteral("sandbox-demo-psk-not-secret").toBase64());
    QTest::addRow("list") << QStringList{u"--list-vpnservices"_s} << 0 << u" vpn router=router1"_s;
    QTest::addRow("own ipsec.conf") << QStringList() << 0 << u"right=192.168.20.9"_s;
    QTest::addRow("own secrets masked") << QStringList{u"--format"_s, u"ipsec.secrets"_s} << 0 << u"PSK 0s\u2022"_s;
    QTest::addRow("own secrets revealed")
        << QStringList{u"--format"_s, u"ipsec.secrets"_s, u"--reveal-secrets"_s} << 0 << u"PSK 0s"_s + psk;
    QTest::addRow("own swanctl") << QStringList{u"--format"_s, u"swanctl"_s} << 0 << u"connections {"_s;
    QTest::addRow("peer libreswan") << QStringList{u"--side"_s, u"peer"_s, u"--format"_s, u"libreswan"_s} << 0
                                    << u"left=192.168.20.9"_s;
    QTest::addRow("peer strongswan.conf") << QStringList{u"--side"_s, u"peer"_s, u"--format"_s, u"strongswan.conf"_s}
                                          << 0 << u"/etc/strongswan.d/vpnaas-peer.conf"_s;
    QTest::addRow("zed dialect") << QStringList{u"--dialect"_s, u"zed"_s} << 0 << u"ike=aes128-sha1-modp1536"_s;
    QTest::addRow("bad side") << QStringList{u"--side"_s, u"middle"_s} << 2 << u"--side is own or peer"_s;
    QTest::addRow("libreswan own side") << QStringList{u"--format"_s, u"libreswan"_s} << 2
                                        << u"--format for the own side"_s;
    QTest::addRow("unknown service") << QStringList{u"--vpnservice"_s, u"nope"_s} << 1 << u"no VPN service nope"_s;
    QTest::addRow("unknown cloud") << QStringList{u"--cloud"_s, u"nope"_s} << 2 << u"no cloud named"_s;
}

void TestCommandLine::render()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QStringList args{u"render"_s};
    if (!arguments.contains(u"--cloud"_s))
        args.append(u"--sandbox"_s);
    args += arguments;
    const Run r = run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(u"%1: %2%3"_s.arg(r.exitCode).arg(r.out, r.err)));
    const QString output = r.out + r.err;
    QVERIFY2(output.contains(expected), qPrintable(output));
    if (!arguments.contains(u"--reveal-secrets"_s))
        QVERIFY(!r.out.contains(QString::fromLatin1(QByteArrayLiteral("sandbox-demo-psk-not-secret").toBase64())));
}

void TestCommandLine::workingDirectoryCloud_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("passwordSent");
    QTest::addColumn<QString>("message"); // on stderr
    // The review's zero-click leak: the remembered cloud "prod" now comes from ./clouds.yaml.
    QTest::addRow("remembered cloud, no arguments")
        << QStringList() << false << u"Not connected to \"prod\": it is defined in"_s;
    QTest::addRow("--cloud prod") << QStringList{u"--cloud"_s, u"prod"_s} << true
                                  << u"sends its password unencrypted over plain http"_s;
    QTest::addRow("render --cloud prod") << QStringList{u"render"_s, u"--cloud"_s, u"prod"_s, u"--list-vpnservices"_s}
                                         << true << u"render: warning: Cloud \"prod\" sends its password unencrypted"_s;
    // The same messages with --lang ko: translated, not the English source text.
    QTest::addRow("remembered cloud, Korean") << QStringList{u"--lang"_s, u"ko"_s} << false
                                              << u"\"prod\"에 연결하지 않았습니다. 이 클라우드는 작업 디렉터리의"_s;
    QTest::addRow("--cloud prod, Korean")
        << QStringList{u"--cloud"_s, u"prod"_s, u"--lang"_s, u"ko"_s} << true << u"암호화되지 않은 일반 http로"_s;
}

// A clouds.yaml in the working directory that redefines the user's cloud gets the user's
// secure.yaml password only when the user names that cloud; the remembered cloud is not
// connected to on its own. Password auth over http is warned about on stderr.
void TestCommandLine::workingDirectoryCloud()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, passwordSent);
    QFETCH(QString, message);
    FakeKeystone keystone;
    QVERIFY(keystone.listen(QHostAddress::LocalHost));
    Home home;
    home.write(u"home/.config/openstack/secure.yaml"_s,
               "clouds:\n  prod:\n    auth:\n      password: ALICE-REAL-PASSWORD\n");
    home.write(u"home/.config/openstack/clouds.yaml"_s,
               "clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.invalid:5000/v3\n"
               "      username: alice\n");
    home.write(u"home/.config/vpnaas-console/vpnaas-console.conf"_s, "[cloud]\nlast=prod\n");
    home.write(u"checkout/clouds.yaml"_s,
               u"clouds:\n  prod:\n    auth:\n      auth_url: http://127.0.0.1:%1/v3\n"
               u"      username: alice\n      user_domain_name: Default\n"_s.arg(keystone.serverPort())
                   .toUtf8());
    QStringList args = arguments;
    if (!args.contains(u"render"_s))
        args += QStringList{u"--screenshot"_s, home.path(u"shot.png"_s)};
    const Run r = home.run(args, home.path(u"checkout"_s));
    QVERIFY2(r.exitCode == (args.contains(u"render"_s) ? 1 : 0), qPrintable(r.err));
    QCOMPARE(keystone.received.contains("ALICE-REAL-PASSWORD"), passwordSent);
    if (!passwordSent)
        QVERIFY2(keystone.received.isEmpty(), keystone.received.constData());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCommandLine::cloudPrecedence_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("osCloud"); // OS_CLOUD
    QTest::addColumn<QString>("osRegion"); // OS_REGION_NAME
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("user"); // whose credentials reach Keystone; empty: none
    QTest::addColumn<QString>("message");

    // cloud/last=alpha is remembered in every row.
    QTest::addRow("remembered when none is named")
        << QStringList() << QString() << QString() << 0 << u"user-alpha"_s << QString();
    QTest::addRow("OS_CLOUD beats the remembered cloud")
        << QStringList() << u"beta"_s << QString() << 0 << u"user-beta"_s << QString();
    QTest::addRow("--os-cloud beats OS_CLOUD")
        << QStringList{u"--os-cloud"_s, u"alpha"_s} << u"beta"_s << QString() << 0 << u"user-alpha"_s << QString();
    QTest::addRow("--cloud is a synonym")
        << QStringList{u"--cloud"_s, u"beta"_s} << QString() << QString() << 0 << u"user-beta"_s << QString();
    QTest::addRow("--os-region-name outside regions:")
        << QStringList{u"--os-cloud"_s, u"beta"_s, u"--os-region-name"_s, u"Mars"_s} << QString() << QString() << 2
        << QString()
        << u"Region \"Mars\" is not a valid region name for cloud \"beta\". Valid choices are RegionOne, RegionTwo."_s;
    QTest::addRow("OS_REGION_NAME outside regions:")
        << QStringList() << u"beta"_s << u"Mars"_s << 2 << QString() << u"Region \"Mars\" is not a valid region name"_s;
    QTest::addRow("render: OS_CLOUD names the cloud") << QStringList{u"render"_s, u"--list-vpnservices"_s} << u"beta"_s
                                                      << QString() << 1 << u"user-beta"_s << QString();
    QTest::addRow("render: --os-region-name outside regions:")
        << QStringList{u"render"_s,           u"--os-cloud"_s, u"beta"_s,
                       u"--os-region-name"_s, u"Mars"_s,       u"--list-vpnservices"_s}
        << QString() << QString() << 2 << QString() << u"is not a valid region name for cloud"_s;
}

void TestCommandLine::cloudPrecedence()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, osCloud);
    QFETCH(QString, osRegion);
    QFETCH(int, exitCode);
    QFETCH(QString, user);
    QFETCH(QString, message);
    FakeKeystone keystone;
    QVERIFY(keystone.listen(QHostAddress::LocalHost));
    Home home;
    const QString url = u"http://127.0.0.1:%1/v3"_s.arg(keystone.serverPort());
    home.write(u"home/.config/openstack/clouds.yaml"_s,
               u"clouds:\n"
               u"  alpha:\n    auth: {auth_url: '%1', username: user-alpha, password: pw-a}\n"
               u"  beta:\n    auth: {auth_url: '%1', username: user-beta, password: pw-b}\n"
               u"    regions: [RegionOne, RegionTwo]\n"_s.arg(url)
                   .toUtf8());
    home.write(u"home/.config/vpnaas-console/vpnaas-console.conf"_s, "[cloud]\nlast=alpha\n");
    if (!osCloud.isEmpty())
        home.extra.insert(u"OS_CLOUD"_s, osCloud);
    if (!osRegion.isEmpty())
        home.extra.insert(u"OS_REGION_NAME"_s, osRegion);
    QStringList args = arguments;
    if (!args.contains(u"render"_s))
        args += QStringList{u"--screenshot"_s, home.path(u"shot.png"_s)};
    QDir().mkpath(home.path(u"work"_s));
    const Run r = home.run(args, home.path(u"work"_s));
    QVERIFY2(r.exitCode == exitCode, qPrintable(u"%1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    if (user.isEmpty()) {
        QVERIFY2(keystone.received.isEmpty(), keystone.received.constData());
        return;
    }
    QVERIFY2(keystone.received.contains(user.toUtf8()), keystone.received.constData());
    const QString other = user == u"user-alpha" ? u"user-beta"_s : u"user-alpha"_s;
    QVERIFY(!keystone.received.contains(other.toUtf8()));
}

void TestCommandLine::sandboxFileOnlyWhenUsed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("created");
    QTest::addRow("a real cloud") << QStringList{u"--cloud"_s, u"lab"_s} << false;
    QTest::addRow("render from a real cloud")
        << QStringList{u"render"_s, u"--cloud"_s, u"lab"_s, u"--list-vpnservices"_s} << false;
    QTest::addRow("--sandbox") << QStringList{u"--sandbox"_s} << true;
}

// The sandbox's database (where the keys typed into it are kept in clear) is made only when the
// sandbox is used, and then 0600 in a 0700 folder; the monitoring history is private as well.
void TestCommandLine::sandboxFileOnlyWhenUsed()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, created);
    Home home;
    home.write(u"home/.config/openstack/clouds.yaml"_s,
               "clouds:\n  lab:\n    auth_type: none\n    auth:\n      endpoint: http://127.0.0.1:9\n");
    QStringList args = arguments;
    if (!args.contains(u"render"_s))
        args += QStringList{u"--screenshot"_s, home.path(u"shot.png"_s)};
    const Run r = home.run(args, home.path(u"home"_s));
    QVERIFY2(r.exitCode == (args.contains(u"render"_s) ? 1 : 0), qPrintable(r.err));
    const QString data = home.path(u"home/.local/share/vpnaas-console/vpnaas-console"_s);
    QCOMPARE(QFileInfo::exists(data + u"/sandbox.sqlite"_s), created);
    if (created)
        QCOMPARE(mode(data + u"/sandbox.sqlite"_s), 0600);
    if (!args.contains(u"render"_s)) {
        QCOMPARE(mode(data), 0700);
        QCOMPARE(mode(data + u"/monitoring.sqlite"_s), 0600);
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
