// SPDX-License-Identifier: Apache-2.0
#include "resourcekind.h"

#include "vpnaas/serverstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::ResourceKindText)
};

template<typename T>
QString nameIn(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return item.name.isEmpty() ? item.id : item.name;
    }
    return {};
}

} // namespace

QString resourceSlug(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return u"ike-policies"_s;
    case ResourceKind::IpsecPolicy:
        return u"ipsec-policies"_s;
    case ResourceKind::VpnService:
        return u"vpn-services"_s;
    case ResourceKind::EndpointGroup:
        return u"endpoint-groups"_s;
    case ResourceKind::IpsecSiteConnection:
        return u"ipsec-site-connections"_s;
    }
    return {};
}

std::optional<ResourceKind> resourceKindFromSlug(const QString &slug)
{
    for (ResourceKind kind : kAllResourceKinds) {
        if (resourceSlug(kind) == slug)
            return kind;
    }
    return std::nullopt;
}

QString resourcePluralName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return Text::tr("IKE policies");
    case ResourceKind::IpsecPolicy:
        return Text::tr("IPsec policies");
    case ResourceKind::VpnService:
        return Text::tr("VPN services");
    case ResourceKind::EndpointGroup:
        return Text::tr("Endpoint groups");
    case ResourceKind::IpsecSiteConnection:
        return Text::tr("IPsec site connections");
    }
    return {};
}

QString resourceSingularName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return Text::tr("IKE policy");
    case ResourceKind::IpsecPolicy:
        return Text::tr("IPsec policy");
    case ResourceKind::VpnService:
        return Text::tr("VPN service");
    case ResourceKind::EndpointGroup:
        return Text::tr("Endpoint group");
    case ResourceKind::IpsecSiteConnection:
        return Text::tr("IPsec site connection");
    }
    return {};
}

QString resourceCliNoun(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return u"ike policy"_s;
    case ResourceKind::IpsecPolicy:
        return u"ipsec policy"_s;
    case ResourceKind::VpnService:
        return u"service"_s;
    case ResourceKind::EndpointGroup:
        return u"endpoint group"_s;
    case ResourceKind::IpsecSiteConnection:
        return u"ipsec site connection"_s;
    }
    return {};
}

qsizetype resourceCount(ResourceKind kind, const ServerState &state)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return state.ikePolicies.size();
    case ResourceKind::IpsecPolicy:
        return state.ipsecPolicies.size();
    case ResourceKind::VpnService:
        return state.vpnServices.size();
    case ResourceKind::EndpointGroup:
        return state.endpointGroups.size();
    case ResourceKind::IpsecSiteConnection:
        return state.connections.size();
    }
    return 0;
}

QString resourceDisplayName(ResourceKind kind, const QString &id, const ServerState &state)
{
    switch (kind) {
    case ResourceKind::IkePolicy:
        return nameIn(state.ikePolicies, id);
    case ResourceKind::IpsecPolicy:
        return nameIn(state.ipsecPolicies, id);
    case ResourceKind::VpnService:
        return nameIn(state.vpnServices, id);
    case ResourceKind::EndpointGroup:
        return nameIn(state.endpointGroups, id);
    case ResourceKind::IpsecSiteConnection:
        return nameIn(state.connections, id);
    }
    return {};
}

} // namespace vpnaas
