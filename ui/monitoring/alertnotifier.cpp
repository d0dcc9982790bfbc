// SPDX-License-Identifier: Apache-2.0
#include "alertnotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

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

bool AlertNotifier::hasTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void AlertNotifier::alert(const QString &name, const QString &message)
{
    if (!m_enabled)
        return;
    m_pending.append(tr("%1: %2").arg(name, message));
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

void AlertNotifier::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const auto [title, body] = compose(m_pending);
    m_pending.clear();
    const bool viaTray = hasTray();
    if (viaTray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                             ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                             : QApplication::windowIcon());
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
            connect(m_tray, &QSystemTrayIcon::activated, this, &AlertNotifier::activated);
        }
        m_tray->show();
        m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 10000);
    }
    Q_EMIT shown(title, body, viaTray);
}

} // namespace vpnaas::ui
