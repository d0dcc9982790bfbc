// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "capabilities.h"
#include "endpointgroup.h"
#include "ikepolicy.h"
#include "ipsecpolicy.h"
#include "ipsecsiteconnection.h"
#include "operation.h"
#include "problem.h"
#include "resourcetraits.h"
#include "serverstate.h"
#include "vpnservice.h"

/*!
 * Validation of VPNaaS requests as pure functions: one source of truth for the wizards, the edit
 * dialogs and the sandbox. Each function returns every problem it finds (errors block the
 * request, warnings do not), each with the field it is about, a translated message and the
 * error the real server would answer (neutron-lib's API attribute maps, neutron-vpnaas's
 * reference validator and its strongSwan/Libreswan driver validator, the plugin's state checks),
 * in the server's own wording (servermessages.h).
 *
 * Rules that need server state read it from ValidationContext::state and are skipped without it.
 */
namespace vpnaas {

struct ValidationContext {
    Operation operation = Operation::Create;
    ServerCapabilities capabilities = ServerCapabilities::zed();
    /*! Null: only the rules that need no server state run. */
    const ServerState *state = nullptr;
    /*! The resource an update or delete is about. */
    QString targetId;
};

Problems validate(const IkePolicyDraft &draft, const ValidationContext &context);
Problems validate(const IpsecPolicyDraft &draft, const ValidationContext &context);
Problems validate(const VpnServiceDraft &draft, const ValidationContext &context);
Problems validate(const EndpointGroupDraft &draft, const ValidationContext &context);
Problems validate(const IpsecSiteConnectionDraft &draft, const ValidationContext &context);

/*! Can context.targetId be deleted (exists, nothing uses it)? Needs context.state. */
Problems validateDelete(ResourceKind kind, const ValidationContext &context);

/*! The connections that use a policy, service or endpoint group (why it is "in use"). */
QList<IpsecSiteConnection> connectionsUsing(ResourceKind kind, const QString &id, const ServerState &state);

// Building blocks, also used by widgets for instant feedback.
bool isUuid(QStringView text);
/*! An IPv4/IPv6 CIDR as Neutron's validate_subnet accepts it ("10.1.0.0/24"); host bits allowed. */
bool isCidr(QStringView text);
/*! 4 or 6 for an IP address or CIDR, 0 otherwise. */
int ipVersionOf(QStringView addressOrCidr);
/*!
 * True when \a text holds a control character: C0 (line feed, tab, …), DEL, C1 (NEL among them),
 * or the Unicode line and paragraph separators U+2028 and U+2029.
 */
bool hasControlCharacter(QStringView text);
/*! A syntactically valid DNS host name (RFC 1123; last label not all digits). */
bool isHostName(QStringView text);

/*! A rough PSK strength hint: 0 (weak) … 3 (strong), from length and character classes. */
int pskStrength(const QString &psk);

/*!
 * A new random pre-shared key of \a length characters (at least 32) from letters and digits,
 * drawn from the system's cryptographic random source: no character that a shell, ipsec.secrets
 * or swanctl.conf would need quoted, so it survives being pasted into the peer's files. 32
 * characters carry about 190 bits, and pskStrength() calls every such key strong.
 */
QString generatePsk(int length = 32);

} // namespace vpnaas
