// SPDX-License-Identifier: Apache-2.0
//
// Lists all five VPNaaS resource types through the client, through curl (same URLs, one
// process, keep-alive) and runs `openstack vpn ipsec site connection list`, against a real
// neutron-server seeded with N site connections. Prints medians and ratios; never gates CI.
//
//   tests/integration/run-with-openstack -- build/dev/tests/bench/bench_neutron_list [N=1000] [runs=5]
#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"
#include "openstack/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

namespace {

QUrl g_url;
QNetworkAccessManager *g_network = nullptr;

QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    QNetworkRequest request(QUrl(g_url.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply
        = g_network->sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray text = reply->readAll();
    reply->deleteLater();
    if (status < 200 || status >= 300)
        qFatal("%s %s -> %d %s", method.constData(), qPrintable(path), status, text.constData());
    return QJsonDocument::fromJson(text).object();
}

template<typename J>
bool runJob(J &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error().isError())
        std::fprintf(stderr, "job failed: %s\n", qPrintable(job.errorString()));
    return !job.error().isError();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double runProcess(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    g_url = QUrl(qEnvironmentVariable("NEUTRON_URL"));
    if (g_url.isEmpty()) {
        std::fprintf(stderr, "NEUTRON_URL is not set; run through tests/integration/run-with-openstack\n");
        return 2;
    }
    QNetworkAccessManager network;
    g_network = &network;
    CloudProfile profile;
    profile.authTypeName = u"none"_s;
    profile.endpoint = g_url;
    Session session(profile, &network);
    NeutronClient client(&session, &network);

    // Seed: the scenario's network side and VPN objects, then N connections.
    QElapsedTimer seedTimer;
    seedTimer.start();
    const QString net
        = raw("POST", u"/v2.0/networks"_s, {{u"network"_s, QJsonObject{{u"name"_s, u"private"_s}}}})[u"network"][u"id"]
              .toString();
    const QString subnet
        = raw("POST", u"/v2.0/subnets"_s,
              {{u"subnet"_s,
                QJsonObject{
                    {u"network_id"_s, net}, {u"ip_version"_s, 4}, {u"cidr"_s, u"10.1.0.0/24"_s}}}})[u"subnet"][u"id"]
              .toString();
    const QString ext = raw("POST", u"/v2.0/networks"_s,
                            {{u"network"_s,
                              QJsonObject{{u"name"_s, u"public"_s},
                                          {u"router:external"_s, true},
                                          {u"provider:network_type"_s, u"flat"_s},
                                          {u"provider:physical_network"_s, u"public"_s}}}})[u"network"][u"id"]
                            .toString();
    raw("POST", u"/v2.0/subnets"_s,
        {{u"subnet"_s,
          QJsonObject{{u"network_id"_s, ext},
                      {u"ip_version"_s, 4},
                      {u"cidr"_s, u"172.24.4.0/24"_s},
                      {u"enable_dhcp"_s, false}}}});
    const QString router
        = raw("POST", u"/v2.0/routers"_s,
              {{u"router"_s,
                QJsonObject{{u"external_gateway_info"_s, QJsonObject{{u"network_id"_s, ext}}}}}})[u"router"][u"id"]
              .toString();
    raw("PUT", u"/v2.0/routers/%1/add_router_interface"_s.arg(router), {{u"subnet_id"_s, subnet}});

    CreateIkePolicyJob ike(&client, IkePolicyDraft{});
    CreateIpsecPolicyJob ipsec(&client, IpsecPolicyDraft{});
    VpnServiceDraft serviceDraft;
    serviceDraft.routerId = router;
    CreateVpnServiceJob service(&client, serviceDraft);
    EndpointGroupDraft localDraft, peerDraft;
    localDraft.type = EndpointGroupType::Subnet;
    localDraft.endpoints = QStringList{subnet};
    peerDraft.type = EndpointGroupType::Cidr;
    peerDraft.endpoints = QStringList{u"192.168.1.0/24"_s};
    CreateEndpointGroupJob local(&client, localDraft), peer(&client, peerDraft);
    if (!runJob(ike) || !runJob(ipsec) || !runJob(service) || !runJob(local) || !runJob(peer))
        return 1;
    for (int i = 0; i < count; ++i) {
        IpsecSiteConnectionDraft conn;
        conn.name = u"conn-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        conn.vpnserviceId = service.created().id;
        conn.ikepolicyId = ike.created().id;
        conn.ipsecpolicyId = ipsec.created().id;
        conn.localEpGroupId = local.created().id;
        conn.peerEpGroupId = peer.created().id;
        conn.peerAddress = u"192.168.%1.%2"_s.arg(100 + i / 250).arg(i % 250 + 1);
        conn.peerId = *conn.peerAddress;
        conn.psk = Secret(u"secret-%1"_s.arg(i));
        CreateIpsecSiteConnectionJob create(&client, conn);
        if (!runJob(create))
            return 1;
    }
    std::printf("seeded %d connections in %.1f s\n", count, seedTimer.elapsed() / 1000.0);

    const QStringList paths{u"/v2.0/vpn/ikepolicies"_s, u"/v2.0/vpn/ipsecpolicies"_s, u"/v2.0/vpn/vpnservices"_s,
                            u"/v2.0/vpn/endpoint-groups"_s, u"/v2.0/vpn/ipsec-site-connections"_s};
    QStringList curlArgs{u"-s"_s, u"-f"_s, u"-H"_s, u"Accept: application/json"_s};
    for (const QString &path : paths)
        curlArgs << u"-o"_s << u"/dev/null"_s << g_url.toString() + path;

    QList<double> clientAll, clientConnections, curlAll, cli;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ListIkePoliciesJob a(&client);
        ListIpsecPoliciesJob b(&client);
        ListVpnServicesJob c(&client);
        ListEndpointGroupsJob d(&client);
        ListIpsecSiteConnectionsJob e(&client);
        if (!runJob(a) || !runJob(b) || !runJob(c) || !runJob(d) || !runJob(e) || e.items().size() != count)
            return 1;
        clientAll.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        ListIpsecSiteConnectionsJob only(&client);
        runJob(only);
        clientConnections.append(double(timer.nsecsElapsed()) / 1e6);
        curlAll.append(runProcess(u"curl"_s, curlArgs));
        cli.append(runProcess(u"openstack"_s,
                              {u"--os-auth-type"_s, u"none"_s, u"--os-endpoint"_s, g_url.toString(), u"vpn"_s,
                               u"ipsec"_s, u"site"_s, u"connection"_s, u"list"_s, u"-f"_s, u"value"_s}));
    }
    const double mc = median(clientAll), mcc = median(clientConnections), mu = median(curlAll), mo = median(cli);
    std::printf("runs: %d, connections: %d\n", runs, count);
    std::printf("client, 5 lists:                    %8.1f ms (median)\n", mc);
    std::printf("curl, same 5 URLs, one process:     %8.1f ms (median)\n", mu);
    std::printf("client, connection list only:       %8.1f ms (median)\n", mcc);
    std::printf("openstack vpn ipsec site connection list: %8.1f ms (median)\n", mo);
    std::printf("client/curl: %.2fx (target <= 1.15x)\n", mc / mu);
    std::printf("CLI/client (connection list): %.1fx faster (target >= 15x)\n", mo / mcc);
    std::printf("CLI/client (all five lists):  %.1fx faster\n", mo / mc);
    return 0;
}
