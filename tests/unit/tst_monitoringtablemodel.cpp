// SPDX-License-Identifier: Apache-2.0
// What the topology shows of each tunnel: the live SA state of the connections a counter source
// reported on, with the child SA's state and the bytes moved, marked when simulated.
#include "monitoring/monitoringtablemodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;

namespace {

MonitorRow row(bool saKnown, bool saUp, const QString &childState = {})
{
    MonitorRow r;
    r.connectionId = u"conn-1"_s;
    r.status = u"ACTIVE"_s;
    r.saKnown = saKnown;
    r.saUp = saUp;
    r.childState = childState;
    r.totals.bytesIn = 1500;
    r.totals.bytesOut = 500;
    return r;
}

} // namespace

class TestMonitoringTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveStates_data();
    void liveStates();
    void liveStatesKeepEveryKnownConnection();
};

void TestMonitoringTableModel::liveStates_data()
{
    QTest::addColumn<MonitorRow>("row");
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<bool>("up");
    QTest::addColumn<QString>("text");

    QTest::addRow("SA up with its state")
        << row(true, true, u"INSTALLED"_s) << false << true << true << u"SA INSTALLED, 2.0 kB"_s;
    QTest::addRow("SA up, state unknown") << row(true, true) << false << true << true << u"SA up, 2.0 kB"_s;
    QTest::addRow("no SA") << row(true, false) << false << true << false << u"no SA"_s;
    QTest::addRow("simulated SA") << row(true, true, u"INSTALLED"_s) << true << true << true
                                  << u"SA INSTALLED, 2.0 kB (simulated)"_s;
    QTest::addRow("simulated, no SA") << row(true, false) << true << true << false << u"no SA (simulated)"_s;
    QTest::addRow("not reported by the counter source") << row(false, false) << false << false << false << QString();
}

void TestMonitoringTableModel::liveStates()
{
    QFETCH(MonitorRow, row);
    QFETCH(bool, simulated);
    QFETCH(bool, shown);
    QFETCH(bool, up);
    QFETCH(QString, text);

    const QHash<QString, LiveSaState> states = vpnaas::monitoring::liveStates({row}, simulated);
    QCOMPARE(states.contains(row.connectionId), shown);
    if (shown)
        QCOMPARE(states.value(row.connectionId), (LiveSaState{up, text}));
}

void TestMonitoringTableModel::liveStatesKeepEveryKnownConnection()
{
    MonitorRow second = row(true, false);
    second.connectionId = u"conn-2"_s;
    MonitorRow unknown = row(false, false);
    unknown.connectionId = u"conn-3"_s;
    const QHash<QString, LiveSaState> states
        = vpnaas::monitoring::liveStates({row(true, true), second, unknown}, false);
    QCOMPARE(states.size(), 2);
    QVERIFY(states.value(u"conn-1"_s).up);
    QVERIFY(!states.value(u"conn-2"_s).up);
}

QTEST_GUILESS_MAIN(TestMonitoringTableModel)
#include "tst_monitoringtablemodel.moc"
