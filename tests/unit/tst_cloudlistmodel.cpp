// SPDX-License-Identifier: Apache-2.0
// The cloud selector: clouds from clouds.yaml/env, then the sandbox; which one is chosen at start.
#include "itemmodels/cloudlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

openstack::CloudConfig twoClouds(const QString &defaultCloud)
{
    openstack::CloudConfig config;
    openstack::CloudProfile a;
    a.name = u"prod"_s;
    a.projectName = u"ops"_s;
    a.source = u"/home/op/.config/openstack/clouds.yaml"_s;
    openstack::CloudProfile b;
    b.name = u"envvars"_s;
    b.source = u"environment"_s;
    config.clouds = {a, b};
    config.defaultCloud = defaultCloud;
    return config;
}

} // namespace

class TestCloudListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudList();
    void initialCloud_data();
    void initialCloud();
};

void TestCloudListModel::cloudList()
{
    CloudListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data(CloudListModel::IsSandboxRole).toBool());
    QCOMPARE(model.index(0).data(CloudListModel::NameRole).toString(), CloudListModel::sandboxName());
    QVERIFY(model.index(0).data().toString().contains(u"simulated"_s));

    model.setClouds(twoClouds({}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"prod — ops"_s);
    QCOMPARE(model.index(1).data(CloudListModel::SourceRole).toString(), u"OS_* environment variables"_s);
    QCOMPARE(model.sandboxRow(), 2);
    QVERIFY(model.profileAt(0));
    QCOMPARE(model.profileAt(0)->name, u"prod"_s);
    QVERIFY(!model.profileAt(2));
    QCOMPARE(model.rowOf(u"Sandbox"_s), 2);
}

void TestCloudListModel::initialCloud_data()
{
    QTest::addColumn<bool>("withClouds");
    QTest::addColumn<QString>("defaultCloud");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing configured") << false << QString() << QString() << u"Sandbox"_s;
    QTest::newRow("remembered sandbox") << true << QString() << u"Sandbox"_s << u"Sandbox"_s;
    // OS_CLOUD (or the OS_* variables) name the cloud: they beat the remembered one, as in `openstack`.
    QTest::newRow("named beats remembered") << true << u"prod"_s << u"envvars"_s << u"prod"_s;
    QTest::newRow("remembered when none is named") << true << QString() << u"envvars"_s << u"envvars"_s;
    QTest::newRow("remembered cloud gone") << true << u"envvars"_s << u"old"_s << u"envvars"_s;
    QTest::newRow("first cloud") << true << QString() << QString() << u"prod"_s;
    QTest::newRow("gone, nothing configured") << false << QString() << u"prod"_s << u"Sandbox"_s;
}

void TestCloudListModel::initialCloud()
{
    QFETCH(bool, withClouds);
    QFETCH(QString, defaultCloud);
    QFETCH(QString, remembered);
    QFETCH(QString, expected);
    CloudListModel model;
    if (withClouds)
        model.setClouds(twoClouds(defaultCloud));
    QCOMPARE(model.index(model.initialRow(remembered)).data(CloudListModel::NameRole).toString(), expected);
}

QTEST_GUILESS_MAIN(TestCloudListModel)
#include "tst_cloudlistmodel.moc"
