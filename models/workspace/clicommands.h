// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/endpointgroup.h"
#include "vpnaas/ikepolicy.h"
#include "vpnaas/ipsecpolicy.h"
#include "vpnaas/ipsecsiteconnection.h"
#include "vpnaas/vpnservice.h"

#include <QStringList>

/*!
 * The `openstack vpn …` commands (python-openstackclient with the neutronclient VPNaaS plugin)
 * that create what a draft describes, runnable as shown in a POSIX shell. Pure functions.
 *
 * References to other resources are passed in already resolved (a name where it is unique in
 * the project, else an id). The pre-shared key never appears: the connection command reads it
 * from $VPN_PSK, which pskPrompt() asks for without echo. Values the CLI cannot express (its
 * option lists are Zed's subset) are still written, with a note saying so.
 */
namespace vpnaas::cli {

/*!
 * \a text quoted for a POSIX shell when needed ("aes-256" stays, "my vpn" → 'my vpn'): the
 * shell passes on exactly \a text, whatever characters it holds (newlines, quotes, non-ASCII),
 * except NUL, which no program argument can hold and which is left out.
 */
QString shellQuote(const QString &text);

/*!
 * \a command with one option per line (" \\" continuations before each word that starts with
 * "--", never inside a quote), still runnable as is.
 */
QString wrapped(const QString &command);

/*!
 * \a text as it may be printed to a terminal: control characters (C0 with ESC, DEL, C1, the
 * Unicode line and paragraph separators) and the bidirectional overrides become visible escapes
 * (`\n`, `\t`, `\x1b`, `\u202e`), so a name from a server can neither move the cursor, recolour
 * or clear the screen, nor start a line of its own.
 */
QString terminalText(const QString &text);

/*! The line that asks for the PSK into $VPN_PSK (bash `read -rs`). */
QString pskPrompt();

struct ConnectionReferences {
    QString vpnservice;
    QString ikepolicy;
    QString ipsecpolicy;
    QString localEndpointGroup;
    QString peerEndpointGroup;
};

QString createIkePolicy(const IkePolicyDraft &draft, QStringList *notes = nullptr);
QString createIpsecPolicy(const IpsecPolicyDraft &draft, QStringList *notes = nullptr);
QString createVpnService(const VpnServiceDraft &draft, const QString &router, const QString &subnet = {});
QString createEndpointGroup(const EndpointGroupDraft &draft, const QStringList &endpoints);
QString createConnection(const IpsecSiteConnectionDraft &draft, const ConnectionReferences &references,
                         QStringList *notes = nullptr);

} // namespace vpnaas::cli
