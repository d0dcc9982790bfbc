// SPDX-License-Identifier: Apache-2.0
#include "alertnotifier.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStyle>
#include <QSystemTrayIcon>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
// The desktop-entry hint and the icon are the desktop file's name without its suffix.
constexpr QStringView kDesktopSuffix = u".desktop";

} // namespace

QVariantList AlertNotifier::Notification::arguments() const
{
    return {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout};
}

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &AlertNotifier::flush);
}

AlertNotifier::~AlertNotifier()
{
    delete m_tray;
}

void AlertNotifier::setBus(const QDBusConnection &bus)
{
    if (m_busConnected) {
        m_bus.disconnect(QString(), kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
        m_bus.disconnect(QString(), kPath, kInterface, u"NotificationClosed"_s, this,
                         SLOT(onNotificationClosed(uint, uint)));
    }
    m_bus = bus;
    m_busSet = true;
    m_busConnected = false;
    m_openId = 0;
    m_openAlerts.clear();
    m_server.clear();
}

void AlertNotifier::connectBus()
{
    if (!m_busSet) {
        // Connecting is a local socket and a Hello; done at the first notification, not at start.
        m_bus = QDBusConnection::sessionBus();
        m_busSet = true;
    }
    if (m_busConnected || !m_bus.isConnected())
        return;
    // Any sender (naming the service would ask the bus for its owner, blocking): the slots
    // take only the signals of the server that answered Notify.
    m_bus.connect(QString(), kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onNotificationClosed(uint, uint)));
    m_busConnected = true;
}

bool AlertNotifier::hasTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void AlertNotifier::alert(const QString &connectionId, const QString &name, const QString &message, Urgency urgency)
{
    if (!m_enabled)
        return;
    m_pending.append({connectionId, tr("%1: %2").arg(name, message), urgency});
    if (m_timer.interval() == 0)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

std::pair<QString, QString> AlertNotifier::compose(const QStringList &alerts)
{
    if (alerts.size() == 1)
        return {tr("VPN connection alert"), alerts.first()};
    constexpr qsizetype shownAlerts = 3;
    QStringList lines = alerts.mid(0, shownAlerts);
    if (alerts.size() > shownAlerts)
        lines.append(tr("… and %n more (see the Monitoring event log)", nullptr, int(alerts.size() - shownAlerts)));
    return {tr("%n VPN connection alerts", nullptr, int(alerts.size())), lines.join(u'\n')};
}

AlertNotifier::Via AlertNotifier::route(bool notificationServer, bool trayWithMessages)
{
    if (notificationServer)
        return Via::DBus;
    return trayWithMessages ? Via::Tray : Via::StatusBar;
}

QString AlertNotifier::openActionKey()
{
    return u"open"_s;
}

AlertNotifier::Notification AlertNotifier::notification(const QString &summary, const QString &body, Urgency urgency,
                                                        const QStringList &capabilities, const QString &desktopFileName)
{
    QString entry = desktopFileName;
    if (entry.endsWith(kDesktopSuffix))
        entry.chop(kDesktopSuffix.size());
    Notification n;
    n.appName = u"VPNaaS Console"_s;
    n.appIcon = entry.isEmpty() ? u"vpnaas-console"_s : entry;
    n.summary = summary;
    // Markup is a small XML subset: an alert's "&" or "<" (a connection's name) must stay text.
    n.body = capabilities.contains(u"body-markup"_s) ? body.toHtmlEscaped() : body;
    if (capabilities.contains(u"actions"_s)) {
        // "default" is a click on the notification, "open" the button (or menu entry) for it.
        n.actions = {u"default"_s, tr("Open"), openActionKey(), tr("Open")};
    }
    n.hints.insert(u"urgency"_s, QVariant::fromValue(uchar(urgency)));
    n.hints.insert(u"category"_s, urgency == Urgency::Critical ? u"network.error"_s : u"network"_s);
    if (!entry.isEmpty())
        n.hints.insert(u"desktop-entry"_s, entry);
    return n;
}

QStringList AlertNotifier::texts(const QList<Alert> &alerts)
{
    QStringList lines;
    lines.reserve(alerts.size());
    for (const Alert &a : alerts)
        lines.append(a.text);
    return lines;
}

AlertNotifier::Urgency AlertNotifier::highest(const QList<Alert> &alerts)
{
    Urgency u = Urgency::Low;
    for (const Alert &a : alerts)
        u = std::max(u, a.urgency);
    return u;
}

void AlertNotifier::flush()
{
    m_timer.stop();
    // While a notification is on its way, alerts wait for it (and are shown together after it).
    if (m_pending.isEmpty() || m_inFlight)
        return;
    const QList<Alert> batch = std::exchange(m_pending, {});
    connectBus();
    if (!m_bus.isConnected()) {
        showWithoutBus(batch);
        return;
    }
    m_inFlight = true;
    // Asked each time: a server may have come, gone or been replaced since the last alert.
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_busTimeout), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, batch](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        onCapabilities(w, batch);
    });
}

void AlertNotifier::onCapabilities(QDBusPendingCallWatcher *watcher, const QList<Alert> &batch)
{
    const QDBusPendingReply<QStringList> reply = *watcher;
    if (reply.isError()) {
        // No server on the bus (ServiceUnknown), or one that does not answer in time.
        fallBack(batch);
        return;
    }
    // While the last burst's notification is still on screen, this one replaces it and lists both.
    const QList<Alert> all = m_openId ? m_openAlerts + batch : batch;
    const auto [title, body] = compose(texts(all));
    Notification n = notification(title, body, highest(all), reply.value(), QGuiApplication::desktopFileName());
    n.replacesId = m_openId;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call.setArguments(n.arguments());
    auto *next = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_busTimeout), this);
    connect(next, &QDBusPendingCallWatcher::finished, this, [this, all, batch](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        onNotified(w, all, batch);
    });
}

void AlertNotifier::fallBack(const QList<Alert> &batch)
{
    // The bus failed: nothing of ours is on screen there any more, and the tray or the status bar shows it.
    m_openId = 0;
    m_openAlerts.clear();
    showWithoutBus(batch);
    done();
}

void AlertNotifier::onNotified(QDBusPendingCallWatcher *watcher, const QList<Alert> &shownAlerts,
                               const QList<Alert> &batch)
{
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        fallBack(batch);
        return;
    }
    m_openId = reply.value();
    m_openAlerts = shownAlerts;
    m_lastId = m_openId;
    m_lastConnection = shownAlerts.first().connectionId;
    m_server = reply.reply().service();
    const auto [title, body] = compose(texts(batch));
    Q_EMIT shown(title, body, Via::DBus);
    done();
}

void AlertNotifier::done()
{
    m_inFlight = false;
    if (m_pending.isEmpty())
        return;
    if (m_timer.interval() == 0)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void AlertNotifier::showWithoutBus(const QList<Alert> &batch)
{
    const auto [title, body] = compose(texts(batch));
    const Via via = route(false, hasTray());
    if (via == Via::Tray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                             ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                             : QApplication::windowIcon());
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_trayConnection); });
            connect(m_tray, &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(m_trayConnection); });
        }
        m_trayConnection = batch.first().connectionId;
        m_tray->show();
        m_tray->showMessage(title, body,
                            highest(batch) == Urgency::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                            10000);
    }
    Q_EMIT shown(title, body, via);
}

void AlertNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (id == 0 || id != m_lastId || (calledFromDBus() && message().service() != m_server))
        return;
    if (actionKey == openActionKey() || actionKey == u"default")
        Q_EMIT activated(m_lastConnection);
}

void AlertNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    if (id == 0 || id != m_openId || (calledFromDBus() && message().service() != m_server))
        return;
    m_openId = 0;
    m_openAlerts.clear();
}

} // namespace vpnaas::ui
