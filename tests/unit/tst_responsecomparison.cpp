// SPDX-License-Identifier: Apache-2.0
// The differential test's comparison of the real server's answers with the sandbox's, without a
// server: the id table, lists sorted by id, unordered peer_cidrs and endpoints, and the
// differences that must still be reported.
#include "responsecomparison.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace differential;

namespace {

// Real ids sort R1 < R2 < R3; their sandbox counterparts the other way round (S3 < S2 < S1).
const QString R1 = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
const QString R2 = u"aaaaaaaa-0000-4000-8000-000000000002"_s;
const QString R3 = u"aaaaaaaa-0000-4000-8000-000000000003"_s;
const QString S1 = u"bbbbbbbb-0000-4000-8000-000000000009"_s;
const QString S2 = u"bbbbbbbb-0000-4000-8000-000000000005"_s;
const QString S3 = u"bbbbbbbb-0000-4000-8000-000000000001"_s;

Response answer(const QString &body)
{
    return {200, body.toUtf8(), u"req-0"_s};
}

/*! What the run does when both sides create something: pair the ids and compare the answers. */
void learn(ResponseComparison &comparison, const QString &realId, const QString &sandboxId)
{
    comparison.ids().remember(realId, sandboxId);
    const QString body = uR"({"subnet": {"id": "%1"}})"_s;
    QVERIFY(comparison.compare(answer(body.arg(realId)), answer(body.arg(sandboxId)), u"/v2.0/subnets"_s).isEmpty());
}

QString policies(const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[id, name] : items)
        parts.append(uR"({"id": "%1", "name": "%2"})"_s.arg(id, name));
    return uR"({"ikepolicies": [%1]})"_s.arg(parts.join(u", "));
}

} // namespace

class TestResponseComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idTable();
    void compare_data();
    void compare();
    void requestIds();
    void bodiesThatAreNotJson_data();
    void bodiesThatAreNotJson();
};

void TestResponseComparison::idTable()
{
    IdTable ids;
    ids.remember(R1, S1);
    ids.remember(R2, QString()); // only the real server created it
    ids.remember(QString(), S3); // only the sandbox created it

    QCOMPARE(ids.toSandbox(u"/v2.0/vpn/ikepolicies/%1?marker=%1"_s.arg(R1)),
             u"/v2.0/vpn/ikepolicies/%1?marker=%1"_s.arg(S1));
    QCOMPARE(ids.toSandbox(uR"({"ikepolicy_id": "%1", "ipsecpolicy_id": "%2"})"_s.arg(R1, R2)),
             uR"({"ikepolicy_id": "%1", "ipsecpolicy_id": "%2"})"_s.arg(S1, R2));
    QCOMPARE(ids.sandboxId(R1), S1);
    QCOMPARE(ids.sandboxId(R2), QString());
    QCOMPARE(ids.toReal(S1), R1);
    QCOMPARE(ids.toReal(S3), S3);
    QCOMPARE(ids.toReal(u"192.168.1.0/24"_s), u"192.168.1.0/24"_s);
}

void TestResponseComparison::compare_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("real");
    QTest::addColumn<QString>("sandbox");
    QTest::addColumn<QStringList>("expected");

    const QString ike = u"/v2.0/vpn/ikepolicies"_s;
    QTest::addRow("same body, ids mapped")
        << ike + u'/' + R1 << uR"({"ikepolicy": {"id": "%1", "pfs": "group14"}})"_s.arg(R1)
        << uR"({"ikepolicy": {"id": "%1", "pfs": "group14"}})"_s.arg(S1) << QStringList();
    QTest::addRow("a different value") << ike + u'/' + R1
                                       << uR"({"ikepolicy": {"id": "%1", "pfs": "group14"}})"_s.arg(R1)
                                       << uR"({"ikepolicy": {"id": "%1", "pfs": "group5"}})"_s.arg(S1)
                                       << QStringList{u"body.ikepolicy.pfs: \"group14\" vs \"group5\""_s};
    QTest::addRow("an id that maps elsewhere")
        << ike + u'/' + R1 << uR"({"ikepolicy": {"id": "%1"}})"_s.arg(R1) << uR"({"ikepolicy": {"id": "%1"}})"_s.arg(S2)
        << QStringList{u"body.ikepolicy.id: %1 maps elsewhere, got %2"_s.arg(R1, S2)};
    QTest::addRow("different keys") << ike + u'/' + R1 << uR"({"ikepolicy": {"id": "%1", "pfs": "group14"}})"_s.arg(R1)
                                    << uR"({"ikepolicy": {"id": "%1"}})"_s.arg(S1)
                                    << QStringList{u"body.ikepolicy: keys id,pfs vs id"_s};

    // sort_key=id: each side in its own ids' order, items paired through the id table.
    QTest::addRow("sort_key=id ascending")
        << ike + u"?sort_key=id&sort_dir=asc"_s << policies({{R1, u"a"_s}, {R2, u"b"_s}, {R3, u"c"_s}})
        << policies({{S3, u"c"_s}, {S2, u"b"_s}, {S1, u"a"_s}}) << QStringList();
    QTest::addRow("sort_key=id descending, then a limit")
        << ike + u"?sort_key=id&sort_dir=desc&limit=5"_s << policies({{R3, u"c"_s}, {R2, u"b"_s}, {R1, u"a"_s}})
        << policies({{S1, u"a"_s}, {S2, u"b"_s}, {S3, u"c"_s}}) << QStringList();
    QTest::addRow("sort_key=id, the sandbox not sorted")
        << ike + u"?sort_key=id&sort_dir=asc"_s << policies({{R1, u"a"_s}, {R2, u"b"_s}, {R3, u"c"_s}})
        << policies({{S1, u"a"_s}, {S2, u"b"_s}, {S3, u"c"_s}}) << QStringList{u"sandbox side is not sorted by id"_s};
    QTest::addRow("sort_key=id, a different name still reported")
        << ike + u"?sort_key=id&sort_dir=asc"_s << policies({{R1, u"a"_s}, {R2, u"b"_s}})
        << policies({{S2, u"b"_s}, {S1, u"x"_s}}) << QStringList{u"body.ikepolicies[0].name: \"a\" vs \"x\""_s};
    QTest::addRow("sort_key=id, an item missing")
        << ike + u"?sort_key=id&sort_dir=asc"_s << policies({{R1, u"a"_s}, {R2, u"b"_s}}) << policies({{S1, u"a"_s}})
        << QStringList{u"body.ikepolicies: 2 items vs 1"_s};
    QTest::addRow("sort_key=id refused on both")
        << u"/v2.0/vpn/endpoint-groups?sort_key=id&sort_dir=asc"_s
        << uR"({"NeutronError": {"type": "HTTPBadRequest", "message": "no sort"}})"_s
        << uR"({"NeutronError": {"type": "HTTPBadRequest", "message": "no sort"}})"_s << QStringList();
    QTest::addRow("sort_key=name: the order counts")
        << ike + u"?sort_key=name&sort_dir=asc"_s << policies({{R1, u"a"_s}, {R2, u"b"_s}})
        << policies({{S2, u"b"_s}, {S1, u"a"_s}})
        << QStringList{u"body.ikepolicies[0].id: %1 maps elsewhere, got %2"_s.arg(R1, S2),
                       u"body.ikepolicies[0].name: \"a\" vs \"b\""_s,
                       u"body.ikepolicies[1].id: %1 maps elsewhere, got %2"_s.arg(R2, S1),
                       u"body.ikepolicies[1].name: \"b\" vs \"a\""_s};

    // peer_cidrs and endpoints: any order, same items.
    const QString connection = uR"({"ipsec_site_connection": {"id": "%1", "peer_cidrs": [%2]}})"_s;
    QTest::addRow("peer_cidrs in another order")
        << u"/v2.0/vpn/ipsec-site-connections/"_s + R1 << connection.arg(R1, uR"("192.168.1.0/24", "10.1.0.0/24")"_s)
        << connection.arg(S1, uR"("10.1.0.0/24", "192.168.1.0/24")"_s) << QStringList();
    QTest::addRow("a different peer CIDR")
        << u"/v2.0/vpn/ipsec-site-connections/"_s + R1 << connection.arg(R1, uR"("192.168.1.0/24", "10.1.0.0/24")"_s)
        << connection.arg(S1, uR"("192.168.1.0/24", "10.2.0.0/24")"_s)
        << QStringList{u"body.ipsec_site_connection.peer_cidrs[0]: \"10.1.0.0/24\" vs \"10.2.0.0/24\""_s};
    QTest::addRow("peer_cidrs in every item of a list")
        << u"/v2.0/vpn/ipsec-site-connections"_s
        << uR"({"ipsec_site_connections": [{"peer_cidrs": ["b", "a"]}, {"peer_cidrs": ["d", "c"]}]})"_s
        << uR"({"ipsec_site_connections": [{"peer_cidrs": ["a", "b"]}, {"peer_cidrs": ["c", "d"]}]})"_s
        << QStringList();
    const QString group = uR"({"endpoint_group": {"id": "%1", "type": "subnet", "endpoints": ["%2", "%3"]}})"_s;
    QTest::addRow("subnet endpoints ordered through the id table")
        << u"/v2.0/vpn/endpoint-groups/"_s + R1 << group.arg(R1, R3, R2) << group.arg(S1, S2, S3) << QStringList();
    QTest::addRow("a different subnet endpoint")
        << u"/v2.0/vpn/endpoint-groups/"_s + R1 << group.arg(R1, R3, R2) << group.arg(S1, S2, S1)
        << QStringList{u"body.endpoint_group.endpoints[0]: %1 maps elsewhere, got %2"_s.arg(R2, S1),
                       u"body.endpoint_group.endpoints[1]: %1 maps elsewhere, got %2"_s.arg(R3, S2)};
}

void TestResponseComparison::compare()
{
    QFETCH(QString, path);
    QFETCH(QString, real);
    QFETCH(QString, sandbox);
    QFETCH(QStringList, expected);

    ResponseComparison comparison;
    learn(comparison, R1, S1);
    learn(comparison, R2, S2);
    learn(comparison, R3, S3);
    QCOMPARE(comparison.compare(answer(real), answer(sandbox), path), expected);
}

void TestResponseComparison::requestIds()
{
    ResponseComparison comparison;
    const Response real{204, {}, u"req-1"_s};
    QVERIFY(comparison.compare(real, {204, {}, u"req-2"_s}, u"/v2.0/vpn/ikepolicies/x"_s).isEmpty());
    QCOMPARE(comparison.compare(real, {204, {}, u"1234"_s}, u"/v2.0/vpn/ikepolicies/x"_s),
             QStringList{u"request id: \"req-1\" vs \"1234\""_s});
}

void TestResponseComparison::bodiesThatAreNotJson_data()
{
    QTest::addColumn<QByteArray>("real");
    QTest::addColumn<QByteArray>("sandbox");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("both empty") << QByteArray() << QByteArray() << QStringList();
    QTest::addRow("one empty") << QByteArray() << QByteArrayLiteral("{}") << QStringList{u"body: <> vs <{}>"_s};
    QTest::addRow("same text") << QByteArrayLiteral("Bad Request") << QByteArrayLiteral("Bad Request") << QStringList();
    QTest::addRow("different text") << QByteArrayLiteral("Bad Request") << QByteArrayLiteral("{\"a\": 1}")
                                    << QStringList{u"body: <Bad Request> vs <{\"a\": 1}>"_s};
    QTest::addRow("a long body is cut") << QByteArray(400, 'x') << QByteArray(400, 'y')
                                        << QStringList{
                                               u"body: <%1…> vs <%2…>"_s.arg(QString(300, u'x'), QString(300, u'y'))};
}

void TestResponseComparison::bodiesThatAreNotJson()
{
    QFETCH(QByteArray, real);
    QFETCH(QByteArray, sandbox);
    QFETCH(QStringList, expected);

    ResponseComparison comparison;
    QCOMPARE(comparison.compare({400, real, u"req-1"_s}, {400, sandbox, u"req-2"_s}, u"/v2.0/vpn/vpnservices"_s),
             expected);
}

QTEST_GUILESS_MAIN(TestResponseComparison)
#include "tst_responsecomparison.moc"
