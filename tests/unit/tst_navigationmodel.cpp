// SPDX-License-Identifier: Apache-2.0
// The navigation list: one row per resource type with its count, then the other views.
#include "itemmodels/navigationmodel.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

} // namespace

class TestNavigationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigationCounts();
};

void TestNavigationModel::navigationCounts()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addView(u"config"_s, u"Config preview"_s);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0).data().toString(), u"IKE Policies"_s);
    QCOMPARE(model.index(0).data(NavigationModel::CountRole).toInt(), -1);
    QCOMPARE(model.viewNameAt(4), u"resources:ipsec-site-connections"_s);
    QCOMPARE(model.rowOf(u"config"_s), 5);
    QCOMPARE(model.rowOf(u"nope"_s), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setState(seedState());
    QCOMPARE(changed.size(), 5);
    QCOMPARE(model.index(3).data().toString(), u"Endpoint Groups (2)"_s);
    QCOMPARE(model.index(4).data(NavigationModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(5).data().toString(), u"Config preview"_s);

    changed.clear();
    model.setState(seedState());
    QCOMPARE(changed.size(), 0);
    model.setState({}, false);
    QCOMPARE(model.index(3).data().toString(), u"Endpoint Groups"_s);
}

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
