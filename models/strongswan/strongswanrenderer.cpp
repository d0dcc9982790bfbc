// SPDX-License-Identifier: Apache-2.0
#include "strongswanrenderer.h"

#include "configsyntax.h"
#include "resolvedconnection.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace vpnaas::strongswan {
namespace {

// The driver's %default section: rekeymargin=3m, rekeyfuzz left at 100%.
constexpr qint64 kRekeyMargin = 180;

QString seconds(qint64 value)
{
    return QString::number(value) + u's';
}

QString pskText(const Secret &psk, bool reveal)
{
    return u"0s"_s + (reveal ? QString::fromLatin1(psk.reveal().toUtf8().toBase64()) : Secret::mask());
}

struct Lifetimes {
    qint64 life = 0;
    qint64 rekey = 0;
    qint64 margin = 0;
};

Lifetimes lifetimes(qint64 life)
{
    const qint64 margin = std::min(kRekeyMargin, std::max<qint64>(life, 0) / 2);
    return {life, life - margin, margin};
}

/*!
 * The peer files' `rekeymargin`: the driver's 3m, or half the shorter lifetime when a lifetime is
 * not longer than 6 minutes. A margin not below the lifetime makes strongSwan schedule no rekeying
 * at all (seen on strongSwan 5.9: the SA simply expires), which the router's files cannot avoid
 * but the peer's can.
 */
QString peerRekeyMargin(const ResolvedConnection &rc)
{
    qint64 shortest = std::numeric_limits<qint64>::max();
    if (rc.ikePolicy)
        shortest = std::min(shortest, rc.ikePolicy->lifetime.value);
    if (rc.ipsecPolicy)
        shortest = std::min(shortest, rc.ipsecPolicy->lifetime.value);
    const qint64 margin = lifetimes(shortest).margin;
    return margin == kRekeyMargin ? u"3m"_s : QString::number(margin) + u's';
}

bool isAh(const IpsecPolicy &policy)
{
    return policy.transformProtocol.api() == u"ah";
}

bool isAggressiveV1(const IkePolicy &policy)
{
    return policy.phase1NegotiationMode.api() == u"aggressive" && policy.ikeVersion.api() != u"v2";
}

// ---- Proposals ----------------------------------------------------------------------------

QString ikeProposal(const IkePolicy &policy)
{
    return strongSwanKeyword(policy.encryptionAlgorithm.api()) + u'-' + strongSwanKeyword(policy.authAlgorithm.api())
        + u'-' + strongSwanKeyword(policy.pfs.api());
}

QString childProposal(const IpsecPolicy &policy)
{
    const QString pfs = strongSwanKeyword(policy.pfs.api());
    if (isAh(policy))
        return strongSwanKeyword(policy.authAlgorithm.api()) + u'-' + pfs;
    const QString enc = strongSwanKeyword(policy.encryptionAlgorithm.api());
    if (isAeadName(enc))
        return enc + u'-' + pfs;
    return enc + u'-' + strongSwanKeyword(policy.authAlgorithm.api()) + u'-' + pfs;
}

QString libreswanGroup(const QString &api)
{
    const QString name = libreswanName(api);
    return name.isEmpty() ? strongSwanKeyword(api) : name;
}

QString libreswanIke(const IkePolicy &policy)
{
    return libreswanName(policy.encryptionAlgorithm.api()) + u'-' + libreswanName(policy.authAlgorithm.api()) + u';'
        + libreswanGroup(policy.pfs.api());
}

QString libreswanPhase2alg(const IpsecPolicy &policy)
{
    const QString pfs = libreswanGroup(policy.pfs.api());
    if (isAh(policy))
        return libreswanName(policy.authAlgorithm.api()) + u';' + pfs;
    const QString enc = libreswanName(policy.encryptionAlgorithm.api());
    if (isAeadName(enc))
        return enc + u';' + pfs;
    return enc + u'-' + libreswanName(policy.authAlgorithm.api()) + u';' + pfs;
}

/*! Where the peer's strongswan.conf settings go (renderPeerStrongSwanConf()), relative to /etc. */
const QString kPeerStrongSwanConf = u"strongswan.d/vpnaas-peer.conf"_s;

/*!
 * Why an aggressive-mode connection may not come up although both files agree: charon as
 * responder refuses IKEv1 aggressive mode with a PSK ("Aggressive Mode PSK disabled for
 * security reasons") unless strongswan.conf allows it, which neither swanctl.conf nor
 * ipsec.conf can (seen with strongSwan 5.9.8, tests/integration/tst_strongswan_rendered_integration).
 * The peer's files name the drop-in that sets it.
 */
QStringList aggressivePskNote(bool peer)
{
    QStringList note{u"As responder strongSwan refuses IKEv1 aggressive mode with a PSK unless"_s,
                     u"strongswan.conf sets charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes."_s};
    if (peer)
        note.append(kPeerStrongSwanConf + u", rendered with this file, sets it."_s);
    return note;
}

int ikeVersionNumber(const IkePolicy &policy)
{
    const QString &version = policy.ikeVersion.api();
    return version == u"v1" ? 1 : version == u"v2" ? 2 : 0;
}

// ---- DPD ------------------------------------------------------------------------------------

bool dpdDisabled(const Dpd &dpd)
{
    return dpd.action.api() == u"disabled";
}

/*! The action for a modern strongSwan (swanctl): hold is called trap there. */
QString swanctlDpdAction(const Dpd &dpd)
{
    const QString &action = dpd.action.api();
    if (action == u"hold")
        return u"trap"_s;
    if (action == u"restart-by-peer")
        return u"restart"_s;
    return action;
}

/*! The action for a peer's ipsec.conf (strongSwan or Libreswan), which know none/clear/hold/restart. */
QString classicDpdAction(const Dpd &dpd)
{
    const QString &action = dpd.action.api();
    if (action == u"restart-by-peer")
        return u"restart"_s;
    if (action == u"disabled")
        return u"none"_s;
    return action;
}

// ---- Writers --------------------------------------------------------------------------------

/*! A swanctl.conf (strongswan.conf syntax) writer: sections and `key = value` lines. */
class SwanctlWriter
{
public:
    void comment(const QString &text) { line(text.isEmpty() ? u"#"_s : u"# "_s + commentText(text)); }
    /*! \a name is a section name as written (sectionName() for what comes from a resource). */
    void open(const QString &name)
    {
        line(name + u" {"_s);
        ++m_depth;
    }
    void close()
    {
        --m_depth;
        line(u"}"_s);
    }
    /*! A value: quoted when it could end the line, the value or the section (swanctlValue()). */
    void set(const QString &key, const QString &value) { line(key + u" = "_s + swanctlValue(value)); }
    /*! An id or address: quoted unless it is a plain token. */
    void setToken(const QString &key, const QString &value) { line(key + u" = "_s + tokenOrQuoted(value)); }
    void blank() { m_text += u'\n'; }
    const QString &text() const { return m_text; }

private:
    void line(const QString &text) { m_text += QString(m_depth * 4, u' ') + text + u'\n'; }

    QString m_text;
    qsizetype m_depth = 0;
};

/*!
 * An ipsec.conf conn section: `    key=value` lines. The peer's files quote what is not a plain
 * value (ipsecConfValue()); the own side writes values as the driver does (driverValue()).
 */
class ConnWriter
{
public:
    enum class Style { Peer, Driver };

    ConnWriter(QString *text, Style style)
        : m_text(text)
        , m_style(style)
    {
    }
    void set(const QString &key, const QString &value)
    {
        raw(key, m_style == Style::Driver ? driverValue(value) : ipsecConfValue(value));
    }
    /*! An id or address: quoted unless it is a plain token. */
    void setToken(const QString &key, const QString &value) { raw(key, tokenOrQuoted(value)); }
    /*! \a value is already written in the file's syntax (Libreswan's `{ a b }`). */
    void raw(const QString &key, const QString &value) { *m_text += u"    "_s + key + u'=' + value + u'\n'; }
    void comment(const QString &text) { *m_text += u"    # "_s + commentText(text) + u'\n'; }

private:
    QString *m_text;
    Style m_style;
};

/*! Everything one side of a swanctl connection needs. */
struct SwanctlSide {
    QString name;
    QString comment;
    QString localAddress;
    QString remoteAddress;
    QStringList localTs;
    QStringList remoteTs;
    QString localId;
    QString remoteId;
    bool strict = false;
    /*! The remote peer's file: its notes point to the peer's other files. */
    bool peer = false;
    int keyingTries = 1;
    QString startAction = u"trap"_s;
};

void writeSwanctlConnection(SwanctlWriter &w, const SwanctlSide &side, const ResolvedConnection &rc)
{
    const QString suffix = side.strict ? QString() : u", default"_s;
    w.open(sectionName(side.name));
    if (!side.comment.isEmpty())
        w.comment(side.comment);
    const std::optional<IkePolicy> &ike = rc.ikePolicy;
    if (ike)
        w.set(u"version"_s, QString::number(ikeVersionNumber(*ike)));
    if (!side.localAddress.isEmpty())
        w.setToken(u"local_addrs"_s, side.localAddress);
    if (!side.remoteAddress.isEmpty())
        w.setToken(u"remote_addrs"_s, side.remoteAddress);
    if (ike) {
        w.set(u"proposals"_s, ikeProposal(*ike) + suffix);
        if (isAggressiveV1(*ike)) {
            for (const QString &line : aggressivePskNote(side.peer))
                w.comment(line);
            w.set(u"aggressive"_s, u"yes"_s);
        }
    }
    w.set(u"mobike"_s, u"no"_s);
    w.set(u"keyingtries"_s, QString::number(side.keyingTries));
    const Dpd &dpd = rc.connection.dpd;
    if (dpdDisabled(dpd)) {
        w.set(u"dpd_delay"_s, u"0s"_s);
    } else {
        w.set(u"dpd_delay"_s, seconds(dpd.interval));
        if (!ike || ike->ikeVersion.api() != u"v2")
            w.set(u"dpd_timeout"_s, seconds(dpd.timeout));
    }
    if (ike) {
        const Lifetimes ikeLife = lifetimes(ike->lifetime.value);
        w.set(u"rekey_time"_s, seconds(ikeLife.rekey));
        w.set(u"over_time"_s, seconds(ikeLife.margin));
        w.set(u"rand_time"_s, seconds(ikeLife.margin));
    }
    w.open(u"local"_s);
    w.set(u"auth"_s, u"psk"_s);
    if (!side.localId.isEmpty())
        w.setToken(u"id"_s, side.localId);
    w.close();
    w.open(u"remote"_s);
    w.set(u"auth"_s, u"psk"_s);
    if (!side.remoteId.isEmpty())
        w.setToken(u"id"_s, side.remoteId);
    w.close();
    w.open(u"children"_s);
    w.open(sectionName(side.name));
    if (!side.localTs.isEmpty())
        w.set(u"local_ts"_s, side.localTs.join(u','));
    if (!side.remoteTs.isEmpty())
        w.set(u"remote_ts"_s, side.remoteTs.join(u','));
    if (const std::optional<IpsecPolicy> &ipsec = rc.ipsecPolicy) {
        w.set(isAh(*ipsec) ? u"ah_proposals"_s : u"esp_proposals"_s, childProposal(*ipsec) + suffix);
        w.set(u"mode"_s, ipsec->encapsulationMode.api());
    }
    w.set(u"start_action"_s, side.startAction);
    if (!dpdDisabled(dpd))
        w.set(u"dpd_action"_s, swanctlDpdAction(dpd));
    if (const std::optional<IpsecPolicy> &ipsec = rc.ipsecPolicy) {
        const Lifetimes childLife = lifetimes(ipsec->lifetime.value);
        w.set(u"rekey_time"_s, seconds(childLife.rekey));
        w.set(u"life_time"_s, seconds(childLife.life));
        w.set(u"rand_time"_s, seconds(childLife.margin));
    }
    w.close();
    w.close();
    w.close();
}

void writeSwanctlSecret(SwanctlWriter &w, const SwanctlSide &side, const Secret &psk, bool reveal)
{
    w.open(u"ike-"_s + sectionName(side.name));
    if (!side.localId.isEmpty())
        w.setToken(u"id-local"_s, side.localId);
    if (!side.remoteId.isEmpty())
        w.setToken(u"id-remote"_s, side.remoteId);
    w.set(u"secret"_s, pskText(psk, reveal));
    w.close();
}

SwanctlSide ownSide(const ResolvedConnection &rc)
{
    SwanctlSide side;
    side.name = rc.connection.id;
    side.comment = commentText(rc.connection.name);
    side.localAddress = rc.externalIp;
    side.remoteAddress = rc.connection.peerAddress;
    side.localTs = rc.localCidrs;
    side.remoteTs = rc.peerCidrs;
    side.localId = rc.localId;
    side.remoteId = rc.peerId;
    // auto=route plus the driver's `ipsec up` at start.
    side.startAction = u"trap|start"_s;
    return side;
}

SwanctlSide peerSide(const ResolvedConnection &rc)
{
    SwanctlSide side;
    side.name = rc.connection.id;
    side.comment = commentText(rc.connection.name);
    side.localAddress = rc.connection.peerAddress;
    side.remoteAddress = rc.externalIp;
    side.localTs = rc.peerCidrs;
    side.remoteTs = rc.localCidrs;
    side.localId = rc.peerId;
    side.remoteId = rc.localId;
    side.strict = true;
    side.peer = true;
    side.keyingTries = 0; // %forever
    return side;
}

QString peerHeader(const QString &what, const ResolvedConnection &rc)
{
    QString text = u"# "_s + what + u" for the remote peer of an OpenStack VPNaaS connection\n"_s + u"# connection: "_s
        + commentText(rc.connection.id);
    if (rc.known && !rc.connection.name.isEmpty())
        text += u" ("_s + commentText(rc.connection.name) + u')';
    text += u'\n';
    if (rc.known) {
        text += u"# this gateway: "_s + commentText(rc.connection.peerAddress) + u"\n# OpenStack router: "_s
            + (rc.externalIp.isEmpty() ? u"?"_s : commentText(rc.externalIp)) + u" (VPN service "_s
            + commentText(rc.connection.vpnserviceId) + u")\n"_s;
    }
    return text;
}

} // namespace

// ---- Own side -------------------------------------------------------------------------------

QString renderIpsecConf(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options)
{
    const ResolvedService rs = resolveService(state, vpnServiceId);
    const Dialect dialect = options.dialect;
    QString out = u"# Configuration for "_s + commentText(jinjaEscaped(vpnServiceId))
        + u"\nconfig setup\n\nconn %default\n        keylife=20m\n        rekeymargin=3m\n"
          u"        keyingtries=1\n        authby=psk\n        mobike=no\n"_s;
    for (const ResolvedConnection &rc : rs.connections) {
        const IpsecSiteConnection &c = rc.connection;
        out += u"\nconn "_s + sectionName(jinjaEscaped(c.id)) + u'\n';
        ConnWriter w(&out, ConnWriter::Style::Driver);
        if (rc.ikePolicy)
            w.set(u"keyexchange"_s, jinjaEscaped(driverName(rc.ikePolicy->ikeVersion.api(), dialect)));
        w.set(u"left"_s, jinjaEscaped(rc.externalIp));
        w.set(u"leftsubnet"_s, jinjaEscaped(rc.localCidrs.join(u',')));
        w.set(u"leftid"_s, jinjaEscaped(rc.localId));
        w.set(u"leftfirewall"_s, u"yes"_s);
        w.set(u"right"_s, jinjaEscaped(c.peerAddress));
        w.set(u"rightsubnet"_s, jinjaEscaped(rc.peerCidrs.join(u',')));
        w.set(u"rightid"_s, jinjaEscaped(rc.peerId));
        w.set(u"auto"_s, u"route"_s);
        w.set(u"dpdaction"_s, jinjaEscaped(c.dpd.action.api()));
        w.set(u"dpddelay"_s, seconds(c.dpd.interval));
        w.set(u"dpdtimeout"_s, seconds(c.dpd.timeout));
        if (const std::optional<IkePolicy> &ike = rc.ikePolicy) {
            w.set(u"ike"_s,
                  jinjaEscaped(driverName(ike->encryptionAlgorithm.api(), dialect) + u'-'
                               + driverName(ike->authAlgorithm.api(), dialect) + u'-'
                               + driverName(ike->pfs.api(), dialect)));
            w.set(u"ikelifetime"_s, seconds(ike->lifetime.value));
            if (ike->phase1NegotiationMode.api() == u"aggressive")
                w.set(u"aggressive"_s, u"yes"_s);
        }
        if (const std::optional<IpsecPolicy> &ipsec = rc.ipsecPolicy) {
            const QString enc = driverName(ipsec->encryptionAlgorithm.api(), dialect);
            const QString auth = driverName(ipsec->authAlgorithm.api(), dialect);
            const QString pfs = driverName(ipsec->pfs.api(), dialect);
            if (isAh(*ipsec))
                w.set(u"ah"_s, jinjaEscaped(auth + u'-' + pfs));
            else if (dialect == Dialect::Master && isAeadName(enc)) // the AEAD branch arrived after Zed
                w.set(u"esp"_s, jinjaEscaped(enc + u'-' + pfs));
            else
                w.set(u"esp"_s, jinjaEscaped(enc + u'-' + auth + u'-' + pfs));
            w.set(u"lifetime"_s, seconds(ipsec->lifetime.value));
            w.set(u"type"_s, jinjaEscaped(ipsec->encapsulationMode.api()));
        }
    }
    return out;
}

QString renderIpsecSecrets(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options)
{
    const ResolvedService rs = resolveService(state, vpnServiceId);
    // The template's loop body starts and ends with a newline, hence the blank lines between
    // entries, and Jinja drops the template's final newline.
    QString out = u"# Configuration for "_s + commentText(jinjaEscaped(vpnServiceId));
    for (const ResolvedConnection &rc : rs.connections) {
        out += u'\n' + driverValue(jinjaEscaped(rc.localId)) + u' ' + driverValue(jinjaEscaped(rc.peerId))
            + u" : PSK "_s + jinjaEscaped(pskText(rc.connection.psk, options.revealSecrets)) + u'\n';
    }
    return out;
}

QString renderStrongSwanConf()
{
    return u"charon {\n        load_modular = yes\n        plugins {\n"
           u"                include strongswan.d/charon/*.conf\n        }\n}\n\n"
           u"include strongswan.d/*.conf"_s;
}

QString renderSwanctlConf(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options)
{
    const ResolvedService rs = resolveService(state, vpnServiceId);
    SwanctlWriter w;
    w.comment(u"swanctl.conf for VPN service "_s + commentText(vpnServiceId));
    w.comment(u"The equivalent of the ipsec.conf and ipsec.secrets that the Neutron strongSwan"_s);
    w.comment(u"driver renders for it; load with swanctl --load-all."_s);
    w.open(u"connections"_s);
    for (const ResolvedConnection &rc : rs.connections)
        writeSwanctlConnection(w, ownSide(rc), rc);
    w.close();
    w.blank();
    w.open(u"secrets"_s);
    for (const ResolvedConnection &rc : rs.connections)
        writeSwanctlSecret(w, ownSide(rc), rc.connection.psk, options.revealSecrets);
    w.close();
    return w.text();
}

QList<ConfigFile> renderOwnSide(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options)
{
    return {
        {u"ipsec.conf"_s, renderIpsecConf(state, vpnServiceId, options), false},
        {u"ipsec.secrets"_s, renderIpsecSecrets(state, vpnServiceId, options), true},
        {u"strongswan.conf"_s, renderStrongSwanConf(), false},
        {u"swanctl.conf"_s, renderSwanctlConf(state, vpnServiceId, options), true},
    };
}

// ---- Peer side ------------------------------------------------------------------------------

QString renderPeerSwanctlConf(const ServerState &state, const QString &connectionId, const RenderOptions &options)
{
    const ResolvedConnection rc = resolveConnection(state, connectionId);
    SwanctlWriter w;
    const QString header = peerHeader(u"swanctl.conf"_s, rc);
    for (const QString &line : header.split(u'\n', Qt::SkipEmptyParts))
        w.comment(line.mid(2));
    w.open(u"connections"_s);
    if (rc.known)
        writeSwanctlConnection(w, peerSide(rc), rc);
    w.close();
    w.blank();
    w.open(u"secrets"_s);
    if (rc.known)
        writeSwanctlSecret(w, peerSide(rc), rc.connection.psk, options.revealSecrets);
    w.close();
    return w.text();
}

QString renderPeerIpsecConf(const ServerState &state, const QString &connectionId, const RenderOptions &)
{
    const ResolvedConnection rc = resolveConnection(state, connectionId);
    QString out = peerHeader(u"strongSwan ipsec.conf"_s, rc) + u"config setup\n"_s;
    if (!rc.known)
        return out;
    const IpsecSiteConnection &c = rc.connection;
    out += u"\nconn "_s + sectionName(c.id) + u'\n';
    ConnWriter w(&out, ConnWriter::Style::Peer);
    if (rc.ikePolicy)
        w.set(u"keyexchange"_s, strongSwanKeyword(rc.ikePolicy->ikeVersion.api()));
    w.set(u"authby"_s, u"psk"_s);
    w.setToken(u"left"_s, c.peerAddress);
    w.set(u"leftsubnet"_s, rc.peerCidrs.join(u','));
    w.setToken(u"leftid"_s, rc.peerId);
    w.setToken(u"right"_s, rc.externalIp);
    w.set(u"rightsubnet"_s, rc.localCidrs.join(u','));
    w.setToken(u"rightid"_s, rc.localId);
    w.set(u"auto"_s, u"route"_s);
    w.set(u"dpdaction"_s, classicDpdAction(c.dpd));
    if (!dpdDisabled(c.dpd)) {
        w.set(u"dpddelay"_s, seconds(c.dpd.interval));
        w.set(u"dpdtimeout"_s, seconds(c.dpd.timeout));
    }
    if (const std::optional<IkePolicy> &ike = rc.ikePolicy) {
        w.set(u"ike"_s, ikeProposal(*ike) + u'!');
        w.set(u"ikelifetime"_s, seconds(ike->lifetime.value));
        if (isAggressiveV1(*ike)) {
            for (const QString &line : aggressivePskNote(true))
                w.comment(line);
            w.set(u"aggressive"_s, u"yes"_s);
        }
    }
    if (const std::optional<IpsecPolicy> &ipsec = rc.ipsecPolicy) {
        w.set(isAh(*ipsec) ? u"ah"_s : u"esp"_s, childProposal(*ipsec) + u'!');
        w.set(u"lifetime"_s, seconds(ipsec->lifetime.value));
        w.set(u"type"_s, ipsec->encapsulationMode.api());
    }
    w.set(u"rekeymargin"_s, peerRekeyMargin(rc));
    w.set(u"keyingtries"_s, u"%forever"_s);
    w.set(u"mobike"_s, u"no"_s);
    return out;
}

QString renderPeerIpsecSecrets(const ServerState &state, const QString &connectionId, const RenderOptions &options)
{
    const ResolvedConnection rc = resolveConnection(state, connectionId);
    QString out = peerHeader(u"strongSwan ipsec.secrets"_s, rc);
    if (rc.known)
        out += tokenOrQuoted(rc.peerId) + u' ' + tokenOrQuoted(rc.localId) + u" : PSK "_s
            + pskText(rc.connection.psk, options.revealSecrets) + u'\n';
    return out;
}

QString renderPeerStrongSwanConf(const ServerState &state, const QString &connectionId, const RenderOptions &)
{
    const ResolvedConnection rc = resolveConnection(state, connectionId);
    SwanctlWriter w;
    const QString header = peerHeader(u"strongswan.conf drop-in"_s, rc);
    for (const QString &line : header.split(u'\n', Qt::SkipEmptyParts))
        w.comment(line.mid(2));
    const bool aggressive = rc.known && rc.ikePolicy && isAggressiveV1(*rc.ikePolicy);
    // Debian's and Fedora's packaged strongswan.conf ends with `include strongswan.d/*.conf`,
    // after its own charon section: a drop-in there wins over it and leaves the rest alone.
    const QStringList install{
        QString(),
        u"The charon settings a strongSwan peer needs (swanctl.conf or ipsec.conf); Libreswan"_s,
        u"does not read this file. Install it as /etc/"_s + kPeerStrongSwanConf,
        u"(Fedora, RHEL: /etc/strongswan/"_s + kPeerStrongSwanConf + u"): the packaged"_s,
        u"strongswan.conf includes strongswan.d/*.conf and stays as it is. If yours has no such"_s,
        u"include, copy what is inside charon { } below into its charon section instead."_s,
        u"charon-systemd reads the charon section too."_s,
        QString(),
    };
    for (const QString &line : install)
        w.comment(line);
    if (aggressive) {
        const QStringList why{
            u"IKEv1 aggressive mode with a pre-shared key (this connection's IKE policy): as"_s,
            u"responder, charon refuses it (\"Aggressive Mode PSK disabled for security reasons\";"_s,
            u"the router then logs AUTHENTICATION_FAILED) unless the switch below is set, and the"_s,
            u"switch holds for every connection of this charon. Aggressive mode sends the identities"_s,
            u"in clear and a hash that an eavesdropper can use to attack the key offline: prefer"_s,
            u"main mode (phase1_negotiation_mode = main in the IKE policy), which needs nothing here."_s,
            u"Apply with a restart of strongSwan or `swanctl --reload-settings`."_s,
        };
        for (const QString &line : why)
            w.comment(line);
    } else if (rc.known && rc.ikePolicy) {
        w.comment(u"This connection needs no charon setting beyond strongSwan's defaults: the section"_s);
        w.comment(u"below is empty, so the file changes nothing and may be left out. (IKEv1"_s);
        w.comment(u"aggressive mode with a pre-shared key would need a switch here.)"_s);
    } else {
        w.comment(u"The connection or its IKE policy is not known: nothing is set."_s);
    }
    w.open(u"charon"_s);
    if (aggressive)
        w.set(u"i_dont_care_about_security_and_use_aggressive_mode_psk"_s, u"yes"_s);
    w.close();
    return w.text();
}

QString renderPeerLibreswanConf(const ServerState &state, const QString &connectionId, const RenderOptions &)
{
    const ResolvedConnection rc = resolveConnection(state, connectionId);
    QString out = peerHeader(u"Libreswan ipsec.conf"_s, rc) + u"config setup\n"_s;
    // Libreswan 4 drops IKEv1 unless the global ikev1-policy allows it: pluto 4.10 refuses an
    // ikev2=never conn with "global ikev1-policy does not allow IKEv1 connections".
    if (rc.known && rc.ikePolicy && rc.ikePolicy->ikeVersion.api() == u"v1")
        out += u"    ikev1-policy=accept\n"_s;
    if (!rc.known)
        return out;
    const IpsecSiteConnection &c = rc.connection;
    out += u"\nconn "_s + sectionName(c.id) + u'\n';
    ConnWriter w(&out, ConnWriter::Style::Peer);
    const auto subnets = [&w](const QString &side, const QStringList &cidrs) {
        bool plain = true;
        for (const QString &cidr : cidrs)
            plain = plain && isPlainToken(cidr);
        if (cidrs.size() == 1)
            w.set(side + u"subnet"_s, cidrs.first());
        else if (plain)
            w.raw(side + u"subnets"_s, u"{ "_s + cidrs.join(u' ') + u" }"_s);
        else
            w.set(side + u"subnets"_s, cidrs.join(u' '));
    };
    w.setToken(u"left"_s, c.peerAddress);
    w.setToken(u"leftid"_s, rc.peerId);
    subnets(u"left"_s, rc.peerCidrs);
    w.setToken(u"right"_s, rc.externalIp);
    w.setToken(u"rightid"_s, rc.localId);
    subnets(u"right"_s, rc.localCidrs);
    w.set(u"authby"_s, u"secret"_s);
    w.set(u"auto"_s, u"start"_s);
    if (const std::optional<IkePolicy> &ike = rc.ikePolicy) {
        w.set(u"ikev2"_s, libreswanName(ike->ikeVersion.api()));
        w.set(u"ike"_s, libreswanIke(*ike));
        if (isAggressiveV1(*ike))
            w.set(u"aggressive"_s, u"yes"_s);
        w.set(u"ikelifetime"_s, seconds(ike->lifetime.value));
    }
    if (const std::optional<IpsecPolicy> &ipsec = rc.ipsecPolicy) {
        w.set(u"phase2"_s, ipsec->transformProtocol.api());
        w.set(u"phase2alg"_s, libreswanPhase2alg(*ipsec));
        w.set(u"type"_s, ipsec->encapsulationMode.api());
        w.set(u"lifetime"_s, seconds(ipsec->lifetime.value));
    }
    w.set(u"rekeymargin"_s, peerRekeyMargin(rc));
    w.set(u"keyingtries"_s, u"%forever"_s);
    if (!dpdDisabled(c.dpd)) {
        w.set(u"dpddelay"_s, QString::number(c.dpd.interval));
        w.set(u"dpdtimeout"_s, QString::number(c.dpd.timeout));
        w.set(u"dpdaction"_s, classicDpdAction(c.dpd));
    }
    if (c.mtu > 0)
        w.set(u"mtu"_s, QString::number(c.mtu));
    return out;
}

QString renderPeerLibreswanSecrets(const ServerState &state, const QString &connectionId, const RenderOptions &options)
{
    const ResolvedConnection rc = resolveConnection(state, connectionId);
    QString out = peerHeader(u"Libreswan ipsec.secrets"_s, rc);
    if (rc.known)
        out += tokenOrQuoted(rc.peerId) + u' ' + tokenOrQuoted(rc.localId) + u" : PSK "_s
            + pskText(rc.connection.psk, options.revealSecrets) + u'\n';
    return out;
}

QList<ConfigFile> renderPeerSide(const ServerState &state, const QString &connectionId, const RenderOptions &options)
{
    return {
        {u"swanctl.conf"_s, renderPeerSwanctlConf(state, connectionId, options), true},
        {u"ipsec.conf"_s, renderPeerIpsecConf(state, connectionId, options), false},
        {u"ipsec.secrets"_s, renderPeerIpsecSecrets(state, connectionId, options), true},
        {kPeerStrongSwanConf, renderPeerStrongSwanConf(state, connectionId, options), false},
        {u"libreswan/ipsec.conf"_s, renderPeerLibreswanConf(state, connectionId, options), false},
        {u"libreswan/ipsec.secrets"_s, renderPeerLibreswanSecrets(state, connectionId, options), true},
    };
}

} // namespace vpnaas::strongswan
