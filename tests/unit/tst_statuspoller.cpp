// SPDX-License-Identifier: Apache-2.0
// The Neutron status poller over the sandbox (the real client path): one list request per poll
// with fields=id&fields=status (pages followed), transitions with their time, new and deleted
// connections, back-off on failure while the last statuses stay, recovery.
#include "monitoring/statuspoller.h"

#include "fakenetworkaccessmanager.h"
#include "sandboxcopies.h"

#include "openstack/neutronclient.h"
#include "openstack/session.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;

class TestStatusPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstPollSeesEveryConnection();
    void transitionsAndDeletions();
    void pagesAreFollowed();
    void backsOffAndRecovers();
    void switchWhileAuthenticating_data();
    void switchWhileAuthenticating();
    void bigPollIsComparedOnThePool();

private:
    bool poll(StatusPoller &poller);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<openstack::Session> m_session;
    std::unique_ptr<openstack::NeutronClient> m_client;
    QString m_conn;
};

void TestStatusPoller::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_session = std::make_unique<openstack::Session>(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager());
    m_client = std::make_unique<openstack::NeutronClient>(m_session.get(), m_sandbox->networkAccessManager());
    m_conn = m_sandbox->server()->state().connections.first().id;
}

void TestStatusPoller::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_sandbox.reset();
}

bool TestStatusPoller::poll(StatusPoller &poller)
{
    QSignalSpy polled(&poller, &StatusPoller::polled);
    QSignalSpy failed(&poller, &StatusPoller::pollFailed);
    poller.pollNow();
    return QTest::qWaitFor([&] { return !polled.isEmpty() || !failed.isEmpty(); }, 10000) && !polled.isEmpty();
}

void TestStatusPoller::firstPollSeesEveryConnection()
{
    StatusPoller poller;
    poller.setClient(m_client.get());
    QCOMPARE(poller.age(), -1);
    QSignalSpy transitions(&poller, &StatusPoller::transition);
    const int requestsBefore = m_sandbox->networkAccessManager()->requestCount();
    QVERIFY(poll(poller));
    QCOMPARE(m_sandbox->networkAccessManager()->requestCount() - requestsBefore, 1); // one request per poll
    QCOMPARE(transitions.size(), 1);
    const auto first = transitions[0][0].value<StatusTransition>();
    QCOMPARE(first.connectionId, m_conn);
    QCOMPARE(first.from, QString());
    QCOMPARE(first.to, u"PENDING_CREATE"_s);
    QVERIFY(poller.lastSuccess().isValid());
    QVERIFY(poller.age() >= 0);
    QCOMPARE(poller.statuses().value(m_conn), u"PENDING_CREATE"_s);
}

void TestStatusPoller::transitionsAndDeletions()
{
    StatusPoller poller;
    poller.setClient(m_client.get());
    QVERIFY(poll(poller));
    QSignalSpy transitions(&poller, &StatusPoller::transition);
    QVERIFY(poll(poller));
    QCOMPARE(transitions.size(), 0); // nothing changed, nothing said

    QVERIFY(m_sandbox->server()->setStatus(u"ipsec-site-connections"_s, m_conn, u"DOWN"_s));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(poll(poller));
    QCOMPARE(transitions.size(), 1);
    const auto down = transitions[0][0].value<StatusTransition>();
    QCOMPARE(down.from, u"PENDING_CREATE"_s);
    QCOMPARE(down.to, u"DOWN"_s);
    QVERIFY(down.at >= before.addMSecs(-1));

    const auto deleted = m_sandbox->server()->handle(
        "DELETE", QUrl(u"http://sandbox.invalid:9696/v2.0/vpn/ipsec-site-connections/"_s + m_conn), {});
    QCOMPARE(deleted.status, 204);
    QVERIFY(poll(poller));
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions[1][0].value<StatusTransition>().to, QString()); // gone
    QVERIFY(poller.statuses().isEmpty());
}

void TestStatusPoller::pagesAreFollowed()
{
    for (int i = 0; i < 4; ++i) {
        const auto created = m_sandbox->server()->handle(
            "POST", QUrl(u"http://sandbox.invalid:9696/v2.0/vpn/ipsec-site-connections"_s),
            QJsonDocument(
                QJsonObject{{u"ipsec_site_connection"_s,
                             QJsonObject{{u"name"_s, u"extra%1"_s.arg(i)},
                                         {u"vpnservice_id"_s, m_sandbox->server()->state().vpnServices.first().id},
                                         {u"ikepolicy_id"_s, m_sandbox->server()->state().ikePolicies.first().id},
                                         {u"ipsecpolicy_id"_s, m_sandbox->server()->state().ipsecPolicies.first().id},
                                         {u"local_ep_group_id"_s, m_sandbox->server()->state().endpointGroups[0].id},
                                         {u"peer_ep_group_id"_s, m_sandbox->server()->state().endpointGroups[1].id},
                                         {u"peer_address"_s, u"203.0.113.%1"_s.arg(i + 1)},
                                         {u"peer_id"_s, u"203.0.113.%1"_s.arg(i + 1)},
                                         {u"psk"_s, u"a-long-enough-key-1234"_s}}}})
                .toJson());
        QCOMPARE(created.status, 201);
    }
    StatusPoller poller;
    poller.setClient(m_client.get());
    poller.setPageSize(2);
    const int before = m_sandbox->networkAccessManager()->requestCount();
    QVERIFY(poll(poller));
    QCOMPARE(poller.statuses().size(), 5);
    QVERIFY(m_sandbox->networkAccessManager()->requestCount() - before >= 3); // 5 items, pages of 2
}

void TestStatusPoller::backsOffAndRecovers()
{
    StatusPoller poller;
    poller.setClient(m_client.get());
    poller.setInterval(1000);
    poller.setMaxBackoff(3000);
    QVERIFY(poll(poller));
    QCOMPARE(poller.currentDelay(), 1000);

    QSignalSpy failed(&poller, &StatusPoller::pollFailed);
    m_sandbox->networkAccessManager()->injectFault(
        {"GET", u"/v2.0/vpn/ipsec-site-connections"_s, 500, u"HTTPInternalServerError"_s, u"boom"_s, 3});
    for (int expected : {2000, 3000, 3000}) {
        QVERIFY(!poll(poller));
        QCOMPARE(poller.currentDelay(), expected);
    }
    QCOMPARE(failed.size(), 3);
    QCOMPARE(poller.lastError().message, u"boom"_s);
    QCOMPARE(poller.statuses().value(m_conn), u"PENDING_CREATE"_s); // the last known statuses stay

    QVERIFY(poll(poller));
    QCOMPARE(poller.currentDelay(), 1000);
    QVERIFY(!poller.lastError().isError());
}

// Review defects 5 and 1: a cloud switch while the poll waits for Keystone (or for a hung
// Neutron) must not stop monitoring: the poll of the old cloud is dropped and the new cloud is
// polled at once, whatever the order in which the old client dies and the new one is set.
void TestStatusPoller::switchWhileAuthenticating_data()
{
    QTest::addColumn<bool>("keystone");
    QTest::addColumn<bool>("destroyFirst");
    QTest::addRow("Keystone hangs, old client destroyed first") << true << true;
    QTest::addRow("Keystone hangs, new client set first") << true << false;
    QTest::addRow("Neutron hangs, old client destroyed first") << false << true;
    QTest::addRow("Neutron hangs, new client set first") << false << false;
}

void TestStatusPoller::switchWhileAuthenticating()
{
    QFETCH(bool, keystone);
    QFETCH(bool, destroyFirst);
    FakeNetworkAccessManager hung;
    FakeNetworkAccessManager::Answer hang;
    hang.method = keystone ? "POST" : "GET";
    hang.never = true;
    hung.expect(hang);
    openstack::CloudProfile profile;
    profile.name = u"hung"_s;
    if (keystone) {
        profile.authUrl = QUrl(u"http://127.0.0.1:15000/v3"_s);
        profile.username = u"demo"_s;
        profile.password = Secret(u"demo-password"_s);
        profile.networkEndpointOverride = QUrl(u"http://127.0.0.1:19696"_s);
    } else {
        profile.authTypeName = u"none"_s;
        profile.endpoint = QUrl(u"http://127.0.0.1:19696"_s);
    }
    auto session = std::make_unique<openstack::Session>(profile, &hung);
    auto client = std::make_unique<openstack::NeutronClient>(session.get(), &hung);

    StatusPoller poller;
    poller.setInterval(60000); // only the switch may cause the next poll
    poller.setClient(client.get());
    QSignalSpy polled(&poller, &StatusPoller::polled);
    QSignalSpy failed(&poller, &StatusPoller::pollFailed);
    poller.start();
    QTRY_COMPARE(hung.requests().size(), 1);

    // As the console does it: the workspace lets go of the old cloud, the monitoring follows.
    if (destroyFirst) {
        client.reset();
        session.reset();
    }
    poller.stop();
    poller.setClient(m_client.get());
    poller.start();
    if (!destroyFirst) {
        client.reset();
        session.reset();
    }
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 1, 2000);
    QCOMPARE(poller.statuses().value(m_conn), u"PENDING_CREATE"_s);
    QCOMPARE(failed.size(), 0);
    QTRY_COMPARE(hung.liveReplies(), 0);
    poller.pollNow(); // and it keeps polling
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 2, 2000);
}

// From kBackgroundFrom connections a poll is compared with the last on the pool; its changes
// come in one transitions() signal first, then one transition() each, then polled().
void TestStatusPoller::bigPollIsComparedOnThePool()
{
    QString error;
    QVERIFY2(testing::addConnectionCopies(m_sandbox->store(), m_conn, 300, &error), qPrintable(error));

    StatusPoller poller;
    poller.setClient(m_client.get());
    QStringList order;
    connect(&poller, &StatusPoller::transitions, this,
            [&](const QList<StatusTransition> &all) { order.append(u"batch %1"_s.arg(all.size())); });
    connect(&poller, &StatusPoller::transition, this, [&] {
        if (order.isEmpty() || order.last() != u"each"_s)
            order.append(u"each"_s);
    });
    connect(&poller, &StatusPoller::polled, this, [&](int n) { order.append(u"polled %1"_s.arg(n)); });
    QVERIFY(poll(poller));
    QCOMPARE(order, (QStringList{u"batch 301"_s, u"each"_s, u"polled 301"_s}));
    QCOMPARE(poller.statuses().size(), 301);
}

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
