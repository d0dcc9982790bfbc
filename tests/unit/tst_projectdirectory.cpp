// SPDX-License-Identifier: Apache-2.0
#include "fakenetworkaccessmanager.h"

#include "openstack/projectdirectory.h"
#include "openstack/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

namespace {

FakeNetworkAccessManager::Answer tokenAnswer(const QStringList &roles)
{
    QJsonArray roleList;
    for (const QString &role : roles)
        roleList.append(QJsonObject{{u"id"_s, QString(role + u"-id"_s)}, {u"name"_s, role}});
    const QJsonObject token{
        {u"expires_at"_s, QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)},
        {u"project"_s, QJsonObject{{u"id"_s, u"p-demo"_s}, {u"name"_s, u"demo"_s}}},
        {u"roles"_s, roleList},
        {u"catalog"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"network"_s},
                                {u"endpoints"_s,
                                 QJsonArray{QJsonObject{{u"interface"_s, u"public"_s},
                                                        {u"region_id"_s, u"RegionOne"_s},
                                                        {u"url"_s, u"http://net:9696"_s}}}}}}}};
    FakeNetworkAccessManager::Answer a;
    a.method = "POST";
    a.path = u"/v3/auth/tokens"_s;
    a.status = 201;
    a.body = QJsonDocument(QJsonObject{{u"token"_s, token}}).toJson(QJsonDocument::Compact);
    a.headers.insert("X-Subject-Token", "token-1");
    return a;
}

QByteArray projects(const QList<std::pair<const char *, const char *>> &list)
{
    QJsonArray array;
    for (const auto &[id, name] : list) {
        array.append(QJsonObject{{u"id"_s, QString::fromLatin1(id)},
                                 {u"name"_s, QString::fromLatin1(name)},
                                 {u"domain_id"_s, u"default"_s}});
    }
    return QJsonDocument(QJsonObject{{u"projects"_s, array}}).toJson(QJsonDocument::Compact);
}

FakeNetworkAccessManager::Answer get(const QString &path, int status, const QByteArray &body)
{
    FakeNetworkAccessManager::Answer a;
    a.method = "GET";
    a.path = path;
    a.status = status;
    a.body = body;
    a.headers.insert("Content-Type", "application/json");
    return a;
}

CloudProfile profile()
{
    CloudProfile p;
    p.name = u"test"_s;
    p.authUrl = QUrl(u"http://keystone:5000"_s);
    p.username = u"alice"_s;
    p.password = Secret(u"pw"_s);
    p.projectName = u"demo"_s;
    return p;
}

} // namespace

class TestProjectDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void listsTheUsersProjects_data();
    void listsTheUsersProjects();
    void keystoneRefusalIsReported();
};

void TestProjectDirectory::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("names"); // sorted by name

    QTest::addRow("two, sorted") << projects({{"b", "beta"}, {"a", "alpha"}}) << true
                                 << QStringList{u"alpha"_s, u"beta"_s};
    QTest::addRow("empty list") << QByteArray(R"({"projects": []})") << true << QStringList{};
    QTest::addRow("no id skipped") << QByteArray(R"({"projects": [{"name": "x"}, {"id": "y", "name": "y"}]})") << true
                                   << QStringList{u"y"_s};
    QTest::addRow("not json") << QByteArray("<html>") << false << QStringList{};
    QTest::addRow("no projects key") << QByteArray(R"({"project": {}})") << false << QStringList{};
    QTest::addRow("projects not a list") << QByteArray(R"({"projects": {"id": "x"}})") << false << QStringList{};
}

void TestProjectDirectory::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, names);
    bool parsed = !ok;
    const QList<ProjectInfo> list = parseProjects(body, &parsed);
    QCOMPARE(parsed, ok);
    QStringList got;
    for (const ProjectInfo &p : list)
        got.append(p.name);
    QCOMPARE(got, names);
}

void TestProjectDirectory::listsTheUsersProjects_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<int>("allProjectsStatus"); // 0: not asked
    QTest::addColumn<QString>("otherName"); // the name of project p-other, once known

    QTest::addRow("member: own projects only") << QStringList{u"member"_s, u"reader"_s} << 0 << QString();
    QTest::addRow("admin: every project named") << QStringList{u"admin"_s, u"member"_s} << 200 << u"other"_s;
    QTest::addRow("admin, Keystone refuses the full list") << QStringList{u"admin"_s} << 403 << QString();
}

void TestProjectDirectory::listsTheUsersProjects()
{
    QFETCH(QStringList, roles);
    QFETCH(int, allProjectsStatus);
    QFETCH(QString, otherName);
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer(roles));
    network.expect(get(u"/v3/auth/projects"_s, 200, projects({{"p-demo", "demo"}, {"p-beta", "beta"}})));
    if (allProjectsStatus) {
        network.expect(get(u"/v3/projects"_s, allProjectsStatus,
                           allProjectsStatus == 200
                               ? projects({{"p-demo", "demo"}, {"p-beta", "beta"}, {"p-other", "other"}})
                               : QByteArray(R"({"error": {"code": 403, "title": "Forbidden", "message": "no"}})")));
    }
    Session session(profile(), &network);
    ProjectDirectory directory(&session, &network);
    QSignalSpy changed(&directory, &ProjectDirectory::changed);
    QSignalSpy failed(&directory, &ProjectDirectory::failed);
    directory.fetch();
    QTRY_VERIFY(directory.isLoaded());
    QTRY_COMPARE(network.pending(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(session.isAdmin(), roles.contains(u"admin"_s));
    QCOMPARE(session.roles(), roles);
    QCOMPARE(session.projectName(), u"demo"_s);
    QCOMPARE(directory.projects().size(), 2);
    QCOMPARE(directory.projects().first().name, u"beta"_s);
    QCOMPARE(directory.nameOf(u"p-demo"_s), u"demo"_s);
    QTRY_COMPARE(directory.nameOf(u"p-other"_s), otherName);
    // Every Keystone request carries the token, none a password.
    for (const FakeNetworkAccessManager::Request &request : network.requests()) {
        if (request.method == "GET") {
            QCOMPARE(request.headers.value("X-Auth-Token"), QByteArray("token-1"));
            QVERIFY(request.body.isEmpty());
        }
    }
}

void TestProjectDirectory::keystoneRefusalIsReported()
{
    FakeNetworkAccessManager network;
    network.expect(tokenAnswer({u"member"_s}));
    network.expect(get(u"/v3/auth/projects"_s, 500, "<html><body>Internal error</body></html>"));
    Session session(profile(), &network);
    ProjectDirectory directory(&session, &network);
    QSignalSpy failed(&directory, &ProjectDirectory::failed);
    directory.fetch();
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 500);
    QVERIFY(!directory.isLoaded());
    QVERIFY(directory.projects().isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectDirectory)
#include "tst_projectdirectory.moc"
