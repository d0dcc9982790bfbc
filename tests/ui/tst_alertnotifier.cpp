// SPDX-License-Identifier: Apache-2.0
// Desktop notifications for monitoring alerts: one alert is shown as it is, a burst within the
// coalescing window becomes one notification listing the first three, switched off shows
// nothing; without a system tray (offscreen) they are reported for the status bar.
#include "monitoring/alertnotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::ui;

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compose_data();
    void compose();
    void coalesces();
    void disabled();
};

void TestAlertNotifier::compose_data()
{
    QTest::addColumn<QStringList>("alerts");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addRow("one") << QStringList{u"to-seoul: went DOWN"_s} << u"VPN connection alert"_s
                         << u"to-seoul: went DOWN"_s;
    QTest::addRow("three") << QStringList{u"a: x"_s, u"b: y"_s, u"c: z"_s} << u"3 VPN connection alerts"_s
                           << u"a: x\nb: y\nc: z"_s;
    QTest::addRow("five") << QStringList{u"a: x"_s, u"b: y"_s, u"c: z"_s, u"d: w"_s, u"e: v"_s}
                          << u"5 VPN connection alerts"_s
                          << u"a: x\nb: y\nc: z\n… and 2 more (see the Monitoring event log)"_s;
}

void TestAlertNotifier::compose()
{
    QFETCH(QStringList, alerts);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const auto [gotTitle, gotBody] = AlertNotifier::compose(alerts);
    QCOMPARE(gotTitle, title);
    QCOMPARE(gotBody, body);
}

void TestAlertNotifier::coalesces()
{
    AlertNotifier notifier;
    notifier.setCoalesceInterval(50);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    for (int i = 0; i < 50; ++i)
        notifier.alert(u"site-%1"_s.arg(i), u"went DOWN"_s);
    QCOMPARE(shown.size(), 0);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), u"50 VPN connection alerts"_s);
    QVERIFY(shown.first().at(1).toString().startsWith(u"site-0: went DOWN\n"_s));
    QCOMPARE(shown.first().at(2).toBool(), notifier.hasTray());
    // The next alert after the burst is its own notification.
    notifier.alert(u"site-x"_s, u"went DOWN"_s);
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(shown.last().at(1).toString(), u"site-x: went DOWN"_s);
}

void TestAlertNotifier::disabled()
{
    AlertNotifier notifier;
    notifier.setCoalesceInterval(0);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    notifier.setEnabled(false);
    notifier.alert(u"a"_s, u"went DOWN"_s);
    notifier.flush();
    QCOMPARE(shown.size(), 0);
    notifier.setEnabled(true);
    notifier.alert(u"a"_s, u"went DOWN"_s);
    QCOMPARE(shown.size(), 1);
}

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
