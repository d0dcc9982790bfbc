// SPDX-License-Identifier: Apache-2.0
// Desktop notifications for monitoring alerts: one alert is shown as it is, a burst within the
// coalescing window becomes one notification listing the first three, switched off shows
// nothing. Where they go: the notification server on D-Bus, else a tray that takes messages,
// else the status bar only; without a bus and a tray (offscreen) they are reported for the
// status bar. The Notify call's payload (markup escaping, urgency, the "Open" action only for a
// server that shows actions) is checked here; tests/integration/tst_desktop_notifications_integration
// sends it to a real notification server (dunst).
#include "monitoring/alertnotifier.h"

#include <QDBusMetaType>
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
    void route_data();
    void route();
    void notification_data();
    void notification();
    void notifyArgumentsMarshal();
    void coalesces();
    void disabled();
    void withoutBusFallsBack();

private:
    // No bus at all: a connection that was never connected.
    static QDBusConnection noBus() { return QDBusConnection(u"tst_alertnotifier-none"_s); }
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

void TestAlertNotifier::route_data()
{
    QTest::addColumn<bool>("server");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<AlertNotifier::Via>("via");
    QTest::addRow("server and tray") << true << true << AlertNotifier::Via::DBus;
    QTest::addRow("server only") << true << false << AlertNotifier::Via::DBus;
    QTest::addRow("tray only") << false << true << AlertNotifier::Via::Tray;
    QTest::addRow("neither") << false << false << AlertNotifier::Via::StatusBar;
}

void TestAlertNotifier::route()
{
    QFETCH(bool, server);
    QFETCH(bool, tray);
    QFETCH(AlertNotifier::Via, via);
    QCOMPARE(AlertNotifier::route(server, tray), via);
}

void TestAlertNotifier::notification_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<AlertNotifier::Urgency>("urgency");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("desktopFileName");
    QTest::addColumn<QString>("sentBody");
    QTest::addColumn<bool>("withActions");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("desktopEntry"); // empty: no hint

    const QString raw = u"r&d <lab>: went DOWN"_s;
    QTest::addRow("plain server") << raw << AlertNotifier::Urgency::Critical << QStringList{u"body"_s} << QString()
                                  << raw << false << u"vpnaas-console"_s << QString();
    QTest::addRow("markup escaped") << raw << AlertNotifier::Urgency::Critical
                                    << QStringList{u"body"_s, u"body-markup"_s} << QString()
                                    << u"r&amp;d &lt;lab&gt;: went DOWN"_s << false << u"vpnaas-console"_s << QString();
    QTest::addRow("actions") << raw << AlertNotifier::Urgency::Critical
                             << QStringList{u"actions"_s, u"body"_s, u"body-markup"_s} << QString()
                             << u"r&amp;d &lt;lab&gt;: went DOWN"_s << true << u"vpnaas-console"_s << QString();
    QTest::addRow("normal urgency") << raw << AlertNotifier::Urgency::Normal << QStringList{u"actions"_s} << QString()
                                    << raw << true << u"vpnaas-console"_s << QString();
    QTest::addRow("desktop file name") << raw << AlertNotifier::Urgency::Critical << QStringList{}
                                       << u"org.example.VpnaasConsole"_s << raw << false
                                       << u"org.example.VpnaasConsole"_s << u"org.example.VpnaasConsole"_s;
    QTest::addRow("desktop file name with suffix")
        << raw << AlertNotifier::Urgency::Low << QStringList{} << u"org.example.VpnaasConsole.desktop"_s << raw << false
        << u"org.example.VpnaasConsole"_s << u"org.example.VpnaasConsole"_s;
}

void TestAlertNotifier::notification()
{
    QFETCH(QString, body);
    QFETCH(AlertNotifier::Urgency, urgency);
    QFETCH(QStringList, capabilities);
    QFETCH(QString, desktopFileName);
    QFETCH(QString, sentBody);
    QFETCH(bool, withActions);
    QFETCH(QString, icon);
    QFETCH(QString, desktopEntry);

    const AlertNotifier::Notification n
        = AlertNotifier::notification(u"VPN connection alert"_s, body, urgency, capabilities, desktopFileName);
    QCOMPARE(n.appName, u"VPNaaS Console"_s);
    QCOMPARE(n.appIcon, icon);
    QCOMPARE(n.summary, u"VPN connection alert"_s); // the summary is never markup
    QCOMPARE(n.body, sentBody);
    QCOMPARE(n.replacesId, 0u);
    QCOMPARE(n.expireTimeout, -1);
    if (withActions)
        QCOMPARE(n.actions, (QStringList{u"default"_s, u"Open"_s, AlertNotifier::openActionKey(), u"Open"_s}));
    else
        QVERIFY2(n.actions.isEmpty(), qPrintable(n.actions.join(u", "_s)));
    // The spec's urgency is a byte: 0 low, 1 normal, 2 critical.
    const QVariant urgencyHint = n.hints.value(u"urgency"_s);
    QCOMPARE(urgencyHint.metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(urgencyHint.value<uchar>(), uchar(urgency));
    QCOMPARE(n.hints.value(u"desktop-entry"_s).toString(), desktopEntry);
    QCOMPARE(n.hints.contains(u"desktop-entry"_s), !desktopEntry.isEmpty());
}

void TestAlertNotifier::notifyArgumentsMarshal()
{
    // Notify(s app_name, u replaces_id, s app_icon, s summary, s body, as actions, a{sv} hints,
    // i expire_timeout): each argument must marshal as the spec's type.
    AlertNotifier::Notification n = AlertNotifier::notification(u"t"_s, u"b"_s, AlertNotifier::Urgency::Critical,
                                                                {u"actions"_s}, u"org.example.App"_s);
    n.replacesId = 7;
    QString signature;
    for (const QVariant &argument : n.arguments())
        signature += QString::fromLatin1(QDBusMetaType::typeToSignature(argument.metaType()));
    QCOMPARE(signature, u"susssasa{sv}i"_s);
    QCOMPARE(QString::fromLatin1(QDBusMetaType::typeToSignature(n.hints.value(u"urgency"_s).metaType())), u"y"_s);
    QCOMPARE(n.arguments().at(1).toUInt(), 7u);
}

void TestAlertNotifier::coalesces()
{
    AlertNotifier notifier;
    notifier.setBus(noBus());
    notifier.setCoalesceInterval(50);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    for (int i = 0; i < 50; ++i)
        notifier.alert(u"id-%1"_s.arg(i), u"site-%1"_s.arg(i), u"went DOWN"_s);
    QCOMPARE(shown.size(), 0);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), u"50 VPN connection alerts"_s);
    QVERIFY(shown.first().at(1).toString().startsWith(u"site-0: went DOWN\n"_s));
    QCOMPARE(shown.first().at(2).value<AlertNotifier::Via>(),
             notifier.hasTray() ? AlertNotifier::Via::Tray : AlertNotifier::Via::StatusBar);
    // The next alert after the burst is its own notification.
    notifier.alert(u"id-x"_s, u"site-x"_s, u"went DOWN"_s);
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(shown.last().at(1).toString(), u"site-x: went DOWN"_s);
}

void TestAlertNotifier::disabled()
{
    AlertNotifier notifier;
    notifier.setBus(noBus());
    notifier.setCoalesceInterval(0);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    notifier.setEnabled(false);
    notifier.alert(u"id-a"_s, u"a"_s, u"went DOWN"_s);
    notifier.flush();
    QCOMPARE(shown.size(), 0);
    notifier.setEnabled(true);
    notifier.alert(u"id-a"_s, u"a"_s, u"went DOWN"_s);
    QCOMPARE(shown.size(), 1);
}

void TestAlertNotifier::withoutBusFallsBack()
{
    // Offscreen there is no tray either: the status bar is all there is, at once (no bus to ask).
    AlertNotifier notifier;
    notifier.setBus(noBus());
    notifier.setCoalesceInterval(0);
    QVERIFY(!notifier.hasTray());
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    QSignalSpy activated(&notifier, &AlertNotifier::activated);
    notifier.alert(u"id-a"_s, u"a & b"_s, u"went ERROR"_s);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), u"VPN connection alert"_s);
    QCOMPARE(shown.first().at(1).toString(), u"a & b: went ERROR"_s); // the status bar is not markup
    QCOMPARE(shown.first().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::StatusBar);
    QCOMPARE(notifier.openNotificationId(), 0u);
    QCOMPARE(activated.size(), 0);
}

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
