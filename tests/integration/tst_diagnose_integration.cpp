// SPDX-License-Identifier: Apache-2.0
//
// Diagnosis on real failures (issue 17): a real neutron-server (run-with-openstack) holds the
// resources; the own side is what the console renders from them, the Neutron way (ipsec.conf +
// ipsec.secrets, `ipsec start`) on the left charon; the peer's swanctl.conf, rendered by the
// console too, is broken in exactly one way on the right charon. The console's LogCollector
// listens to both charons over VICI, a DiagnoseRun starts the connection and reads the evidence:
// once with both ends attached, once with only the network node's. The verdict and the field
// it names must be the right ones. Then the loop closes: the suggested fix is applied the way
// an operator would from the diagnosis (a Neutron field through the console's Edit dialog on
// the real server, then the own side rendered again and reloaded; or the peer's snippet, or
// starting the peer), and the tunnel must come up and carry pings both ways.
//
// Neutron does not change a policy that connections use, so the proposal, PFS, version and
// aggressive-mode rows close their loop at the peer, with the lines the diagnosis gives it.
// A missing charon, harness or server is a failure, never a skip.
#include "neutronseed.h"
#include "strongswanpair.h"

#include "diagnosis/diagnoserun.h"
#include "diagnosis/logcollector.h"
#include "monitoring/samapping.h"
#include "monitoring/vicicountersource.h"
#include "openstack/apierror.h"
#include "openstack/cloudprofile.h"
#include "strongswan/strongswanrenderer.h"
#include "wizards/editdialog.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using diagnosis::Diagnosis;
using diagnosis::Fix;
using integration::StrongSwanPair;
using monitoring::ViciEndpoint;
using Side = StrongSwanPair::Side;

namespace {

const QString Psk = u"diagnose-test-psk-not-a-secret"_s;
const QString WrongPsk = u"a-different-psk-entirely"_s;

enum class Close { NeutronField, PeerSnippet, StartPeer, PingHost };

/*! One failure: how the peer is broken, what the console must say, and how the loop closes. */
struct Row {
    QString ikeVersion = u"v2"_s;
    QString phase1 = u"main"_s;
    std::function<QString(QString)> breakPeer; //!< on the rendered peer swanctl.conf
    bool peerStarts = true;
    QString code; //!< with both ends attached
    QString ownOnlyCode; //!< with only the network node's
    QString field; //!< the first Neutron fix's field (empty: none expected)
    QString value; //!< and its value (empty: not checked)
    Close close = Close::NeutronField;
    QString closeValue = {}; //!< the value an operator enters where the fix has none (the PSK)
    int dpdInterval = 0; //!< 0: Neutron's default
    bool upFirst = false; //!< dead peer, one-way: the tunnel is up before the failure
};

QString replaceLine(QString text, const QString &pattern, const QString &replacement)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    if (!re.match(text).hasMatch())
        qFatal("the rendered peer file has no line matching %s", qPrintable(pattern));
    return text.replace(re, replacement);
}

} // namespace

Q_DECLARE_METATYPE(Row)

class TestDiagnoseIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogue_data();
    void catalogue();

private:
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return integration::raw(m_network, m_url, method, path, body);
    }
    bool refresh();
    /*! The own side as the console renders it for the service, started the Neutron way on the left. */
    bool startOwnSide(QString *error);
    bool startPeer(const QString &swanctl, const QString &dropIn, QString *error);
    Diagnosis runDiagnosis(diagnosis::LogCollector &collector, const QList<ViciEndpoint> &endpoints, bool initiate);
    bool tunnelCarriesPings(const QString &peerHost, QString *error);
    /*! `ip link set right0 up|down` in the right namespace. */
    bool rightLink(const QString &state, QString *error);
    /*! The "fake agent" of run-with-openstack: Neutron has no VPN agent here. */
    bool setStatus(const QString &table, const QString &id, const QString &status, QString *error);

    StrongSwanPair m_pair;
    QNetworkAccessManager m_network;
    QUrl m_url;
    Workspace m_workspace;
    QString m_service;
    QString m_localGroup;
    QString m_peerGroup;
    QString m_connection; // of the current row
    QStringList m_created; // paths to delete after the row, newest last
};

void TestDiagnoseIntegration::initTestCase()
{
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    m_url = integration::neutronUrl();
    // The router's external IP is the left namespace's 192.0.2.1, its subnet 10.1.0.0/24.
    const QString net
        = raw("POST", u"/v2.0/networks"_s, {{u"network"_s, QJsonObject{{u"name"_s, u"private"_s}}}})[u"network"][u"id"]
              .toString();
    const QString subnet = raw("POST", u"/v2.0/subnets"_s,
                               {{u"subnet"_s,
                                 QJsonObject{{u"name"_s, u"left-inner"_s},
                                             {u"network_id"_s, net},
                                             {u"ip_version"_s, 4},
                                             {u"cidr"_s, m_pair.subnet(Side::Left)}}}})[u"subnet"][u"id"]
                               .toString();
    const QString ext = raw("POST", u"/v2.0/networks"_s,
                            {{u"network"_s,
                              QJsonObject{{u"name"_s, u"public"_s},
                                          {u"router:external"_s, true},
                                          {u"provider:network_type"_s, u"flat"_s},
                                          {u"provider:physical_network"_s, u"public"_s}}}})[u"network"][u"id"]
                            .toString();
    const QString extSubnet = raw("POST", u"/v2.0/subnets"_s,
                                  {{u"subnet"_s,
                                    QJsonObject{{u"name"_s, u"public-subnet"_s},
                                                {u"network_id"_s, ext},
                                                {u"ip_version"_s, 4},
                                                {u"cidr"_s, u"192.0.2.0/24"_s},
                                                {u"gateway_ip"_s, u"192.0.2.254"_s},
                                                {u"enable_dhcp"_s, false}}}})[u"subnet"][u"id"]
                                  .toString();
    const QString router
        = raw("POST", u"/v2.0/routers"_s,
              {{u"router"_s,
                QJsonObject{{u"name"_s, u"router-left"_s},
                            {u"external_gateway_info"_s,
                             QJsonObject{{u"network_id"_s, ext},
                                         {u"external_fixed_ips"_s,
                                          QJsonArray{QJsonObject{
                                              {u"subnet_id"_s, extSubnet},
                                              {u"ip_address"_s, m_pair.address(Side::Left)}}}}}}}}})[u"router"][u"id"]
              .toString();
    raw("PUT", u"/v2.0/routers/%1/add_router_interface"_s.arg(router), {{u"subnet_id"_s, subnet}});
    m_service = raw("POST", u"/v2.0/vpn/vpnservices"_s,
                    {{u"vpnservice"_s,
                      QJsonObject{{u"name"_s, u"vpn-left"_s}, {u"router_id"_s, router}}}})[u"vpnservice"][u"id"]
                    .toString();
    m_localGroup = raw("POST", u"/v2.0/vpn/endpoint-groups"_s,
                       {{u"endpoint_group"_s,
                         QJsonObject{{u"name"_s, u"left-local"_s},
                                     {u"type"_s, u"subnet"_s},
                                     {u"endpoints"_s, QJsonArray{subnet}}}}})[u"endpoint_group"][u"id"]
                       .toString();
    m_peerGroup
        = raw("POST", u"/v2.0/vpn/endpoint-groups"_s,
              {{u"endpoint_group"_s,
                QJsonObject{{u"name"_s, u"right-peer"_s},
                            {u"type"_s, u"cidr"_s},
                            {u"endpoints"_s, QJsonArray{m_pair.subnet(Side::Right)}}}}})[u"endpoint_group"][u"id"]
              .toString();
    QVERIFY(!m_service.isEmpty() && !m_localGroup.isEmpty() && !m_peerGroup.isEmpty());
    QString error;
    QVERIFY2(setStatus(u"vpnservices"_s, m_service, u"ACTIVE"_s, &error), qPrintable(error));

    openstack::CloudProfile profile;
    profile.name = u"diagnose"_s;
    profile.authTypeName = u"none"_s;
    profile.endpoint = m_url;
    m_workspace.connectTo(profile, &m_network);
    QVERIFY(refresh());
    const VpnService *service = m_workspace.state().vpnService(m_service);
    QVERIFY(service);
    QCOMPARE(service->externalV4Ip, m_pair.address(Side::Left));
}

bool TestDiagnoseIntegration::setStatus(const QString &table, const QString &id, const QString &status, QString *error)
{
    QProcess process;
    process.start(qEnvironmentVariable("NEUTRON_SET_STATUS"), {table, id, status});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

bool TestDiagnoseIntegration::rightLink(const QString &state, QString *error)
{
    QProcess process;
    process.start(qEnvironmentVariable("SWAN_SIDE"),
                  {u"right"_s, u"exec"_s, u"ip"_s, u"link"_s, u"set"_s, u"right0"_s, state});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

bool TestDiagnoseIntegration::refresh()
{
    // neutron-set-status writes the server's SQLite file itself: a request at that moment can
    // meet "database is locked" (a 500). Such a refresh is tried again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSignalSpy done(&m_workspace, &Workspace::refreshSucceeded);
        QSignalSpy failed(&m_workspace, &Workspace::refreshFailed);
        m_workspace.refresh();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
            return false;
        if (!done.isEmpty())
            return true;
        qWarning("refresh failed: %s", qPrintable(failed.first().first().value<openstack::ApiError>().userMessage()));
    }
    return false;
}

void TestDiagnoseIntegration::cleanup()
{
    m_pair.stopAll();
    while (!m_created.isEmpty())
        integration::raw(m_network, m_url, "DELETE", m_created.takeLast());
    m_connection.clear();
    refresh();
}

bool TestDiagnoseIntegration::startOwnSide(QString *error)
{
    if (!refresh()) {
        *error = u"refresh failed"_s;
        return false;
    }
    strongswan::RenderOptions options;
    options.dialect = strongswan::Dialect::Zed; // the neutron-vpnaas of this machine
    options.revealSecrets = true;
    const QDir dir(m_pair.configDir(Side::Left));
    for (const strongswan::ConfigFile &file : strongswan::renderOwnSide(m_workspace.state(), m_service, options)) {
        if (file.name == u"swanctl.conf")
            continue;
        QFile out(dir.filePath(file.name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file.text.toUtf8()) < 0) {
            *error = out.errorString();
            return false;
        }
    }
    m_pair.stop(Side::Left);
    if (!m_pair.startIpsecConf(Side::Left, dir.path())) {
        *error = m_pair.errorString();
        return false;
    }
    return true;
}

bool TestDiagnoseIntegration::startPeer(const QString &swanctl, const QString &dropIn, QString *error)
{
    const QDir dir(m_pair.configDir(Side::Right));
    dir.mkpath(u"strongswan.d"_s);
    QFile conf(dir.filePath(u"swanctl.conf"_s));
    QFile drop(dir.filePath(u"strongswan.d/vpnaas-peer.conf"_s));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate) || conf.write(swanctl.toUtf8()) < 0
        || !drop.open(QIODevice::WriteOnly | QIODevice::Truncate) || drop.write(dropIn.toUtf8()) < 0) {
        *error = u"cannot write the peer's files"_s;
        return false;
    }
    conf.close();
    drop.close();
    m_pair.stop(Side::Right);
    if (!m_pair.startSwanctl(Side::Right, dir.path())) {
        *error = m_pair.errorString();
        return false;
    }
    return true;
}

Diagnosis TestDiagnoseIntegration::runDiagnosis(diagnosis::LogCollector &collector,
                                                const QList<ViciEndpoint> &endpoints, bool initiate)
{
    monitoring::ViciCounterSource counters;
    counters.setEndpoints(endpoints);
    counters.setTargets(monitoring::mappingTargets(m_workspace.state()));
    diagnosis::DiagnoseRun run(&collector, &counters);
    std::optional<Diagnosis> result;
    connect(&run, &diagnosis::DiagnoseRun::finished, this, [&](const Diagnosis &d) { result = d; });
    diagnosis::DiagnoseRun::Options options;
    options.initiate = initiate;
    options.initiateTimeoutMs = 12000;
    run.start(m_workspace.state(), m_connection, options);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 40000))
        return {};
    return *result;
}

bool TestDiagnoseIntegration::tunnelCarriesPings(const QString &peerHost, QString *error)
{
    if (!m_pair.initiate(Side::Left, m_connection) || !m_pair.waitForInstalled(Side::Left, m_connection)) {
        *error = m_pair.errorString() + u"\n"_s + m_pair.logTail(Side::Left) + m_pair.logTail(Side::Right);
        return false;
    }
    if (!m_pair.ping(Side::Left, m_pair.host(Side::Left), peerHost)
        || !m_pair.ping(Side::Right, peerHost, m_pair.host(Side::Left))) {
        *error = m_pair.errorString();
        return false;
    }
    return true;
}

void TestDiagnoseIntegration::catalogue_data()
{
    QTest::addColumn<Row>("row");
    const auto add = [](const char *name, Row row) { QTest::newRow(name) << row; };
    const auto psk = [](QString t) { return replaceLine(t, u"^(\\s*secret = ).*$"_s, u"\\1\"%1\""_s.arg(WrongPsk)); };

    add("pre-shared key, IKEv2",
        {u"v2"_s,
         u"main"_s,
         psk,
         true,
         u"psk-mismatch"_s,
         u"psk-mismatch"_s,
         u"psk"_s,
         {},
         Close::NeutronField,
         WrongPsk});
    add("pre-shared key, IKEv1",
        {u"v1"_s,
         u"main"_s,
         psk,
         true,
         u"psk-mismatch"_s,
         u"psk-mismatch"_s,
         u"psk"_s,
         {},
         Close::NeutronField,
         WrongPsk});
    add("IKE proposal",
        {u"v2"_s, u"main"_s,
         [](QString t) { return replaceLine(t, u"^(\\s*proposals = ).*$"_s, u"\\1aes256-sha256-modp1024"_s); }, true,
         u"ike-proposal-mismatch"_s, u"ike-proposal-mismatch"_s, u"encryption_algorithm"_s, u"aes-256"_s,
         Close::PeerSnippet});
    add("ESP proposal",
        {u"v1"_s, u"main"_s,
         [](QString t) { return replaceLine(t, u"^(\\s*esp_proposals = ).*$"_s, u"\\13des-sha1-modp1536"_s); }, true,
         u"esp-proposal-mismatch"_s, u"esp-proposal-mismatch"_s, u"encryption_algorithm"_s, u"3des"_s,
         Close::PeerSnippet});
    add("PFS group",
        {u"v1"_s, u"main"_s,
         [](QString t) { return replaceLine(t, u"^(\\s*esp_proposals = ).*$"_s, u"\\1aes128-sha1-modp2048"_s); }, true,
         u"pfs-mismatch"_s, u"esp-proposal-mismatch"_s, u"pfs"_s, u"group14"_s, Close::PeerSnippet});
    add("IKE version",
        {u"v1"_s, u"main"_s, [](QString t) { return replaceLine(t, u"^(\\s*version = ).*$"_s, u"\\12"_s); }, true,
         u"ike-version-mismatch"_s, u"ike-proposal-mismatch"_s, u"ike_version"_s, u"v2"_s, Close::PeerSnippet});
    add("peer id",
        {u"v2"_s, u"main"_s,
         [](QString t) {
             return replaceLine(t, u"(local \\{\\s*\\n\\s*auth = psk\\s*\\n\\s*id = ).*$"_s,
                                u"\\1@elsewhere.example.org"_s);
         },
         true, u"peer-id-mismatch"_s, u"psk-mismatch"_s, u"peer_id"_s, u"elsewhere.example.org"_s,
         Close::NeutronField});
    add("local id",
        {u"v2"_s, u"main"_s,
         [](QString t) {
             return replaceLine(t, u"(remote \\{\\s*\\n\\s*auth = psk\\s*\\n\\s*id = ).*$"_s,
                                u"\\1@router.example.org"_s);
         },
         true, u"local-id-mismatch"_s, u"psk-mismatch"_s, u"local_id"_s, u"router.example.org"_s, Close::NeutronField});
    add("traffic selectors",
        {u"v2"_s,
         u"main"_s,
         [](QString t) { return replaceLine(t, u"^(\\s*local_ts = ).*$"_s, u"\\110.3.0.0/24"_s); },
         true,
         u"ts-mismatch"_s,
         u"ts-mismatch"_s,
         u"peer_ep_group_id"_s,
         {},
         Close::NeutronField,
         u"10.3.0.0/24"_s});
    add("peer unreachable",
        {u"v2"_s,
         u"main"_s,
         [](QString t) { return t; },
         false,
         u"peer-unreachable"_s,
         u"peer-unreachable"_s,
         u"peer_address"_s,
         {},
         Close::StartPeer});
    add("aggressive mode refused",
        {u"v1"_s, u"aggressive"_s, [](QString t) { return t; }, true, u"aggressive-psk-refused"_s,
         u"aggressive-psk-refused"_s, u"phase1_negotiation_mode"_s, u"main"_s, Close::PeerSnippet});
    Row dead{u"v1"_s,      u"main"_s,       [](QString t) { return t; }, true, u"dead-peer"_s, u"dead-peer"_s, u"dpd"_s,
             u"restart"_s, Close::StartPeer};
    dead.dpdInterval = 2;
    dead.upFirst = true;
    add("dead peer", dead);
    Row oneWay{
        u"v1"_s, u"main"_s,      [](QString t) { return t; }, true, u"one-way-traffic"_s, u"one-way-traffic"_s, {},
        {},      Close::PingHost};
    oneWay.upFirst = true;
    add("one-way traffic", oneWay);
}

void TestDiagnoseIntegration::catalogue()
{
    QFETCH(Row, row);
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-').replace(u',', u'-');

    // Neutron: the policies and the connection of this row.
    const QString ike = raw("POST", u"/v2.0/vpn/ikepolicies"_s,
                            {{u"ikepolicy"_s,
                              QJsonObject{{u"name"_s, QString(u"ike-"_s + tag)},
                                          {u"ike_version"_s, row.ikeVersion},
                                          {u"phase1_negotiation_mode"_s, row.phase1}}}})[u"ikepolicy"][u"id"]
                            .toString();
    m_created.append(u"/v2.0/vpn/ikepolicies/"_s + ike);
    const QString ipsec
        = raw("POST", u"/v2.0/vpn/ipsecpolicies"_s,
              {{u"ipsecpolicy"_s, QJsonObject{{u"name"_s, QString(u"esp-"_s + tag)}}}})[u"ipsecpolicy"][u"id"]
              .toString();
    m_created.append(u"/v2.0/vpn/ipsecpolicies/"_s + ipsec);
    QJsonObject connection{{u"name"_s, tag},
                           {u"vpnservice_id"_s, m_service},
                           {u"ikepolicy_id"_s, ike},
                           {u"ipsecpolicy_id"_s, ipsec},
                           {u"local_ep_group_id"_s, m_localGroup},
                           {u"peer_ep_group_id"_s, m_peerGroup},
                           {u"peer_address"_s, m_pair.address(Side::Right)},
                           {u"peer_id"_s, m_pair.address(Side::Right)},
                           {u"psk"_s, Psk}};
    if (row.dpdInterval > 0)
        connection.insert(u"dpd"_s,
                          QJsonObject{{u"action"_s, u"hold"_s},
                                      {u"interval"_s, row.dpdInterval},
                                      {u"timeout"_s, row.dpdInterval * 3}});
    m_connection = raw("POST", u"/v2.0/vpn/ipsec-site-connections"_s,
                       {{u"ipsec_site_connection"_s, connection}})[u"ipsec_site_connection"][u"id"]
                       .toString();
    m_created.append(u"/v2.0/vpn/ipsec-site-connections/"_s + m_connection);
    QString error;
    QVERIFY2(setStatus(u"ipsec_site_connections"_s, m_connection, u"DOWN"_s, &error), qPrintable(error));

    // The two ends, the peer broken; the console listening to both (and to the node alone).
    QVERIFY2(startOwnSide(&error), qPrintable(error));
    strongswan::RenderOptions options;
    options.revealSecrets = true;
    const ServerState state = m_workspace.state();
    const QString peerConf = strongswan::renderPeerSwanctlConf(state, m_connection, options);
    const QString brokenConf = row.breakPeer(peerConf);
    if (!row.upFirst)
        QVERIFY2(brokenConf != peerConf || !row.peerStarts || row.phase1 == u"aggressive", "nothing was broken");
    const ViciEndpoint own{m_pair.viciUri(Side::Left), ViciEndpoint::Scope::VpnService, m_service, u"network node"_s};
    const ViciEndpoint peer{m_pair.viciUri(Side::Right), ViciEndpoint::Scope::PeerGateway, m_connection, u"peer"_s};
    if (row.peerStarts)
        QVERIFY2(startPeer(brokenConf, QString(), &error), qPrintable(error)); // no strongswan.conf drop-in
    diagnosis::LogCollector both;
    both.setEndpoints({own, peer});
    diagnosis::LogCollector ownOnly;
    ownOnly.setEndpoints({own});
    QTRY_VERIFY_WITH_TIMEOUT(both.isListening(own.uri) && ownOnly.isListening(own.uri), 10000);
    if (row.peerStarts)
        QTRY_VERIFY_WITH_TIMEOUT(both.isListening(peer.uri), 10000);

    bool initiate = true;
    if (row.upFirst) {
        QVERIFY2(m_pair.initiate(Side::Left, m_connection) && m_pair.waitForInstalled(Side::Left, m_connection),
                 qPrintable(m_pair.errorString() + m_pair.logTail(Side::Left)));
        initiate = false;
        if (row.code == u"dead-peer") {
            // Gone without a word (a stopped charon would say goodbye with DELETEs): its link is down.
            QVERIFY2(rightLink(u"down"_s, &error), qPrintable(error));
            const auto dpdTimedOut = [&] {
                const QList<diagnosis::CharonLogLine> lines = both.book(own.uri)->linesFor(m_connection, {});
                return std::any_of(lines.cbegin(), lines.cend(), [](const diagnosis::CharonLogLine &line) {
                    return line.message.contains(u"DPD check timed out"_s);
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(dpdTimedOut(), 30000);
        } else {
            QVERIFY(!m_pair.ping(Side::Left, m_pair.host(Side::Left), u"10.2.0.99"_s)); // nobody there
        }
    }

    const Diagnosis withBoth
        = runDiagnosis(both, row.peerStarts && row.code != u"dead-peer" ? QList{own, peer} : QList{own}, initiate);
    const QByteArray report = (withBoth.code + u"\n"_s + diagnosis::toText(withBoth)).toUtf8();
    QVERIFY2(withBoth.code == row.code, report.constData());
    const Diagnosis alone = runDiagnosis(ownOnly, {own}, false);
    const QByteArray aloneReport = (alone.code + u"\n"_s + diagnosis::toText(alone)).toUtf8();
    QVERIFY2(alone.code == row.ownOnlyCode, aloneReport.constData());
    const auto neutronFix = std::find_if(withBoth.fixes.cbegin(), withBoth.fixes.cend(),
                                         [](const Fix &f) { return f.where == Fix::Where::Neutron; });
    if (!row.field.isEmpty()) {
        QVERIFY2(neutronFix != withBoth.fixes.cend(), report.constData());
        QCOMPARE(neutronFix->field, row.field);
        if (!row.value.isEmpty())
            QCOMPARE(neutronFix->value, row.value);
    }

    // The loop closes.
    QString peerHost = m_pair.host(Side::Right);
    switch (row.close) {
    case Close::NeutronField: {
        QString value = neutronFix->value;
        if (row.field == u"peer_ep_group_id") {
            // Endpoint groups cannot change: a new one with the subnets the peer announces.
            EndpointGroupDraft group;
            group.name = QString(u"right-peer-"_s + tag);
            group.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
            group.endpoints = QStringList{row.closeValue};
            auto *job = m_workspace.create<EndpointGroup>(group);
            QSignalSpy done(job, &openstack::Job::finished);
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 15000);
            QVERIFY(refresh());
            value = m_workspace.state().endpointGroups.constLast().id;
            m_created.insert(0, u"/v2.0/vpn/endpoint-groups/"_s + value);
            // The peer's host in the subnet it announces answers the pings.
            peerHost = u"10.3.0.1"_s;
            QProcess address;
            address.start(
                qEnvironmentVariable("SWAN_SIDE"),
                {u"right"_s, u"exec"_s, u"ip"_s, u"addr"_s, u"replace"_s, peerHost + u"/32"_s, u"dev"_s, u"lo"_s});
            QVERIFY2(address.waitForFinished(30000) && address.exitCode() == 0,
                     address.readAllStandardError().constData());
        }
        ui::EditDialog dialog(neutronFix->kind, neutronFix->resourceId, &m_workspace);
        QVERIFY2(dialog.preset(neutronFix->field, value), qPrintable(neutronFix->field));
        if (row.field == u"psk") { // the fix never carries a secret: the operator enters the peer's
            dialog.findChild<QWidget *>(u"psk"_s)->findChild<QLineEdit *>()->setText(row.closeValue);
            dialog.findChild<QLineEdit *>(u"psk_confirm"_s)->setText(row.closeValue);
        }
        QVERIFY2(dialog.canSave(), qPrintable(dialog.statusText()));
        QSignalSpy saved(&dialog, &ui::EditDialog::saved);
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        QVERIFY2(startOwnSide(&error), qPrintable(error));
        if (row.field == u"local_id" || row.field == u"peer_id") {
            // A name as an id changes more than that id at the peer: the driver then writes both
            // ids as names ("@192.0.2.2"), and the PSK is filed under the ids. The peer takes the
            // console's peer files of the fixed connection (which keep the id it insisted on).
            QVERIFY(refresh());
            QVERIFY2(startPeer(strongswan::renderPeerSwanctlConf(m_workspace.state(), m_connection, options), QString(),
                               &error),
                     qPrintable(error));
        }
        break;
    }
    case Close::PeerSnippet: {
        const auto snippet = std::find_if(withBoth.fixes.cbegin(), withBoth.fixes.cend(),
                                          [](const Fix &f) { return f.where == Fix::Where::Peer; });
        QVERIFY2(snippet != withBoth.fixes.cend(), report.constData());
        QString conf = brokenConf;
        QString dropIn;
        if (snippet->peerSnippet.startsWith(u"charon {"_s)) {
            dropIn = snippet->peerSnippet; // strongswan.conf settings
        } else {
            // Each "key = value" of the snippet replaces that key's line in the peer's file.
            static const QRegularExpression setting(u"^\\s*(\\w+) = (.*)$"_s, QRegularExpression::MultilineOption);
            for (auto it = setting.globalMatch(snippet->peerSnippet); it.hasNext();) {
                const auto m = it.next();
                conf = replaceLine(conf, u"^(\\s*%1 = ).*$"_s.arg(m.captured(1)), u"\\1"_s + m.captured(2));
            }
        }
        QVERIFY2(startPeer(conf, dropIn, &error), qPrintable(error));
        break;
    }
    case Close::StartPeer:
        if (row.code == u"dead-peer")
            QVERIFY2(rightLink(u"up"_s, &error), qPrintable(error));
        else
            QVERIFY2(startPeer(brokenConf, QString(), &error), qPrintable(error));
        break;
    case Close::PingHost:
        break;
    }
    QVERIFY2(tunnelCarriesPings(peerHost, &error), qPrintable(error));
}

QTEST_MAIN(TestDiagnoseIntegration)
#include "tst_diagnose_integration.moc"
