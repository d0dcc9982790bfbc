// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/endpointgroup.h"
#include "vpnaas/ikepolicy.h"
#include "vpnaas/ipsecpolicy.h"
#include "vpnaas/ipsecsiteconnection.h"
#include "vpnaas/serverstate.h"
#include "vpnaas/vpnservice.h"

#include <QStringList>

#include <optional>

namespace vpnaas {

/*! One resource of the guided wizard: an existing one (its id) or a new one (its draft). */
template<typename Draft>
struct PlanPart {
    QString existingId;
    std::optional<Draft> draft;
    bool isNew() const { return existingId.isEmpty(); }
};

/*! What the guided "New site-to-site VPN" wizard will do, in the seed's order. */
struct SiteToSitePlan {
    PlanPart<IkePolicyDraft> ikePolicy;
    PlanPart<IpsecPolicyDraft> ipsecPolicy;
    PlanPart<VpnServiceDraft> vpnService;
    PlanPart<EndpointGroupDraft> localGroup;
    PlanPart<EndpointGroupDraft> peerGroup;
    /*! The references (service, policies, groups) are filled in while it runs. */
    IpsecSiteConnectionDraft connection;
};

/*!
 * The project as it will be once \a plan is created: \a state plus the new resources under
 * "planned-…" ids, each with the server's defaults for what its draft leaves out (the VPN
 * service with its router's gateway IPs, as the server snapshots them). What the renderers need
 * to show the files both gateways will run before anything exists. \a connectionId gets the
 * planned connection's id.
 */
ServerState plannedState(const ServerState &state, const SiteToSitePlan &plan, QString *connectionId = nullptr);

/*!
 * The `openstack vpn …` commands that do what \a plan does, in order, with the PSK read into
 * $VPN_PSK. Existing resources, routers and subnets are named where the name is unique in
 * \a state, else by id; new ones by their draft names.
 */
QStringList planCliCommands(const SiteToSitePlan &plan, const ServerState &state, QStringList *notes = nullptr);

} // namespace vpnaas
