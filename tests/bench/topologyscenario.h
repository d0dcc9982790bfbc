// SPDX-License-Identifier: Apache-2.0
#pragma once
// The project the topology benchmarks measure: one router and service, 20 local groups, N/5
// peers each with its own CIDR group, connections spread over them at random (fixed seed, so
// every run and machine sees the same graph, with crossings to reduce); one in four DOWN.

#include "vpnaas/serverstate.h"

#include <QRandomGenerator>

namespace bench {

inline vpnaas::ServerState topologyScenario(int n)
{
    using namespace Qt::StringLiterals;
    using namespace vpnaas;

    ServerState state;
    Router router;
    router.id = u"r1"_s;
    router.name = u"router1"_s;
    router.externalNetworkId = u"ext"_s;
    router.externalFixedIps = {{u"s"_s, u"203.0.113.1"_s}};
    state.routers.append(router);
    VpnService service;
    service.id = u"svc"_s;
    service.routerId = router.id;
    state.vpnServices.append(service);
    const int groups = 20, peers = std::max(1, n / 5);
    for (int g = 0; g < groups; ++g) {
        EndpointGroup local;
        local.id = u"l%1"_s.arg(g);
        local.name = local.id;
        local.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
        state.endpointGroups.append(local);
    }
    for (int p = 0; p < peers; ++p) {
        EndpointGroup remote;
        remote.id = u"p%1"_s.arg(p);
        remote.name = remote.id;
        remote.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
        remote.endpoints = {u"10.%1.%2.0/24"_s.arg(p / 256).arg(p % 256)};
        state.endpointGroups.append(remote);
    }
    QRandomGenerator random(20261127);
    for (int i = 0; i < n; ++i) {
        IpsecSiteConnection c;
        c.id = u"c%1"_s.arg(i);
        c.name = c.id;
        c.vpnserviceId = service.id;
        const int p = int(random.bounded(quint32(peers)));
        c.localEpGroupId = u"l%1"_s.arg(random.bounded(quint32(groups)));
        c.peerEpGroupId = u"p%1"_s.arg(p);
        c.peerAddress = u"198.51.%1.%2"_s.arg(p / 250).arg(p % 250 + 1);
        c.peerId = c.peerAddress;
        c.status = Choice<ResourceStatus>(i % 4 ? ResourceStatus::Active : ResourceStatus::Down);
        state.connections.append(c);
    }
    return state;
}

} // namespace bench
