// SPDX-License-Identifier: Apache-2.0
#include "resourcedetails.h"

#include "vpnaas/validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::ResourceDetails)
};

QString upDown(bool up)
{
    return up ? Text::tr("Up") : Text::tr("Down (administratively)");
}

DetailField text(const QString &label, const QString &value, const QString &warning = {})
{
    return {label, value, {}, std::nullopt, warning};
}

template<typename E>
DetailField choice(const QString &label, const Choice<E> &value)
{
    QString warning;
    if constexpr (std::is_same_v<E, EncryptionAlgorithm>) {
        if (value.value() && isWeak(*value.value()))
            warning = Text::tr("weak: prefer AES (aes-256)");
    } else if constexpr (std::is_same_v<E, AuthAlgorithm>) {
        if (value.value() && isWeak(*value.value()))
            warning = Text::tr("weak: prefer sha256 or stronger");
    } else if constexpr (std::is_same_v<E, PfsGroup>) {
        if (value.value() && isWeak(*value.value()))
            warning = Text::tr("weak: prefer group14 or higher");
    }
    if (!value.isKnown() && !value.isEmpty())
        warning = Text::tr("not a value this console knows");
    return text(label, value.api(), warning);
}

DetailField link(const QString &label, ResourceKind kind, const QString &id, const ServerState &state)
{
    if (id.isEmpty())
        return text(label, Text::tr("none"));
    const QString name = resourceDisplayName(kind, id, state);
    if (name.isEmpty())
        return text(label, id, Text::tr("not found in this project"));
    return {label, {}, {{kind, id, name}}, std::nullopt, {}};
}

DetailField usedBy(const ServerState &state, ResourceKind kind, const QString &id)
{
    DetailField field{Text::tr("Used by"), {}, {}, std::nullopt, {}};
    for (const IpsecSiteConnection &connection : connectionsUsing(kind, id, state))
        field.links.append({ResourceKind::IpsecSiteConnection, connection.id,
                            connection.name.isEmpty() ? connection.id : connection.name});
    if (field.links.isEmpty())
        field.value = Text::tr("no connection");
    return field;
}

QString subnetText(const ServerState &state, const QString &subnetId)
{
    const Subnet *subnet = state.subnet(subnetId);
    if (!subnet)
        return subnetId;
    return subnet->name.isEmpty() ? subnet->cidr : u"%1 (%2)"_s.arg(subnet->name, subnet->cidr);
}

template<typename T>
void common(ResourceDetails &details, const T &item)
{
    details.id = item.id;
    details.title = item.name.isEmpty() ? item.id : item.name;
    details.fields.append(text(Text::tr("Name"), item.name));
    details.fields.append(text(Text::tr("ID"), item.id));
    details.fields.append(text(Text::tr("Description"), item.description));
}

// The fields of each resource type (describeResource() picks one with withResource()).

void addFields(ResourceDetails &details, const IkePolicy *p, const ServerState &state)
{
    details.fields.append(choice(Text::tr("Encryption"), p->encryptionAlgorithm));
    details.fields.append(choice(Text::tr("Integrity"), p->authAlgorithm));
    details.fields.append(choice(Text::tr("PFS group"), p->pfs));
    details.fields.append(choice(Text::tr("IKE version"), p->ikeVersion));
    details.fields.append(choice(Text::tr("Phase 1 mode"), p->phase1NegotiationMode));
    details.fields.append(text(Text::tr("Lifetime"), lifetimeText(p->lifetime)));
    details.fields.append(text(Text::tr("Project"), p->projectId));
    details.fields.append(usedBy(state, ResourceTraits<IkePolicy>::kind, p->id));
}

void addFields(ResourceDetails &details, const IpsecPolicy *p, const ServerState &state)
{
    details.fields.append(choice(Text::tr("Encryption"), p->encryptionAlgorithm));
    details.fields.append(choice(Text::tr("Integrity"), p->authAlgorithm));
    details.fields.append(choice(Text::tr("PFS group"), p->pfs));
    details.fields.append(choice(Text::tr("Transform protocol"), p->transformProtocol));
    details.fields.append(choice(Text::tr("Encapsulation mode"), p->encapsulationMode));
    details.fields.append(text(Text::tr("Lifetime"), lifetimeText(p->lifetime)));
    details.fields.append(text(Text::tr("Project"), p->projectId));
    details.fields.append(usedBy(state, ResourceTraits<IpsecPolicy>::kind, p->id));
}

void addFields(ResourceDetails &details, const VpnService *s, const ServerState &state)
{
    details.status = s->status.api();
    details.fields.append(text(Text::tr("Status"), s->status.api()));
    details.fields.append(text(Text::tr("Admin state"), upDown(s->adminStateUp)));
    const Router *router = state.router(s->routerId);
    QString routerText = router ? (router->name.isEmpty() ? router->id : router->name) : s->routerId;
    if (router && !router->gatewayIp(4).isEmpty())
        routerText = Text::tr("%1, gateway %2").arg(routerText, router->gatewayIp(4));
    details.fields.append(text(Text::tr("Router"), routerText));
    details.fields.append(text(Text::tr("External IPv4"), s->externalV4Ip));
    details.fields.append(text(Text::tr("External IPv6"), s->externalV6Ip));
    details.fields.append(
        text(Text::tr("Subnet (legacy)"),
             s->isLegacy() ? subnetText(state, s->subnetId) : Text::tr("none: connections use endpoint groups")));
    details.fields.append(text(Text::tr("Flavor"), s->flavorId));
    details.fields.append(text(Text::tr("Project"), s->projectId));
    details.fields.append(usedBy(state, ResourceTraits<VpnService>::kind, s->id));
}

void addFields(ResourceDetails &details, const EndpointGroup *g, const ServerState &state)
{
    details.fields.append(choice(Text::tr("Type"), g->type));
    QStringList endpoints;
    for (const QString &endpoint : g->endpoints)
        endpoints.append(g->type == EndpointGroupType::Subnet ? subnetText(state, endpoint) : endpoint);
    details.fields.append(text(Text::tr("Endpoints"), endpoints.join(u", "_s)));
    details.fields.append(text(Text::tr("Project"), g->projectId));
    details.fields.append(usedBy(state, ResourceTraits<EndpointGroup>::kind, g->id));
}

void addFields(ResourceDetails &details, const IpsecSiteConnection *c, const ServerState &state)
{
    details.status = c->status.api();
    details.fields.append(text(Text::tr("Status"), c->status.api()));
    details.fields.append(text(Text::tr("Admin state"), upDown(c->adminStateUp),
                               c->adminStateUp ? QString() : Text::tr("the strongSwan driver still renders it")));
    details.fields.append(text(Text::tr("Peer address"), c->peerAddress));
    details.fields.append(text(Text::tr("Peer ID"), c->peerId));
    details.fields.append(
        text(Text::tr("Local ID"), c->localId.isEmpty() ? Text::tr("the router's external IP") : c->localId));
    details.fields.append({Text::tr("Pre-shared key"), {}, {}, c->psk, {}});
    details.fields.append(link(Text::tr("VPN service"), ResourceKind::VpnService, c->vpnserviceId, state));
    details.fields.append(link(Text::tr("IKE policy"), ResourceKind::IkePolicy, c->ikepolicyId, state));
    details.fields.append(link(Text::tr("IPsec policy"), ResourceKind::IpsecPolicy, c->ipsecpolicyId, state));
    if (!c->localEpGroupId.isEmpty() || !c->peerEpGroupId.isEmpty()) {
        details.fields.append(
            link(Text::tr("Local endpoint group"), ResourceKind::EndpointGroup, c->localEpGroupId, state));
        details.fields.append(
            link(Text::tr("Peer endpoint group"), ResourceKind::EndpointGroup, c->peerEpGroupId, state));
    } else {
        const VpnService *service = state.vpnService(c->vpnserviceId);
        details.fields.append(
            text(Text::tr("Local subnet (legacy)"), service ? subnetText(state, service->subnetId) : QString()));
        details.fields.append(text(Text::tr("Peer CIDRs (legacy)"), c->peerCidrs.join(u", "_s)));
    }
    details.fields.append(text(Text::tr("MTU"), QString::number(c->mtu),
                               c->mtu != 1500 ? Text::tr("the strongSwan driver does not render the MTU") : QString()));
    QString initiatorWarning;
    if (c->initiator == Initiator::ResponseOnly)
        initiatorWarning = Text::tr("the strongSwan driver ignores response-only");
    details.fields.append(text(Text::tr("Initiator"), c->initiator.api(), initiatorWarning));
    QString dpdWarning;
    if (c->dpd.action == DpdAction::Disabled || c->dpd.action == DpdAction::RestartByPeer)
        dpdWarning = Text::tr("the strongSwan driver writes an ipsec.conf that does not load with this action");
    details.fields.append(text(Text::tr("DPD action"), c->dpd.action.api(), dpdWarning));
    details.fields.append(
        text(Text::tr("DPD interval / timeout"), Text::tr("%1 s / %2 s").arg(c->dpd.interval).arg(c->dpd.timeout)));
    details.fields.append(text(Text::tr("Route mode"), c->routeMode));
    details.fields.append(text(Text::tr("Auth mode"), c->authMode));
    details.fields.append(text(Text::tr("Project"), c->projectId));
}

} // namespace

ResourceDetails describeResource(ResourceKind kind, const QString &id, const ServerState &state)
{
    ResourceDetails details;
    details.kind = kind;
    withResource(kind, [&]<typename T>(ResourceType<T>) {
        if (const T *item = state.find<T>(id)) {
            common(details, *item);
            addFields(details, item, state);
        }
    });
    return details;
}

QString lifetimeText(const Lifetime &lifetime)
{
    if (lifetime.units == LifetimeUnits::Seconds)
        return Text::tr("%1 s").arg(lifetime.value);
    return u"%1 %2"_s.arg(lifetime.value).arg(lifetime.units.api());
}

} // namespace vpnaas
