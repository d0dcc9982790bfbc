// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

class QDBusPendingCallWatcher;
class QSystemTrayIcon;

namespace vpnaas::ui {

/*!
 * Desktop notifications for monitoring alerts. Alerts arriving within a short window are
 * coalesced (a router failing takes all its tunnels down at once: one notification, not
 * fifty). Where they go, in this order: the desktop's notification server
 * (org.freedesktop.Notifications on the session bus, asked asynchronously; its "Open" action
 * opens the connection), else a QSystemTrayIcon when the desktop has a tray that takes
 * messages, else nowhere but the status bar. Every notification is also emitted as shown(),
 * whatever the route, for the window's status bar. Can be switched off (the event log keeps
 * every alert regardless).
 */
class AlertNotifier : public QObject, protected QDBusContext
{
    Q_OBJECT

public:
    /*! Where a notification went. */
    enum class Via { DBus, Tray, StatusBar };
    Q_ENUM(Via)
    /*! org.freedesktop.Notifications' urgency levels (the hint's byte values). */
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };
    Q_ENUM(Urgency)

    /*! One Notify call's arguments (org.freedesktop.Notifications, Desktop Notifications 1.2). */
    struct Notification {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions; //!< key, label, key, label…
        QVariantMap hints;
        int expireTimeout = -1; //!< the server's default
        QVariantList arguments() const;
    };

    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /*! How long alerts are gathered before one notification (default 1.5 s; 0: at once). */
    void setCoalesceInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /*!
     * The bus whose org.freedesktop.Notifications shows notifications (default: the session
     * bus, connected at the first notification). A bus that is not connected (tests:
     * QDBusConnection(u"none"_s)) leaves the tray and the status bar.
     */
    void setBus(const QDBusConnection &bus);
    /*! How long a D-Bus call may take before the notification falls back (default 5 s). */
    void setBusTimeout(int milliseconds) { m_busTimeout = milliseconds; }
    /*! Whether notifications reach a system tray (else only shown() reports them). */
    bool hasTray() const;
    /*! The id of the desktop notification still on screen (0: none). */
    uint openNotificationId() const { return m_openId; }

    /*! One alert about connection \a connectionId called \a name. */
    void alert(const QString &connectionId, const QString &name, const QString &message,
               Urgency urgency = Urgency::Critical);
    /*! Shows what is pending now. */
    void flush();

    /*! The text of one notification for \a alerts ("name: message" each). */
    static std::pair<QString, QString> compose(const QStringList &alerts);
    /*! The route for a notification: the notification server, else a tray, else the status bar. */
    static Via route(bool notificationServer, bool trayWithMessages);
    /*!
     * The Notify call for \a summary and \a body to a server with \a capabilities (its
     * GetCapabilities): the body markup-escaped where the server reads markup, the "Open"
     * action only where it shows actions. \a desktopFileName is QGuiApplication's (may be empty).
     */
    static Notification notification(const QString &summary, const QString &body, Urgency urgency,
                                     const QStringList &capabilities, const QString &desktopFileName);
    /*! The key of the action that opens the alert's connection ("default" is the click). */
    static QString openActionKey();

Q_SIGNALS:
    /*!
     * A notification of this burst (\a title, \a body as compose() makes them: the status
     * bar's text) was shown \a via the notification server, the tray or nowhere else.
     */
    void shown(const QString &title, const QString &body, vpnaas::ui::AlertNotifier::Via via);
    /*!
     * The user opened a notification (its "Open" action, a click on it or on the tray icon):
     * \a connectionId is its first alert's connection (empty where there is none).
     */
    void activated(const QString &connectionId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Alert {
        QString connectionId;
        QString text;
        Urgency urgency = Urgency::Critical;
    };
    void connectBus();
    void onCapabilities(QDBusPendingCallWatcher *watcher, const QList<Alert> &batch);
    void onNotified(QDBusPendingCallWatcher *watcher, const QList<Alert> &shownAlerts, const QList<Alert> &batch);
    void showWithoutBus(const QList<Alert> &batch);
    /*! A D-Bus call failed: forget the shown notification and show \a batch without the bus. */
    void fallBack(const QList<Alert> &batch);
    void done();
    static QStringList texts(const QList<Alert> &alerts);
    static Urgency highest(const QList<Alert> &alerts);

    QList<Alert> m_pending;
    QTimer m_timer;
    QPointer<QSystemTrayIcon> m_tray;
    QString m_trayConnection;
    QDBusConnection m_bus{QString()};
    bool m_busSet = false;
    bool m_busConnected = false;
    bool m_inFlight = false;
    int m_busTimeout = 5000;
    // The desktop notification on screen (replaced while it shows) and what it lists; the last
    // one shown (its action may come after it closed) and the server's unique name.
    uint m_openId = 0;
    QList<Alert> m_openAlerts;
    uint m_lastId = 0;
    QString m_lastConnection;
    QString m_server;
    bool m_enabled = true;
};

} // namespace vpnaas::ui
