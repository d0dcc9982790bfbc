// SPDX-License-Identifier: Apache-2.0
#include "fixtures.h"

#include "vpnaas/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/*! Every key of \a produced that \a raw also has must carry the same value. */
QStringList mismatches(const QJsonObject &produced, const QJsonObject &raw, bool requireSameKeys)
{
    QStringList result;
    for (auto it = produced.begin(); it != produced.end(); ++it) {
        if (!raw.contains(it.key())) {
            if (requireSameKeys)
                result.append(u"extra key "_s + it.key());
            continue;
        }
        if (raw.value(it.key()) != it.value())
            result.append(it.key());
    }
    if (requireSameKeys) {
        for (const QString &key : raw.keys()) {
            if (!produced.contains(key))
                result.append(u"missing key "_s + key);
        }
    }
    return result;
}

template<typename T>
QStringList checkSingle(const QByteArray &body, bool vpnResource)
{
    const auto decoded = codec::decodeSingle<T>(body);
    if (!decoded.ok())
        return {u"decode failed: "_s + decoded.error};
    const QJsonObject raw = parse(body).value(ResourceTraits<T>::singular).toObject();
    return mismatches(codec::toJson(*decoded.value), raw, vpnResource);
}

template<typename T>
QStringList checkList(const QByteArray &body, bool vpnResource, bool partial)
{
    const auto decoded = codec::decodeList<T>(body);
    if (!decoded.ok())
        return {u"decode failed: "_s + decoded.error};
    const QJsonObject envelope = parse(body);
    const QJsonArray raw = envelope.value(ResourceTraits<T>::collection).toArray();
    if (decoded.value->items.size() != raw.size())
        return {u"item count %1 != %2"_s.arg(decoded.value->items.size()).arg(raw.size())};
    QStringList result;
    for (qsizetype i = 0; i < raw.size(); ++i)
        result += mismatches(codec::toJson(decoded.value->items.at(i)), raw.at(i).toObject(), vpnResource && !partial);
    const QJsonArray links = envelope.value(ResourceTraits<T>::collection.toString() + u"_links").toArray();
    for (const QJsonValue &link : links) {
        const QString rel = link[u"rel"].toString();
        const QUrl href(link[u"href"].toString());
        if ((rel == u"next" && decoded.value->next != href) || (rel == u"previous" && decoded.value->previous != href))
            result.append(u"link "_s + rel);
    }
    if (links.isEmpty() && (decoded.value->hasNext() || decoded.value->previous.isValid()))
        result.append(u"links invented"_s);
    return result;
}

template<typename T>
QStringList checkResource(const Fixture &fx, bool vpnResource)
{
    const bool single = fx.hasId() || fx.method == u"POST" || fx.method == u"PUT";
    const bool partial = fx.path.contains(u"fields=");
    return single ? checkSingle<T>(fx.body, vpnResource) : checkList<T>(fx.body, vpnResource, partial);
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryFixture_data();
    void decodesEveryFixture();
    void fixtureRequestsRoundTrip_data();
    void fixtureRequestsRoundTrip();
    void draftRoundTrip_data();
    void draftRoundTrip();
    void encodeSendsOnlyWhatIsSet();
    void encodeUpdateSendsOnlyUpdatable();
    void badRequests_data();
    void badRequests();
    void draftFromJsonSkipsWrongTypes();
    void badReplies_data();
    void badReplies();
    void pskIsSecret();
};

void TestCodec::decodesEveryFixture_data()
{
    QTest::addColumn<Fixture>("fixture");
    const QList<Fixture> fixtures = loadFixtures();
    QVERIFY(fixtures.size() >= 134);
    for (const Fixture &fx : fixtures)
        QTest::addRow("%s", qPrintable(fx.name)) << fx;
}

void TestCodec::decodesEveryFixture()
{
    QFETCH(Fixture, fixture);
    if (fixture.status == 204) {
        QVERIFY(fixture.body.isEmpty());
        return;
    }
    if (fixture.status >= 400) {
        const auto error = codec::decodeError(fixture.body);
        QVERIFY2(error.ok(), qPrintable(error.error));
        const QJsonObject raw = parse(fixture.body);
        const QJsonObject inner
            = raw.contains(u"NeutronError") ? raw[u"NeutronError"].toObject() : raw[u"error"].toObject();
        QCOMPARE(error.value->message, inner[u"message"].toString());
        QCOMPARE(error.value->type, inner.contains(u"type") ? inner[u"type"].toString() : inner[u"title"].toString());
        QVERIFY(!error.value->isEmpty());
        return;
    }
    QStringList problems;
    const QString path = fixture.path;
    const QString collection = fixture.collectionPath();
    if (path == u"/") {
        const auto versions = codec::decodeVersions(fixture.body);
        QVERIFY2(versions.ok(), qPrintable(versions.error));
        QCOMPARE(versions.value->first().id, u"v2.0"_s);
        QCOMPARE(versions.value->first().status, u"CURRENT"_s);
    } else if (path == u"/v2.0/") {
        const auto resources = codec::decodeResources(fixture.body);
        QVERIFY2(resources.ok(), qPrintable(resources.error));
        QVERIFY(std::any_of(resources.value->cbegin(), resources.value->cend(),
                            [](const codec::ApiLink &l) { return l.id == u"networks" && l.href.isValid(); }));
    } else if (path.startsWith(u"/v2.0/extensions/")) {
        const auto extension = codec::decodeExtension(fixture.body);
        QVERIFY2(extension.ok(), qPrintable(extension.error));
        QCOMPARE(extension.value->alias, path.section(u'/', -1));
    } else if (path.endsWith(u"/add_router_interface")) {
        const auto interface = codec::decodeRouterInterface(fixture.body);
        QVERIFY2(interface.ok(), qPrintable(interface.error));
        QCOMPARE(interface.value->subnetId, parse(fixture.body)[u"subnet_id"].toString());
        QVERIFY(!interface.value->portId.isEmpty());
    } else if (path.startsWith(u"/v3/")) {
        // Keystone bodies (token, version) belong to models/openstack's Keystone session; here
        // they only have to be the JSON objects that session reads.
        QVERIFY(parse(fixture.body).contains(u"token") || parse(fixture.body).contains(u"version"));
    } else if (collection == u"/v2.0/vpn/ikepolicies") {
        problems = checkResource<IkePolicy>(fixture, true);
    } else if (collection == u"/v2.0/vpn/ipsecpolicies") {
        problems = checkResource<IpsecPolicy>(fixture, true);
    } else if (collection == u"/v2.0/vpn/vpnservices") {
        problems = checkResource<VpnService>(fixture, true);
    } else if (collection == u"/v2.0/vpn/endpoint-groups") {
        problems = checkResource<EndpointGroup>(fixture, true);
    } else if (collection == u"/v2.0/vpn/ipsec-site-connections") {
        problems = checkResource<IpsecSiteConnection>(fixture, true);
    } else if (collection == u"/v2.0/routers") {
        problems = checkResource<Router>(fixture, false);
    } else if (collection == u"/v2.0/networks") {
        problems = checkResource<Network>(fixture, false);
    } else if (collection == u"/v2.0/subnets") {
        problems = checkResource<Subnet>(fixture, false);
    } else {
        QFAIL(qPrintable(u"no decoder for "_s + path));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
}

void TestCodec::fixtureRequestsRoundTrip_data()
{
    QTest::addColumn<Fixture>("fixture");
    for (const Fixture &fx : loadFixtures()) {
        if ((fx.method == u"POST" || fx.method == u"PUT") && fx.status < 300 && fx.path.startsWith(u"/v2.0/vpn/"))
            QTest::addRow("%s", qPrintable(fx.name)) << fx;
    }
}

// An accepted request, read into a draft and encoded again, is the same request.
void TestCodec::fixtureRequestsRoundTrip()
{
    QFETCH(Fixture, fixture);
    const bool create = fixture.method == u"POST";
    const auto kind = resourceKindFromCollection(fixture.collectionPath().section(u'/', -1));
    QVERIFY2(kind, "unexpected collection");
    withResource(*kind, [&]<typename T>(ResourceType<T>) {
        const auto decoded = codec::decodeRequest<T>(fixture.requestBody);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(create ? codec::encodeCreate(*decoded.value) : codec::encodeUpdate(*decoded.value),
                 parse(fixture.requestBody));
    });
}

void TestCodec::draftRoundTrip_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QByteArray>("body");

    IkePolicyDraft ike;
    ike.name = u"ike-aes256"_s;
    ike.encryptionAlgorithm = EncryptionAlgorithm::Aes256;
    ike.pfs = PfsGroup::Group14;
    ike.lifetime = LifetimeDraft{LifetimeUnits::Seconds, 28800};
    QTest::addRow("ike create") << QByteArray("ike") << true << bytes(codec::encodeCreate(ike));
    ike.lifetime = LifetimeDraft{std::nullopt, 7200};
    QTest::addRow("ike update, partial lifetime") << QByteArray("ike") << false << bytes(codec::encodeUpdate(ike));

    IpsecPolicyDraft ipsec;
    ipsec.transformProtocol = TransformProtocol::Ah;
    ipsec.encapsulationMode = EncapsulationMode::Transport;
    ipsec.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(u"aes-512-future"_s);
    QTest::addRow("ipsec create, unknown value kept")
        << QByteArray("ipsec") << true << bytes(codec::encodeCreate(ipsec));

    VpnServiceDraft service;
    service.routerId = u"d9cc1d2a-384a-4eee-a03d-92828e1fac77"_s;
    service.subnetId = QString(); // explicit null
    service.adminStateUp = false;
    QTest::addRow("service create, null subnet")
        << QByteArray("service") << true << bytes(codec::encodeCreate(service));

    EndpointGroupDraft group;
    group.type = EndpointGroupType::Cidr;
    group.endpoints = QStringList{u"192.0.2.0/24"_s, u"198.51.100.0/24"_s};
    group.description = u"peer"_s;
    QTest::addRow("group create") << QByteArray("group") << true << bytes(codec::encodeCreate(group));

    IpsecSiteConnectionDraft conn;
    conn.vpnserviceId = u"6b8618fe-a865-4a64-aeeb-63ef8ff65145"_s;
    conn.psk = Secret(u"correct horse battery staple"_s);
    conn.peerCidrs = QStringList{u"203.0.113.0/24"_s};
    conn.localEpGroupId = QString();
    conn.dpd = DpdDraft{DpdAction::Restart, 15, std::nullopt};
    conn.mtu = 1400;
    conn.adminStateUp = true;
    QTest::addRow("connection create") << QByteArray("conn") << true << bytes(codec::encodeCreate(conn));
    conn.vpnserviceId.reset();
    QTest::addRow("connection update") << QByteArray("conn") << false << bytes(codec::encodeUpdate(conn));
}

void TestCodec::draftRoundTrip()
{
    QFETCH(QByteArray, kind);
    QFETCH(bool, create);
    QFETCH(QByteArray, body);
    auto check = [&]<typename T>(ResourceType<T>) {
        const auto decoded = codec::decodeRequest<T>(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(bytes(create ? codec::encodeCreate(*decoded.value) : codec::encodeUpdate(*decoded.value)), body);
    };
    if (kind == "ike")
        check(ResourceType<IkePolicy>());
    else if (kind == "ipsec")
        check(ResourceType<IpsecPolicy>());
    else if (kind == "service")
        check(ResourceType<VpnService>());
    else if (kind == "group")
        check(ResourceType<EndpointGroup>());
    else
        check(ResourceType<IpsecSiteConnection>());
}

void TestCodec::encodeSendsOnlyWhatIsSet()
{
    QCOMPARE(codec::encodeCreate(IkePolicyDraft{}), parse(R"({"ikepolicy": {}})"));
    IkePolicyDraft named;
    named.name = u"only-a-name"_s;
    QCOMPARE(codec::encodeCreate(named), parse(R"({"ikepolicy": {"name": "only-a-name"}})"));
    IpsecSiteConnectionDraft conn;
    conn.dpd = DpdDraft{std::nullopt, 10, std::nullopt};
    QCOMPARE(codec::encodeCreate(conn), parse(R"({"ipsec_site_connection": {"dpd": {"interval": 10}}})"));
}

void TestCodec::encodeUpdateSendsOnlyUpdatable()
{
    VpnServiceDraft service;
    service.name = u"n"_s;
    service.routerId = u"r"_s;
    service.subnetId = u"s"_s;
    service.flavorId = u"f"_s;
    service.projectId = u"p"_s;
    service.adminStateUp = false;
    QCOMPARE(codec::encodeUpdate(service), parse(R"({"vpnservice": {"name": "n", "admin_state_up": false}})"));

    EndpointGroupDraft group;
    group.type = EndpointGroupType::Cidr;
    group.endpoints = QStringList{u"192.0.2.0/24"_s};
    group.description = u"d"_s;
    QCOMPARE(codec::encodeUpdate(group), parse(R"({"endpoint_group": {"description": "d"}})"));

    IpsecSiteConnectionDraft conn;
    conn.vpnserviceId = u"v"_s;
    conn.ikepolicyId = u"i"_s;
    conn.ipsecpolicyId = u"p"_s;
    conn.projectId = u"x"_s;
    conn.peerId = u"peer"_s;
    QCOMPARE(codec::encodeUpdate(conn), parse(R"({"ipsec_site_connection": {"peer_id": "peer"}})"));

    IkePolicyDraft ike;
    ike.projectId = u"x"_s;
    ike.pfs = PfsGroup::Group14;
    QCOMPARE(codec::encodeUpdate(ike), parse(R"({"ikepolicy": {"pfs": "group14"}})"));
}

void TestCodec::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("malformed JSON") << QByteArray(R"({"ikepolicy": {"name": )");
    QTest::addRow("not an object") << QByteArray("[1, 2]");
    QTest::addRow("no envelope") << QByteArray(R"({"ipsecpolicy": {}})");
    QTest::addRow("envelope not an object") << QByteArray(R"({"ikepolicy": "x"})");
}

// What the server refuses inside a well-formed request is the sandbox's API layer's (tst_neutronapi).
void TestCodec::badRequests()
{
    QFETCH(QByteArray, body);
    const auto decoded = codec::decodeRequest<IkePolicy>(body);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error.isEmpty());
}

// A request read leniently: what has the wrong type is not read, the rest is.
void TestCodec::draftFromJsonSkipsWrongTypes()
{
    const auto draft = codec::draftFromJson<IkePolicy>(
        parse(R"({"name": "n", "pfs": 14, "lifetime": {"value": "soon", "units": "seconds"}, "tenant_id": "t"})"));
    QCOMPARE(draft.name, std::optional<QString>(u"n"_s));
    QVERIFY(!draft.pfs);
    QVERIFY(draft.lifetime);
    QVERIFY(!draft.lifetime->value);
    QCOMPARE(draft.lifetime->units, std::optional<Choice<LifetimeUnits>>(LifetimeUnits::Seconds));
    QCOMPARE(draft.projectId, std::optional<QString>(u"t"_s));
}

void TestCodec::badReplies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::addRow("truncated") << QByteArray(R"({"ikepolicies": [{"id": "x")");
    QTest::addRow("array") << QByteArray("[]");
    QTest::addRow("wrong envelope") << QByteArray(R"({"ipsecpolicies": []})");
    QTest::addRow("list is object") << QByteArray(R"({"ikepolicies": {}})");
    QTest::addRow("item not object") << QByteArray(R"({"ikepolicies": [42]})");
}

void TestCodec::badReplies()
{
    QFETCH(QByteArray, body);
    const auto list = codec::decodeList<IkePolicy>(body);
    QVERIFY(!list.ok());
    QVERIFY(!list.error.isEmpty());
    const auto single = codec::decodeSingle<IkePolicy>(body);
    QVERIFY(!single.ok());
    QVERIFY(!single.error.isEmpty());
    QVERIFY(!codec::decodeError(body).ok());
}

void TestCodec::pskIsSecret()
{
    const QByteArray body = R"({"ipsec_site_connection": {"id": "x", "psk": "hunter2-hunter2"}})";
    const auto conn = codec::decodeSingle<IpsecSiteConnection>(body);
    QVERIFY(conn.ok());
    QCOMPARE(conn.value->psk.reveal(), u"hunter2-hunter2"_s);
    // The request side keeps the secret wrapped too.
    const auto draft
        = codec::decodeRequest<IpsecSiteConnection>(R"({"ipsec_site_connection": {"psk": "hunter2-hunter2"}})");
    QVERIFY(draft.ok());
    QCOMPARE(draft.value->psk, Secret(u"hunter2-hunter2"_s));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
