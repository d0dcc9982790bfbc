// SPDX-License-Identifier: Apache-2.0
#include "resolvedconnection.h"

#include "configsyntax.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::strongswan {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::StrongSwanLint)
};

Finding error(const QString &connectionId, const QString &code, const QString &key, const QString &message)
{
    return {Finding::Severity::Error, connectionId, code, key, message};
}

Finding warning(const QString &connectionId, const QString &code, const QString &key, const QString &message)
{
    return {Finding::Severity::Warning, connectionId, code, key, message};
}

/*! The CIDRs of the subnets in a local endpoint group (or of the legacy service subnet). */
void resolveLocalCidrs(const ServerState &state, const VpnService &service, ResolvedConnection &rc)
{
    const QString &id = rc.connection.id;
    QStringList subnetIds;
    if (rc.legacy) {
        subnetIds.append(service.subnetId);
    } else if (rc.connection.localEpGroupId.isEmpty()) {
        rc.findings.append(error(id, u"missing-local-endpoint-group"_s, u"leftsubnet"_s,
                                 Text::tr("The connection names no local endpoint group and the VPN service has no "
                                          "subnet, so leftsubnet is empty.")));
        return;
    } else if (const EndpointGroup *group = state.endpointGroup(rc.connection.localEpGroupId)) {
        if (group->type != EndpointGroupType::Subnet) {
            rc.findings.append(error(id, u"wrong-endpoint-group-type"_s, u"leftsubnet"_s,
                                     Text::tr("The local endpoint group %1 has type \"%2\"; it must be a subnet "
                                              "group, so leftsubnet is empty.")
                                         .arg(group->id, group->type.api())));
            return;
        }
        subnetIds = group->endpoints;
    } else {
        rc.findings.append(error(id, u"unknown-endpoint-group"_s, u"leftsubnet"_s,
                                 Text::tr("The local endpoint group %1 is not known, so leftsubnet is empty.")
                                     .arg(rc.connection.localEpGroupId)));
        return;
    }
    for (const QString &subnetId : std::as_const(subnetIds)) {
        if (const Subnet *subnet = state.subnet(subnetId)) {
            rc.localCidrs.append(subnet->cidr);
        } else {
            rc.findings.append(
                error(id, u"unknown-subnet"_s, u"leftsubnet"_s,
                      Text::tr("The subnet %1 is not known; its CIDR is missing from leftsubnet.").arg(subnetId)));
        }
    }
}

void resolvePeerCidrs(const ServerState &state, ResolvedConnection &rc)
{
    const QString &id = rc.connection.id;
    if (rc.legacy) {
        rc.peerCidrs = rc.connection.peerCidrs;
    } else if (rc.connection.peerEpGroupId.isEmpty()) {
        if (!rc.connection.peerCidrs.isEmpty()) {
            // Not a state Neutron accepts; render what the connection carries.
            rc.peerCidrs = rc.connection.peerCidrs;
        } else {
            rc.findings.append(error(id, u"missing-peer-endpoint-group"_s, u"rightsubnet"_s,
                                     Text::tr("The connection names no peer endpoint group, so rightsubnet is "
                                              "empty.")));
            return;
        }
    } else if (const EndpointGroup *group = state.endpointGroup(rc.connection.peerEpGroupId)) {
        if (group->type != EndpointGroupType::Cidr) {
            rc.findings.append(error(id, u"wrong-endpoint-group-type"_s, u"rightsubnet"_s,
                                     Text::tr("The peer endpoint group %1 has type \"%2\"; it must be a cidr group, "
                                              "so rightsubnet is empty.")
                                         .arg(group->id, group->type.api())));
            return;
        }
        rc.peerCidrs = group->endpoints;
    } else {
        rc.findings.append(error(id, u"unknown-endpoint-group"_s, u"rightsubnet"_s,
                                 Text::tr("The peer endpoint group %1 is not known, so rightsubnet is empty.")
                                     .arg(rc.connection.peerEpGroupId)));
        return;
    }
    if (rc.peerCidrs.isEmpty()) {
        rc.findings.append(error(id, u"missing-peer-cidrs"_s, u"rightsubnet"_s,
                                 Text::tr("The connection has no peer CIDRs, so rightsubnet is empty.")));
    }
}

void resolveExternalIp(const VpnService &service, const Router *router, ResolvedConnection &rc)
{
    const QString &id = rc.connection.id;
    int version = rc.peerIpVersion;
    if (version == 0) {
        rc.findings.append(error(id, u"peer-address-not-ip"_s, u"right"_s,
                                 Text::tr("The peer address \"%1\" is not an IP address. Neutron stores the "
                                          "address a host name resolves to; the driver cannot choose an external "
                                          "IP for anything else.")
                                     .arg(rc.connection.peerAddress)));
        // Keep rendering: guess the family from the subnets.
        version = !rc.peerCidrs.isEmpty() ? ipVersion(rc.peerCidrs.first())
            : !rc.localCidrs.isEmpty()    ? ipVersion(rc.localCidrs.first())
                                          : 4;
        if (version == 0)
            version = 4;
    }
    const QString snapshot = version == 6 ? service.externalV6Ip : service.externalV4Ip;
    const QString gateway = router ? router->gatewayIp(version) : QString();
    if (!snapshot.isEmpty()) {
        rc.externalIp = snapshot;
        if (!gateway.isEmpty() && gateway != snapshot) {
            rc.findings.append(warning(id, u"stale-external-ip"_s, u"left"_s,
                                       Text::tr("The router's IPv%1 gateway is now %2, but the driver keeps using "
                                                "the address recorded when the VPN service was created (%3).")
                                           .arg(QString::number(version), gateway, snapshot)));
        }
    } else if (!gateway.isEmpty()) {
        rc.externalIp = gateway;
        rc.findings.append(warning(id, u"external-ip-from-router"_s, u"left"_s,
                                   Text::tr("The VPN service has no IPv%1 external address recorded; the router's "
                                            "gateway IP %2 is shown instead.")
                                       .arg(QString::number(version), gateway)));
    } else {
        rc.findings.append(error(id, u"no-gateway-ip"_s, u"left"_s,
                                 Text::tr("Neither the VPN service nor its router has an IPv%1 external address for "
                                          "this IPv%1 peer, so left and leftid are empty.")
                                     .arg(QString::number(version))));
    }
}

void decorateIds(ResolvedConnection &rc)
{
    const QString &peerId = rc.connection.peerId;
    const QString &localId = rc.connection.localId;
    rc.idsDecorated = !isIpAddress(peerId) || (!localId.isEmpty() && !isIpAddress(localId));
    rc.peerId = rc.idsDecorated ? u'@' + peerId : peerId;
    const QString local = rc.idsDecorated && !localId.isEmpty() ? u'@' + localId : localId;
    rc.localId = local.isEmpty() ? rc.externalIp : local;
}

ResolvedConnection resolveIn(const ServerState &state, const IpsecSiteConnection &connection, const VpnService *service,
                             const Router *router)
{
    ResolvedConnection rc;
    rc.known = true;
    rc.connection = connection;
    const QString &id = connection.id;
    if (const IkePolicy *ike = state.ikePolicy(connection.ikepolicyId)) {
        rc.ikePolicy = *ike;
    } else {
        rc.findings.append(error(id, u"unknown-ikepolicy"_s, u"ike"_s,
                                 Text::tr("The IKE policy %1 is not known, so keyexchange, ike and ikelifetime "
                                          "cannot be rendered.")
                                     .arg(connection.ikepolicyId)));
    }
    if (const IpsecPolicy *ipsec = state.ipsecPolicy(connection.ipsecpolicyId)) {
        rc.ipsecPolicy = *ipsec;
    } else {
        rc.findings.append(error(id, u"unknown-ipsecpolicy"_s, u"esp"_s,
                                 Text::tr("The IPsec policy %1 is not known, so esp (or ah), lifetime and type "
                                          "cannot be rendered.")
                                     .arg(connection.ipsecpolicyId)));
    }
    rc.peerIpVersion = isIpAddress(connection.peerAddress) ? ipVersion(connection.peerAddress) : 0;
    if (service) {
        rc.legacy = service->isLegacy();
        resolveLocalCidrs(state, *service, rc);
    } else {
        rc.findings.append(error(id, u"unknown-vpnservice"_s, QString(),
                                 Text::tr("The VPN service %1 of this connection is not known, so the local side "
                                          "(left, leftsubnet) cannot be rendered.")
                                     .arg(connection.vpnserviceId)));
    }
    resolvePeerCidrs(state, rc);
    if (service)
        resolveExternalIp(*service, router, rc);
    decorateIds(rc);
    return rc;
}

} // namespace

bool isIpAddress(const QString &text)
{
    if (text.isEmpty() || text.trimmed() != text || text.contains(u'/') || text.contains(u'%'))
        return false;
    return !QHostAddress(text).isNull();
}

int ipVersion(const QString &addressOrCidr)
{
    const QString address = addressOrCidr.section(u'/', 0, 0);
    if (!isIpAddress(address))
        return 0;
    return QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4;
}

ResolvedService resolveService(const ServerState &state, const QString &vpnServiceId)
{
    ResolvedService result;
    result.id = vpnServiceId;
    const VpnService *service = state.vpnService(vpnServiceId);
    if (!service) {
        result.findings.append(error(QString(), u"unknown-vpnservice"_s, QString(),
                                     Text::tr("The VPN service %1 is not known; only the fixed parts of the files "
                                              "can be rendered.")
                                         .arg(vpnServiceId)));
        return result;
    }
    result.service = *service;
    const Router *router = state.router(service->routerId);
    if (router)
        result.router = *router;
    QList<const IpsecSiteConnection *> connections;
    for (const IpsecSiteConnection &connection : state.connections) {
        if (connection.vpnserviceId == vpnServiceId)
            connections.append(&connection);
    }
    std::stable_sort(connections.begin(), connections.end(),
                     [](const IpsecSiteConnection *a, const IpsecSiteConnection *b) { return a->id < b->id; });
    // Each connection is a section of its own in ipsec.conf (`conn <id>`, Jinja-escaped) and in
    // swanctl.conf (`<id> { }`, `ike-<id> { }`). Neutron's ids are unique UUIDs, but a damaged
    // reply (no id, ids that differ only in characters a section name cannot hold) would give
    // two sections one name, and charon would take the second for the first. Such a connection
    // is left out of the files, and the service says why.
    QSet<QString> ipsecConfNames;
    QSet<QString> swanctlNames;
    for (const IpsecSiteConnection *connection : std::as_const(connections)) {
        const QString ipsecConfName = sectionName(jinjaEscaped(connection->id));
        const QString swanctlName = sectionName(connection->id);
        if (ipsecConfNames.contains(ipsecConfName) || swanctlNames.contains(swanctlName)) {
            const QString what = connection->id.isEmpty()
                ? Text::tr("An IPsec site connection without an id")
                : Text::tr("The IPsec site connection %1").arg(connection->id);
            result.findings.append(error(connection->id, u"duplicate-section"_s, QString(),
                                         Text::tr("%1 is left out of the files: its section would be named "
                                                  "\"%2\" like the one of a connection before it. Neutron "
                                                  "gives every connection a unique id; re-read the list.")
                                             .arg(what, swanctlName)));
            continue;
        }
        ipsecConfNames.insert(ipsecConfName);
        swanctlNames.insert(swanctlName);
        result.connections.append(resolveIn(state, *connection, service, router));
    }
    return result;
}

ResolvedConnection resolveConnection(const ServerState &state, const QString &connectionId)
{
    const IpsecSiteConnection *connection = state.connection(connectionId);
    if (!connection) {
        ResolvedConnection rc;
        rc.connection.id = connectionId;
        rc.findings.append(error(connectionId, u"unknown-connection"_s, QString(),
                                 Text::tr("The IPsec site connection %1 is not known; only the fixed parts of the "
                                          "files can be rendered.")
                                     .arg(connectionId)));
        return rc;
    }
    const VpnService *service = state.vpnService(connection->vpnserviceId);
    const Router *router = service ? state.router(service->routerId) : nullptr;
    return resolveIn(state, *connection, service, router);
}

} // namespace vpnaas::strongswan
