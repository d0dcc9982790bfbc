// SPDX-License-Identifier: Apache-2.0
//
// Config fidelity over the whole accepted space (issue 18): a seeded generator draws policy and
// connection combinations from everything the console's validator accepts for the server's
// capabilities (IKE version and phase-1 mode, IKE and ESP algorithms, PFS groups, lifetimes,
// transform protocol and encapsulation, DPD action and timers, initiator, MTU, IPv4 and IPv6,
// peer and local id forms, PSKs with punctuation, one or two local subnets and peer CIDRs).
// For each:
//   1. the console's validation and lint run on the drafts, before anything is created;
//   2. the resources are created on the real neutron-server of run-with-openstack, and the
//      console reads them back (Workspace);
//   3. the own side is rendered in the combination's dialect (Zed or master name map) and
//      started the Neutron way on the left charon (ipsec.conf, `ipsec start`); the peer side is
//      rendered and started on the right charon (swanctl.conf or ipsec.conf, with its
//      strongswan.conf drop-in); the peer's Libreswan files go through Libreswan's own parser
//      (tests/integration/libreswan-side checkconfig);
//   4. the router brings the connection up; both ends must show the policies' IKE and ESP
//      proposals, version, identities, traffic selectors and lifetimes, and pings must cross in
//      both directions (through every subnet pair the connection names).
// Each combination ends in exactly one outcome:
//   - traffic:     up with the expected proposals, pings both ways;
//   - refused:     the console refused it beforehand (validation error or lint error, with the
//                  reason), and it indeed does not come up (or the server refuses it);
//   - not provable: needs what this machine lacks (AH: this kernel has no AH transform and
//                  kernel-libipsec implements only ESP); the reason is printed.
// Anything else fails the row, whose name carries the seed and the index to rerun it alone.
//
// Environment: VPNAAS_FIDELITY_SEED (default 20261206), VPNAAS_FIDELITY_COUNT (default 12, what
// CI runs), VPNAAS_FIDELITY_FIRST (index of the first combination, default 0),
// VPNAAS_FIDELITY_REPORT (a file for the outcome table, Markdown).
#include "neutronseed.h"
#include "strongswanpair.h"

#include "openstack/apierror.h"
#include "openstack/cloudprofile.h"
#include "strongswan/strongswanlint.h"
#include "strongswan/strongswanrenderer.h"
#include "vpnaas/codec.h"
#include "vpnaas/drafts.h"
#include "vpnaas/validation.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator64>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using integration::ChildSa;
using integration::IkeSa;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

namespace {

constexpr quint64 DefaultSeed = 20261206;
constexpr int DefaultCount = 12;
// Seconds a lifetime check may lag behind an SA's install (a slow CI runner).
constexpr qint64 Slack = 60;
// Neutron's `conn %default keylife=20m` on the router.
constexpr qint64 NeutronKeylife = 1200;

const QString PeerFqdn = u"branch-gw.example.net"_s;
const QString LocalFqdn = u"dc1-gw.example.net"_s;

/*! The second subnet of each side (the harness has the first): addresses put on lo in initTestCase. */
struct Extra {
    QString subnet;
    QString host;
};
const Extra LeftExtra4{u"10.1.1.0/24"_s, u"10.1.1.1"_s};
const Extra RightExtra4{u"10.2.1.0/24"_s, u"10.2.1.1"_s};
const Extra LeftExtra6{u"2001:db8:1:1::/64"_s, u"2001:db8:1:1::1"_s};
const Extra RightExtra6{u"2001:db8:2:1::/64"_s, u"2001:db8:2:1::1"_s};

enum class PeerPath { Swanctl, IpsecConf };
enum class IdForm { None, Address, Fqdn, AtName };

QString idFormName(IdForm form)
{
    switch (form) {
    case IdForm::None:
        return u"none"_s;
    case IdForm::Address:
        return u"address"_s;
    case IdForm::Fqdn:
        return u"fqdn"_s;
    case IdForm::AtName:
        return u"@name"_s;
    }
    return {};
}

/*! One drawn combination: what an operator could enter, and how this run deploys it. */
struct Combination {
    int index = 0;
    quint64 seed = 0;
    IkePolicyDraft ike;
    IpsecPolicyDraft esp;
    IpsecSiteConnectionDraft connection; // without ids and peer address: filled in per run
    bool ipv6 = false;
    int localSubnets = 1;
    int peerCidrs = 1;
    IdForm peerId = IdForm::Address;
    IdForm localId = IdForm::None;
    QString pskForm;
    strongswan::Dialect dialect = strongswan::Dialect::Zed;
    PeerPath peerPath = PeerPath::Swanctl;

    QString api(const auto &choice) const { return choice ? choice->api() : u"(default)"_s; }
    QString describe() const
    {
        return u"IKE%1 %2 %3/%4/%5 life %6 | %7 %8 %9/%10/%11 life %12 | dpd %13 %14/%15 %16 mtu %17 | IPv%18 "
               u"%19x%20 subnets, peer id %21, local id %22, psk %23 | %24 map, peer %25"_s
                   .arg(api(ike.ikeVersion), api(ike.phase1NegotiationMode), api(ike.encryptionAlgorithm),
                        api(ike.authAlgorithm), api(ike.pfs))
                   .arg(ike.lifetime->value.value_or(0))
                   .arg(api(esp.transformProtocol), api(esp.encapsulationMode), api(esp.encryptionAlgorithm),
                        api(esp.authAlgorithm), api(esp.pfs))
                   .arg(esp.lifetime->value.value_or(0))
                   .arg(api(connection.dpd->action))
                   .arg(connection.dpd->interval.value_or(0))
                   .arg(connection.dpd->timeout.value_or(0))
                   .arg(api(connection.initiator))
                   .arg(connection.mtu.value_or(0))
                   .arg(ipv6 ? 6 : 4)
                   .arg(localSubnets)
                   .arg(peerCidrs)
                   .arg(idFormName(peerId), idFormName(localId), pskForm, strongswan::dialectName(dialect),
                        peerPath == PeerPath::Swanctl ? u"swanctl.conf"_s : u"ipsec.conf"_s);
    }
};

template<typename T>
T pick(QRandomGenerator64 &rng, const QList<T> &values)
{
    return values.at(int(rng.bounded(quint64(values.size()))));
}

bool chance(QRandomGenerator64 &rng, int percent)
{
    return rng.bounded(quint64(100)) < quint64(percent);
}

template<typename E>
QList<Choice<E>> choices(const QList<E> &values)
{
    QList<Choice<E>> result;
    for (E value : values)
        result.append(Choice<E>(value));
    return result;
}

qint64 drawLifetime(QRandomGenerator64 &rng, bool ipsec)
{
    // The edges the lint and strongSwan care about, and anything in between.
    QList<qint64> edges{60, 120, 179, 180, 359, 360, 361, 600, 1199, 1200, 1201, 3600, 7200, 28800, 86400};
    if (ipsec)
        edges.append(86401);
    if (chance(rng, 70))
        return pick(rng, edges);
    return 60 + qint64(rng.bounded(quint64(ipsec ? 100000 : 86400)));
}

QString drawPsk(QRandomGenerator64 &rng, QString *form)
{
    static const QString alnum = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"_s;
    static const QString punctuation = u" !#$%&'()*+,-./:;<=>?@[]^_`{|}~\\\""_s;
    const int kind = int(rng.bounded(quint64(3)));
    const int length = 16 + int(rng.bounded(quint64(32)));
    QString psk;
    for (int i = 0; i < length; ++i) {
        const bool punct = kind > 0 && chance(rng, 25);
        const QString &set = punct ? punctuation : alnum;
        QChar c = set.at(int(rng.bounded(quint64(set.size()))));
        // kind 1: punctuation without the quote and backslash; kind 2: everything.
        if (kind == 1 && (c == u'"' || c == u'\\'))
            c = u'-';
        psk.append(c);
    }
    if (kind == 2 && !psk.contains(u'"'))
        psk.insert(length / 2, u'"');
    *form = kind == 0 ? u"alnum"_s : (kind == 1 ? u"punctuation"_s : u"quote-backslash"_s);
    return psk;
}

/*! Combination \a index of \a seed: its own generator, so any one can be rerun alone. */
Combination draw(quint64 seed, int index, const ServerCapabilities &caps)
{
    QRandomGenerator64 rng(seed * 1000003u + quint64(index));
    Combination c;
    c.seed = seed;
    c.index = index;
    const auto encryption = choices(caps.encryptionAlgorithms());
    const auto auth = choices(caps.authAlgorithms());
    const auto groups = choices(caps.pfsGroups());

    c.ike.name = u"fidelity-ike-%1"_s.arg(index);
    c.ike.ikeVersion = pick(rng, choices(allValues<IkeVersion>()));
    c.ike.phase1NegotiationMode = pick(rng, choices(allValues<Phase1NegotiationMode>()));
    c.ike.encryptionAlgorithm = pick(rng, encryption);
    c.ike.authAlgorithm = pick(rng, auth);
    c.ike.pfs = pick(rng, groups);
    c.ike.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), drawLifetime(rng, false)};

    c.esp.name = u"fidelity-esp-%1"_s.arg(index);
    const int transform = int(rng.bounded(quint64(100)));
    c.esp.transformProtocol = Choice<TransformProtocol>(
        transform < 84 ? TransformProtocol::Esp : (transform < 92 ? TransformProtocol::Ah : TransformProtocol::AhEsp));
    c.esp.encapsulationMode
        = Choice<EncapsulationMode>(chance(rng, 15) ? EncapsulationMode::Transport : EncapsulationMode::Tunnel);
    c.esp.encryptionAlgorithm = pick(rng, encryption);
    c.esp.authAlgorithm = pick(rng, auth);
    c.esp.pfs = pick(rng, groups);
    c.esp.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), drawLifetime(rng, true)};

    c.ipv6 = chance(rng, 30);
    c.localSubnets = chance(rng, 25) ? 2 : 1;
    c.peerCidrs = chance(rng, 25) ? 2 : 1;
    c.peerId = pick(rng, QList{IdForm::Address, IdForm::Address, IdForm::Fqdn, IdForm::AtName});
    c.localId = pick(rng, QList{IdForm::None, IdForm::None, IdForm::Address, IdForm::Fqdn, IdForm::AtName});
    c.dialect = chance(rng, 50) ? strongswan::Dialect::Zed : strongswan::Dialect::Master;
    c.peerPath = chance(rng, 50) ? PeerPath::Swanctl : PeerPath::IpsecConf;

    c.connection.name = u"fidelity-%1"_s.arg(index);
    QString pskForm;
    c.connection.psk = Secret(drawPsk(rng, &pskForm));
    c.pskForm = pskForm;
    c.connection.initiator = pick(rng, choices(allValues<Initiator>()));
    DpdDraft dpd;
    // The two actions the lint refuses get a fifth of the draws between them.
    dpd.action = Choice<DpdAction>(pick(rng,
                                        QList{DpdAction::Hold, DpdAction::Hold, DpdAction::Clear, DpdAction::Clear,
                                              DpdAction::Restart, DpdAction::Restart, DpdAction::Hold,
                                              DpdAction::Restart, DpdAction::Disabled, DpdAction::RestartByPeer}));
    dpd.interval = 1 + qint64(rng.bounded(quint64(60)));
    // Mostly a valid timeout; sometimes one the validator must refuse.
    dpd.timeout = chance(rng, 5) ? *dpd.interval : *dpd.interval + 1 + qint64(rng.bounded(quint64(120)));
    c.connection.dpd = dpd;
    const qint64 minMtu = c.ipv6 ? 1280 : 68;
    c.connection.mtu = chance(rng, 70) ? 1500 : minMtu + qint64(rng.bounded(quint64(9000 - minMtu)));
    return c;
}

/*! A Neutron answer that may be a refusal. */
struct Reply {
    int status = 0;
    QJsonObject body;
    QByteArray text;
    bool ok() const { return status >= 200 && status < 300; }
};

/*! The expected view of one end. */
struct Expected {
    int version = 0;
    QString localId;
    QString remoteId;
    QString ike;
    QString esp;
    QStringList localTs;
    QStringList remoteTs;
    bool onePair = false; //!< IKEv1 with several subnets: one of localTs and one of remoteTs
    qint64 childLife = 0; //!< upper bound of the CHILD_SA's expiry
    qint64 ikeLife = 0; //!< upper bound of the IKE_SA's rekey/reauth time
};

// The driver's rekeymargin=3m: a lifetime not above it gets no rekeying at all (lint
// lifetime-below-rekey-margin says so).
constexpr qint64 RekeyMargin = 180;

QString encrName(const QString &api)
{
    if (api == u"3des")
        return u"3DES_CBC"_s;
    return u"AES_CBC-"_s + api.mid(4);
}

QString integName(const QString &api)
{
    static const QMap<QString, QString> names{{u"sha1"_s, u"HMAC_SHA1_96"_s},
                                              {u"sha256"_s, u"HMAC_SHA2_256_128"_s},
                                              {u"sha384"_s, u"HMAC_SHA2_384_192"_s},
                                              {u"sha512"_s, u"HMAC_SHA2_512_256"_s}};
    return names.value(api, u"?"_s + api);
}

QString prfName(const QString &api)
{
    return api == u"sha1" ? u"PRF_HMAC_SHA1"_s : u"PRF_HMAC_SHA2_"_s + api.mid(3);
}

QString dhName(const QString &api)
{
    static const QMap<QString, QString> names{{u"group2"_s, u"MODP_1024"_s},
                                              {u"group5"_s, u"MODP_1536"_s},
                                              {u"group14"_s, u"MODP_2048"_s},
                                              {u"group15"_s, u"MODP_3072"_s}};
    return names.value(api, u"?"_s + api);
}

/*! An identity as list-sas prints it: ipsec.conf's `@` prefixes are not part of it. */
QString shownId(QString id)
{
    while (id.startsWith(u'@'))
        id.remove(0, 1);
    return id;
}

QString lintSummary(const strongswan::Findings &findings, strongswan::Finding::Severity atLeast)
{
    QStringList codes;
    for (const strongswan::Finding &f : findings) {
        // Severities are ordered Error < Warning < Info.
        if (f.severity <= atLeast && !codes.contains(f.code))
            codes.append(f.code);
    }
    return codes.join(u", "_s);
}

} // namespace

Q_DECLARE_METATYPE(Combination)

class TestConfigFidelityIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void combination_data();
    void combination();

private:
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString createOrFail(const QString &path, const QJsonObject &body, const char *key, Reply *reply);
    bool refresh();
    QString groupFor(bool local, bool ipv6, int count) const;
    QString address(Side side, bool ipv6) const { return ipv6 ? m_pair.address6(side) : m_pair.address(side); }
    QString peerIdText(const Combination &c) const;
    QString localIdText(const Combination &c) const;
    Expected expectedFor(Side side, const Combination &c, const strongswan::Findings &findings) const;
    QStringList differences(Side side, const IkeSa &sa, const Expected &e, const QString &connectionId) const;
    bool checkLibreswan(const QString &dir, QString *error);
    void record(const Combination &c, const QString &outcome, const QString &reason);

    StrongSwanPair m_pair;
    QNetworkAccessManager m_network;
    QUrl m_url;
    Workspace m_workspace;
    QString m_service;
    QString m_routerId;
    QMap<QString, QString> m_groups; // "local|peer,4|6,1|2" -> endpoint group id
    QStringList m_created; // paths to delete after the row, newest last
    QElapsedTimer m_clock;
    // The outcome table.
    QMap<QString, int> m_outcomes;
    QMap<QString, int> m_reasons;
    QMap<QString, int> m_libreswan; // the peer's Libreswan files, per parser outcome
    QMap<QString, QMap<QString, int>> m_coverage; // dimension -> value -> count
    QStringList m_rows;
    std::optional<Combination> m_current; // until it has an outcome
};

void TestConfigFidelityIntegration::initTestCase()
{
    m_clock.start();
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    m_url = integration::neutronUrl();

    // The second subnet on each side, as more inner hosts on lo.
    for (const auto &[side, extras] : {std::pair{u"left"_s, QList{LeftExtra4, LeftExtra6}},
                                       std::pair{u"right"_s, QList{RightExtra4, RightExtra6}}}) {
        for (const Extra &extra : extras) {
            QProcess ip;
            const QString prefix = extra.host.contains(u':') ? u"/128"_s : u"/32"_s;
            ip.start(qEnvironmentVariable("SWAN_SIDE"),
                     {side, u"exec"_s, u"ip"_s, u"addr"_s, u"add"_s, extra.host + prefix, u"dev"_s, u"lo"_s});
            QVERIFY2(ip.waitForFinished(30000) && ip.exitCode() == 0, ip.readAllStandardError().constData());
        }
    }

    // Neutron: the router's inner subnets (two per family, all router interfaces) and the
    // external network with 192.0.2.1 and 2001:db8::1, one VPN service, the endpoint groups.
    const auto create = [this](const QString &path, const char *key, const QJsonObject &attributes) {
        return integration::raw(m_network, m_url, "POST", path, {{QString::fromLatin1(key), attributes}})
            .value(QString::fromLatin1(key))
            .toObject()
            .value(u"id"_s)
            .toString();
    };
    const QString net = create(u"/v2.0/networks"_s, "network", {{u"name"_s, u"left-inner"_s}});
    QMap<QString, QString> subnets; // cidr -> id
    for (const QString &cidr :
         {m_pair.subnet(Side::Left), LeftExtra4.subnet, m_pair.subnet6(Side::Left), LeftExtra6.subnet}) {
        const bool v6 = cidr.contains(u':');
        subnets[cidr] = create(u"/v2.0/subnets"_s, "subnet",
                               QJsonObject{{u"name"_s, QString(u"inner-"_s + cidr)},
                                           {u"network_id"_s, net},
                                           {u"ip_version"_s, v6 ? 6 : 4},
                                           {u"cidr"_s, cidr}});
    }
    const QString ext = create(u"/v2.0/networks"_s, "network",
                               {{u"name"_s, u"public"_s},
                                {u"router:external"_s, true},
                                {u"provider:network_type"_s, u"flat"_s},
                                {u"provider:physical_network"_s, u"public"_s}});
    const QString ext4 = create(u"/v2.0/subnets"_s, "subnet",
                                {{u"name"_s, u"public-v4"_s},
                                 {u"network_id"_s, ext},
                                 {u"ip_version"_s, 4},
                                 {u"cidr"_s, u"192.0.2.0/24"_s},
                                 {u"gateway_ip"_s, u"192.0.2.254"_s},
                                 {u"enable_dhcp"_s, false}});
    const QString ext6 = create(u"/v2.0/subnets"_s, "subnet",
                                {{u"name"_s, u"public-v6"_s},
                                 {u"network_id"_s, ext},
                                 {u"ip_version"_s, 6},
                                 {u"cidr"_s, u"2001:db8::/64"_s},
                                 {u"gateway_ip"_s, u"2001:db8::ff"_s},
                                 {u"enable_dhcp"_s, false}});
    m_routerId = create(
        u"/v2.0/routers"_s, "router",
        {{u"name"_s, u"router-left"_s},
         {u"external_gateway_info"_s,
          QJsonObject{
              {u"network_id"_s, ext},
              {u"external_fixed_ips"_s,
               QJsonArray{QJsonObject{{u"subnet_id"_s, ext4}, {u"ip_address"_s, m_pair.address(Side::Left)}},
                          QJsonObject{{u"subnet_id"_s, ext6}, {u"ip_address"_s, m_pair.address6(Side::Left)}}}}}}});
    for (const QString &id : subnets) {
        integration::raw(m_network, m_url, "PUT", u"/v2.0/routers/%1/add_router_interface"_s.arg(m_routerId),
                         {{u"subnet_id"_s, id}});
    }
    m_service
        = create(u"/v2.0/vpn/vpnservices"_s, "vpnservice", {{u"name"_s, u"vpn-left"_s}, {u"router_id"_s, m_routerId}});
    for (const bool v6 : {false, true}) {
        const QStringList local = v6 ? QStringList{m_pair.subnet6(Side::Left), LeftExtra6.subnet}
                                     : QStringList{m_pair.subnet(Side::Left), LeftExtra4.subnet};
        const QStringList peer = v6 ? QStringList{m_pair.subnet6(Side::Right), RightExtra6.subnet}
                                    : QStringList{m_pair.subnet(Side::Right), RightExtra4.subnet};
        for (const int count : {1, 2}) {
            QJsonArray localIds;
            for (const QString &cidr : local.mid(0, count))
                localIds.append(subnets.value(cidr));
            m_groups[u"local,%1,%2"_s.arg(v6 ? 6 : 4).arg(count)]
                = create(u"/v2.0/vpn/endpoint-groups"_s, "endpoint_group",
                         {{u"name"_s, u"local-v%1-%2"_s.arg(v6 ? 6 : 4).arg(count)},
                          {u"type"_s, u"subnet"_s},
                          {u"endpoints"_s, localIds}});
            m_groups[u"peer,%1,%2"_s.arg(v6 ? 6 : 4).arg(count)]
                = create(u"/v2.0/vpn/endpoint-groups"_s, "endpoint_group",
                         {{u"name"_s, u"peer-v%1-%2"_s.arg(v6 ? 6 : 4).arg(count)},
                          {u"type"_s, u"cidr"_s},
                          {u"endpoints"_s, QJsonArray::fromStringList(peer.mid(0, count))}});
        }
    }

    openstack::CloudProfile profile;
    profile.name = u"fidelity"_s;
    profile.authTypeName = u"none"_s;
    profile.endpoint = m_url;
    m_workspace.connectTo(profile, &m_network);
    QVERIFY(refresh());
    const VpnService *service = m_workspace.state().vpnService(m_service);
    QVERIFY(service);
    QCOMPARE(service->externalV4Ip, m_pair.address(Side::Left));
    QCOMPARE(service->externalV6Ip, m_pair.address6(Side::Left));
}

Reply TestConfigFidelityIntegration::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest req(QUrl(m_url.toString() + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    Reply result;
    // neutron-server on SQLite: "database is locked" (a 500) is tried again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QNetworkReply *reply
            = m_network.sendCustomRequest(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(60000)) {
            result.text = "no answer";
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.text = reply->readAll();
        result.body = QJsonDocument::fromJson(result.text).object();
        reply->deleteLater();
        if (result.status != 500 || !result.text.contains("database is locked"))
            break;
    }
    return result;
}

bool TestConfigFidelityIntegration::refresh()
{
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

void TestConfigFidelityIntegration::cleanup()
{
    if (m_current && QTest::currentTestFailed()) {
        const Combination failed = *m_current;
        record(failed, u"FAILED"_s, u"see the test's output"_s);
    }
    m_current.reset();
    m_pair.stopAll();
    while (!m_created.isEmpty()) {
        const QString path = m_created.takeLast();
        const Reply reply = request("DELETE", path);
        if (!reply.ok() && reply.status != 404)
            qWarning("DELETE %s -> %d %s", qPrintable(path), reply.status, reply.text.constData());
    }
    // The next combination's validation and lint see the server without this one.
    QVERIFY2(refresh(), "refresh failed");
}

QString TestConfigFidelityIntegration::groupFor(bool local, bool ipv6, int count) const
{
    return m_groups.value(u"%1,%2,%3"_s.arg(local ? u"local"_s : u"peer"_s).arg(ipv6 ? 6 : 4).arg(count));
}

QString TestConfigFidelityIntegration::peerIdText(const Combination &c) const
{
    switch (c.peerId) {
    case IdForm::None:
    case IdForm::Address:
        return address(Side::Right, c.ipv6);
    case IdForm::Fqdn:
        return PeerFqdn;
    case IdForm::AtName:
        return u"@"_s + PeerFqdn;
    }
    return {};
}

QString TestConfigFidelityIntegration::localIdText(const Combination &c) const
{
    switch (c.localId) {
    case IdForm::None:
        return {};
    case IdForm::Address:
        return address(Side::Left, c.ipv6);
    case IdForm::Fqdn:
        return LocalFqdn;
    case IdForm::AtName:
        return u"@"_s + LocalFqdn;
    }
    return {};
}

/*!
 * What one end must show. The deviations from the policies that the lint announces are part of
 * the expectation, so that a lint claim is checked too: the router's CHILD_SAs live 1200 s
 * (lifetime-overridden-by-keylife), and IKEv1 negotiates only the first subnet pair
 * (ikev1-multiple-subnets).
 */
Expected TestConfigFidelityIntegration::expectedFor(Side side, const Combination &c,
                                                    const strongswan::Findings &findings) const
{
    const auto has = [&](const QString &code) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [&](const strongswan::Finding &f) { return f.code == code; });
    };
    const bool v1 = c.ike.ikeVersion->api() == u"v1";
    Expected e;
    e.version = v1 ? 1 : 2;
    const QString leftId = c.localId == IdForm::None ? address(Side::Left, c.ipv6) : shownId(localIdText(c));
    const QString rightId = shownId(peerIdText(c));
    e.localId = side == Side::Left ? leftId : rightId;
    e.remoteId = side == Side::Left ? rightId : leftId;
    e.ike = u"%1/%2/%3/%4"_s.arg(encrName(c.ike.encryptionAlgorithm->api()), integName(c.ike.authAlgorithm->api()),
                                 prfName(c.ike.authAlgorithm->api()), dhName(c.ike.pfs->api()));
    e.esp = u"ESP:%1/%2"_s.arg(encrName(c.esp.encryptionAlgorithm->api()), integName(c.esp.authAlgorithm->api()));
    if (v1) // Quick Mode does its own key exchange at once; an IKEv2 CHILD_SA only at a rekey
        e.esp += u"/"_s + dhName(c.esp.pfs->api());
    const QStringList left = c.ipv6 ? QStringList{m_pair.subnet6(Side::Left), LeftExtra6.subnet}
                                    : QStringList{m_pair.subnet(Side::Left), LeftExtra4.subnet};
    const QStringList right = c.ipv6 ? QStringList{m_pair.subnet6(Side::Right), RightExtra6.subnet}
                                     : QStringList{m_pair.subnet(Side::Right), RightExtra4.subnet};
    e.onePair = v1 && has(u"ikev1-multiple-subnets"_s);
    const QStringList leftTs = left.mid(0, c.localSubnets);
    const QStringList rightTs = right.mid(0, c.peerCidrs);
    e.localTs = side == Side::Left ? leftTs : rightTs;
    e.remoteTs = side == Side::Left ? rightTs : leftTs;
    const qint64 espLife = c.esp.lifetime->value.value_or(3600);
    e.childLife = side == Side::Left && has(u"lifetime-overridden-by-keylife"_s) ? NeutronKeylife : espLife;
    e.ikeLife = c.ike.lifetime->value.value_or(3600);
    return e;
}

QStringList TestConfigFidelityIntegration::differences(Side side, const IkeSa &sa, const Expected &e,
                                                       const QString &connectionId) const
{
    QStringList diffs;
    const auto check = [&diffs](const QString &what, const auto &expected, const auto &actual) {
        if (expected != actual) {
            QString exp;
            QString act;
            QDebug(&exp).noquote() << expected;
            QDebug(&act).noquote() << actual;
            diffs << u"%1: expected %2, got %3"_s.arg(what, exp.trimmed(), act.trimmed());
        }
    };
    check(u"IKE version"_s, e.version, sa.version);
    check(u"local id"_s, e.localId, sa.localId);
    check(u"remote id"_s, e.remoteId, sa.remoteId);
    check(u"IKE proposal"_s, e.ike, sa.proposal());
    const ChildSa *child = sa.installedChild(connectionId);
    if (!child) {
        diffs << u"no INSTALLED CHILD_SA"_s;
        return diffs;
    }
    check(u"ESP proposal"_s, e.esp, child->proposal());
    check(u"mode"_s, u"TUNNEL"_s, child->mode);
    if (e.onePair) {
        // IKEv1 carries one pair of subnets (lint ikev1-multiple-subnets), not always the first.
        const bool one = child->localTs.size() == 1 && child->remoteTs.size() == 1
            && e.localTs.contains(child->localTs.first()) && e.remoteTs.contains(child->remoteTs.first());
        if (!one)
            diffs << u"traffic selectors: expected one of %1 and one of %2, got %3 and %4"_s.arg(
                e.localTs.join(u", "_s), e.remoteTs.join(u", "_s), child->localTs.join(u", "_s),
                child->remoteTs.join(u", "_s));
    } else {
        check(u"local traffic selectors"_s, e.localTs, child->localTs);
        check(u"remote traffic selectors"_s, e.remoteTs, child->remoteTs);
    }
    // Lifetimes as charon applied them: never above what the files say (the lint's view),
    // and not far below it either (unless it already rekeyed a short-lived SA).
    const qint64 childLow = e.childLife > 2 * Slack ? e.childLife - Slack : 0;
    if (child->lifeTime > e.childLife || child->lifeTime < childLow)
        diffs << u"CHILD_SA expires in %1 s, expected %2 s at most and %3 s at least"_s.arg(child->lifeTime)
                     .arg(e.childLife)
                     .arg(childLow);
    // The router's files carry the driver's rekeymargin=3m: a lifetime not above it gets no
    // rekeying there (lint lifetime-below-rekey-margin); the peer files rekey earlier.
    const bool childRekeys = side == Side::Right || e.childLife > RekeyMargin;
    if (childRekeys ? (child->rekeyTime < 0 || child->rekeyTime > child->lifeTime) : child->rekeyTime >= 0)
        diffs << u"CHILD_SA rekeys in %1 s and expires in %2 s (lifetime %3 s)"_s.arg(child->rekeyTime)
                     .arg(child->lifeTime)
                     .arg(e.childLife);
    const qint64 ikeTime = sa.rekeyTime >= 0 ? sa.rekeyTime : sa.reauthTime;
    // An IKEv1 responder takes no rekeying time of its own when the initiator reauthenticates.
    const bool routerNeverRekeys = side == Side::Left && e.ikeLife <= RekeyMargin;
    const bool ikeRekeys = !routerNeverRekeys && (side == Side::Left || e.version == 2);
    if (ikeTime > e.ikeLife || (ikeRekeys && ikeTime < 0) || (routerNeverRekeys && ikeTime >= 0))
        diffs << u"IKE_SA rekeys or reauthenticates in %1 s, the IKE lifetime is %2 s"_s.arg(ikeTime).arg(e.ikeLife);
    return diffs;
}

bool TestConfigFidelityIntegration::checkLibreswan(const QString &dir, QString *error)
{
    const QString tool = qEnvironmentVariable("LIBRESWAN_SIDE");
    if (tool.isEmpty()) {
        *error = u"LIBRESWAN_SIDE is not set: run through tests/integration/run-with-strongswan"_s;
        return false;
    }
    QProcess check;
    check.start(tool, {u"checkconfig"_s, dir});
    if (!check.waitForFinished(60000) || check.exitStatus() != QProcess::NormalExit || check.exitCode() != 0) {
        *error = u"Libreswan's parser refused %1:\n%2%3"_s.arg(dir, QString::fromUtf8(check.readAllStandardOutput()),
                                                               QString::fromUtf8(check.readAllStandardError()));
        return false;
    }
    return true;
}

void TestConfigFidelityIntegration::record(const Combination &c, const QString &outcome, const QString &reason)
{
    m_current.reset();
    m_outcomes[outcome] += 1;
    if (outcome == u"traffic") {
        // Per lint warning that was shown for a configuration that works.
        const QStringList codes = reason.mid(reason.indexOf(u':') + 1).split(u", "_s, Qt::SkipEmptyParts);
        for (const QString &code : codes)
            m_reasons[u"traffic, with lint warning "_s + code.trimmed()] += 1;
    } else if (!reason.isEmpty()) {
        m_reasons[outcome + u": "_s + reason] += 1;
    }
    m_rows.append(u"| %1 | %2 | %3 | %4 |"_s.arg(c.index).arg(outcome, reason, c.describe()));
    const auto count = [&](const QString &dimension, const QString &value) { m_coverage[dimension][value] += 1; };
    count(u"ike_version"_s, c.ike.ikeVersion->api());
    count(u"phase1_negotiation_mode"_s, c.ike.phase1NegotiationMode->api());
    count(u"IKE encryption"_s, c.ike.encryptionAlgorithm->api());
    count(u"IKE auth"_s, c.ike.authAlgorithm->api());
    count(u"IKE pfs"_s, c.ike.pfs->api());
    count(u"transform_protocol"_s, c.esp.transformProtocol->api());
    count(u"encapsulation_mode"_s, c.esp.encapsulationMode->api());
    count(u"ESP encryption"_s, c.esp.encryptionAlgorithm->api());
    count(u"ESP auth"_s, c.esp.authAlgorithm->api());
    count(u"ESP pfs"_s, c.esp.pfs->api());
    count(u"dpd action"_s, c.connection.dpd->action->api());
    count(u"initiator"_s, c.connection.initiator->api());
    count(u"IP version"_s, c.ipv6 ? u"6"_s : u"4"_s);
    count(u"local subnets x peer CIDRs"_s, u"%1x%2"_s.arg(c.localSubnets).arg(c.peerCidrs));
    count(u"peer id"_s, idFormName(c.peerId));
    count(u"local id"_s, idFormName(c.localId));
    count(u"psk"_s, c.pskForm);
    count(u"name map"_s, strongswan::dialectName(c.dialect));
    count(u"peer files"_s, c.peerPath == PeerPath::Swanctl ? u"swanctl.conf"_s : u"ipsec.conf"_s);
}

void TestConfigFidelityIntegration::combination_data()
{
    QTest::addColumn<Combination>("combination");
    bool ok = false;
    const quint64 parsed = qgetenv("VPNAAS_FIDELITY_SEED").toULongLong(&ok);
    const quint64 seed = ok ? parsed : DefaultSeed;
    const int count = qEnvironmentVariableIsSet("VPNAAS_FIDELITY_COUNT")
        ? qEnvironmentVariableIntValue("VPNAAS_FIDELITY_COUNT")
        : DefaultCount;
    const int first = qEnvironmentVariableIntValue("VPNAAS_FIDELITY_FIRST");
    qInfo("seed %llu, combinations %d to %d (rerun one: VPNAAS_FIDELITY_SEED=%llu VPNAAS_FIDELITY_FIRST=N "
          "VPNAAS_FIDELITY_COUNT=1)",
          seed, first, first + count - 1, seed);
    for (int i = first; i < first + count; ++i)
        QTest::addRow("seed %llu #%d", seed, i) << draw(seed, i, m_workspace.capabilities());
}

void TestConfigFidelityIntegration::combination()
{
    QFETCH(Combination, combination);
    const Combination &c = combination;
    m_current = c;
    qInfo().noquote() << c.describe();
    QElapsedTimer timer;
    timer.start();

    // 1. What the console says before anything is created: validation of every draft, then
    //    lint of the state as it would be (the same checks the wizard's preview shows).
    ServerState state = m_workspace.state();
    ValidationContext context{Operation::Create, m_workspace.capabilities(), &state, {}};
    IpsecSiteConnectionDraft draft = c.connection;
    draft.vpnserviceId = m_service;
    draft.peerAddress = address(Side::Right, c.ipv6);
    draft.peerId = peerIdText(c);
    if (c.localId != IdForm::None)
        draft.localId = localIdText(c);
    draft.localEpGroupId = groupFor(true, c.ipv6, c.localSubnets);
    draft.peerEpGroupId = groupFor(false, c.ipv6, c.peerCidrs);
    const QString hypotheticalIke = u"00000000-0000-4000-8000-00000000f1de"_s;
    const QString hypotheticalEsp = u"00000000-0000-4000-8000-00000000f1df"_s;
    draft.ikepolicyId = hypotheticalIke;
    draft.ipsecpolicyId = hypotheticalEsp;
    {
        IkePolicy ike;
        ike.id = hypotheticalIke;
        applyDraft(ike, c.ike);
        state.ikePolicies.append(ike);
        IpsecPolicy esp;
        esp.id = hypotheticalEsp;
        applyDraft(esp, c.esp);
        state.ipsecPolicies.append(esp);
    }
    QStringList refusals;
    const auto collect = [&refusals](const Problems &problems) {
        for (const Problem &p : problems) {
            if (p.severity == Problem::Severity::Error)
                refusals.append(u"%1: %2"_s.arg(p.field, p.message));
        }
    };
    collect(validate(c.ike, context));
    collect(validate(c.esp, context));
    collect(validate(draft, context));
    if (!refusals.isEmpty()) {
        record(c, u"refused"_s, u"validation: "_s + refusals.join(u"; "_s));
        qInfo().noquote() << "refused by validation:" << refusals.join(u"; "_s);
        return;
    }
    strongswan::LintOptions lintOptions;
    lintOptions.dialect = c.dialect;
    const strongswan::Findings before = strongswan::lintPlannedConnection(state, draft, lintOptions);
    const QString lintErrors = lintSummary(before, strongswan::Finding::Severity::Error);
    const QString lintWarnings = lintSummary(before, strongswan::Finding::Severity::Warning);
    const bool ah = c.esp.transformProtocol->api() == u"ah";

    // 2. Create on the real server; the console reads it back.
    Reply reply;
    const QString ike = createOrFail(u"/v2.0/vpn/ikepolicies"_s, codec::encodeCreate(c.ike), "ikepolicy", &reply);
    QVERIFY2(!ike.isEmpty(), reply.text.constData());
    const QString esp = createOrFail(u"/v2.0/vpn/ipsecpolicies"_s, codec::encodeCreate(c.esp), "ipsecpolicy", &reply);
    QVERIFY2(!esp.isEmpty(), reply.text.constData());
    draft.ikepolicyId = ike;
    draft.ipsecpolicyId = esp;
    const QString connection = createOrFail(u"/v2.0/vpn/ipsec-site-connections"_s, codec::encodeCreate(draft),
                                            "ipsec_site_connection", &reply);
    if (connection.isEmpty()) {
        // Only a refusal the lint announced is an outcome; anything else is a validation gap.
        QVERIFY2(!lintErrors.isEmpty(),
                 qPrintable(u"the server refused a connection the console accepts (%1): %2"_s.arg(reply.status)
                                .arg(QString::fromUtf8(reply.text))));
        const QString message = reply.body.value(u"NeutronError"_s).toObject().value(u"message"_s).toString();
        record(c, u"refused"_s, u"lint %1; the server refuses it too (%2)"_s.arg(lintErrors, message));
        return;
    }
    QVERIFY2(refresh(), "refresh failed");
    const ServerState &real = m_workspace.state();
    QVERIFY(real.connection(connection));
    // The lint of what the server stored says what the lint of the drafts said.
    QCOMPARE(
        lintSummary(strongswan::lintConnection(real, connection, lintOptions), strongswan::Finding::Severity::Info),
        lintSummary(before, strongswan::Finding::Severity::Info));

    // 3. Render both sides; the peer's Libreswan files through Libreswan's parser.
    const QString dir = m_pair.configDir(Side::Left) + u"/#%1"_s.arg(c.index);
    const QString leftDir = dir + u"/own"_s;
    const QString rightDir = dir + u"/peer"_s;
    strongswan::RenderOptions options;
    options.dialect = c.dialect;
    options.revealSecrets = true;
    QString error;
    for (const strongswan::ConfigFile &file : strongswan::renderOwnSide(real, m_service, options)) {
        if (file.name == u"ipsec.conf" || file.name == u"ipsec.secrets" || file.name == u"strongswan.conf")
            QVERIFY2(integration::writeConfigFile(leftDir + u'/' + file.name, file.text, file.secret, &error),
                     qPrintable(error));
    }
    const QStringList peerNames = c.peerPath == PeerPath::Swanctl
        ? QStringList{u"swanctl.conf"_s, u"strongswan.d/vpnaas-peer.conf"_s}
        : QStringList{u"ipsec.conf"_s, u"ipsec.secrets"_s, u"strongswan.d/vpnaas-peer.conf"_s};
    for (const strongswan::ConfigFile &file : strongswan::renderPeerSide(real, connection, options)) {
        if (peerNames.contains(file.name))
            QVERIFY2(integration::writeConfigFile(rightDir + u'/' + file.name, file.text, file.secret, &error),
                     qPrintable(error));
        if (file.name.startsWith(u"libreswan/"))
            QVERIFY2(integration::writeConfigFile(dir + u'/' + file.name, file.text, file.secret, &error),
                     qPrintable(error));
    }
    // Libreswan's own parsers take the peer's Libreswan files exactly when the lint does not say
    // that Libreswan 4 lacks an algorithm.
    const QString infos = lintSummary(before, strongswan::Finding::Severity::Info);
    const bool libreswanLacks
        = infos.contains(u"libreswan-dh-unsupported"_s) || infos.contains(u"libreswan-algorithm-unsupported"_s);
    const bool libreswanTakes = checkLibreswan(dir + u"/libreswan"_s, &error);
    QVERIFY2(libreswanTakes != libreswanLacks,
             qPrintable(libreswanTakes ? u"Libreswan takes what the lint says it lacks (%1)"_s.arg(infos) : error));
    m_libreswan[libreswanTakes ? u"accepted by Libreswan 4.10's parsers"_s
                               : u"refused by Libreswan 4.10's parsers, as the lint says"_s]
        += 1;

    // 4. Up, the peer first; the router brings the connection up (the driver's `ipsec up`).
    const bool peerStarted = c.peerPath == PeerPath::Swanctl ? m_pair.startSwanctl(Side::Right, rightDir)
                                                             : m_pair.startIpsecConf(Side::Right, rightDir);
    QString failure;
    std::optional<IkeSa> left;
    std::optional<IkeSa> right;
    if (!peerStarted) {
        failure = u"the peer did not start: "_s + m_pair.errorString();
    } else if (!m_pair.startIpsecConf(Side::Left, leftDir)) {
        failure = u"the router's side did not start: "_s + m_pair.errorString();
    } else if (!m_pair.initiate(Side::Left, connection)) {
        failure = u"ipsec up failed: "_s + m_pair.errorString();
    } else {
        left = m_pair.waitForInstalled(Side::Left, connection, 20000);
        right = left ? m_pair.waitForInstalled(Side::Right, connection, 10000) : std::nullopt;
        if (!left || !right)
            failure = u"no CHILD_SA: "_s + m_pair.errorString();
    }
    if (!failure.isEmpty() && ah && lintErrors.isEmpty()) {
        // AH: negotiated, then refused by this machine (no AH in the kernel, none in
        // kernel-libipsec). How far it got is the outcome.
        const QString logs = m_pair.logTail(Side::Left, 200) + m_pair.logTail(Side::Right, 200);
        const QString expected = u"selected proposal: AH:%1"_s.arg(integName(c.esp.authAlgorithm->api()));
        QVERIFY2(logs.contains(expected), qPrintable(u"no \"%1\" in the logs:\n%2"_s.arg(expected, logs)));
        static const QRegularExpression install(u"[^\n]*unable to install[^\n]*"_s);
        static const QRegularExpression unsupported(u"[^\n]*not supported[^\n]*"_s);
        QRegularExpressionMatch match = install.match(logs);
        if (!match.hasMatch())
            match = unsupported.match(logs);
        QVERIFY2(match.hasMatch(), qPrintable(logs));
        QString line = match.captured(0).trimmed();
        line.remove(QRegularExpression(u"^[0-9:]+ [0-9]+\\[[A-Z]+\\] *(<[^>]*> )?"_s));
        record(c, u"not provable"_s,
               u"AH: proposal %1 agreed by both ends; this machine cannot install it (\"%2\")"_s.arg(expected.mid(19),
                                                                                                     line));
        return;
    }
    if (!failure.isEmpty()) {
        const QString logs = failure + m_pair.logTail(Side::Left, 200) + m_pair.logTail(Side::Right, 200);
        QVERIFY2(!lintErrors.isEmpty(),
                 qPrintable(u"lint had no error, and the tunnel did not come up: %1\n%2"_s.arg(failure, logs)));
        // The daemons must say what the lint said.
        static const QMultiMap<QString, QString> evidence{
            {u"dpd-action-fatal"_s, u"bad value: dpdaction="_s},
            {u"transport-mode-subnets"_s, u"TS_UNACCEPTABLE"_s},
            {u"transport-mode-subnets"_s, u"traffic selector missing in configuration"_s}};
        QString proof;
        for (const QString &code : lintErrors.split(u", "_s)) {
            const QStringList texts = evidence.values(code);
            const auto found
                = std::find_if(texts.cbegin(), texts.cend(), [&](const QString &t) { return logs.contains(t); });
            const qsizetype at = found == texts.cend() ? -1 : logs.indexOf(*found);
            if (at >= 0) {
                const qsizetype start = logs.lastIndexOf(u'\n', at) + 1;
                proof = logs.mid(start, logs.indexOf(u'\n', at) - start).trimmed();
                proof.remove(QRegularExpression(u"<[^>]*> "_s));
                proof.remove(QRegularExpression(u"^[0-9:]+ [0-9]+\\[[A-Z]+\\] *"_s));
                proof.remove(QRegularExpression(u"'[0-9a-f-]{36}'"_s));
                break;
            }
        }
        QVERIFY2(!proof.isEmpty(),
                 qPrintable(u"lint said %1, and the logs do not show it:\n%2"_s.arg(lintErrors, logs)));
        record(c, u"refused"_s, u"lint %1; the daemons: \"%2\""_s.arg(lintErrors, proof));
        return;
    }
    QVERIFY2(lintErrors.isEmpty(), qPrintable(u"lint said %1, and the tunnel came up"_s.arg(lintErrors)));

    QStringList diffs;
    for (const auto &[side, sa] : {std::pair{Side::Left, *left}, std::pair{Side::Right, *right}}) {
        const QStringList d = differences(side, sa, expectedFor(side, c, before), connection);
        for (const QString &line : d)
            diffs.append(StrongSwanPair::sideName(side) + u": "_s + line);
    }
    QVERIFY2(
        diffs.isEmpty(),
        qPrintable(diffs.join(u"\n"_s) + u"\nlint: "_s + lintSummary(before, strongswan::Finding::Severity::Info)));

    // Pings both ways, through every subnet pair the CHILD_SA carries.
    const ChildSa *child = left->installedChild(connection);
    const QStringList leftHosts = c.ipv6 ? QStringList{m_pair.host6(Side::Left), LeftExtra6.host}
                                         : QStringList{m_pair.host(Side::Left), LeftExtra4.host};
    const QStringList rightHosts = c.ipv6 ? QStringList{m_pair.host6(Side::Right), RightExtra6.host}
                                          : QStringList{m_pair.host(Side::Right), RightExtra4.host};
    const QStringList leftSubnets = c.ipv6 ? QStringList{m_pair.subnet6(Side::Left), LeftExtra6.subnet}
                                           : QStringList{m_pair.subnet(Side::Left), LeftExtra4.subnet};
    const QStringList rightSubnets = c.ipv6 ? QStringList{m_pair.subnet6(Side::Right), RightExtra6.subnet}
                                            : QStringList{m_pair.subnet(Side::Right), RightExtra4.subnet};
    for (const QString &localTs : child->localTs) {
        for (const QString &remoteTs : child->remoteTs) {
            const QString from = leftHosts.value(leftSubnets.indexOf(localTs));
            const QString to = rightHosts.value(rightSubnets.indexOf(remoteTs));
            QVERIFY2(!from.isEmpty() && !to.isEmpty(), qPrintable(localTs + u" "_s + remoteTs));
            QVERIFY2(m_pair.ping(Side::Left, from, to, 2), qPrintable(m_pair.errorString()));
            QVERIFY2(m_pair.ping(Side::Right, to, from, 2), qPrintable(m_pair.errorString()));
        }
    }
    // IKEv2 makes the first CHILD_SA from the IKE key exchange; the IPsec policy's PFS group is
    // used at a rekey, which the router starts here (IKEv1's Quick Mode used it already).
    if (c.ike.ikeVersion->api() == u"v2") {
        const QString rekeyed = expectedFor(Side::Left, c, before).esp + u'/' + dhName(c.esp.pfs->api());
        const quint32 ids[2] = {child->uniqueId, right->installedChild(connection)->uniqueId};
        QVERIFY2(m_pair.swanctl(Side::Left, {u"--rekey"_s, u"--child"_s, connection}),
                 qPrintable(m_pair.errorString()));
        for (const Side side : {Side::Left, Side::Right}) {
            const auto sa = m_pair.waitForInstalled(side, connection, 20000, ids[side == Side::Left ? 0 : 1]);
            QVERIFY2(sa, qPrintable(m_pair.errorString()));
            QCOMPARE(sa->installedChild(connection)->proposal(), rekeyed);
        }
    }
    record(c, u"traffic"_s, lintWarnings.isEmpty() ? QString() : u"lint warned: %1"_s.arg(lintWarnings));
    qInfo("traffic in %.1f s", double(timer.elapsed()) / 1000.0);
}

QString TestConfigFidelityIntegration::createOrFail(const QString &path, const QJsonObject &body, const char *key,
                                                    Reply *reply)
{
    *reply = request("POST", path, body);
    if (!reply->ok())
        return {};
    const QString id = reply->body.value(QString::fromLatin1(key)).toObject().value(u"id"_s).toString();
    if (!id.isEmpty())
        m_created.append(path + u'/' + id);
    return id;
}

void TestConfigFidelityIntegration::cleanupTestCase()
{
    int total = 0;
    for (const int n : std::as_const(m_outcomes))
        total += n;
    QStringList lines;
    lines << u"## Outcomes (%1 combinations, %2 s)"_s.arg(total).arg(m_clock.elapsed() / 1000) << QString()
          << u"| outcome | combinations |"_s << u"|---|---|"_s;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        lines << u"| %1 | %2 |"_s.arg(it.key()).arg(it.value());
    lines << QString() << u"## Reasons"_s << QString() << u"| outcome: reason | combinations |"_s << u"|---|---|"_s;
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it)
        lines << u"| %1 | %2 |"_s.arg(it.key()).arg(it.value());
    lines << QString() << u"## The peer's Libreswan files"_s << QString() << u"| parser outcome | combinations |"_s
          << u"|---|---|"_s;
    for (auto it = m_libreswan.cbegin(); it != m_libreswan.cend(); ++it)
        lines << u"| %1 | %2 |"_s.arg(it.key()).arg(it.value());
    lines << QString() << u"## Coverage"_s << QString() << u"| dimension | values (combinations) |"_s << u"|---|---|"_s;
    for (auto it = m_coverage.cbegin(); it != m_coverage.cend(); ++it) {
        QStringList values;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            values << u"%1 (%2)"_s.arg(v.key()).arg(v.value());
        lines << u"| %1 | %2 |"_s.arg(it.key(), values.join(u", "_s));
    }
    lines << QString() << u"## Combinations"_s << QString() << u"| # | outcome | reason | combination |"_s
          << u"|---|---|---|---|"_s << m_rows;
    const QString table = lines.join(u'\n') + u'\n';
    qInfo().noquote() << table;
    const QString path = qEnvironmentVariable("VPNAAS_FIDELITY_REPORT");
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(table.toUtf8()) < 0)
            qWarning("cannot write %s", qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestConfigFidelityIntegration)
#include "tst_config_fidelity_integration.moc"
