// SPDX-License-Identifier: Apache-2.0
#include "vpnaas/resourcetraits.h"
#include "vpnaas/validation.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

class TestResourceTraits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void unknownNames();
    void sortKeys_data();
    void sortKeys();
    void descriptionsAreComplete_data();
    void descriptionsAreComplete();
    void withResourceVisitsEachType();
    void connectionsUsingFollowsReferences_data();
    void connectionsUsingFollowsReferences();
};

void TestResourceTraits::names_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("wizardSlug");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("cliNoun");
    QTest::addColumn<QString>("notFound");
    QTest::addRow("ike") << int(ResourceKind::IkePolicy) << u"ike-policies"_s << u"ike-policy"_s << u"ikepolicies"_s
                         << u"ike policy"_s << u"IKEPolicyNotFound: IKEPolicy X could not be found"_s;
    QTest::addRow("ipsec") << int(ResourceKind::IpsecPolicy) << u"ipsec-policies"_s << u"ipsec-policy"_s
                           << u"ipsecpolicies"_s << u"ipsec policy"_s
                           << u"IPsecPolicyNotFound: IPsecPolicy X could not be found"_s;
    QTest::addRow("service") << int(ResourceKind::VpnService) << u"vpn-services"_s << u"vpn-service"_s
                             << u"vpnservices"_s << u"service"_s
                             << u"VPNServiceNotFound: VPNService X could not be found"_s;
    QTest::addRow("group") << int(ResourceKind::EndpointGroup) << u"endpoint-groups"_s << u"endpoint-group"_s
                           << u"endpoint-groups"_s << u"endpoint group"_s
                           << u"VPNEndpointGroupNotFound: Endpoint group X could not be found"_s;
    QTest::addRow("connection") << int(ResourceKind::IpsecSiteConnection) << u"ipsec-site-connections"_s
                                << u"ipsec-site-connection"_s << u"ipsec-site-connections"_s
                                << u"ipsec site connection"_s
                                << u"IPsecSiteConnectionNotFound: ipsec_site_connection X not found"_s;
}

// Every name of a kind leads back to it.
void TestResourceTraits::names()
{
    QFETCH(int, kind);
    QFETCH(QString, slug);
    QFETCH(QString, wizardSlug);
    QFETCH(QString, collection);
    QFETCH(QString, cliNoun);
    QFETCH(QString, notFound);
    const auto k = ResourceKind(kind);
    QCOMPARE(resourceSlug(k), slug);
    QCOMPARE(resourceKindFromSlug(slug), std::optional(k));
    QCOMPARE(resourceWizardSlug(k), wizardSlug);
    QCOMPARE(resourceKindFromWizardSlug(wizardSlug), std::optional(k));
    QCOMPARE(resourceKindFromCollection(collection), std::optional(k));
    QCOMPARE(resourceCliNoun(k), cliNoun);
    QCOMPARE(resourceNotFoundType(k) + u": "_s + resourceNotFoundMessage(k, u"X"_s), notFound);
}

void TestResourceTraits::unknownNames()
{
    QVERIFY(!resourceKindFromSlug(u"ike-policy"));
    QVERIFY(!resourceKindFromWizardSlug(u"ike-policies"));
    QVERIFY(!resourceKindFromCollection(u"networks"));
    QVERIFY(!resourceKindFromCollection(u"endpoint_groups")); // the JSON key, not the URL segment
    QVERIFY(!resourceKindFromSlug(QStringView()));
}

void TestResourceTraits::sortKeys_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("keys");
    const QStringList common{u"id"_s, u"tenant_id"_s, u"project_id"_s, u"name"_s};
    QTest::addRow("ike") << int(ResourceKind::IkePolicy) << common;
    QTest::addRow("ipsec") << int(ResourceKind::IpsecPolicy) << common;
    QTest::addRow("service") << int(ResourceKind::VpnService) << (common + QStringList{u"router_id"_s});
    QTest::addRow("group: none, as on a live server") << int(ResourceKind::EndpointGroup) << QStringList();
    QTest::addRow("connection") << int(ResourceKind::IpsecSiteConnection) << common;
}

void TestResourceTraits::sortKeys()
{
    QFETCH(int, kind);
    QFETCH(QStringList, keys);
    QCOMPARE(withResource(ResourceKind(kind), []<typename T>(ResourceType<T>) { return vpnaas::sortKeys<T>(); }), keys);
}

void TestResourceTraits::descriptionsAreComplete_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("attributes");
    QTest::addColumn<int>("inDraft");
    QTest::addColumn<int>("updatable");
    QTest::addRow("ike") << int(ResourceKind::IkePolicy) << 10 << 9 << 8;
    QTest::addRow("ipsec") << int(ResourceKind::IpsecPolicy) << 10 << 9 << 8;
    QTest::addRow("service") << int(ResourceKind::VpnService) << 11 << 7 << 3;
    QTest::addRow("group") << int(ResourceKind::EndpointGroup) << 6 << 5 << 2;
    QTest::addRow("connection") << int(ResourceKind::IpsecSiteConnection) << 21 << 17 << 13;
}

// Keys are unique, one attribute is the project, every draft member is reached, and the counts
// say when an attribute is added (update this table with the description).
void TestResourceTraits::descriptionsAreComplete()
{
    QFETCH(int, kind);
    QFETCH(int, attributes);
    QFETCH(int, inDraft);
    QFETCH(int, updatable);
    withResource(ResourceKind(kind), [&]<typename T>(ResourceType<T>) {
        QSet<QString> keys;
        int all = 0, drafted = 0, updates = 0, projects = 0;
        ResourceTraits<T>::describe([&](const auto &a) {
            ++all;
            keys.insert(a.key.toString());
            drafted += a.inDraft();
            updates += a.inDraft() && allowedOnUpdate(a.access);
            projects += a.has(attr::Project);
            QCOMPARE(a.inDraft(), a.access != Access::ReadOnly);
        });
        QCOMPARE(keys.size(), all);
        QCOMPARE(all, attributes);
        QCOMPARE(drafted, inDraft);
        QCOMPARE(updates, updatable);
        QCOMPARE(projects, 1);
        QVERIFY(keys.contains(u"id"_s) && keys.contains(u"name"_s) && keys.contains(u"project_id"_s));
    });
}

void TestResourceTraits::withResourceVisitsEachType()
{
    QStringList visited;
    forEachResource([&]<typename T>(ResourceType<T>) {
        QCOMPARE(ResourceTraits<T>::kind, kAllResourceKinds.at(visited.size()));
        visited.append(ResourceTraits<T>::singular.toString());
    });
    QCOMPARE(visited,
             (QStringList{u"ikepolicy"_s, u"ipsecpolicy"_s, u"vpnservice"_s, u"endpoint_group"_s,
                          u"ipsec_site_connection"_s}));
}

void TestResourceTraits::connectionsUsingFollowsReferences_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("users");
    QTest::addRow("ike") << int(ResourceKind::IkePolicy) << u"ike"_s << QStringList{u"c1"_s, u"c2"_s};
    QTest::addRow("ipsec") << int(ResourceKind::IpsecPolicy) << u"ipsec2"_s << QStringList{u"c2"_s};
    QTest::addRow("service") << int(ResourceKind::VpnService) << u"svc"_s << QStringList{u"c1"_s, u"c2"_s};
    QTest::addRow("local group") << int(ResourceKind::EndpointGroup) << u"local"_s << QStringList{u"c1"_s};
    QTest::addRow("peer group") << int(ResourceKind::EndpointGroup) << u"peer"_s << QStringList{u"c1"_s, u"c2"_s};
    QTest::addRow("an ike id is no group") << int(ResourceKind::EndpointGroup) << u"ike"_s << QStringList();
    QTest::addRow("connections use no connection")
        << int(ResourceKind::IpsecSiteConnection) << u"c1"_s << QStringList();
}

void TestResourceTraits::connectionsUsingFollowsReferences()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QStringList, users);
    ServerState state;
    IpsecSiteConnection c1;
    c1.id = u"c1"_s;
    c1.ikepolicyId = u"ike"_s;
    c1.ipsecpolicyId = u"ipsec1"_s;
    c1.vpnserviceId = u"svc"_s;
    c1.localEpGroupId = u"local"_s;
    c1.peerEpGroupId = u"peer"_s;
    IpsecSiteConnection c2 = c1;
    c2.id = u"c2"_s;
    c2.ipsecpolicyId = u"ipsec2"_s;
    c2.localEpGroupId = u"other"_s;
    state.connections = {c1, c2};
    QStringList found;
    for (const IpsecSiteConnection &c : connectionsUsing(ResourceKind(kind), id, state))
        found.append(c.id);
    QCOMPARE(found, users);
}

QTEST_GUILESS_MAIN(TestResourceTraits)
#include "tst_resourcetraits.moc"
