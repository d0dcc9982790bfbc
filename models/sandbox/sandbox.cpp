// SPDX-License-Identifier: Apache-2.0
#include "sandbox.h"

#include "sandboxcountersource.h"
#include "sandboxlogging.h"
#include "sandboxnetworkaccessmanager.h"
#include "sandboxserver.h"
#include "sandboxsimulator.h"
#include "sandboxstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::Sandbox)
};

} // namespace

Sandbox::Sandbox(const QString &databasePath, QObject *parent)
    : OfflineCloud(parent)
    , m_store(std::make_unique<SandboxStore>(databasePath == u":memory:"  ? QString()
                                                 : databasePath.isEmpty() ? defaultDatabasePath()
                                                                          : databasePath))
    , m_server(std::make_unique<SandboxServer>(m_store.get()))
    , m_network(std::make_unique<SandboxNetworkAccessManager>(m_server.get()))
{
}

Sandbox::~Sandbox() = default;

QString Sandbox::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sandbox.sqlite"_s;
}

QString Sandbox::cloudName()
{
    return Text::tr("Sandbox");
}

openstack::CloudProfile Sandbox::cloudProfile() const
{
    openstack::CloudProfile profile;
    profile.name = cloudName();
    // Where the keys typed into the sandbox are kept (the status bar says so).
    profile.source = m_store->databasePath().isEmpty() ? Text::tr("built-in offline sandbox, in memory only")
                                                       : QDir::toNativeSeparators(m_store->databasePath());
    profile.authTypeName = u"none"_s;
    profile.endpoint = m_server->options().baseUrl;
    return profile;
}

void Sandbox::setAgentDelay(int milliseconds)
{
    m_agentDelay = milliseconds;
    if (m_simulator)
        m_simulator->setAgentDelay(milliseconds);
}

bool Sandbox::open(QString *error)
{
    if (m_opened) {
        if (error && !m_simulator)
            *error = m_openError;
        return m_simulator != nullptr;
    }
    m_opened = true;
    QString failure;
    if (!m_store->open(&failure) || (m_store->isEmpty() && !seedInOneTransaction(&failure))) {
        m_openError = failure;
        qCWarning(lcSandbox, "the sandbox is not available: %s", qPrintable(failure));
        if (error)
            *error = failure;
        return false;
    }
    m_openError.clear();
    m_simulator = std::make_unique<SandboxSimulator>(m_server.get());
    if (m_agentDelay)
        m_simulator->setAgentDelay(*m_agentDelay);
    connect(m_simulator.get(), &SandboxSimulator::statusChanged, this, &OfflineCloud::statusChanged);
    return true;
}

bool Sandbox::reset(QString *error)
{
    QString failure;
    if (!m_store->beginBatch(&failure)) {
        if (error)
            *error = failure;
        return false;
    }
    // The clear and the new seed are one transaction: a crash in between keeps what was there.
    if (!m_store->clear(&failure) || !seedScenario(*m_server, &failure) || !m_store->commitBatch(&failure)) {
        m_store->rollbackBatch();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

bool Sandbox::seedInOneTransaction(QString *error)
{
    if (!m_store->beginBatch(error))
        return false;
    if (!seedScenario(*m_server, error) || !m_store->commitBatch(error)) {
        m_store->rollbackBatch();
        return false;
    }
    return true;
}

std::unique_ptr<monitoring::CounterSource> Sandbox::createCounterSource()
{
    return std::make_unique<SandboxCounterSource>(this);
}

bool seedScenario(SandboxServer &server, QString *error)
{
    const QString base = server.options().baseUrl.toString();
    auto call = [&](const char *method, const QString &path, const QJsonObject &body, const char *key) -> QString {
        const SandboxResponse r
            = server.handle(method, QUrl(base + path), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.status >= 300) {
            if (error && error->isEmpty())
                *error = Text::tr("Seeding the sandbox failed at %1 %2: %3")
                             .arg(QLatin1StringView(method), path, QString::fromUtf8(r.body));
            return {};
        }
        const QJsonObject reply = QJsonDocument::fromJson(r.body).object();
        return key ? reply.value(QLatin1StringView(key)).toObject().value(u"id").toString()
                   : reply.value(u"id").toString();
    };
    const QString net
        = call("POST", u"/v2.0/networks"_s, {{u"network"_s, QJsonObject{{u"name"_s, u"private"_s}}}}, "network");
    const QString subnet = call("POST", u"/v2.0/subnets"_s,
                                {{u"subnet"_s,
                                  QJsonObject{{u"name"_s, u"private-subnet"_s},
                                              {u"network_id"_s, net},
                                              {u"ip_version"_s, 4},
                                              {u"cidr"_s, u"10.1.0.0/24"_s}}}},
                                "subnet");
    const QString ext = call("POST", u"/v2.0/networks"_s,
                             {{u"network"_s,
                               QJsonObject{{u"name"_s, u"public"_s},
                                           {u"router:external"_s, true},
                                           {u"provider:network_type"_s, u"flat"_s},
                                           {u"provider:physical_network"_s, u"public"_s}}}},
                             "network");
    call("POST", u"/v2.0/subnets"_s,
         {{u"subnet"_s,
           QJsonObject{{u"name"_s, u"public-subnet"_s},
                       {u"network_id"_s, ext},
                       {u"ip_version"_s, 4},
                       {u"cidr"_s, u"172.24.4.0/24"_s},
                       {u"gateway_ip"_s, u"172.24.4.1"_s},
                       {u"enable_dhcp"_s, false}}}},
         "subnet");
    const QString router = call(
        "POST", u"/v2.0/routers"_s,
        {{u"router"_s,
          QJsonObject{{u"name"_s, u"router1"_s}, {u"external_gateway_info"_s, QJsonObject{{u"network_id"_s, ext}}}}}},
        "router");
    call("PUT", u"/v2.0/routers/%1/add_router_interface"_s.arg(router), {{u"subnet_id"_s, subnet}}, nullptr);
    const QString ike = call("POST", u"/v2.0/vpn/ikepolicies"_s,
                             {{u"ikepolicy"_s, QJsonObject{{u"name"_s, u"ikepolicy"_s}}}}, "ikepolicy");
    const QString ipsec = call("POST", u"/v2.0/vpn/ipsecpolicies"_s,
                               {{u"ipsecpolicy"_s, QJsonObject{{u"name"_s, u"ipsecpolicy"_s}}}}, "ipsecpolicy");
    const QString vpn
        = call("POST", u"/v2.0/vpn/vpnservices"_s,
               {{u"vpnservice"_s, QJsonObject{{u"name"_s, u"vpn"_s}, {u"router_id"_s, router}}}}, "vpnservice");
    const QString local = call(
        "POST", u"/v2.0/vpn/endpoint-groups"_s,
        {{u"endpoint_group"_s,
          QJsonObject{{u"name"_s, u"ep_subnet"_s}, {u"type"_s, u"subnet"_s}, {u"endpoints"_s, QJsonArray{subnet}}}}},
        "endpoint_group");
    const QString peer = call(
        "POST", u"/v2.0/vpn/endpoint-groups"_s,
        {{u"endpoint_group"_s,
          QJsonObject{
              {u"name"_s, u"ep_cidr"_s}, {u"type"_s, u"cidr"_s}, {u"endpoints"_s, QJsonArray{u"192.168.1.0/24"_s}}}}},
        "endpoint_group");
    call("POST", u"/v2.0/vpn/ipsec-site-connections"_s,
         {{u"ipsec_site_connection"_s,
           QJsonObject{{u"name"_s, u"conn"_s},
                       {u"vpnservice_id"_s, vpn},
                       {u"ikepolicy_id"_s, ike},
                       {u"ipsecpolicy_id"_s, ipsec},
                       {u"local_ep_group_id"_s, local},
                       {u"peer_ep_group_id"_s, peer},
                       {u"peer_address"_s, u"192.168.20.9"_s},
                       {u"peer_id"_s, u"192.168.20.9"_s},
                       {u"psk"_s, u"sandbox-demo-psk-not-secret"_s}}}},
         "ipsec_site_connection");
    return !error || error->isEmpty();
}

} // namespace vpnaas::sandbox
