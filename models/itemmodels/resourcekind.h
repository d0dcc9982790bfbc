// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/validation.h"

#include <QString>

#include <array>
#include <optional>

namespace vpnaas {

inline constexpr std::array<ResourceKind, 5> kAllResourceKinds{
    ResourceKind::IkePolicy, ResourceKind::IpsecPolicy, ResourceKind::VpnService, ResourceKind::EndpointGroup,
    ResourceKind::IpsecSiteConnection};

/*! "ike-policies", ... — the slug used in view names ("resources:ike-policies") and settings. */
QString resourceSlug(ResourceKind kind);
std::optional<ResourceKind> resourceKindFromSlug(const QString &slug);
/*! "IKE policies" (translated, plural, for navigation and headings). */
QString resourcePluralName(ResourceKind kind);
/*! "IKE policy" (translated, singular). */
QString resourceSingularName(ResourceKind kind);
/*! The `openstack vpn …` noun: "ike policy", "ipsec policy", "service", "endpoint group", "ipsec site connection". */
QString resourceCliNoun(ResourceKind kind);

/*! How many resources of \a kind \a state holds. */
qsizetype resourceCount(ResourceKind kind, const ServerState &state);
/*! The name of resource \a id of \a kind, or its id when it has none, or empty when unknown. */
QString resourceDisplayName(ResourceKind kind, const QString &id, const ServerState &state);

} // namespace vpnaas
