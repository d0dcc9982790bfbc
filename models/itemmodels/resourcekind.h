// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/resourcetraits.h"
#include "vpnaas/serverstate.h"

#include <QString>

namespace vpnaas {

/*! "IKE policies" (translated, plural, sentence case: the start of a sentence or a label). */
QString resourcePluralName(ResourceKind kind);
/*! "IKE policy" (translated, singular, sentence case). */
QString resourceSingularName(ResourceKind kind);
/*! "IKE Policy" (translated, singular, title case: window titles, menu items, buttons). */
QString resourceTitleName(ResourceKind kind);
/*! "IKE Policies" (translated, plural, title case: navigation, the View menu, headings). */
QString resourcePluralTitleName(ResourceKind kind);
/*!
 * The name inside a sentence: "endpoint group", "IKE policy" (an acronym keeps its capitals,
 * which toLower() would lose); plural when \a plural.
 */
QString resourceNameInSentence(ResourceKind kind, bool plural = false);

/*! How many resources of \a kind \a state holds. */
qsizetype resourceCount(ResourceKind kind, const ServerState &state);
/*! The name of resource \a id of \a kind, or its id when it has none, or empty when unknown. */
QString resourceDisplayName(ResourceKind kind, const QString &id, const ServerState &state);

} // namespace vpnaas
