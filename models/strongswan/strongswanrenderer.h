// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "strongswannames.h"

#include "vpnaas/serverstate.h"

/*!
 * Config renderers: the strongSwan (and Libreswan) files both ends of a VPNaaS tunnel run.
 * Pure functions of a ServerState: no I/O, no QObject, deterministic (same input, same
 * bytes). They never fail and never throw: whatever is missing or unknown is left out (or
 * left empty) and strongswan::lint() explains it; a missing service or connection still gives
 * the fixed parts of a file.
 *
 * **Own side, as the Neutron strongSwan driver renders it** (renderIpsecConf,
 * renderIpsecSecrets, renderStrongSwanConf): byte for byte what the driver's Jinja templates
 * produce (the templates in neutron-vpnaas's device_drivers/template/strongswan/), including the template's
 * whitespace, the `@` decoration of ids, `auto=route` for every connection, admin-down
 * connections, the dialect's name map, and Jinja's HTML autoescape of `& < > " '`. Where the
 * driver would print Python's `None` (a missing gateway IP) the value is left empty.
 *
 * **Own side, modern** (renderSwanctlConf): the swanctl.conf that configures charon the way
 * the driver's ipsec.conf does. Mapping (ipsec.conf → swanctl.conf):
 * - keyexchange → `version`; left/right → `local_addrs`/`remote_addrs`; leftsubnet/rightsubnet
 *   → the child's `local_ts`/`remote_ts`; leftid/rightid → `local.id`/`remote.id` with
 *   `auth = psk`; `%default` mobike=no, keyingtries=1 → `mobike = no`, `keyingtries = 1`.
 * - ike= / esp= / ah= → `proposals` / `esp_proposals` / `ah_proposals`, same keywords plus
 *   `default`: the driver writes them without the strict `!`, so charon also accepts its
 *   default proposals. aggressive=yes → `aggressive = yes` (IKEv1 only; IKEv2 ignores it).
 * - ikelifetime=L with the `%default` rekeymargin=3m (rekeyfuzz 100%) → `rekey_time` = L − m,
 *   `over_time` = m, `rand_time` = m, where m = min(180 s, L / 2) so short lifetimes stay
 *   positive. The starter's default reauth=yes makes the driver reauthenticate instead of
 *   rekeying; a rekey renews the same keys on the same schedule (IKEv1 always reauthenticates).
 * - lifetime=L (IPsec) → the child's `life_time` = L, `rekey_time` = L − m, `rand_time` = m.
 *   The policy's L, not what the driver's files really give: starter applies the `%default`
 *   keylife=20m (an alias of lifetime) after the conn's own lifetime=, so a Neutron router's
 *   CHILD_SAs live 1200 s whatever L is (lint `lifetime-overridden-by-keylife`).
 * - `aggressive = yes` comes with a comment (so do the peer files' aggressive lines, which name
 *   the peer's strongswan.d/vpnaas-peer.conf): a strongSwan responder accepts aggressive mode
 *   with a PSK only when its strongswan.conf sets
 *   `charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes`.
 * - dpddelay → `dpd_delay`; dpdtimeout → `dpd_timeout`, written for IKEv1 only (IKEv2 detects
 *   dead peers by retransmission); dpdaction hold/clear/restart → the child's `dpd_action`
 *   trap/clear/restart; `disabled` → `dpd_delay = 0s` (no DPD); `restart-by-peer` → restart.
 * - auto=route (the driver also runs `ipsec up` once at start) → `start_action = trap|start`;
 *   type → `mode`; each ipsec.secrets line → `secrets { ike-<connection id> { ... } }`.
 *
 * **Peer side** (renderPeer*): the remote gateway of one connection, left/local = the peer
 * (`peer_address`, peer CIDRs, `peer_id`), right/remote = our router (the external IP chosen
 * by the peer's IP version, local CIDRs, leftid as above). Same proposals (written strict, so
 * the SA uses exactly the policies), same lifetimes and rekey margin, same DPD settings,
 * `keyingtries=%forever`; strongSwan uses `auto=route` (`start_action = trap`), Libreswan
 * `auto=start`, `authby=secret`, `ike=<enc>-<auth>;<dh>`, `phase2`/`phase2alg`,
 * `ikev2=insist|never`, `leftsubnets={ … }` for several subnets, DPD without the `s` suffix
 * and `mtu=` (Libreswan's ipsec.conf(5)). Names are the master/strongSwan 5.9 keywords whatever the dialect.
 *
 * **The peer's strongswan.conf** (renderPeerStrongSwanConf) is a drop-in,
 * `strongswan.d/vpnaas-peer.conf`: the strongswan.conf that Debian, Ubuntu and Fedora ship
 * (upstream's default) ends by including every strongswan.d/ .conf file, so the file goes to
 * /etc/strongswan.d/ (Fedora: /etc/strongswan/strongswan.d/) and the peer's own strongswan.conf
 * stays as it is. Its `charon { }` section holds what charon (also charon-systemd, which reads
 * the charon section) needs beyond its defaults for this connection: only
 * `i_dont_care_about_security_and_use_aggressive_mode_psk = yes` for IKEv1 aggressive mode,
 * without which a strongSwan responder refuses it; otherwise the section is empty. Comments in
 * the file say where it goes and why. It holds no secret.
 *
 * PSKs: with `revealSecrets` false (the default) every PSK is written as `0s` + Secret::mask().
 */
namespace vpnaas::strongswan {

struct RenderOptions {
    /*! Which driver release renders the own-side ipsec.conf (name map, AEAD branch). */
    Dialect dialect = Dialect::Master;
    /*! False: PSKs are masked. True: the real base64 PSK, for saving or an explicit "Reveal". */
    bool revealSecrets = false;
};

/*! One rendered file. */
struct ConfigFile {
    /*!
     * Relative path as exported: "ipsec.conf", "swanctl.conf", "strongswan.d/vpnaas-peer.conf",
     * "libreswan/ipsec.secrets", ...
     */
    QString name;
    QString text;
    /*! Holds a PSK: save with mode 0600. */
    bool secret = false;

    bool operator==(const ConfigFile &other) const = default;
};

// ---- Own side: one VPN service ------------------------------------------------------------

/*! ipsec.conf exactly as the Neutron strongSwan driver of \a options.dialect writes it. */
QString renderIpsecConf(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options);
/*! ipsec.secrets as the driver writes it: `<leftid> <rightid> : PSK 0s<base64>` per connection. */
QString renderIpsecSecrets(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options);
/*! The driver's fixed strongswan.conf (modular plugin loading; no trailing newline, like Jinja). */
QString renderStrongSwanConf();
/*! The modern swanctl.conf equivalent of the driver's ipsec.conf + ipsec.secrets (see above). */
QString renderSwanctlConf(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options);
/*! ipsec.conf, ipsec.secrets, strongswan.conf and swanctl.conf, in that order. */
QList<ConfigFile> renderOwnSide(const ServerState &state, const QString &vpnServiceId, const RenderOptions &options);

// ---- Peer side: the remote gateway of one connection -------------------------------------

QString renderPeerSwanctlConf(const ServerState &state, const QString &connectionId, const RenderOptions &options);
QString renderPeerIpsecConf(const ServerState &state, const QString &connectionId, const RenderOptions &options);
QString renderPeerIpsecSecrets(const ServerState &state, const QString &connectionId, const RenderOptions &options);
/*! The drop-in strongswan.d/vpnaas-peer.conf with the charon settings a strongSwan peer needs (see above). */
QString renderPeerStrongSwanConf(const ServerState &state, const QString &connectionId, const RenderOptions &options);
QString renderPeerLibreswanConf(const ServerState &state, const QString &connectionId, const RenderOptions &options);
QString renderPeerLibreswanSecrets(const ServerState &state, const QString &connectionId, const RenderOptions &options);
/*!
 * swanctl.conf, ipsec.conf, ipsec.secrets, strongswan.d/vpnaas-peer.conf (strongSwan),
 * libreswan/ipsec.conf and libreswan/ipsec.secrets, in that order.
 */
QList<ConfigFile> renderPeerSide(const ServerState &state, const QString &connectionId, const RenderOptions &options);

} // namespace vpnaas::strongswan
