// SPDX-License-Identifier: Apache-2.0
// Counter arithmetic: totals stay right across rekeys (new SA from 0), overlapping SAs, daemon
// restarts (same id, smaller numbers), tunnels going away; throughput from deltas.
#include "monitoring/countertracker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

ConnectionSnapshot snap(const QList<std::pair<QString, quint64>> &children)
{
    ConnectionSnapshot s{u"c"_s, {}};
    for (const auto &[id, bytes] : children)
        s.children.append({id, bytes, bytes * 2, bytes / 100, bytes / 50});
    return s;
}
} // namespace

Q_DECLARE_METATYPE(QList<ConnectionSnapshot>)

class TestCounterTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void rates();
    void tunnelGoesAway();
};

void TestCounterTracker::totals_data()
{
    QTest::addColumn<QList<ConnectionSnapshot>>("updates");
    QTest::addColumn<quint64>("bytesIn");
    QTest::addRow("steady") << QList<ConnectionSnapshot>{snap({{u"1"_s, 100}}), snap({{u"1"_s, 500}})} << quint64(500);
    QTest::addRow("rekey: new SA from zero") << QList<ConnectionSnapshot>{snap({{u"1"_s, 800}}), snap({{u"2"_s, 50}})}
                                             << quint64(850);
    QTest::addRow("rekey overlap") << QList<ConnectionSnapshot>{snap({{u"1"_s, 800}}), snap({{u"1"_s, 900}, {u"2"_s, 10}}),
                                                                 snap({{u"2"_s, 60}})}
                                   << quint64(960);
    QTest::addRow("daemon restart reuses the id") << QList<ConnectionSnapshot>{snap({{u"1"_s, 1000}}), snap({{u"1"_s, 30}})}
                                                  << quint64(1030);
    QTest::addRow("two rekeys") << QList<ConnectionSnapshot>{snap({{u"1"_s, 100}}), snap({{u"2"_s, 200}}), snap({{u"3"_s, 300}})}
                                << quint64(600);
    QTest::addRow("no SA yet") << QList<ConnectionSnapshot>{snap({})} << quint64(0);
}

void TestCounterTracker::totals()
{
    QFETCH(QList<ConnectionSnapshot>, updates);
    QFETCH(quint64, bytesIn);
    CounterTracker tracker;
    QDateTime at = kT0;
    for (const ConnectionSnapshot &s : updates) {
        tracker.update(at, {s});
        at = at.addSecs(5);
    }
    const Totals t = tracker.totals(u"c"_s);
    QCOMPARE(t.bytesIn, bytesIn);
    QCOMPARE(t.bytesOut, bytesIn * 2);
}

void TestCounterTracker::rates()
{
    CounterTracker tracker;
    tracker.update(kT0, {snap({{u"1"_s, 1000}})});
    QCOMPARE(tracker.totals(u"c"_s).rateIn, 0.0); // first sample: no rate yet
    tracker.update(kT0.addSecs(10), {snap({{u"1"_s, 6000}})});
    QCOMPARE(tracker.totals(u"c"_s).rateIn, 500.0);
    QCOMPARE(tracker.totals(u"c"_s).rateOut, 1000.0);
    // A rekey in between does not show as a negative or a spike: 6000 -> 6000 + 200.
    tracker.update(kT0.addSecs(20), {snap({{u"2"_s, 200}})});
    QCOMPARE(tracker.totals(u"c"_s).rateIn, 20.0);
}

void TestCounterTracker::tunnelGoesAway()
{
    CounterTracker tracker;
    tracker.update(kT0, {snap({{u"1"_s, 400}})});
    tracker.update(kT0.addSecs(5), {}); // not listed: down
    QCOMPARE(tracker.totals(u"c"_s).bytesIn, 400u);
    QCOMPARE(tracker.totals(u"c"_s).rateIn, 0.0);
    tracker.update(kT0.addSecs(10), {snap({{u"9"_s, 5}})}); // back up with a new SA
    QCOMPARE(tracker.totals(u"c"_s).bytesIn, 405u);
    QCOMPARE(tracker.connections(), QStringList{u"c"_s});
    QCOMPARE(tracker.totals(u"unknown"_s), Totals{});
}

QTEST_GUILESS_MAIN(TestCounterTracker)
#include "tst_countertracker.moc"
