// SPDX-License-Identifier: Apache-2.0
#include "deploymentguide.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::deployment {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::deployment)
};
} // namespace

QString deviceDriver(Distribution distribution)
{
    return distribution == Distribution::DebianUbuntu
        ? u"neutron_vpnaas.services.vpn.device_drivers.strongswan_ipsec.StrongSwanDriver"_s
        : u"neutron_vpnaas.services.vpn.device_drivers.libreswan_ipsec.LibreSwanDriver"_s;
}

QList<Snippet> snippets(Distribution distribution)
{
    return {
        {u"neutron.conf"_s, u"/etc/neutron/neutron.conf"_s, Text::tr("controller (neutron-server)"),
         u"[DEFAULT]\n"
         "# Keep the plugins already listed and add vpnaas.\n"
         "service_plugins = router,vpnaas\n"_s},
        {u"neutron_vpnaas.conf"_s, u"/etc/neutron/neutron_vpnaas.conf"_s, Text::tr("controller (neutron-server)"),
         u"[service_providers]\n"
         "service_provider = VPN:strongswan:neutron_vpnaas.services.vpn.service_drivers.ipsec.IPsecVPNDriver:default\n"_s},
        {u"l3_agent.ini"_s, u"/etc/neutron/l3_agent.ini"_s, Text::tr("every network node (neutron-l3-agent)"),
         u"[agent]\n"
         "extensions = vpnaas\n"
         "\n"
         "[vpnagent]\n"
         "vpn_device_driver = "_s
             + deviceDriver(distribution) + u"\n"_s},
    };
}

QString commands(Distribution distribution)
{
    if (distribution == Distribution::DebianUbuntu) {
        return u"# controller\n"
               "apt-get install python3-neutron-vpnaas\n"
               "neutron-db-manage --subproject neutron-vpnaas upgrade head\n"
               "systemctl restart neutron-api || systemctl restart neutron-server\n"
               "# every network node\n"
               "apt-get install python3-neutron-vpnaas strongswan\n"
               "systemctl restart neutron-l3-agent\n"_s;
    }
    return u"# controller\n"
           "dnf install openstack-neutron-vpnaas\n"
           "neutron-db-manage --subproject neutron-vpnaas upgrade head\n"
           "systemctl restart neutron-server\n"
           "# every network node\n"
           "dnf install openstack-neutron-vpnaas libreswan\n"
           "systemctl restart neutron-l3-agent\n"_s;
}

} // namespace vpnaas::deployment
