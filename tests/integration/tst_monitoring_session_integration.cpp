// SPDX-License-Identifier: Apache-2.0
//
// A scripted monitoring session of the real console (the vpnaas-console binary, offscreen)
// against both harnesses at once: run-with-strongswan -- run-with-openstack -- this test.
// Neutron (the real server) has a VPN service with two connections to the peer 192.0.2.2;
// the two charons name each conn and CHILD_SA by its connection id, so there are two real
// tunnels (10.1.0.0/24 <-> 10.2.0.0/24 and 10.1.0.0/24 <-> 10.3.0.0/24). The console runs with
// a private home, a clouds.yaml and its settings (1 s interval, the left charon's VICI socket
// for the VPN service), while the test drives traffic in bursts of different sizes, flips one
// Neutron status, stops the peer for a few seconds and brings it back. Then the console is
// stopped, started again with --screenshot (the picture must not be blank and must show the
// throughput curves), and its own history file must hold the tunnel's UP, DOWN, UP and
// exactly the pinged bytes. VPNAAS_SCREENSHOT_DIR keeps the picture as monitoring.png.
// The scripted session takes about 50 s; VPNAAS_SESSION_SECONDS=N stretches it to about N s
// with more bursts on both sides of the outage (e.g. 480 for the documentation's picture, which
// then fills most of the charts' shortest range, 15 minutes).
// A missing daemon, harness or binary is a failure.
#include "neutronseed.h"
#include "strongswanpair.h"

#include "monitoring/historystore.h"
#include "monitoring/viciendpoint.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

namespace {

// Inner IPv4 bytes of one echo request or reply: 20 (IP) + 8 (ICMP) + the payload.
constexpr quint64 kIcmpOverhead = 28;
// The series colours of one charted connection (ui/charts/monitoringcharts.cpp): in, out.
const QColor kInColor(0x1f, 0x77, 0xb4);
const QColor kOutColor(0xff, 0x7f, 0x0e);

/*! One Neutron connection and its tunnel. */
struct Site {
    QString name;
    QString peerId; //!< what the right side calls itself for this tunnel
    QString peerCidr;
    QString peerHost; //!< an address in peerCidr on the right side
    QString id = {}; //!< the Neutron connection id: conn and CHILD_SA name on both sides
    quint64 pingedBytes = 0; //!< each way
    quint64 pingedPackets = 0;
};

/*! One burst of pings to a site: \a count echo requests of \a size payload bytes, \a interval s apart. */
struct Burst {
    int site;
    int count;
    int size;
    double interval;
};

QString tunnelStates(const QList<StatusTransition> &transitions)
{
    QStringList out;
    for (const StatusTransition &t : transitions) {
        if (t.source == StatusTransition::Source::Tunnel)
            out.append((t.from.isEmpty() ? u"(new)"_s : t.from) + u"->"_s + t.to);
    }
    return out.join(u' ');
}

bool nearColor(QRgb pixel, const QColor &color, int tolerance)
{
    return qAbs(qRed(pixel) - color.red()) <= tolerance && qAbs(qGreen(pixel) - color.green()) <= tolerance
        && qAbs(qBlue(pixel) - color.blue()) <= tolerance;
}

QString tail(const QString &path, int lines = 30)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"(no %1)"_s.arg(path);
    QStringList all = QString::fromUtf8(file.readAll()).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

} // namespace

class TestMonitoringSessionIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void session();
    void screenshot_data();
    void screenshot();
    void historyOfTheSession();

private:
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return integration::raw(m_network, m_url, method, path, body);
    }
    QString swanctlConf(Side side) const;
    bool setStatus(const QString &table, const QString &id, const QString &status, QString *error);
    QProcessEnvironment consoleEnvironment() const;
    QString dbPath() const;
    QString settingsPath() const;
    /*! The console's history, opened next to the running console once its file exists. */
    HistoryStore *watch();
    /*! Runs \a bursts at the same time and waits for them; false (with a warning) unless all were answered. */
    bool ping(const QList<Burst> &bursts);
    bool initiateAll();
    /*! Varied bursts and pauses until the session is \a seconds old (nothing when it already is). */
    bool fillUntil(double seconds);
    void phase(const char *what);

    StrongSwanPair m_pair;
    QNetworkAccessManager m_network;
    QUrl m_url;
    QString m_service;
    QList<Site> m_sites;
    QTemporaryDir m_home;
    QString m_console;
    std::unique_ptr<QProcess> m_running;
    std::unique_ptr<HistoryStore> m_watch;
    QDateTime m_sessionEnd;
    QElapsedTimer m_clock;
    QElapsedTimer m_session;
    double m_sessionSeconds = 0; // VPNAAS_SESSION_SECONDS
    QRandomGenerator m_random{20261127}; // the same session every run
    qint64 m_lastPhase = 0;
};

void TestMonitoringSessionIntegration::initTestCase()
{
    m_clock.start();
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    m_url = QUrl(qEnvironmentVariable("NEUTRON_URL"));
    QVERIFY2(m_url.isValid() && !m_url.isEmpty(),
             "NEUTRON_URL is not set: run through tests/integration/run-with-openstack");
    QVERIFY2(!qEnvironmentVariableIsEmpty("NEUTRON_SET_STATUS"), "NEUTRON_SET_STATUS is not set");
    m_console = qEnvironmentVariable("VPNAAS_CONSOLE");
    QVERIFY2(QFileInfo(m_console).isExecutable(),
             qPrintable(u"VPNAAS_CONSOLE=%1 is not an executable"_s.arg(m_console)));
    QVERIFY2(m_home.isValid(), qPrintable(m_home.errorString()));
    m_sessionSeconds = qEnvironmentVariable("VPNAAS_SESSION_SECONDS").toDouble();

    // Neutron: the seed's router and subnet 10.1.0.0/24, policies like the charons' proposals,
    // one VPN service, two connections to the same peer with a subnet each.
    const integration::NetworkSide side = integration::seedNetworkSide(m_network, m_url);
    const QString ike = raw("POST", u"/v2.0/vpn/ikepolicies"_s,
                            {{u"ikepolicy"_s,
                              QJsonObject{{u"name"_s, u"ike-aes256"_s},
                                          {u"ike_version"_s, u"v2"_s},
                                          {u"encryption_algorithm"_s, u"aes-256"_s},
                                          {u"auth_algorithm"_s, u"sha256"_s},
                                          {u"pfs"_s, u"group14"_s}}}})[u"ikepolicy"][u"id"]
                            .toString();
    const QString ipsec = raw("POST", u"/v2.0/vpn/ipsecpolicies"_s,
                              {{u"ipsecpolicy"_s,
                                QJsonObject{{u"name"_s, u"esp-aes128"_s},
                                            {u"encryption_algorithm"_s, u"aes-128"_s},
                                            {u"auth_algorithm"_s, u"sha256"_s},
                                            {u"pfs"_s, u"group14"_s}}}})[u"ipsecpolicy"][u"id"]
                              .toString();
    m_service = raw("POST", u"/v2.0/vpn/vpnservices"_s,
                    {{u"vpnservice"_s,
                      QJsonObject{{u"name"_s, u"vpn-router1"_s},
                                  {u"router_id"_s, side.routerId},
                                  {u"subnet_id"_s, side.subnetId}}}})[u"vpnservice"][u"id"]
                    .toString();
    QVERIFY(!ike.isEmpty() && !ipsec.isEmpty() && !m_service.isEmpty());
    m_sites = {{u"berlin-office"_s, m_pair.address(Side::Right), m_pair.subnet(Side::Right), m_pair.host(Side::Right)},
               {u"lab-annex"_s, u"annex.peer.example"_s, u"10.3.0.0/24"_s, u"10.3.0.1"_s}};
    for (Site &site : m_sites) {
        site.id = raw("POST", u"/v2.0/vpn/ipsec-site-connections"_s,
                      {{u"ipsec_site_connection"_s,
                        QJsonObject{{u"name"_s, site.name},
                                    {u"vpnservice_id"_s, m_service},
                                    {u"ikepolicy_id"_s, ike},
                                    {u"ipsecpolicy_id"_s, ipsec},
                                    {u"peer_address"_s, m_pair.address(Side::Right)},
                                    {u"peer_id"_s, site.peerId},
                                    {u"peer_cidrs"_s, QJsonArray{site.peerCidr}},
                                    {u"psk"_s, u"session-test-psk-not-a-secret"_s}}}})[u"ipsec_site_connection"][u"id"]
                      .toString();
        QVERIFY2(site.id.size() == 36, qPrintable(site.id));
    }
    // The "fake agent": the service and the first connection are up, the second not yet.
    QString error;
    QVERIFY2(setStatus(u"vpnservices"_s, m_service, u"ACTIVE"_s, &error), qPrintable(error));
    QVERIFY2(setStatus(u"ipsec_site_connections"_s, m_sites[0].id, u"ACTIVE"_s, &error), qPrintable(error));
    QVERIFY2(setStatus(u"ipsec_site_connections"_s, m_sites[1].id, u"DOWN"_s, &error), qPrintable(error));

    // strongSwan: the second peer subnet lives on the right side's lo like the first.
    QProcess address;
    address.start(
        qEnvironmentVariable("SWAN_SIDE"),
        {u"right"_s, u"exec"_s, u"ip"_s, u"addr"_s, u"add"_s, m_sites[1].peerHost + u"/32"_s, u"dev"_s, u"lo"_s});
    QVERIFY2(address.waitForFinished(30000) && address.exitCode() == 0, address.readAllStandardError().constData());
    for (const Side s : {Side::Right, Side::Left}) {
        QFile file(QDir(m_pair.configDir(s)).filePath(u"swanctl.conf"_s));
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        file.write(swanctlConf(s).toUtf8());
        file.close();
        QVERIFY2(m_pair.startSwanctl(s, m_pair.configDir(s)), qPrintable(m_pair.errorString()));
    }

    // The console's private home: clouds.yaml and its settings, as a user would have them.
    const QDir home(m_home.path());
    for (const QString &dir : {u".config/vpnaas-console"_s, u".local/share"_s, u".cache"_s, u"runtime"_s})
        QVERIFY(home.mkpath(dir));
    QVERIFY(QFile::setPermissions(home.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile clouds(home.filePath(u"clouds.yaml"_s));
    QVERIFY2(clouds.open(QIODevice::WriteOnly), qPrintable(clouds.errorString()));
    clouds.write(
        u"clouds:\n  session:\n    auth_type: none\n    auth:\n      endpoint: %1\n"_s.arg(m_url.toString()).toUtf8());
    clouds.close();
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"monitoring/intervalSeconds"_s, 1);
    const ViciEndpoint endpoint{m_pair.viciUri(Side::Left), ViciEndpoint::Scope::VpnService, m_service,
                                u"router1 charon"_s};
    QVERIFY2(validateViciEndpoint(endpoint).isEmpty(), qPrintable(validateViciEndpoint(endpoint).join(u' ')));
    settings.setValue(u"monitoring/endpoints/session"_s, ViciEndpoint::toVariantList({endpoint}));
    // A one-minute session: the shortest range; the throughput in front.
    settings.setValue(u"monitoring/chartRange"_s, u"15m"_s);
    settings.setValue(u"monitoring/chartTab"_s, u"throughput"_s);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    phase("set-up (Neutron seed, two charons, console home)");
}

void TestMonitoringSessionIntegration::cleanup()
{
    if (QTest::currentTestFailed()) {
        qInfo().noquote() << "console output:\n" << tail(QDir(m_home.path()).filePath(u"console.log"_s));
        if (m_watch) {
            for (const Site &site : std::as_const(m_sites))
                qInfo().noquote() << site.name << "tunnel:" << tunnelStates(m_watch->transitions(site.id));
        }
        qInfo().noquote() << m_pair.logTail(Side::Left, 20) << m_pair.logTail(Side::Right, 20);
    }
}

void TestMonitoringSessionIntegration::cleanupTestCase()
{
    if (m_running && m_running->state() != QProcess::NotRunning) {
        m_running->kill();
        m_running->waitForFinished(10000);
    }
    m_watch.reset();
    QVERIFY2(m_pair.stopAll(), qPrintable(m_pair.errorString()));
    qInfo("whole test: %.1f s", double(m_clock.elapsed()) / 1000);
}

QString TestMonitoringSessionIntegration::swanctlConf(Side side) const
{
    const Side peer = StrongSwanPair::other(side);
    QString conf = u"# Written by tst_monitoring_session_integration: conns and CHILD_SAs named by connection ids.\n"
                   "connections {\n"_s;
    for (const Site &site : m_sites) {
        // The right side answers as the connection's peer id; the left is the router (its IP).
        const QString leftId = m_pair.address(Side::Left);
        const QString local = side == Side::Left ? leftId : site.peerId;
        const QString remote = side == Side::Left ? site.peerId : leftId;
        const QString localTs = side == Side::Left ? m_pair.subnet(Side::Left) : site.peerCidr;
        const QString remoteTs = side == Side::Left ? site.peerCidr : m_pair.subnet(Side::Left);
        conf += uR"(  %1 {
    version = 2
    local_addrs = %2
    remote_addrs = %3
    proposals = aes256-sha256-modp2048
    local {
      auth = psk
      id = %4
    }
    remote {
      auth = psk
      id = %5
    }
    children {
      %1 {
        local_ts = %6
        remote_ts = %7
        esp_proposals = aes128-sha256-modp2048
        start_action = none
      }
    }
  }
)"_s.arg(site.id, m_pair.address(side), m_pair.address(peer), local, remote, localTs, remoteTs);
    }
    conf += u"}\nsecrets {\n  ike-session {\n    secret = \"session-test-psk-not-a-secret\"\n  }\n}\n"_s;
    return conf;
}

bool TestMonitoringSessionIntegration::setStatus(const QString &table, const QString &id, const QString &status,
                                                 QString *error)
{
    QProcess process;
    process.start(qEnvironmentVariable("NEUTRON_SET_STATUS"), {table, id, status});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

QProcessEnvironment TestMonitoringSessionIntegration::consoleEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"OS_"_s))
            env.remove(name); // only the clouds.yaml below
    }
    const QDir home(m_home.path());
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    env.insert(u"OS_CLIENT_CONFIG_FILE"_s, home.filePath(u"clouds.yaml"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

QString TestMonitoringSessionIntegration::dbPath() const
{
    // QStandardPaths::AppDataLocation of organisation and application "vpnaas-console".
    return QDir(m_home.path()).filePath(u".local/share/vpnaas-console/vpnaas-console/monitoring.sqlite"_s);
}

QString TestMonitoringSessionIntegration::settingsPath() const
{
    // QSettings' native file of organisation and application "vpnaas-console" (app/main.cpp).
    return QDir(m_home.path()).filePath(u".config/vpnaas-console/vpnaas-console.conf"_s);
}

HistoryStore *TestMonitoringSessionIntegration::watch()
{
    if (!m_watch && QFileInfo::exists(dbPath())) {
        auto store = std::make_unique<HistoryStore>(dbPath());
        store->setScope(HistoryStore::scopeOf(u"session"_s, {})); // the console's cloud (no region)
        QString error;
        if (store->open(&error))
            m_watch = std::move(store);
        else
            qWarning().noquote() << "cannot open the console's history:" << error;
    }
    return m_watch.get();
}

bool TestMonitoringSessionIntegration::ping(const QList<Burst> &bursts)
{
    std::vector<std::unique_ptr<QProcess>> running;
    for (const Burst &b : bursts) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        const int deadline = int(b.count * b.interval) + 10;
        process->start(qEnvironmentVariable("SWAN_SIDE"),
                       {u"left"_s, u"exec"_s, u"ping"_s, u"-4"_s, u"-n"_s, u"-q"_s, u"-c"_s, QString::number(b.count),
                        u"-i"_s, QString::number(b.interval), u"-s"_s, QString::number(b.size), u"-w"_s,
                        QString::number(deadline), u"-I"_s, m_pair.host(Side::Left), m_sites[b.site].peerHost});
        running.push_back(std::move(process));
    }
    bool ok = true;
    for (std::size_t i = 0; i < running.size(); ++i) {
        QProcess &p = *running[i];
        const Burst &b = bursts[qsizetype(i)];
        // -w: exit 0 only when every echo request was answered.
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning().noquote() << "ping to" << m_sites[b.site].name << "failed:" << p.readAll();
            ok = false;
            continue;
        }
        m_sites[b.site].pingedBytes += quint64(b.count) * (kIcmpOverhead + quint64(b.size));
        m_sites[b.site].pingedPackets += quint64(b.count);
    }
    return ok;
}

bool TestMonitoringSessionIntegration::initiateAll()
{
    for (const Site &site : std::as_const(m_sites)) {
        if (!m_pair.initiate(Side::Left, site.id)) {
            qWarning().noquote() << m_pair.errorString();
            return false;
        }
    }
    return true;
}

bool TestMonitoringSessionIntegration::fillUntil(double seconds)
{
    while (m_session.elapsed() < qint64(seconds * 1000)) {
        QList<Burst> bursts;
        for (int site = 0; site < m_sites.size(); ++site) {
            if (m_random.bounded(3) == 0)
                continue; // this site is quiet this time
            const int sizes[] = {56, 200, 400, 800, 1000, 1300};
            const double intervals[] = {0.01, 0.02, 0.05, 0.1};
            bursts.append(
                {site, 10 + int(m_random.bounded(200)), sizes[m_random.bounded(6)], intervals[m_random.bounded(4)]});
        }
        if (!bursts.isEmpty() && !ping(bursts))
            return false;
        QTest::qWait(1000 + int(m_random.bounded(5000)));
    }
    return true;
}

void TestMonitoringSessionIntegration::phase(const char *what)
{
    const qint64 now = m_clock.elapsed();
    qInfo("%6.1f s (+%.1f s) %s", double(now) / 1000, double(now - m_lastPhase) / 1000, what);
    m_lastPhase = now;
}

void TestMonitoringSessionIntegration::session()
{
    const QDir home(m_home.path());
    m_running = std::make_unique<QProcess>();
    m_running->setProcessEnvironment(consoleEnvironment());
    m_running->setWorkingDirectory(home.path());
    m_running->setStandardOutputFile(home.filePath(u"console.log"_s));
    m_running->setStandardErrorFile(home.filePath(u"console.log"_s), QIODevice::Append);
    m_running->start(m_console, {u"--cloud"_s, u"session"_s, u"--view"_s, u"monitoring"_s});
    QVERIFY2(m_running->waitForStarted(10000), qPrintable(m_running->errorString()));
    m_session.start();

    // The console sees both connections without SAs (their first tunnel state: DOWN).
    const auto states = [this](const Site &site) {
        HistoryStore *history = watch();
        return history ? tunnelStates(history->transitions(site.id)) : QString();
    };
    const auto all = [&](const QString &expected) {
        return std::all_of(m_sites.cbegin(), m_sites.cend(), [&](const Site &s) { return states(s) == expected; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(all(u"(new)->DOWN"_s), 30000);
    QCOMPARE(m_running->state(), QProcess::Running);
    phase("console up: both tunnels DOWN");

    QVERIFY(initiateAll());
    QTRY_VERIFY_WITH_TIMEOUT(all(u"(new)->DOWN DOWN->UP"_s), 10000);
    phase("both tunnels UP");

    // Traffic in bursts: small and large echoes, one site and both at once, with pauses.
    QVERIFY(ping({{0, 10, 56, 0.1}}));
    QTest::qWait(2000);
    QVERIFY(ping({{0, 120, 1000, 0.02}}));
    QTest::qWait(3000);
    QVERIFY(ping({{1, 60, 600, 0.05}, {0, 20, 200, 0.15}}));
    QTest::qWait(2000);
    QVERIFY(ping({{0, 250, 1300, 0.01}}));
    QVERIFY(fillUntil(m_sessionSeconds / 2 - 15));
    phase("first bursts");

    // The agent reports the second connection up: one Neutron flip.
    QString error;
    QVERIFY2(setStatus(u"ipsec_site_connections"_s, m_sites[1].id, u"ACTIVE"_s, &error), qPrintable(error));
    const auto neutronTo = [this](const Site &site, const QString &to) {
        HistoryStore *history = watch();
        if (!history)
            return false;
        for (const StatusTransition &t : history->transitions(site.id)) {
            if (t.source == StatusTransition::Source::Neutron && t.to == to && !t.from.isEmpty())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(neutronTo(m_sites[1], u"ACTIVE"_s), 5000);
    QVERIFY(ping({{1, 40, 1300, 0.02}}));
    QTest::qWait(2000);
    phase("Neutron flip DOWN -> ACTIVE seen");

    // The peer goes away for a few seconds (TERM: it sends DELETEs), then comes back.
    QVERIFY2(m_pair.stop(Side::Right), qPrintable(m_pair.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(all(u"(new)->DOWN DOWN->UP UP->DOWN"_s), 10000);
    phase("peer stopped: both tunnels DOWN");
    QTest::qWait(4000);
    QVERIFY2(m_pair.startSwanctl(Side::Right, m_pair.configDir(Side::Right)), qPrintable(m_pair.errorString()));
    QVERIFY(initiateAll());
    QTRY_VERIFY_WITH_TIMEOUT(all(u"(new)->DOWN DOWN->UP UP->DOWN DOWN->UP"_s), 10000);
    phase("peer back: both tunnels UP");

    QTest::qWait(2000);
    QVERIFY(ping({{0, 80, 400, 0.05}, {1, 150, 1200, 0.02}}));
    QTest::qWait(3000);
    QVERIFY(ping({{0, 300, 800, 0.01}}));
    QTest::qWait(2000);
    QVERIFY(fillUntil(m_sessionSeconds - 5));
    QVERIFY(ping({{0, 30, 56, 0.1}, {1, 20, 56, 0.1}}));
    phase("second bursts");

    // Stop once the console has written every pinged byte (the next poll or two).
    const auto written = [this](const Site &site) {
        HistoryStore *history = watch();
        const QList<CounterSample> samples = history ? history->samples(site.id) : QList<CounterSample>();
        return !samples.isEmpty() && samples.last().bytesOut >= site.pingedBytes
            && samples.last().bytesIn >= site.pingedBytes;
    };
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_sites.cbegin(), m_sites.cend(), written), 10000);
    QCOMPARE(m_running->state(), QProcess::Running);
    m_sessionEnd = QDateTime::currentDateTimeUtc();
    m_watch.reset();
    m_running->terminate();
    if (!m_running->waitForFinished(10000)) {
        m_running->kill();
        QVERIFY(m_running->waitForFinished(10000));
    }
    for (const Site &site : std::as_const(m_sites))
        qInfo("%s: pinged %llu packets, %llu bytes each way", qPrintable(site.name), site.pingedPackets,
              site.pingedBytes);
    phase("session console stopped");
}

void TestMonitoringSessionIntegration::screenshot_data()
{
    QTest::addColumn<QString>("tab"); // monitoring/chartTab
    QTest::addColumn<QString>("file");
    // Pixels of each of the in and out lines of the charted connection at least (a minute of a
    // flat line along the axis would be some 60 in a 15 minutes range).
    QTest::addColumn<int>("curvePixels");
    QTest::addRow("throughput") << u"throughput"_s << u"monitoring.png"_s << 150;
    QTest::addRow("status timeline") << u"status"_s << u"monitoring-status.png"_s << 0;
    // Two charts of a rising line each (bytes and packets): a minute of a 15 minutes range is
    // ~60 px of each, some 95-120 pixels of its colour measured; 40 proves the lines are drawn.
    QTest::addRow("totals") << u"totals"_s << u"monitoring-totals.png"_s << 40;
}

void TestMonitoringSessionIntegration::screenshot()
{
    QFETCH(QString, tab);
    QFETCH(QString, file);
    QFETCH(int, curvePixels);
    QVERIFY(m_sessionEnd.isValid());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"monitoring/chartTab"_s, tab);
    settings.sync();
    const QString dir = qEnvironmentVariable("VPNAAS_SCREENSHOT_DIR");
    const QString out = QDir(dir.isEmpty() ? m_home.path() : dir).filePath(file);
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    QFile::remove(out);
    QProcess console;
    console.setProcessEnvironment(consoleEnvironment());
    console.setWorkingDirectory(m_home.path());
    console.setProcessChannelMode(QProcess::MergedChannels);
    console.start(m_console, {u"--cloud"_s, u"session"_s, u"--view"_s, u"monitoring"_s, u"--screenshot"_s, out});
    QVERIFY2(console.waitForFinished(60000), "the console did not finish its screenshot within 60 s");
    const QByteArray output = console.readAll();
    QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0, output.constData());
    phase("screenshot taken");

    QImage image(out);
    QVERIFY2(!image.isNull(), qPrintable(out));
    QCOMPARE(image.size(), QSize(1280, 800));
    image = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colors;
    int in = 0;
    int outgoing = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            colors.insert(line[x] & 0xffffff);
            // Tight: the table's selection highlight (#308cc6) is near the "in" blue.
            in += nearColor(line[x], kInColor, 8) ? 1 : 0;
            outgoing += nearColor(line[x], kOutColor, 8) ? 1 : 0;
        }
    }
    qInfo("%s: %lld colours, %d pixels of the in curve, %d of the out curve", qPrintable(out), qlonglong(colors.size()),
          in, outgoing);
    QVERIFY2(colors.size() > 64, "the screenshot is (nearly) blank");
    QVERIFY2(in >= curvePixels && outgoing >= curvePixels, "the chart shows no curves");
}

void TestMonitoringSessionIntegration::historyOfTheSession()
{
    QVERIFY(m_sessionEnd.isValid());
    HistoryStore history(dbPath());
    history.setScope(HistoryStore::scopeOf(u"session"_s, {}));
    QString error;
    QVERIFY2(history.open(&error), qPrintable(error));
    for (const Site &site : std::as_const(m_sites)) {
        // The session console's own records (the screenshot run adds first sightings after it).
        const QList<StatusTransition> transitions = history.transitions(site.id, {}, m_sessionEnd);
        QCOMPARE(tunnelStates(transitions), u"(new)->DOWN DOWN->UP UP->DOWN DOWN->UP"_s);
        QStringList neutron;
        for (const StatusTransition &t : transitions) {
            if (t.source == StatusTransition::Source::Neutron)
                neutron.append(t.to);
        }
        // The second connection: DOWN until the one flip.
        const QStringList expected
            = site.id == m_sites[1].id ? QStringList{u"DOWN"_s, u"ACTIVE"_s} : QStringList{u"ACTIVE"_s};
        QCOMPARE(neutron, expected);

        const SampleSeries series = history.loadSeries(site.id, {}, m_sessionEnd, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(series.size() > 30, qPrintable(QString::number(series.size()))); // one a second
        QVERIFY(series.isNormalized());
        // Totals never go down across the outage, and grew by exactly what was pinged.
        for (qsizetype i = 1; i < series.size(); ++i)
            QVERIFY(series.bytesOut[i] >= series.bytesOut[i - 1] && series.bytesIn[i] >= series.bytesIn[i - 1]);
        QCOMPARE(series.bytesOut.first(), quint64(0));
        QCOMPARE(series.bytesOut.last() - series.bytesOut.first(), site.pingedBytes);
        QCOMPARE(series.bytesIn.last() - series.bytesIn.first(), site.pingedBytes);
        QCOMPARE(series.packetsOut.last(), site.pingedPackets);
        qInfo("%s: %lld samples from %s to %s, %llu bytes out", qPrintable(site.name), qlonglong(series.size()),
              qPrintable(QDateTime::fromMSecsSinceEpoch(series.msecs.first(), Qt::UTC).toString(Qt::ISODate)),
              qPrintable(QDateTime::fromMSecsSinceEpoch(series.msecs.last(), Qt::UTC).toString(Qt::ISODate)),
              series.bytesOut.last());
    }
    // The screenshot runs recorded too (as the product does on every start), and their totals
    // continue the session's: no traffic after it, so not a byte more and not a byte less.
    QVERIFY(history.samples(m_sites[0].id, m_sessionEnd).size() > 0);
    for (const Site &site : std::as_const(m_sites)) {
        for (const CounterSample &s : history.samples(site.id, m_sessionEnd)) {
            QCOMPARE(s.bytesIn, site.pingedBytes);
            QCOMPARE(s.bytesOut, site.pingedBytes);
        }
    }
}

QTEST_GUILESS_MAIN(TestMonitoringSessionIntegration)
#include "tst_monitoring_session_integration.moc"
