// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "handlerresult.h"

/*!
 * Enough of core Neutron for the VPN side (ML2 and the L3 router plugin, Zed): networks,
 * subnets with allocation pools, routers with an external gateway and interfaces, and the ports
 * these make. Reads are the generic list and show; these are the writes.
 */
namespace vpnaas::sandbox {

// The store's collections of core resources (their URL segments).
inline const QString kNetworks = QStringLiteral("networks");
inline const QString kSubnets = QStringLiteral("subnets");
inline const QString kRouters = QStringLiteral("routers");
inline const QString kPorts = QStringLiteral("ports");
/*! The core collections, in the order GET /v2.0/ has no say in. */
inline const QStringList kCoreCollections{kNetworks, kSubnets, kRouters, kPorts};

HandlerResult createNetwork(const QByteArray &body, const RequestContext &context);
HandlerResult createSubnet(const QByteArray &body, const RequestContext &context);
HandlerResult createRouter(const QByteArray &body, const RequestContext &context);
/*! PUT /v2.0/routers/{id}/add_router_interface with {"subnet_id": ...}. */
HandlerResult addRouterInterface(const QString &routerId, const QByteArray &body, const RequestContext &context);

/*! The server's 404 for \a id in core collection \a collection. */
Refusal coreNotFound(const QString &collection, const QString &id);

/*! A stored core resource as a read shows it (an internal network's is_default only shows on create). */
QJsonObject shownCoreResource(const QString &collection, QJsonObject item);

} // namespace vpnaas::sandbox
