// SPDX-License-Identifier: Apache-2.0
#include "strongswanlint.h"

#include "configsyntax.h"
#include "resolvedconnection.h"

#include "vpnaas/drafts.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vpnaas::strongswan {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::StrongSwanLint)
};

// ipsec.conf(5): rekeymargin plus up to rekeyfuzz (100%) of it must not exceed the lifetime;
// the driver's %default has rekeymargin=3m.
constexpr qint64 kRekeyMargin = 180;
constexpr qint64 kMinLifetimeForMargin = qint64{2} * kRekeyMargin;
// ipsec.conf(5): lifetime maximum 24h.
constexpr qint64 kMaxIpsecLifetime = qint64{24} * 3600;
// The driver's `conn %default keylife=20m`, in seconds.
constexpr qint64 kDriverKeylife = 1200;

class Linter
{
public:
    explicit Linter(const LintOptions &options)
        : m_options(options)
    {
    }

    void add(Finding::Severity severity, const QString &connectionId, const QString &code, const QString &key,
             const QString &message)
    {
        m_findings.append({severity, connectionId, code, key, message});
    }
    void error(const QString &id, const QString &code, const QString &key, const QString &message)
    {
        add(Finding::Severity::Error, id, code, key, message);
    }
    void warning(const QString &id, const QString &code, const QString &key, const QString &message)
    {
        add(Finding::Severity::Warning, id, code, key, message);
    }
    void info(const QString &id, const QString &code, const QString &key, const QString &message)
    {
        add(Finding::Severity::Info, id, code, key, message);
    }
    void append(const Findings &findings) { m_findings.append(findings); }

    void service(const ResolvedService &rs);
    void connection(const ResolvedConnection &rc, bool allAdminDown);
    void connectionPairs(const QList<ResolvedConnection> &connections);

    const Findings &findings() const { return m_findings; }

private:
    void dpd(const ResolvedConnection &rc);
    void ikePolicy(const ResolvedConnection &rc, const IkePolicy &ike);
    void ipsecPolicy(const ResolvedConnection &rc, const IpsecPolicy &ipsec);
    void lifetime(const QString &id, const QString &key, const Lifetime &lifetime, bool ipsec);
    void mapped(const QString &id, const QString &key, const QString &what, const QString &apiValue);
    void libreswanGroup(const QString &id, const QString &key, const QString &apiValue);
    void libreswanUnsupported(const QString &id, const QString &key, const QString &apiValue, const QString &where);
    void subnets(const ResolvedConnection &rc);
    void ids(const ResolvedConnection &rc);
    void id(const ResolvedConnection &rc, const QString &key, const QString &raw);
    void values(const ResolvedConnection &rc);

    LintOptions m_options;
    Findings m_findings;
};

QString dialectLabel(Dialect dialect)
{
    return dialect == Dialect::Zed ? u"Zed (21.0.0)"_s : u"master"_s;
}

QPair<QHostAddress, int> subnet(const QString &cidr)
{
    return QHostAddress::parseSubnet(cidr);
}

bool overlaps(const QString &a, const QString &b)
{
    const auto x = subnet(a);
    const auto y = subnet(b);
    if (x.second < 0 || y.second < 0 || x.first.protocol() != y.first.protocol())
        return false;
    return x.first.isInSubnet(y) || y.first.isInSubnet(x);
}

/*! The first pair (local, peer) of overlapping CIDRs, or nothing. */
std::optional<std::pair<QString, QString>> firstOverlap(const QStringList &left, const QStringList &right)
{
    for (const QString &a : left) {
        for (const QString &b : right) {
            if (overlaps(a, b))
                return std::make_pair(a, b);
        }
    }
    return std::nullopt;
}

bool isHostRoute(const QString &cidr)
{
    const auto net = subnet(cidr);
    return net.second == (net.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
}

void Linter::service(const ResolvedService &rs)
{
    append(rs.findings);
    if (!rs.service)
        return;
    const VpnService &service = *rs.service;
    if (!service.adminStateUp) {
        warning({}, u"service-admin-down"_s, {},
                Text::tr("The VPN service is administratively down: the driver stops strongSwan on this router "
                         "and none of these files is in use."));
    }
    if (service.isLegacy()) {
        info({}, u"legacy-service"_s, u"leftsubnet"_s,
             Text::tr("The VPN service uses the deprecated subnet mode (a subnet on the service, peer_cidrs on "
                      "each connection) instead of endpoint groups."));
    }
    if (rs.connections.isEmpty()) {
        info({}, u"no-connections"_s, {},
             Text::tr("The VPN service has no connections; the agent renders nothing for it until one is "
                      "created."));
        return;
    }
    bool allAdminDown = true;
    for (const ResolvedConnection &rc : rs.connections)
        allAdminDown = allAdminDown && !rc.connection.adminStateUp;
    if (allAdminDown) {
        warning({}, u"all-connections-admin-down"_s, {},
                Text::tr("Every connection of the VPN service is administratively down: the driver stops "
                         "strongSwan on this router instead of running these files."));
    }
    info({}, u"proposals-not-strict"_s, u"ike"_s,
         Text::tr("The driver writes ike= and esp= without the strict \"!\": as a responder the router also "
                  "accepts strongSwan's default proposals, so a peer can negotiate other algorithms than the "
                  "policies name. The peer files here are strict."));
    for (const ResolvedConnection &rc : rs.connections)
        connection(rc, allAdminDown);
    connectionPairs(rs.connections);
}

void Linter::connection(const ResolvedConnection &rc, bool allAdminDown)
{
    append(rc.findings);
    if (!rc.known)
        return;
    const IpsecSiteConnection &c = rc.connection;
    if (!c.adminStateUp && !allAdminDown) {
        warning(c.id, u"admin-down-rendered"_s, {},
                Text::tr("The connection is administratively down, but the strongSwan driver still writes it "
                         "(auto=route) and brings it up; only the Libreswan driver leaves it out."));
    }
    dpd(rc);
    if (c.initiator.api() == u"response-only") {
        warning(c.id, u"response-only-ignored"_s, u"auto"_s,
                Text::tr("initiator=response-only has no effect with strongSwan: the driver writes auto=route "
                         "and brings every connection up itself."));
    }
    if (c.mtu != 1500) {
        info(c.id, u"mtu-not-rendered"_s, {},
             Text::tr("mtu=%1 is not rendered by the strongSwan driver; the tunnel uses the router interface's "
                      "MTU (the Libreswan peer file sets it).")
                 .arg(c.mtu));
    }
    if (rc.ikePolicy)
        ikePolicy(rc, *rc.ikePolicy);
    if (rc.ipsecPolicy)
        ipsecPolicy(rc, *rc.ipsecPolicy);
    subnets(rc);
    ids(rc);
    values(rc);
}

void Linter::dpd(const ResolvedConnection &rc)
{
    const QString &action = rc.connection.dpd.action.api();
    const bool valid = action == u"clear" || action == u"hold" || action == u"restart";
    if (!valid) {
        error(rc.connection.id, u"dpd-action-fatal"_s, u"dpdaction"_s,
              Text::tr("dpdaction=%1 is not a value strongSwan's ipsec.conf accepts (none, clear, hold, "
                       "restart): the starter rejects this connection (\"bad argument value\", \"ignored conn\") "
                       "and it never comes up. Use hold, clear or restart.")
                  .arg(action));
    }
    if (rc.ikePolicy && rc.ikePolicy->ikeVersion.api() == u"v2" && action != u"disabled") {
        info(rc.connection.id, u"ikev2-dpdtimeout-ignored"_s, u"dpdtimeout"_s,
             Text::tr("With IKEv2 strongSwan ignores dpdtimeout=%1s: a dead peer is noticed when retransmissions "
                      "time out (about 165 s with the default settings).")
                 .arg(rc.connection.dpd.timeout));
    }
}

void Linter::mapped(const QString &id, const QString &key, const QString &what, const QString &apiValue)
{
    if (driverMaps(apiValue, m_options.dialect))
        return;
    error(id, u"unsupported-by-dialect"_s, key,
          Text::tr("The %1 driver has no strongSwan name for the %2 \"%3\": it writes the value unchanged and "
                   "strongSwan rejects the proposal.")
              .arg(dialectLabel(m_options.dialect), what, apiValue));
}

void Linter::libreswanGroup(const QString &id, const QString &key, const QString &apiValue)
{
    // group2 (modp1024) has a Libreswan name, but Libreswan 4 and later no longer implement it:
    // Debian 12's Libreswan 4.10 refuses "IKE DH algorithm 'modp1024' is not supported".
    if (!fromApiName<PfsGroup>(apiValue) || (!libreswanName(apiValue).isEmpty() && apiValue != u"group2"))
        return;
    warning(id, u"libreswan-dh-unsupported"_s, key,
            Text::tr("Libreswan does not implement %1 (%2); a Libreswan peer cannot match this policy.")
                .arg(apiValue, strongSwanKeyword(apiValue)));
}

void Linter::libreswanUnsupported(const QString &id, const QString &key, const QString &apiValue, const QString &where)
{
    warning(id, u"libreswan-algorithm-unsupported"_s, key,
            Text::tr("Libreswan does not implement %1 for %2; a Libreswan peer cannot match this policy.")
                .arg(apiValue, where));
}

void Linter::lifetime(const QString &id, const QString &key, const Lifetime &lifetime, bool ipsec)
{
    if (lifetime.units.api() != u"seconds") {
        error(id, u"lifetime-units"_s, key,
              Text::tr("The lifetime unit \"%1\" is not supported; the driver writes the value as seconds.")
                  .arg(lifetime.units.api()));
    }
    if (lifetime.value <= kRekeyMargin) {
        warning(id, u"lifetime-below-rekey-margin"_s, key,
                Text::tr("%1=%2s is not longer than the driver's rekeymargin=3m: the router's strongSwan schedules "
                         "no rekeying at all, so the SA expires after %2 s and traffic stops until it is set up "
                         "again. The peer files rekey earlier.")
                    .arg(key)
                    .arg(lifetime.value));
    } else if (lifetime.value < kMinLifetimeForMargin) {
        warning(id, u"lifetime-below-rekey-margin"_s, key,
                Text::tr("%1=%2s is shorter than the driver's rekeymargin=3m plus its random fuzz (6 minutes), "
                         "which must not exceed the lifetime: rekeying becomes erratic.")
                    .arg(key)
                    .arg(lifetime.value));
    }
    if (ipsec && lifetime.value > kMaxIpsecLifetime) {
        warning(id, u"lifetime-above-maximum"_s, key,
                Text::tr("lifetime=%1s is longer than strongSwan's maximum IPsec SA lifetime of 24 hours.")
                    .arg(lifetime.value));
    }
}

void Linter::ikePolicy(const ResolvedConnection &rc, const IkePolicy &ike)
{
    const QString &id = rc.connection.id;
    mapped(id, u"keyexchange"_s, Text::tr("IKE version"), ike.ikeVersion.api());
    mapped(id, u"ike"_s, Text::tr("IKE encryption algorithm"), ike.encryptionAlgorithm.api());
    mapped(id, u"ike"_s, Text::tr("IKE authentication algorithm"), ike.authAlgorithm.api());
    mapped(id, u"ike"_s, Text::tr("IKE PFS group"), ike.pfs.api());

    QStringList weak;
    if (const auto enc = ike.encryptionAlgorithm.value(); enc && isWeak(*enc))
        weak.append(ike.encryptionAlgorithm.api());
    if (const auto auth = ike.authAlgorithm.value(); auth && isWeak(*auth))
        weak.append(ike.authAlgorithm.api());
    if (const auto pfs = ike.pfs.value(); pfs && isWeak(*pfs))
        weak.append(ike.pfs.api());
    if (!weak.isEmpty()) {
        warning(id, u"weak-ike-algorithms"_s, u"ike"_s,
                Text::tr("The IKE policy uses weak algorithms: %1.").arg(weak.join(u", "_s)));
    }

    const bool v1 = ike.ikeVersion.api() == u"v1";
    if (ike.phase1NegotiationMode.api() == u"aggressive") {
        if (v1) {
            warning(id, u"aggressive-psk"_s, u"aggressive"_s,
                    Text::tr("IKEv1 aggressive mode sends the identities in clear and a hash an eavesdropper "
                             "can use to attack the pre-shared key offline; prefer main mode."));
            // Seen with strongSwan 5.9.8 (tests/integration/tst_strongswan_rendered_integration).
            warning(id, u"aggressive-psk-responder"_s, u"aggressive"_s,
                    Text::tr("strongSwan refuses IKEv1 aggressive mode with a pre-shared key as responder "
                             "(\"Aggressive Mode PSK disabled for security reasons\") unless strongswan.conf sets "
                             "charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes: the peer's "
                             "rendered strongswan.conf (the drop-in strongswan.d/vpnaas-peer.conf) sets it, and a "
                             "strongSwan peer must install that file too; the router, whose strongswan.conf does "
                             "not set it, can only initiate."));
        } else {
            info(id, u"aggressive-ikev2"_s, u"aggressive"_s,
                 Text::tr("aggressive=yes has no effect with IKEv2; the peer files leave it out."));
        }
    }
    lifetime(id, u"ikelifetime"_s, ike.lifetime, false);
    if (v1) {
        if (rc.localCidrs.size() > 1 || rc.peerCidrs.size() > 1) {
            const bool local = rc.localCidrs.size() > 1;
            warning(id, u"ikev1-multiple-subnets"_s, local ? u"leftsubnet"_s : u"rightsubnet"_s,
                    Text::tr("With IKEv1 strongSwan negotiates a single pair of subnets out of %1 and %2, not "
                             "always the first ones (unless the Cisco Unity plugin is enabled): traffic of the "
                             "other subnets is not tunnelled. Use IKEv2.")
                        .arg(rc.localCidrs.join(u", "_s), rc.peerCidrs.join(u", "_s)));
        }
        info(id, u"libreswan-ikev1"_s, u"keyexchange"_s,
             Text::tr("IKEv1: current Libreswan builds (RHEL 9 and later, Libreswan 5) may ship without IKEv1 "
                      "support, so a Libreswan peer may not be able to load ikev2=never."));
    }
    libreswanGroup(id, u"ike"_s, ike.pfs.api());
    // What Debian 12's Libreswan 4.10 refuses in an ike= proposal (its algorithm parser, run by
    // tests/integration/tst_libreswan_integration): AEAD ciphers with IKEv1, AES-CCM with IKEv2
    // too, AES-XCBC as an IKEv1 PRF, AES-CMAC as a PRF at all.
    const QString where = v1 ? u"IKEv1 IKE SAs"_s : u"IKEv2 IKE SAs"_s;
    const QString &enc = ike.encryptionAlgorithm.api();
    if (enc.contains(u"-ccm-") || (v1 && enc.contains(u"-gcm-")))
        libreswanUnsupported(id, u"ike"_s, enc, where);
    const QString &auth = ike.authAlgorithm.api();
    if (auth == u"aes-cmac" || (v1 && auth == u"aes-xcbc"))
        libreswanUnsupported(id, u"ike"_s, auth, where);
}

void Linter::ipsecPolicy(const ResolvedConnection &rc, const IpsecPolicy &ipsec)
{
    const QString &id = rc.connection.id;
    const QString &transform = ipsec.transformProtocol.api();
    const bool ah = transform == u"ah";
    const QString key = ah ? u"ah"_s : u"esp"_s;
    if (transform == u"ah-esp") {
        error(id, u"ah-esp-refused"_s, u"esp"_s,
              Text::tr("transform_protocol ah-esp is refused by the strongSwan and Libreswan drivers (\"IPSec does "
                       "not support IPsec Policy attribute transform_protocol with value 'ah-esp'\"): a connection "
                       "with this policy cannot be created. It is shown here as plain ESP."));
    } else if (!ah && transform != u"esp") {
        error(id, u"unknown-transform"_s, u"esp"_s,
              Text::tr("The transform protocol \"%1\" is not known; the driver renders it as ESP.").arg(transform));
    }
    const QString &mode = ipsec.encapsulationMode.api();
    if (mode != u"tunnel" && mode != u"transport") {
        error(id, u"unknown-encapsulation"_s, u"type"_s,
              Text::tr("The encapsulation mode \"%1\" is not one strongSwan knows (tunnel, transport).").arg(mode));
    }

    const bool aead = !ah && m_options.dialect == Dialect::Master
        && isAeadName(driverName(ipsec.encryptionAlgorithm.api(), m_options.dialect));
    if (!ah)
        mapped(id, key, Text::tr("IPsec encryption algorithm"), ipsec.encryptionAlgorithm.api());
    if (!aead)
        mapped(id, key, Text::tr("IPsec authentication algorithm"), ipsec.authAlgorithm.api());
    mapped(id, key, Text::tr("IPsec PFS group"), ipsec.pfs.api());

    QStringList weak;
    if (const auto enc = ipsec.encryptionAlgorithm.value(); !ah && enc && isWeak(*enc))
        weak.append(ipsec.encryptionAlgorithm.api());
    if (const auto auth = ipsec.authAlgorithm.value(); !aead && auth && isWeak(*auth))
        weak.append(ipsec.authAlgorithm.api());
    if (const auto pfs = ipsec.pfs.value(); pfs && isWeak(*pfs))
        weak.append(ipsec.pfs.api());
    if (!weak.isEmpty()) {
        warning(id, u"weak-ipsec-algorithms"_s, key,
                Text::tr("The IPsec policy uses weak algorithms: %1.").arg(weak.join(u", "_s)));
    }

    if (mode == u"transport") {
        bool hostsOnly = true;
        for (const QString &cidr : rc.localCidrs + rc.peerCidrs)
            hostsOnly = hostsOnly && isHostRoute(cidr);
        const bool v2 = rc.ikePolicy && rc.ikePolicy->ikeVersion.api() == u"v2";
        if (!hostsOnly) {
            error(id, u"transport-mode-subnets"_s, u"type"_s,
                  v2 ? Text::tr("Transport mode protects only traffic between the two gateways themselves. With "
                                "IKEv2 and subnets the peer refuses the CHILD_SA (\"traffic selectors "
                                "unacceptable\", TS_UNACCEPTABLE at the router): the tunnel never comes up. Use "
                                "tunnel mode.")
                     : Text::tr("Transport mode protects only traffic between the two gateways themselves. With "
                                "IKEv1 and subnets the router's charon finds no traffic selectors for Quick Mode "
                                "(\"traffic selector missing in configuration\"): the IKE SA comes up, the IPsec "
                                "SA never does. Use tunnel mode."));
        }
    }
    lifetime(id, u"lifetime"_s, ipsec.lifetime, true);
    // keylife and lifetime are one ipsec.conf setting (KW_KEYLIFE in starter's keywords.txt), and
    // starter merges %default into a conn by key name, after the conn's own keys: %default wins.
    // Seen with strongSwan 5.9.8 (tests/integration/tst_strongswan_rendered_integration).
    if (ipsec.lifetime.units.api() == u"seconds" && ipsec.lifetime.value != kDriverKeylife) {
        info(id, u"lifetime-overridden-by-keylife"_s, u"lifetime"_s,
             Text::tr("strongSwan applies the driver's \"conn %default\" keylife=20m after this connection's "
                      "lifetime=%1s (keylife and lifetime are the same setting): the router's IPsec SAs expire "
                      "after 1200 s and are rekeyed 840 to 1020 s after they were set up. swanctl.conf and the "
                      "peer files keep %1 s.")
                 .arg(ipsec.lifetime.value));
    }
    libreswanGroup(id, key, ipsec.pfs.api());
    // Libreswan 4.10 has the elliptic-curve groups for IKEv1 IKE SAs only, not for Quick Mode PFS.
    static const QStringList kEcpGroups{u"group19"_s, u"group20"_s, u"group21"_s, u"group31"_s};
    if (rc.ikePolicy && rc.ikePolicy->ikeVersion.api() == u"v1" && kEcpGroups.contains(ipsec.pfs.api()))
        libreswanUnsupported(id, key, ipsec.pfs.api(), u"IKEv1 IPsec SAs (PFS)"_s);
}

void Linter::subnets(const ResolvedConnection &rc)
{
    const QString &id = rc.connection.id;
    for (const QString &local : rc.localCidrs) {
        for (const QString &peer : rc.peerCidrs) {
            if (overlaps(local, peer)) {
                error(id, u"cidr-overlap"_s, u"rightsubnet"_s,
                      Text::tr("The local subnet %1 overlaps the peer subnet %2: traffic between them cannot be "
                               "routed through the tunnel.")
                          .arg(local, peer));
            }
        }
    }
    QSet<int> localVersions;
    QSet<int> peerVersions;
    for (const QString &cidr : rc.localCidrs)
        localVersions.insert(ipVersion(cidr));
    for (const QString &cidr : rc.peerCidrs)
        peerVersions.insert(ipVersion(cidr));
    if (localVersions.size() > 1 || peerVersions.size() > 1
        || (!localVersions.isEmpty() && !peerVersions.isEmpty() && localVersions != peerVersions)) {
        error(id, u"mixed-ip-versions"_s, u"rightsubnet"_s,
              Text::tr("The local and peer subnets mix IPv4 and IPv6, which Neutron refuses for one connection."));
    }
}

void Linter::ids(const ResolvedConnection &rc)
{
    if (rc.connection.peerId.isEmpty()) {
        error(rc.connection.id, u"empty-peer-id"_s, u"rightid"_s,
              Text::tr("The peer id is empty; the driver writes rightid=@, which matches no peer."));
    } else {
        id(rc, u"rightid"_s, rc.connection.peerId);
    }
    if (!rc.connection.localId.isEmpty())
        id(rc, u"leftid"_s, rc.connection.localId);
}

void Linter::id(const ResolvedConnection &rc, const QString &key, const QString &raw)
{
    const QString &cid = rc.connection.id;
    if (rc.idsDecorated && isIpAddress(raw)) {
        warning(cid, u"ip-id-as-fqdn"_s, key,
                Text::tr("%1 %2 is an IP address, but the driver writes it as @%2 because the other id is not "
                         "an IP: strongSwan then treats it as a host name, and the other end must send it as such.")
                    .arg(key, raw));
    }
    if (rc.idsDecorated && raw.startsWith(u'@')) {
        warning(cid, u"id-double-at"_s, key,
                Text::tr("%1 \"%2\" already starts with @; the driver adds another one, and strongSwan reads "
                         "\"@@…\" as an e-mail style identity.")
                    .arg(key, raw));
    }
    static const QString kEscaped = u"&<>\"'"_s;
    for (const QChar c : raw) {
        if (kEscaped.contains(c)) {
            warning(cid, u"id-html-escaped"_s, key,
                    Text::tr("%1 \"%2\" contains characters the driver's templates HTML-escape (& < > \" '): the "
                             "router uses the escaped text as its identity.")
                        .arg(key, raw));
            break;
        }
    }
    for (const QChar c : raw) {
        if (c.isSpace() || c == u'#') {
            warning(cid, u"id-unquoted"_s, key,
                    Text::tr("%1 \"%2\" contains spaces or #, but the driver writes it without quotes: "
                             "strongSwan's ipsec.conf parser does not read it as one value.")
                        .arg(key, raw));
            break;
        }
    }
}

/*!
 * Every value of a connection that the renderers write into a file: a control character ends
 * the line in the router's files (the driver's Jinja templates escape only HTML), so whoever set
 * the value adds lines, keys or whole conns there (`peer_id` "192.168.20.9\n  leftsubnet=
 * 0.0.0.0/0" gives the router a second leftsubnet). Neutron accepts any string for these
 * attributes (neutron-lib's `type:string`), so only lint can tell. Addresses, CIDRs and ids
 * that are not plain tokens are quoted in the peer files, which is worth knowing.
 */
void Linter::values(const ResolvedConnection &rc)
{
    const IpsecSiteConnection &c = rc.connection;
    struct Value {
        QString key;
        QString attribute;
        QString text;
        bool token; // an address, CIDR or resource id: anything but a plain token is suspect
    };
    QList<Value> written{
        {u"conn"_s, u"id"_s, c.id, true},
        {u"rightid"_s, u"peer_id"_s, c.peerId, false},
        {u"leftid"_s, u"local_id"_s, c.localId, false},
        {u"right"_s, u"peer_address"_s, c.peerAddress, true},
        {u"left"_s, u"external_v4_ip/external_v6_ip"_s, rc.externalIp, true},
        {u"dpdaction"_s, u"dpd action"_s, c.dpd.action.api(), false},
        {u"conn"_s, u"name"_s, c.name, false},
    };
    for (const QString &cidr : rc.localCidrs)
        written.append({u"leftsubnet"_s, u"local CIDR"_s, cidr, true});
    for (const QString &cidr : rc.peerCidrs)
        written.append({u"rightsubnet"_s, u"peer CIDR"_s, cidr, true});
    if (const std::optional<IkePolicy> &ike = rc.ikePolicy) {
        for (const QString &value : {ike->ikeVersion.api(), ike->encryptionAlgorithm.api(), ike->authAlgorithm.api(),
                                     ike->pfs.api(), ike->phase1NegotiationMode.api()})
            written.append({u"ike"_s, u"IKE policy"_s, value, false});
    }
    if (const std::optional<IpsecPolicy> &ipsec = rc.ipsecPolicy) {
        for (const QString &value : {ipsec->transformProtocol.api(), ipsec->encapsulationMode.api(),
                                     ipsec->encryptionAlgorithm.api(), ipsec->authAlgorithm.api(), ipsec->pfs.api()})
            written.append({u"esp"_s, u"IPsec policy"_s, value, false});
    }

    for (const Value &value : written) {
        if (const std::optional<QChar> control = firstControlCharacter(value.text)) {
            if (value.attribute == u"name") {
                info(c.id, u"name-control-character"_s, {},
                     Text::tr("The connection name contains %1; the files show it as a space in their comments.")
                         .arg(describeCharacter(*control)));
                continue;
            }
            error(c.id, u"control-character"_s, value.key,
                  Text::tr("The %1 \"%2\" contains the control character %3. The Neutron driver writes it into the "
                           "router's ipsec.conf and ipsec.secrets unchanged, where it ends the line: what follows "
                           "becomes a line of its own (another key, another conn) chosen by whoever set the value. "
                           "These files show it escaped in double quotes; correct the %1 on the server.")
                      .arg(value.attribute, commentText(value.text), describeCharacter(*control)));
        } else if (value.token && !value.text.isEmpty() && !isPlainToken(value.text)) {
            warning(c.id, u"value-not-token"_s, value.key,
                    Text::tr("The %1 \"%2\" is not a plain token (letters, digits and . : @ _ - / + *): an address, "
                             "CIDR or id never holds anything else. The peer files quote it so that it stays one "
                             "value; the router's files, as the driver writes them, do not.")
                        .arg(value.attribute, value.text));
        }
    }
}

void Linter::connectionPairs(const QList<ResolvedConnection> &connections)
{
    for (qsizetype j = 1; j < connections.size(); ++j) {
        for (qsizetype i = 0; i < j; ++i) {
            const ResolvedConnection &a = connections.at(i);
            const ResolvedConnection &b = connections.at(j);
            const auto local = firstOverlap(a.localCidrs, b.localCidrs);
            const auto peer = firstOverlap(a.peerCidrs, b.peerCidrs);
            if (!local || !peer)
                continue;
            warning(b.connection.id, u"overlapping-connections"_s, u"rightsubnet"_s,
                    Text::tr("This connection and connection %1 both cover traffic from %2 to %3: strongSwan installs "
                             "conflicting policies and the traffic follows only one of them.")
                        .arg(a.connection.id, local->second, peer->second));
        }
    }
}

} // namespace

Findings lint(const ServerState &state, const QString &vpnServiceId, const LintOptions &options)
{
    Linter linter(options);
    linter.service(resolveService(state, vpnServiceId));
    return linter.findings();
}

Findings lintConnection(const ServerState &state, const QString &connectionId, const LintOptions &options)
{
    const IpsecSiteConnection *connection = state.connection(connectionId);
    if (!connection) {
        Linter linter(options);
        linter.connection(resolveConnection(state, connectionId), false);
        return linter.findings();
    }
    Findings result;
    const Findings all = lint(state, connection->vpnserviceId, options);
    for (const Finding &finding : all) {
        if (finding.connectionId == connectionId)
            result.append(finding);
    }
    if (!state.vpnService(connection->vpnserviceId)) {
        // Without its service, lint() above knows nothing of the connection.
        Linter linter(options);
        linter.connection(resolveConnection(state, connectionId), false);
        return linter.findings();
    }
    return result;
}

Findings lintPlannedConnection(const ServerState &state, const IpsecSiteConnectionDraft &draft,
                               const LintOptions &options)
{
    ServerState planned = state;
    IpsecSiteConnection connection;
    connection.id = u"planned-connection"_s;
    applyDraft(connection, draft);
    planned.connections.append(connection);
    return lintConnection(planned, connection.id, options);
}

} // namespace vpnaas::strongswan
