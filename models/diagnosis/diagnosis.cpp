// SPDX-License-Identifier: Apache-2.0
#include "diagnosis.h"

#include "strongswan/strongswannames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::diagnosis::Diagnosis)
};

using Side = EvidenceLine::Side;

/*! One line of either end, in time order. */
struct Seen {
    Side side;
    const CharonLogLine *line;
};

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

// The messages the catalogue reads, as strongSwan 5.5 to 6.0 word them (tests/data/charon-logs
// has real lines of 5.9.8 and the other versions' wording from their sources).
struct Patterns {
    QRegularExpression established = pattern(u"^IKE_SA \\S+\\[\\d+\\] established between"_s);
    // 6.0 logs a rekeyed CHILD_SA's two halves: "inbound CHILD_SA …{3} established", "outbound …".
    QRegularExpression childEstablished = pattern(u"^(?:inbound |outbound )?CHILD_SA \\S+\\{\\d+\\} established"_s);
    QRegularExpression pskMac = pattern(u"^tried \\d+ shared keys? for '([^']*)' - '([^']*)', but MAC mismatched"_s);
    QRegularExpression v1Decrypt = pattern(u"^(could not decrypt payloads|calculated HASH does not match HASH "
                                           u"payload|received HASH payload does not match|"
                                           "invalid (HASH|ID)_V1 payload length, decryption failed\\?)"_s);
    QRegularExpression invalidHash
        = pattern(u"^received (INVALID_HASH_INFORMATION|INVALID_PAYLOAD_TYPE) (error )?notify"_s);
    QRegularExpression authFailed = pattern(u"^received AUTHENTICATION_FAILED (notify error|error notify)"_s);
    QRegularExpression authOfPeerFailed
        = pattern(u"^(peer authentication failed|authentication of '[^']*' with [^ ]+ failed)"_s);
    // IKEv2 "looking for peer configs matching A[idA]...B[idB]", IKEv1 "looking for pre-shared key peer
    // configs matching A...B[idB]".
    QRegularExpression lookingFor = pattern(
        u"^looking for (?:[\\w-]+ )*peer configs matching ([^\\[\\s]+?)(?:\\[([^\\]]*)\\])?\\.\\.\\.([^\\[\\s]+)\\[([^\\]]*)\\]"_s);
    QRegularExpression noPeerConfig = pattern(u"^no (matching )?peer config found"_s);
    QRegularExpression idirMismatch = pattern(u"^IDir '([^']*)' does not match to '([^']*)'"_s);
    QRegularExpression v1ResponderParse
        = pattern(u"^(ID_PROT|AGGRESSIVE) request with message ID \\d+ processing failed"_s);
    QRegularExpression v1InitiatorParse
        = pattern(u"^(ignore malformed INFORMATIONAL request|INFORMATIONAL_V1 request with "
                  "message ID \\d+ processing failed)"_s);
    QRegularExpression parseFailed = pattern(u"^message parsing failed"_s);
    QRegularExpression idrMismatch = pattern(u"^received IDr (.+), but require (.+)$"_s);
    QRegularExpression receivedProposals = pattern(u"^received proposals: (.+)$"_s);
    QRegularExpression configuredProposals = pattern(u"^configured proposals: (.+)$"_s);
    // 5.5 and 5.6 say "inacceptable".
    QRegularExpression noProposal
        = pattern(u"^(no acceptable proposal found|no proposal found|no matching proposal found|"
                  "received proposals (?:un|in)acceptable)"_s);
    QRegularExpression noProposalNotify
        = pattern(u"^received NO_PROPOSAL_CHOSEN (notify error|error notify|notify)(, no CHILD_SA built)?"_s);
    QRegularExpression noIkeConfig = pattern(u"^no IKE config found for (\\S+)\\.\\.\\.(\\S+), sending"_s);
    QRegularExpression parsed = pattern(u"^parsed (\\w+) (request|response)"_s);
    QRegularExpression tsLocal = pattern(u"^traffic selectors (.+) === (.+) (?:un|in)acceptable"_s);
    // Before 5.7 without the selectors.
    QRegularExpression noTs = pattern(
        u"^(no acceptable traffic selectors found|no matching CHILD_SA config found(?: for (.+) === (.+))?$)"_s);
    QRegularExpression tsNotify = pattern(u"^received (TS_UNACCEPTABLE notify|INVALID_ID_INFORMATION error notify)"_s);
    // 5.9.8: "retransmit 1 of request with message ID 2" (IKEv2), "sending retransmit 1 of request
    // message ID 0, seq 1" (IKEv1).
    QRegularExpression retransmit = pattern(u"^(?:sending )?retransmit \\d+ of request (?:with )?message ID (\\d+)"_s);
    QRegularExpression giveUp
        = pattern(u"^(giving up after \\d+ retransmits|establishing IKE_SA failed, peer not responding|"
                  "peer not responding, trying again)"_s);
    QRegularExpression dpd = pattern(u"^(DPD check timed out|closing CHILD_SA .* due to DPD|.*dead peer detected)"_s);
    QRegularExpression aggressive = pattern(u"^Aggressive Mode PSK disabled for security reasons"_s);
    QRegularExpression receivedFrom = pattern(u"^received packet: from (\\S+)\\[\\d+\\]"_s);
    QRegularExpression sendingTo = pattern(u"^sending packet: from \\S+ to (\\S+)\\[\\d+\\]"_s);
};

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

bool isV1Exchange(const QString &exchange)
{
    static const QStringList v1
        = {u"ID_PROT"_s, u"AGGRESSIVE"_s, u"QUICK_MODE"_s, u"INFORMATIONAL_V1"_s, u"TRANSACTION"_s};
    return v1.contains(exchange, Qt::CaseInsensitive);
}

bool isV2Exchange(const QString &exchange)
{
    static const QStringList v2 = {u"IKE_SA_INIT"_s, u"IKE_AUTH"_s, u"CREATE_CHILD_SA"_s, u"INFORMATIONAL"_s};
    return v2.contains(exchange, Qt::CaseInsensitive);
}

/*! The end as the subject of a sentence. */
QString sideName(Side side)
{
    return side == Side::Own ? Text::tr("The network node") : Text::tr("The peer");
}

/*! The lines of both ends, oldest first; ties keep the own end's first. */
QList<Seen> mergeLines(const Evidence &evidence)
{
    QList<Seen> seen;
    seen.reserve(evidence.ownLines.size() + evidence.peerLines.size());
    for (const CharonLogLine &line : evidence.ownLines)
        seen.append({Side::Own, &line});
    for (const CharonLogLine &line : evidence.peerLines)
        seen.append({Side::Peer, &line});
    std::stable_sort(seen.begin(), seen.end(), [](const Seen &a, const Seen &b) {
        if (!a.line->time.isValid() || !b.line->time.isValid())
            return false;
        return a.line->time < b.line->time;
    });
    return seen;
}

/*! Our proposal from a policy's API values, as the renderers write it (no integrity with AEAD). */
Proposal ourProposal(const QString &protocol, const QString &encryption, const QString &auth, const QString &pfs)
{
    Proposal p;
    p.protocol = protocol;
    p.encryption = {strongswan::strongSwanKeyword(encryption)};
    if (!strongswan::isAeadName(encryption))
        p.integrity = {strongswan::strongSwanKeyword(auth)};
    if (!pfs.isEmpty())
        p.dhGroups = {strongswan::strongSwanKeyword(pfs)};
    return p;
}

Proposal ourIkeProposal(const strongswan::ResolvedConnection &c)
{
    if (!c.ikePolicy) {
        Proposal none;
        none.protocol = u"IKE"_s;
        return none;
    }
    return ourProposal(u"IKE"_s, c.ikePolicy->encryptionAlgorithm.api(), c.ikePolicy->authAlgorithm.api(),
                       c.ikePolicy->pfs.api());
}

Proposal ourEspProposal(const strongswan::ResolvedConnection &c)
{
    if (!c.ipsecPolicy) {
        Proposal none;
        none.protocol = u"ESP"_s;
        return none;
    }
    return ourProposal(u"ESP"_s, c.ipsecPolicy->encryptionAlgorithm.api(), c.ipsecPolicy->authAlgorithm.api(),
                       c.ipsecPolicy->pfs.api());
}

QString ikeVersionOf(const strongswan::ResolvedConnection &c)
{
    return c.ikePolicy ? c.ikePolicy->ikeVersion.api() : QString();
}

QString name(const strongswan::ResolvedConnection &c)
{
    return c.connection.name.isEmpty() ? c.connection.id : c.connection.name;
}

QString sectionName(const strongswan::ResolvedConnection &c)
{
    return c.connection.id.isEmpty() ? u"<connection>"_s : c.connection.id;
}

/*! Lines of the peer's swanctl.conf, inside the connection's section. */
QString peerConnSnippet(const strongswan::ResolvedConnection &c, const QStringList &lines)
{
    QString text = u"connections {\n    %1 {\n"_s.arg(sectionName(c));
    for (const QString &line : lines)
        text += u"        "_s + line + u'\n';
    text += u"    }\n}\n"_s;
    return text;
}

QString peerChildSnippet(const strongswan::ResolvedConnection &c, const QStringList &lines)
{
    QString text = u"connections {\n    %1 {\n        children {\n            %1 {\n"_s.arg(sectionName(c));
    for (const QString &line : lines)
        text += u"                "_s + line + u'\n';
    text += u"            }\n        }\n    }\n}\n"_s;
    return text;
}

class Builder
{
public:
    explicit Builder(const Evidence &evidence) { m_d.simulated = evidence.simulated; }

    Diagnosis &d() { return m_d; }

    void problem(const QString &code, const QString &title, const QString &explanation, bool certain)
    {
        m_d.outcome = Diagnosis::Outcome::Problem;
        m_d.code = code;
        m_d.title = title;
        m_d.explanation = explanation;
        m_d.certain = certain;
    }

    void key(const Seen &seen) { addLine(seen, true); }
    void context(const Seen &seen) { addLine(seen, false); }

    void neutron(ResourceKind kind, const QString &id, const QString &field, const QString &value, const QString &text)
    {
        Fix fix;
        fix.where = Fix::Where::Neutron;
        fix.kind = kind;
        fix.resourceId = id;
        fix.field = field;
        fix.value = value;
        fix.text = text;
        m_d.fixes.append(fix);
    }
    void peer(const QString &text, const QString &snippet)
    {
        Fix fix;
        fix.where = Fix::Where::Peer;
        fix.text = text;
        fix.peerSnippet = snippet;
        m_d.fixes.append(fix);
    }
    void network(const QString &text)
    {
        Fix fix;
        fix.where = Fix::Where::Network;
        fix.text = text;
        m_d.fixes.append(fix);
    }

private:
    void addLine(const Seen &seen, bool isKey)
    {
        for (EvidenceLine &line : m_d.evidence) {
            if (line.side == seen.side && line.line == *seen.line) {
                line.key = line.key || isKey;
                return;
            }
        }
        m_d.evidence.append({seen.side, *seen.line, isKey});
    }

    Diagnosis m_d;
};

/*! The newest line of \a lines (from \a from on) matching \a re, on \a side if given. */
std::optional<Seen> newest(const QList<Seen> &lines, qsizetype from, const QRegularExpression &re,
                           std::optional<Side> side = std::nullopt, QRegularExpressionMatch *match = nullptr)
{
    for (qsizetype i = lines.size() - 1; i >= from; --i) {
        if (side && lines[i].side != *side)
            continue;
        QRegularExpressionMatch m = re.match(lines[i].line->message);
        if (m.hasMatch()) {
            if (match)
                *match = m;
            return lines[i];
        }
    }
    return std::nullopt;
}

/*! The newest line before index \a before matching \a re on \a side. */
std::optional<Seen> newestBefore(const QList<Seen> &lines, qsizetype from, qsizetype before,
                                 const QRegularExpression &re, Side side, QRegularExpressionMatch *match = nullptr)
{
    for (qsizetype i = before - 1; i >= from; --i) {
        if (lines[i].side != side)
            continue;
        QRegularExpressionMatch m = re.match(lines[i].line->message);
        if (m.hasMatch()) {
            if (match)
                *match = m;
            return lines[i];
        }
    }
    return std::nullopt;
}

qsizetype indexOf(const QList<Seen> &lines, const Seen &seen)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].line == seen.line)
            return i;
    }
    return -1;
}

QString versionOfExchanges(const QList<Seen> &lines, qsizetype from, qsizetype to, Side side)
{
    for (qsizetype i = std::min(to, lines.size() - 1); i >= from; --i) {
        if (lines[i].side != side)
            continue;
        const auto m = patterns().parsed.match(lines[i].line->message);
        if (!m.hasMatch())
            continue;
        if (isV1Exchange(m.captured(1)))
            return u"v1"_s;
        if (isV2Exchange(m.captured(1)))
            return u"v2"_s;
    }
    return {};
}

/*! A CIDR list from charon's printed traffic selectors, without ports and protocols ("10.3.0.0/24[udp]"). */
QStringList cidrsOf(const QString &selectors)
{
    QStringList cidrs;
    for (QString part : selectors.split(QRegularExpression(u"[ ,]+"_s), Qt::SkipEmptyParts)) {
        const qsizetype bracket = part.indexOf(u'[');
        if (bracket > 0)
            part.truncate(bracket);
        if (part.contains(u'/') && !cidrs.contains(part))
            cidrs.append(part);
    }
    return cidrs;
}

void addProposalComparison(Builder &b, const QString &protocol, const Proposal &ours, const Proposal &theirs,
                           const QString &source, bool ignoreDh)
{
    ProposalComparison row;
    row.protocol = protocol;
    row.ours = ours;
    row.theirs = theirs;
    row.difference = compareProposals(ours, theirs);
    if (ignoreDh)
        row.difference.dhGroup = false;
    row.theirsSource = source;
    b.d().proposals.append(row);
}

void proposalFixes(Builder &b, const strongswan::ResolvedConnection &c, const ProposalComparison &row, bool esp)
{
    const ResourceKind kind = esp ? ResourceKind::IpsecPolicy : ResourceKind::IkePolicy;
    const QString id = esp ? c.connection.ipsecpolicyId : c.connection.ikepolicyId;
    const QString policy = esp ? Text::tr("IPsec policy") : Text::tr("IKE policy");
    if (row.difference.encryption && !row.theirs.encryption.isEmpty()) {
        const QString value = apiValueOfKeyword(row.theirs.encryption.constFirst());
        b.neutron(kind, id, u"encryption_algorithm"_s, value,
                  value.isEmpty()
                      ? Text::tr("Set the %1's encryption algorithm to one the peer offers (%2): Neutron has "
                                 "no name for %2, so change the peer instead.")
                            .arg(policy, row.theirs.encryption.constFirst())
                      : Text::tr("Set the %1's encryption algorithm to %2, as the peer has it.").arg(policy, value));
    }
    if (row.difference.integrity && !row.theirs.integrity.isEmpty()) {
        const QString value = apiValueOfKeyword(row.theirs.integrity.constFirst());
        b.neutron(kind, id, u"auth_algorithm"_s, value,
                  value.isEmpty()
                      ? Text::tr("The peer uses the integrity algorithm %1, which Neutron does not offer: "
                                 "change the peer instead.")
                            .arg(row.theirs.integrity.constFirst())
                      : Text::tr("Set the %1's authorization algorithm to %2, as the peer has it.").arg(policy, value));
    }
    if (row.difference.dhGroup) {
        const QString value
            = row.theirs.dhGroups.isEmpty() ? QString() : apiValueOfKeyword(row.theirs.dhGroups.constFirst());
        if (!value.isEmpty() || !esp) {
            b.neutron(kind, id, u"pfs"_s, value,
                      value.isEmpty()
                          ? Text::tr("Set the %1's PFS group to the peer's.").arg(policy)
                          : Text::tr("Set the %1's PFS group to %2, as the peer has it.").arg(policy, value));
        } else {
            b.network(Text::tr("The peer does not use perfect forward secrecy, and Neutron always does: turn PFS on at "
                               "the peer with the group of the %1.")
                          .arg(policy));
        }
    }
    if (!b.d().fixes.isEmpty())
        b.network(Text::tr("Neutron does not change a policy that connections use: create another %1 with these values "
                           "and recreate the connection with it, or make the peer match (below).")
                      .arg(policy));
    const QString keywords = row.ours.keywords();
    if (esp) {
        b.peer(Text::tr("Or make the peer use our ESP proposal (swanctl.conf):"),
               peerChildSnippet(c, {u"esp_proposals = %1"_s.arg(keywords)}));
    } else {
        b.peer(Text::tr("Or make the peer use our IKE proposal (swanctl.conf):"),
               peerConnSnippet(c, {u"proposals = %1"_s.arg(keywords)}));
    }
}

QString ikeVersionNumber(const QString &api)
{
    return api == u"v1" ? u"1"_s : u"2"_s;
}

} // namespace

QString ProposalComparison::summary() const
{
    return u"ours: %1 · peer: %2"_s.arg(ours.keywords(), theirs.keywords().isEmpty() ? u"?"_s : theirs.keywords());
}

QStringList diagnosisCodes()
{
    return {u"healthy"_s,
            u"psk-mismatch"_s,
            u"ike-proposal-mismatch"_s,
            u"esp-proposal-mismatch"_s,
            u"pfs-mismatch"_s,
            u"ike-version-mismatch"_s,
            u"peer-id-mismatch"_s,
            u"local-id-mismatch"_s,
            u"ts-mismatch"_s,
            u"peer-unreachable"_s,
            u"peer-no-config"_s,
            u"aggressive-psk-refused"_s,
            u"dead-peer"_s,
            u"one-way-traffic"_s,
            u"unknown"_s};
}

int exitCode(const Diagnosis &diagnosis)
{
    switch (diagnosis.outcome) {
    case Diagnosis::Outcome::Healthy:
        return 0;
    case Diagnosis::Outcome::Problem:
        return 1;
    case Diagnosis::Outcome::Unknown:
        break;
    }
    return 2;
}

namespace {

Diagnosis diagnoseUnsorted(const Evidence &evidence)
{
    const Patterns &p = patterns();
    const strongswan::ResolvedConnection &c = evidence.connection;
    Builder b(evidence);
    Diagnosis &d = b.d();
    const QString connName = name(c);

    if (!evidence.ownAttached && !evidence.peerAttached && evidence.ownLines.isEmpty()
        && evidence.peerLines.isEmpty()) {
        d.outcome = Diagnosis::Outcome::Unknown;
        d.code = u"unknown"_s;
        d.title = Text::tr("Cannot tell yet");
        d.explanation = Text::tr("No strongSwan daemon is attached to this connection, so there is no log and no SA "
                                 "state to read.");
        d.missing = {Text::tr("Attach the VICI socket of the network node that runs the connection's router "
                              "(Monitoring ▸ strongSwan endpoints), or the peer gateway's.")};
        return d;
    }

    const QList<Seen> everything = mergeLines(evidence);

    // The current episode: everything after the last CHILD_SA that came up (earlier failures
    // were overcome), unless the tunnel is down again since.
    // Each end's part of it starts after that end's last CHILD_SA (log times have whole seconds
    // only, so the two ends' lines of one second cannot be ordered against each other).
    const std::optional<Seen> lastChildUp = newest(everything, 0, p.childEstablished);
    QList<Seen> lines;
    {
        const std::optional<Seen> ownUp = newest(everything, 0, p.childEstablished, Side::Own);
        const std::optional<Seen> peerUp = newest(everything, 0, p.childEstablished, Side::Peer);
        const qsizetype ownFrom = ownUp ? indexOf(everything, *ownUp) + 1 : 0;
        const qsizetype peerFrom = peerUp ? indexOf(everything, *peerUp) + 1 : 0;
        for (qsizetype i = 0; i < everything.size(); ++i) {
            if (i >= (everything[i].side == Side::Own ? ownFrom : peerFrom))
                lines.append(everything[i]);
        }
    }
    const qsizetype episode = 0;

    QRegularExpressionMatch m;

    // --- Aggressive mode refused by a strongSwan responder --------------------------------
    if (const auto refused = newest(lines, episode, p.aggressive)) {
        b.problem(u"aggressive-psk-refused"_s, Text::tr("Aggressive mode refused by the peer"),
                  Text::tr("The peer's strongSwan refuses IKEv1 aggressive mode with a pre-shared key: it does so "
                           "unless its strongswan.conf allows it, because aggressive mode exposes a hash of the key "
                           "to anyone listening."),
                  true);
        b.key(*refused);
        if (const auto notify = newest(lines, episode, p.authFailed))
            b.context(*notify);
        b.neutron(ResourceKind::IkePolicy, c.connection.ikepolicyId, u"phase1_negotiation_mode"_s, u"main"_s,
                  Text::tr("Use main mode: set the IKE policy's phase 1 negotiation mode to main (the peer's "
                           "connection must then use main mode too)."));
        b.peer(Text::tr("Or allow it at the peer, in its strongswan.conf (the console's peer files include this "
                        "setting as strongswan.d/vpnaas-peer.conf):"),
               u"charon {\n    i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n"_s);
        return d;
    }

    // --- IKE version, or no connection at all --------------------------------------------------
    if (const auto noConfig = newest(lines, episode, p.noIkeConfig, std::nullopt, &m)) {
        const qsizetype at = indexOf(lines, *noConfig);
        const QString received = versionOfExchanges(lines, episode, at, noConfig->side);
        const QString ours = ikeVersionOf(c);
        const QString other = ours == u"v1" ? u"v2"_s : u"v1"_s;
        const auto versionMismatch = [&](const QString &theirs, bool certain) {
            b.problem(u"ike-version-mismatch"_s, Text::tr("IKE version mismatch"),
                      noConfig->side == Side::Own
                          ? Text::tr("The peer speaks IKE%1, and this connection's IKE policy says IKE%2: the network "
                                     "node has no connection for IKE%1 and refuses.")
                                .arg(theirs, ours)
                          : Text::tr("The network node speaks IKE%1 (the IKE policy), and the peer's connection for it "
                                     "is configured for IKE%2.")
                                .arg(ours, theirs),
                      certain);
            b.key(*noConfig);
            b.neutron(ResourceKind::IkePolicy, c.connection.ikepolicyId, u"ike_version"_s, theirs,
                      Text::tr("Set the IKE policy's IKE version to %1, as the peer has it.").arg(theirs));
            b.peer(Text::tr("Or make the peer use IKE%1 (swanctl.conf):").arg(ours),
                   peerConnSnippet(c, {u"version = %1"_s.arg(ikeVersionNumber(ours))}));
        };
        if (noConfig->side == Side::Own && !received.isEmpty() && !ours.isEmpty() && received != ours) {
            versionMismatch(received, true);
            return d;
        }
        if (noConfig->side == Side::Peer) {
            std::optional<int> peerVersion; // of the peer's conn for these addresses, if it has one
            if (evidence.peerConns) {
                for (const ConfiguredConn &conn : *evidence.peerConns) {
                    if (conn.matchesAddresses(c.connection.peerAddress, c.externalIp)) {
                        peerVersion = conn.version;
                        break;
                    }
                }
            }
            const int oursNumber = ours == u"v1" ? 1 : 2;
            if (peerVersion && *peerVersion != 0 && *peerVersion != oursNumber) {
                versionMismatch(u"v%1"_s.arg(*peerVersion), true);
                return d;
            }
            if (!peerVersion) {
                const bool known = evidence.peerConns.has_value();
                b.problem(u"peer-no-config"_s, Text::tr("The peer has no connection for this network node"),
                          Text::tr("The peer got an IKE%1 request from %2 and found no connection for %2…%3 with "
                                   "IKE%1, so it refused.")
                              .arg(received.isEmpty() ? ours : received, c.externalIp, c.connection.peerAddress),
                          known);
                b.key(*noConfig);
                if (!known) {
                    d.alternatives = {Text::tr("The peer's connection for these addresses uses IKE%1 (an IKE version "
                                               "mismatch).")
                                          .arg(other)};
                    d.missing = {Text::tr("The peer's loaded connections (VICI list-conns) would settle it.")};
                    b.neutron(ResourceKind::IkePolicy, c.connection.ikepolicyId, u"ike_version"_s, other,
                              Text::tr("If the peer uses IKE%1: set the IKE policy's IKE version to %1.").arg(other));
                }
                b.peer(Text::tr("Load a connection for the network node at the peer (swanctl.conf; the console's peer "
                                "files have all of it):"),
                       peerConnSnippet(c,
                                       {u"version = %1"_s.arg(ikeVersionNumber(ours)),
                                        u"local_addrs = %1"_s.arg(c.connection.peerAddress),
                                        u"remote_addrs = %1"_s.arg(c.externalIp)}));
                return d;
            }
        }
    }

    // --- Pre-shared key -----------------------------------------------------------------------
    if (const auto mac = newest(lines, episode, p.pskMac)) {
        b.problem(u"psk-mismatch"_s, Text::tr("Pre-shared key mismatch"),
                  Text::tr("%1 found a pre-shared key for the two identities, but the other end's proof was made "
                           "with a different key: the two ends do not have the same pre-shared key.")
                      .arg(sideName(mac->side)),
                  true);
        b.key(*mac);
        if (const auto notify = newest(lines, episode, p.authFailed))
            b.context(*notify);
    } else if (const auto responder = newest(lines, episode, p.v1ResponderParse); responder
               && newestBefore(lines, episode, indexOf(lines, *responder), p.parseFailed, responder->side)
                      .has_value()) {
        b.problem(u"psk-mismatch"_s, Text::tr("Pre-shared key mismatch"),
                  Text::tr("%1 could not read the other end's IKEv1 identification: in main mode it is encrypted with "
                           "a key made from the pre-shared key, so the two ends do not have the same pre-shared key.")
                      .arg(sideName(responder->side)),
                  true);
        if (const auto parse = newestBefore(lines, episode, indexOf(lines, *responder), p.parseFailed, responder->side))
            b.context(*parse);
        b.key(*responder);
    } else if (const auto v1 = newest(lines, episode, p.v1Decrypt)) {
        b.problem(u"psk-mismatch"_s, Text::tr("Pre-shared key mismatch"),
                  Text::tr("%1 could not decrypt the other end's IKEv1 identification: in main mode its key is "
                           "derived from the pre-shared key, so the two ends do not have the same pre-shared key.")
                      .arg(sideName(v1->side)),
                  true);
        b.key(*v1);
        if (const auto notify = newest(lines, episode, p.invalidHash))
            b.context(*notify);
    }
    if (d.code != u"psk-mismatch") {
        // IKEv1 initiator: the peer answers, but with messages made with another key.
        const auto initiator = newest(lines, episode, p.v1InitiatorParse);
        if (initiator && newestBefore(lines, episode, indexOf(lines, *initiator), p.parseFailed, initiator->side)) {
            b.problem(u"psk-mismatch"_s, Text::tr("Pre-shared key mismatch, most likely"),
                      Text::tr("The peer answers, but %1 cannot read its encrypted IKEv1 messages: they are made with "
                               "a key from another pre-shared key.")
                          .arg(initiator->side == Side::Own ? Text::tr("the network node") : Text::tr("the peer")),
                      false);
            b.key(*initiator);
            if (const auto giveUp = newest(lines, episode, p.giveUp))
                b.context(*giveUp);
            d.missing = {Text::tr("The peer's log would settle it: attach the peer gateway's charon.")};
        }
    }
    if (d.code == u"psk-mismatch") {
        b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"psk"_s, QString(),
                  Text::tr("Set the connection's pre-shared key to the peer's (or give the peer this connection's "
                           "key). Both ends must hold exactly the same key."));
        b.peer(Text::tr("Or give the peer the connection's key (swanctl.conf; the console's peer files carry it):"),
               u"secrets {\n    ike-%1 {\n        secret = <the pre-shared key of %2>\n    }\n}\n"_s.arg(sectionName(c),
                                                                                                         connName));
        return d;
    }

    // --- Identities -----------------------------------------------------------------------------
    if (const auto idr = newest(lines, episode, p.idrMismatch, std::nullopt, &m)) {
        const QString received = m.captured(1).trimmed();
        const bool own = idr->side == Side::Own;
        b.problem(own ? u"peer-id-mismatch"_s : u"local-id-mismatch"_s, Text::tr("Identity mismatch"),
                  own ? Text::tr("The peer identifies itself as %1, and this connection expects %2 (its peer id).")
                            .arg(received, m.captured(2).trimmed())
                      : Text::tr("The network node identifies itself as %1, and the peer expects %2.")
                            .arg(received, m.captured(2).trimmed()),
                  true);
        b.key(*idr);
        if (own)
            b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"peer_id"_s, received,
                      Text::tr("Set the connection's peer id to %1, the identity the peer sends.").arg(received));
        else
            b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"local_id"_s, m.captured(2).trimmed(),
                      Text::tr("Set the connection's local id to %1, the identity the peer expects.")
                          .arg(m.captured(2).trimmed()));
        return d;
    }
    if (const auto idir = newest(lines, episode, p.idirMismatch, std::nullopt, &m)) {
        const QString received = m.captured(1);
        const QString expected = m.captured(2);
        const bool own = idir->side == Side::Own;
        b.problem(own ? u"peer-id-mismatch"_s : u"local-id-mismatch"_s, Text::tr("Identity mismatch"),
                  own ? Text::tr("The peer identifies itself as %1, and this connection expects %2 (its peer id).")
                            .arg(received, expected)
                      : Text::tr("The network node identifies itself as %1, and the peer expects %2.")
                            .arg(received, expected),
                  true);
        b.key(*idir);
        if (own) {
            b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"peer_id"_s, received,
                      Text::tr("Set the connection's peer id to %1, the identity the peer sends.").arg(received));
            b.peer(Text::tr("Or make the peer send the identity this connection expects (swanctl.conf):"),
                   peerConnSnippet(c, {u"local {"_s, u"    id = %1"_s.arg(expected), u"}"_s}));
        } else {
            b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"local_id"_s, expected,
                      Text::tr("Set the connection's local id to %1, the identity the peer expects.").arg(expected));
        }
        return d;
    }
    if (const auto noPeer = newest(lines, episode, p.noPeerConfig)) {
        const qsizetype at = indexOf(lines, *noPeer);
        QRegularExpressionMatch looking;
        const auto lookingLine = newestBefore(lines, episode, at, p.lookingFor, noPeer->side, &looking);
        const auto bare = [](QString id) {
            while (id.startsWith(u'@'))
                id.remove(0, 1);
            return id;
        };
        // "matching A[asked]...B[sent]": the responder A was asked to be `asked` (IKEv2, when the
        // initiator names whom it wants) and the initiator B says it is `sent`.
        const QString responder = lookingLine ? looking.captured(1).trimmed() : QString();
        const QString asked = lookingLine ? looking.captured(2).trimmed() : QString();
        const QString sent = lookingLine ? looking.captured(4).trimmed() : QString();
        const QString ourLocalId = bare(c.localId.isEmpty() ? c.externalIp : c.localId);
        const QString ourPeerId = bare(c.peerId.isEmpty() ? c.connection.peerId : c.peerId);
        const bool askedForSomeoneElse = !asked.isEmpty() && asked != responder && asked != u"%any";
        bool peerIdWrong = false; // else: the network node's own identity is not what the peer wants
        QString peerSays; // the peer's identity, from its loaded conns
        QString expected; // the identity the refusing end would have accepted, when the log shows it
        if (noPeer->side == Side::Peer) {
            // The peer refused us: we asked it to be our peer id (and it is not), or it does not know our id.
            peerIdWrong = askedForSomeoneElse && bare(asked) == ourPeerId;
            // Its loaded conns say which: its own identity, and the one it expects of us.
            if (evidence.peerConns) {
                for (const ConfiguredConn &conn : *evidence.peerConns) {
                    if (!conn.matchesAddresses(c.connection.peerAddress, c.externalIp))
                        continue;
                    if (!conn.localId.isEmpty() && bare(conn.localId) != ourPeerId && conn.localId != u"%any") {
                        peerIdWrong = true;
                        peerSays = bare(conn.localId);
                    } else if (!conn.remoteId.isEmpty() && bare(conn.remoteId) != ourLocalId
                               && conn.remoteId != u"%any") {
                        peerIdWrong = false;
                        expected = conn.remoteId;
                    }
                    break;
                }
            }
        } else {
            // We refused the peer: it asked us to be someone else (our local id is wrong to it), or it
            // says it is someone our connection does not expect.
            peerIdWrong = !(askedForSomeoneElse && bare(asked) != ourLocalId);
            expected = askedForSomeoneElse ? asked : QString();
        }
        if (peerIdWrong) {
            const QString peerSends = noPeer->side == Side::Own ? sent : peerSays;
            b.problem(u"peer-id-mismatch"_s, Text::tr("Identity mismatch"),
                      noPeer->side == Side::Own
                          ? Text::tr("The peer identifies itself as %1; this connection expects %2 (its peer id), "
                                     "so the network node has no connection for it.")
                                .arg(sent.isEmpty() ? Text::tr("something else") : sent, ourPeerId)
                          : peerSays.isEmpty()
                          ? Text::tr("The network node asks the peer to be %1 (the connection's peer id), and the "
                                     "peer has no connection with that identity.")
                                .arg(ourPeerId)
                          : Text::tr("The peer is %1 (its connection's local id), and this connection expects %2 (its "
                                     "peer id).")
                                .arg(peerSays, ourPeerId),
                      true);
            b.neutron(
                ResourceKind::IpsecSiteConnection, c.connection.id, u"peer_id"_s, peerSends,
                peerSends.isEmpty()
                    ? Text::tr("Set the connection's peer id to the identity the peer has (often its address, "
                               "%1).")
                          .arg(c.connection.peerAddress)
                    : Text::tr("Set the connection's peer id to %1, the identity the peer sends.").arg(peerSends));
            b.peer(Text::tr("Or make the peer use the identity this connection expects (swanctl.conf):"),
                   peerConnSnippet(c, {u"local {"_s, u"    id = %1"_s.arg(ourPeerId), u"}"_s}));
        } else {
            b.problem(u"local-id-mismatch"_s, Text::tr("Identity mismatch"),
                      noPeer->side == Side::Peer && expected.isEmpty()
                          ? Text::tr("The network node identifies itself as %1 (the connection's local id, or its "
                                     "external IP), and the peer has no connection for that identity.")
                                .arg(sent.isEmpty() ? ourLocalId : sent)
                          : noPeer->side == Side::Peer
                          ? Text::tr("The network node identifies itself as %1, and the peer expects %2 (its "
                                     "connection's remote id).")
                                .arg(sent.isEmpty() ? ourLocalId : sent, expected)
                          : Text::tr("The peer asks the network node to be %1, and the connection's local id is %2.")
                                .arg(expected, ourLocalId),
                      true);
            b.neutron(
                ResourceKind::IpsecSiteConnection, c.connection.id, u"local_id"_s, expected,
                expected.isEmpty()
                    ? Text::tr("Set the connection's local id to the identity the peer expects for this "
                               "network node.")
                    : Text::tr("Set the connection's local id to %1, the identity the peer expects.").arg(expected));
            b.peer(Text::tr("Or make the peer expect the identity the network node sends (swanctl.conf):"),
                   peerConnSnippet(c, {u"remote {"_s, u"    id = %1"_s.arg(ourLocalId), u"}"_s}));
        }
        if (lookingLine)
            b.context(*lookingLine);
        b.key(*noPeer);
        if (const auto notify = newest(lines, episode, p.authFailed))
            b.context(*notify);
        return d;
    }

    // --- Proposals (IKE, ESP, PFS) ----------------------------------------------------------
    if (const auto none = newest(lines, episode, p.noProposal)) {
        const qsizetype at = indexOf(lines, *none);
        QRegularExpressionMatch rm;
        QRegularExpressionMatch cm;
        const auto receivedLine = newestBefore(lines, episode, at, p.receivedProposals, none->side, &rm);
        const auto configuredLine = newestBefore(lines, episode, at, p.configuredProposals, none->side, &cm);
        const QList<Proposal> received = receivedLine ? parseProposals(rm.captured(1)) : QList<Proposal>();
        const QList<Proposal> configured = configuredLine ? parseProposals(cm.captured(1)) : QList<Proposal>();
        const QString protocol = !received.isEmpty() ? received.constFirst().protocol
            : !configured.isEmpty()                  ? configured.constFirst().protocol
                                                     : u"IKE"_s;
        const bool esp = protocol != u"IKE";
        const Proposal ours = esp ? ourEspProposal(c) : ourIkeProposal(c);
        // On the own end the peer's proposal is what it sent; on the peer's, what it is configured with.
        const QList<Proposal> &theirsList = none->side == Side::Own ? received : configured;
        const Proposal theirs = theirsList.isEmpty() ? Proposal{} : theirsList.constFirst();
        const bool v2 = ikeVersionOf(c) == u"v2";
        // IKEv2 makes the first CHILD_SA without a key exchange of its own: its proposals carry no DH group.
        const bool ignoreDh = esp && v2 && (theirs.dhGroups.isEmpty() || ours.dhGroups.isEmpty());
        addProposalComparison(b, protocol, ours, theirs,
                              none->side == Side::Own ? Text::tr("what the peer sent")
                                                      : Text::tr("the peer's configuration (its log)"),
                              ignoreDh);
        const ProposalComparison &row = d.proposals.constLast();
        const bool pfsOnly = esp && row.difference.dhGroup && !row.difference.encryption && !row.difference.integrity;
        const QString code = !esp ? u"ike-proposal-mismatch"_s
            : pfsOnly             ? u"pfs-mismatch"_s
                                  : u"esp-proposal-mismatch"_s;
        const QString title = !esp ? Text::tr("IKE proposal mismatch")
            : pfsOnly              ? Text::tr("PFS mismatch")
                                   : Text::tr("ESP proposal mismatch");
        const QString explanation = !esp
            ? Text::tr("The two ends share no IKE (phase 1) proposal: %1.").arg(row.summary())
            : pfsOnly
            ? Text::tr("The ESP algorithms agree, but the perfect forward secrecy (DH) groups differ: %1.")
                  .arg(row.summary())
            : Text::tr("The IKE SA is up, but the two ends share no ESP (phase 2) proposal: %1.").arg(row.summary());
        QString why = explanation;
        if (esp && lastChildUp && indexOf(lines, *lastChildUp) < at)
            why += u' '
                + Text::tr("The CHILD_SA made with the IKE SA is up (IKEv2 makes it without a key exchange of its "
                           "own); the next one fails, so the tunnel goes down when this one expires.");
        b.problem(code, title, why, !theirs.logged.isEmpty());
        if (receivedLine)
            b.context(*receivedLine);
        if (configuredLine)
            b.context(*configuredLine);
        b.key(*none);
        if (const auto notify = newest(lines, episode, p.noProposalNotify))
            b.context(*notify);
        if (theirs.logged.isEmpty())
            d.missing.append(Text::tr("The peer's proposal is not in the evidence: attach the peer gateway's charon "
                                      "to see it side by side."));
        proposalFixes(b, c, row, esp);
        return d;
    }

    // --- Traffic selectors --------------------------------------------------------------------
    {
        std::optional<Seen> ts = newest(lines, episode, p.tsLocal, std::nullopt, &m);
        QString theirsTs;
        QString oursTs;
        if (ts) {
            // "traffic selectors A === B unacceptable" on the end that refused: A its remote, B its local? charon
            // prints them as the initiator's TSi === TSr.
            theirsTs = m.captured(1);
            oursTs = m.captured(2);
        } else if ((ts = newest(lines, episode, p.noTs, std::nullopt, &m))) {
            theirsTs = m.captured(2);
            oursTs = m.captured(3);
        }
        const auto notify = newest(lines, episode, p.tsNotify);
        // IKEv1 answers quick mode selectors it has no config for with INVALID_ID_INFORMATION.
        const bool quickModeRefused = notify && notify->line->message.contains(u"INVALID_ID_INFORMATION")
            && newestBefore(lines, episode, indexOf(lines, *notify), p.established, notify->side).has_value();
        if (ts || (notify && notify->line->message.contains(u"TS_UNACCEPTABLE")) || quickModeRefused) {
            const Seen &keyLine = ts ? *ts : *notify;
            b.problem(u"ts-mismatch"_s, Text::tr("Traffic selector mismatch"),
                      Text::tr("The IKE SA is up, but the ends disagree on which subnets the tunnel carries: this "
                               "connection has %1 (local) and %2 (peer).")
                          .arg(c.localCidrs.join(u", "), c.peerCidrs.join(u", ")),
                      ts.has_value() || !quickModeRefused);
            b.key(keyLine);
            if (ts && notify)
                b.context(*notify);
            // A selector the peer proposed that is not ours: its subnets, as it sees them.
            QStringList peerSubnets;
            if (ts && ts->side == Side::Own) {
                // Our end refused what the peer proposed: in TSi === TSr the peer's own side comes first
                // when the peer initiated.
                for (const QString &cidr : cidrsOf(theirsTs + u' ' + oursTs)) {
                    if (!c.localCidrs.contains(cidr))
                        peerSubnets.append(cidr);
                }
            }
            // Neutron cannot change an endpoint group's endpoints: the connection gets another group.
            if (!c.connection.peerEpGroupId.isEmpty()) {
                b.neutron(
                    ResourceKind::IpsecSiteConnection, c.connection.id, u"peer_ep_group_id"_s, QString(),
                    peerSubnets.isEmpty()
                        ? Text::tr("Give the connection a peer endpoint group with exactly the subnets the peer "
                                   "announces (endpoint groups cannot be changed: create one, then choose it).")
                        : Text::tr("Give the connection a peer endpoint group with the subnets the peer "
                                   "announces, %1 (endpoint groups cannot be changed: create one, then choose it).")
                              .arg(peerSubnets.join(u", ")));
            } else {
                b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"peer_cidrs"_s, peerSubnets.join(u','),
                          Text::tr("Make the connection's peer CIDRs the subnets the peer announces."));
            }
            b.peer(Text::tr("Or make the peer announce the subnets this connection expects (swanctl.conf):"),
                   peerChildSnippet(c,
                                    {u"local_ts = %1"_s.arg(c.peerCidrs.join(u", ")),
                                     u"remote_ts = %1"_s.arg(c.localCidrs.join(u", "))}));
            return d;
        }
    }

    // --- Authentication failed, seen from one end only ------------------------------------------
    if (const auto notify = newest(lines, episode, p.authFailed)) {
        const bool aggressive
            = c.ikePolicy && c.ikePolicy->phase1NegotiationMode.api() == u"aggressive" && ikeVersionOf(c) == u"v1";
        if (aggressive) {
            b.problem(u"aggressive-psk-refused"_s, Text::tr("Aggressive mode refused by the peer"),
                      Text::tr("The peer refused the authentication of an IKEv1 aggressive mode exchange. A strongSwan "
                               "peer does so unless its strongswan.conf allows aggressive mode with a pre-shared key."),
                      false);
            b.key(*notify);
            d.alternatives = {Text::tr("The pre-shared keys differ."),
                              Text::tr("The peer does not accept the network node's identity.")};
            d.missing = {Text::tr("The peer's log would settle it: attach the peer gateway's charon.")};
            b.neutron(ResourceKind::IkePolicy, c.connection.ikepolicyId, u"phase1_negotiation_mode"_s, u"main"_s,
                      Text::tr("Use main mode: set the IKE policy's phase 1 negotiation mode to main."));
            b.peer(Text::tr("Or allow it at the peer, in its strongswan.conf:"),
                   u"charon {\n    i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n"_s);
            return d;
        }
        b.problem(u"psk-mismatch"_s, Text::tr("Authentication failed: most likely the pre-shared key"),
                  Text::tr("The peer refused the network node's authentication. Most often the two ends have "
                           "different pre-shared keys."),
                  false);
        b.key(*notify);
        d.alternatives
            = {Text::tr("The peer expects another identity for the network node (the connection's local id)."),
               Text::tr("The peer has no connection for these addresses and identities.")};
        d.missing = {Text::tr("The peer's log would settle it: attach the peer gateway's charon.")};
        b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"psk"_s, QString(),
                  Text::tr("Check that the connection's pre-shared key is exactly the peer's."));
        return d;
    }

    // --- Proposal refused, seen from the initiator only ----------------------------------------
    if (const auto notify = newest(lines, episode, p.noProposalNotify, std::nullopt, &m)) {
        // After the IKE_SA was established (IKEv1 quick mode) or with "no CHILD_SA built" (IKEv2) it is ESP's.
        const bool esp = notify->line->message.contains(u"no CHILD_SA built")
            || newestBefore(lines, episode, indexOf(lines, *notify), p.established, notify->side).has_value();
        addProposalComparison(b, esp ? u"ESP"_s : u"IKE"_s, esp ? ourEspProposal(c) : ourIkeProposal(c), Proposal{},
                              QString(), false);
        const ProposalComparison &row = d.proposals.constLast();
        if (esp) {
            b.problem(u"esp-proposal-mismatch"_s, Text::tr("ESP proposal refused by the peer"),
                      Text::tr("The IKE SA is up, but the peer accepted none of the ESP (phase 2) proposals: %1.")
                          .arg(row.ours.keywords()),
                      false);
            d.alternatives = {Text::tr("The PFS groups differ (the IPsec policy's PFS).")};
        } else {
            b.problem(u"ike-proposal-mismatch"_s, Text::tr("IKE proposal refused by the peer"),
                      Text::tr("The peer accepted none of the network node's IKE (phase 1) proposals: %1.")
                          .arg(row.ours.keywords()),
                      false);
            d.alternatives = {Text::tr("The peer uses the other IKE version and has no connection for this one.")};
        }
        b.key(*notify);
        d.missing = {Text::tr("The peer's proposal is not in the evidence: attach the peer gateway's charon to see "
                              "both side by side.")};
        if (esp)
            b.peer(Text::tr("Make the peer accept our ESP proposal (swanctl.conf):"),
                   peerChildSnippet(c, {u"esp_proposals = %1"_s.arg(row.ours.keywords())}));
        else
            b.peer(Text::tr("Make the peer accept our IKE proposal (swanctl.conf):"),
                   peerConnSnippet(c, {u"proposals = %1"_s.arg(row.ours.keywords())}));
        return d;
    }

    // --- Dead peer (after the tunnel was up) and no answer at all -------------------------------
    {
        const auto dpd = newest(lines, episode > 0 ? episode : 0, p.dpd);
        const auto giveUp = newest(lines, episode, p.giveUp);
        const auto retransmit = newest(lines, episode, p.retransmit, std::nullopt, &m);
        const bool afterUp = lastChildUp.has_value() && (dpd || giveUp);
        if (dpd || (afterUp && giveUp)) {
            b.problem(u"dead-peer"_s, Text::tr("The peer stopped answering"),
                      Text::tr("The tunnel was up, then the peer stopped answering dead peer detection: it is down, "
                               "restarted without its SAs, or unreachable since."),
                      true);
            if (lastChildUp)
                b.context(*lastChildUp);
            if (retransmit)
                b.context(*retransmit);
            b.key(dpd ? *dpd : *giveUp);
            b.network(Text::tr("Check that the peer gateway %1 is running and reachable (UDP 500 and 4500).")
                          .arg(c.connection.peerAddress));
            b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"dpd"_s, u"restart"_s,
                      Text::tr("To bring the tunnel back by itself when the peer returns, set the connection's dead "
                               "peer detection action to restart."));
            return d;
        }
        if (giveUp || retransmit) {
            const bool heardFromPeer = [&] {
                for (qsizetype i = episode; i < lines.size(); ++i) {
                    if (lines[i].side != Side::Own)
                        continue;
                    const auto r = p.receivedFrom.match(lines[i].line->message);
                    if (r.hasMatch() && r.captured(1) == c.connection.peerAddress)
                        return true;
                }
                return false;
            }();
            const bool peerSawNothing = evidence.peerAttached && [&] {
                for (qsizetype i = episode; i < lines.size(); ++i) {
                    if (lines[i].side == Side::Peer && p.receivedFrom.match(lines[i].line->message).hasMatch())
                        return false;
                }
                return true;
            }();
            if (!heardFromPeer) {
                b.problem(u"peer-unreachable"_s, Text::tr("The peer does not answer"),
                          Text::tr("The network node sent its IKE requests to %1 and retransmitted them, and no answer "
                                   "came back.")
                              .arg(c.connection.peerAddress),
                          peerSawNothing);
                if (retransmit)
                    b.context(*retransmit);
                if (giveUp)
                    b.key(*giveUp);
                else
                    b.key(*retransmit);
                if (!evidence.peerAttached)
                    d.missing = {Text::tr("Whether the requests reach the peer: attach the peer gateway's charon.")};
                d.alternatives = {Text::tr("The peer gateway is down or its IKE daemon is not running."),
                                  Text::tr("A firewall between the two drops UDP 500 and 4500."),
                                  Text::tr("The peer address is wrong.")};
                b.neutron(ResourceKind::IpsecSiteConnection, c.connection.id, u"peer_address"_s, QString(),
                          Text::tr("Check the connection's peer address (%1).").arg(c.connection.peerAddress));
                b.network(Text::tr("Check that the peer gateway runs its IKE daemon and that UDP 500 and 4500 pass "
                                   "in both directions."));
                return d;
            }
        }
    }

    // --- Up: healthy, or traffic in one direction only ---------------------------------------------
    const TunnelState &t = evidence.tunnel;
    const bool up = (t.known && t.up) || (!t.known && lastChildUp.has_value());
    if (up) {
        if (t.known && t.bytesOut > 0 && t.bytesIn == 0) {
            b.problem(u"one-way-traffic"_s, Text::tr("No traffic comes back"),
                      Text::tr("The tunnel is up and the network node sends (%1 bytes out), but nothing has come in "
                               "from the peer (0 bytes in).")
                          .arg(t.bytesOut),
                      true);
            if (lastChildUp)
                b.context(*lastChildUp);
            d.alternatives = {Text::tr("The hosts behind the peer do not answer, or have no route back through the "
                                       "peer gateway."),
                              Text::tr("The peer's firewall drops traffic from this connection's local subnets."),
                              Text::tr("The peer translates (NATs) the traffic before it enters the tunnel.")};
            b.peer(Text::tr("At the peer, traffic for the connection's local subnets (%1) must go into the tunnel; the "
                            "peer's CHILD_SA must cover them (swanctl.conf):")
                       .arg(c.localCidrs.join(u", ")),
                   peerChildSnippet(c,
                                    {u"local_ts = %1"_s.arg(c.peerCidrs.join(u", ")),
                                     u"remote_ts = %1"_s.arg(c.localCidrs.join(u", "))}));
            b.network(Text::tr("Check the routes and firewall of the hosts behind the peer."));
            return d;
        }
        d.outcome = Diagnosis::Outcome::Healthy;
        d.code = u"healthy"_s;
        d.title = Text::tr("The tunnel is up");
        d.explanation = t.known
            ? Text::tr("A CHILD_SA is installed (%1 bytes in, %2 bytes out).").arg(t.bytesIn).arg(t.bytesOut)
            : Text::tr("The last CHILD_SA in the log came up and nothing failed since.");
        d.certain = true;
        if (lastChildUp)
            b.key(*lastChildUp);
        return d;
    }

    // --- Down, and nothing in the log says why ------------------------------------------------------
    d.outcome = Diagnosis::Outcome::Unknown;
    d.code = u"unknown"_s;
    d.title = Text::tr("Cannot tell why the tunnel is down");
    if (everything.isEmpty()) {
        d.explanation = Text::tr("charon has logged nothing about %1 since the console attached.").arg(connName);
        d.missing = {Text::tr("A negotiation to read: the log shows only what happens while the console listens. "
                              "Start the connection (or wait for the peer to), then diagnose again.")};
    } else {
        d.explanation
            = Text::tr("The log has lines about %1, but none of the failures the console knows.").arg(connName);
        d.missing = {Text::tr("The evidence lines below are all there is; the peer's log may say more.")};
        for (qsizetype i = std::max<qsizetype>(0, everything.size() - 8); i < everything.size(); ++i)
            b.context(everything[i]);
    }
    if (!evidence.ownAttached)
        d.missing.append(Text::tr("The network node's charon is not attached."));
    if (!evidence.peerAttached)
        d.missing.append(Text::tr("The peer gateway's charon is not attached."));
    return d;
}

} // namespace

Diagnosis diagnose(const Evidence &evidence)
{
    Diagnosis d = diagnoseUnsorted(evidence);
    // A name as an id: the driver then writes both ids as names, and the peer must follow.
    for (const Fix &fix : std::as_const(d.fixes)) {
        QString value = fix.value;
        while (value.startsWith(u'@'))
            value.remove(0, 1);
        if ((fix.field == u"local_id" || fix.field == u"peer_id") && !value.isEmpty()
            && !strongswan::isIpAddress(value)) {
            const IpsecSiteConnection &c = evidence.connection.connection;
            Fix note;
            note.where = Fix::Where::Peer;
            note.text = Text::tr("Once an id is a name, the Neutron driver writes both ids as names (@%1 and @%2), and "
                                 "the pre-shared key is filed under them: give the peer the console's peer files for "
                                 "the changed connection.")
                            .arg(fix.field == u"local_id" ? value : evidence.connection.externalIp,
                                 fix.field == u"peer_id" ? value : (c.peerId.isEmpty() ? c.peerAddress : c.peerId));
            d.fixes.append(note);
            break;
        }
    }
    constexpr qsizetype kLogLines = 300;
    d.ownLog = evidence.ownLines.mid(std::max<qsizetype>(0, evidence.ownLines.size() - kLogLines));
    d.peerLog = evidence.peerLines.mid(std::max<qsizetype>(0, evidence.peerLines.size() - kLogLines));
    // The lines as they happened, whichever rule picked them first.
    std::stable_sort(d.evidence.begin(), d.evidence.end(), [](const EvidenceLine &a, const EvidenceLine &b) {
        return a.line.time.isValid() && b.line.time.isValid() && a.line.time < b.line.time;
    });
    return d;
}

namespace {

QString outcomeName(Diagnosis::Outcome outcome)
{
    switch (outcome) {
    case Diagnosis::Outcome::Healthy:
        return u"healthy"_s;
    case Diagnosis::Outcome::Problem:
        return u"problem"_s;
    case Diagnosis::Outcome::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString whereName(Fix::Where where)
{
    switch (where) {
    case Fix::Where::Neutron:
        return u"neutron"_s;
    case Fix::Where::Peer:
        return u"peer"_s;
    case Fix::Where::Network:
        break;
    }
    return u"network"_s;
}

QString kindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return u"ikepolicy"_s;
    case ResourceKind::IpsecPolicy:
        return u"ipsecpolicy"_s;
    case ResourceKind::VpnService:
        return u"vpnservice"_s;
    case ResourceKind::EndpointGroup:
        return u"endpoint_group"_s;
    case ResourceKind::IpsecSiteConnection:
        break;
    }
    return u"ipsec_site_connection"_s;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QJsonObject proposalJson(const Proposal &p)
{
    return QJsonObject{{u"keywords"_s, p.keywords()},
                       {u"encryption"_s, toArray(p.encryption)},
                       {u"integrity"_s, toArray(p.integrity)},
                       {u"dh_groups"_s, toArray(p.dhGroups)},
                       {u"logged"_s, p.logged}};
}

} // namespace

QByteArray toJson(const Diagnosis &d, const QString &connectionId)
{
    QJsonArray evidence;
    for (const EvidenceLine &line : d.evidence) {
        evidence.append(QJsonObject{{u"side"_s, line.side == Side::Own ? u"own"_s : u"peer"_s},
                                    {u"key"_s, line.key},
                                    {u"line"_s, formatCharonLogLine(line.line)}});
    }
    QJsonArray proposals;
    for (const ProposalComparison &row : d.proposals) {
        proposals.append(QJsonObject{{u"protocol"_s, row.protocol},
                                     {u"ours"_s, proposalJson(row.ours)},
                                     {u"theirs"_s, proposalJson(row.theirs)},
                                     {u"theirs_source"_s, row.theirsSource},
                                     {u"differs"_s,
                                      QJsonObject{{u"encryption"_s, row.difference.encryption},
                                                  {u"integrity"_s, row.difference.integrity},
                                                  {u"dh_group"_s, row.difference.dhGroup}}},
                                     {u"summary"_s, row.summary()}});
    }
    QJsonArray fixes;
    for (const Fix &fix : d.fixes) {
        QJsonObject object{{u"where"_s, whereName(fix.where)}, {u"text"_s, fix.text}};
        if (fix.where == Fix::Where::Neutron) {
            object.insert(u"resource"_s, kindName(fix.kind));
            object.insert(u"id"_s, fix.resourceId);
            object.insert(u"field"_s, fix.field);
            object.insert(u"value"_s, fix.value);
        }
        if (!fix.peerSnippet.isEmpty())
            object.insert(u"peer_snippet"_s, fix.peerSnippet);
        fixes.append(object);
    }
    const QJsonObject object{{u"connection"_s, connectionId},
                             {u"outcome"_s, outcomeName(d.outcome)},
                             {u"code"_s, d.code},
                             {u"title"_s, d.title},
                             {u"explanation"_s, d.explanation},
                             {u"certain"_s, d.certain},
                             {u"simulated"_s, d.simulated},
                             {u"evidence"_s, evidence},
                             {u"proposals"_s, proposals},
                             {u"fixes"_s, fixes},
                             {u"alternatives"_s, toArray(d.alternatives)},
                             {u"missing"_s, toArray(d.missing)},
                             {u"exit_code"_s, exitCode(d)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString toText(const Diagnosis &d)
{
    QString text;
    text += d.title + (d.simulated ? Text::tr(" (simulated)") : QString()) + u'\n';
    if (!d.explanation.isEmpty())
        text += d.explanation + u'\n';
    if (d.outcome == Diagnosis::Outcome::Problem && !d.certain)
        text += Text::tr("Likely, not certain: the evidence fits other causes too.") + u'\n';
    for (const ProposalComparison &row : d.proposals)
        text += u"  %1 %2\n"_s.arg(row.protocol, row.summary());
    if (!d.evidence.isEmpty()) {
        text += u'\n' + Text::tr("Evidence:") + u'\n';
        for (const EvidenceLine &line : d.evidence) {
            text += u"  %1 %2 %3\n"_s.arg(line.key ? u"▶"_s : u" "_s,
                                          line.side == Side::Own ? Text::tr("node") : Text::tr("peer"),
                                          formatCharonLogLine(line.line));
        }
    }
    if (!d.fixes.isEmpty()) {
        text += u'\n' + Text::tr("Fix:") + u'\n';
        for (const Fix &fix : d.fixes) {
            text += u"  - "_s + fix.text + u'\n';
            if (!fix.peerSnippet.isEmpty()) {
                for (const QString &line : fix.peerSnippet.split(u'\n', Qt::SkipEmptyParts))
                    text += u"      "_s + line + u'\n';
            }
        }
    }
    for (const QString &alternative : d.alternatives)
        text += Text::tr("  Could also be: %1").arg(alternative) + u'\n';
    for (const QString &missing : d.missing)
        text += Text::tr("  Missing: %1").arg(missing) + u'\n';
    return text;
}

} // namespace vpnaas::diagnosis
