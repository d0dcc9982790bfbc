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
    void changedRowsInRuns_data();
    void changedRowsInRuns();
    void noCountersIsSaid_data();
    void noCountersIsSaid();
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

void TestMonitoringTableModel::changedRowsInRuns_data()
{
    QTest::addColumn<QList<int>>("changed");
    QTest::addColumn<bool>("renamed");
    QTest::addColumn<bool>("otherIds");
    QTest::addColumn<QStringList>("expected"); // "first-last" per dataChanged, "reset"

    QTest::newRow("nothing") << QList<int>{} << false << false << QStringList{};
    QTest::newRow("two runs") << QList<int>{1, 2, 4} << false << false << QStringList{u"1-2"_s, u"4-4"_s};
    QTest::newRow("every row: one signal") << QList<int>{0, 1, 2, 3, 4, 5} << false << false << QStringList{u"0-5"_s};
    QTest::newRow("last row") << QList<int>{5} << false << false << QStringList{u"5-5"_s};
    QTest::newRow("a name changed: its column") << QList<int>{} << true << false << QStringList{u"0-5 name"_s};
    QTest::newRow("a name and a counter") << QList<int>{1} << true << false << QStringList{u"1-1"_s, u"0-5 name"_s};
    QTest::newRow("other connections: reset") << QList<int>{} << false << true << QStringList{u"reset"_s};
}

// Counters move on every row at every fetch: the model says so in as few signals as it can.
void TestMonitoringTableModel::changedRowsInRuns()
{
    QFETCH(QList<int>, changed);
    QFETCH(bool, renamed);
    QFETCH(bool, otherIds);
    QFETCH(QStringList, expected);
    QList<MonitorRow> rows;
    QHash<QString, QString> names;
    for (int i = 0; i < 6; ++i) {
        MonitorRow r = row(true, true);
        r.connectionId = u"conn-%1"_s.arg(i);
        rows.append(r);
        names.insert(r.connectionId, u"name %1"_s.arg(i));
    }
    MonitoringTableModel model;
    model.setRows(rows, names);
    QStringList seen;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &first, const QModelIndex &last) {
        // Whole rows, or the names' column alone.
        const bool whole = first.column() == 0 && last.column() == model.columnCount() - 1;
        const bool name = first.column() == MonitoringTableModel::Name && last.column() == MonitoringTableModel::Name;
        QVERIFY(whole || name);
        seen.append(u"%1-%2%3"_s.arg(first.row()).arg(last.row()).arg(whole ? QString() : u" name"_s));
    });
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { seen.append(u"reset"_s); });
    for (int i : changed)
        rows[i].totals.bytesIn += 1;
    if (renamed)
        names[u"conn-3"_s] = u"renamed"_s;
    if (otherIds)
        rows[2].connectionId = u"conn-x"_s;
    model.setRows(rows, names);
    QCOMPARE(seen, expected);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(model.index(i, 0).data(MonitoringTableModel::IdRole).toString(), rows[i].connectionId);
}

void TestMonitoringTableModel::noCountersIsSaid_data()
{
    QTest::addColumn<bool>("saKnown");
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("ike");
    QTest::addColumn<QString>("bytesIn");
    QTest::addColumn<bool>("tooltip");
    QTest::newRow("no endpoint reports") << false << quint64(0) << u"no counters — attach a strongSwan endpoint"_s
                                         << u"—"_s << true;
    QTest::newRow("no endpoint now, counted before") << false << quint64(1500) << u"unknown"_s << u"1.5 kB"_s << false;
    QTest::newRow("an endpoint, nothing through yet") << true << quint64(0) << u"none"_s << u"0 bytes"_s << false;
}

// A connection no strongSwan endpoint reports on shows what to do, not "0 bytes".
void TestMonitoringTableModel::noCountersIsSaid()
{
    QFETCH(bool, saKnown);
    QFETCH(quint64, bytes);
    QFETCH(QString, ike);
    QFETCH(QString, bytesIn);
    QFETCH(bool, tooltip);
    MonitorRow r = row(saKnown, false);
    r.totals.bytesIn = bytes;
    r.totals.bytesOut = 0;
    MonitoringTableModel model;
    model.setRows({r}, {});
    QCOMPARE(model.index(0, MonitoringTableModel::Ike).data().toString(), ike);
    QCOMPARE(model.index(0, MonitoringTableModel::BytesIn).data().toString(), bytesIn);
    QCOMPARE(model.index(0, MonitoringTableModel::BytesIn).data(Qt::ToolTipRole).isValid(), tooltip);
    // Sorting still sees the numbers.
    QCOMPARE(model.index(0, MonitoringTableModel::BytesIn).data(MonitoringTableModel::SortRole).toULongLong(), bytes);
}

QTEST_GUILESS_MAIN(TestMonitoringTableModel)
#include "tst_monitoringtablemodel.moc"
