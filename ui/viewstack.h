// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"

#include <QHash>
#include <QPointer>
#include <QSplitter>

class QListView;
class QSettings;
class QStackedWidget;

namespace vpnaas {
class NavigationModel;
class Workspace;
} // namespace vpnaas

namespace vpnaas::ui {

class ConfigView;
class DeploymentView;
class MonitoringView;
class ResourceView;
class TopologyView;

/*!
 * The main window's centre: the navigation list (resource types with counts, then topology,
 * monitoring, configuration, deployment) beside the view it selects. Views are picked by name
 * ("resources:ike-policies", "topology", ...). Every view follows the workspace's snapshot; the
 * topology and the configuration are rebuilt only when shown, and show what the resource
 * browser had selected. A snapshot of a cloud without VPNaaS shows the deployment view once per
 * cloud, to say why the wizards are off.
 */
class ViewStack : public QSplitter
{
    Q_OBJECT

public:
    /*! The names of the views that are not resource tables. */
    static const QString kTopology;
    static const QString kMonitoring;
    static const QString kConfig;
    static const QString kDeployment;

    explicit ViewStack(Workspace *workspace, QWidget *parent = nullptr);
    ~ViewStack() override;

    /*! "resources:ike-policies", ..., "resources:ipsec-site-connections", "topology", "monitoring", "config",
        "deployment". */
    static QStringList viewNames();
    static QString resourceViewName(ResourceKind kind);
    /*! Shows the view named \a name ("resources" alone is the first list); false for an unknown name. */
    bool setView(const QString &name);
    QString currentView() const;
    /*! The navigation's title of view \a name (empty for an unknown name). */
    QString viewTitle(const QString &name) const;

    ResourceView *resourceView(ResourceKind kind) const;
    /*! The resource table on screen, or null while another view is shown. */
    ResourceView *currentResourceView() const;
    MonitoringView *monitoringView() const { return m_monitoring; }
    TopologyView *topologyView() const { return m_topology; }

    /*! Every resource table: the Project column and names (All projects), see ResourceView::setProjectScope(). */
    void setProjectScope(bool allProjects, const QHash<QString, QString> &projectNames);
    /*! Every resource table shows project \a projectId only (empty: all). */
    void setProjectFilter(const QString &projectId);

    /*! Shows resource \a id in its table. */
    void showResource(ResourceKind kind, const QString &id);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void currentViewChanged();
    /*! The selection, or whether a pre-shared key is revealed, changed in a resource table. */
    void selectionChanged();
    /*! A row of a resource table was double-clicked or Enter pressed. */
    void editRequested(vpnaas::ResourceKind kind, const QString &id);

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void onStateChanged();
    void onStatusesChanged(ResourceKind kind, const QStringList &ids);
    void updateTopology();
    void updateConfig();

    QPointer<Workspace> m_workspace;
    NavigationModel *m_navigationModel;
    QListView *m_navigation;
    QStackedWidget *m_pages;
    QList<ResourceView *> m_resourceViews;
    TopologyView *m_topology;
    MonitoringView *m_monitoring;
    ConfigView *m_config;
    DeploymentView *m_deployment;
    QPointer<ResourceView> m_lastResourceView;
    bool m_topologyStale = true;
    bool m_configStale = true;
    QString m_deploymentShownFor;
};

} // namespace vpnaas::ui
