// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

#include "vpnaas/listrules.h"

namespace vpnaas::openstack {

/*! fields=, limit (the page size), sort keys and filters of a list request. */
struct ListQuery {
    struct Sort {
        QString key;
        bool descending = false;
    };

    QStringList fields;
    int pageSize = 0; // 0: the server's default (all at once unless it paginates itself)
    QList<Sort> sort;
    QList<QPair<QString, QString>> filters;
    /*!
     * Only the resources of the token's project, when the client says lists are project-scoped
     * (NeutronClient::Options::scopeListsToProject): ListJob adds project_id=<the token's project>
     * once the token is there. An admin's token otherwise lists every project's resources.
     */
    bool ownProjectOnly = false;

    /*! "fields=id&fields=name&limit=100&sort_key=name&sort_dir=asc&name=x" (encoded, without '?'). */
    QString toQueryString() const;
};

} // namespace vpnaas::openstack
