// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "handlerresult.h"

#include "vpnaas/resourcetraits.h"
#include "vpnaas/serverstate.h"

/*!
 * The VPN plugin behind the API layer (neutron-vpnaas's plugin.py, vpn_db.py, the reference
 * validator and the strongSwan driver's validator, Zed) for the five VPNaaS resources: each
 * request is prepared by the API layer (neutronapi.h), read into a draft by the console's own
 * codec, judged by the console's own validation rules (models/vpnaas/validation.h) in the order
 * the plugin checks them, and applied the way vpn_db.py does. One rule row per kind says what
 * differs between them.
 */
namespace vpnaas::sandbox {

HandlerResult createVpnResource(ResourceKind kind, const QByteArray &body, const RequestContext &context);
HandlerResult updateVpnResource(ResourceKind kind, const QString &id, const QByteArray &body,
                                const RequestContext &context);
HandlerResult deleteVpnResource(ResourceKind kind, const QString &id, const RequestContext &context);

/*! The resources of \a store as value types, complete (what validation and the simulator read). */
ServerState readServerState(const SandboxStore &store);
/*! The IPsec site connections' ids in list order (what readServerState() would list, for nothing). */
QStringList connectionIds(const SandboxStore &store);

/*! The server's 404 for resource \a id of \a kind. */
Refusal vpnNotFound(ResourceKind kind, const QString &id);

} // namespace vpnaas::sandbox
