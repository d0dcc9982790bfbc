// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpointgroup.h"
#include "ikepolicy.h"
#include "ipsecpolicy.h"
#include "ipsecsiteconnection.h"
#include "router.h"
#include "subnet.h"
#include "vpnservice.h"

#include <type_traits>

namespace vpnaas {

/*!
 * What the client knows of the server's resources, for the validation rules that need it
 * (router has a gateway, subnet is a router interface, policy in use, ...). When `complete` is
 * set the lists are everything the project has, so an unknown id is "not found"; otherwise
 * rules about unknown ids are skipped.
 */
struct ServerState {
    QList<Router> routers;
    QList<Subnet> subnets;
    QList<VpnService> vpnServices;
    QList<EndpointGroup> endpointGroups;
    QList<IkePolicy> ikePolicies;
    QList<IpsecPolicy> ipsecPolicies;
    QList<IpsecSiteConnection> connections;
    bool complete = false;

    const Router *router(const QString &id) const { return find(routers, id); }
    const Subnet *subnet(const QString &id) const { return find(subnets, id); }
    const VpnService *vpnService(const QString &id) const { return find(vpnServices, id); }
    const EndpointGroup *endpointGroup(const QString &id) const { return find(endpointGroups, id); }
    const IkePolicy *ikePolicy(const QString &id) const { return find(ikePolicies, id); }
    const IpsecPolicy *ipsecPolicy(const QString &id) const { return find(ipsecPolicies, id); }
    const IpsecSiteConnection *connection(const QString &id) const { return find(connections, id); }

    /*! The list that holds \a T (IkePolicy → ikePolicies, ...). */
    template<typename T>
    QList<T> &items()
    {
        if constexpr (std::is_same_v<T, IkePolicy>)
            return ikePolicies;
        else if constexpr (std::is_same_v<T, IpsecPolicy>)
            return ipsecPolicies;
        else if constexpr (std::is_same_v<T, VpnService>)
            return vpnServices;
        else if constexpr (std::is_same_v<T, EndpointGroup>)
            return endpointGroups;
        else if constexpr (std::is_same_v<T, IpsecSiteConnection>)
            return connections;
        else if constexpr (std::is_same_v<T, Router>)
            return routers;
        else {
            static_assert(std::is_same_v<T, Subnet>, "ServerState holds no list of this type");
            return subnets;
        }
    }
    template<typename T>
    const QList<T> &items() const
    {
        return const_cast<ServerState *>(this)->items<T>();
    }
    /*! The \a T with \a id, or null. */
    template<typename T>
    const T *find(const QString &id) const
    {
        return find(items<T>(), id);
    }

private:
    template<typename T>
    static const T *find(const QList<T> &list, const QString &id)
    {
        for (const T &item : list) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }
};

} // namespace vpnaas
