// SPDX-License-Identifier: Apache-2.0
//
// The monitor with a ViciCounterSource on real charons in the two namespaces of
// tests/integration/run-with-strongswan. The Neutron side is the sandbox (its seeded
// connection is ACTIVE); both charons name the conn and its CHILD_SA by that connection's id,
// the way the Neutron driver and our peer-side renderer do, and the source is attached to the
// left charon's VICI socket as the connection's VPN service. The monitor's row shows the tunnel
// ESTABLISHED/INSTALLED; its totals grow by exactly the bytes pinged across; a forced rekey
// keeps them; the peer stopping gives a tunnel DOWN transition and an alert, its return an UP.
// The charts' models built from that history hold the same story: the tunnel's bands DOWN, UP,
// DOWN, UP at the recorded times and every pinged total in the cumulative bytes column.
// A missing daemon or harness is a failure.
#include "strongswanpair.h"

#include "monitoring/chartmodels.h"
#include "monitoring/historystore.h"
#include "monitoring/monitor.h"
#include "monitoring/samapping.h"
#include "monitoring/vicicountersource.h"
#include "openstack/neutronclient.h"
#include "openstack/session.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::monitoring;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

namespace {

// An echo request and its reply, counted by the SA as inner IP bytes: 20 (IPv4) + 8 (ICMP) + 56.
constexpr quint64 PingBytes = 84;

/*! One side's swanctl.conf: IKEv2, PSK, the conn and its CHILD_SA named \a name. */
QString swanctlConf(const StrongSwanPair &pair, Side side, const QString &name)
{
    const Side peer = StrongSwanPair::other(side);
    return uR"(# Written by tst_monitor_strongswan_integration: conn and CHILD_SA named by the connection id.
connections {
  %1 {
    version = 2
    local_addrs = %2
    remote_addrs = %3
    proposals = aes256-sha256-modp2048
    local {
      auth = psk
      id = %2
    }
    remote {
      auth = psk
      id = %3
    }
    children {
      %1 {
        local_ts = %4
        remote_ts = %5
        esp_proposals = aes128-sha256-modp2048
        start_action = none
      }
    }
  }
}
secrets {
  ike-monitor {
    id-1 = %2
    id-2 = %3
    secret = "monitor-test-psk-not-a-secret"
  }
}
)"_s.arg(name, pair.address(side), pair.address(peer), pair.subnet(side), pair.subnet(peer));
}

} // namespace

class TestMonitorStrongSwanIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void tunnelUp();
    void countersCountPings();
    void rekeyKeepsTotals();
    void peerStopsIsDown();
    void peerReturnsIsUp();
    void chartModelsHoldTheSession();

private:
    /*! When something happened: no earlier than \a after, no later than \a before. */
    struct Window {
        QDateTime after;
        QDateTime before;
        bool contains(const QDateTime &at) const { return after <= at && at <= before; }
    };

    /*! One counter fetch through the monitor (pollNow), then its row for the connection. */
    MonitorRow poll();
    bool ping(int count);
    QStringList tunnelTransitions() const;

    StrongSwanPair m_pair;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<openstack::Session> m_session;
    std::unique_ptr<openstack::NeutronClient> m_client;
    HistoryStore m_history{u":memory:"_s};
    std::unique_ptr<ViciCounterSource> m_source;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<QSignalSpy> m_alerts;
    QString m_connection;
    quint64 m_pinged = 0;
    QList<quint64> m_pingedTotals; // m_pinged after each ping, in order
    Window m_up, m_down, m_back; // the tunnel's DOWN->UP, UP->DOWN, DOWN->UP
};

void TestMonitorStrongSwanIntegration::initTestCase()
{
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));

    // The Neutron side: the sandbox's seeded connection, ACTIVE.
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_sandbox->simulator()->setAgentDelay(0);
    const IpsecSiteConnection connection = m_sandbox->server()->state().connections.first();
    m_connection = connection.id;
    QVERIFY2(m_connection.size() == 36 && m_connection.count(u'-') == 4, qPrintable(m_connection)); // a uuid
    QTRY_COMPARE(m_sandbox->server()->state().connections.first().status.api(), u"ACTIVE"_s);
    m_session = std::make_unique<openstack::Session>(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager());
    m_client = std::make_unique<openstack::NeutronClient>(m_session.get(), m_sandbox->networkAccessManager());

    // Both charons, the responder first.
    for (const Side side : {Side::Right, Side::Left}) {
        QFile file(QDir(m_pair.configDir(side)).filePath(u"swanctl.conf"_s));
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        file.write(swanctlConf(m_pair, side, m_connection).toUtf8());
        file.close();
        QVERIFY2(m_pair.startSwanctl(side, m_pair.configDir(side)), qPrintable(m_pair.errorString()));
    }

    QVERIFY2(m_history.open(&error), qPrintable(error));
    m_source = std::make_unique<ViciCounterSource>();
    m_source->setTimeout(10000);
    m_source->setTargets(mappingTargets(m_sandbox->server()->state()));
    const ViciEndpoint endpoint{m_pair.viciUri(Side::Left), ViciEndpoint::Scope::VpnService, connection.vpnserviceId,
                                u"left network node"_s};
    QVERIFY2(validateViciEndpoint(endpoint).isEmpty(), qPrintable(validateViciEndpoint(endpoint).join(u' ')));
    m_source->setEndpoints({endpoint});

    // The "Test" button's check on the real daemon.
    bool tested = false;
    bool ok = false;
    QString version;
    ViciCounterSource::testEndpoint(endpoint.uri, m_source.get(), [&](bool success, const QString &text) {
        tested = true;
        ok = success;
        version = text;
    });
    QTRY_VERIFY_WITH_TIMEOUT(tested, 10000);
    QVERIFY2(ok && version.startsWith(u"charon 5."_s), qPrintable(version));
    qInfo().noquote() << "left endpoint:" << version;

    m_monitor = std::make_unique<Monitor>();
    m_monitor->setInterval(3600 * 1000); // polled by hand
    m_monitor->setClient(m_client.get());
    m_monitor->setCounterSource(m_source.get());
    m_monitor->setHistory(&m_history);
    m_alerts = std::make_unique<QSignalSpy>(m_monitor.get(), &Monitor::alert);
}

void TestMonitorStrongSwanIntegration::cleanup()
{
    if (QTest::currentTestFailed()) {
        qInfo().noquote() << "VICI errors:" << m_source->lastErrors() << "unmapped:" << m_source->lastUnmapped();
        qInfo().noquote() << m_pair.logTail(Side::Left) << m_pair.logTail(Side::Right);
    }
}

void TestMonitorStrongSwanIntegration::cleanupTestCase()
{
    m_monitor.reset();
    QVERIFY2(m_pair.stopAll(), qPrintable(m_pair.errorString()));
}

MonitorRow TestMonitorStrongSwanIntegration::poll()
{
    QSignalSpy fetched(m_source.get(), &ViciCounterSource::fetchFinished);
    QSignalSpy polled(m_monitor->poller(), &StatusPoller::polled);
    m_monitor->pollNow();
    // The monitor takes the answer in the same call as fetchFinished: done right after the spy.
    if (!QTest::qWaitFor([&] { return !fetched.isEmpty() && !polled.isEmpty(); }, 15000))
        qWarning("no counter fetch or status poll within 15 s");
    for (const MonitorRow &row : m_monitor->rows()) {
        if (row.connectionId == m_connection)
            return row;
    }
    return {};
}

bool TestMonitorStrongSwanIntegration::ping(int count)
{
    if (!m_pair.ping(Side::Left, m_pair.host(Side::Left), m_pair.host(Side::Right), count)) {
        qWarning().noquote() << m_pair.errorString();
        return false;
    }
    m_pinged += quint64(count);
    m_pingedTotals.append(m_pinged);
    return true;
}

QStringList TestMonitorStrongSwanIntegration::tunnelTransitions() const
{
    QStringList out;
    for (const StatusTransition &t : m_history.transitions(m_connection)) {
        if (t.source == StatusTransition::Source::Tunnel)
            out.append((t.from.isEmpty() ? u"(new)"_s : t.from) + u"->"_s + t.to);
    }
    return out;
}

void TestMonitorStrongSwanIntegration::tunnelUp()
{
    // Before the tunnel: the connection is known to the source, without SA.
    MonitorRow row = poll();
    QCOMPARE(row.connectionId, m_connection);
    QCOMPARE(row.status, u"ACTIVE"_s);
    QVERIFY(row.saKnown);
    QVERIFY(!row.saUp);
    QVERIFY2(m_source->lastErrors().isEmpty(), qPrintable(m_source->lastErrors().join(u'\n')));

    m_up.after = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_pair.initiate(Side::Left, m_connection), qPrintable(m_pair.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT((row = poll()).childState == u"INSTALLED", 20000);
    m_up.before = QDateTime::currentDateTimeUtc();
    QCOMPARE(row.ikeState, u"ESTABLISHED"_s);
    QVERIFY(row.saUp);
    QVERIFY(row.upSince.isValid());
    QVERIFY2(qAbs(row.upSince.secsTo(QDateTime::currentDateTimeUtc())) < 60, qPrintable(row.upSince.toString()));
    QCOMPARE(row.totals.bytesIn, quint64(0));
    QCOMPARE(row.totals.bytesOut, quint64(0));
    QVERIFY2(m_source->lastUnmapped().isEmpty(), qPrintable(m_source->lastUnmapped().join(u'\n')));
    QCOMPARE(tunnelTransitions(), (QStringList{u"(new)->DOWN"_s, u"DOWN->UP"_s}));
    QCOMPARE(m_alerts->size(), 0);
    qInfo().noquote() << "row:" << row.status << row.ikeState << row.childState << "up since"
                      << row.upSince.toString(Qt::ISODate);
}

void TestMonitorStrongSwanIntegration::countersCountPings()
{
    for (const int count : {3, 5}) {
        QVERIFY(ping(count));
        const MonitorRow row = poll();
        QCOMPARE(row.totals.packetsOut, m_pinged);
        QCOMPARE(row.totals.packetsIn, m_pinged);
        QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes);
        QCOMPARE(row.totals.bytesIn, m_pinged * PingBytes);
        // The history has the same totals.
        const QList<CounterSample> samples = m_history.samples(m_connection);
        QVERIFY(!samples.isEmpty());
        QCOMPARE(samples.last().bytesOut, m_pinged * PingBytes);
        qInfo("after %llu pings: monitor totals in %llu, out %llu bytes", m_pinged, row.totals.bytesIn,
              row.totals.bytesOut);
    }
}

void TestMonitorStrongSwanIntegration::rekeyKeepsTotals()
{
    const auto before = m_pair.listSas(Side::Left);
    QVERIFY2(before && before->size() == 1, qPrintable(m_pair.errorString()));
    const integration::ChildSa *old = before->first().installedChild(m_connection);
    QVERIFY(old);
    const quint32 oldId = old->uniqueId;

    QVERIFY2(m_pair.swanctl(Side::Left, {u"--rekey"_s, u"--child"_s, m_connection}), qPrintable(m_pair.errorString()));
    QVERIFY2(m_pair.waitForInstalled(Side::Left, m_connection, 20000, oldId), qPrintable(m_pair.errorString()));
    // Until the replaced CHILD_SA is deleted it is REKEYED and still counted; totals stay either way.
    MonitorRow row = poll();
    QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes);
    QCOMPARE(row.totals.bytesIn, m_pinged * PingBytes);
    const auto oldGone = [&] {
        const auto sas = m_pair.listSas(Side::Left);
        if (!sas || sas->size() != 1)
            return false;
        for (const integration::ChildSa &child : sas->first().children) {
            if (child.uniqueId == oldId)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(oldGone(), 20000);
    row = poll();
    QCOMPARE(row.childState, u"INSTALLED"_s);
    QVERIFY(row.saUp);
    QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes);
    QCOMPARE(row.totals.bytesIn, m_pinged * PingBytes);

    QVERIFY(ping(2));
    row = poll();
    QCOMPARE(row.totals.packetsOut, m_pinged);
    QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes);
    QCOMPARE(row.totals.bytesIn, m_pinged * PingBytes);
    QCOMPARE(tunnelTransitions(), (QStringList{u"(new)->DOWN"_s, u"DOWN->UP"_s})); // a rekey is no outage
    QCOMPARE(m_alerts->size(), 0);
    qInfo("rekeyed CHILD_SA #%u; after %llu pings: totals in %llu, out %llu bytes", oldId, m_pinged, row.totals.bytesIn,
          row.totals.bytesOut);
}

void TestMonitorStrongSwanIntegration::peerStopsIsDown()
{
    m_down.after = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_pair.stop(Side::Right), qPrintable(m_pair.errorString())); // TERM: the peer sends DELETE
    MonitorRow row;
    QTRY_VERIFY_WITH_TIMEOUT(!(row = poll()).saUp, 20000);
    m_down.before = QDateTime::currentDateTimeUtc();
    QVERIFY(row.saKnown);
    QCOMPARE(row.childState, QString());
    QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes); // totals survive the outage
    QCOMPARE(m_alerts->size(), 1);
    QCOMPARE(m_alerts->first().at(0).toString(), m_connection);
    QVERIFY2(m_alerts->first().at(1).toString().contains(u"security association"_s),
             qPrintable(m_alerts->first().at(1).toString()));
    QCOMPARE(tunnelTransitions(), (QStringList{u"(new)->DOWN"_s, u"DOWN->UP"_s, u"UP->DOWN"_s}));
    QVERIFY2(m_source->lastErrors().isEmpty(), qPrintable(m_source->lastErrors().join(u'\n'))); // ours still answers
    qInfo().noquote() << "peer stopped:" << m_alerts->first().at(1).toString();
}

void TestMonitorStrongSwanIntegration::peerReturnsIsUp()
{
    QVERIFY2(m_pair.startSwanctl(Side::Right, m_pair.configDir(Side::Right)), qPrintable(m_pair.errorString()));
    m_back.after = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_pair.initiate(Side::Left, m_connection), qPrintable(m_pair.errorString()));
    MonitorRow row;
    QTRY_VERIFY_WITH_TIMEOUT((row = poll()).saUp, 20000);
    m_back.before = QDateTime::currentDateTimeUtc();
    QCOMPARE(row.ikeState, u"ESTABLISHED"_s);
    QCOMPARE(row.childState, u"INSTALLED"_s);
    QCOMPARE(tunnelTransitions(), (QStringList{u"(new)->DOWN"_s, u"DOWN->UP"_s, u"UP->DOWN"_s, u"DOWN->UP"_s}));
    QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes);
    QVERIFY(ping(1));
    row = poll();
    QCOMPARE(row.totals.bytesOut, m_pinged * PingBytes);
    QCOMPARE(row.totals.bytesIn, m_pinged * PingBytes);
    QCOMPARE(m_alerts->size(), 1);
    qInfo("peer back: tunnel UP again, totals in %llu, out %llu bytes after %llu pings", row.totals.bytesIn,
          row.totals.bytesOut, m_pinged);
}

void TestMonitorStrongSwanIntegration::chartModelsHoldTheSession()
{
    // The session as the charts would draw it: the history up to now, from a minute before it.
    QVERIFY(m_up.before.isValid() && m_down.before.isValid() && m_back.before.isValid());
    const QList<StatusTransition> transitions = m_history.transitions(m_connection);
    QVERIFY(!transitions.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 from = transitions.first().at.toMSecsSinceEpoch() - 60'000;
    const qint64 to = now.toMSecsSinceEpoch();

    StatusTimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timeline.setBands(statusBands(transitions, from, to), {{m_connection, u"monitored"_s}});

    // The tunnel's transitions, each inside the window in which the test caused and saw it.
    QList<QDateTime> tunnelAt;
    for (const StatusTransition &t : transitions) {
        if (t.source == StatusTransition::Source::Tunnel)
            tunnelAt.append(t.at);
    }
    QCOMPARE(tunnelAt.size(), 4); // (new)->DOWN, DOWN->UP, UP->DOWN, DOWN->UP (tunnelTransitions() above)
    QVERIFY2(m_up.contains(tunnelAt[1]), qPrintable(tunnelAt[1].toString(Qt::ISODateWithMs)));
    QVERIFY2(m_down.contains(tunnelAt[2]), qPrintable(tunnelAt[2].toString(Qt::ISODateWithMs)));
    QVERIFY2(m_back.contains(tunnelAt[3]), qPrintable(tunnelAt[3].toString(Qt::ISODateWithMs)));

    // What the timeline's rows say (display role: names, texts and ms since the epoch).
    struct Row {
        QString source, state;
        qint64 start, end;
        bool operator==(const Row &) const = default;
    };
    QList<Row> tunnelRows;
    QList<Row> neutronRows;
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const auto cell = [&](int column) { return timeline.index(row, column).data(); };
        QCOMPARE(cell(StatusTimelineModel::Connection).toString(), u"monitored"_s);
        QCOMPARE(timeline.index(row, 0).data(StatusTimelineModel::IdRole).toString(), m_connection);
        const Row r{cell(StatusTimelineModel::Source).toString(), cell(StatusTimelineModel::State).toString(),
                    cell(StatusTimelineModel::Start).toLongLong(), cell(StatusTimelineModel::End).toLongLong()};
        (r.source == StatusTimelineModel::sourceText(StatusTransition::Source::Tunnel) ? tunnelRows : neutronRows)
            .append(r);
    }
    const QString tunnel = StatusTimelineModel::sourceText(StatusTransition::Source::Tunnel);
    const auto ms = [](const QDateTime &at) { return at.toMSecsSinceEpoch(); };
    const QList<Row> expected{
        {tunnel, u"DOWN"_s, ms(tunnelAt[0]), ms(tunnelAt[1])},
        {tunnel, u"UP"_s, ms(tunnelAt[1]), ms(tunnelAt[2])},
        {tunnel, u"DOWN"_s, ms(tunnelAt[2]), ms(tunnelAt[3])},
        {tunnel, u"UP"_s, ms(tunnelAt[3]), to},
    };
    QCOMPARE(tunnelRows, expected);
    QVERIFY(timeline.bands().last().open);
    // What hovering over the outage finds.
    const int outage = timeline.bandAt(m_connection, StatusTransition::Source::Tunnel, ms(m_down.before));
    QVERIFY(outage >= 0);
    QCOMPARE(timeline.bands().at(outage).state, u"DOWN"_s);
    QCOMPARE(timeline.bands().at(outage).start, ms(tunnelAt[2]));
    // Neutron (the sandbox's agent) said ACTIVE all along: one open band.
    QCOMPARE(neutronRows.size(), 1);
    QCOMPARE(neutronRows.first().state, u"ACTIVE"_s);
    QCOMPARE(neutronRows.first().end, to);

    // The cumulative bytes: every total the pings made, in order, never going down.
    SeriesTableModel series;
    QAbstractItemModelTester seriesTester(&series, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const SampleSeries samples = m_history.loadSeries(m_connection, {}, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    series.setSeries(samples, from, to, 0); // every row, not downsampled
    QCOMPARE(series.connectionId(), m_connection);
    QVERIFY(series.rowCount() > 0);
    // A row per sample after the first (which ends no interval), two for a poll gap (rate 0
    // across it); the totals of a row are those of the sample at its time.
    QVERIFY(series.rowCount() >= int(samples.size()) - 1);
    for (int row = 0; row < series.rowCount(); ++row) {
        const qsizetype sample = samples.msecs.indexOf(qint64(series.value(row, SeriesTableModel::Time)));
        QVERIFY2(sample >= 0, qPrintable(u"row %1 is at no sample's time"_s.arg(row)));
        QCOMPARE(series.index(row, SeriesTableModel::BytesOut).data().toULongLong(), samples.bytesOut[sample]);
    }
    QList<quint64> bytesOut;
    QList<quint64> bytesIn;
    for (int row = 0; row < series.rowCount(); ++row) {
        bytesOut.append(series.index(row, SeriesTableModel::BytesOut).data().toULongLong());
        bytesIn.append(series.index(row, SeriesTableModel::BytesIn).data().toULongLong());
        if (row > 0) {
            QVERIFY(series.value(row, SeriesTableModel::Time) >= series.value(row - 1, SeriesTableModel::Time));
            QVERIFY2(bytesOut[row] >= bytesOut[row - 1], qPrintable(QString::number(row)));
        }
    }
    qsizetype next = 0;
    for (const quint64 pinged : std::as_const(m_pingedTotals)) {
        const qsizetype at = bytesOut.indexOf(pinged * PingBytes, next);
        QVERIFY2(at >= 0, qPrintable(u"no row with %1 bytes out after row %2"_s.arg(pinged * PingBytes).arg(next)));
        QCOMPARE(bytesIn[at], pinged * PingBytes);
        next = at;
    }
    QCOMPARE(bytesOut.last(), m_pinged * PingBytes);
    QCOMPARE(series.maximum(SeriesTableModel::BytesIn), double(m_pinged * PingBytes));
    // The pings show as rates too.
    QVERIFY(series.maximum(SeriesTableModel::RateOut) > 0);
    QStringList totals;
    for (const quint64 bytes : std::as_const(bytesOut))
        totals.append(QString::number(bytes));
    totals.removeDuplicates();
    qInfo("timeline: %d bands; series: %d rows, bytes out %s", timeline.rowCount(), series.rowCount(),
          qPrintable(totals.join(u' ')));
}

QTEST_GUILESS_MAIN(TestMonitorStrongSwanIntegration)
#include "tst_monitor_strongswan_integration.moc"
