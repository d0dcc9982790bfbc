// SPDX-License-Identifier: Apache-2.0
#include "simulation.h"

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

QStringList simulatedCodes()
{
    return {u"healthy"_s,     u"psk-mismatch"_s,     u"ike-proposal-mismatch"_s,
            u"ts-mismatch"_s, u"peer-unreachable"_s, u"one-way-traffic"_s};
}

QString defaultSimulation(const IpsecSiteConnection &connection)
{
    return connection.status.api() == u"ACTIVE" ? u"healthy"_s : u"psk-mismatch"_s;
}

namespace {

/*! Lines of one end, a made-up second apart, with the placeholders of the scenario filled in. */
class Script
{
public:
    Script(const QDateTime &start, const QHash<QString, QString> &values)
        : m_time(start)
        , m_values(values)
    {
    }

    void line(const QString &group, const QString &name, quint32 id, QString message)
    {
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            message.replace(u'{' + it.key() + u'}', it.value());
        CharonLogLine l;
        l.time = m_time;
        l.thread = 8 + int(m_lines.size() % 8);
        l.group = group;
        l.ikeSaName = name;
        l.ikeSaUniqueId = id;
        l.message = message;
        m_lines.append(l);
        m_time = m_time.addMSecs(40);
    }
    void pause(int ms) { m_time = m_time.addMSecs(ms); }
    QList<CharonLogLine> lines() const { return m_lines; }

private:
    QDateTime m_time;
    QHash<QString, QString> m_values;
    QList<CharonLogLine> m_lines;
};

} // namespace

Evidence simulatedEvidence(const ServerState &state, const QString &connectionId, const QString &code,
                           const QDateTime &now)
{
    Evidence evidence;
    evidence.simulated = true;
    evidence.ownAttached = true;
    evidence.peerAttached = true;
    evidence.connection = strongswan::resolveConnection(state, connectionId);
    const strongswan::ResolvedConnection &c = evidence.connection;
    const bool v2 = c.ikePolicy && c.ikePolicy->ikeVersion.api() == u"v2";
    const QString own = c.externalIp.isEmpty() ? u"203.0.113.10"_s : c.externalIp;
    const QString peer = c.connection.peerAddress.isEmpty() ? u"198.51.100.20"_s : c.connection.peerAddress;
    const QString local = c.localCidrs.value(0, u"10.0.0.0/24"_s);
    const QString remote = c.peerCidrs.value(0, u"192.168.1.0/24"_s);
    const QHash<QString, QString> values = {
        {u"id"_s, connectionId},
        {u"own"_s, own},
        {u"peer"_s, peer},
        {u"local"_s, local},
        {u"remote"_s, remote},
        {u"ownid"_s, c.localId.isEmpty() ? own : c.localId},
        {u"peerid"_s, c.peerId.isEmpty() ? peer : c.peerId},
        {u"mode"_s, v2 ? QString() : u"Main Mode "_s},
    };
    const QDateTime start = now.addSecs(-20);
    Script o(start, values);
    Script p(start.addMSecs(5), values);
    const QString &id = connectionId;
    o.line(u"CFG"_s, {}, 0, u"vici initiate CHILD_SA '{id}'"_s);
    o.line(u"IKE"_s, id, 1, u"initiating {mode}IKE_SA {id}[1] to {peer}"_s);
    o.line(u"NET"_s, id, 1, u"sending packet: from {own}[500] to {peer}[500] (240 bytes)"_s);

    if (code == u"peer-unreachable") {
        for (int i = 1; i <= 5; ++i) {
            o.pause(1000 * i);
            o.line(u"IKE"_s, id, 1, u"sending retransmit %1 of request message ID 0, seq 1"_s.arg(i));
            o.line(u"NET"_s, id, 1, u"sending packet: from {own}[500] to {peer}[500] (240 bytes)"_s);
        }
        o.line(u"IKE"_s, id, 1, u"giving up after 5 retransmits"_s);
        o.line(u"IKE"_s, id, 1, u"establishing IKE_SA failed, peer not responding"_s);
        evidence.peerAttached = false; // a peer that does not answer cannot be read either
    } else if (code == u"ike-proposal-mismatch") {
        p.line(u"NET"_s, {}, 1, u"received packet: from {own}[500] to {peer}[500] (240 bytes)"_s);
        p.line(u"IKE"_s, {}, 1, v2 ? u"{own} is initiating an IKE_SA"_s : u"{own} is initiating a Main Mode IKE_SA"_s);
        p.line(u"CFG"_s, {}, 1, u"received proposals: IKE:AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s);
        p.line(u"CFG"_s, {}, 1,
               u"configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s);
        p.line(u"IKE"_s, {}, 1, v2 ? u"received proposals unacceptable"_s : u"no proposal found"_s);
        p.line(u"NET"_s, {}, 1, u"sending packet: from {peer}[500] to {own}[500] (56 bytes)"_s);
        o.line(u"NET"_s, id, 1, u"received packet: from {peer}[500] to {own}[500] (56 bytes)"_s);
        o.line(u"IKE"_s, id, 1,
               v2 ? u"received NO_PROPOSAL_CHOSEN notify error"_s : u"received NO_PROPOSAL_CHOSEN error notify"_s);
    } else {
        // IKE_SA negotiated; what follows depends on the failure.
        p.line(u"NET"_s, {}, 1, u"received packet: from {own}[500] to {peer}[500] (240 bytes)"_s);
        p.line(u"IKE"_s, {}, 1, v2 ? u"{own} is initiating an IKE_SA"_s : u"{own} is initiating a Main Mode IKE_SA"_s);
        p.line(u"CFG"_s, {}, 1, u"selected proposal: IKE:AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s);
        o.line(u"NET"_s, id, 1, u"received packet: from {peer}[500] to {own}[500] (160 bytes)"_s);
        o.line(u"CFG"_s, id, 1, u"selected proposal: IKE:AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s);
        if (code == u"psk-mismatch") {
            if (v2) {
                o.line(u"IKE"_s, id, 1, u"authentication of '{ownid}' (myself) with pre-shared key"_s);
                p.line(u"CFG"_s, {}, 1, u"looking for peer configs matching {peer}[{peerid}]...{own}[{ownid}]"_s);
                p.line(u"CFG"_s, id, 1, u"selected peer config '{id}'"_s);
                p.line(u"IKE"_s, id, 1, u"tried 1 shared key for '{peerid}' - '{ownid}', but MAC mismatched"_s);
                o.line(u"IKE"_s, id, 1, u"received AUTHENTICATION_FAILED notify error"_s);
            } else {
                for (int i = 0; i < 3; ++i) {
                    p.line(u"IKE"_s, {}, 1, u"message parsing failed"_s);
                    p.line(u"IKE"_s, {}, 1, u"ID_PROT request with message ID 0 processing failed"_s);
                    o.line(u"IKE"_s, id, 1, u"message parsing failed"_s);
                    o.line(u"IKE"_s, id, 1, u"ignore malformed INFORMATIONAL request"_s);
                    o.pause(1000);
                    p.pause(1000);
                    if (i < 2)
                        o.line(u"IKE"_s, id, 1, u"sending retransmit %1 of request message ID 0, seq 3"_s.arg(i + 1));
                }
                o.line(u"IKE"_s, id, 1, u"giving up after 2 retransmits"_s);
                o.line(u"IKE"_s, id, 1, u"establishing IKE_SA failed, peer not responding"_s);
            }
        } else {
            o.line(u"IKE"_s, id, 1, u"IKE_SA {id}[1] established between {own}[{ownid}]...{peer}[{peerid}]"_s);
            p.line(u"IKE"_s, id, 1, u"IKE_SA {id}[1] established between {peer}[{peerid}]...{own}[{ownid}]"_s);
            if (code == u"ts-mismatch") {
                if (v2) {
                    p.line(u"IKE"_s, id, 1, u"traffic selectors {remote} === {local} unacceptable"_s);
                    o.line(u"IKE"_s, id, 1, u"received TS_UNACCEPTABLE notify, no CHILD_SA built"_s);
                } else {
                    p.line(u"IKE"_s, id, 1, u"no matching CHILD_SA config found for {local} === {remote}"_s);
                    o.line(u"IKE"_s, id, 1, u"received INVALID_ID_INFORMATION error notify"_s);
                }
            } else {
                o.line(u"CFG"_s, id, 1, u"selected proposal: ESP:AES_CBC_128/HMAC_SHA1_96/MODP_1536/NO_EXT_SEQ"_s);
                o.line(u"IKE"_s, id, 1,
                       u"CHILD_SA {id}{2} established with SPIs c1a0f00d_i 5eed0b0e_o and TS {local} === {remote}"_s);
                p.line(u"IKE"_s, id, 1,
                       u"CHILD_SA {id}{2} established with SPIs 5eed0b0e_i c1a0f00d_o and TS {remote} === {local}"_s);
                evidence.tunnel.known = true;
                evidence.tunnel.up = true;
                evidence.tunnel.ikeState = u"ESTABLISHED"_s;
                evidence.tunnel.bytesOut = quint64(84) * 120;
                evidence.tunnel.packetsOut = 120;
                if (code != u"one-way-traffic") {
                    evidence.tunnel.bytesIn = quint64(84) * 118;
                    evidence.tunnel.packetsIn = 118;
                }
            }
        }
    }
    evidence.ownLines = o.lines();
    evidence.peerLines = evidence.peerAttached ? p.lines() : QList<CharonLogLine>();
    return evidence;
}

} // namespace vpnaas::diagnosis
