// SPDX-License-Identifier: Apache-2.0
#include "cloudstatusbar.h"

#include "browser/statusstyle.h"

#include "openstack/openstacklogging.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

CloudStatusBar::CloudStatusBar(Workspace *workspace, QWidget *parent)
    : QStatusBar(parent)
    , m_workspace(workspace)
    , m_cloudLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_securityLabel(new QLabel(this))
    , m_waitingLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    m_securityLabel->setObjectName(u"securityBadge"_s);
    m_securityLabel->setTextFormat(Qt::PlainText);
    m_securityLabel->setStyleSheet(errorBadgeStyleSheet());
    m_securityLabel->hide();
    m_waitingLabel->setObjectName(u"waitingLabel"_s);
    m_waitingLabel->setTextFormat(Qt::PlainText);
    m_waitingLabel->hide();
    m_cloudLabel->setObjectName(u"cloudLabel"_s);
    m_refreshLabel->setObjectName(u"refreshLabel"_s);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    addWidget(m_errorLabel, 1);
    addPermanentWidget(m_waitingLabel);
    addPermanentWidget(m_busy);
    addPermanentWidget(m_refreshLabel);
    addPermanentWidget(m_securityLabel);
    addPermanentWidget(m_cloudLabel);

    connect(workspace, &Workspace::refreshStarted, this, [this] {
        m_busy->show();
        updateRefresh();
    });
    connect(workspace, &Workspace::refreshSucceeded, this, [this] {
        setBusy(false);
        m_errorLabel->hide();
        updateRefresh();
    });
    connect(workspace, &Workspace::refreshFailed, this, &CloudStatusBar::onRefreshFailed);
    connect(workspace, &Workspace::stillWaitingChanged, this, &CloudStatusBar::updateWaiting);
    connect(workspace, &Workspace::connectionChanged, this, &CloudStatusBar::updateWaiting);
    updateRefresh();
}

CloudStatusBar::~CloudStatusBar() = default;

QString CloudStatusBar::cloudName(const openstack::CloudProfile &profile)
{
    return profile.projectName.isEmpty() ? profile.name : tr("%1 — %2").arg(profile.name, profile.projectName);
}

QString CloudStatusBar::scopeName(const Workspace &workspace)
{
    const openstack::CloudProfile &profile = workspace.profile();
    QStringList parts{profile.name};
    if (!profile.regionName.isEmpty())
        parts.append(profile.regionName);
    const QString project = workspace.allProjects() ? tr("All projects") : workspace.projectName();
    if (!project.isEmpty())
        parts.append(project);
    return parts.join(u" · "_s);
}

void CloudStatusBar::updateCloud()
{
    if (!m_workspace->isConnected()) {
        m_cloudLabel->setText(tr("Not connected"));
        m_cloudLabel->setToolTip({});
        m_cloudLabel->setStyleSheet({});
    } else if (m_workspace->isSimulated()) {
        // Where the operator types keys: say that the sandbox keeps them in clear, and where.
        m_cloudLabel->setText(tr("Sandbox · simulated, keys stored unencrypted"));
        m_cloudLabel->setToolTip(
            tr("The built-in offline cloud. Statuses and counters are simulated; nothing leaves this machine. "
               "Everything typed into the sandbox, pre-shared keys included, is stored unencrypted in %1 "
               "(readable by your user only). File ▸ Reset sandbox restores the example.")
                .arg(m_workspace->profile().source));
        m_cloudLabel->setStyleSheet(sandboxBadgeStyleSheet());
    } else {
        const openstack::CloudProfile &profile = m_workspace->profile();
        m_cloudLabel->setText(tr("Cloud: %1").arg(scopeName(*m_workspace)));
        QStringList tip{tr("Defined in %1").arg(profile.source)};
        if (!profile.regionName.isEmpty())
            tip.append(tr("Region: %1").arg(profile.regionName));
        if (!m_workspace->projectId().isEmpty())
            tip.append(tr("Project: %1 (%2)").arg(m_workspace->projectName(), m_workspace->projectId()));
        if (m_workspace->allProjects())
            tip.append(tr("Showing the resources of all projects (admin)."));
        m_cloudLabel->setToolTip(tip.join(u'\n'));
        m_cloudLabel->setStyleSheet({});
    }
    updateSecurity();
}

void CloudStatusBar::updateSecurity()
{
    const bool real = m_workspace->isConnected() && !m_workspace->isSimulated();
    const openstack::CloudProfile profile = real ? m_workspace->profile() : openstack::CloudProfile();
    QStringList badges;
    if (real && !profile.verifyTls)
        badges.append(tr("TLS not verified"));
    if (real && profile.sendsCredentialsInClear())
        badges.append(tr("Credentials over plain http"));
    const QStringList warnings = real ? profile.securityWarnings() : QStringList();
    // Persistent while connected: one badge, each warning in its tooltip; logged once a connection.
    m_securityLabel->setText(badges.join(u" · "_s));
    m_securityLabel->setToolTip(warnings.join(u'\n'));
    m_securityLabel->setVisible(!badges.isEmpty());
    // The only log of them (the session does not repeat it): once for each connection.
    if (real && m_workspace->connectionSerial() != m_loggedConnection) {
        m_loggedConnection = m_workspace->connectionSerial();
        for (const QString &warning : warnings)
            qCWarning(vpnaas::openstack::lcOpenStack, "%s", qPrintable(warning));
    }
}

void CloudStatusBar::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

void CloudStatusBar::hideError()
{
    m_errorLabel->hide();
}

void CloudStatusBar::setBusy(bool busy)
{
    m_busy->setVisible(busy || m_workspace->isRefreshing());
}

void CloudStatusBar::updateRefresh()
{
    if (m_workspace->isRefreshing() && !m_workspace->hasSnapshot()) {
        m_refreshLabel->setText(tr("Loading…"));
        return;
    }
    const QDateTime last = m_workspace->lastRefresh();
    if (!last.isValid()) {
        m_refreshLabel->setText(tr("Never refreshed"));
        return;
    }
    m_refreshLabel->setText(tr("Refreshed %1 in %2 ms")
                                .arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat))
                                .arg(m_workspace->lastRefreshDurationMs()));
}

void CloudStatusBar::updateWaiting()
{
    const bool waiting = m_workspace->isConnected() && m_workspace->isStillWaiting();
    if (waiting) {
        m_waitingLabel->setText(tr("Still waiting for %1…").arg(m_workspace->cloudName()));
        m_waitingLabel->setToolTip(tr("The cloud has not answered yet; it is given up after %1 seconds.")
                                       .arg(m_workspace->httpTimeouts().deadlineMs / 1000));
    }
    m_waitingLabel->setVisible(waiting);
}

void CloudStatusBar::onRefreshFailed(const openstack::ApiError &error)
{
    setBusy(false);
    updateRefresh();
    m_errorLabel->setText(tr("Refresh failed: %1").arg(error.userMessage()));
    m_errorLabel->setToolTip(m_workspace->hasSnapshot() ? tr("The tables still show the last good refresh.")
                                                        : QString());
    m_errorLabel->setStyleSheet(errorBadgeStyleSheet());
    m_errorLabel->show();
}

} // namespace vpnaas::ui
