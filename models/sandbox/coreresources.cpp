// SPDX-License-Identifier: Apache-2.0
#include "coreresources.h"

#include "vpnaas/resourcetraits.h"
#include "vpnaas/servermessages.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

/*! Next free address of \a subnet's allocation pool, given the addresses in use. */
QString allocateAddress(const QJsonObject &subnet, const QSet<QString> &used)
{
    for (const QJsonValue &pool : subnet.value(u"allocation_pools").toArray()) {
        QHostAddress start(pool[u"start"].toString());
        const QHostAddress end(pool[u"end"].toString());
        if (start.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        for (quint32 a = start.toIPv4Address(); a <= end.toIPv4Address(); ++a) {
            QString candidate = QHostAddress(a).toString();
            if (!used.contains(candidate))
                return candidate;
        }
    }
    return {};
}

QSet<QString> addressesInUse(const QList<QJsonObject> &ports, const QString &subnetId)
{
    QSet<QString> used;
    for (const QJsonObject &port : ports) {
        for (const QJsonValue &ip : port.value(u"fixed_ips").toArray()) {
            if (ip[u"subnet_id"].toString() == subnetId)
                used.insert(ip[u"ip_address"].toString());
        }
    }
    return used;
}

} // namespace

Refusal coreNotFound(const QString &collection, const QString &id)
{
    auto error = [&id]<typename T>(ResourceType<T>) {
        return Refusal{404, ResourceTraits<T>::notFoundType.toString(),
                       ResourceTraits<T>::notFoundMessage.toString().arg(id)};
    };
    if (collection == kRouters)
        return error(ResourceType<Router>());
    if (collection == kNetworks)
        return error(ResourceType<Network>());
    if (collection == kSubnets)
        return error(ResourceType<Subnet>());
    return {404, u"PortNotFound"_s, u"Port %1 could not be found."_s.arg(id)};
}

QJsonObject shownCoreResource(const QString &collection, QJsonObject item)
{
    if (collection == kNetworks && !item.value(u"router:external").toBool())
        item.remove(u"is_default"_s); // only a create reply shows it on internal networks
    return item;
}

HandlerResult createNetwork(const QByteArray &body, const RequestContext &context)
{
    const QJsonObject in = QJsonDocument::fromJson(body).object().value(u"network").toObject();
    if (in.isEmpty() && !QJsonDocument::fromJson(body).object().contains(u"network"))
        return HandlerResult::refused(
            {400, u"MalformedRequestBody"_s, u"Malformed request body: Cannot understand JSON."_s});
    const bool external = in.value(u"router:external").toBool();
    const QString type = in.value(u"provider:network_type").toString(u"vxlan"_s);
    const QString id = newResourceId();
    const QString project = in.value(u"project_id").toString(context.projectId);
    if (project.isEmpty())
        return HandlerResult::refused(badRequest(noProjectMessage()));
    const QJsonObject network{
        {u"id"_s, id},
        {u"name"_s, in.value(u"name").toString()},
        {u"tenant_id"_s, project},
        {u"project_id"_s, project},
        {u"admin_state_up"_s, in.value(u"admin_state_up").toBool(true)},
        {u"mtu"_s, type == u"vxlan" ? 1450 : 1500},
        {u"status"_s, u"ACTIVE"_s},
        {u"subnets"_s, QJsonArray()},
        {u"shared"_s, in.value(u"shared").toBool(false)},
        {u"port_security_enabled"_s, true},
        {u"router:external"_s, external},
        {u"provider:network_type"_s, type},
        {u"provider:physical_network"_s,
         in.contains(u"provider:physical_network") ? in.value(u"provider:physical_network") : QJsonValue()},
        {u"provider:segmentation_id"_s,
         type == u"vxlan" ? QJsonValue(int(QRandomGenerator::global()->bounded(1, 1001))) : QJsonValue()},
        {u"is_default"_s, false},
        {u"availability_zone_hints"_s, QJsonArray()},
        {u"availability_zones"_s, QJsonArray()},
        {u"ipv4_address_scope"_s, QJsonValue()},
        {u"ipv6_address_scope"_s, QJsonValue()},
        {u"description"_s, in.value(u"description").toString()},
        {u"tags"_s, QJsonArray()},
        {u"created_at"_s, now()},
        {u"updated_at"_s, now()},
        {u"revision_number"_s, 1}};
    return HandlerResult::answered(201, {{u"network"_s, network}}, {{kNetworks, id, network}});
}

HandlerResult createSubnet(const QByteArray &body, const RequestContext &context)
{
    const QJsonObject in = QJsonDocument::fromJson(body).object().value(u"subnet").toObject();
    // The API layer names the project before the plugin looks anything up.
    const QString project = in.value(u"project_id").toString(context.projectId);
    if (project.isEmpty())
        return HandlerResult::refused(badRequest(noProjectMessage()));
    const QString networkId = in.value(u"network_id").toString();
    auto network = context.store.get(kNetworks, networkId);
    if (!network)
        return HandlerResult::refused(coreNotFound(kNetworks, networkId));
    const QString cidr = in.value(u"cidr").toString();
    const auto parsed = QHostAddress::parseSubnet(cidr);
    if (parsed.second < 0)
        return HandlerResult::refused(
            badRequest(servermessages::invalidInput(u"cidr"_s, servermessages::notValidSubnet(cidr))));
    const int version = parsed.first.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4;
    QString gateway = in.value(u"gateway_ip").toString();
    QJsonArray pools;
    if (version == 4) {
        const quint32 base
            = parsed.first.toIPv4Address() & (parsed.second == 0 ? 0 : ~((1u << (32 - parsed.second)) - 1));
        const quint32 last = base | ((parsed.second == 0) ? 0xffffffffu : ((1u << (32 - parsed.second)) - 1));
        if (gateway.isEmpty())
            gateway = QHostAddress(base + 1).toString();
        const quint32 gw = QHostAddress(gateway).toIPv4Address();
        const quint32 start = gw == base + 1 ? base + 2 : base + 1;
        pools.append(
            QJsonObject{{u"start"_s, QHostAddress(start).toString()}, {u"end"_s, QHostAddress(last - 1).toString()}});
    } else if (gateway.isEmpty()) {
        Q_IPV6ADDR a = parsed.first.toIPv6Address();
        a[15] = 1;
        gateway = QHostAddress(a).toString();
    }
    const QString id = newResourceId();
    const QJsonObject subnet{{u"id"_s, id},
                             {u"name"_s, in.value(u"name").toString()},
                             {u"tenant_id"_s, project},
                             {u"project_id"_s, project},
                             {u"network_id"_s, networkId},
                             {u"ip_version"_s, version},
                             {u"subnetpool_id"_s, QJsonValue()},
                             {u"enable_dhcp"_s, in.value(u"enable_dhcp").toBool(true)},
                             {u"ipv6_ra_mode"_s, QJsonValue()},
                             {u"ipv6_address_mode"_s, QJsonValue()},
                             {u"gateway_ip"_s, gateway},
                             {u"cidr"_s, cidr},
                             {u"allocation_pools"_s, pools},
                             {u"host_routes"_s, QJsonArray()},
                             {u"dns_nameservers"_s, QJsonArray()},
                             {u"description"_s, in.value(u"description").toString()},
                             {u"service_types"_s, QJsonArray()},
                             {u"tags"_s, QJsonArray()},
                             {u"created_at"_s, now()},
                             {u"updated_at"_s, now()},
                             {u"revision_number"_s, 0}};
    QJsonArray subnets = network->value(u"subnets").toArray();
    subnets.append(id);
    network->insert(u"subnets"_s, subnets);
    network->insert(u"revision_number"_s, network->value(u"revision_number").toInt() + 1);
    network->insert(u"updated_at"_s, now());
    return HandlerResult::answered(201, {{u"subnet"_s, subnet}},
                                   {{kSubnets, id, subnet}, {kNetworks, networkId, *network}});
}

HandlerResult createRouter(const QByteArray &body, const RequestContext &context)
{
    const QJsonObject in = QJsonDocument::fromJson(body).object().value(u"router").toObject();
    const QString id = newResourceId();
    const QString project = in.value(u"project_id").toString(context.projectId);
    if (project.isEmpty())
        return HandlerResult::refused(badRequest(noProjectMessage()));
    QList<SandboxStore::Change> changes;
    QJsonValue gatewayInfo;
    const QString externalNetwork = in.value(u"external_gateway_info").toObject().value(u"network_id").toString();
    if (!externalNetwork.isEmpty()) {
        const auto network = context.store.get(kNetworks, externalNetwork);
        if (!network)
            return HandlerResult::refused(coreNotFound(kNetworks, externalNetwork));
        QJsonArray fixedIps;
        const QList<QJsonObject> ports = context.store.list(kPorts);
        for (const QJsonValue &subnetId : network->value(u"subnets").toArray()) {
            const auto subnet = context.store.get(kSubnets, subnetId.toString());
            if (!subnet)
                continue;
            QSet<QString> used = addressesInUse(ports, subnetId.toString());
            used.insert(subnet->value(u"gateway_ip").toString());
            const QString address = allocateAddress(*subnet, used);
            if (!address.isEmpty())
                fixedIps.append(QJsonObject{{u"subnet_id"_s, subnetId}, {u"ip_address"_s, address}});
        }
        gatewayInfo = QJsonObject{
            {u"network_id"_s, externalNetwork}, {u"external_fixed_ips"_s, fixedIps}, {u"enable_snat"_s, true}};
        const QString portId = newResourceId();
        changes.append({kPorts, portId,
                        QJsonObject{{u"id"_s, portId},
                                    {u"network_id"_s, externalNetwork},
                                    {u"device_id"_s, id},
                                    {u"device_owner"_s, u"network:router_gateway"_s},
                                    {u"fixed_ips"_s, fixedIps},
                                    {u"tenant_id"_s, QString()},
                                    {u"project_id"_s, QString()},
                                    {u"status"_s, u"DOWN"_s}}});
    }
    const QJsonObject router{{u"id"_s, id},
                             {u"name"_s, in.value(u"name").toString()},
                             {u"tenant_id"_s, project},
                             {u"project_id"_s, project},
                             {u"admin_state_up"_s, in.value(u"admin_state_up").toBool(true)},
                             {u"status"_s, u"ACTIVE"_s},
                             {u"external_gateway_info"_s, gatewayInfo},
                             {u"description"_s, in.value(u"description").toString()},
                             {u"availability_zones"_s, QJsonArray()},
                             {u"distributed"_s, false},
                             {u"ha"_s, false},
                             {u"availability_zone_hints"_s, QJsonArray()},
                             {u"routes"_s, QJsonArray()},
                             {u"flavor_id"_s, QJsonValue()},
                             {u"tags"_s, QJsonArray()},
                             {u"created_at"_s, now()},
                             {u"updated_at"_s, now()},
                             {u"revision_number"_s, externalNetwork.isEmpty() ? 1 : 3}};
    changes.prepend({kRouters, id, router});
    return HandlerResult::answered(201, {{u"router"_s, router}}, changes);
}

HandlerResult addRouterInterface(const QString &routerId, const QByteArray &body, const RequestContext &context)
{
    auto router = context.store.get(kRouters, routerId);
    if (!router)
        return HandlerResult::refused(coreNotFound(kRouters, routerId));
    const QString subnetId = QJsonDocument::fromJson(body).object().value(u"subnet_id").toString();
    const auto subnet = context.store.get(kSubnets, subnetId);
    if (!subnet)
        return HandlerResult::refused(coreNotFound(kSubnets, subnetId));
    const QString portId = newResourceId();
    const QString networkId = subnet->value(u"network_id").toString();
    const QJsonObject port{
        {u"id"_s, portId},
        {u"network_id"_s, networkId},
        {u"device_id"_s, routerId},
        {u"device_owner"_s, u"network:router_interface"_s},
        {u"fixed_ips"_s,
         QJsonArray{QJsonObject{{u"subnet_id"_s, subnetId}, {u"ip_address"_s, subnet->value(u"gateway_ip")}}}},
        {u"tenant_id"_s, router->value(u"project_id")},
        {u"project_id"_s, router->value(u"project_id")},
        {u"status"_s, u"DOWN"_s}};
    router->insert(u"revision_number"_s, router->value(u"revision_number").toInt() + 1);
    router->insert(u"updated_at"_s, now());
    const QJsonObject reply{{u"id"_s, routerId},        {u"tenant_id"_s, router->value(u"project_id")},
                            {u"port_id"_s, portId},     {u"network_id"_s, networkId},
                            {u"subnet_id"_s, subnetId}, {u"subnet_ids"_s, QJsonArray{subnetId}}};
    return HandlerResult::answered(200, reply, {{kPorts, portId, port}, {kRouters, routerId, *router}});
}

} // namespace vpnaas::sandbox
