// SPDX-License-Identifier: Apache-2.0
//
// The seed scenario through the client against a real neutron-server with VPNaaS
// (tests/integration/run-with-openstack starts it in a private network namespace and sets
// NEUTRON_URL, NEUTRON_SET_STATUS). A missing server is a failure, never a skip.
#include "neutronseed.h"

#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"
#include "openstack/session.h"

#include "vpnaas/validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

class TestNeutronClientIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void extensionsAndNetworkReads();
    void seedScenario();
    void readBack();
    void updatesAndRefusals();
    void statusFlipsAllowUpdates();
    void validationRefusal();
    void paginationOverManyPages();
    void deleteInDependencyOrder();

private:
    template<typename J>
    void run(J &job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() == 1; }, 60000), "job did not finish");
    }
    template<typename J>
    void runOk(J &job)
    {
        run(job);
        QVERIFY2(!job.error().isError(), qPrintable(job.errorString()));
    }
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void setStatus(const char *table, const QString &id, const char *status);
    ServerState state();

    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<NeutronClient> m_client;
    QUrl m_url;
    QString m_routerId, m_subnetId, m_ike, m_ipsec, m_service, m_localGroup, m_peerGroup, m_connection;
};

QJsonObject TestNeutronClientIntegration::raw(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    // Test set-up only (networks and routers): the console reads them, it never creates them.
    return integration::raw(m_network, m_url, method, path, body);
}

void TestNeutronClientIntegration::setStatus(const char *table, const QString &id, const char *status)
{
    QProcess process;
    process.start(qEnvironmentVariable("NEUTRON_SET_STATUS"),
                  {QString::fromLatin1(table), id, QString::fromLatin1(status)});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestNeutronClientIntegration::initTestCase()
{
    m_url = QUrl(qEnvironmentVariable("NEUTRON_URL"));
    QVERIFY2(m_url.isValid() && !m_url.isEmpty(),
             "NEUTRON_URL is not set: run through tests/integration/run-with-openstack");
    QVERIFY2(!qEnvironmentVariableIsEmpty("NEUTRON_SET_STATUS"), "NEUTRON_SET_STATUS is not set");
    CloudProfile profile;
    profile.name = u"integration"_s;
    profile.authTypeName = u"none"_s;
    profile.endpoint = m_url;
    m_session = std::make_unique<Session>(profile, &m_network);
    m_client = std::make_unique<NeutronClient>(m_session.get(), &m_network);

    // The seed's network side: private network/subnet, external network/subnet, router with
    // gateway and an interface on the private subnet.
    const integration::NetworkSide side = integration::seedNetworkSide(m_network, m_url);
    m_subnetId = side.subnetId;
    m_routerId = side.routerId;
}

void TestNeutronClientIntegration::extensionsAndNetworkReads()
{
    ExtensionsJob extensions(m_client.get());
    runOk(extensions);
    QVERIFY(extensions.aliases().contains(u"vpnaas"_s));
    QVERIFY(extensions.aliases().contains(u"vpn-endpoint-groups"_s));
    QCOMPARE(extensions.capabilities(), [] {
        auto caps = ServerCapabilities::zed();
        caps.flavors = true; // Zed advertises vpn-flavors
        return caps;
    }());

    ShowRouterJob router(m_client.get(), m_routerId);
    runOk(router);
    QVERIFY(router.item().hasGateway());
    QVERIFY(router.item().gatewayIp(4).startsWith(u"172.24.4."));

    RouterInterfacesJob interfaces(m_client.get(), m_routerId);
    runOk(interfaces);
    QCOMPARE(interfaces.interfaces().size(), 1);
    QCOMPARE(interfaces.interfaces().first().subnetId, m_subnetId);
    QCOMPARE(interfaces.interfaces().first().ipAddress, u"10.1.0.1"_s);

    ListNetworksJob networks(m_client.get());
    runOk(networks);
    QCOMPARE(networks.items().size(), 2);
    ListSubnetsJob subnets(m_client.get());
    runOk(subnets);
    QCOMPARE(subnets.items().size(), 2);
    ListRoutersJob routers(m_client.get());
    runOk(routers);
    QCOMPARE(routers.items().size(), 1);
}

ServerState TestNeutronClientIntegration::state()
{
    ServerState s;
    s.complete = true;
    ListRoutersJob routers(m_client.get());
    run(routers);
    s.routers = routers.items();
    RouterInterfacesJob interfaces(m_client.get(), m_routerId);
    run(interfaces);
    for (Router &r : s.routers) {
        if (r.id == m_routerId)
            r.interfaces = interfaces.interfaces();
    }
    ListSubnetsJob subnets(m_client.get());
    run(subnets);
    s.subnets = subnets.items();
    ListVpnServicesJob services(m_client.get());
    run(services);
    s.vpnServices = services.items();
    ListEndpointGroupsJob groups(m_client.get());
    run(groups);
    s.endpointGroups = groups.items();
    ListIkePoliciesJob ike(m_client.get());
    run(ike);
    s.ikePolicies = ike.items();
    ListIpsecPoliciesJob ipsec(m_client.get());
    run(ipsec);
    s.ipsecPolicies = ipsec.items();
    ListIpsecSiteConnectionsJob conns(m_client.get());
    run(conns);
    s.connections = conns.items();
    return s;
}

void TestNeutronClientIntegration::seedScenario()
{
    IkePolicyDraft ike;
    ike.name = u"ikepolicy"_s;
    CreateIkePolicyJob createIke(m_client.get(), ike);
    runOk(createIke);
    m_ike = createIke.created().id;
    QCOMPARE(createIke.created().lifetime.value, 3600); // the server's defaults came back
    QCOMPARE(createIke.created().pfs, Choice<PfsGroup>(PfsGroup::Group5));

    IpsecPolicyDraft ipsec;
    ipsec.name = u"ipsecpolicy"_s;
    CreateIpsecPolicyJob createIpsec(m_client.get(), ipsec);
    runOk(createIpsec);
    m_ipsec = createIpsec.created().id;

    VpnServiceDraft service;
    service.name = u"vpn"_s;
    service.routerId = m_routerId;
    ValidationContext context;
    const ServerState before = state();
    context.state = &before;
    QVERIFY(!hasErrors(validate(service, context)));
    CreateVpnServiceJob createService(m_client.get(), service);
    runOk(createService);
    m_service = createService.created().id;
    QVERIFY(createService.created().externalV4Ip.startsWith(u"172.24.4."));
    QCOMPARE(createService.created().status, Choice<ResourceStatus>(ResourceStatus::PendingCreate));

    EndpointGroupDraft local;
    local.name = u"ep_subnet"_s;
    local.type = EndpointGroupType::Subnet;
    local.endpoints = QStringList{m_subnetId};
    CreateEndpointGroupJob createLocal(m_client.get(), local);
    runOk(createLocal);
    m_localGroup = createLocal.created().id;

    EndpointGroupDraft peer;
    peer.name = u"ep_cidr"_s;
    peer.type = EndpointGroupType::Cidr;
    peer.endpoints = QStringList{u"192.168.1.0/24"_s};
    CreateEndpointGroupJob createPeer(m_client.get(), peer);
    runOk(createPeer);
    m_peerGroup = createPeer.created().id;

    IpsecSiteConnectionDraft conn;
    conn.name = u"conn"_s;
    conn.vpnserviceId = m_service;
    conn.ikepolicyId = m_ike;
    conn.ipsecpolicyId = m_ipsec;
    conn.localEpGroupId = m_localGroup;
    conn.peerEpGroupId = m_peerGroup;
    conn.peerAddress = u"192.168.20.9"_s;
    conn.peerId = u"192.168.20.9"_s;
    conn.psk = Secret(u"integration-psk-4711"_s);
    const ServerState now = state();
    context.state = &now;
    const Problems problems = validate(conn, context);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).message));
    CreateIpsecSiteConnectionJob createConn(m_client.get(), conn);
    runOk(createConn);
    m_connection = createConn.created().id;
    QCOMPARE(createConn.created().psk.reveal(), u"integration-psk-4711"_s);
    QCOMPARE(createConn.created().dpd, Dpd());
}

void TestNeutronClientIntegration::readBack()
{
    const ServerState s = state();
    QCOMPARE(s.ikePolicies.size(), 1);
    QCOMPARE(s.ipsecPolicies.size(), 1);
    QCOMPARE(s.vpnServices.size(), 1);
    QCOMPARE(s.endpointGroups.size(), 2);
    QCOMPARE(s.connections.size(), 1);
    ShowIpsecSiteConnectionJob show(m_client.get(), m_connection);
    runOk(show);
    QCOMPARE(show.item(), s.connections.first());
    QCOMPARE(show.item().localEpGroupId, m_localGroup);
    ShowVpnServiceJob service(m_client.get(), m_service);
    runOk(service);
    QCOMPARE(service.item(), s.vpnServices.first());
    ShowEndpointGroupJob group(m_client.get(), m_peerGroup);
    runOk(group);
    QCOMPARE(group.item().endpoints, QStringList{u"192.168.1.0/24"_s});

    ListQuery fields;
    fields.fields = {u"id"_s, u"status"_s};
    ListIpsecSiteConnectionsJob partial(m_client.get(), fields);
    runOk(partial);
    QCOMPARE(partial.items().first().id, m_connection);
    QVERIFY(partial.items().first().name.isEmpty()); // only the fields asked for
}

void TestNeutronClientIntegration::updatesAndRefusals()
{
    EndpointGroupDraft rename;
    rename.name = u"ep_cidr-renamed"_s;
    UpdateEndpointGroupJob updateGroup(m_client.get(), m_peerGroup, rename);
    runOk(updateGroup);
    QCOMPARE(updateGroup.updated().name, u"ep_cidr-renamed"_s);

    // In use: 409 with the server's words and a request id the user can quote.
    IkePolicyDraft change;
    change.description = u"only the description"_s;
    UpdateIkePolicyJob updateIke(m_client.get(), m_ike, change);
    run(updateIke);
    QCOMPARE(updateIke.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(updateIke.error().type, u"IKEPolicyInUse"_s);
    QVERIFY(updateIke.errorString().contains(u"is in use by existing IPsecSiteConnection"));
    QVERIFY(updateIke.errorString().contains(u"req-"));

    DeleteIpsecPolicyJob deleteIpsec(m_client.get(), m_ipsec);
    run(deleteIpsec);
    QCOMPARE(deleteIpsec.error().type, u"IPsecPolicyInUse"_s);
    DeleteVpnServiceJob deleteService(m_client.get(), m_service);
    run(deleteService);
    QCOMPARE(deleteService.error().type, u"VPNServiceInUse"_s);
    DeleteEndpointGroupJob deleteGroup(m_client.get(), m_localGroup);
    run(deleteGroup);
    QCOMPARE(deleteGroup.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(deleteGroup.error().type, u"EndpointGroupInUse"_s);

    // PENDING_CREATE: no agent runs, so the server refuses updates (400).
    VpnServiceDraft serviceChange;
    serviceChange.description = u"updated"_s;
    UpdateVpnServiceJob pending(m_client.get(), m_service, serviceChange);
    run(pending);
    QCOMPARE(pending.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(pending.error().type, u"VPNStateInvalidToUpdate"_s);
    QVERIFY(pending.errorString().contains(u"PENDING_CREATE"));
}

void TestNeutronClientIntegration::statusFlipsAllowUpdates()
{
    setStatus("vpnservices", m_service, "ACTIVE");
    setStatus("ipsec_site_connections", m_connection, "DOWN");
    VpnServiceDraft serviceChange;
    serviceChange.description = u"updated"_s;
    serviceChange.adminStateUp = false;
    UpdateVpnServiceJob service(m_client.get(), m_service, serviceChange);
    runOk(service);
    QCOMPARE(service.updated().status, Choice<ResourceStatus>(ResourceStatus::Active));
    QVERIFY(!service.updated().adminStateUp);

    IpsecSiteConnectionDraft change;
    change.name = u"conn-renamed"_s;
    change.mtu = 1400;
    change.dpd = DpdDraft{DpdAction::Restart, 15, 60};
    UpdateIpsecSiteConnectionJob conn(m_client.get(), m_connection, change);
    runOk(conn);
    QCOMPARE(conn.updated().mtu, 1400);
    QCOMPARE(conn.updated().dpd, (Dpd{DpdAction::Restart, 15, 60}));
    QCOMPARE(conn.updated().status, Choice<ResourceStatus>(ResourceStatus::Down));
}

void TestNeutronClientIntegration::validationRefusal()
{
    IkePolicyDraft bad;
    bad.name = u"bad"_s;
    bad.lifetime = LifetimeDraft{LifetimeUnits::Seconds, 10};
    // The console refuses it before sending ...
    const Problems problems = validate(bad, ValidationContext{});
    QVERIFY(hasErrors(problems));
    // ... and the server agrees, word for word.
    CreateIkePolicyJob create(m_client.get(), bad);
    run(create);
    QCOMPARE(create.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(create.error().message, problems.first().serverMessage);

    IpsecSiteConnectionDraft mtu;
    mtu.mtu = 10;
    UpdateIpsecSiteConnectionJob update(m_client.get(), m_connection, mtu);
    run(update);
    QCOMPARE(update.error().type, u"IPsecSiteConnectionMtuError"_s);
}

void TestNeutronClientIntegration::paginationOverManyPages()
{
    for (int i = 0; i < 7; ++i) {
        IkePolicyDraft draft;
        draft.name = u"bulk-%1"_s.arg(i);
        CreateIkePolicyJob create(m_client.get(), draft);
        runOk(create);
    }
    ListQuery query;
    query.pageSize = 2;
    query.sort = {{u"name"_s, false}};
    ListIkePoliciesJob list(m_client.get(), query);
    runOk(list);
    QCOMPARE(list.items().size(), 8);
    QCOMPARE(list.pageCount(), 5); // four full pages each link a next one; the fifth is empty
    QCOMPARE(list.items().first().name, u"bulk-0"_s);
    QCOMPARE(list.items().last().name, u"ikepolicy"_s);
}

void TestNeutronClientIntegration::deleteInDependencyOrder()
{
    for (int i = 0; i < 7; ++i) {
        ListQuery byName;
        byName.filters = {{u"name"_s, u"bulk-%1"_s.arg(i)}};
        ListIkePoliciesJob find(m_client.get(), byName);
        runOk(find);
        QCOMPARE(find.items().size(), 1);
        DeleteIkePolicyJob remove(m_client.get(), find.items().first().id);
        runOk(remove);
    }
    const QList<std::pair<ResourceKind, QString>> order{{ResourceKind::IpsecSiteConnection, m_connection},
                                                        {ResourceKind::VpnService, m_service},
                                                        {ResourceKind::EndpointGroup, m_localGroup},
                                                        {ResourceKind::EndpointGroup, m_peerGroup},
                                                        {ResourceKind::IkePolicy, m_ike},
                                                        {ResourceKind::IpsecPolicy, m_ipsec}};
    for (const auto &[kind, id] : order) {
        const ServerState s = state();
        ValidationContext context;
        context.state = &s;
        context.targetId = id;
        QVERIFY(validateDelete(kind, context).isEmpty()); // nothing uses it any more
        std::unique_ptr<Job> job;
        switch (kind) {
        case ResourceKind::IpsecSiteConnection:
            job = std::make_unique<DeleteIpsecSiteConnectionJob>(m_client.get(), id);
            break;
        case ResourceKind::VpnService:
            job = std::make_unique<DeleteVpnServiceJob>(m_client.get(), id);
            break;
        case ResourceKind::EndpointGroup:
            job = std::make_unique<DeleteEndpointGroupJob>(m_client.get(), id);
            break;
        case ResourceKind::IkePolicy:
            job = std::make_unique<DeleteIkePolicyJob>(m_client.get(), id);
            break;
        case ResourceKind::IpsecPolicy:
            job = std::make_unique<DeleteIpsecPolicyJob>(m_client.get(), id);
            break;
        }
        runOk(*job);
    }
    const ServerState s = state();
    QVERIFY(s.connections.isEmpty() && s.vpnServices.isEmpty() && s.endpointGroups.isEmpty() && s.ikePolicies.isEmpty()
            && s.ipsecPolicies.isEmpty());
    ShowIpsecSiteConnectionJob gone(m_client.get(), m_connection);
    run(gone);
    QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(gone.error().type, u"IPsecSiteConnectionNotFound"_s);
}

QTEST_GUILESS_MAIN(TestNeutronClientIntegration)
#include "tst_neutron_client_integration.moc"
