// SPDX-License-Identifier: Apache-2.0
#include "deletionplan.h"

#include <QSet>

namespace vpnaas {

QList<ResourceRef> DeletionPlan::steps(bool withOrphans) const
{
    QList<ResourceRef> result = deletable;
    if (withOrphans)
        result += orphans;
    return result;
}

DeletionPlan planDeletion(ResourceKind kind, const QStringList &ids, const ServerState &state,
                          const ServerCapabilities &capabilities)
{
    DeletionPlan plan;
    for (const QString &id : ids) {
        ValidationContext context;
        context.capabilities = capabilities;
        context.state = &state;
        context.targetId = id;
        const Problems problems = validateDelete(kind, context);
        const auto error
            = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
        if (error != problems.cend())
            plan.blocked.append({{kind, id}, *error});
        else
            plan.deletable.append({kind, id});
    }
    if (kind != ResourceKind::IpsecSiteConnection)
        return plan;

    QSet<QString> going;
    for (const ResourceRef &ref : std::as_const(plan.deletable))
        going.insert(ref.id);
    QList<ResourceRef> groups, policies;
    QSet<QString> seen;
    for (const ResourceRef &ref : std::as_const(plan.deletable)) {
        const IpsecSiteConnection *connection = state.connection(ref.id);
        if (!connection)
            continue;
        const ResourceRef uses[] = {{ResourceKind::EndpointGroup, connection->localEpGroupId},
                                    {ResourceKind::EndpointGroup, connection->peerEpGroupId},
                                    {ResourceKind::IkePolicy, connection->ikepolicyId},
                                    {ResourceKind::IpsecPolicy, connection->ipsecpolicyId}};
        for (const ResourceRef &use : uses) {
            if (use.id.isEmpty() || seen.contains(use.id))
                continue;
            seen.insert(use.id);
            const QList<IpsecSiteConnection> users = connectionsUsing(use.kind, use.id, state);
            const bool onlyThese = std::all_of(users.cbegin(), users.cend(), [&going](const IpsecSiteConnection &user) {
                return going.contains(user.id);
            });
            if (onlyThese)
                (use.kind == ResourceKind::EndpointGroup ? groups : policies).append(use);
        }
    }
    plan.orphans = groups + policies;
    return plan;
}

} // namespace vpnaas
