// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countertracker.h"
#include "viciendpoint.h"

#include "vici/vicisainfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpnaas {
struct ServerState;
}

namespace vpnaas::strongswan {
struct ResolvedConnection;
}

namespace vpnaas::monitoring {

/*!
 * The Neutron side of one IPsec site connection, as far as SA mapping needs it: the addresses
 * and subnets the driver renders into its ipsec.conf conn (see strongswan::ResolvedConnection).
 * `peerId` is Neutron's `peer_id` as entered (an `@` prefix is ignored when comparing).
 */
struct MappingTarget {
    QString connectionId;
    QString vpnServiceId;
    QString externalIp; //!< the VPN service's external IP of the peer's IP version (left)
    QString peerAddress; //!< right
    QString peerId; //!< rightid
    QStringList localCidrs; //!< leftsubnet
    QStringList peerCidrs; //!< rightsubnet

    bool operator==(const MappingTarget &) const = default;
};

/*! One connection resolved by strongswan::resolveConnection(). */
MappingTarget mappingTarget(const strongswan::ResolvedConnection &resolved);
/*! Every connection of \a state, sorted by id. Unresolvable parts stay empty (they match nothing). */
QList<MappingTarget> mappingTargets(const ServerState &state);

/*! What one charon's SAs say about the connections an endpoint is attached to. */
struct SaMapping {
    /*!
     * One snapshot per connection in the endpoint's scope, sorted by id, also for connections
     * without any SA (empty children, empty states): the monitor then sees the tunnel is gone.
     */
    QList<ConnectionSnapshot> snapshots;
    /*!
     * SAs that matched no connection in scope: an IKE_SA by its name ("name"), a CHILD_SA of an
     * otherwise matched IKE_SA as "ike-name/child-name". One entry per SA, in list order.
     */
    QStringList unmapped;
};

/*!
 * Maps the SAs one charon reported (`list-sas`) to Neutron connections. Pure function.
 *
 * Scope: with Scope::VpnService the connections of the VPN service \a targetId, with
 * Scope::PeerGateway the connection \a targetId (also when \a targets does not list it, so
 * that name matching works before the first workspace refresh); an empty \a targetId means
 * every target. SAs of connections outside the scope are unmapped.
 *
 * Each CHILD_SA goes to at most one connection, in this order:
 *  1. its CHILD_SA name is a known connection id (the Neutron driver and our peer-side renderer
 *     name each conn by the connection id; connections sharing an IKE_SA keep their CHILD_SA
 *     names), else
 *  2. its IKE_SA name is a known connection id, else
 *  3. addresses: on a VPN service's charon the IKE_SA's remote host is the connection's peer
 *     address (or its remote id the peer id); on a peer gateway's charon the remote host is
 *     the service's external IP and the local host the peer address (or the local id the peer
 *     id). Traffic selectors must overlap the connection's subnets where both are known (local
 *     side: local CIDRs on a VPN service, peer CIDRs on a peer gateway) and pick one among
 *     several candidates; a CHILD_SA that stays ambiguous is unmapped.
 * An IKE_SA without a mapped CHILD_SA (connecting, say) gives its connection its state by name
 * or by a unique address match.
 *
 * Snapshots: children are the INSTALLED and REKEYED CHILD_SAs (a REKEYED one still counts until
 * it is deleted) with the unique id as text; ikeState is the state of the connection's IKE_SA
 * (an ESTABLISHED one with a counted CHILD_SA preferred), childState the state of its newest
 * CHILD_SA, establishedAt \a now minus the IKE_SA's `established` seconds. Counters of a peer
 * gateway's charon are swapped (its bytes in are the VPN service's bytes out), so that both
 * kinds of endpoint count from the VPN service's side.
 */
SaMapping mapSas(const QList<vici::SaInfo> &sas, const QList<MappingTarget> &targets, ViciEndpoint::Scope scope,
                 const QString &targetId, const QDateTime &now);

/*!
 * Whether two traffic selector or CIDR lists share an address: strongSwan's forms
 * ("10.1.0.0/24", "10.1.0.5..10.1.0.9", "10.1.0.1", with an optional "[proto/port]" suffix),
 * IPv4 and IPv6. std::nullopt when either list has nothing that parses ("dynamic", empty).
 */
std::optional<bool> selectorsOverlap(const QStringList &a, const QStringList &b);

} // namespace vpnaas::monitoring
