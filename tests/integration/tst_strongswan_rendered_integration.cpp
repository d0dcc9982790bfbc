// SPDX-License-Identifier: Apache-2.0
//
// The rendered strongSwan configs on a real strongSwan (issue 6, "Proof on a real strongSwan"):
// for each row of policies, a ServerState describes the left namespace of
// tests/integration/run-with-strongswan as an OpenStack router (external IP 192.0.2.1 or
// 2001:db8::1, local subnet 10.1.0.0/24 or 2001:db8:1::/64) with one IPsec site connection to
// the right namespace (peer 192.0.2.2 / 2001:db8::2, peer CIDR 10.2.0.0/24 / 2001:db8:2::/64).
// The own side as models/strongswan renders it runs on the left, the peer side of the
// connection on the right, once through swanctl.conf and once the Neutron way (ipsec.conf +
// ipsec.secrets + strongswan.conf, `ipsec start`, `ipsec stroke up-nb`); the peer also gets its
// rendered strongswan.conf drop-in (strongswan.d/vpnaas-peer.conf). The tunnel must come
// up, carry a ping (exact counters on the CHILD_SA) and show exactly the policies' algorithms
// on both ends (IKE incl. PRF and DH group, ESP, and the PFS group after a CHILD_SA rekey).
//
// What strongSwan really does with the rendered files, where it differs from what they say,
// is asserted and explained where it shows:
// - Neutron's `%default keylife=20m` wins over the conn's `lifetime=` (checkLifetimes()).
// - A strongSwan responder refuses IKEv1 aggressive mode with a PSK unless its strongswan.conf
//   allows it, which the peer's rendered drop-in does (aggressiveModeNeedsPeerSetting()).
// - The router's proposals are not strict: it accepts other algorithms a peer insists on, if
//   they are among strongSwan's defaults (mismatchIsCaught()).
// The renderers' lint names each of these.
// A missing charon or harness is a failure, never a skip.
#include "strongswanpair.h"

#include "strongswan/strongswanrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::strongswan;
using integration::ChildSa;
using integration::IkeSa;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

namespace {

// Fixed ids: the connection id names the conn / CHILD_SA on both ends.
const QString ConnectionId = u"c0ffee00-0000-4000-8000-00000000c001"_s;
const QString ServiceId = u"c0ffee00-0000-4000-8000-00000000a001"_s;
const QString RouterId = u"c0ffee00-0000-4000-8000-00000000b001"_s;
const QString LocalSubnetId = u"c0ffee00-0000-4000-8000-00000000d001"_s;
const QString Psk = u"rendered-test-psk-not-a-secret"_s;

constexpr int PingCount = 3;
// Seconds a check may lag behind an SA's install (a slow CI runner).
constexpr qint64 Slack = 60;
// The driver's %default rekeymargin=3m with rekeyfuzz 100%, which the renderers carry over.
constexpr qint64 RekeyMargin = 180;
// Neutron's `conn %default keylife=20m`.
constexpr qint64 NeutronKeylife = 1200;

enum class Path { Swanctl, IpsecConf };
/*! Whether the peer gets its rendered strongswan.conf drop-in. */
enum class PeerConf { Rendered, Missing };

/*! One combination of policies, and what a charon must negotiate from them. */
struct Row {
    // IKE policy (API spellings)
    QString ikeVersion = u"v1"_s;
    QString phase1 = u"main"_s;
    QString ikeEncryption = u"aes-128"_s;
    QString ikeAuth = u"sha1"_s;
    QString ikePfs = u"group5"_s;
    qint64 ikeLifetime = 3600;
    // IPsec policy (always ESP in tunnel mode: kernel-libipsec has no AH and no transport mode)
    QString espEncryption = u"aes-128"_s;
    QString espAuth = u"sha1"_s;
    QString espPfs = u"group5"_s;
    qint64 espLifetime = 3600;
    // Connection
    QString dpdAction = u"hold"_s;
    qint64 dpdInterval = 30;
    qint64 dpdTimeout = 120;
    QString localId; //!< empty: the external IP
    QString peerId; //!< empty: the peer address
    bool ipv6 = false;
    Dialect dialect = Dialect::Master;
    // Expected, as `swanctl --list-sas` prints them
    QString ike; //!< IKE proposal incl. PRF and DH group
    QString esp; //!< the first CHILD_SA (IKEv2: no PFS group, it had no key exchange of its own)
    QString espRekeyed; //!< after a CHILD_SA rekey (with the PFS group)
};

} // namespace

Q_DECLARE_METATYPE(Row)
Q_DECLARE_METATYPE(Path)
Q_DECLARE_METATYPE(PeerConf)

namespace {

QString pathName(Path path)
{
    return path == Path::Swanctl ? u"swanctl"_s : u"ipsec.conf"_s;
}

/*! The left side as an OpenStack router with one VPN service and one connection to the right. */
ServerState buildState(const Row &row, const StrongSwanPair &pair)
{
    const bool v6 = row.ipv6;
    ServerState state;
    state.complete = true;

    Router router;
    router.id = RouterId;
    router.name = u"router-left"_s;
    router.status = u"ACTIVE"_s;
    router.externalNetworkId = u"c0ffee00-0000-4000-8000-00000000e001"_s;
    router.externalFixedIps = {{u"c0ffee00-0000-4000-8000-00000000e004"_s, pair.address(Side::Left)},
                               {u"c0ffee00-0000-4000-8000-00000000e006"_s, pair.address6(Side::Left)}};
    state.routers = {router};

    Subnet local;
    local.id = LocalSubnetId;
    local.name = u"left-inner"_s;
    local.networkId = u"c0ffee00-0000-4000-8000-00000000f001"_s;
    local.ipVersion = v6 ? 6 : 4;
    local.cidr = v6 ? pair.subnet6(Side::Left) : pair.subnet(Side::Left);
    local.gatewayIp = v6 ? pair.host6(Side::Left) : pair.host(Side::Left);
    state.subnets = {local};

    VpnService service;
    service.id = ServiceId;
    service.name = u"vpn-left"_s;
    service.routerId = RouterId;
    service.externalV4Ip = pair.address(Side::Left);
    service.externalV6Ip = pair.address6(Side::Left);
    service.status = ResourceStatus::Active;
    state.vpnServices = {service};

    EndpointGroup localGroup;
    localGroup.id = u"c0ffee00-0000-4000-8000-0000000e0001"_s;
    localGroup.name = u"left-local"_s;
    localGroup.type = EndpointGroupType::Subnet;
    localGroup.endpoints = {LocalSubnetId};
    EndpointGroup peerGroup;
    peerGroup.id = u"c0ffee00-0000-4000-8000-0000000e0002"_s;
    peerGroup.name = u"right-peer"_s;
    peerGroup.type = EndpointGroupType::Cidr;
    peerGroup.endpoints = {v6 ? pair.subnet6(Side::Right) : pair.subnet(Side::Right)};
    state.endpointGroups = {localGroup, peerGroup};

    IkePolicy ike;
    ike.id = u"c0ffee00-0000-4000-8000-0000000a0001"_s;
    ike.name = u"ike"_s;
    ike.ikeVersion = Choice<IkeVersion>::fromApi(row.ikeVersion);
    ike.phase1NegotiationMode = Choice<Phase1NegotiationMode>::fromApi(row.phase1);
    ike.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(row.ikeEncryption);
    ike.authAlgorithm = Choice<AuthAlgorithm>::fromApi(row.ikeAuth);
    ike.pfs = Choice<PfsGroup>::fromApi(row.ikePfs);
    ike.lifetime.value = row.ikeLifetime;
    state.ikePolicies = {ike};

    IpsecPolicy ipsec;
    ipsec.id = u"c0ffee00-0000-4000-8000-0000000b0001"_s;
    ipsec.name = u"ipsec"_s;
    ipsec.transformProtocol = TransformProtocol::Esp;
    ipsec.encapsulationMode = EncapsulationMode::Tunnel;
    ipsec.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(row.espEncryption);
    ipsec.authAlgorithm = Choice<AuthAlgorithm>::fromApi(row.espAuth);
    ipsec.pfs = Choice<PfsGroup>::fromApi(row.espPfs);
    ipsec.lifetime.value = row.espLifetime;
    state.ipsecPolicies = {ipsec};

    IpsecSiteConnection connection;
    connection.id = ConnectionId;
    connection.name = u"left-to-right"_s;
    connection.peerAddress = v6 ? pair.address6(Side::Right) : pair.address(Side::Right);
    connection.peerId = row.peerId.isEmpty() ? connection.peerAddress : row.peerId;
    connection.localId = row.localId;
    connection.psk = Secret(Psk);
    connection.dpd.action = Choice<DpdAction>::fromApi(row.dpdAction);
    connection.dpd.interval = row.dpdInterval;
    connection.dpd.timeout = row.dpdTimeout;
    connection.status = ResourceStatus::Active;
    connection.vpnserviceId = ServiceId;
    connection.ikepolicyId = ike.id;
    connection.ipsecpolicyId = ipsec.id;
    connection.localEpGroupId = localGroup.id;
    connection.peerEpGroupId = peerGroup.id;
    state.connections = {connection};
    return state;
}

/*! The peer's rendered strongswan.conf, as renderPeerSide() names it. */
const QString PeerStrongSwanConf = u"strongswan.d/vpnaas-peer.conf"_s;

/*!
 * Renders the own side of \a own into \a leftDir and the peer side of \a peer (the same
 * connection, unless a test wants a mismatch) into \a rightDir: the files \a path loads, as
 * renderOwnSide() and renderPeerSide() name them. strongswan-side includes the peer's
 * strongswan.d/vpnaas-peer.conf in both modes, as a packaged strongswan.conf includes the
 * .conf files of /etc/strongswan.d.
 */
bool renderInto(Path path, const Row &own, const Row &peer, const StrongSwanPair &pair, const QString &leftDir,
                const QString &rightDir, PeerConf peerConf, QString *error)
{
    if (!QDir().mkpath(leftDir) || !QDir().mkpath(rightDir)) {
        *error = u"cannot create %1 or %2"_s.arg(leftDir, rightDir);
        return false;
    }
    // Files loaded into charon need the real PSK.
    const RenderOptions ownOptions{own.dialect, true};
    const RenderOptions peerOptions{peer.dialect, true};
    // The own files exactly as the driver writes them, strongswan.conf included.
    const QStringList ownNames = path == Path::Swanctl
        ? QStringList{u"swanctl.conf"_s}
        : QStringList{u"ipsec.conf"_s, u"ipsec.secrets"_s, u"strongswan.conf"_s};
    QStringList peerNames
        = path == Path::Swanctl ? QStringList{u"swanctl.conf"_s} : QStringList{u"ipsec.conf"_s, u"ipsec.secrets"_s};
    if (peerConf == PeerConf::Rendered)
        peerNames.append(PeerStrongSwanConf);
    const auto writeAll = [error](const QString &dir, const QList<ConfigFile> &files, const QStringList &names) {
        QStringList missing = names;
        for (const ConfigFile &file : files) {
            if (!names.contains(file.name))
                continue;
            const QString filePath = dir + u'/' + file.name;
            if (!QDir().mkpath(QFileInfo(filePath).absolutePath())) {
                *error = u"cannot create the directory of %1"_s.arg(filePath);
                return false;
            }
            if (!integration::writeConfigFile(filePath, file.text, file.secret, error))
                return false;
            missing.removeOne(file.name);
        }
        if (!missing.isEmpty())
            *error = u"not rendered: %1"_s.arg(missing.join(u", "_s));
        return missing.isEmpty();
    };
    return writeAll(leftDir, renderOwnSide(buildState(own, pair), ServiceId, ownOptions), ownNames)
        && writeAll(rightDir, renderPeerSide(buildState(peer, pair), ConnectionId, peerOptions), peerNames);
}

/*! What one end must show for its IKE_SA and first CHILD_SA. */
struct Expected {
    int version = 0;
    bool initiator = false;
    QString localHost;
    QString remoteHost;
    QString localId;
    QString remoteId;
    QString ike;
    QString esp;
    QStringList localTs;
    QStringList remoteTs;
};

Expected expectedFor(Side side, const Row &row, const StrongSwanPair &pair)
{
    const Side peer = StrongSwanPair::other(side);
    const auto address = [&](Side s) { return row.ipv6 ? pair.address6(s) : pair.address(s); };
    const auto subnet = [&](Side s) { return row.ipv6 ? pair.subnet6(s) : pair.subnet(s); };
    // list-sas prints identities without the `@` that ipsec.conf needs for FQDNs.
    const QString leftId = row.localId.isEmpty() ? address(Side::Left) : row.localId;
    const QString rightId = row.peerId.isEmpty() ? address(Side::Right) : row.peerId;
    Expected e;
    e.version = row.ikeVersion == u"v2" ? 2 : 1;
    e.initiator = side == Side::Left; // the router brings its connections up
    e.localHost = address(side);
    e.remoteHost = address(peer);
    e.localId = side == Side::Left ? leftId : rightId;
    e.remoteId = side == Side::Left ? rightId : leftId;
    e.ike = row.ike;
    e.esp = row.esp;
    e.localTs = {subnet(side)};
    e.remoteTs = {subnet(peer)};
    return e;
}

/*! Every way \a sa differs from \a e ("ESP proposal: expected X, got Y"); empty when it matches. */
QStringList differences(const IkeSa &sa, const Expected &e)
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
    check(u"IKE_SA state"_s, u"ESTABLISHED"_s, sa.state);
    check(u"initiator"_s, e.initiator, sa.initiator);
    check(u"local host"_s, e.localHost, sa.localHost);
    check(u"remote host"_s, e.remoteHost, sa.remoteHost);
    check(u"local id"_s, e.localId, sa.localId);
    check(u"remote id"_s, e.remoteId, sa.remoteId);
    check(u"IKE proposal"_s, e.ike, sa.proposal());
    const ChildSa *child = sa.installedChild(ConnectionId);
    if (!child) {
        diffs << u"no INSTALLED CHILD_SA %1"_s.arg(ConnectionId);
        return diffs;
    }
    check(u"ESP proposal"_s, e.esp, child->proposal());
    check(u"mode"_s, u"TUNNEL"_s, child->mode);
    check(u"local traffic selectors"_s, e.localTs, child->localTs);
    check(u"remote traffic selectors"_s, e.remoteTs, child->remoteTs);
    return diffs;
}

/*!
 * Sends \a signal to the charon of \a side (found among the processes of its network
 * namespace; run-with-strongswan's PID namespace holds only ours).
 */
bool signalCharon(const StrongSwanPair &pair, Side side, int signal, QString *error)
{
    QProcess ip;
    ip.start(u"ip"_s, {u"netns"_s, u"pids"_s, pair.networkNamespace(side)});
    if (!ip.waitForFinished(10000) || ip.exitCode() != 0) {
        *error = u"ip netns pids %1 failed: %2"_s.arg(pair.networkNamespace(side),
                                                      QString::fromUtf8(ip.readAllStandardError()));
        return false;
    }
    int signalled = 0;
    const QStringList pids = QString::fromUtf8(ip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &pid : pids) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid.trimmed()));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "charon") {
            if (::kill(pid.trimmed().toInt(), signal) != 0) {
                *error = u"cannot signal charon %1"_s.arg(pid);
                return false;
            }
            ++signalled;
        }
    }
    if (signalled != 1) {
        *error = u"%1 charon processes in %2, expected one"_s.arg(signalled).arg(pair.networkNamespace(side));
        return false;
    }
    return true;
}

/*! Polls the side's charon log until it shows \a pattern; false after \a timeoutMs. */
bool waitForLog(StrongSwanPair &pair, Side side, const QString &pattern, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return pair.logTail(side, 200).contains(pattern); }, timeoutMs);
}

QString rowDir(const QString &base)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9.]+"_s);
    return base + u'/' + QString::fromUtf8(QTest::currentTestFunction()) + u'/'
        + QString::fromUtf8(QTest::currentDataTag()).replace(unsafe, u"-"_s);
}

// Builders for the table: one policy per line reads better than a wall of setters.
Row ikePolicy(const QString &version, const QString &encryption, const QString &auth, const QString &pfs)
{
    Row row;
    row.ikeVersion = version;
    row.ikeEncryption = encryption;
    row.ikeAuth = auth;
    row.ikePfs = pfs;
    return row;
}

Row espPolicy(Row row, const QString &encryption, const QString &auth, const QString &pfs)
{
    row.espEncryption = encryption;
    row.espAuth = auth;
    row.espPfs = pfs;
    return row;
}

Row expect(Row row, const QString &ike, const QString &esp, const QString &espRekeyed)
{
    row.ike = ike;
    row.esp = esp;
    row.espRekeyed = espRekeyed;
    return row;
}

/*! The combinations, each run through both paths (aggressive mode: see aggressiveModeNeedsPeerSetting()). */
QList<std::pair<QString, Row>> rows()
{
    QList<std::pair<QString, Row>> list;

    // Every API default: IKEv1 main mode; IKEv1 Quick Mode does its key exchange at once.
    Row defaults = expect(Row{}, u"AES_CBC-128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s,
                          u"ESP:AES_CBC-128/HMAC_SHA1_96/MODP_1536"_s, u"ESP:AES_CBC-128/HMAC_SHA1_96/MODP_1536"_s);
    defaults.dialect = Dialect::Zed;
    list.append({u"OpenStack defaults (IKEv1 aes-128 sha1 group5, Zed)"_s, defaults});

    Row v2 = expect(
        espPolicy(ikePolicy(u"v2"_s, u"aes-256"_s, u"sha256"_s, u"group14"_s), u"aes-256"_s, u"sha256"_s, u"group14"_s),
        u"AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s, u"ESP:AES_CBC-256/HMAC_SHA2_256_128"_s,
        u"ESP:AES_CBC-256/HMAC_SHA2_256_128/MODP_2048"_s);
    v2.ikeLifetime = 28800;
    v2.espLifetime = 1800;
    list.append({u"IKEv2 aes-256 sha256 group14"_s, v2});

    Row aggressive = expect(
        espPolicy(ikePolicy(u"v1"_s, u"aes-192"_s, u"sha512"_s, u"group14"_s), u"aes-192"_s, u"sha512"_s, u"group14"_s),
        u"AES_CBC-192/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/MODP_2048"_s,
        u"ESP:AES_CBC-192/HMAC_SHA2_512_256/MODP_2048"_s, u"ESP:AES_CBC-192/HMAC_SHA2_512_256/MODP_2048"_s);
    aggressive.phase1 = u"aggressive"_s;
    aggressive.dpdAction = u"clear"_s;
    list.append({u"IKEv1 aggressive aes-192 sha512 group14"_s, aggressive});

    // Zed writes sha2_384, master sha384: the same algorithm.
    Row sha384 = expect(
        espPolicy(ikePolicy(u"v2"_s, u"aes-256"_s, u"sha384"_s, u"group14"_s), u"aes-128"_s, u"sha384"_s, u"group5"_s),
        u"AES_CBC-256/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/MODP_2048"_s, u"ESP:AES_CBC-128/HMAC_SHA2_384_192"_s,
        u"ESP:AES_CBC-128/HMAC_SHA2_384_192/MODP_1536"_s);
    sha384.dialect = Dialect::Zed;
    list.append({u"IKEv2 sha384, Zed (sha2_384)"_s, sha384});
    sha384.dialect = Dialect::Master;
    list.append({u"IKEv2 sha384, master (sha384)"_s, sha384});

    Row tripleDes
        = expect(espPolicy(ikePolicy(u"v2"_s, u"3des"_s, u"sha1"_s, u"group2"_s), u"3des"_s, u"sha1"_s, u"group2"_s),
                 u"3DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024"_s, u"ESP:3DES_CBC/HMAC_SHA1_96"_s,
                 u"ESP:3DES_CBC/HMAC_SHA1_96/MODP_1024"_s);
    tripleDes.dialect = Dialect::Zed;
    list.append({u"IKEv2 3des sha1 group2, Zed"_s, tripleDes});

    // 2025.1 values, master only: the AEAD branch writes esp=aes256gcm16-modp2048 (no auth).
    list.append({u"IKEv2 ESP aes-256-gcm-16 group14, master"_s,
                 expect(espPolicy(ikePolicy(u"v2"_s, u"aes-256"_s, u"sha256"_s, u"group14"_s), u"aes-256-gcm-16"_s,
                                  u"sha256"_s, u"group14"_s),
                        u"AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s, u"ESP:AES_GCM_16-256"_s,
                        u"ESP:AES_GCM_16-256/MODP_2048"_s)});
    // An AEAD IKE policy keeps its auth algorithm as the PRF; ECP groups; AES-CTR for ESP.
    list.append({u"IKEv2 IKE aes-128-gcm-16 group19, ESP aes-256-ctr group20, master"_s,
                 expect(espPolicy(ikePolicy(u"v2"_s, u"aes-128-gcm-16"_s, u"sha384"_s, u"group19"_s), u"aes-256-ctr"_s,
                                  u"sha512"_s, u"group20"_s),
                        u"AES_GCM_16-128/PRF_HMAC_SHA2_384/ECP_256"_s, u"ESP:AES_CTR-256/HMAC_SHA2_512_256"_s,
                        u"ESP:AES_CTR-256/HMAC_SHA2_512_256/ECP_384"_s)});

    Row ipv6 = expect(
        espPolicy(ikePolicy(u"v2"_s, u"aes-128"_s, u"sha256"_s, u"group14"_s), u"aes-128"_s, u"sha256"_s, u"group14"_s),
        u"AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s, u"ESP:AES_CBC-128/HMAC_SHA2_256_128"_s,
        u"ESP:AES_CBC-128/HMAC_SHA2_256_128/MODP_2048"_s);
    ipv6.ipv6 = true;
    list.append({u"IPv6 (IKEv2 aes-128 sha256 group14)"_s, ipv6});

    // DPD restart: tunnel() also freezes the peer and waits for the router to bring it back.
    Row dpd = expect(
        espPolicy(ikePolicy(u"v2"_s, u"aes-128"_s, u"sha512"_s, u"group14"_s), u"aes-192"_s, u"sha256"_s, u"group14"_s),
        u"AES_CBC-128/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/MODP_2048"_s, u"ESP:AES_CBC-192/HMAC_SHA2_256_128"_s,
        u"ESP:AES_CBC-192/HMAC_SHA2_256_128/MODP_2048"_s);
    dpd.dpdAction = u"restart"_s;
    dpd.dpdInterval = 2;
    dpd.dpdTimeout = 10;
    list.append({u"DPD restart (IKEv2 aes-128 sha512 group14)"_s, dpd});

    // Non-IP ids: the driver writes leftid=@dc1-gw.example.net, rightid=@branch-gw.example.net.
    Row fqdn = expect(
        espPolicy(ikePolicy(u"v2"_s, u"aes-256"_s, u"sha256"_s, u"group14"_s), u"aes-256"_s, u"sha256"_s, u"group14"_s),
        u"AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s, u"ESP:AES_CBC-256/HMAC_SHA2_256_128"_s,
        u"ESP:AES_CBC-256/HMAC_SHA2_256_128/MODP_2048"_s);
    fqdn.localId = u"dc1-gw.example.net"_s;
    fqdn.peerId = u"branch-gw.example.net"_s;
    list.append({u"FQDN ids, IKEv2"_s, fqdn});
    Row fqdnV1 = defaults;
    fqdnV1.localId = u"dc1-gw.example.net"_s;
    fqdnV1.peerId = u"branch-gw.example.net"_s;
    list.append({u"FQDN ids, IKEv1 main mode"_s, fqdnV1});
    return list;
}

} // namespace

class TestStrongSwanRenderedIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void tunnel_data();
    void tunnel();
    void aggressiveModeNeedsPeerSetting_data();
    void aggressiveModeNeedsPeerSetting();
    void mismatchIsCaught_data();
    void mismatchIsCaught();

private:
    bool start(Path path, Side side, const QString &dir);
    /*! Renders, starts both ends (the peer first) and has the router bring the connection up. */
    bool bringUp(Path path, const Row &own, const Row &peer, PeerConf peerConf = PeerConf::Rendered);
    void checkLifetimes(Path path, Side side, const Row &row, const IkeSa &sa);
    void dpdRestart(const Row &row, quint32 childId);

    StrongSwanPair m_pair;
    bool m_peerFrozen = false;
    QElapsedTimer m_clock;
};

void TestStrongSwanRenderedIntegration::initTestCase()
{
    m_clock.start();
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    for (const Side side : {Side::Left, Side::Right}) {
        QVERIFY(!m_pair.address(side).isEmpty());
        QVERIFY(!m_pair.address6(side).isEmpty());
        QVERIFY(!m_pair.subnet6(side).isEmpty());
        QVERIFY(!m_pair.host6(side).isEmpty());
    }
}

void TestStrongSwanRenderedIntegration::cleanup()
{
    if (m_peerFrozen) {
        QString error;
        QVERIFY2(signalCharon(m_pair, Side::Right, SIGCONT, &error), qPrintable(error));
        m_peerFrozen = false;
    }
    // The daemons' side of a failure (the harness prints only the last start's logs).
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_pair.logTail(Side::Left, 60) << m_pair.logTail(Side::Right, 60);
    QVERIFY2(m_pair.stopAll(), qPrintable(m_pair.errorString()));
}

void TestStrongSwanRenderedIntegration::cleanupTestCase()
{
    qInfo("all tunnels in %.1f s", double(m_clock.elapsed()) / 1000.0);
}

bool TestStrongSwanRenderedIntegration::start(Path path, Side side, const QString &dir)
{
    return path == Path::Swanctl ? m_pair.startSwanctl(side, dir) : m_pair.startIpsecConf(side, dir);
}

bool TestStrongSwanRenderedIntegration::bringUp(Path path, const Row &own, const Row &peer, PeerConf peerConf)
{
    const QString leftDir = rowDir(m_pair.configDir(Side::Left));
    const QString rightDir = rowDir(m_pair.configDir(Side::Right));
    QString error;
    if (!renderInto(path, own, peer, m_pair, leftDir, rightDir, peerConf, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    // The peer first, so that the router finds it listening.
    if (!start(path, Side::Right, rightDir) || !start(path, Side::Left, leftDir))
        return false;
    // swanctl: the own swanctl.conf's start_action = trap|start initiated on load. ipsec.conf:
    // what the driver runs after `ipsec start`.
    return path == Path::Swanctl || m_pair.initiate(Side::Left, ConnectionId);
}

void TestStrongSwanRenderedIntegration::tunnel_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<Row>("row");
    for (const Path path : {Path::Swanctl, Path::IpsecConf}) {
        for (const auto &[name, row] : rows())
            QTest::addRow("%s: %s", qPrintable(pathName(path)), qPrintable(name)) << path << row;
    }
}

void TestStrongSwanRenderedIntegration::tunnel()
{
    QFETCH(Path, path);
    QFETCH(Row, row);

    QVERIFY2(bringUp(path, row, row), qPrintable(m_pair.errorString()));

    quint32 childIds[2] = {};
    const auto index = [](Side side) { return side == Side::Left ? 0 : 1; };
    for (const Side side : {Side::Left, Side::Right}) {
        const auto sa = m_pair.waitForInstalled(side, ConnectionId);
        QVERIFY2(sa, qPrintable(m_pair.errorString()));
        const QStringList diffs = differences(*sa, expectedFor(side, row, m_pair));
        QVERIFY2(diffs.isEmpty(), qPrintable(StrongSwanPair::sideName(side) + u": "_s + diffs.join(u"; "_s)));
        const ChildSa *child = sa->installedChild(ConnectionId);
        QCOMPARE(child->protocol, u"ESP"_s);
        QCOMPARE(child->packetsOut, quint64(0));
        checkLifetimes(path, side, row, *sa);
        if (QTest::currentTestFailed())
            return;
        childIds[index(side)] = child->uniqueId;
    }

    // Only the tunnel joins the inner hosts; every echo request and reply crossed this
    // CHILD_SA on both ends. Inner IP bytes: IPv4 20 / IPv6 40 + ICMP 8 + 56 data.
    const Side left = Side::Left;
    const Side right = Side::Right;
    const QString from = row.ipv6 ? m_pair.host6(left) : m_pair.host(left);
    const QString to = row.ipv6 ? m_pair.host6(right) : m_pair.host(right);
    const quint64 pingBytes = row.ipv6 ? 104 : 84;
    QVERIFY2(m_pair.ping(left, from, to, PingCount), qPrintable(m_pair.errorString()));
    for (const Side side : {left, right}) {
        const auto sas = m_pair.listSas(side);
        QVERIFY2(sas, qPrintable(m_pair.errorString()));
        QCOMPARE(sas->size(), 1);
        const ChildSa *child = sas->first().installedChild(ConnectionId);
        QVERIFY(child);
        QCOMPARE(child->uniqueId, childIds[index(side)]);
        QCOMPARE(child->packetsOut, quint64(PingCount));
        QCOMPARE(child->packetsIn, quint64(PingCount));
        QCOMPARE(child->bytesOut, PingCount * pingBytes);
        QCOMPARE(child->bytesIn, PingCount * pingBytes);
    }

    // A rekey runs the CHILD_SA's own key exchange: the IPsec policy's PFS group.
    QVERIFY2(m_pair.swanctl(left, {u"--rekey"_s, u"--child"_s, ConnectionId}), qPrintable(m_pair.errorString()));
    for (const Side side : {left, right}) {
        const auto sa = m_pair.waitForInstalled(side, ConnectionId, 20000, childIds[index(side)]);
        QVERIFY2(sa, qPrintable(m_pair.errorString()));
        const ChildSa *child = sa->installedChild(ConnectionId);
        QVERIFY(child);
        QCOMPARE(child->proposal(), row.espRekeyed);
        childIds[index(side)] = child->uniqueId;
    }
    QVERIFY2(m_pair.ping(left, from, to, 1), qPrintable(m_pair.errorString()));

    if (row.dpdAction == u"restart")
        dpdRestart(row, childIds[index(left)]);
}

/*!
 * Lifetimes as charon applied them. Rekeying starts within [life - 2 * margin, life - margin]
 * (rekeymargin 3m, rekeyfuzz 100%, which the swanctl renderings spell rekey_time/rand_time).
 *
 * The Neutron path differs from the policy: ipsec.conf's `keylife` and `lifetime` are one
 * setting (both the keyword KW_KEYLIFE in starter's keywords.txt) and starter merges
 * `conn %default` into a conn by key *name* (conf_parser.c enumerates the conn's own keys,
 * then the parents'), so the template's `keylife=20m` is applied after the conn's
 * `lifetime=<policy>s` and wins: the router's CHILD_SAs live 1200 s whatever the IPsec policy
 * says (lint `lifetime-overridden-by-keylife`). The peer's ipsec.conf has no %default and gets
 * the policy's lifetime; an IKEv1 responder keeps its own lifetime, it does not take the
 * router's shorter one from Quick Mode.
 */
void TestStrongSwanRenderedIntegration::checkLifetimes(Path path, Side side, const Row &row, const IkeSa &sa)
{
    const ChildSa *child = sa.installedChild(ConnectionId);
    QVERIFY(child);
    const qint64 childLife = path == Path::IpsecConf && side == Side::Left ? NeutronKeylife : row.espLifetime;
    const QString where = u"%1 side: CHILD_SA expires in %2 s (expected up to %3 s), rekeys in %4 s; IKE_SA "
                          u"rekeys/reauthenticates in %5 s (ikelifetime %6 s)"_s.arg(StrongSwanPair::sideName(side))
                              .arg(child->lifeTime)
                              .arg(childLife)
                              .arg(child->rekeyTime)
                              .arg(sa.rekeyTime >= 0 ? sa.rekeyTime : sa.reauthTime)
                              .arg(row.ikeLifetime);
    QVERIFY2(child->lifeTime <= childLife && child->lifeTime > childLife - Slack, qPrintable(where));
    QVERIFY2(child->rekeyTime <= childLife - RekeyMargin && child->rekeyTime > childLife - 2 * RekeyMargin - Slack,
             qPrintable(where));
    // IKE: rekeyed (swanctl, IKEv2) or reauthenticated (IKEv1; ipsec.conf's reauth=yes).
    const qint64 ikeTime = sa.rekeyTime >= 0 ? sa.rekeyTime : sa.reauthTime;
    QVERIFY2(ikeTime <= row.ikeLifetime - RekeyMargin && ikeTime > row.ikeLifetime - 2 * RekeyMargin - Slack,
             qPrintable(where));
}

/*!
 * dpdaction=restart, proven: the peer's charon freezes (SIGSTOP: no DELETE, no answers), the
 * router's dead peer detection gives up on the IKE_SA (dpd_delay 2 s + the harness's
 * ~4.4 s of retransmits) and brings the CHILD_SA back by itself, without any traffic (so not
 * through the trap policy), once the peer answers again.
 */
void TestStrongSwanRenderedIntegration::dpdRestart(const Row &row, quint32 childId)
{
    const auto before = m_pair.listSas(Side::Left);
    QVERIFY2(before && before->size() == 1, qPrintable(m_pair.errorString()));
    const quint32 ikeId = before->first().uniqueId;
    QString error;
    QVERIFY2(signalCharon(m_pair, Side::Right, SIGSTOP, &error), qPrintable(error));
    m_peerFrozen = true;
    const bool gaveUp = QTest::qWaitFor(
        [&] {
            const auto sas = m_pair.listSas(Side::Left);
            return sas && std::none_of(sas->begin(), sas->end(), [&](const IkeSa &sa) { return sa.uniqueId == ikeId; });
        },
        30000);
    QVERIFY2(gaveUp, qPrintable(m_pair.logTail(Side::Left)));
    QVERIFY2(m_pair.logTail(Side::Left, 200).contains(u"restarting CHILD_SA"_s),
             qPrintable(m_pair.logTail(Side::Left)));
    QVERIFY2(signalCharon(m_pair, Side::Right, SIGCONT, &error), qPrintable(error));
    m_peerFrozen = false;
    const auto after = m_pair.waitForInstalled(Side::Left, ConnectionId, 20000, childId);
    QVERIFY2(after, qPrintable(m_pair.errorString()));
    QVERIFY(after->uniqueId != ikeId);
    QCOMPARE(after->proposal(), row.ike);
    const QString from = row.ipv6 ? m_pair.host6(Side::Left) : m_pair.host(Side::Left);
    const QString to = row.ipv6 ? m_pair.host6(Side::Right) : m_pair.host(Side::Right);
    QVERIFY2(m_pair.ping(Side::Left, from, to, 1), qPrintable(m_pair.errorString()));
}

/*!
 * IKEv1 aggressive mode needs the peer's strongswan.conf drop-in: without it the peer's charon
 * refuses to answer aggressive mode with a PSK ("Aggressive Mode PSK disabled for security
 * reasons", AUTHENTICATION_FAILED at the router), whichever file configures the connection,
 * because only strongswan.conf can allow it
 * (`charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes`); with exactly the
 * rendered files, drop-in included, the tunnel comes up (tunnel() then runs its full checks on
 * the same files). The router could not answer either: Neutron's strongswan.conf does not set it.
 */
void TestStrongSwanRenderedIntegration::aggressiveModeNeedsPeerSetting_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<PeerConf>("peerConf");
    for (const Path path : {Path::Swanctl, Path::IpsecConf}) {
        QTest::addRow("%s: without the peer's strongswan.conf, refused", qPrintable(pathName(path)))
            << path << PeerConf::Missing;
        QTest::addRow("%s: with the peer's strongswan.conf, up", qPrintable(pathName(path)))
            << path << PeerConf::Rendered;
    }
}

void TestStrongSwanRenderedIntegration::aggressiveModeNeedsPeerSetting()
{
    QFETCH(Path, path);
    QFETCH(PeerConf, peerConf);
    Row row;
    for (const auto &[name, r] : rows()) {
        if (r.phase1 == u"aggressive")
            row = r;
    }
    QCOMPARE(row.phase1, u"aggressive"_s);
    QVERIFY(renderPeerStrongSwanConf(buildState(row, m_pair), ConnectionId, {})
                .contains(u"\n    i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n"_s));
    QVERIFY2(bringUp(path, row, row, peerConf), qPrintable(m_pair.errorString()));

    if (peerConf == PeerConf::Rendered) {
        for (const Side side : {Side::Left, Side::Right}) {
            const auto sa = m_pair.waitForInstalled(side, ConnectionId);
            QVERIFY2(sa, qPrintable(m_pair.errorString()));
            const QStringList diffs = differences(*sa, expectedFor(side, row, m_pair));
            QVERIFY2(diffs.isEmpty(), qPrintable(StrongSwanPair::sideName(side) + u": "_s + diffs.join(u"; "_s)));
        }
        QVERIFY2(m_pair.ping(Side::Left, m_pair.host(Side::Left), m_pair.host(Side::Right), 1),
                 qPrintable(m_pair.errorString()));
        QVERIFY(!m_pair.logTail(Side::Right, 200).contains(u"Aggressive Mode PSK disabled"_s));
        return;
    }
    QVERIFY2(waitForLog(m_pair, Side::Right, u"Aggressive Mode PSK disabled for security reasons"_s),
             qPrintable(m_pair.logTail(Side::Right)));
    QVERIFY2(waitForLog(m_pair, Side::Left, u"AUTHENTICATION_FAILED"_s), qPrintable(m_pair.logTail(Side::Left)));
    const auto sas = m_pair.listSas(Side::Left);
    QVERIFY2(sas, qPrintable(m_pair.errorString()));
    for (const IkeSa &sa : *sas)
        QVERIFY(!sa.installedChild(ConnectionId));
}

void TestStrongSwanRenderedIntegration::mismatchIsCaught_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<QString>("peerEncryption");
    QTest::addColumn<QString>("peerAuth");
    QTest::addColumn<QString>("negotiated"); // empty: no CHILD_SA at all

    // The router's ESP policy is aes-256/sha256 (IKEv2 row). A peer insisting on 3des is refused;
    // one insisting on aes-128/sha512 gets its way, because the router also offers strongSwan's
    // default proposals (the driver writes esp= without "!", lint "proposals-not-strict"): the
    // tunnel works, and only the proposal check notices.
    for (const Path path : {Path::Swanctl, Path::IpsecConf}) {
        QTest::addRow("%s: peer insists on 3des, refused", qPrintable(pathName(path)))
            << path << u"3des"_s << u"sha1"_s << QString();
        QTest::addRow("%s: peer insists on aes-128 sha512, accepted", qPrintable(pathName(path)))
            << path << u"aes-128"_s << u"sha512"_s << u"ESP:AES_CBC-128/HMAC_SHA2_512_256"_s;
    }
}

void TestStrongSwanRenderedIntegration::mismatchIsCaught()
{
    QFETCH(Path, path);
    QFETCH(QString, peerEncryption);
    QFETCH(QString, peerAuth);
    QFETCH(QString, negotiated);

    Row own;
    for (const auto &[name, r] : rows()) {
        if (name == u"IKEv2 aes-256 sha256 group14")
            own = r;
    }
    QCOMPARE(own.ikeVersion, u"v2"_s);
    Row peer = own;
    peer.espEncryption = peerEncryption;
    peer.espAuth = peerAuth;
    QVERIFY2(bringUp(path, own, peer), qPrintable(m_pair.errorString()));

    if (negotiated.isEmpty()) {
        // IKE agrees, the CHILD_SA does not.
        QVERIFY2(waitForLog(m_pair, Side::Left, u"NO_PROPOSAL_CHOSEN"_s), qPrintable(m_pair.logTail(Side::Left)));
        const auto sas = m_pair.listSas(Side::Left);
        QVERIFY2(sas, qPrintable(m_pair.errorString()));
        QCOMPARE(sas->size(), 1);
        QCOMPARE(sas->first().state, u"ESTABLISHED"_s);
        QCOMPARE(sas->first().proposal(), own.ike);
        QVERIFY(!sas->first().installedChild(ConnectionId));
        return;
    }
    for (const Side side : {Side::Left, Side::Right}) {
        const auto sa = m_pair.waitForInstalled(side, ConnectionId);
        QVERIFY2(sa, qPrintable(m_pair.errorString()));
        QCOMPARE(sa->installedChild(ConnectionId)->proposal(), negotiated);
        // The check tunnel() relies on names the difference, and nothing else.
        const QStringList diffs = differences(*sa, expectedFor(side, own, m_pair));
        QCOMPARE(diffs, QStringList{u"ESP proposal: expected %1, got %2"_s.arg(own.esp, negotiated)});
    }
    const QString from = m_pair.host(Side::Left);
    QVERIFY2(m_pair.ping(Side::Left, from, m_pair.host(Side::Right), 1), qPrintable(m_pair.errorString()));
}

QTEST_GUILESS_MAIN(TestStrongSwanRenderedIntegration)
#include "tst_strongswan_rendered_integration.moc"
