// SPDX-License-Identifier: Apache-2.0
#include "topologygraph.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::topology {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::topology)
};

QString nameOr(const QString &name, const QString &id)
{
    return name.isEmpty() ? id.left(8) : name;
}

/*!
 * The items of \a list by id (the first of each id, as ServerState::find() has it): 10,000
 * connections looked their groups and services up one by one in lists, 40 ms of the graph.
 */
template<typename T>
class ById
{
public:
    explicit ById(const QList<T> &list)
    {
        m_index.reserve(list.size());
        for (const T &item : list) {
            if (!m_index.contains(item.id))
                m_index.insert(item.id, &item);
        }
    }
    const T *operator()(const QString &id) const { return m_index.value(id); }

private:
    QHash<QString, const T *> m_index;
};

QString subnetCidr(const ById<Subnet> &subnets, const QString &subnetId)
{
    const Subnet *subnet = subnets(subnetId);
    return subnet ? subnet->cidr : subnetId.left(8);
}

} // namespace

int Graph::addNode(Node node)
{
    const auto existing = m_index.constFind(node.key);
    if (existing != m_index.cend())
        return *existing;
    m_index.insert(node.key, int(nodes.size()));
    nodes.append(std::move(node));
    return int(nodes.size()) - 1;
}

void Graph::reserve(qsizetype nodeCount, qsizetype edgeCount)
{
    nodes.reserve(nodeCount);
    m_index.reserve(nodeCount);
    edges.reserve(edgeCount);
    m_edgeKeys.reserve(edgeCount);
}

void Graph::addEdge(Edge edge)
{
    const std::pair<QString, QString> key{edge.from, edge.to};
    if (m_edgeKeys.contains(key))
        return;
    m_edgeKeys.insert(key);
    edges.append(std::move(edge));
}

QString nodeKeyFor(ResourceKind kind, const QString &id)
{
    switch (kind) {
    case ResourceKind::VpnService:
        return u"service:"_s + id;
    case ResourceKind::EndpointGroup:
        return u"group:"_s + id;
    case ResourceKind::IpsecSiteConnection:
        return u"connection:"_s + id;
    case ResourceKind::IkePolicy:
    case ResourceKind::IpsecPolicy:
        return {}; // policies are attributes of connections, not places in the picture
    }
    return {};
}

Graph buildGraph(const ServerState &state, const QList<Network> &networks)
{
    Graph graph;
    // At most: per connection itself, its two groups and its peer; per service itself, its
    // router and network. Edges: four per connection, two per service.
    graph.reserve(4 * state.connections.size() + 3 * state.vpnServices.size(),
                  4 * state.connections.size() + 2 * state.vpnServices.size());
    const ById<Router> routers(state.routers);
    const ById<Subnet> subnets(state.subnets);
    const ById<VpnService> services(state.vpnServices);
    const ById<EndpointGroup> groups(state.endpointGroups);
    const ById<IkePolicy> ikePolicies(state.ikePolicies);
    const ById<IpsecPolicy> ipsecPolicies(state.ipsecPolicies);
    QHash<QString, QString> networkNames;
    for (const Network &network : networks)
        networkNames.insert(network.id, network.name);

    const auto routerNode = [&](const QString &routerId) -> QString {
        QString key = u"router:"_s + routerId;
        if (graph.indexOf(key) >= 0)
            return key;
        const Router *router = routers(routerId);
        Node node{key, NodeKind::Router, router ? nameOr(router->name, router->id) : routerId.left(8), {}, {}, {}, {}};
        if (!router) {
            node.details.append(Text::tr("not found"));
        } else {
            for (const FixedIp &ip : router->externalFixedIps)
                node.details.append(ip.ipAddress);
            if (router->externalNetworkId.isEmpty())
                node.details.append(Text::tr("no external gateway"));
        }
        graph.addNode(node);
        if (router && !router->externalNetworkId.isEmpty()) {
            const QString netKey = u"network:"_s + router->externalNetworkId;
            const QString name = networkNames.value(router->externalNetworkId);
            graph.addNode({netKey,
                           NodeKind::ExternalNetwork,
                           name.isEmpty() ? router->externalNetworkId.left(8) : name,
                           {Text::tr("external network")},
                           {},
                           {},
                           {}});
            graph.addEdge(
                {netKey, key, {}, router->gatewayIp(4).isEmpty() ? router->gatewayIp(6) : router->gatewayIp(4)});
        }
        return key;
    };

    for (const VpnService &service : state.vpnServices) {
        const QString routerKey = routerNode(service.routerId);
        const QString serviceKey = nodeKeyFor(ResourceKind::VpnService, service.id);
        QStringList details;
        for (const QString &ip : {service.externalV4Ip, service.externalV6Ip}) {
            if (!ip.isEmpty())
                details.append(ip);
        }
        graph.addNode({serviceKey, NodeKind::VpnService, nameOr(service.name, service.id), details,
                       service.status.api(), ResourceKind::VpnService, service.id});
        graph.addEdge({routerKey, serviceKey, {}, {}});
    }

    for (const IpsecSiteConnection &c : state.connections) {
        const VpnService *service = services(c.vpnserviceId);
        QString serviceKey = nodeKeyFor(ResourceKind::VpnService, c.vpnserviceId);
        if (!service) {
            graph.addNode({serviceKey,
                           NodeKind::VpnService,
                           c.vpnserviceId.left(8),
                           {Text::tr("not found")},
                           {},
                           ResourceKind::VpnService,
                           c.vpnserviceId});
        }

        // Local side: the subnet group, or the legacy service's subnet.
        QString localKey;
        if (!c.localEpGroupId.isEmpty()) {
            localKey = nodeKeyFor(ResourceKind::EndpointGroup, c.localEpGroupId);
            if (graph.indexOf(localKey) < 0) { // else an earlier connection's too
                const EndpointGroup *group = groups(c.localEpGroupId);
                QStringList cidrs;
                if (group) {
                    for (const QString &endpoint : group->endpoints)
                        cidrs.append(subnetCidr(subnets, endpoint));
                }
                graph.addNode({localKey,
                               NodeKind::LocalEndpoints,
                               group ? nameOr(group->name, group->id) : c.localEpGroupId.left(8),
                               group ? cidrs : QStringList{Text::tr("not found")},
                               {},
                               ResourceKind::EndpointGroup,
                               c.localEpGroupId});
            }
        } else if (service && service->isLegacy()) {
            localKey = u"subnet:"_s + service->subnetId;
            const Subnet *subnet = subnets(service->subnetId);
            graph.addNode({localKey,
                           NodeKind::LocalEndpoints,
                           subnet ? nameOr(subnet->name, subnet->id) : service->subnetId.left(8),
                           {subnetCidr(subnets, service->subnetId)},
                           {},
                           {},
                           {}});
        }

        const QString connectionKey = nodeKeyFor(ResourceKind::IpsecSiteConnection, c.id);
        const IkePolicy *ike = ikePolicies(c.ikepolicyId);
        const IpsecPolicy *ipsec = ipsecPolicies(c.ipsecpolicyId);
        QStringList details;
        if (ike)
            details.append(u"IKE %1 %2/%3/%4"_s.arg(ike->ikeVersion.api(), ike->encryptionAlgorithm.api(),
                                                    ike->authAlgorithm.api(), ike->pfs.api()));
        if (ipsec)
            details.append(u"%1 %2/%3/%4"_s.arg(ipsec->transformProtocol.api().toUpper(),
                                                ipsec->encryptionAlgorithm.api(), ipsec->authAlgorithm.api(),
                                                ipsec->pfs.api()));
        if (!c.adminStateUp)
            details.append(Text::tr("administratively down"));
        graph.addNode({connectionKey, NodeKind::Connection, nameOr(c.name, c.id), details, c.status.api(),
                       ResourceKind::IpsecSiteConnection, c.id});
        if (!localKey.isEmpty()) {
            graph.addEdge({serviceKey, localKey, {}, {}});
            graph.addEdge({localKey, connectionKey, c.status.api(), {}});
        } else {
            graph.addEdge({serviceKey, connectionKey, c.status.api(), {}});
        }

        // The peer: one gateway per address and id, then its networks.
        const QString peerKey = u"peer:%1|%2"_s.arg(c.peerAddress, c.peerId);
        QStringList peerDetails;
        if (c.peerId != c.peerAddress && !c.peerId.isEmpty())
            peerDetails.append(Text::tr("ID %1").arg(c.peerId));
        graph.addNode({peerKey, NodeKind::PeerGateway, c.peerAddress, peerDetails, {}, {}, {}});
        graph.addEdge({connectionKey, peerKey, c.status.api(), c.status.api()});

        QString peerNetsKey;
        if (!c.peerEpGroupId.isEmpty()) {
            peerNetsKey = nodeKeyFor(ResourceKind::EndpointGroup, c.peerEpGroupId);
            if (graph.indexOf(peerNetsKey) < 0) { // else an earlier connection's too
                const EndpointGroup *group = groups(c.peerEpGroupId);
                graph.addNode({peerNetsKey,
                               NodeKind::PeerEndpoints,
                               group ? nameOr(group->name, group->id) : c.peerEpGroupId.left(8),
                               group ? group->endpoints : QStringList{Text::tr("not found")},
                               {},
                               ResourceKind::EndpointGroup,
                               c.peerEpGroupId});
            }
        } else if (!c.peerCidrs.isEmpty()) {
            QStringList cidrs = c.peerCidrs;
            cidrs.sort();
            peerNetsKey = u"cidrs:"_s + cidrs.join(u',');
            graph.addNode({peerNetsKey, NodeKind::PeerEndpoints, Text::tr("peer CIDRs"), cidrs, {}, {}, {}});
        }
        if (!peerNetsKey.isEmpty())
            graph.addEdge({peerKey, peerNetsKey, {}, {}});
    }
    return graph;
}

} // namespace vpnaas::topology
