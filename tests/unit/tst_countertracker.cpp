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
    void restoreAfterRestart_data();
    void restoreAfterRestart();
};

void TestCounterTracker::totals_data()
{
    QTest::addColumn<QList<ConnectionSnapshot>>("updates");
    QTest::addColumn<quint64>("bytesIn");
    QTest::addRow("steady") << QList<ConnectionSnapshot>{snap({{u"1"_s, 100}}), snap({{u"1"_s, 500}})} << quint64(500);
    QTest::addRow("rekey: new SA from zero")
        << QList<ConnectionSnapshot>{snap({{u"1"_s, 800}}), snap({{u"2"_s, 50}})} << quint64(850);
    QTest::addRow("rekey overlap") << QList<ConnectionSnapshot>{
        snap({{u"1"_s, 800}}), snap({{u"1"_s, 900}, {u"2"_s, 10}}),
        snap({{u"2"_s, 60}})} << quint64(960);
    QTest::addRow("daemon restart reuses the id")
        << QList<ConnectionSnapshot>{snap({{u"1"_s, 1000}}), snap({{u"1"_s, 30}})} << quint64(1030);
    QTest::addRow("two rekeys") << QList<ConnectionSnapshot>{snap({{u"1"_s, 100}}), snap({{u"2"_s, 200}}),
                                                             snap({{u"3"_s, 300}})}
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

void TestCounterTracker::restoreAfterRestart_data()
{
    // Before the console restarts, then after it (a new tracker restored from the saved state).
    QTest::addColumn<QList<ConnectionSnapshot>>("before");
    QTest::addColumn<QList<ConnectionSnapshot>>("after");
    QTest::addColumn<quint64>("bytesIn");
    QTest::addRow("same SA still up") << QList<ConnectionSnapshot>{snap({{u"1"_s, 100}}), snap({{u"1"_s, 400}})}
                                      << QList<ConnectionSnapshot>{snap({{u"1"_s, 700}})} << quint64(700);
    QTest::addRow("rekeyed before, same SA after")
        << QList<ConnectionSnapshot>{snap({{u"1"_s, 800}}), snap({{u"2"_s, 50}})}
        << QList<ConnectionSnapshot>{snap({{u"2"_s, 80}})} << quint64(880);
    QTest::addRow("rekeyed while closed") << QList<ConnectionSnapshot>{snap({{u"1"_s, 800}})}
                                          << QList<ConnectionSnapshot>{snap({{u"2"_s, 30}})} << quint64(830);
    QTest::addRow("daemon restarted while closed") << QList<ConnectionSnapshot>{snap({{u"1"_s, 1000}})}
                                                   << QList<ConnectionSnapshot>{snap({{u"1"_s, 30}})} << quint64(1030);
    QTest::addRow("tunnel down after") << QList<ConnectionSnapshot>{snap({{u"1"_s, 500}})}
                                       << QList<ConnectionSnapshot>{snap({})} << quint64(500);
    // The first fetch after a start may not know the connection yet (no Neutron targets): the
    // same SA showing up a poll later continues, it is not counted twice.
    QTest::addRow("not reported at first")
        << QList<ConnectionSnapshot>{snap({{u"1"_s, 500}})}
        << QList<ConnectionSnapshot>{ConnectionSnapshot{u"other"_s, {}}, snap({{u"1"_s, 600}})} << quint64(600);
}

void TestCounterTracker::restoreAfterRestart()
{
    QFETCH(QList<ConnectionSnapshot>, before);
    QFETCH(QList<ConnectionSnapshot>, after);
    QFETCH(quint64, bytesIn);
    CounterTracker first;
    QDateTime at = kT0;
    for (const ConnectionSnapshot &s : before) {
        first.update(at, {s});
        at = at.addSecs(5);
    }
    CounterTracker second;
    second.restore(first.saved());
    QCOMPARE(second.totals(u"c"_s).bytesIn, first.totals(u"c"_s).bytesIn);
    for (const ConnectionSnapshot &s : after) {
        second.update(at, {s});
        at = at.addSecs(5);
    }
    QCOMPARE(second.totals(u"c"_s).bytesIn, bytesIn);
    QCOMPARE(second.totals(u"c"_s).bytesOut, bytesIn * 2);
    // A connection the tracker already follows is not overwritten by a restore.
    second.restore({{u"c"_s, {}}});
    QCOMPARE(second.totals(u"c"_s).bytesIn, bytesIn);
}

QTEST_GUILESS_MAIN(TestCounterTracker)
#include "tst_countertracker.moc"
