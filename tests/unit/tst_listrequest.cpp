// SPDX-License-Identifier: Apache-2.0
#include "sandbox/listrequest.h"

#include "vpnaas/listrules.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::sandbox;

namespace {

using Query = QList<std::pair<QString, QString>>;

QList<QJsonObject> objects(const QByteArray &json)
{
    QList<QJsonObject> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        list.append(v.toObject());
    return list;
}

QStringList ids(const QList<QJsonObject> &items)
{
    QStringList list;
    for (const QJsonObject &o : items)
        list.append(o.value(u"id").toString());
    return list;
}

Query query(const QString &text)
{
    Query q;
    for (const QString &pair : text.split(u'&', Qt::SkipEmptyParts))
        q.append({pair.section(u'=', 0, 0), pair.section(u'=', 1)});
    return q;
}

const QByteArray kConnections = R"([
    {"id": "c1", "name": "b", "mtu": 1500, "admin_state_up": true, "dpd": {"action": "hold", "interval": 30}, "peer_cidrs": ["x"], "project_id": "p"},
    {"id": "c2", "name": "a", "mtu": 1400, "admin_state_up": false, "dpd": {"action": "clear", "interval": 10}, "project_id": "q"},
    {"id": "c3", "name": "", "mtu": 1500, "admin_state_up": true, "dpd": {"action": "hold", "interval": 30}, "project_id": "p"},
    {"id": "c4", "name": null, "mtu": 9000, "admin_state_up": true, "dpd": {"action": "hold", "interval": 5}, "project_id": "p"}
])";

} // namespace

class TestListRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refusals_data();
    void refusals();
    void filterColumns_data();
    void filterColumns();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void pages_data();
    void pages();
    void links_data();
    void links();
    void fields();
};

void TestListRequest::parse_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("vpn");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("filters");
    QTest::addRow("fields and sort, empty ones dropped")
        << u"fields=id&fields=&sort_key=name&sort_dir=asc&fields=name"_s << true << QStringList{u"id"_s, u"name"_s}
        << QStringList();
    QTest::addRow("vpn: empty filter selects empty")
        << u"name=&name=x&mtu=1400"_s << true << QStringList() << QStringList{u"name=,x"_s, u"mtu=1400"_s};
    QTest::addRow("core: empty filter ignored")
        << u"name=&status=ACTIVE"_s << false << QStringList() << QStringList{u"status=ACTIVE"_s};
    QTest::addRow("paging parameters are no filters")
        << u"limit=2&marker=m&page_reverse=True"_s << true << QStringList() << QStringList();
}

void TestListRequest::parse()
{
    QFETCH(QString, query);
    QFETCH(bool, vpn);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, filters);
    const ListRequest request = parseListRequest(::query(query), vpn);
    QCOMPARE(request.fields, fields);
    QStringList found;
    for (const auto &[name, values] : request.filters) {
        QStringList texts;
        for (const QJsonValue &v : values)
            texts.append(v.toString());
        found.append(name + u'=' + texts.join(u','));
    }
    QCOMPARE(found, filters);
}

void TestListRequest::refusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::addRow("fine") << u"sort_key=name&sort_dir=desc&limit=3"_s << QString() << QString();
    QTest::addRow("keys without dirs") << u"sort_key=name"_s << u"HTTPBadRequest"_s
                                       << u"The number of sort_keys and sort_dirs must be same"_s;
    QTest::addRow("bad key") << u"sort_key=psk&sort_dir=asc"_s << u"HTTPBadRequest"_s
                             << u"['psk'] is invalid attribute for sort_keys"_s;
    QTest::addRow("bad dir") << u"sort_key=name&sort_dir=up"_s << u"HTTPBadRequest"_s
                             << u"['up'] is invalid value for sort_dirs, valid value is 'asc' and 'desc'"_s;
    QTest::addRow("keys before dirs") << u"sort_key=psk&sort_dir=up"_s << u"HTTPBadRequest"_s
                                      << u"['psk'] is invalid attribute for sort_keys"_s;
    QTest::addRow("negative limit") << u"limit=-1"_s << u"BadRequest"_s
                                    << u"Bad limit request: Limit must be an integer 0 or greater and not '-1'."_s;
    QTest::addRow("word limit") << u"limit=ten"_s << u"BadRequest"_s
                                << u"Bad limit request: Limit must be an integer 0 or greater and not 'ten'."_s;
    QTest::addRow("filter conversion first")
        << u"admin_state_up=maybe&limit=-1"_s << u"InvalidInput"_s
        << u"Invalid input for operation: 'maybe' cannot be converted to boolean."_s;
    QTest::addRow("int filter") << u"mtu=abc"_s << u"InvalidInput"_s
                                << u"Invalid input for operation: 'abc' is not an integer."_s;
}

void TestListRequest::refusals()
{
    QFETCH(QString, query);
    QFETCH(QString, type);
    QFETCH(QString, message);
    ListRequest request = parseListRequest(::query(query), true);
    const auto attributes = attributeMap(ResourceKind::IpsecSiteConnection, ServerCapabilities::zed());
    const CheckedListRequest checked
        = checkListRequest(request, &attributes, allowedSortKeys(u"/v2.0/vpn/ipsec-site-connections"));
    if (message.isEmpty()) {
        QVERIFY(!checked.error);
        return;
    }
    QVERIFY(checked.error);
    QCOMPARE(checked.error->type, type);
    QCOMPARE(checked.error->message, message);
}

void TestListRequest::filterColumns_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("column"); // empty: not a column
    const int ike = int(ResourceKind::IkePolicy), group = int(ResourceKind::EndpointGroup);
    const int conn = int(ResourceKind::IpsecSiteConnection), service = int(ResourceKind::VpnService);
    QTest::addRow("id") << ike << u"id"_s << QStringList{u"id"_s};
    QTest::addRow("tenant_id is the project") << ike << u"tenant_id"_s << QStringList{u"project_id"_s};
    QTest::addRow("nested lifetime") << ike << u"lifetime_value"_s << QStringList{u"lifetime"_s, u"value"_s};
    QTest::addRow("lifetime itself") << ike << u"lifetime"_s << QStringList();
    QTest::addRow("group type is endpoint_type") << group << u"endpoint_type"_s << QStringList{u"type"_s};
    QTest::addRow("group ?type= is ignored") << group << u"type"_s << QStringList();
    QTest::addRow("group endpoints are a table") << group << u"endpoints"_s << QStringList();
    QTest::addRow("peer cidrs are a table") << conn << u"peer_cidrs"_s << QStringList();
    QTest::addRow("dpd interval") << conn << u"dpd_interval"_s << QStringList{u"dpd"_s, u"interval"_s};
    QTest::addRow("psk is a column") << conn << u"psk"_s << QStringList{u"psk"_s};
    QTest::addRow("read-only status") << service << u"status"_s << QStringList{u"status"_s};
    QTest::addRow("unknown") << service << u"colour"_s << QStringList();
}

void TestListRequest::filterColumns()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QStringList, column);
    QCOMPARE(filterColumn(ResourceKind(kind), name).value_or(QStringList()), column);
}

void TestListRequest::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("vpn");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("text") << u"name=a"_s << true << QStringList{u"c2"_s};
    QTest::addRow("several values") << u"name=a&name=b"_s << true << QStringList{u"c1"_s, u"c2"_s};
    QTest::addRow("empty selects empty, NULL never") << u"name="_s << true << QStringList{u"c3"_s};
    QTest::addRow("numeric text matches a number column") << u"mtu=1500"_s << true << QStringList{u"c1"_s, u"c3"_s};
    QTest::addRow("converted boolean") << u"admin_state_up=no"_s << true << QStringList{u"c2"_s};
    QTest::addRow("nested column") << u"dpd_action=hold&dpd_interval=30"_s << true << QStringList{u"c1"_s, u"c3"_s};
    QTest::addRow("not a column: ignored")
        << u"peer_cidrs=x&colour=red"_s << true << QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s};
    QTest::addRow("tenant_id") << u"tenant_id=q"_s << true << QStringList{u"c2"_s};
    QTest::addRow("core: text of booleans, any case") << u"admin_state_up=FALSE"_s << false << QStringList{u"c2"_s};
    QTest::addRow("core: unknown attribute ignored")
        << u"colour=red"_s << false << QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s};
}

void TestListRequest::filters()
{
    QFETCH(QString, query);
    QFETCH(bool, vpn);
    QFETCH(QStringList, ids);
    ListRequest request = parseListRequest(::query(query), vpn);
    const auto attributes = attributeMap(ResourceKind::IpsecSiteConnection, ServerCapabilities::zed());
    QVERIFY(!checkListRequest(request, vpn ? &attributes : nullptr, {}).error);
    const auto kind = vpn ? std::optional(ResourceKind::IpsecSiteConnection) : std::nullopt;
    QCOMPARE(::ids(filterItems(objects(kConnections), request.filters, kind)), ids);
}

void TestListRequest::sorting_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("dirs");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("none keeps order") << QStringList() << QStringList()
                                      << QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s};
    QTest::addRow("name, None first") << QStringList{u"name"_s} << QStringList{u"asc"_s}
                                      << QStringList{u"c4"_s, u"c3"_s, u"c2"_s, u"c1"_s};
    QTest::addRow("mtu desc, stable") << QStringList{u"mtu"_s} << QStringList{u"desc"_s}
                                      << QStringList{u"c4"_s, u"c1"_s, u"c3"_s, u"c2"_s};
    QTest::addRow("two keys") << QStringList{u"project_id"_s, u"mtu"_s} << QStringList{u"desc"_s, u"asc"_s}
                              << QStringList{u"c2"_s, u"c1"_s, u"c3"_s, u"c4"_s};
}

void TestListRequest::sorting()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, dirs);
    QFETCH(QStringList, ids);
    QList<QJsonObject> items = objects(kConnections);
    sortItems(items, keys, dirs);
    QCOMPARE(::ids(items), ids);
}

void TestListRequest::pages_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("first page") << 2 << QString() << false << QStringList{u"c1"_s, u"c2"_s};
    QTest::addRow("after a marker") << 2 << u"c2"_s << false << QStringList{u"c3"_s, u"c4"_s};
    QTest::addRow("short last page") << 3 << u"c2"_s << false << QStringList{u"c3"_s, u"c4"_s};
    QTest::addRow("past the end") << 2 << u"c4"_s << false << QStringList();
    QTest::addRow("reverse from the end") << 3 << QString() << true << QStringList{u"c2"_s, u"c3"_s, u"c4"_s};
    QTest::addRow("reverse before a marker") << 2 << u"c2"_s << true << QStringList{u"c1"_s};
    QTest::addRow("unknown marker") << 2 << u"zz"_s << false << QStringList();
}

void TestListRequest::pages()
{
    QFETCH(int, limit);
    QFETCH(QString, marker);
    QFETCH(bool, reverse);
    QFETCH(QStringList, ids);
    QCOMPARE(::ids(pageOf(objects(kConnections), limit, marker, reverse)), ids);
}

void TestListRequest::links_data()
{
    QTest::addColumn<QStringList>("page");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<QStringList>("links");
    const QString base = u"http://h/v2.0/vpn/ipsec-site-connections?limit=2&name=x"_s;
    QTest::addRow("full page: both") << QStringList{u"c1"_s, u"c2"_s} << false
                                     << QStringList{u"next "_s + base + u"&marker=c2"_s,
                                                    u"previous "_s + base + u"&marker=c1&page_reverse=True"_s};
    QTest::addRow("short page: no next") << QStringList{u"c3"_s} << false
                                         << QStringList{u"previous "_s + base + u"&marker=c3&page_reverse=True"_s};
    QTest::addRow("short reverse page: no previous")
        << QStringList{u"c1"_s} << true << QStringList{u"next "_s + base + u"&marker=c1"_s};
    QTest::addRow("empty page") << QStringList() << false
                                << QStringList{u"previous "_s + base + u"&page_reverse=True"_s};
}

void TestListRequest::links()
{
    QFETCH(QStringList, page);
    QFETCH(bool, reverse);
    QFETCH(QStringList, links);
    QList<QJsonObject> items;
    for (const QString &id : std::as_const(page))
        items.append(QJsonObject{{u"id"_s, id}});
    const QJsonArray array = pageLinks(items, 2, reverse, u"http://h/v2.0/vpn/ipsec-site-connections"_s,
                                       query(u"limit=2&marker=old&name=x&page_reverse=True"_s));
    QStringList found;
    for (const QJsonValue &link : array)
        found.append(link[u"rel"].toString() + u' ' + link[u"href"].toString());
    QCOMPARE(found, links);
}

void TestListRequest::fields()
{
    const QJsonObject item{{u"id"_s, u"c1"_s}, {u"name"_s, u"n"_s}, {u"psk"_s, u"s"_s}};
    QCOMPARE(selectFields(item, {}), item);
    QCOMPARE(selectFields(item, {u"name"_s, u"missing"_s}), (QJsonObject{{u"name"_s, u"n"_s}}));
}

QTEST_GUILESS_MAIN(TestListRequest)
#include "tst_listrequest.moc"
