// SPDX-License-Identifier: Apache-2.0
// Monitoring alerts as real desktop notifications: AlertNotifier against dunst on a private
// session bus with an X server (tests/integration/with-notifications). What dunst shows is read
// back from dunst itself (org.dunstproject.cmd0, what `dunstctl history` prints): summary, body
// (markup-escaped, dunst reads markup), app name, icon, urgency, category; the notification
// still on screen is replaced, not stacked, when the next burst comes; closing it is noticed.
// The "Open" action exists and, invoked through dunst's context menu (a scripted "dmenu"), or
// the default action through `dunstctl action`, fires activated() with the first alert's
// connection. Without a notification server on the bus, and with one that never answers, the
// notification falls back to the status bar (offscreen: no tray).
#include "monitoring/alertnotifier.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::ui;

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kDunst = u"org.dunstproject.cmd0"_s;

QDBusMessage dunstCall(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kDunst, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
}

/*! dunst's history (closed notifications), as `dunstctl history` lists it. */
QList<QVariantMap> dunstHistory()
{
    const QDBusMessage reply = dunstCall(u"NotificationListHistory"_s);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return qdbus_cast<QList<QVariantMap>>(reply.arguments().first());
}

QVariantMap historyEntry(uint id)
{
    const QList<QVariantMap> history = dunstHistory();
    for (const QVariantMap &entry : history) {
        if (entry.value(u"id"_s).toUInt() == id)
            return entry;
    }
    return {};
}

uint dunstDisplayed()
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call.setArguments({kDunst, u"displayedLength"_s});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
    return reply.arguments().isEmpty() ? 0 : reply.arguments().first().value<QDBusVariant>().variant().toUInt();
}

QString dump(const QVariantMap &entry)
{
    QStringList lines;
    for (auto it = entry.cbegin(); it != entry.cend(); ++it)
        lines.append(u"%1=%2"_s.arg(it.key(), it.value().toString()));
    return lines.join(u"; "_s);
}

/*! A notification server that takes calls and never answers them. */
class SilentServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        setDelayedReply(true);
        ++calls;
        return {};
    }

public:
    int calls = 0;
};

} // namespace

class TestDesktopNotificationsIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shownByDunst_data();
    void shownByDunst();
    void nextBurstReplacesTheShownOne();
    void openActionOpensTheConnection_data();
    void openActionOpensTheConnection();
    void withoutServerFallsBack();
    void silentServerFallsBack();

private:
    QString m_dir;
};

void TestDesktopNotificationsIntegration::initTestCase()
{
    m_dir = qEnvironmentVariable("VPNAAS_NOTIFY_DIR");
    QVERIFY2(!m_dir.isEmpty(), "run through tests/integration/with-notifications");
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             qPrintable(QDBusConnection::sessionBus().lastError().message()));
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
    QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s); // no tray: the fallback is the status bar
    // Icons dunst finds by app_icon name (its icon_path is this folder).
    for (const QString &name : {u"vpnaas-console"_s, u"org.example.VpnaasConsole"_s}) {
        QImage icon(16, 16, QImage::Format_ARGB32);
        icon.fill(Qt::darkCyan);
        QVERIFY(icon.save(m_dir + u"/icons/"_s + name + u".png"_s));
    }
}

void TestDesktopNotificationsIntegration::init()
{
    QGuiApplication::setDesktopFileName({});
    QFile::remove(m_dir + u"/menu.log"_s);
}

void TestDesktopNotificationsIntegration::cleanup()
{
    dunstCall(u"NotificationCloseAll"_s);
    QTRY_COMPARE(dunstDisplayed(), 0u);
    QGuiApplication::setDesktopFileName({});
}

void TestDesktopNotificationsIntegration::shownByDunst_data()
{
    QTest::addColumn<QString>("desktopFileName");
    QTest::addColumn<QStringList>("names"); // one alert each, "went DOWN"
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("body"); // as dunst received it
    QTest::addColumn<QString>("icon");
    QTest::addColumn<AlertNotifier::Urgency>("urgency");
    QTest::addColumn<QString>("shownAs"); // dunst's urgency, as its format says (with-notifications)
    QTest::addColumn<QString>("category");
    const auto critical = AlertNotifier::Urgency::Critical;
    QTest::addRow("one alert") << QString() << QStringList{u"to-seoul"_s} << u"VPN connection alert"_s
                               << u"to-seoul: went DOWN"_s << u"vpnaas-console"_s << critical << u"[critical]"_s
                               << u"network.error"_s;
    QTest::addRow("markup in a name") << QString() << QStringList{u"r&d <lab>"_s} << u"VPN connection alert"_s
                                      << u"r&amp;d &lt;lab&gt;: went DOWN"_s << u"vpnaas-console"_s << critical
                                      << u"[critical]"_s << u"network.error"_s;
    QTest::addRow("burst, desktop file") << u"org.example.VpnaasConsole"_s
                                         << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << u"4 VPN connection alerts"_s
                                         << u"a: went DOWN\nb: went DOWN\nc: went DOWN\n… and 1 more (see the "
                                            u"Monitoring event log)"_s
                                         << u"org.example.VpnaasConsole"_s << critical << u"[critical]"_s
                                         << u"network.error"_s;
    QTest::addRow("normal urgency") << QString() << QStringList{u"to-busan"_s} << u"VPN connection alert"_s
                                    << u"to-busan: went DOWN"_s << u"vpnaas-console"_s << AlertNotifier::Urgency::Normal
                                    << u"[normal]"_s << u"network"_s;
}

void TestDesktopNotificationsIntegration::shownByDunst()
{
    QFETCH(QString, desktopFileName);
    QFETCH(QStringList, names);
    QFETCH(QString, summary);
    QFETCH(QString, body);
    QFETCH(QString, icon);
    QFETCH(AlertNotifier::Urgency, urgency);
    QFETCH(QString, shownAs);
    QFETCH(QString, category);
    QGuiApplication::setDesktopFileName(desktopFileName);

    AlertNotifier notifier;
    notifier.setCoalesceInterval(100);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    for (const QString &name : names)
        notifier.alert(u"id-"_s + name, name, u"went DOWN"_s, urgency);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::DBus);
    QCOMPARE(shown.first().at(0).toString(), summary);
    const uint id = notifier.openNotificationId();
    QVERIFY(id != 0);
    QTRY_COMPARE(dunstDisplayed(), 1u);

    // Closed, it goes to dunst's history, where it can be read; the notifier sees it closed.
    dunstCall(u"NotificationCloseAll"_s);
    QTRY_COMPARE(notifier.openNotificationId(), 0u);
    QVariantMap entry;
    QTRY_VERIFY((entry = historyEntry(id), !entry.isEmpty()));
    QCOMPARE(entry.value(u"summary"_s).toString(), summary);
    QCOMPARE(entry.value(u"body"_s).toString(), body);
    QCOMPARE(entry.value(u"appname"_s).toString(), u"VPNaaS Console"_s);
    QVERIFY2(entry.value(u"icon_path"_s).toString().endsWith(u"/icons/"_s + icon + u".png"_s), qPrintable(dump(entry)));
    const QString message = entry.value(u"message"_s).toString();
    QVERIFY2(message.startsWith(shownAs + u' ' + summary + u'\n'), qPrintable(dump(entry)));
    QCOMPARE(entry.value(u"category"_s).toString(), category);
    QCOMPARE(entry.value(u"default_action_name"_s).toString(), u"default"_s);
}

void TestDesktopNotificationsIntegration::nextBurstReplacesTheShownOne()
{
    AlertNotifier notifier;
    notifier.setCoalesceInterval(0);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    notifier.alert(u"id-a"_s, u"a"_s, u"went DOWN"_s);
    QTRY_COMPARE(shown.size(), 1);
    const uint id = notifier.openNotificationId();
    QVERIFY(id != 0);
    notifier.alert(u"id-b"_s, u"b"_s, u"went ERROR"_s);
    QTRY_COMPARE(shown.size(), 2);
    // The status bar gets the new alert; the desktop one notification listing both.
    QCOMPARE(shown.last().at(1).toString(), u"b: went ERROR"_s);
    QCOMPARE(shown.last().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::DBus);
    QCOMPARE(notifier.openNotificationId(), id);
    QCOMPARE(dunstDisplayed(), 1u);
    dunstCall(u"NotificationCloseAll"_s);
    QVariantMap entry;
    QTRY_VERIFY((entry = historyEntry(id), !entry.isEmpty()));
    QCOMPARE(entry.value(u"summary"_s).toString(), u"2 VPN connection alerts"_s);
    QCOMPARE(entry.value(u"body"_s).toString(), u"a: went DOWN\nb: went ERROR"_s);
    // Once it is closed, the next alert is a new notification of its own.
    QTRY_COMPARE(notifier.openNotificationId(), 0u);
    notifier.alert(u"id-c"_s, u"c"_s, u"went DOWN"_s);
    QTRY_COMPARE(shown.size(), 3);
    QVERIFY(notifier.openNotificationId() != 0);
    QVERIFY(notifier.openNotificationId() != id);
}

void TestDesktopNotificationsIntegration::openActionOpensTheConnection_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("Open in the context menu") << u"context"_s;
    QTest::addRow("default action (a click)") << u"action"_s;
}

void TestDesktopNotificationsIntegration::openActionOpensTheConnection()
{
    QFETCH(QString, how);
    AlertNotifier notifier;
    notifier.setCoalesceInterval(100);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    QSignalSpy activated(&notifier, &AlertNotifier::activated);
    notifier.alert(u"id-first"_s, u"first"_s, u"went DOWN"_s);
    notifier.alert(u"id-second"_s, u"second"_s, u"went DOWN"_s);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::DBus);
    const uint id = notifier.openNotificationId();
    QTRY_COMPARE(dunstDisplayed(), 1u);
    if (how == u"context") {
        dunstCall(u"ContextMenuCall"_s); // `dunstctl context`: the scripted menu picks "Open"
    } else {
        dunstCall(u"NotificationAction"_s, {0u}); // `dunstctl action 0`
    }
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), u"id-first"_s);
    if (how == u"context") {
        QFile menu(m_dir + u"/menu.log"_s);
        QVERIFY(menu.open(QIODevice::ReadOnly));
        const QString entries = QString::fromUtf8(menu.readAll());
        QVERIFY2(entries.contains(u"#Open (2 VPN connection alerts) [%1,open]"_s.arg(id)), qPrintable(entries));
    }
    QCOMPARE(activated.size(), 1);
}

void TestDesktopNotificationsIntegration::withoutServerFallsBack()
{
    QDBusConnection empty
        = QDBusConnection::connectToBus(qEnvironmentVariable("VPNAAS_EMPTY_BUS_ADDRESS"), u"empty-bus"_s);
    QVERIFY2(empty.isConnected(), qPrintable(empty.lastError().message()));
    QVERIFY(!empty.interface()->isServiceRegistered(kService));
    AlertNotifier notifier;
    notifier.setBus(empty);
    notifier.setCoalesceInterval(0);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    notifier.alert(u"id-a"_s, u"a"_s, u"went DOWN"_s);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(1).toString(), u"a: went DOWN"_s);
    QCOMPARE(shown.first().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::StatusBar);
    QCOMPARE(notifier.openNotificationId(), 0u);
    QCOMPARE(dunstDisplayed(), 0u); // nothing reached the other bus's server either
    QDBusConnection::disconnectFromBus(u"empty-bus"_s);
}

void TestDesktopNotificationsIntegration::silentServerFallsBack()
{
    // A server that owns the name and never answers: the notifier gives up after its timeout
    // and falls back, and the alerts that came meanwhile follow in the next notification.
    const QString address = qEnvironmentVariable("VPNAAS_EMPTY_BUS_ADDRESS");
    QDBusConnection serverSide = QDBusConnection::connectToBus(address, u"silent-server"_s);
    QVERIFY(serverSide.isConnected());
    SilentServer server;
    QVERIFY(serverSide.registerObject(kPath, &server, QDBusConnection::ExportAllSlots));
    QVERIFY(serverSide.registerService(kService));
    QDBusConnection clientSide = QDBusConnection::connectToBus(address, u"silent-client"_s);
    QVERIFY(clientSide.isConnected());

    AlertNotifier notifier;
    notifier.setBus(clientSide);
    notifier.setBusTimeout(500);
    notifier.setCoalesceInterval(0);
    QSignalSpy shown(&notifier, &AlertNotifier::shown);
    notifier.alert(u"id-a"_s, u"a"_s, u"went DOWN"_s);
    notifier.alert(u"id-b"_s, u"b"_s, u"went DOWN"_s);
    QCOMPARE(shown.size(), 0); // asked, not answered yet: nothing blocks
    QTRY_COMPARE(server.calls, 1);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(1).toString(), u"a: went DOWN"_s);
    QCOMPARE(shown.first().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::StatusBar);
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(shown.last().at(1).toString(), u"b: went DOWN"_s);
    QCOMPARE(shown.last().at(2).value<AlertNotifier::Via>(), AlertNotifier::Via::StatusBar);
    serverSide.unregisterService(kService);
    QDBusConnection::disconnectFromBus(u"silent-client"_s);
    QDBusConnection::disconnectFromBus(u"silent-server"_s);
}

QTEST_MAIN(TestDesktopNotificationsIntegration)
#include "tst_desktop_notifications_integration.moc"
