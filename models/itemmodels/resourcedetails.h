// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcekind.h"

#include "vpnaas/secret.h"
#include "vpnaas/serverstate.h"

namespace vpnaas {

/*! A related resource the detail pane shows as a link. */
struct DetailLink {
    ResourceKind kind;
    QString id;
    QString text;
    bool operator==(const DetailLink &other) const = default;
};

/*! One attribute: plain text, links to related resources, or a secret the view masks. */
struct DetailField {
    QString label;
    QString value;
    QList<DetailLink> links;
    std::optional<Secret> secret;
    /*! A warning about the value (weak algorithm, driver quirk), empty if none. */
    QString warning;
    bool operator==(const DetailField &other) const = default;
};

struct ResourceDetails {
    ResourceKind kind = ResourceKind::IkePolicy;
    QString id;
    QString title;
    /*! ResourceStatus API name, empty for kinds without status. */
    QString status;
    QList<DetailField> fields;
    bool isValid() const { return !id.isEmpty(); }
    bool operator==(const ResourceDetails &other) const = default;
};

/*!
 * Every attribute of resource \a id of \a kind in \a state, with the resources it refers to and
 * (for policies, services and groups) the connections using it as links. Invalid details when
 * the id is unknown.
 */
ResourceDetails describeResource(ResourceKind kind, const QString &id, const ServerState &state);

/*! A policy's lifetime as the lists and details show it: "3600 s", translated like the DPD
 *  timers; a unit this build does not know is shown as the server wrote it. */
QString lifetimeText(const Lifetime &lifetime);

} // namespace vpnaas
