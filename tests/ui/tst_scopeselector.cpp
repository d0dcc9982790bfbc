// SPDX-License-Identifier: Apache-2.0
#include "scopeselector.h"

#include "fakenetworkaccessmanager.h"

#include "openstack/projectdirectory.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;
using vpnaas::ui::ScopeSelector;

namespace {

FakeNetworkAccessManager::Answer answer(const char *method, const QString &path, int status, const QByteArray &body)
{
    FakeNetworkAccessManager::Answer a;
    a.method = method;
    a.path = path;
    a.status = status;
    a.body = body;
    a.headers.insert("Content-Type", "application/json");
    return a;
}

FakeNetworkAccessManager::Answer token(const QStringList &roles)
{
    QJsonArray roleList;
    for (const QString &role : roles)
        roleList.append(QJsonObject{{u"name"_s, role}});
    const QJsonObject t{{u"expires_at"_s, QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)},
                        {u"project"_s, QJsonObject{{u"id"_s, u"p-demo"_s}, {u"name"_s, u"demo"_s}}},
                        {u"roles"_s, roleList},
                        {u"catalog"_s,
                         QJsonArray{QJsonObject{{u"type"_s, u"network"_s},
                                                {u"endpoints"_s,
                                                 QJsonArray{QJsonObject{{u"interface"_s, u"public"_s},
                                                                        {u"region_id"_s, u"RegionOne"_s},
                                                                        {u"url"_s, u"http://n1:9696"_s}},
                                                            QJsonObject{{u"interface"_s, u"public"_s},
                                                                        {u"region_id"_s, u"RegionTwo"_s},
                                                                        {u"url"_s, u"http://n2:9696"_s}}}}}}}};
    auto a = answer("POST", u"/v3/auth/tokens"_s, 201, QJsonDocument(QJsonObject{{u"token"_s, t}}).toJson());
    a.headers.insert("X-Subject-Token", "token-1");
    return a;
}

CloudProfile cloud(const QStringList &regions)
{
    CloudProfile p;
    p.name = u"ops"_s;
    p.authUrl = QUrl(u"http://keystone:5000/v3"_s);
    p.username = u"alice"_s;
    p.password = Secret(u"alice-password"_s);
    p.projectName = u"demo"_s;
    p.regions = regions;
    p.regionName = regions.value(0);
    return p;
}

QStringList texts(const QComboBox *box)
{
    QStringList list;
    for (int i = 0; i < box->count(); ++i)
        list.append(box->itemText(i));
    return list;
}

} // namespace

class TestScopeSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersRegionsAndProjects_data();
    void offersRegionsAndProjects();
    void sandboxHasNoScope();
};

void TestScopeSelector::offersRegionsAndProjects_data()
{
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("projectEntries");

    QTest::addRow("member, one region") << QStringList{u"RegionOne"_s} << QStringList{u"member"_s}
                                        << QStringList{u"beta"_s, u"demo"_s};
    QTest::addRow("admin, two regions") << QStringList{u"RegionOne"_s, u"RegionTwo"_s} << QStringList{u"admin"_s}
                                        << QStringList{u"beta"_s, u"demo"_s, u"All projects"_s};
}

void TestScopeSelector::offersRegionsAndProjects()
{
    QFETCH(QStringList, regions);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, projectEntries);
    const bool admin = roles.contains(u"admin"_s);
    FakeNetworkAccessManager network;
    network.expect(token(roles));
    network.expect(answer("GET", u"/v3/auth/projects"_s, 200,
                          R"({"projects": [{"id": "p-demo", "name": "demo"}, {"id": "p-beta", "name": "beta"}]})"));
    if (admin) {
        network.expect(answer("GET", u"/v3/projects"_s, 200,
                              R"({"projects": [{"id": "p-demo", "name": "demo"}, {"id": "p-beta", "name": "beta"},
                                               {"id": "p-x", "name": "xenon"}]})"));
    }
    Workspace workspace;
    ScopeSelector selector(&workspace);
    selector.show();
    workspace.connectTo(cloud(regions), &network);
    QTRY_VERIFY(workspace.projects() && workspace.projects()->isLoaded());
    QTRY_COMPARE(network.pending(), 0);

    // Regions: shown when there is a choice, the current one selected.
    QCOMPARE(selector.regionBox()->isVisible(), regions.size() > 1);
    QCOMPARE(texts(selector.regionBox()), regions);
    QCOMPARE(selector.regionBox()->currentText(), regions.first());
    // Projects: the user's, sorted, the token's selected; All projects for an admin only.
    QVERIFY(selector.projectBox()->isVisible());
    QCOMPARE(texts(selector.projectBox()), projectEntries);
    QCOMPARE(selector.projectBox()->currentText(), u"demo"_s);
    QVERIFY(!selector.filterBox()->isVisible());

    QSignalSpy projectChosen(&selector, &ScopeSelector::projectChosen);
    QSignalSpy allChosen(&selector, &ScopeSelector::allProjectsChosen);
    QSignalSpy regionChosen(&selector, &ScopeSelector::regionChosen);
    selector.projectBox()->activated(selector.projectBox()->findText(u"beta"_s));
    QCOMPARE(projectChosen.size(), 1);
    QCOMPARE(projectChosen.first().first().toString(), u"p-beta"_s);
    selector.projectBox()->activated(selector.projectBox()->findText(u"demo"_s));
    QCOMPARE(projectChosen.size(), 1); // the current one: nothing to switch
    if (regions.size() > 1) {
        selector.regionBox()->activated(1);
        QCOMPARE(regionChosen.size(), 1);
        QCOMPARE(regionChosen.first().first().toString(), regions[1]);
    }
    if (!admin)
        return;
    selector.projectBox()->activated(selector.projectBox()->findText(u"All projects"_s));
    QCOMPARE(allChosen.size(), 1);

    // All projects: a filter over every project Keystone named, none chosen at first.
    QTRY_COMPARE(workspace.projectLabel(u"p-x"_s), u"xenon"_s);
    network.expect(answer("GET", QString(), 599, {})); // the refresh that follows is not looked at
    workspace.setAllProjects(true);
    QCOMPARE(selector.projectBox()->currentText(), u"All projects"_s);
    QVERIFY(selector.filterBox()->isVisible());
    QCOMPARE(texts(selector.filterBox()), (QStringList{u"Every project"_s, u"beta"_s, u"demo"_s, u"xenon"_s}));
    QCOMPARE(selector.projectFilter(), QString());
    QSignalSpy filtered(&selector, &ScopeSelector::projectFilterChanged);
    selector.filterBox()->setCurrentIndex(selector.filterBox()->findText(u"xenon"_s));
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.first().first().toString(), u"p-x"_s);
    QCOMPARE(selector.projectFilter(), u"p-x"_s);
    // Choosing one project again leaves All projects.
    selector.projectBox()->activated(selector.projectBox()->findText(u"demo"_s));
    QCOMPARE(projectChosen.size(), 2);
    QCOMPARE(projectChosen.last().first().toString(), u"p-demo"_s);
}

void TestScopeSelector::sandboxHasNoScope()
{
    Workspace workspace;
    ScopeSelector selector(&workspace);
    selector.show();
    CloudProfile sandbox;
    sandbox.name = u"Sandbox"_s;
    sandbox.authTypeName = u"none"_s;
    sandbox.endpoint = QUrl(u"http://sandbox.invalid"_s);
    FakeNetworkAccessManager network;
    workspace.connectTo(sandbox, &network, true);
    QVERIFY(!selector.regionBox()->isVisible());
    QVERIFY(!selector.projectBox()->isVisible());
    QVERIFY(!selector.filterBox()->isVisible());
    QVERIFY(!workspace.projects());
}

QTEST_MAIN(TestScopeSelector)
#include "tst_scopeselector.moc"
