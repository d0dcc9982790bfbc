// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "browser/resourceview.h"
#include "cloudstatusbar.h"
#include "diagnosis/diagnosisdialog.h"
#include "handbook/handbookwindow.h"
#include "logincontroller.h"
#include "mainactions.h"
#include "monitoring/alertnotifier.h"
#include "monitoring/monitor.h"
#include "monitoring/monitoringcontroller.h"
#include "monitoring/monitoringtablemodel.h"
#include "monitoring/monitoringview.h"
#include "resources.h"
#include "scopeselector.h"
#include "topology/topologyscene.h"
#include "topology/topologyview.h"
#include "viewstack.h"
#include "wizards/editdialog.h"
#include "wizards/resourcewizard.h"
#include "wizards/sitetositewizard.h"

#include "diagnosis/simulation.h"
#include "itemmodels/cloudlistmodel.h"
#include "openstack/cloudconfigloader.h"
#include "openstack/credentialstore.h"
#include "openstack/projectdirectory.h"
#include "perf/background.h"
#include "perf/stallwatch.h"
#include "workspace/clicommands.h"
#include "workspace/deletionplan.h"
#include "workspace/deletionrun.h"
#include "workspace/leftoverjournal.h"
#include "workspace/offlinecloud.h"
#include "workspace/runcleanup.h"
#include "workspace/sitetositerun.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

const QString kWizardPrefix = u"wizard:"_s;
const QString kSiteToSite = u"site-to-site"_s;

QString nameOrId(ResourceKind kind, const QString &id, const ServerState &state)
{
    const QString name = resourceDisplayName(kind, id, state);
    return name.isEmpty() ? id : name;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_clouds(new CloudListModel(this))
    , m_cloudBox(new QComboBox(this))
    , m_autoRefresh(new QTimer(this))
    , m_rememberCloud(new QTimer(this))
{
    vpnaasInitResources();
    setObjectName(u"MainWindow"_s);
    m_rememberCloud->setSingleShot(true);
    m_rememberCloud->setInterval(0);
    connect(m_rememberCloud, &QTimer::timeout, this, &MainWindow::rememberCloud);

    m_views = new ViewStack(m_workspace, this);
    connect(m_views, &ViewStack::currentViewChanged, this, &MainWindow::updateActions);
    connect(m_views, &ViewStack::selectionChanged, this, &MainWindow::updateActions);
    connect(m_views, &ViewStack::editRequested, this, &MainWindow::openEditor);
    setCentralWidget(m_views);

    m_cloudBox->setObjectName(u"cloudSelector"_s);
    m_cloudBox->setModel(m_clouds);
    m_cloudBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cloudBox->setToolTip(tr("The cloud and project the console shows"));
    connect(m_cloudBox, &QComboBox::activated, this, &MainWindow::onCloudChosen);

    // The View menu lists the views; the wizards are under Edit.
    QList<MainActions::ViewEntry> views;
    for (const QString &name : ViewStack::viewNames())
        views.append({name, m_views->viewTitle(name)});
    m_scope = new ScopeSelector(m_workspace, this);
    connect(m_scope, &ScopeSelector::regionChosen, this, [this](const QString &region) {
        if (!confirmSwitchDuringRun()) {
            m_scope->update();
            return;
        }
        m_workspace->switchRegion(region);
        rememberScope();
    });
    connect(m_scope, &ScopeSelector::projectChosen, this, [this](const QString &projectId) {
        if (!confirmSwitchDuringRun()) {
            m_scope->update();
            return;
        }
        m_workspace->switchProject(projectId);
        rememberScope();
    });
    connect(m_scope, &ScopeSelector::allProjectsChosen, this, [this] {
        m_workspace->setAllProjects(true);
        rememberScope();
    });
    connect(m_scope, &ScopeSelector::projectFilterChanged, this, [this](const QString &projectId) {
        m_views->setProjectFilter(projectId);
        m_workspace->setCreateProject(projectId);
    });
    connect(m_workspace, &Workspace::scopeChanged, this, &MainWindow::onScopeChanged);
    m_actions = new MainActions(this, m_cloudBox, m_scope, views);
    connect(m_actions, &MainActions::refreshRequested, m_workspace, &Workspace::refresh);
    connect(m_actions, &MainActions::editRequested, this, [this] {
        if (ResourceView *view = m_views->currentResourceView(); view && view->selectedIds().size() == 1)
            openEditor(view->kind(), view->selectedIds().first());
    });
    connect(m_actions, &MainActions::deleteRequested, this, &MainWindow::deleteSelected);
    connect(m_actions, &MainActions::diagnoseRequested, this, [this] { diagnose(diagnosisTarget()); });
    connect(m_actions, &MainActions::pskRevealToggled, this, [this](bool on) {
        if (ResourceView *view = m_views->currentResourceView())
            view->setPskRevealed(on);
    });
    connect(m_actions, &MainActions::copyIdRequested, this, [this] {
        if (ResourceView *view = m_views->currentResourceView())
            QGuiApplication::clipboard()->setText(view->selectedIds().join(u'\n'));
    });
    connect(m_actions, &MainActions::siteToSiteWizardRequested, this, [this] { openWizard(kSiteToSite); });
    connect(m_actions, &MainActions::resourceWizardRequested, this,
            [this](ResourceKind kind) { openWizard(resourceWizardSlug(kind)); });
    connect(m_actions, &MainActions::resetSandboxRequested, this, &MainWindow::resetSandbox);
    connect(m_actions, &MainActions::autoRefreshChosen, this, &MainWindow::setAutoRefreshInterval);
    connect(m_actions, &MainActions::viewRequested, this, &MainWindow::setView);
    connect(m_actions, &MainActions::configureRequested, this, [this] { m_monitoringController->editSettings(); });
    connect(m_actions, &MainActions::handbookRequested, this, &MainWindow::showHandbook);

    m_statusBar = new CloudStatusBar(m_workspace, this);
    setStatusBar(m_statusBar);

    // A password missing from clouds.yaml comes from the system keyring or a dialog.
    m_login = new LoginController(m_workspace, new openstack::KeychainCredentialStore(this), this);
    connect(m_login, &LoginController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_login, &LoginController::disconnected, this, [this] {
        updateWindowTitle();
        updateActions();
    });
    connect(m_actions, &MainActions::forgetPasswordRequested, m_login, &LoginController::forgetStoredSecret);

    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateActions);
    connect(m_workspace, &Workspace::statusesChanged, this, &MainWindow::updateActions);
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        onScopeChanged(); // the title too
        updateActions();
        offerLeftoverCleanup();
    });
    connect(m_autoRefresh, &QTimer::timeout, m_workspace, &Workspace::refresh);

    // Monitoring: statuses, counters (the offline cloud's simulation or strongSwan VICI
    // endpoints), history, notifications and their settings.
    m_monitoringController = new MonitoringController(m_workspace, m_views->monitoringView(), {}, this);
    connect(m_monitoringController, &MonitoringController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_monitoringController, &MonitoringController::editRequested, this,
            [this](ResourceKind kind, const QString &id, const QString &field, const QString &value) {
                if (EditDialog *editor = openEditor(kind, id); editor && !field.isEmpty())
                    editor->preset(field, value);
            });
    connect(m_views->monitoringView(), &MonitoringView::diagnoseRequested, this, &MainWindow::diagnose);
    connect(m_views->topologyView(), &TopologyView::diagnoseRequested, this, &MainWindow::diagnose);
    connect(m_views->monitoringView()->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_monitoringController->notifier(), &AlertNotifier::activated, this, [this](const QString &connectionId) {
        setView(ViewStack::kMonitoring);
        if (!connectionId.isEmpty())
            m_views->monitoringView()->selectConnection(connectionId);
        showNormal();
        raise();
        activateWindow();
    });
    // One status per connection in the whole window: what the monitor's poll sees, the browser,
    // its detail panes and the topology show within that poll.
    connect(m_monitoringController->monitor()->poller(), &monitoring::StatusPoller::polled, this, [this] {
        m_workspace->applyStatuses(ResourceKind::IpsecSiteConnection,
                                   m_monitoringController->monitor()->poller()->statuses());
    });
    // The topology shows what the tunnels really do where a counter source reports on them.
    connect(m_monitoringController->monitor(), &monitoring::Monitor::updated, this, [this] {
        const QList<monitoring::MonitorRow> rows = m_monitoringController->monitor()->rows();
        const auto make = [rows, simulated = m_workspace->isSimulated()] {
            QHash<QString, TopologyScene::LiveState> states;
            const auto live = monitoring::liveStates(rows, simulated);
            for (auto it = live.cbegin(); it != live.cend(); ++it)
                states.insert(it.key(), {it->up, it->text});
            return states;
        };
        const auto show = [this, scene = QPointer(m_views->topologyView()->scene()),
                           made = ++m_liveStatesMade](const QHash<QString, TopologyScene::LiveState> &states) {
            if (scene && made == m_liveStatesMade) // not overtaken by newer ones
                scene->setLiveStates(states);
        };
        // 10,000 texts with their byte counts are ~20 ms: made on the pool for a big cloud.
        if (rows.size() < perf::kBackgroundFrom)
            show(make());
        else
            perf::runInBackground(this, make, show);
    });
    if (!m_monitoringController->historyError().isEmpty())
        statusBar()->showMessage(tr("Monitoring history unavailable: %1").arg(m_monitoringController->historyError()),
                                 15000);

    resize(fittedWindowSize(QSize(1280, 800), screen()->availableGeometry()));
    restoreSettings();
    updateWindowTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // A deletion run reports to this window. Its jobs are cancelled when the workspace goes with
    // the other children, and a cancelled job would report into a half-destroyed window: stop the
    // runs first, while this is still a MainWindow (the cloud keeps what was deleted so far).
    const QList<DeletionRun *> runs = findChildren<DeletionRun *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(runs);
}

QStringList MainWindow::viewNames()
{
    QStringList names = ViewStack::viewNames();
    for (const QString &wizard : wizardNames())
        names.append(kWizardPrefix + wizard);
    return names;
}

QStringList MainWindow::screenshotViewNames()
{
    QStringList names = viewNames();
    for (const QString &code : diagnosis::simulatedCodes())
        names.append(u"diagnose:"_s + code);
    return names;
}

QWidget *MainWindow::openRequestedDiagnosis()
{
    if (m_requestedDiagnosis.isEmpty() || !m_workspace->isSimulated() || m_workspace->state().connections.isEmpty())
        return nullptr;
    const QString id = m_workspace->state().connections.constFirst().id;
    m_monitoringController->setSimulation(id, m_requestedDiagnosis);
    return m_monitoringController->diagnose(id, this);
}

QStringList MainWindow::wizardNames()
{
    QStringList names;
    for (ResourceKind kind : kAllResourceKinds)
        names.append(resourceWizardSlug(kind));
    names.append(kSiteToSite);
    return names;
}

bool MainWindow::setView(const QString &name)
{
    if (name.startsWith(u"diagnose:")) {
        if (!diagnosis::simulatedCodes().contains(name.mid(9)))
            return false;
        m_requestedDiagnosis = name.mid(9);
        return true;
    }
    if (name.startsWith(kWizardPrefix)) {
        // "wizard:NAME" or "wizard:NAME:PAGE"
        const QStringList parts = name.mid(kWizardPrefix.size()).split(u':');
        bool pageOk = parts.size() == 1;
        const int page = parts.size() == 2 ? parts[1].toInt(&pageOk) : 1;
        if (!pageOk || page < 1 || !wizardNames().contains(parts[0]))
            return false;
        return openWizard(parts[0], page, m_sampleInput) != nullptr;
    }
    return m_views->setView(name);
}

HandbookWindow *MainWindow::showHandbook()
{
    if (!m_handbook)
        m_handbook = new HandbookWindow(this);
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
    return m_handbook;
}

QString MainWindow::currentView() const
{
    return m_views->currentView();
}

ResourceView *MainWindow::resourceView(ResourceKind kind) const
{
    return m_views->resourceView(kind);
}

TopologyView *MainWindow::topologyView() const
{
    return m_views->topologyView();
}

void MainWindow::setOfflineCloud(OfflineCloud *cloud)
{
    m_offlineCloud = cloud;
    m_monitoringController->setOfflineCloud(cloud);
    if (cloud) {
        // The simulated agent changes statuses on its own: show them as they happen (a status
        // read, not a refresh of everything).
        connect(cloud, &OfflineCloud::statusChanged, this, [this] {
            if (m_workspace->isSimulated())
                m_workspace->refreshStatuses();
        });
    }
    updateActions();
}

void MainWindow::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

void MainWindow::setClouds(const openstack::CloudConfig &config)
{
    const QString current = m_workspace->cloudName();
    m_clouds->setClouds(config);
    const int row = m_clouds->rowOf(current);
    m_cloudBox->setCurrentIndex(row >= 0 ? row : m_clouds->sandboxRow());
}

QString MainWindow::initialCloud() const
{
    const QString remembered = QSettings().value(u"cloud/last"_s).toString();
    return m_clouds->index(m_clouds->initialRow(remembered)).data(CloudListModel::NameRole).toString();
}

bool MainWindow::selectCloud(const QString &name)
{
    const int row = m_clouds->rowOf(name);
    if (row < 0)
        return false;
    m_cloudBox->setCurrentIndex(row);
    onCloudChosen(row);
    return true;
}

bool MainWindow::showCloudUnconnected(const QString &name)
{
    const int row = m_clouds->rowOf(name);
    if (row < 0)
        return false;
    m_cloudBox->setCurrentIndex(row); // QComboBox::activated fires for the current row too
    return true;
}

void MainWindow::onCloudChosen(int row)
{
    if (!confirmSwitchDuringRun()) {
        m_cloudBox->setCurrentIndex(m_clouds->rowOf(m_workspace->cloudName()));
        return;
    }
    m_statusBar->hideError();
    if (row == m_clouds->sandboxRow()) {
        // Choosing the sandbox is its first use: that is when its store comes into being.
        QString reason;
        if (!m_offlineCloud || !m_offlineCloud->open(&reason)) {
            m_workspace->disconnectFromCloud();
            m_statusBar->showError(tr("The sandbox is not available: %1").arg(reason));
            updateWindowTitle();
            return;
        }
        m_workspace->connectTo(m_offlineCloud->cloudProfile(), m_offlineCloud->networkAccessManager(), true);
    } else if (const openstack::CloudProfile *profile = m_clouds->profileAt(row)) {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        m_login->connectTo(withChosenScope(*profile), m_network);
    }
    // Remembered on a later turn of the event loop (a zero timer, not a queued call: the turn
    // that took the click ends first), and only when it changed: QSettings writes its file when
    // it goes, 2-4 ms here, and every start chooses the remembered cloud again.
    m_chosenCloud = m_clouds->index(row).data(CloudListModel::NameRole).toString();
    m_rememberCloud->start();
    updateWindowTitle();
}

void MainWindow::setScopeOverride(const QString &cloud, const QString &region, const QString &projectName,
                                  const QString &projectId)
{
    m_scopeOverride = {cloud, region, projectName, projectId};
}

namespace {
QString scopeSettingsKey(const QString &cloud, const QString &what)
{
    // QSettings keys must not hold '/' or '\'; cloud names are free text.
    return u"clouds/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(cloud)), what);
}
} // namespace

openstack::CloudProfile MainWindow::withChosenScope(openstack::CloudProfile profile) const
{
    if (profile.name == m_scopeOverride.cloud
        && !(m_scopeOverride.region.isEmpty() && m_scopeOverride.projectName.isEmpty()
             && m_scopeOverride.projectId.isEmpty())) {
        // Named on the command line (or OS_REGION_NAME) for this start: not what was remembered.
        openstack::CloudConfigLoader::selectRegion(profile, m_scopeOverride.region); // main checked it
        if (!m_scopeOverride.projectId.isEmpty()) {
            profile.projectId = m_scopeOverride.projectId;
            profile.projectName.clear();
        } else if (!m_scopeOverride.projectName.isEmpty()) {
            profile.projectName = m_scopeOverride.projectName;
            profile.projectId.clear();
        }
        return profile;
    }
    const QSettings settings;
    const QString region = settings.value(scopeSettingsKey(profile.name, u"region"_s)).toString();
    openstack::CloudConfigLoader::selectRegion(profile, region); // one no longer listed is ignored
    const QString project = settings.value(scopeSettingsKey(profile.name, u"project"_s)).toString();
    if (!project.isEmpty()) {
        profile.projectId = project;
        profile.projectName.clear();
    }
    return profile;
}

void MainWindow::rememberScope()
{
    if (!m_workspace->isConnected() || m_workspace->isSimulated())
        return;
    // Ids and names only; never a secret.
    QSettings settings;
    const openstack::CloudProfile &profile = m_workspace->profile();
    settings.setValue(scopeSettingsKey(profile.name, u"region"_s), profile.regionName);
    if (!profile.projectId.isEmpty())
        settings.setValue(scopeSettingsKey(profile.name, u"project"_s), profile.projectId);
    settings.setValue(scopeSettingsKey(profile.name, u"allProjects"_s), m_workspace->allProjects());
}

void MainWindow::onScopeChanged()
{
    // An admin who left the console in All projects finds it so again, once the token says admin
    // (not when the command line named a project for this start).
    const quint64 connection = m_workspace->connectionSerial();
    if (m_workspace->isAdmin() && connection != m_allProjectsRestoredFor) {
        m_allProjectsRestoredFor = connection;
        const QString cloud = m_workspace->cloudName();
        const bool named = cloud == m_scopeOverride.cloud
            && !(m_scopeOverride.projectName.isEmpty() && m_scopeOverride.projectId.isEmpty());
        if (!named && !m_workspace->allProjects()
            && QSettings().value(scopeSettingsKey(cloud, u"allProjects"_s)).toBool()) {
            m_workspace->setAllProjects(true); // emits scopeChanged(): this runs again, restored
            return;
        }
    }
    QHash<QString, QString> names;
    if (const openstack::ProjectDirectory *projects = m_workspace->projects())
        names = projects->names();
    m_views->setProjectScope(m_workspace->allProjects(), names);
    updateWindowTitle();
}

void MainWindow::showError(const QString &what, const openstack::ApiError &error)
{
    m_statusBar->showError(u"%1: %2"_s.arg(what, error.userMessage()));
    QMessageBox box(QMessageBox::Warning, what, what, QMessageBox::Ok, this);
    box.setInformativeText(error.userMessage());
    if (!error.requestId.isEmpty())
        box.setDetailedText(
            tr("Request: %1 %2\nRequest ID: %3").arg(error.method, error.url.toDisplayString(), error.requestId));
    box.exec();
}

void MainWindow::updateWindowTitle()
{
    const QString cloud = !m_workspace->isConnected() ? tr("no cloud")
        : m_workspace->isSimulated()                  ? tr("Sandbox (offline, simulated)")
                                                      : CloudStatusBar::scopeName(*m_workspace);
    setWindowTitle(tr("%1 — VPNaaS Console").arg(cloud));
    m_statusBar->updateCloud();
}

void MainWindow::updateActions()
{
    const perf::Scope scope("MainWindow::updateActions");
    const ResourceView *view = m_views->currentResourceView();
    MainActions::State state;
    state.connected = m_workspace->isConnected();
    state.hasVpnaas = m_workspace->hasVpnaas();
    state.selected = view ? view->selectedIds().size() : 0;
    state.connectionSelected = view && view->kind() == ResourceKind::IpsecSiteConnection && state.selected == 1;
    state.pskRevealed = state.connectionSelected && view->isPskRevealed();
    state.canDiagnose = !diagnosisTarget().isEmpty();
    state.canResetSandbox = m_offlineCloud && m_workspace->isSimulated();
    state.canForgetPassword = m_login->canForget();
    m_actions->update(state);
}

QString MainWindow::diagnosisTarget() const
{
    if (const ResourceView *view = m_views->currentResourceView()) {
        if (view->kind() == ResourceKind::IpsecSiteConnection && view->selectedIds().size() == 1)
            return view->selectedIds().constFirst();
        return {};
    }
    if (currentView() == ViewStack::kMonitoring) {
        const QStringList ids = m_views->monitoringView()->selectedConnections();
        return ids.size() == 1 ? ids.constFirst() : QString();
    }
    return {};
}

void MainWindow::diagnose(const QString &connectionId)
{
    if (connectionId.isEmpty())
        return;
    if (!m_monitoringController->diagnose(connectionId, this))
        statusBar()->showMessage(tr("No connection %1 on this cloud").arg(connectionId), 15000);
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    m_actions->setAutoRefreshInterval(m_autoRefreshSeconds);
    if (m_autoRefreshSeconds > 0)
        m_autoRefresh->start(m_autoRefreshSeconds * 1000);
    else
        m_autoRefresh->stop();
}

QWizard *MainWindow::openWizard(const QString &name, int page, bool sampleInput)
{
    if (!m_workspace->isConnected() || !wizardNames().contains(name))
        return nullptr;
    if (m_wizard)
        m_wizard->close();
    QWizard *wizard = nullptr;
    if (name == kSiteToSite) {
        auto *guided = new SiteToSiteWizard(m_workspace, this);
        // The run is ours: it outlives the wizard (closing it means cancel, then roll back).
        guided->setRunOwner(this);
        connect(guided, &SiteToSiteWizard::runStarted, this,
                [this, guided](SiteToSiteRun *run) { adoptGuidedRun(run, guided); });
        connect(guided, &SiteToSiteWizard::created, this,
                [this](const QString &id) { onWizardCreated(ResourceKind::IpsecSiteConnection, id); });
        if (sampleInput)
            guided->fillSampleInput();
        wizard = guided;
    } else {
        const ResourceKind kind = resourceKindFromWizardSlug(name).value_or(ResourceKind::IkePolicy);
        auto *single = new ResourceWizard(kind, m_workspace, this);
        connect(single, &ResourceWizard::created, this, &MainWindow::onWizardCreated);
        if (sampleInput)
            single->fillSampleInput();
        wizard = single;
    }
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    wizard->show();
    for (int i = 1; i < page; ++i) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            break; // this page is not complete: stay and show why
    }
    return wizard;
}

EditDialog *MainWindow::openEditor(ResourceKind kind, const QString &id)
{
    if (!m_workspace->isConnected() || id.isEmpty())
        return nullptr;
    auto *dialog = new EditDialog(kind, id, m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditDialog::saved, this, [this](ResourceKind k, const QString &savedId) {
        statusBar()->showMessage(
            tr("Saved %1 “%2”.").arg(resourceNameInSentence(k), nameOrId(k, savedId, m_workspace->state())), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::onWizardCreated(ResourceKind kind, const QString &id)
{
    statusBar()->showMessage(
        tr("Created %1 “%2”.").arg(resourceNameInSentence(kind), nameOrId(kind, id, m_workspace->state())), 8000);
    m_views->showResource(kind, id);
}

void MainWindow::deleteSelected()
{
    ResourceView *view = m_views->currentResourceView();
    if (!view || !m_workspace->isConnected())
        return;
    const ResourceKind kind = view->kind();
    const ServerState &state = m_workspace->state();
    const DeletionPlan plan = planDeletion(kind, view->selectedIds(), state, m_workspace->capabilities());

    QStringList blocked;
    for (const auto &[ref, problem] : plan.blocked)
        blocked.append(tr("%1: %2").arg(nameOrId(ref.kind, ref.id, state), problem.message));
    if (plan.deletable.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Cannot delete"), tr("Nothing selected can be deleted now:"),
                        QMessageBox::Ok, this);
        box.setInformativeText(blocked.join(u'\n'));
        box.exec();
        return;
    }

    QStringList names;
    for (const ResourceRef &ref : plan.deletable)
        names.append(u"• "_s + nameOrId(ref.kind, ref.id, state));
    const int count = int(plan.deletable.size());
    QMessageBox box(QMessageBox::Question, tr("Delete"),
                    tr("Delete %1 %2?").arg(count).arg(resourceNameInSentence(kind, count != 1)), QMessageBox::Cancel,
                    this);
    box.setObjectName(u"deleteConfirmation"_s);
    QString details = names.join(u'\n');
    if (!blocked.isEmpty())
        details += u"\n\n"_s + tr("Kept, because they are in use:") + u'\n' + blocked.join(u'\n');
    box.setInformativeText(details);
    QPushButton *confirm = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDelete"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    QCheckBox *alsoOrphans = nullptr;
    if (!plan.orphans.isEmpty()) {
        QStringList orphanNames;
        for (const ResourceRef &orphan : plan.orphans)
            orphanNames.append(
                u"%1 “%2”"_s.arg(resourceSingularName(orphan.kind), nameOrId(orphan.kind, orphan.id, state)));
        alsoOrphans
            = new QCheckBox(tr("Also delete what only these connections use: %1").arg(orphanNames.join(u", "_s)), &box);
        alsoOrphans->setObjectName(u"deleteOrphans"_s);
        box.setCheckBox(alsoOrphans);
    }
    // The same deletions with the openstack CLI. A message box closes on any button, so Copy
    // copies and shows the box again, with the check box as the user left it.
    QPushButton *copy = box.addButton(tr("Cop&y Commands"), QMessageBox::ActionRole);
    copy->setObjectName(u"copyCommands"_s);
    do {
        box.exec();
        if (box.clickedButton() == copy) {
            QGuiApplication::clipboard()->setText(
                cli::script(cli::deleteCommands(plan.steps(alsoOrphans && alsoOrphans->isChecked()), state), {},
                            cli::cliTarget(m_workspace)));
        }
    } while (box.clickedButton() == copy);
    if (box.clickedButton() != confirm)
        return;

    auto *run = new DeletionRun(m_workspace, plan.steps(alsoOrphans && alsoOrphans->isChecked()), this);
    connect(run, &DeletionRun::progress, this, [this](int step, int total, const QString &description) {
        m_statusBar->setBusy(true);
        statusBar()->showMessage(tr("%1 (%2 of %3)…").arg(description).arg(step).arg(total));
    });
    connect(run, &DeletionRun::finished, this, [this, run](bool ok) {
        const int total = run->stepCount();
        m_statusBar->setBusy(false);
        statusBar()->clearMessage();
        if (ok) {
            statusBar()->showMessage(
                total == 1 ? tr("Deleted 1 resource.") : tr("Deleted %n resources.", nullptr, total), 5000);
        } else {
            showError(tr("Deleting failed after %1 of %2 steps").arg(run->completedSteps()).arg(total), run->error());
        }
        run->deleteLater();
    });
    run->start();
}

void MainWindow::resetSandbox()
{
    if (!m_offlineCloud)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Reset sandbox"),
        tr("Put the sandbox back to its example scenario? Everything created in the sandbox is deleted. "
           "Real clouds are not affected."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    QString error;
    if (!m_offlineCloud->reset(&error)) {
        QMessageBox::warning(this, tr("Reset sandbox"), tr("The sandbox could not be reset: %1").arg(error));
        return;
    }
    m_workspace->refresh();
    statusBar()->showMessage(tr("The sandbox holds the example scenario again."), 5000);
}

SiteToSiteRun *MainWindow::guidedRun() const
{
    return m_guidedRun;
}

void MainWindow::adoptGuidedRun(SiteToSiteRun *run, QWizard *wizard)
{
    m_guidedRun = run;
    QPointer<QWizard> shownIn = wizard;
    const auto inBackground = [shownIn] { return !shownIn || !shownIn->isVisible(); };
    const auto showProgress = [this, inBackground](const QString &text) {
        if (!inBackground())
            return;
        m_statusBar->setBusy(true);
        statusBar()->showMessage(text);
    };
    connect(run, &SiteToSiteRun::progress, this, [showProgress](int step, int total, const QString &description) {
        showProgress(tr("Guided run: %1 (%2 of %3)…").arg(description).arg(step).arg(total));
    });
    connect(run, &SiteToSiteRun::rollingBack, this, [run, showProgress](const QString &description) {
        showProgress(tr("Guided run on “%1”, undoing: %2…").arg(run->cloudKey(), description));
    });
    connect(run, &SiteToSiteRun::finished, this, [this, run, inBackground](bool ok) {
        m_statusBar->setBusy(false);
        statusBar()->clearMessage();
        if (inBackground()) {
            // Its wizard is gone: the outcome is told here, in full when something is left.
            const bool somethingLeft
                = !run->leftBehind().isEmpty() || !run->unknown().isEmpty() || !run->late().isEmpty();
            if (ok || !somethingLeft) {
                statusBar()->showMessage(run->reportLines().join(u' '), 30000);
            } else if (!m_quitPending) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Guided run"), run->reportLines().value(0),
                                            QMessageBox::Ok, this);
                box->setObjectName(u"guidedRunReport"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setInformativeText(run->reportLines().mid(1).join(u"\n\n"_s));
                box->setTextInteractionFlags(Qt::TextSelectableByMouse);
                box->open();
            }
        }
        if (m_quitPending)
            QTimer::singleShot(0, this, &QWidget::close);
    });
}

bool MainWindow::confirmSwitchDuringRun()
{
    if (!m_guidedRun || m_guidedRun->state() != SiteToSiteRun::State::Creating)
        return true;
    // Asked rather than deferred: the operator picked another cloud on purpose, but the run is
    // work they started; stopping it must be their choice. Its rollback needs no waiting: it
    // finishes on the cloud it started on through its own connection (CloudBinding).
    QMessageBox box(QMessageBox::Question, tr("Switch cloud"),
                    tr("The guided wizard is creating resources on “%1”.").arg(m_guidedRun->cloudKey()),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"switchDuringRun"_s);
    box.setInformativeText(tr("Switching stops it; what it created on “%1” is deleted again in the background. "
                              "Nothing of it reaches the other cloud.")
                               .arg(m_guidedRun->cloudKey()));
    QPushButton *stop = box.addButton(tr("&Stop and Switch"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Keep Creating"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.exec();
    if (box.clickedButton() != stop || !m_guidedRun)
        return m_guidedRun.isNull();
    if (m_wizard)
        m_wizard->close();
    if (m_guidedRun)
        m_guidedRun->cancel();
    return true;
}

void MainWindow::offerLeftoverCleanup()
{
    if (m_leftoverPrompt)
        m_leftoverPrompt->close();
    if (!m_workspace->isConnected() || m_cleaningUp)
        return;
    const QString key = LeftoverJournal::cloudKey(m_workspace->profile());
    const QList<Leftover> leftovers = LeftoverJournal::entries(key);
    if (leftovers.isEmpty())
        return;
    QStringList lines;
    for (const Leftover &l : leftovers) {
        const QString what = !l.id.isEmpty()
            ? (l.name.isEmpty() ? tr("%1 %2").arg(resourceSingularName(l.kind), l.id)
                                : tr("%1 “%2” (%3)").arg(resourceSingularName(l.kind), l.name, l.id))
            : tr("a %1 that may exist (description contains “%2”)").arg(resourceNameInSentence(l.kind), l.tag);
        lines.append(u"• "_s + what + (l.reason.isEmpty() ? QString() : u" — "_s + l.reason));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Leftovers of a guided run"),
                                tr("An earlier guided run could not delete %n resource(s) on “%1”. Delete them now?",
                                   nullptr, int(leftovers.size()))
                                    .arg(key),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"leftoverPrompt"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(u'\n'));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *clean = box->addButton(tr("&Delete Them"), QMessageBox::DestructiveRole);
    clean->setObjectName(u"cleanUpLeftovers"_s);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    connect(clean, &QPushButton::clicked, this, &MainWindow::cleanUpLeftovers);
    m_leftoverPrompt = box;
    box->open();
}

void MainWindow::cleanUpLeftovers()
{
    if (m_cleaningUp)
        return;
    RunCleanup *cleanup = RunCleanup::cleanUpJournal(m_workspace, this);
    if (!cleanup)
        return;
    m_cleaningUp = true;
    m_statusBar->setBusy(true);
    connect(cleanup, &RunCleanup::progress, this,
            [this](const QString &description) { statusBar()->showMessage(tr("Clean-up: %1…").arg(description)); });
    connect(cleanup, &RunCleanup::finished, this, [this, cleanup] {
        m_cleaningUp = false;
        m_statusBar->setBusy(false);
        const int deleted = int(cleanup->deleted().size());
        if (cleanup->failures().isEmpty() && cleanup->unsearched().isEmpty()) {
            statusBar()->showMessage(tr("Clean-up done: deleted %n leftover(s).", nullptr, deleted), 15000);
        } else {
            QStringList lines;
            for (const RunCleanup::Failure &f : cleanup->failures())
                lines.append(
                    tr("%1 %2: %3").arg(resourceSingularName(f.target.ref.kind), f.target.ref.id, f.error.userMessage())
                    + (f.blocker.isEmpty() ? QString() : u' ' + tr("(still used by %1)").arg(f.blocker)));
            for (const RunCleanup::Unsearched &u : cleanup->unsearched())
                lines.append(tr("%1: could not be listed (%2)").arg(resourcePluralName(u.kind), u.error.userMessage()));
            m_statusBar->showError(tr("Clean-up incomplete: deleted %n; the rest is kept for later: ", nullptr, deleted)
                                   + lines.join(u"; "_s));
        }
        cleanup->deleteLater();
        m_workspace->refresh();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_guidedRun && m_guidedRun->isRunning()) {
        if (!m_quitPending) {
            // Quit means the same as closing the wizard: stop, undo, then go.
            m_quitPending = true;
            if (m_wizard)
                m_wizard->close();
            m_guidedRun->cancel();
            m_statusBar->setBusy(true);
            statusBar()->showMessage(tr("Quitting once the guided run has undone its work on “%1”… Close again "
                                        "to quit now; what is left is remembered for clean-up.")
                                         .arg(m_guidedRun->cloudKey()));
            event->ignore();
            return;
        }
        m_guidedRun->abandon();
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::rememberCloud()
{
    m_rememberCloud->stop();
    QSettings settings;
    if (settings.value(u"cloud/last"_s).toString() != m_chosenCloud)
        settings.setValue(u"cloud/last"_s, m_chosenCloud);
}

void MainWindow::saveSettings()
{
    if (m_rememberCloud->isActive())
        rememberCloud();
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"refresh/autoSeconds"_s, m_autoRefreshSeconds);
    m_views->saveSettings(settings);
}

QSize MainWindow::fittedWindowSize(QSize wanted, const QRect &available)
{
    // Room for the window frame and a panel the available geometry may not have subtracted.
    constexpr int kMargin = 48;
    return wanted.boundedTo(
        QSize(std::max(available.width() - kMargin, 400), std::max(available.height() - kMargin, 300)));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    // A saved geometry from a larger screen would put the status bar out of sight: kept only
    // when it fits the screen the window opens on.
    const QSize defaultSize = size();
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())
        || !screen()->availableGeometry().contains(geometry())) {
        setGeometry(
            QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, defaultSize, screen()->availableGeometry()));
    }
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    setAutoRefreshInterval(settings.value(u"refresh/autoSeconds"_s, 0).toInt());
    m_views->restoreSettings(settings);
}

} // namespace vpnaas::ui
