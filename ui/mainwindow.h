// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "handbook/handbookwindow.h"
#include "itemmodels/resourcekind.h"
#include "openstack/cloudprofile.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QWizard>

#include <memory>

class QComboBox;
class QNetworkAccessManager;
class QTimer;

namespace vpnaas {
class CloudListModel;
class OfflineCloud;
class SiteToSiteRun;
class Workspace;
namespace openstack {
struct ApiError;
}
} // namespace vpnaas

namespace vpnaas::ui {

class CloudStatusBar;
class EditDialog;
class LoginController;
class MainActions;
class MonitoringController;
class ResourceView;
class ScopeSelector;
class TopologyView;
class ViewStack;

/*!
 * The console's main window: cloud selector and actions on top (MainActions), navigation by
 * resource type (with counts) on the left and the selected view on the right (ViewStack), and
 * the cloud, last refresh and errors in the status bar. It connects what the user asks for to
 * the workspace, the wizards, the edit dialog and the deletion run, and reports the outcome.
 *
 * It owns the Workspace (what is known of the selected cloud). The offline cloud (the sandbox)
 * and the network access manager for real clouds are given to it and not owned. Views are picked
 * by name (setView) so that the command line and tests can show any of them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! The names setView() accepts: "resources:ike-policies", ..., "config", "wizard:ike-policy", .... */
    static QStringList viewNames();
    /*!
     * viewNames() and the views only a screenshot shows: "diagnose:CODE", the sandbox's simulated
     * diagnosis CODE (diagnosis::simulatedCodes()) of its first connection.
     */
    static QStringList screenshotViewNames();
    /*!
     * For a "diagnose:CODE" screenshot view: opens the simulated diagnosis of the sandbox's first
     * connection and returns its dialog; null when no such view was asked for or the cloud is not
     * the sandbox.
     */
    QWidget *openRequestedDiagnosis();
    /*! The wizard names: "ike-policy", ..., "ipsec-site-connection", "site-to-site". */
    static QStringList wizardNames();
    /*!
     * Opens wizard \a name (see wizardNames()) on the current cloud, non-modal, and returns it.
     * \a page > 1 advances to that page; \a sampleInput fills the wizard's documentation values
     * (fillSampleInput()) so later pages can be reached for review.
     */
    QWizard *openWizard(const QString &name, int page = 1, bool sampleInput = false);
    QWizard *currentWizard() const { return m_wizard; }
    /*! Help ▸ Handbook (F1): shows the handbook window, non-modal, made the first time. */
    HandbookWindow *showHandbook();
    HandbookWindow *handbook() const { return m_handbook; }
    /*! Opens the edit dialog of resource \a id (window-modal) and returns it. */
    EditDialog *openEditor(ResourceKind kind, const QString &id);
    /*!
     * Shows the view named \a name ("resources" alone is the first list); false for an unknown name.
     * A "wizard:NAME[:PAGE]" opens that wizard, with sample input only when
     * setSampleInputForWizards() allowed it.
     */
    bool setView(const QString &name);
    /*! \a wanted, made smaller where needed to fit \a available (a screen's available geometry). */
    static QSize fittedWindowSize(QSize wanted, const QRect &available);
    /*!
     * Whether wizards opened through setView() get their documentation sample input (a peer
     * address, a random PSK) so that later pages can be reached: for `--screenshot` only, never
     * for a wizard a user works in.
     */
    void setSampleInputForWizards(bool enabled) { m_sampleInput = enabled; }
    QString currentView() const;

    /*! The built-in offline cloud (not owned); null or unavailable disables the sandbox entry. */
    void setOfflineCloud(OfflineCloud *cloud);
    /*! The network access manager for real clouds (not owned). */
    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setClouds(const openstack::CloudConfig &config);
    /*! Connects to the cloud named \a name (CloudListModel::sandboxName() for the sandbox). */
    bool selectCloud(const QString &name);
    /*!
     * Shows \a name in the cloud selector without connecting to it (a cloud the console must
     * not connect to on its own); choosing it there connects. False when there is no such cloud.
     */
    bool showCloudUnconnected(const QString &name);
    /*!
     * The cloud to start with: the one OS_CLOUD (or the OS_* variables) names, else the remembered
     * one if it still exists, else the first, else the sandbox.
     */
    QString initialCloud() const;
    /*!
     * What the command line (--os-region-name, --os-project-name/--os-project-id) or OS_REGION_NAME
     * chose for cloud \a cloud: it beats the region and project remembered for that cloud.
     */
    void setScopeOverride(const QString &cloud, const QString &region, const QString &projectName,
                          const QString &projectId);
    ScopeSelector *scopeSelector() const { return m_scope; }

    Workspace *workspace() const { return m_workspace; }
    MonitoringController *monitoringController() const { return m_monitoringController; }
    /*! Asks for a missing password (or takes it from the system keyring) before connecting. */
    LoginController *loginController() const { return m_login; }
    ResourceView *resourceView(ResourceKind kind) const;
    TopologyView *topologyView() const;
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_autoRefreshSeconds; }

    /*!
     * The guided run in progress (owned here, not by its wizard), or null. Closing the window
     * while it runs cancels it and quits once its rollback finished; closing again quits at once
     * and journals what is left. Switching cloud while it creates asks first.
     */
    SiteToSiteRun *guidedRun() const;
    /*! The prompt offering to delete what earlier guided runs left on this cloud, while shown. */
    QMessageBox *leftoverPrompt() const { return m_leftoverPrompt; }
    /*! Deletes what the LeftoverJournal holds for the current cloud (the prompt's action). */
    void cleanUpLeftovers();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreSettings();
    void saveSettings();
    /*! Writes the chosen cloud to the settings (cloud/last) unless it is there. */
    void rememberCloud();

    void onCloudChosen(int row);
    /*! \a profile with the region and project remembered for it (or overridden for this start). */
    openstack::CloudProfile withChosenScope(openstack::CloudProfile profile) const;
    void rememberScope();
    void onScopeChanged();
    void showError(const QString &what, const openstack::ApiError &error);
    void updateWindowTitle();
    void updateActions();
    QString m_requestedDiagnosis; // a "diagnose:CODE" view, opened once the cloud answered
    bool m_sampleInput = false; // wizards opened by setView() get sample input (screenshots)
    /*! The connection the Diagnose action is about in the view on screen, or empty. */
    QString diagnosisTarget() const;
    void diagnose(const QString &connectionId);
    void deleteSelected();
    void resetSandbox();
    void onWizardCreated(ResourceKind kind, const QString &id);
    void adoptGuidedRun(SiteToSiteRun *run, QWizard *wizard);
    bool confirmSwitchDuringRun();
    void offerLeftoverCleanup();

    Workspace *m_workspace = nullptr;
    CloudListModel *m_clouds = nullptr;
    QPointer<OfflineCloud> m_offlineCloud;
    QPointer<QNetworkAccessManager> m_network;

    QComboBox *m_cloudBox = nullptr;
    ScopeSelector *m_scope = nullptr;
    struct ScopeOverride {
        QString cloud, region, projectName, projectId;
    } m_scopeOverride;
    quint64 m_allProjectsRestoredFor = 0;
    ViewStack *m_views = nullptr;
    MainActions *m_actions = nullptr;
    MonitoringController *m_monitoringController = nullptr;
    LoginController *m_login = nullptr;
    CloudStatusBar *m_statusBar = nullptr;
    QTimer *m_autoRefresh = nullptr;
    QTimer *m_rememberCloud = nullptr; // rememberCloud() on a later turn of the event loop
    QString m_chosenCloud;
    int m_autoRefreshSeconds = 0;
    quint64 m_liveStatesMade = 0; // the topology's live states asked for (the newest is shown)
    QPointer<QWizard> m_wizard;
    QPointer<HandbookWindow> m_handbook;
    QPointer<SiteToSiteRun> m_guidedRun;
    QPointer<QMessageBox> m_leftoverPrompt;
    bool m_quitPending = false;
    bool m_cleaningUp = false;
};

} // namespace vpnaas::ui
