// SPDX-License-Identifier: Apache-2.0
// ViciCounterSource against in-process fake charons (vicigolden.h): list-sas on every
// endpoint in parallel, mapped and merged; dead, malformed, slow and dropped endpoints are
// named in lastErrors() while the healthy ones still deliver; done is called exactly once; lazy
// reconnects; the "Test" button's version check; and a Monitor fed by it.
#include "vicigolden.h"

#include "monitoring/monitor.h"
#include "monitoring/vicicountersource.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;
using namespace vpnaas::vici;
using vicitest::FakeCharon;
using Scope = ViciEndpoint::Scope;

namespace {

constexpr int TimeoutMs = 300;

QList<MappingTarget> targets()
{
    return {
        {u"conn-1"_s,
         u"svc-1"_s,
         u"203.0.113.10"_s,
         u"198.51.100.1"_s,
         u"198.51.100.1"_s,
         {u"10.1.0.0/24"_s},
         {u"10.2.0.0/24"_s}},
        {u"conn-2"_s,
         u"svc-2"_s,
         u"203.0.113.20"_s,
         u"198.51.100.2"_s,
         u"198.51.100.2"_s,
         {u"10.5.0.0/24"_s},
         {u"10.6.0.0/24"_s}},
    };
}

/*! One list-sa event: IKE_SA \a name with one CHILD_SA (or none when \a childName is empty). */
ViciMessage listSa(const QByteArray &name, const QByteArray &local, const QByteArray &remote,
                   const QByteArray &childName = {}, int childId = 0, int in = 0, int out = 0,
                   const QByteArray &localTs = {}, const QByteArray &remoteTs = {})
{
    ViciMessage sa;
    sa.add("uniqueid", "1").add("version", "2").add("state", "ESTABLISHED");
    sa.add("local-host", local).add("local-port", "4500").add("local-id", local);
    sa.add("remote-host", remote).add("remote-port", "4500").add("remote-id", remote);
    sa.add("established", "42");
    ViciMessage children;
    if (!childName.isEmpty()) {
        ViciMessage child;
        child.add("name", childName).add("uniqueid", QByteArray::number(childId)).add("state", "INSTALLED");
        child.add("bytes-in", QByteArray::number(in)).add("packets-in", QByteArray::number(in / 100));
        child.add("bytes-out", QByteArray::number(out)).add("packets-out", QByteArray::number(out / 100));
        child.addList("local-ts", {localTs}).addList("remote-ts", {remoteTs});
        children.addSection(childName + '-' + QByteArray::number(childId), child);
    }
    sa.addSection("child-sas", children);
    return ViciMessage().addSection(name, sa);
}

/*! The SA sets a fake charon can serve, by name. */
QList<ViciMessage> saSet(const QString &names)
{
    QList<ViciMessage> items;
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts)) {
        if (name == u"svc1") // the network node of svc-1; unique id 7 on both daemons
            items << listSa("conn-1", "203.0.113.10", "198.51.100.1", "conn-1", 7, 100, 200, "10.1.0.0/24",
                            "10.2.0.0/24");
        else if (name == u"svc2")
            items << listSa("conn-2", "203.0.113.20", "198.51.100.2", "conn-2", 7, 300, 400, "10.5.0.0/24",
                            "10.6.0.0/24");
        else if (name == u"peer1") // conn-1 seen from its peer gateway, named by its own admin
            items << listSa("to-cloud", "198.51.100.1", "203.0.113.10", "net", 3, 1000, 2000, "10.2.0.0/24",
                            "10.1.0.0/24");
        else if (name == u"stray")
            items << listSa("lab", "203.0.113.10", "192.0.2.50");
        else if (name == u"broken")
            items << ViciMessage().addSection("conn-1", ViciMessage().add("uniqueid", "one"));
        else
            qFatal("unknown SA set %s", qPrintable(name));
    }
    return items;
}

/*! Makes \a charon answer list-sas per \a behaviour with \a items; \a count counts the requests. */
void serve(FakeCharon &charon, const QString &behaviour, const QList<ViciMessage> &items, int *count = nullptr)
{
    charon.handler = [&charon, behaviour, items, count](const ViciPacket &packet) {
        if (packet.type != ViciPacketType::CmdRequest || packet.name != "list-sas") {
            charon.charonLike(packet);
            return;
        }
        if (count)
            ++*count;
        if (behaviour == u"healthy" || behaviour == u"malformed") {
            for (const ViciMessage &item : items)
                charon.send({ViciPacketType::Event, "list-sa", item});
            if (behaviour == u"malformed")
                charon.send({ViciPacketType::Event, "list-sa", saSet(u"broken"_s).first()});
            charon.send({ViciPacketType::CmdResponse, {}, {}});
        } else if (behaviour == u"garbage") {
            charon.sendRaw(QByteArray::fromHex("000000020109"));
        } else if (behaviour == u"drop") {
            charon.drop();
        } // hang: nothing
    };
}

/*! What one fetch() answered, and how often. */
struct Answer {
    int calls = 0;
    QList<ConnectionSnapshot> snapshots;
    QString error;
};

std::shared_ptr<Answer> fetch(CounterSource &source)
{
    auto answer = std::make_shared<Answer>();
    source.fetch([answer](const QList<ConnectionSnapshot> &snapshots, const QString &error) {
        ++answer->calls;
        answer->snapshots = snapshots;
        answer->error = error;
    });
    return answer;
}

/*! "conn-1 ESTABLISHED/INSTALLED [d0#7 in 100 out 200]": endpoint URIs replaced by their labels. */
QString describe(const ConnectionSnapshot &s, const QList<ViciEndpoint> &endpoints)
{
    QStringList children;
    for (const ChildCounters &c : s.children) {
        QString id = c.uniqueId;
        for (const ViciEndpoint &e : endpoints) {
            if (id.startsWith(e.uri + u'#'))
                id = e.label + id.mid(e.uri.size());
        }
        children.append(u"%1 in %2 out %3"_s.arg(id).arg(c.bytesIn).arg(c.bytesOut));
    }
    return s.connectionId + u' ' + (s.ikeState.isEmpty() ? u"-"_s : s.ikeState) + u'/'
        + (s.childState.isEmpty() ? u"-"_s : s.childState) + u" ["_s + children.join(u", "_s) + u']';
}

QStringList describe(const QList<ConnectionSnapshot> &snapshots, const QList<ViciEndpoint> &endpoints)
{
    QStringList out;
    for (const ConnectionSnapshot &s : snapshots)
        out.append(describe(s, endpoints));
    return out;
}

bool containsEach(const QStringList &actual, const QStringList &parts)
{
    if (actual.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!actual.at(i).contains(parts.at(i)))
            return false;
    }
    return true;
}

} // namespace

class TestViciCounterSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpoints_data();
    void endpoints();
    void signalAndLastErrors();
    void reconnectsLazily_data();
    void reconnectsLazily();
    void setEndpointsKeepsAndCloses();
    void destroyedWhileFetching();
    void noEndpoints();
    void description_data();
    void description();
    void testEndpoint_data();
    void testEndpoint();
    void feedsMonitor();

private:
    QTemporaryDir m_dir;
};

void TestViciCounterSource::initTestCase()
{
    // Dead and misbehaving charons are the point here; their warnings are not.
    QLoggingCategory::setFilterRules(u"vpnaas.vici.warning=false"_s);
}

void TestViciCounterSource::endpoints_data()
{
    QTest::addColumn<QStringList>("daemons"); // "behaviour scope target sa-sets", labelled d0, d1, ...
    QTest::addColumn<QStringList>("snapshots");
    QTest::addColumn<QStringList>("errors"); // a part of each, in endpoint order
    QTest::addColumn<QStringList>("unmapped");
    QTest::addColumn<QString>("error"); // a part of done()'s error; empty: none

    QTest::addRow("one network node") << QStringList{u"healthy svc svc-1 svc1,stray"_s}
                                      << QStringList{u"conn-1 ESTABLISHED/INSTALLED [d0#7 in 100 out 200]"_s}
                                      << QStringList() << QStringList{u"d0: lab"_s} << QString();
    QTest::addRow("two network nodes, same unique ids")
        << QStringList{u"healthy svc svc-1 svc1"_s, u"healthy svc svc-2 svc2"_s}
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED [d0#7 in 100 out 200]"_s,
                       u"conn-2 ESTABLISHED/INSTALLED [d1#7 in 300 out 400]"_s}
        << QStringList() << QStringList() << QString();
    QTest::addRow("the tunnel is gone: its connection comes empty")
        << QStringList{u"healthy svc svc-1 -"_s} << QStringList{u"conn-1 -/- []"_s} << QStringList() << QStringList()
        << QString();
    QTest::addRow("a dead endpoint does not hide a healthy one")
        << QStringList{u"dead svc svc-2 -"_s, u"healthy svc svc-1 svc1"_s}
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED [d1#7 in 100 out 200]"_s}
        << QStringList{u"d0: cannot connect to unix://"_s} << QStringList() << QString();
    QTest::addRow("a malformed list-sa voids that endpoint's answer")
        << QStringList{u"malformed svc svc-1 svc1"_s, u"healthy svc svc-2 svc2"_s}
        << QStringList{u"conn-2 ESTABLISHED/INSTALLED [d1#7 in 300 out 400]"_s}
        << QStringList{u"d0: list-sas answer not understood: IKE_SA conn-1: uniqueid \"one\" is not a number"_s}
        << QStringList() << QString();
    QTest::addRow("protocol garbage") << QStringList{u"garbage svc svc-1 -"_s, u"healthy svc svc-2 svc2"_s}
                                      << QStringList{u"conn-2 ESTABLISHED/INSTALLED [d1#7 in 300 out 400]"_s}
                                      << QStringList{u"d0: list-sas: malformed packet from unix://"_s} << QStringList()
                                      << QString();
    QTest::addRow("a slow endpoint times out")
        << QStringList{u"hang svc svc-1 -"_s, u"healthy svc svc-2 svc2"_s}
        << QStringList{u"conn-2 ESTABLISHED/INSTALLED [d1#7 in 300 out 400]"_s}
        << QStringList{u"within %1 ms"_s.arg(TimeoutMs)} << QStringList() << QString();
    QTest::addRow("charon hangs up mid-command") << QStringList{u"drop svc svc-1 -"_s, u"healthy svc svc-2 svc2"_s}
                                                 << QStringList{u"conn-2 ESTABLISHED/INSTALLED [d1#7 in 300 out 400]"_s}
                                                 << QStringList{u"d0: list-sas: "_s} << QStringList() << QString();
    QTest::addRow("an invalid URI") << QStringList{u"invalid svc svc-1 -"_s, u"healthy svc svc-2 svc2"_s}
                                    << QStringList{u"conn-2 ESTABLISHED/INSTALLED [d1#7 in 300 out 400]"_s}
                                    << QStringList{u"d0: The port is missing"_s} << QStringList() << QString();
    QTest::addRow("every endpoint fails")
        << QStringList{u"dead svc svc-1 -"_s, u"hang svc svc-2 -"_s} << QStringList()
        << QStringList{u"d0: cannot connect"_s, u"within %1 ms"_s.arg(TimeoutMs)} << QStringList()
        << u"No strongSwan VICI endpoint answered. d0: cannot connect"_s;
    QTest::addRow("peer gateway alone: counted from the service's side")
        << QStringList{u"healthy peer conn-1 peer1"_s}
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED [d0#3 in 2000 out 1000]"_s} << QStringList() << QStringList()
        << QString();
    QTest::addRow("the network node wins over the peer gateway")
        << QStringList{u"healthy peer conn-1 peer1"_s, u"healthy svc svc-1 svc1"_s}
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED [d1#7 in 100 out 200]"_s} << QStringList() << QStringList()
        << QString();
    QTest::addRow("network node down: its connection is left out, not taken from the peer")
        << QStringList{u"dead svc svc-1 -"_s, u"healthy peer conn-1 peer1"_s} << QStringList()
        << QStringList{u"d0: cannot connect"_s} << QStringList() << QString();
    QTest::addRow("the same charon twice: its SAs once")
        << QStringList{u"healthy svc svc-1 svc1"_s, u"same svc svc-1 -"_s}
        << QStringList{u"conn-1 ESTABLISHED/INSTALLED [d0#7 in 100 out 200]"_s} << QStringList() << QStringList()
        << QString();
}

void TestViciCounterSource::endpoints()
{
    QFETCH(QStringList, daemons);
    QFETCH(QStringList, snapshots);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, unmapped);
    QFETCH(QString, error);

    std::vector<std::unique_ptr<FakeCharon>> charons;
    QList<ViciEndpoint> endpoints;
    for (const QString &daemon : std::as_const(daemons)) {
        const QStringList f = daemon.split(u' ');
        ViciEndpoint endpoint{
            {}, f.at(1) == u"svc" ? Scope::VpnService : Scope::PeerGateway, f.at(2), u"d%1"_s.arg(endpoints.size())};
        if (f.at(0) == u"dead") {
            endpoint.uri = u"unix://"_s + m_dir.filePath(u"no-charon.vici"_s);
        } else if (f.at(0) == u"invalid") {
            endpoint.uri = u"tcp://nn1"_s;
        } else if (f.at(0) == u"same") {
            endpoint.uri = endpoints.first().uri;
        } else {
            charons.push_back(std::make_unique<FakeCharon>());
            serve(*charons.back(), f.at(0), saSet(f.at(3) == u"-" ? QString() : f.at(3)));
            endpoint.uri = charons.back()->uri();
        }
        endpoints.append(endpoint);
    }
    ViciCounterSource source;
    source.setTimeout(TimeoutMs);
    source.setTargets(targets());
    source.setEndpoints(endpoints);
    QCOMPARE(source.endpoints(), endpoints);

    QElapsedTimer clock;
    clock.start();
    const auto answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(clock.elapsed() < 10 * TimeoutMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(describe(answer->snapshots, endpoints), snapshots);
    QVERIFY2(containsEach(source.lastErrors(), errors), qPrintable(source.lastErrors().join(u'\n')));
    QCOMPARE(source.lastUnmapped(), unmapped);
    if (error.isEmpty())
        QVERIFY2(answer->error.isEmpty(), qPrintable(answer->error));
    else
        QVERIFY2(answer->error.contains(error), qPrintable(answer->error));

    // Once only, also after the dropped connections' late events; and the next fetch works the same.
    const auto again = fetch(source);
    QTRY_COMPARE(again->calls, 1);
    QCOMPARE(answer->calls, 1);
    QCOMPARE(describe(again->snapshots, endpoints), snapshots);
    QVERIFY2(containsEach(source.lastErrors(), errors), qPrintable(source.lastErrors().join(u'\n')));
}

void TestViciCounterSource::signalAndLastErrors()
{
    FakeCharon charon;
    int requests = 0;
    serve(charon, u"drop"_s, {}, &requests);
    ViciCounterSource source;
    source.setTargets(targets());
    source.setEndpoints({{charon.uri(), Scope::VpnService, u"svc-1"_s, u"nn1"_s}});
    QSignalSpy finished(&source, &ViciCounterSource::fetchFinished);
    auto answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toStringList(), source.lastErrors());
    QCOMPARE(source.lastErrors().size(), 1);
    QVERIFY2(source.lastErrors().first().startsWith(u"nn1: "_s), qPrintable(source.lastErrors().first()));
    QVERIFY(answer->error.contains(u"nn1: "_s));

    serve(charon, u"healthy"_s, saSet(u"svc1,stray"_s), &requests);
    answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(answer->error.isEmpty());
    QCOMPARE(finished.size(), 2);
    QVERIFY(source.lastErrors().isEmpty());
    QCOMPARE(finished.last().at(1).toStringList(), QStringList{u"nn1: lab"_s});
    QCOMPARE(requests, 2);
}

void TestViciCounterSource::reconnectsLazily_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addRow("dropped") << u"drop"_s;
    QTest::addRow("timed out") << u"hang"_s;
    QTest::addRow("garbage") << u"garbage"_s;
}

void TestViciCounterSource::reconnectsLazily()
{
    QFETCH(QString, failure);
    FakeCharon charon;
    int requests = 0;
    serve(charon, failure, {}, &requests);
    ViciCounterSource source;
    source.setTimeout(TimeoutMs);
    source.setTargets(targets());
    source.setEndpoints({{charon.uri(), Scope::VpnService, u"svc-1"_s}});
    auto answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->error.isEmpty());
    QCOMPARE(charon.connections(), 1);
    // Nothing reconnects by itself; the next fetch does, and a late answer confuses nothing.
    serve(charon, u"healthy"_s, saSet(u"svc1"_s), &requests);
    answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->error.isEmpty(), qPrintable(answer->error));
    QCOMPARE(charon.connections(), 2);
    QCOMPARE(answer->snapshots.size(), 1);
    QCOMPARE(answer->snapshots.first().children.size(), 1);
    QCOMPARE(answer->snapshots.first().children.first().bytesOut, quint64(200));
    QCOMPARE(requests, 2);
}

void TestViciCounterSource::setEndpointsKeepsAndCloses()
{
    FakeCharon charon;
    serve(charon, u"healthy"_s, saSet(u"svc1"_s));
    ViciCounterSource source;
    source.setTargets(targets());
    source.setEndpoints({{charon.uri(), Scope::VpnService, u"svc-1"_s, u"old label"_s}});
    auto answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    // Same URI, other label: the connection is kept.
    source.setEndpoints({{charon.uri(), Scope::VpnService, u"svc-1"_s, u"new label"_s}});
    answer = fetch(source);
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(charon.connections(), 1);
    QCOMPARE(answer->snapshots.size(), 1);

    // Removing an endpoint while it is asked: that fetch ends at once, not at the timeout.
    FakeCharon slow;
    serve(slow, u"hang"_s, {});
    source.setTimeout(60000);
    source.setEndpoints({{slow.uri(), Scope::VpnService, u"svc-1"_s}});
    answer = fetch(source);
    QTRY_COMPARE(slow.received.size(), 2); // EVENT_REGISTER, list-sas
    QCOMPARE(answer->calls, 0);
    source.setEndpoints({});
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->error.isEmpty());
    QVERIFY(answer->snapshots.isEmpty());
}

void TestViciCounterSource::destroyedWhileFetching()
{
    FakeCharon slow;
    serve(slow, u"hang"_s, {});
    auto source = std::make_unique<ViciCounterSource>();
    source->setEndpoints({{slow.uri(), Scope::VpnService, u"svc-1"_s}});
    const auto answer = fetch(*source);
    QTRY_COMPARE(slow.received.size(), 2);
    source.reset();
    QCOMPARE(answer->calls, 1);
    QVERIFY2(answer->error.contains(u"closed"_s), qPrintable(answer->error));
}

void TestViciCounterSource::noEndpoints()
{
    ViciCounterSource source;
    const auto answer = fetch(source);
    QCOMPARE(answer->calls, 1); // at once
    QCOMPARE(answer->error, u"No strongSwan VICI endpoint is set up."_s);
    QCOMPARE(source.lastErrors(), QStringList{answer->error});
}

void TestViciCounterSource::description_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("description");
    QTest::addRow("none") << 0 << u"strongSwan VICI: 0 endpoints"_s;
    QTest::addRow("one") << 1 << u"strongSwan VICI: 1 endpoint"_s;
    QTest::addRow("two") << 2 << u"strongSwan VICI: 2 endpoints"_s;
}

void TestViciCounterSource::description()
{
    QFETCH(int, count);
    QFETCH(QString, description);
    ViciCounterSource source;
    QList<ViciEndpoint> endpoints;
    for (int i = 0; i < count; ++i)
        endpoints.append({u"unix:///run/charon-%1.vici"_s.arg(i), Scope::VpnService, u"svc"_s});
    source.setEndpoints(endpoints);
    QCOMPARE(source.description(), description);
    QVERIFY(!source.isSimulated());
}

void TestViciCounterSource::testEndpoint_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addRow("charon over UNIX socket") << u"unix"_s << true << u"charon 5.9.8 (Linux 6.18.44-fc-v782, x86_64)"_s;
    QTest::addRow("charon over TCP") << u"tcp"_s << true << u"charon 5.9.8 (Linux 6.18.44-fc-v782, x86_64)"_s;
    QTest::addRow("no charon") << u"dead"_s << false << u"cannot connect to unix://"_s;
    QTest::addRow("invalid URI") << u"invalid"_s << false << u"The port is missing"_s;
    QTest::addRow("charon does not answer") << u"hang"_s << false << u"within 200 ms"_s;
}

void TestViciCounterSource::testEndpoint()
{
    QFETCH(QString, behaviour);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    FakeCharon charon(behaviour == u"tcp");
    if (behaviour == u"hang")
        charon.handler = [](const ViciPacket &) {};
    const QString uri = behaviour == u"dead" ? u"unix://"_s + m_dir.filePath(u"none.vici"_s)
        : behaviour == u"invalid"            ? u"tcp://nn1"_s
                                             : charon.uri();
    QObject context;
    int calls = 0;
    bool actualOk = !ok;
    QString actualText;
    ViciCounterSource::testEndpoint(
        uri, &context,
        [&](bool success, const QString &message) {
            ++calls;
            actualOk = success;
            actualText = message;
        },
        200);
    QCOMPARE(calls, 0); // always later, so that the caller can show "testing..." first
    QTRY_COMPARE(calls, 1);
    QCOMPARE(actualOk, ok);
    QVERIFY2(actualText.contains(text), qPrintable(actualText));

    // The context going away first: no call.
    calls = 0;
    {
        QObject shortLived;
        ViciCounterSource::testEndpoint(
            uri, &shortLived, [&](bool, const QString &) { ++calls; }, 200);
    }
    QObject later;
    bool laterDone = false;
    ViciCounterSource::testEndpoint(
        uri, &later, [&](bool, const QString &) { laterDone = true; }, 200);
    QTRY_VERIFY(laterDone);
    QCOMPARE(calls, 0);
}

// The Monitor's tunnel transitions from real VICI answers: UP, then DOWN with an alert when the
// SA goes away, with totals kept.
void TestViciCounterSource::feedsMonitor()
{
    FakeCharon charon;
    serve(charon, u"healthy"_s, saSet(u"svc1"_s));
    ViciCounterSource source;
    source.setTargets(targets());
    source.setEndpoints({{charon.uri(), Scope::VpnService, u"svc-1"_s}});
    Monitor monitor;
    monitor.setCounterSource(&source);
    QSignalSpy transitions(&monitor, &Monitor::transition);
    QSignalSpy alerts(&monitor, &Monitor::alert);
    monitor.pollNow();
    QTRY_COMPARE(transitions.size(), 1);
    auto change = transitions.last().at(0).value<StatusTransition>();
    QCOMPARE(change.connectionId, u"conn-1"_s);
    QCOMPARE(change.to, u"UP"_s);
    QCOMPARE(change.source, StatusTransition::Source::Tunnel);

    serve(charon, u"healthy"_s, {});
    monitor.pollNow();
    QTRY_COMPARE(transitions.size(), 2);
    change = transitions.last().at(0).value<StatusTransition>();
    QCOMPARE(change.from, u"UP"_s);
    QCOMPARE(change.to, u"DOWN"_s);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().at(0).toString(), u"conn-1"_s);
    QVERIFY(monitor.counterError().isEmpty());
}

QTEST_GUILESS_MAIN(TestViciCounterSource)
#include "tst_vicicountersource.moc"
