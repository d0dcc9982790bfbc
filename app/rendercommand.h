// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QCoreApplication;

/*!
 * `vpnaas-console render …`: prints one rendered strongSwan/Libreswan file of a VPN service,
 * without a window, for automation and the real-strongSwan tests:
 *
 *   render --os-cloud NAME|--sandbox [--os-region-name R] [--vpnservice ID] [--side own|peer] [--connection ID]
 *          [--format ipsec.conf|ipsec.secrets|strongswan.conf|swanctl|libreswan|libreswan.secrets]
 *          [--dialect zed|master] [--reveal-secrets]
 *   render --os-cloud NAME|--sandbox --list-vpnservices
 *
 * Without --vpnservice the only (or first) service is used; the peer side is the service's
 * first connection unless --connection names one. The peer's strongswan.conf is the drop-in
 * strongswan.d/vpnaas-peer.conf. PSKs are masked unless --reveal-secrets.
 * A password missing from the cloud's configuration comes from resolveSecretHeadless()
 * (OS_PASSWORD, the system keyring, a prompt only on a terminal).
 * Exit status: 0, 1 for a cloud or rendering problem (said on stderr), 2 for a usage error.
 */
int runRenderCommand(QCoreApplication &app, const QStringList &arguments);
