// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "openstack/cloudprofile.h"

#include <QMainWindow>
#include <QPointer>
#include <QWizard>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListView;
class QNetworkAccessManager;
class QProgressBar;
class QStackedWidget;
class QTimer;

namespace vpnaas {
class CloudListModel;
class NavigationModel;
class OfflineCloud;
class Workspace;
namespace openstack {
struct ApiError;
}
} // namespace vpnaas

namespace vpnaas::ui {

class ConfigView;
class MonitoringController;
class MonitoringView;
class DeploymentView;
class TopologyView;
class EditDialog;
class ResourceView;

/*!
 * The console's main window: cloud selector and actions on top, navigation by resource type
 * (with counts) on the left, the selected view on the right (a table with a detail pane per
 * resource type, the config preview), and the cloud, last refresh and errors in the status bar.
 *
 * It owns the Workspace (what is known of the selected cloud). The offline cloud (the sandbox)
 * and the network access manager for real clouds are given to it and not owned. Views are picked by name
 * (setView) so that the command line and tests can show any of them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! The names setView() accepts: "resources:ike-policies", ..., "config", "wizard:ike-policy", .... */
    static QStringList viewNames();
    /*! The wizard names: "ike-policy", ..., "ipsec-site-connection", "site-to-site". */
    static QStringList wizardNames();
    /*!
     * Opens wizard \a name (see wizardNames()) on the current cloud, non-modal, and returns it.
     * \a page > 1 advances to that page; \a sampleInput fills the wizard's documentation values
     * (fillSampleInput()) so later pages can be reached for review.
     */
    QWizard *openWizard(const QString &name, int page = 1, bool sampleInput = false);
    QWizard *currentWizard() const { return m_wizard; }
    /*! Opens the edit dialog of resource \a id (window-modal) and returns it. */
    EditDialog *openEditor(ResourceKind kind, const QString &id);
    /*! Shows the view named \a name ("resources" alone is the first list); false for an unknown name. */
    bool setView(const QString &name);
    QString currentView() const;

    /*! The built-in offline cloud (not owned); null or unavailable disables the sandbox entry. */
    void setOfflineCloud(OfflineCloud *cloud);
    /*! The network access manager for real clouds (not owned). */
    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setClouds(const openstack::CloudConfig &config);
    /*! Connects to the cloud named \a name (CloudListModel::sandboxName() for the sandbox). */
    bool selectCloud(const QString &name);
    /*! The cloud to start with: the remembered one if it still exists, else the default, else the sandbox. */
    QString initialCloud() const;

    Workspace *workspace() const { return m_workspace; }
    MonitoringController *monitoringController() const { return m_monitoringController; }
    ResourceView *resourceView(ResourceKind kind) const;
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_autoRefreshSeconds; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreSettings();
    void saveSettings();

    void onCloudChosen(int row);
    void onStateChanged();
    void onRefreshFailed(const openstack::ApiError &error);
    void showError(const QString &what, const openstack::ApiError &error);
    void updateWindowTitle();
    void updateRefreshLabel();
    void updateActions();
    void deleteSelected();
    void resetSandbox();
    void showResource(ResourceKind kind, const QString &id);
    void onWizardCreated(ResourceKind kind, const QString &id);
    void updateTopology();
    void updateConfig();

    Workspace *m_workspace = nullptr;
    CloudListModel *m_clouds = nullptr;
    NavigationModel *m_navigationModel = nullptr;
    QPointer<OfflineCloud> m_offlineCloud;
    QPointer<QNetworkAccessManager> m_network;

    QComboBox *m_cloudBox = nullptr;
    QListView *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<ResourceView *> m_resourceViews;
    ConfigView *m_config = nullptr;
    MonitoringView *m_monitoring = nullptr;
    MonitoringController *m_monitoringController = nullptr;
    bool m_configStale = true;
    DeploymentView *m_deployment = nullptr;
    TopologyView *m_topology = nullptr;
    QPointer<ResourceView> m_lastResourceView;
    bool m_topologyStale = true;
    QString m_deploymentShownFor;

    QLabel *m_cloudLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_autoRefresh = nullptr;
    int m_autoRefreshSeconds = 0;

    QAction *m_refreshAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_resetSandboxAction = nullptr;
    QActionGroup *m_autoRefreshGroup = nullptr;
    QList<QAction *> m_newActions;
    QAction *m_guidedAction = nullptr;
    QPointer<QWizard> m_wizard;
};

} // namespace vpnaas::ui
