// SPDX-License-Identifier: Apache-2.0
//
// The sandbox's API layer: the attribute maps generated from the resources' descriptions are
// neutron-lib's (Zed), and requests are refused while parsing with the real server's wording.
// The expected maps below were written from neutron-lib's api/definitions before the maps were
// generated; the refusals come from the recorded fixtures and the differential test.
#include "sandbox/neutronapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::sandbox;

namespace {

QString checkName(const ApiAttribute &a)
{
    switch (a.check) {
    case Check::None:
        return u"-"_s;
    case Check::String:
        return a.maxLength < 0 ? u"String"_s : u"String(%1)"_s.arg(a.maxLength);
    case Check::Uuid:
        return u"Uuid"_s;
    case Check::UuidOrNone:
        return u"UuidOrNone"_s;
    case Check::Values:
        return u"Values(%1)"_s.arg(a.values.size());
    case Check::NonNegative:
        return u"NonNegative"_s;
    case Check::SubnetListOrNone:
        return u"SubnetListOrNone"_s;
    case Check::Lifetime:
        return u"Lifetime"_s;
    case Check::Dpd:
        return u"Dpd"_s;
    }
    return {};
}

QString convertName(Convert convert)
{
    switch (convert) {
    case Convert::None:
        return {};
    case Convert::Boolean:
        return u" Boolean"_s;
    case Convert::Int:
        return u" Int"_s;
    case Convert::List:
        return u" List"_s;
    case Convert::NoneToEmptyDict:
        return u" NoneToEmptyDict"_s;
    }
    return {};
}

/*! "name post put default=<json> Check Convert" */
QString line(const ApiAttribute &a)
{
    QString text = a.name;
    if (a.post)
        text += u" post"_s;
    if (a.put)
        text += u" put"_s;
    if (a.required)
        text += u" required"_s;
    else if (a.post)
        text += u" default="_s
            + QString::fromUtf8(QJsonDocument(QJsonArray{a.defaultValue}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
    return text + u' ' + checkName(a) + convertName(a.convert);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestNeutronApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributeMaps_data();
    void attributeMaps();
    void capabilitiesWidenValues();
    void refusals_data();
    void refusals();
    void createFillsDefaults();
    void projectComesFromTheContext();
    void projectHeaders_data();
    void projectHeaders();
};

void TestNeutronApi::attributeMaps_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("map");
    const QString id = u"id -"_s.replace(u"-"_s, u"Uuid"_s);
    const QString tenant = u"tenant_id post required String(255)"_s;
    const QString project = u"project_id post required String(255)"_s;
    const QString name = u"name post put default=\"\" String(255)"_s;
    const QString description = u"description post put default=\"\" String(255)"_s;
    const QString lifetime = u"lifetime post put default={} Lifetime NoneToEmptyDict"_s;
    QTest::addRow("ike") << int(ResourceKind::IkePolicy)
                         << QStringList{id,
                                        tenant,
                                        name,
                                        description,
                                        u"auth_algorithm post put default=\"sha1\" Values(4)"_s,
                                        u"encryption_algorithm post put default=\"aes-128\" Values(4)"_s,
                                        u"phase1_negotiation_mode post put default=\"main\" Values(2)"_s,
                                        lifetime,
                                        u"ike_version post put default=\"v1\" Values(2)"_s,
                                        u"pfs post put default=\"group5\" Values(3)"_s,
                                        project};
    QTest::addRow("ipsec") << int(ResourceKind::IpsecPolicy)
                           << QStringList{id,
                                          tenant,
                                          name,
                                          description,
                                          u"transform_protocol post put default=\"esp\" Values(3)"_s,
                                          u"auth_algorithm post put default=\"sha1\" Values(4)"_s,
                                          u"encryption_algorithm post put default=\"aes-128\" Values(4)"_s,
                                          u"encapsulation_mode post put default=\"tunnel\" Values(2)"_s,
                                          lifetime,
                                          u"pfs post put default=\"group5\" Values(3)"_s,
                                          project};
    QTest::addRow("service") << int(ResourceKind::VpnService)
                             << QStringList{id,
                                            tenant,
                                            name,
                                            description,
                                            u"subnet_id post default=null UuidOrNone"_s,
                                            u"router_id post required Uuid"_s,
                                            u"admin_state_up post put default=true - Boolean"_s,
                                            u"external_v4_ip -"_s,
                                            u"external_v6_ip -"_s,
                                            u"status -"_s,
                                            u"flavor_id post default=null UuidOrNone"_s,
                                            project};
    QTest::addRow("group") << int(ResourceKind::EndpointGroup) << QStringList{id,
                                                                              tenant,
                                                                              name,
                                                                              description,
                                                                              u"type post required Values(5)"_s,
                                                                              u"endpoints post default=[] - List"_s,
                                                                              project};
    // auth_mode is read-only: a request naming it is refused before any validator runs.
    QTest::addRow("connection") << int(ResourceKind::IpsecSiteConnection)
                                << QStringList{id,
                                               tenant,
                                               name,
                                               description,
                                               u"local_id post put default=\"\" String"_s,
                                               u"peer_address post put required String"_s,
                                               u"peer_id post put required String"_s,
                                               u"peer_cidrs post put default=null SubnetListOrNone List"_s,
                                               u"local_ep_group_id post put default=null UuidOrNone"_s,
                                               u"peer_ep_group_id post put default=null UuidOrNone"_s,
                                               u"route_mode -"_s,
                                               u"mtu post put default=1500 NonNegative Int"_s,
                                               u"initiator post put default=\"bi-directional\" Values(2)"_s,
                                               u"auth_mode -"_s,
                                               u"psk post put required String"_s,
                                               u"dpd post put default={} Dpd NoneToEmptyDict"_s,
                                               u"admin_state_up post put default=true - Boolean"_s,
                                               u"status -"_s,
                                               u"vpnservice_id post required Uuid"_s,
                                               u"ikepolicy_id post required Uuid"_s,
                                               u"ipsecpolicy_id post required Uuid"_s,
                                               project};
}

void TestNeutronApi::attributeMaps()
{
    QFETCH(int, kind);
    QFETCH(QStringList, map);
    QStringList lines;
    for (const ApiAttribute &a : attributeMap(ResourceKind(kind), ServerCapabilities::zed()))
        lines.append(line(a));
    QCOMPARE(lines, map);
}

void TestNeutronApi::capabilitiesWidenValues()
{
    const QList<ApiAttribute> map = attributeMap(ResourceKind::IkePolicy, ServerCapabilities::epoxy());
    QCOMPARE(findAttribute(map, u"encryption_algorithm"_s)->values.size(), 25);
    QCOMPARE(findAttribute(map, u"auth_algorithm"_s)->values.size(), 6);
    QCOMPARE(findAttribute(map, u"pfs"_s)->values.size(), 20);
    QVERIFY(!findAttribute(map, u"colour"_s));
}

void TestNeutronApi::refusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    const int ike = int(ResourceKind::IkePolicy), service = int(ResourceKind::VpnService);
    const int conn = int(ResourceKind::IpsecSiteConnection);
    const QString bad = u"HTTPBadRequest"_s;
    QTest::addRow("unknown attribute") << ike << true << QByteArray(R"({"ikepolicy": {"name": "x", "colour": "red"}})")
                                       << 400 << bad << u"Unrecognized attribute(s) 'colour'"_s;
    QTest::addRow("read-only on PUT") << service << false << QByteArray(R"({"vpnservice": {"status": "ACTIVE"}})")
                                      << 400 << bad << u"Cannot update read-only attribute status"_s;
    QTest::addRow("read-only on POST") << service << true << QByteArray(R"({"vpnservice": {"status": "ACTIVE"}})")
                                       << 400 << bad
                                       << u"Failed to parse request. Required attribute 'router_id' not specified"_s;
    QTest::addRow("read-only on POST, router given")
        << service << true
        << QByteArray(R"({"vpnservice": {"status": "ACTIVE", "router_id": "5a0e3b9c-7b1c-4f3e-9d4e-0a1b2c3d4e5f"}})")
        << 400 << bad << u"Attribute 'status' not allowed in POST"_s;
    QTest::addRow("malformed JSON") << ike << true << QByteArray(R"({"ikepolicy": {"name": )") << 400
                                    << u"MalformedRequestBody"_s
                                    << u"Malformed request body: Cannot understand JSON."_s;
    QTest::addRow("not an object") << ike << true << QByteArray("[1, 2]") << 400 << bad
                                   << u"Body contains invalid data"_s;
    QTest::addRow("no body on create") << ike << true << QByteArray() << 400 << bad << u"Resource body required"_s;
    QTest::addRow("no body on update") << ike << false << QByteArray() << 400 << u"BadRequest"_s
                                       << u"Bad body request: Invalid format: b''."_s;
    QTest::addRow("bulk") << ike << true << QByteArray(R"({"ikepolicys": []})") << 400 << bad
                          << u"Bulk operation not supported"_s;
    QTest::addRow("no envelope") << ike << true << QByteArray(R"({"ipsecpolicy": {}})") << 400 << bad
                                 << u"Unable to find 'ikepolicy' in request body"_s;
    QTest::addRow("envelope not an object") << ike << true << QByteArray(R"({"ikepolicy": 7})") << 400 << bad
                                            << u"Object 'ikepolicy' contains invalid data"_s;
    QTest::addRow("lifetime extra key") << ike << true
                                        << QByteArray(R"({"ikepolicy": {"lifetime": {"value": 60, "x": 1}}})") << 400
                                        << bad << u"Invalid input for lifetime. Reason: Unexpected keys supplied: x."_s;
    QTest::addRow("lifetime value not int")
        << ike << true << QByteArray(R"({"ikepolicy": {"lifetime": {"value": "soon"}}})") << 400 << bad
        << u"Invalid input for lifetime. Reason: 'soon' is not an integer."_s;
    QTest::addRow("lifetime too short")
        << ike << true << QByteArray(R"({"ikepolicy": {"lifetime": {"value": 59}}})") << 400 << bad
        << u"Invalid input for lifetime. Reason: '59' is too small - must be at least '60'."_s;
    QTest::addRow("pfs not a string") << ike << true << QByteArray(R"({"ikepolicy": {"pfs": 14}})") << 400 << bad
                                      << u"Invalid input for pfs. Reason: 14 is not in valid_values."_s;
    QTest::addRow("group19 on Zed") << ike << true << QByteArray(R"({"ikepolicy": {"pfs": "group19"}})") << 400 << bad
                                    << u"Invalid input for pfs. Reason: group19 is not in valid_values."_s;
    QTest::addRow("name too long") << ike << true
                                   << QByteArray(R"({"ikepolicy": {"name": ")" + QByteArray(256, 'n') + "\"}}") << 400
                                   << bad
                                   << u"Invalid input for name. Reason: '%1' exceeds maximum length of 255."_s.arg(
                                          QString(256, u'n'));
    QTest::addRow("boolean") << service << false << QByteArray(R"({"vpnservice": {"admin_state_up": "maybe"}})") << 400
                             << u"InvalidInput"_s
                             << u"Invalid input for operation: 'maybe' cannot be converted to boolean."_s;
    QTest::addRow("project mismatch") << ike << true
                                      << QByteArray(R"({"ikepolicy": {"project_id": "a", "tenant_id": "b"}})") << 400
                                      << bad << u"'project_id' and 'tenant_id' do not match"_s;
    QTest::addRow("router not a uuid") << service << true << QByteArray(R"({"vpnservice": {"router_id": "r1"}})") << 400
                                       << bad << u"Invalid input for router_id. Reason: 'r1' is not a valid UUID."_s;
    QTest::addRow("mtu negative") << conn << false << QByteArray(R"({"ipsec_site_connection": {"mtu": -5}})") << 400
                                  << bad << u"Invalid input for mtu. Reason: '-5' should be non-negative."_s;
    QTest::addRow("peer cidr duplicates")
        << conn << false << QByteArray(R"({"ipsec_site_connection": {"peer_cidrs": ["192.0.2.0/24", "192.0.2.0/24"]}})")
        << 400 << bad << u"Invalid input for peer_cidrs. Reason: Duplicate items in the list: '192.0.2.0/24'."_s;
    QTest::addRow("peer cidr without prefix")
        << conn << false << QByteArray(R"({"ipsec_site_connection": {"peer_cidrs": ["192.0.2.0"]}})") << 400 << bad
        << u"Invalid input for peer_cidrs. Reason: '192.0.2.0' isn't a recognized IP subnet cidr, '192.0.2.0/32' is recommended."_s;
    QTest::addRow("dpd action") << conn << false
                                << QByteArray(R"({"ipsec_site_connection": {"dpd": {"action": "wait"}}})") << 400 << bad
                                << u"Invalid input for dpd. Reason: wait is not in valid_values."_s;
}

void TestNeutronApi::refusals()
{
    QFETCH(int, kind);
    QFETCH(bool, create);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);
    const QString resource = withResource(
        ResourceKind(kind), []<typename T>(ResourceType<T>) { return ResourceTraits<T>::singular.toString(); });
    const PreparedRequest prepared
        = prepareRequestBody(body, resource, attributeMap(ResourceKind(kind), ServerCapabilities::zed()),
                             create ? Operation::Create : Operation::Update, u"project"_s);
    QVERIFY(prepared.error);
    QCOMPARE(*prepared.error, (Refusal{status, type, message}));
}

void TestNeutronApi::createFillsDefaults()
{
    const PreparedRequest prepared = prepareRequestBody(
        R"({"ikepolicy": {"name": "n", "lifetime": null, "pfs": "group14"}})", u"ikepolicy"_s,
        attributeMap(ResourceKind::IkePolicy, ServerCapabilities::zed()), Operation::Create, u"p"_s);
    QVERIFY(!prepared.error);
    QCOMPARE(prepared.request.object(),
             object(R"({"name": "n", "description": "", "auth_algorithm": "sha1", "encryption_algorithm": "aes-128",
                        "phase1_negotiation_mode": "main", "lifetime": {}, "ike_version": "v1", "pfs": "group14",
                        "tenant_id": "p", "project_id": "p"})"));
    // The server prints the dict in its own key order: the client's keys first, then the defaults.
    QVERIFY(
        prepared.request.pyDict().startsWith(u"{'lifetime': {}, 'name': 'n', 'pfs': 'group14', 'project_id': 'p'"_s));
}

void TestNeutronApi::projectComesFromTheContext()
{
    const auto map = attributeMap(ResourceKind::EndpointGroup, ServerCapabilities::zed());
    const QByteArray body = R"({"endpoint_group": {"type": "cidr", "endpoints": ["192.0.2.0/24"]}})";
    QCOMPARE(*prepareRequestBody(body, u"endpoint_group"_s, map, Operation::Create, QString()).error,
             badRequest(noProjectMessage()));
    const PreparedRequest named = prepareRequestBody(R"({"endpoint_group": {"type": "cidr", "tenant_id": "t"}})",
                                                     u"endpoint_group"_s, map, Operation::Create, QString());
    QVERIFY(!named.error);
    QCOMPARE(named.request.value(u"project_id"_s), QJsonValue(u"t"_s));
    // An update never fills anything in.
    const PreparedRequest update = prepareRequestBody(R"({"endpoint_group": {"name": "x"}})", u"endpoint_group"_s, map,
                                                      Operation::Update, u"p"_s);
    QVERIFY(!update.error);
    QCOMPARE(update.request.object(), object(R"({"name": "x"})"));
}

void TestNeutronApi::projectHeaders_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("set");
    QTest::addRow("none") << Headers{} << false;
    QTest::addRow("x-project-id") << Headers{{"X-Project-Id", "p"}} << true;
    QTest::addRow("lower case tenant") << Headers{{"x-tenant-id", "p"}} << true;
    QTest::addRow("empty first one wins") << Headers{{"X-Project-Id", ""}, {"X-Tenant", "p"}} << false;
    QTest::addRow("other header") << Headers{{"X-Auth-Token", "t"}} << false;
}

void TestNeutronApi::projectHeaders()
{
    QFETCH(Headers, headers);
    QFETCH(bool, set);
    QCOMPARE(projectHeaderSet(headers), set);
}

QTEST_GUILESS_MAIN(TestNeutronApi)
#include "tst_neutronapi.moc"
