// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"

#include "vpnaas/serverstate.h"

namespace vpnaas::strongswan {

/*!
 * An IPsec site connection with everything the renderers need looked up and derived the way
 * neutron-vpnaas does it before rendering (`make_vpnservice_dict` and
 * `get_external_ip_based_on_peer` in neutron_vpnaas/services/vpn/service_drivers/base_ipsec.py):
 *
 * - `externalIp` (left): the service's external IP of the **peer's** IP version (the
 *   create-time snapshot). Without a snapshot the router's current gateway IP of that version
 *   is used and a warning says so; without either it is empty and an error says so.
 * - `localCidrs` (leftsubnet): the legacy service subnet's CIDR, or the CIDRs of the subnets of
 *   the local endpoint group, in endpoint order. `peerCidrs` (rightsubnet): legacy
 *   `peer_cidrs`, or the peer endpoint group's CIDRs.
 * - `localId`/`peerId` (leftid/rightid): when `peer_id` is not an IP address, or `local_id` is
 *   set and is not one, both get an `@` prefix (together, so an IP can come out as `@192.0.2.1`);
 *   an empty `local_id` becomes the external IP, undecorated.
 *
 * Nothing here fails: whatever cannot be looked up stays empty and is reported in `findings`
 * (errors for what the renderers need, warnings for fallbacks). Plain values: the result does
 * not point into the ServerState.
 */
struct ResolvedConnection {
    /*! False when the connection id is not in the ServerState (then only `connection.id` is set). */
    bool known = false;
    IpsecSiteConnection connection;
    std::optional<IkePolicy> ikePolicy;
    std::optional<IpsecPolicy> ipsecPolicy;
    bool legacy = false;
    /*! 4 or 6 for the peer address; 0 when it is not an IP address. */
    int peerIpVersion = 0;
    QString externalIp;
    QStringList localCidrs;
    QStringList peerCidrs;
    QString localId;
    QString peerId;
    bool idsDecorated = false;
    Findings findings;
};

/*! A VPN service and its connections (sorted by id), resolved as above. */
struct ResolvedService {
    /*! The id asked for, also when no such service is known. */
    QString id;
    std::optional<VpnService> service;
    std::optional<Router> router;
    QList<ResolvedConnection> connections;
    /*! About the service itself (unknown service, unknown router, ...). */
    Findings findings;
};

/*!
 * Resolves the service \a vpnServiceId and all of its connections. Connections are ordered by
 * id: the driver writes them in database order, which on MySQL is primary-key order, and a
 * fixed order keeps previews stable across refreshes. A connection whose section name in
 * ipsec.conf or swanctl.conf would repeat an earlier one's (no id, or ids that differ only in
 * characters a section name cannot hold) is left out with a `duplicate-section` error.
 */
ResolvedService resolveService(const ServerState &state, const QString &vpnServiceId);

/*! Resolves one connection (for the peer side). An unknown id gives an error finding. */
ResolvedConnection resolveConnection(const ServerState &state, const QString &connectionId);

/*! True when \a text is an IPv4 or IPv6 address (no prefix, no surrounding spaces). */
bool isIpAddress(const QString &text);
/*! 4 or 6 for an IP address or CIDR, 0 otherwise. */
int ipVersion(const QString &addressOrCidr);

} // namespace vpnaas::strongswan
