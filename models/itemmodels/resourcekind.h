// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/resourcetraits.h"
#include "vpnaas/serverstate.h"

#include <QString>

namespace vpnaas {

/*! "IKE policies" (translated, plural, for navigation and headings). */
QString resourcePluralName(ResourceKind kind);
/*! "IKE policy" (translated, singular). */
QString resourceSingularName(ResourceKind kind);

/*! How many resources of \a kind \a state holds. */
qsizetype resourceCount(ResourceKind kind, const ServerState &state);
/*! The name of resource \a id of \a kind, or its id when it has none, or empty when unknown. */
QString resourceDisplayName(ResourceKind kind, const QString &id, const ServerState &state);

} // namespace vpnaas
