// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QSystemTrayIcon;

namespace vpnaas::ui {

/*!
 * Desktop notifications for monitoring alerts. Alerts arriving within a short window are
 * coalesced (a router failing takes all its tunnels down at once: one notification, not
 * fifty). Shown through a QSystemTrayIcon when the desktop has a tray that takes messages;
 * every notification is also emitted as shown() so the window can put it in the status bar
 * where there is no tray. Can be switched off (the event log keeps every alert regardless).
 */
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /*! How long alerts are gathered before one notification (default 1.5 s; 0: at once). */
    void setCoalesceInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /*! Whether notifications reach a system tray (else only shown() reports them). */
    bool hasTray() const;

    /*! One alert about \a name (a connection's name). */
    void alert(const QString &name, const QString &message);
    /*! Shows what is pending now. */
    void flush();

    /*! The text of one notification for \a alerts ("name: message" each). */
    static std::pair<QString, QString> compose(const QStringList &alerts);

Q_SIGNALS:
    void shown(const QString &title, const QString &body, bool viaTray);
    /*! The user clicked the tray notification. */
    void activated();

private:
    QStringList m_pending;
    QTimer m_timer;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_enabled = true;
};

} // namespace vpnaas::ui
