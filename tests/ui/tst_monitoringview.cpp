// SPDX-License-Identifier: Apache-2.0
// The monitoring table's selection: a connection asked for (Diagnose, a link from another view)
// is selected now when its row is there, or when the first poll brings it; otherwise the first
// row is chosen, and a reset keeps the rows that were selected.
#include "monitoring/monitoringview.h"

#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

class TestMonitoringView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selection_data();
    void selection();
};

namespace {
QList<monitoring::MonitorRow> rowsFor(const QStringList &ids)
{
    QList<monitoring::MonitorRow> rows;
    for (const QString &id : ids) {
        monitoring::MonitorRow row;
        row.connectionId = id;
        row.status = u"ACTIVE"_s;
        rows.append(row);
    }
    return rows;
}
} // namespace

void TestMonitoringView::selection_data()
{
    QTest::addColumn<QStringList>("before"); // rows shown before the request; empty: no poll yet
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QStringList>("after"); // the next poll's rows
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<bool>("ctrlHeld"); // a programmatic choice does not follow the keyboard
    const QStringList abc{u"a"_s, u"b"_s, u"c"_s};
    QTest::addRow("there now") << abc << u"b"_s << abc << QStringList{u"b"_s} << false;
    QTest::addRow("there now, Ctrl held") << abc << u"b"_s << abc << QStringList{u"b"_s} << true;
    QTest::addRow("already selected, Ctrl held") << abc << u"a"_s << abc << QStringList{u"a"_s} << true;
    QTest::addRow("before the first poll") << QStringList{} << u"c"_s << abc << QStringList{u"c"_s} << false;
    QTest::addRow("never shown") << QStringList{} << u"x"_s << abc << QStringList{u"a"_s} << false;
    QTest::addRow("gone in the next poll")
        << abc << u"c"_s << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s} << false;
    QTest::addRow("nothing asked") << QStringList{} << QString() << abc << QStringList{u"a"_s} << false;
}

void TestMonitoringView::selection()
{
    QFETCH(QStringList, before);
    QFETCH(QString, asked);
    QFETCH(QStringList, after);
    QFETCH(QStringList, selected);
    QFETCH(bool, ctrlHeld);
    MonitoringView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHash<QString, QString> names;
    for (const QString &id : after)
        names.insert(id, u"conn-"_s + id);
    if (!before.isEmpty())
        view.setRows(rowsFor(before), names);
    if (ctrlHeld) {
        QTest::keyPress(view.table(), Qt::Key_Control, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::ControlModifier);
    }
    if (!asked.isEmpty())
        view.selectConnection(asked);
    if (ctrlHeld)
        QTest::keyRelease(view.table(), Qt::Key_Control);
    view.setRows(rowsFor(after), names);
    QCOMPARE(view.selectedConnections(), selected);
}

QTEST_MAIN(TestMonitoringView)
#include "tst_monitoringview.moc"
