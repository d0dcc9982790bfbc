// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"
#include "strongswannames.h"

#include "vpnaas/serverstate.h"

/*!
 * Lint for the rendered strongSwan/Libreswan files: what will break (errors), surprise
 * (warnings) or is worth knowing (info) about a VPN service's configuration, each finding
 * with the connection it is about and a translated message. Pure functions, deterministic
 * order (service findings first, then each connection in rendering order). Never fails: bad
 * or missing input is itself a finding. Covers, among others (what neutron-vpnaas's strongSwan and
 * Libreswan drivers render, and what strongSwan 5.9 and Libreswan 4 do with it):
 *
 * - errors: control characters in any value the files hold (`peer_id`, `local_id`, the peer
 *   address, CIDRs, ids, policy values): the driver writes them unescaped, so a newline there
 *   adds lines of the value's author to the router's ipsec.conf; dpd action
 *   `disabled`/`restart-by-peer` (an ipsec.conf parse error: strongSwan
 *   5.9.8's starter ignores the whole conn, checked on a real starter), `ah-esp` (refused by
 *   the driver), overlapping local/peer
 *   CIDRs, values the dialect's name map does not know, and missing pieces (unknown service,
 *   policy, endpoint group or subnet; no gateway IP for the peer's IP version);
 * - warnings: `response-only` ignored, admin-down connections still rendered, weak algorithms
 *   (sha1, 3des, group2, group5, group22), IKEv1 with several subnets, aggressive mode with a
 *   PSK, transport mode between subnets, lifetimes too short for the 3m rekey margin, ids the
 *   driver mangles (`@` on an IP, `@@`, HTML escapes, spaces), addresses, CIDRs and ids that are
 *   not plain tokens, overlapping connections;
 * - info: MTU other than 1500 (not rendered by strongSwan), IKEv2 ignoring dpdtimeout,
 *   non-strict proposals, IKEv1 on Libreswan, legacy subnet mode.
 */
namespace vpnaas::strongswan {

struct LintOptions {
    /*! The driver release whose name map is checked (as RenderOptions::dialect). */
    Dialect dialect = Dialect::Master;
};

/*! Every finding about the own-side files of \a vpnServiceId and the peer files of its connections. */
Findings lint(const ServerState &state, const QString &vpnServiceId, const LintOptions &options = {});

/*!
 * The findings about one connection (for a peer-side view): those of lint() for its service
 * that name this connection, or an error when the connection is not known.
 */
Findings lintConnection(const ServerState &state, const QString &connectionId, const LintOptions &options = {});

/*!
 * The findings about a connection not created yet: \a draft applied to a new connection of
 * \a state (what a wizard shows before Create). Its findings name the id "planned-connection".
 */
Findings lintPlannedConnection(const ServerState &state, const IpsecSiteConnectionDraft &draft,
                               const LintOptions &options = {});

} // namespace vpnaas::strongswan
