// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charonlog.h"
#include "configuredconn.h"
#include "proposal.h"

#include "strongswan/resolvedconnection.h"
#include "vpnaas/resourcedescription.h"

#include <QStringList>

namespace vpnaas::diagnosis {

/*! What the SA monitor knows about the connection's tunnel (from VICI list-sas or the sandbox). */
struct TunnelState {
    bool known = false; //!< a counter source reported on this connection
    bool up = false; //!< a CHILD_SA is installed
    QString ikeState; //!< ESTABLISHED, CONNECTING, ... or empty
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;

    bool operator==(const TunnelState &) const = default;
};

/*!
 * Everything a diagnosis is made of, collected by EvidenceCollector (or read from files by the
 * command line): the Neutron side of one connection (resolved as the driver renders it), the
 * recent charon log lines of each end whose charon is attached, and the tunnel's state.
 */
struct Evidence {
    strongswan::ResolvedConnection connection;
    /*! A charon of the connection's VPN service (the network node) is attached. */
    bool ownAttached = false;
    /*! The peer gateway's charon is attached. */
    bool peerAttached = false;
    QList<CharonLogLine> ownLines;
    QList<CharonLogLine> peerLines;
    /*! The peer charon's loaded conns (VICI list-conns), when it was read. */
    std::optional<QList<ConfiguredConn>> peerConns;
    TunnelState tunnel;
    /*! The lines and the tunnel state are the sandbox's simulation. */
    bool simulated = false;
};

/*! A log line that shows the cause, and on which end it was logged. */
struct EvidenceLine {
    enum class Side { Own, Peer };
    Side side = Side::Own;
    CharonLogLine line;
    /*! The line the verdict rests on (others are context). */
    bool key = false;

    bool operator==(const EvidenceLine &) const = default;
};

/*! The two ends' proposals of one kind side by side, the mismatching transforms marked. */
struct ProposalComparison {
    QString protocol; //!< IKE or ESP
    Proposal ours;
    Proposal theirs;
    ProposalDifference difference;
    /*! Where the peer's proposal was read, translated ("the peer's log", "what the peer sent"). */
    QString theirsSource;

    /*! "ours: aes128-sha1-modp1536 · peer: aes256-sha256-modp2048" (untranslated keywords). */
    QString summary() const;
    bool operator==(const ProposalComparison &) const = default;
};

/*!
 * One thing to change. On the Neutron side it names the resource and API field (and the value
 * to set, when the evidence shows it; never a secret), so a view can open that resource's Edit
 * dialog with the value in place. On the peer it carries the swanctl.conf lines that would
 * match.
 */
struct Fix {
    enum class Where { Neutron, Peer, Network };
    Where where = Where::Neutron;
    QString text; //!< translated: what to change and why
    ResourceKind kind = ResourceKind::IpsecSiteConnection;
    QString resourceId;
    QString field; //!< API attribute ("encryption_algorithm"); empty for Peer and Network
    QString value; //!< suggested API value; empty when unknown or a secret
    QString peerSnippet; //!< for Where::Peer: swanctl.conf / strongswan.conf lines

    bool operator==(const Fix &) const = default;
};

/*!
 * A verdict about one connection. `code` is stable (tests, JSON, the command line's output):
 * healthy, psk-mismatch, ike-proposal-mismatch, esp-proposal-mismatch, pfs-mismatch,
 * ike-version-mismatch, peer-id-mismatch, local-id-mismatch, ts-mismatch, peer-unreachable,
 * peer-no-config (the peer has no connection for the network node), aggressive-psk-refused,
 * dead-peer, one-way-traffic, unknown (too little evidence, or nothing known explains it).
 * Texts are translated.
 */
struct Diagnosis {
    enum class Outcome { Healthy, Problem, Unknown };

    Outcome outcome = Outcome::Unknown;
    QString code = QStringLiteral("unknown");
    QString title; //!< the verdict in a few words: "Pre-shared key mismatch"
    QString explanation; //!< plain words: what happened, as the evidence shows it
    /*! False when the evidence fits other causes too (see alternatives): only one end's log. */
    bool certain = false;
    QList<EvidenceLine> evidence;
    QList<ProposalComparison> proposals;
    QList<Fix> fixes;
    QStringList alternatives; //!< other causes that leave the same evidence, translated
    QStringList missing; //!< evidence that would settle it (or that is needed at all), translated
    /*! Each end's recent lines that were read (the newest 300), for a view to show in full. */
    QList<CharonLogLine> ownLog;
    QList<CharonLogLine> peerLog;
    bool simulated = false;

    bool operator==(const Diagnosis &) const = default;
};

/*! Every code diagnose() can give, in catalogue order. */
QStringList diagnosisCodes();

/*! The exit status of `vpnaas-console diagnose`: 0 healthy, 1 a problem, 2 cannot tell. */
int exitCode(const Diagnosis &diagnosis);

/*!
 * The catalogue: reads the evidence newest first (the last attempt decides) and names the
 * cause. Pure function. The log wording of strongSwan 5.5 to 6.0 is recognized (tests/data/
 * charon-logs). With both ends' logs a verdict is certain; with one end's it says which other
 * causes give the same lines and which end's log would settle it.
 */
Diagnosis diagnose(const Evidence &evidence);

/*! The diagnosis as JSON (the command line's --json): every field, secrets never included. */
QByteArray toJson(const Diagnosis &diagnosis, const QString &connectionId);

/*! The diagnosis as text for a terminal or the clipboard. */
QString toText(const Diagnosis &diagnosis);

} // namespace vpnaas::diagnosis
