// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/deploymentguide.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace vpnaas::ui {

/*!
 * "Deployment": what enables VPNaaS on a cloud — the neutron.conf, neutron_vpnaas.conf and
 * l3_agent.ini snippets (highlighted as INI) and the commands that follow, for Debian/Ubuntu
 * (strongSwan driver) or the RHEL family (Libreswan driver). Shown on request, and instead of
 * the resource views when the cloud's extension probe has no `vpnaas`.
 */
class DeploymentView : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentView(QWidget *parent = nullptr);

    /*! \a available false: the cloud lacks the extension (the view says so first). */
    void setVpnaasAvailable(bool available, const QString &cloudName);
    void setDistribution(deployment::Distribution distribution);
    deployment::Distribution distribution() const;
    /*! The files' tabs (made on first use). */
    QTabWidget *tabs() const;
    QString headline() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();

    QLabel *m_headline;
    QComboBox *m_distribution;
    QTabWidget *m_tabs;
    bool m_filled = false;
};

} // namespace vpnaas::ui
