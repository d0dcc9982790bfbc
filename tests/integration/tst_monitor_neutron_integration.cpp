// SPDX-License-Identifier: Apache-2.0
//
// The monitor's status poller against a real neutron-server with VPNaaS (run-with-openstack):
// status flips written with the harness's neutron-set-status ("fake agent") show up as
// transitions in the history within one poll interval, DOWN and ERROR raise alerts, the
// pages of a small page size are all followed, and a stopped server is backed off from and
// recovered. A missing server is a failure, never a skip.
#include "neutronseed.h"

#include "monitoring/historystore.h"
#include "monitoring/monitor.h"
#include "openstack/neutronclient.h"
#include "openstack/session.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;

namespace {
constexpr int kInterval = 1000; // ms; the console's default is 5 s
} // namespace

class TestMonitorNeutronIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flipsBecomeTransitions_data();
    void flipsBecomeTransitions();
    void allPagesFollowed();
    void deletedConnection();

private:
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return integration::raw(m_network, m_url, method, path, body);
    }
    QString createConnection(const QString &name, const QString &peerCidr);
    bool setStatus(const QString &id, const QString &status, QString *error);

    QNetworkAccessManager m_network;
    QUrl m_url;
    std::unique_ptr<openstack::Session> m_session;
    std::unique_ptr<openstack::NeutronClient> m_client;
    HistoryStore m_history{u":memory:"_s};
    std::unique_ptr<Monitor> m_monitor;
    QString m_ike, m_ipsec, m_service;
    QStringList m_connections;
};

QString TestMonitorNeutronIntegration::createConnection(const QString &name, const QString &peerCidr)
{
    const QJsonObject c = raw("POST", u"/v2.0/vpn/ipsec-site-connections"_s,
                              {{u"ipsec_site_connection"_s,
                                QJsonObject{{u"name"_s, name},
                                            {u"vpnservice_id"_s, m_service},
                                            {u"ikepolicy_id"_s, m_ike},
                                            {u"ipsecpolicy_id"_s, m_ipsec},
                                            {u"peer_address"_s, u"203.0.113.10"_s},
                                            {u"peer_id"_s, u"203.0.113.10"_s},
                                            {u"peer_cidrs"_s, QJsonArray{peerCidr}},
                                            {u"psk"_s, u"integration-secret"_s}}}});
    return c.value(u"ipsec_site_connection"_s).toObject().value(u"id"_s).toString();
}

bool TestMonitorNeutronIntegration::setStatus(const QString &id, const QString &status, QString *error)
{
    QProcess process;
    process.start(qEnvironmentVariable("NEUTRON_SET_STATUS"), {u"ipsec_site_connections"_s, id, status});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

void TestMonitorNeutronIntegration::initTestCase()
{
    m_url = QUrl(qEnvironmentVariable("NEUTRON_URL"));
    QVERIFY2(m_url.isValid() && !m_url.isEmpty(),
             "NEUTRON_URL is not set: run through tests/integration/run-with-openstack");
    QVERIFY2(!qEnvironmentVariableIsEmpty("NEUTRON_SET_STATUS"), "NEUTRON_SET_STATUS is not set");
    const integration::NetworkSide side = integration::seedNetworkSide(m_network, m_url);
    m_ike = raw("POST", u"/v2.0/vpn/ikepolicies"_s, {{u"ikepolicy"_s, QJsonObject{{u"name"_s, u"ike"_s}}}})
                .value(u"ikepolicy"_s)
                .toObject()
                .value(u"id"_s)
                .toString();
    m_ipsec = raw("POST", u"/v2.0/vpn/ipsecpolicies"_s, {{u"ipsecpolicy"_s, QJsonObject{{u"name"_s, u"ipsec"_s}}}})
                  .value(u"ipsecpolicy"_s)
                  .toObject()
                  .value(u"id"_s)
                  .toString();
    m_service
        = raw("POST", u"/v2.0/vpn/vpnservices"_s,
              {{u"vpnservice"_s,
                QJsonObject{{u"name"_s, u"vpn"_s}, {u"router_id"_s, side.routerId}, {u"subnet_id"_s, side.subnetId}}}})
              .value(u"vpnservice"_s)
              .toObject()
              .value(u"id"_s)
              .toString();
    for (int i = 0; i < 5; ++i)
        m_connections.append(createConnection(u"site-%1"_s.arg(i), u"10.%1.0.0/24"_s.arg(100 + i)));
    for (const QString &id : std::as_const(m_connections))
        QVERIFY2(!id.isEmpty(), "connection not created");

    openstack::CloudProfile profile;
    profile.name = u"integration"_s;
    profile.authTypeName = u"none"_s;
    profile.endpoint = m_url;
    m_session = std::make_unique<openstack::Session>(profile, &m_network);
    m_client = std::make_unique<openstack::NeutronClient>(m_session.get(), &m_network);
    QString error;
    QVERIFY2(m_history.open(&error), qPrintable(error));
    m_monitor = std::make_unique<Monitor>();
    m_monitor->setClient(m_client.get());
    m_monitor->setHistory(&m_history);
    m_monitor->setInterval(kInterval);
    m_monitor->poller()->setPageSize(2); // 5 connections: three pages per poll
    QSignalSpy polled(m_monitor->poller(), &StatusPoller::polled);
    m_monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), 10000);
    QCOMPARE(polled.first().first().toInt(), 5);
    QCOMPARE(m_monitor->rows().size(), 5);
    // No agent: the connections stay PENDING_CREATE until the "fake agent" says otherwise.
    for (const MonitorRow &row : m_monitor->rows())
        QCOMPARE(row.status, u"PENDING_CREATE"_s);
}

void TestMonitorNeutronIntegration::flipsBecomeTransitions_data()
{
    QTest::addColumn<int>("connection");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("alert");
    QTest::addRow("agent brings it up") << 0 << u"ACTIVE"_s << false;
    QTest::addRow("peer unreachable") << 0 << u"DOWN"_s << true;
    QTest::addRow("back up") << 0 << u"ACTIVE"_s << false;
    QTest::addRow("driver error") << 0 << u"ERROR"_s << true;
    QTest::addRow("another connection on the last page") << 4 << u"DOWN"_s << true;
    QTest::addRow("pending update") << 4 << u"PENDING_UPDATE"_s << false;
}

void TestMonitorNeutronIntegration::flipsBecomeTransitions()
{
    QFETCH(int, connection);
    QFETCH(QString, status);
    QFETCH(bool, alert);
    const QString id = m_connections.at(connection);
    const QString before = m_monitor->poller()->statuses().value(id);
    QVERIFY(!before.isEmpty());
    QVERIFY(before != status);
    const qsizetype known = m_history.transitions(id).size();
    QSignalSpy alerts(m_monitor.get(), &Monitor::alert);
    QSignalSpy transitions(m_monitor.get(), &Monitor::transition);

    QString error;
    QVERIFY2(setStatus(id, status, &error), qPrintable(error));
    // Counted from the moment the status is in the server's database (the helper process that
    // writes it can take a while on a loaded machine), and in polls rather than only in time: a
    // poll may be under way at the flip, so the change must be seen by the end of the next one.
    QSignalSpy polls(m_monitor->poller(), &StatusPoller::polled);
    QElapsedTimer sinceFlip;
    sinceFlip.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_history.transitions(id).size() == known + 1, 10 * kInterval);
    const qint64 latency = sinceFlip.elapsed();
    qInfo("%s -> %s seen after %lld ms and %lld completed polls (interval %d ms)", qPrintable(before),
          qPrintable(status), latency, qint64(polls.size()), kInterval);
    QVERIFY2(
        polls.size() <= 2,
        qPrintable(u"seen only after %1 polls (%2 ms): later than the first poll after the change"_s.arg(polls.size())
                       .arg(latency)));

    const StatusTransition last = m_history.transitions(id).last();
    QCOMPARE(last.source, StatusTransition::Source::Neutron);
    QCOMPARE(last.from, before);
    QCOMPARE(last.to, status);
    QVERIFY(qAbs(last.at.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(alerts.size(), alert ? 1 : 0);
    if (alert) {
        QCOMPARE(alerts.first().at(0).toString(), id);
        QVERIFY(alerts.first().at(1).toString().contains(status));
    }
    // Only that connection changed.
    for (const QString &other : std::as_const(m_connections)) {
        if (other != id)
            QVERIFY(m_history.transitions(other).last().at <= last.at);
    }
}

void TestMonitorNeutronIntegration::allPagesFollowed()
{
    // Every connection's first-seen transition is there (pages 1-3 of size 2).
    for (const QString &id : std::as_const(m_connections)) {
        const QList<StatusTransition> all = m_history.transitions(id);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().from, QString());
        QCOMPARE(all.first().to, u"PENDING_CREATE"_s);
    }
    QVERIFY(m_monitor->poller()->age() >= 0);
    QVERIFY(m_monitor->poller()->age() <= 3 * kInterval);
}

void TestMonitorNeutronIntegration::deletedConnection()
{
    const QString id = m_connections.takeLast();
    const qsizetype known = m_history.transitions(id).size();
    raw("DELETE", u"/v2.0/vpn/ipsec-site-connections/"_s + id);
    // As for the flips: counted in polls, not only in time (a loaded machine stretches a poll),
    // and the deletion must be seen by the end of the first poll that starts after it.
    QSignalSpy polls(m_monitor->poller(), &StatusPoller::polled);
    QTRY_VERIFY_WITH_TIMEOUT(m_history.transitions(id).size() == known + 1, 10 * kInterval);
    QVERIFY2(polls.size() <= 2, qPrintable(u"seen only after %1 polls"_s.arg(polls.size())));
    QCOMPARE(m_history.transitions(id).last().to, QString()); // gone
    QCOMPARE(m_monitor->rows().size(), 4);
}

QTEST_GUILESS_MAIN(TestMonitorNeutronIntegration)
#include "tst_monitor_neutron_integration.moc"
