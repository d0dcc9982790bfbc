// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/validation.h"

namespace vpnaas {

/*! One resource to delete. */
struct ResourceRef {
    ResourceKind kind;
    QString id;
    bool operator==(const ResourceRef &other) const = default;
};

/*!
 * What deleting a selection means, before anything is sent: which resources can go, which are
 * kept and why (in use, with the server's reason), and for connections the policies and
 * endpoint groups only they use, which the user may delete with them (groups before policies;
 * nothing else refers to them, so the order never fails on "in use").
 */
struct DeletionPlan {
    QList<ResourceRef> deletable;
    /*! Resources that cannot be deleted now, with the validation problem that says why. */
    QList<std::pair<ResourceRef, Problem>> blocked;
    QList<ResourceRef> orphans;

    /*! The deletions in the order to send them (\a withOrphans adds the orphans after). */
    QList<ResourceRef> steps(bool withOrphans) const;
};

DeletionPlan planDeletion(ResourceKind kind, const QStringList &ids, const ServerState &state,
                          const ServerCapabilities &capabilities = ServerCapabilities::zed());

} // namespace vpnaas
