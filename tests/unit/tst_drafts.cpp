// SPDX-License-Identifier: Apache-2.0
#include "vpnaas/codec.h"
#include "vpnaas/drafts.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

IkePolicy policy()
{
    IkePolicy p;
    p.id = u"ike"_s;
    p.name = u"old"_s;
    p.description = u"desc"_s;
    p.pfs = PfsGroup::Group14;
    return p;
}

IpsecSiteConnection connection()
{
    IpsecSiteConnection c;
    c.id = u"c"_s;
    c.name = u"conn"_s;
    c.peerAddress = u"192.0.2.1"_s;
    c.peerId = u"192.0.2.1"_s;
    c.psk = Secret(u"old-secret"_s);
    c.vpnserviceId = u"svc"_s;
    c.localEpGroupId = u"local"_s;
    c.peerEpGroupId = u"peer"_s;
    return c;
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyDraftMergesNestedParts();
    void applyDraftSetsWhatIsSet();
    void policyChanges_data();
    void policyChanges();
    void connectionChanges_data();
    void connectionChanges();
    void serviceChangesOnlyUpdatable();
};

void TestDrafts::applyDraftMergesNestedParts()
{
    IpsecSiteConnection c = connection();
    IpsecSiteConnectionDraft d;
    d.dpd = DpdDraft{std::nullopt, 10, std::nullopt};
    applyDraft(c, d);
    QCOMPARE(c.dpd, (Dpd{DpdAction::Hold, 10, 120}));
    IkePolicy p = policy();
    IkePolicyDraft l;
    l.lifetime = LifetimeDraft{std::nullopt, 7200};
    applyDraft(p, l);
    QCOMPARE(p.lifetime, (Lifetime{LifetimeUnits::Seconds, 7200}));
}

void TestDrafts::applyDraftSetsWhatIsSet()
{
    VpnService s;
    VpnServiceDraft d;
    d.routerId = u"r"_s;
    d.subnetId = QString(); // explicit null: no subnet
    d.adminStateUp = false;
    applyDraft(s, d);
    QCOMPARE(s.routerId, u"r"_s);
    QVERIFY(s.subnetId.isNull());
    QCOMPARE(s.adminStateUp, false);
    QCOMPARE(s.name, QString()); // not set: stays
}

void TestDrafts::policyChanges_data()
{
    QTest::addColumn<QByteArray>("edited"); // the full draft the page builds, as a create request
    QTest::addColumn<QByteArray>("sent"); // what an update sends

    QTest::addRow("nothing changed") << QByteArray(
        R"({"ikepolicy":{"name":"old","description":"desc","pfs":"group14","auth_algorithm":"sha1","lifetime":{"units":"seconds","value":3600}}})")
                                     << QByteArray(R"({"ikepolicy":{}})");
    QTest::addRow("name") << QByteArray(R"({"ikepolicy":{"name":"new","pfs":"group14"}})")
                          << QByteArray(R"({"ikepolicy":{"name":"new"}})");
    QTest::addRow("description cleared") << QByteArray(R"({"ikepolicy":{"description":""}})")
                                         << QByteArray(R"({"ikepolicy":{"description":""}})");
    QTest::addRow("lifetime value: sent whole")
        << QByteArray(R"({"ikepolicy":{"lifetime":{"units":"seconds","value":7200}}})")
        << QByteArray(R"({"ikepolicy":{"lifetime":{"units":"seconds","value":7200}}})");
    QTest::addRow("algorithm") << QByteArray(R"({"ikepolicy":{"pfs":"group19","encryption_algorithm":"aes-128"}})")
                               << QByteArray(R"({"ikepolicy":{"pfs":"group19"}})");
    QTest::addRow("project never") << QByteArray(R"({"ikepolicy":{"project_id":"other"}})")
                                   << QByteArray(R"({"ikepolicy":{}})");
}

void TestDrafts::policyChanges()
{
    QFETCH(QByteArray, edited);
    QFETCH(QByteArray, sent);
    const auto draft = codec::decodeRequest<IkePolicy>(edited);
    QVERIFY(draft.ok());
    QCOMPARE(body(codec::encodeUpdate(changes(policy(), *draft.value))), sent);
}

void TestDrafts::connectionChanges_data()
{
    QTest::addColumn<QByteArray>("edited");
    QTest::addColumn<QByteArray>("sent");
    QTest::addRow("same psk") << QByteArray(R"({"ipsec_site_connection":{"psk":"old-secret"}})")
                              << QByteArray(R"({"ipsec_site_connection":{}})");
    QTest::addRow("no psk keeps it") << QByteArray(R"({"ipsec_site_connection":{"peer_id":"@peer"}})")
                                     << QByteArray(R"({"ipsec_site_connection":{"peer_id":"@peer"}})");
    QTest::addRow("new psk") << QByteArray(R"({"ipsec_site_connection":{"psk":"new-secret"}})")
                             << QByteArray(R"({"ipsec_site_connection":{"psk":"new-secret"}})");
    QTest::addRow("dpd timeout: all three sent")
        << QByteArray(R"({"ipsec_site_connection":{"dpd":{"action":"hold","interval":30,"timeout":300}}})")
        << QByteArray(R"({"ipsec_site_connection":{"dpd":{"action":"hold","interval":30,"timeout":300}}})");
    QTest::addRow("dpd unchanged") << QByteArray(
        R"({"ipsec_site_connection":{"dpd":{"action":"hold","interval":30,"timeout":120}}})")
                                   << QByteArray(R"({"ipsec_site_connection":{}})");
    QTest::addRow("group cleared") << QByteArray(R"({"ipsec_site_connection":{"peer_ep_group_id":null}})")
                                   << QByteArray(R"({"ipsec_site_connection":{"peer_ep_group_id":null}})");
    QTest::addRow("service is not updatable") << QByteArray(R"({"ipsec_site_connection":{"vpnservice_id":"other"}})")
                                              << QByteArray(R"({"ipsec_site_connection":{}})");
    QTest::addRow("mtu and admin state") << QByteArray(
        R"({"ipsec_site_connection":{"mtu":1400,"admin_state_up":true}})")
                                         << QByteArray(R"({"ipsec_site_connection":{"mtu":1400}})");
}

void TestDrafts::connectionChanges()
{
    QFETCH(QByteArray, edited);
    QFETCH(QByteArray, sent);
    const auto draft = codec::decodeRequest<IpsecSiteConnection>(edited);
    QVERIFY(draft.ok());
    QCOMPARE(body(codec::encodeUpdate(changes(connection(), *draft.value))), sent);
}

void TestDrafts::serviceChangesOnlyUpdatable()
{
    VpnService s;
    s.routerId = u"r"_s;
    s.name = u"n"_s;
    VpnServiceDraft edited;
    edited.routerId = u"other"_s;
    edited.subnetId = u"subnet"_s;
    edited.name = u"n"_s;
    edited.adminStateUp = false;
    VpnServiceDraft expected;
    expected.adminStateUp = false;
    QCOMPARE(changes(s, edited), expected);
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
