// SPDX-License-Identifier: Apache-2.0
#include "apidocuments.h"

#include <QHash>
#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {

HandlerResult versionsDocument(const QUrl &baseUrl)
{
    const QString href = baseUrl.toString() + u"/v2.0/"_s;
    return HandlerResult::answered(
        200,
        {{u"versions"_s,
          QJsonArray{QJsonObject{{u"id"_s, u"v2.0"_s},
                                 {u"status"_s, u"CURRENT"_s},
                                 {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, href}}}}}}}});
}

HandlerResult resourcesDocument(const QUrl &baseUrl)
{
    QJsonArray resources;
    for (const QString &name : {u"network"_s, u"subnet"_s, u"subnetpool"_s, u"port"_s}) {
        const QString collection = name + u's';
        resources.append(QJsonObject{
            {u"name"_s, name},
            {u"collection"_s, collection},
            {u"links"_s,
             QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                    {u"href"_s, QString(baseUrl.toString() + u"/v2.0/"_s + collection)}}}}});
    }
    return HandlerResult::answered(200, {{u"resources"_s, resources}});
}

HandlerResult extensionsDocument(const QString &wanted, bool extendedAlgorithms)
{
    QStringList aliases{u"router"_s,      u"external-net"_s, u"extraroute"_s, u"vpnaas"_s, u"vpn-endpoint-groups"_s,
                        u"vpn-flavors"_s, u"service-type"_s};
    if (extendedAlgorithms)
        aliases.append(u"vpn-aes-ctr"_s);
    // name, description, updated as neutron-server (Zed) reports them.
    static const QHash<QString, std::array<QString, 3>> known{
        {u"router"_s,
         {u"Neutron L3 Router"_s,
          u"Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway."_s,
          u"2012-07-20T10:00:00-00:00"_s}},
        {u"external-net"_s,
         {u"Neutron external network"_s, u"Adds external network attribute to network resource."_s,
          u"2013-01-14T10:00:00-00:00"_s}},
        {u"extraroute"_s,
         {u"Neutron Extra Route"_s, u"Extra routes configuration for L3 router"_s, u"2013-02-01T10:00:00-00:00"_s}},
        {u"vpnaas"_s, {u"VPN service"_s, u"Extension for VPN service"_s, u"2013-05-29T10:00:00-00:00"_s}},
        {u"vpn-endpoint-groups"_s,
         {u"VPN Endpoint Groups"_s, u"VPN endpoint groups support"_s, u"2015-08-04T10:00:00-00:00"_s}},
        {u"vpn-flavors"_s,
         {u"VPN Service Flavor Extension"_s, u"Flavor support for vpnservice."_s, u"2017-04-19T00:00:00-00:00"_s}},
        {u"service-type"_s,
         {u"Neutron Service Type Management"_s, u"API for retrieving service providers for Neutron advanced services"_s,
          u"2013-01-20T00:00:00-00:00"_s}},
        {u"vpn-aes-ctr"_s,
         {u"VPN AES CTR extension"_s, u"Adds AES CTR encryption algorithms to VPN policies"_s,
          u"2023-10-18T00:00:00-00:00"_s}},
    };
    auto extension = [](const QString &alias) {
        const auto info = known.value(alias);
        return QJsonObject{{u"name"_s, info[0]},
                           {u"alias"_s, alias},
                           {u"description"_s, info[1]},
                           {u"updated"_s, info[2]},
                           {u"links"_s, QJsonArray()}};
    };
    if (!wanted.isEmpty()) {
        if (!aliases.contains(wanted))
            return HandlerResult::refused(
                {404, u"HTTPNotFound"_s, u"Extension with alias %1 does not exist"_s.arg(wanted)});
        return HandlerResult::answered(200, {{u"extension"_s, extension(wanted)}});
    }
    QJsonArray list;
    for (const QString &alias : aliases)
        list.append(extension(alias));
    return HandlerResult::answered(200, {{u"extensions"_s, list}});
}

} // namespace vpnaas::sandbox
