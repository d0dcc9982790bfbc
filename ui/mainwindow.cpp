// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "browser/resourceview.h"
#include "browser/statusstyle.h"
#include "config/configview.h"
#include "deployment/deploymentview.h"
#include "monitoring/alertnotifier.h"
#include "monitoring/monitor.h"
#include "monitoring/monitoringcontroller.h"
#include "monitoring/monitoringtablemodel.h"
#include "monitoring/monitoringview.h"
#include "preview/configpreview.h"
#include "resources.h"
#include "topology/topologyscene.h"
#include "topology/topologyview.h"
#include "wizards/editdialog.h"
#include "wizards/resourcewizard.h"
#include "wizards/sitetositewizard.h"

#include "itemmodels/cloudlistmodel.h"
#include "itemmodels/navigationmodel.h"
#include "itemmodels/resourcetablemodel.h"
#include "workspace/deletionplan.h"
#include "workspace/deletionrun.h"
#include "workspace/offlinecloud.h"
#include "workspace/workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QWizard>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

const QString kResourcesPrefix = u"resources:"_s;
const QString kConfigView = u"config"_s;
const QString kDeploymentView = u"deployment"_s;
const QString kTopologyView = u"topology"_s;
const QString kMonitoringView = u"monitoring"_s;
const QString kWizardPrefix = u"wizard:"_s;
const QString kSiteToSite = u"site-to-site"_s;

const QList<int> kAutoRefreshChoices{0, 5, 15, 30, 60};

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
    , m_navigationModel(new NavigationModel(this))
    , m_cloudBox(new QComboBox(this))
    , m_navigation(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_cloudLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_autoRefresh(new QTimer(this))
{
    vpnaasInitResources();
    setObjectName(u"MainWindow"_s);

    for (ResourceKind kind : kAllResourceKinds) {
        auto *view = new ResourceView(kind, m_pages);
        m_resourceViews.append(view);
        m_pages->addWidget(view);
        connect(view, &ResourceView::selectionChanged, this, &MainWindow::updateActions);
        connect(view, &ResourceView::pskRevealedChanged, this, &MainWindow::updateActions);
        connect(view, &ResourceView::editRequested, this, [this, view](const QString &id) { openEditor(view->kind(), id); });
        connect(view, &ResourceView::resourceActivated, this, &MainWindow::showResource);
    }
    m_topology = new TopologyView(m_pages);
    m_pages->addWidget(m_topology);
    m_navigationModel->addView(kTopologyView, tr("Topology"));
    connect(m_topology, &TopologyView::resourceActivated, this, &MainWindow::showResource);
    m_monitoring = new MonitoringView(m_pages);
    m_pages->addWidget(m_monitoring);
    m_navigationModel->addView(kMonitoringView, tr("Monitoring"));
    m_config = new ConfigView(m_pages);
    m_pages->addWidget(m_config);
    m_navigationModel->addView(kConfigView, tr("Configuration"));
    m_deployment = new DeploymentView(m_pages);
    m_pages->addWidget(m_deployment);
    m_navigationModel->addView(kDeploymentView, tr("Deployment"));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setModel(m_navigationModel);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_pages->setCurrentIndex(current.row());
                if (auto *view = qobject_cast<ResourceView *>(m_pages->currentWidget())) {
                    view->ensureDetailsCurrent();
                    m_lastResourceView = view;
                }
                if (m_pages->currentWidget() == m_topology)
                    updateTopology();
                if (m_pages->currentWidget() == m_config)
                    updateConfig();
                updateActions();
            });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1000});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_cloudBox->setObjectName(u"cloudSelector"_s);
    m_cloudBox->setModel(m_clouds);
    m_cloudBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cloudBox->setToolTip(tr("The cloud and project the console shows"));
    connect(m_cloudBox, &QComboBox::activated, this, &MainWindow::onCloudChosen);

    createActions();
    createToolBar();
    createMenus();

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
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_cloudLabel);

    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_workspace, &Workspace::refreshStarted, this, [this] {
        m_busy->show();
        updateRefreshLabel();
    });
    connect(m_workspace, &Workspace::refreshSucceeded, this, [this] {
        m_busy->setVisible(m_workspace->isRefreshing());
        m_errorLabel->hide();
        updateRefreshLabel();
    });
    connect(m_workspace, &Workspace::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        updateWindowTitle();
        updateActions();
    });
    connect(m_autoRefresh, &QTimer::timeout, m_workspace, &Workspace::refresh);

    // Monitoring: statuses, counters (sandbox simulation or strongSwan VICI endpoints), history,
    // notifications and their settings.
    m_monitoringController = new MonitoringController(m_workspace, m_monitoring, {}, this);
    connect(m_monitoringController, &MonitoringController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_monitoringController->notifier(), &AlertNotifier::activated, this, [this] {
        setView(kMonitoringView);
        showNormal();
        raise();
        activateWindow();
    });
    // The topology shows what the tunnels really do where a counter source reports on them.
    connect(m_monitoringController->monitor(), &monitoring::Monitor::updated, this, [this] {
        QHash<QString, TopologyScene::LiveState> states;
        const auto live = monitoring::liveStates(m_monitoringController->monitor()->rows(), m_workspace->isSimulated());
        for (auto it = live.cbegin(); it != live.cend(); ++it)
            states.insert(it.key(), {it->up, it->text});
        m_topology->scene()->setLiveStates(states);
    });
    if (!m_monitoringController->historyError().isEmpty())
        statusBar()->showMessage(tr("Monitoring history unavailable: %1").arg(m_monitoringController->historyError()), 15000);

    resize(1280, 800);
    m_navigation->setCurrentIndex(m_navigationModel->index(0));
    restoreSettings();
    updateWindowTitle();
    updateRefreshLabel();
    updateActions();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (ResourceKind kind : kAllResourceKinds)
        names.append(kResourcesPrefix + resourceSlug(kind));
    names.append(kTopologyView);
    names.append(kMonitoringView);
    names.append(kConfigView);
    names.append(kDeploymentView);
    for (const QString &wizard : wizardNames())
        names.append(kWizardPrefix + wizard);
    return names;
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
    if (name.startsWith(kWizardPrefix)) {
        // "wizard:NAME" or "wizard:NAME:PAGE"
        const QStringList parts = name.mid(kWizardPrefix.size()).split(u':');
        bool pageOk = parts.size() == 1;
        const int page = parts.size() == 2 ? parts[1].toInt(&pageOk) : 1;
        if (!pageOk || page < 1 || !wizardNames().contains(parts[0]))
            return false;
        return openWizard(parts[0], page, true) != nullptr;
    }
    const QString view = name == u"resources" ? viewNames().first() : name;
    const int row = m_navigationModel->rowOf(view);
    if (row < 0)
        return false;
    m_navigation->setCurrentIndex(m_navigationModel->index(row));
    return true;
}

QString MainWindow::currentView() const
{
    return m_navigationModel->viewNameAt(m_navigation->currentIndex().row());
}

ResourceView *MainWindow::resourceView(ResourceKind kind) const
{
    for (ResourceView *view : m_resourceViews) {
        if (view->kind() == kind)
            return view;
    }
    return nullptr;
}

void MainWindow::setOfflineCloud(OfflineCloud *cloud)
{
    m_offlineCloud = cloud;
    m_monitoringController->setOfflineCloud(cloud);
    if (cloud) {
        // The simulated agent changes statuses on its own: show them as they happen.
        connect(cloud, &OfflineCloud::statusChanged, this, [this] {
            if (m_workspace->isSimulated())
                m_workspace->refresh();
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

void MainWindow::onCloudChosen(int row)
{
    m_errorLabel->hide();
    if (row == m_clouds->sandboxRow()) {
        if (!m_offlineCloud || !m_offlineCloud->isAvailable()) {
            m_workspace->disconnectFromCloud();
            m_errorLabel->setText(tr("The sandbox is not available: %1").arg(m_offlineCloud ? m_offlineCloud->unavailableReason() : QString()));
            m_errorLabel->show();
            updateWindowTitle();
            return;
        }
        m_workspace->connectTo(m_offlineCloud->cloudProfile(), m_offlineCloud->networkAccessManager(), true);
    } else if (const openstack::CloudProfile *profile = m_clouds->profileAt(row)) {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        m_workspace->connectTo(*profile, m_network, false);
    }
    QSettings().setValue(u"cloud/last"_s, m_clouds->index(row).data(CloudListModel::NameRole));
    updateWindowTitle();
}

void MainWindow::onStateChanged()
{
    const ServerState &state = m_workspace->state();
    const bool known = m_workspace->hasSnapshot();
    for (ResourceView *view : std::as_const(m_resourceViews))
        view->setState(state, known);
    m_navigationModel->setState(state, known);
    m_topologyStale = true;
    m_configStale = true;
    if (m_pages->currentWidget() == m_topology)
        updateTopology(); // otherwise when it is shown: 100 ms at 10,000 connections
    if (m_pages->currentWidget() == m_config)
        updateConfig();
    // A cloud without the extension: say why the wizards are off and what would enable them.
    const bool vpnaas = m_workspace->hasVpnaas();
    m_deployment->setVpnaasAvailable(vpnaas, m_workspace->cloudName());
    if (!vpnaas && known && m_deploymentShownFor != m_workspace->cloudName()) {
        m_deploymentShownFor = m_workspace->cloudName();
        setView(kDeploymentView);
    }
    updateActions();
}

void MainWindow::onRefreshFailed(const openstack::ApiError &error)
{
    m_busy->setVisible(m_workspace->isRefreshing());
    updateRefreshLabel();
    m_errorLabel->setText(tr("Refresh failed: %1").arg(error.userMessage()));
    m_errorLabel->setToolTip(m_workspace->hasSnapshot() ? tr("The tables still show the last good refresh.") : QString());
    m_errorLabel->setStyleSheet(errorBadgeStyleSheet());
    m_errorLabel->show();
}

void MainWindow::showError(const QString &what, const openstack::ApiError &error)
{
    m_errorLabel->setText(u"%1: %2"_s.arg(what, error.userMessage()));
    m_errorLabel->show();
    QMessageBox box(QMessageBox::Warning, what, what, QMessageBox::Ok, this);
    box.setInformativeText(error.userMessage());
    if (!error.requestId.isEmpty())
        box.setDetailedText(tr("Request: %1 %2\nRequest ID: %3").arg(error.method, error.url.toDisplayString(), error.requestId));
    box.exec();
}

void MainWindow::updateWindowTitle()
{
    QString cloud;
    if (!m_workspace->isConnected()) {
        cloud = tr("no cloud");
        m_cloudLabel->setText(tr("Not connected"));
        m_cloudLabel->setStyleSheet({});
    } else if (m_workspace->isSimulated()) {
        cloud = tr("Sandbox (offline, simulated)");
        m_cloudLabel->setText(tr("Sandbox · simulated agent, no real cloud"));
        m_cloudLabel->setToolTip(tr("The built-in offline cloud. Statuses and counters are simulated; "
                                    "nothing leaves this machine. File ▸ Reset sandbox restores the example."));
        m_cloudLabel->setStyleSheet(sandboxBadgeStyleSheet());
    } else {
        const openstack::CloudProfile &profile = m_workspace->profile();
        cloud = profile.projectName.isEmpty() ? profile.name : tr("%1 — %2").arg(profile.name, profile.projectName);
        m_cloudLabel->setText(tr("Cloud: %1").arg(cloud));
        m_cloudLabel->setToolTip(profile.source);
        m_cloudLabel->setStyleSheet({});
    }
    setWindowTitle(tr("%1 — VPNaaS Console").arg(cloud));
}

void MainWindow::updateRefreshLabel()
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

void MainWindow::updateActions()
{
    const bool connected = m_workspace->isConnected();
    m_refreshAction->setEnabled(connected);
    ResourceView *view = qobject_cast<ResourceView *>(m_pages->currentWidget());
    const QStringList selected = view ? view->selectedIds() : QStringList();
    m_deleteAction->setEnabled(connected && !selected.isEmpty());
    m_editAction->setEnabled(connected && selected.size() == 1);
    m_copyIdAction->setEnabled(!selected.isEmpty());
    const bool connection = view && view->kind() == ResourceKind::IpsecSiteConnection && selected.size() == 1;
    m_revealAction->setEnabled(connection);
    m_revealAction->setChecked(connection && view->isPskRevealed());
    m_resetSandboxAction->setEnabled(m_offlineCloud && m_workspace->isSimulated());
    const bool canCreate = connected && m_workspace->hasVpnaas();
    const QString why = connected && !m_workspace->hasVpnaas()
        ? tr("This cloud does not offer VPNaaS: see View ▸ Deployment")
        : QString();
    m_guidedAction->setEnabled(canCreate);
    m_guidedAction->setStatusTip(why);
    for (QAction *action : std::as_const(m_newActions)) {
        action->setEnabled(canCreate);
        action->setStatusTip(why);
    }
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Fetch everything again from the cloud (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_workspace, &Workspace::refresh);

    m_editAction = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this);
    m_editAction->setShortcut(Qt::Key_F2);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<ResourceView *>(m_pages->currentWidget()); view && view->selectedIds().size() == 1)
            openEditor(view->kind(), view->selectedIds().first());
    });

    m_deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_revealAction = new QAction(tr("Re&veal pre-shared key"), this);
    m_revealAction->setCheckable(true);
    m_revealAction->setToolTip(tr("Show the selected connection's pre-shared key in clear"));
    connect(m_revealAction, &QAction::toggled, this, [this](bool on) {
        if (auto *view = qobject_cast<ResourceView *>(m_pages->currentWidget()))
            view->setPskRevealed(on);
    });

    m_copyIdAction = new QAction(tr("Copy &ID"), this);
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<ResourceView *>(m_pages->currentWidget()))
            QGuiApplication::clipboard()->setText(view->selectedIds().join(u'\n'));
    });

    m_guidedAction = new QAction(QIcon::fromTheme(u"list-add"_s), tr("New &site-to-site VPN…"), this);
    m_guidedAction->setShortcut(QKeySequence::New);
    m_guidedAction->setToolTip(tr("Create everything a site-to-site tunnel needs, step by step"));
    connect(m_guidedAction, &QAction::triggered, this, [this] { openWizard(kSiteToSite); });
    for (ResourceKind kind : kAllResourceKinds) {
        QAction *action = new QAction(tr("%1…").arg(resourceSingularName(kind)), this);
        action->setObjectName(u"new-"_s + resourceWizardSlug(kind));
        connect(action, &QAction::triggered, this, [this, kind] { openWizard(resourceWizardSlug(kind)); });
        m_newActions.append(action);
    }

    m_resetSandboxAction = new QAction(tr("Reset &sandbox…"), this);
    connect(m_resetSandboxAction, &QAction::triggered, this, &MainWindow::resetSandbox);

    m_autoRefreshGroup = new QActionGroup(this);
    for (int seconds : kAutoRefreshChoices) {
        QAction *choice = m_autoRefreshGroup->addAction(seconds == 0 ? tr("Off") : tr("Every %1 s").arg(seconds));
        choice->setCheckable(true);
        choice->setData(seconds);
        connect(choice, &QAction::triggered, this, [this, seconds] { setAutoRefreshInterval(seconds); });
    }
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    for (QAction *choice : m_autoRefreshGroup->actions())
        choice->setChecked(choice->data().toInt() == m_autoRefreshSeconds);
    if (m_autoRefreshSeconds > 0)
        m_autoRefresh->start(m_autoRefreshSeconds * 1000);
    else
        m_autoRefresh->stop();
}

void MainWindow::createToolBar()
{
    // Toolbar buttons show action texts without "&", but a translated "(&R)" suffix stays: drop it.
    const auto plain = [](QAction *action) {
        static const QRegularExpression accelerator(u"\\(&.\\)|&"_s);
        action->setIconText(action->text().remove(accelerator).remove(u"…"_s).trimmed());
        return action;
    };
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("Cloud:"), bar);
    label->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_cloudBox);
    bar->addSeparator();
    bar->addAction(plain(m_guidedAction));
    bar->addAction(plain(m_refreshAction));
    bar->addAction(plain(m_editAction));
    bar->addAction(plain(m_deleteAction));
    bar->addAction(plain(m_revealAction));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_resetSandboxAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_guidedAction);
    QMenu *newMenu = edit->addMenu(tr("&New"));
    newMenu->addActions(m_newActions);
    edit->addSeparator();
    edit->addAction(m_editAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_revealAction);
    edit->addAction(m_copyIdAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const QString &name : viewNames()) {
        const int row = m_navigationModel->rowOf(name);
        view->addAction(m_navigationModel->index(row).data(Qt::ToolTipRole).toString(), this, [this, name] { setView(name); });
    }
    view->addSeparator();
    view->addAction(m_refreshAction);
    QMenu *autoRefresh = view->addMenu(tr("&Auto-refresh"));
    autoRefresh->addActions(m_autoRefreshGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VPNaaS Console"), this, [this] {
        QMessageBox::about(this, tr("About VPNaaS Console"),
                           tr("<h3>VPNaaS Console %1</h3><p>A desktop console for OpenStack Neutron "
                              "VPNaaS: wizards, topology, strongSwan config previews and live tunnel "
                              "health.</p><p>Licensed under the Apache License 2.0.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateTopology()
{
    if (m_topologyStale) {
        m_topologyStale = false;
        m_topology->setState(m_workspace->state(), m_workspace->networks());
    }
    // Show what the browser had selected.
    if (m_lastResourceView && !m_lastResourceView->currentId().isEmpty())
        m_topology->selectResource(m_lastResourceView->kind(), m_lastResourceView->currentId());
}

void MainWindow::updateConfig()
{
    if (m_configStale) {
        m_configStale = false;
        m_config->setState(m_workspace->state());
    }
    // The service or connection the browser had selected.
    if (m_lastResourceView && !m_lastResourceView->currentId().isEmpty())
        m_config->setTarget(m_lastResourceView->kind(), m_lastResourceView->currentId());
}

void MainWindow::showResource(ResourceKind kind, const QString &id)
{
    setView(kResourcesPrefix + resourceSlug(kind));
    if (ResourceView *view = resourceView(kind))
        view->selectResource(id);
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
        connect(guided, &SiteToSiteWizard::created, this,
                [this](const QString &id) { onWizardCreated(ResourceKind::IpsecSiteConnection, id); });
        if (sampleInput)
            guided->fillSampleInput();
        wizard = guided;
    } else {
        auto *single = new ResourceWizard(resourceKindFromWizardSlug(name).value_or(ResourceKind::IkePolicy), m_workspace, this);
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
        statusBar()->showMessage(tr("Saved %1 “%2”.").arg(resourceSingularName(k).toLower(),
                                                        nameOrId(k, savedId, m_workspace->state())),
                                 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::onWizardCreated(ResourceKind kind, const QString &id)
{
    statusBar()->showMessage(tr("Created %1 “%2”.").arg(resourceSingularName(kind).toLower(),
                                                      nameOrId(kind, id, m_workspace->state())),
                             8000);
    showResource(kind, id);
}

void MainWindow::deleteSelected()
{
    auto *view = qobject_cast<ResourceView *>(m_pages->currentWidget());
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
                    tr("Delete %1 %2?").arg(count).arg(count == 1 ? resourceSingularName(kind).toLower()
                                                                  : resourcePluralName(kind).toLower()),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteConfirmation"_s);
    QString details = names.join(u'\n');
    if (!blocked.isEmpty())
        details += u"\n\n"_s + tr("Kept, because they are in use:") + u'\n' + blocked.join(u'\n');
    box.setInformativeText(details);
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDelete"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    QCheckBox *alsoOrphans = nullptr;
    if (!plan.orphans.isEmpty()) {
        QStringList orphanNames;
        for (const ResourceRef &orphan : plan.orphans)
            orphanNames.append(u"%1 “%2”"_s.arg(resourceSingularName(orphan.kind), nameOrId(orphan.kind, orphan.id, state)));
        alsoOrphans = new QCheckBox(tr("Also delete what only these connections use: %1").arg(orphanNames.join(u", "_s)), &box);
        alsoOrphans->setObjectName(u"deleteOrphans"_s);
        box.setCheckBox(alsoOrphans);
    }
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    auto *run = new DeletionRun(m_workspace, plan.steps(alsoOrphans && alsoOrphans->isChecked()), this);
    connect(run, &DeletionRun::progress, this, [this](int step, int total, const QString &description) {
        m_busy->show();
        statusBar()->showMessage(tr("%1 (%2 of %3)…").arg(description).arg(step).arg(total));
    });
    connect(run, &DeletionRun::finished, this, [this, run](bool ok) {
        const int total = run->stepCount();
        m_busy->setVisible(m_workspace->isRefreshing());
        statusBar()->clearMessage();
        if (ok) {
            statusBar()->showMessage(total == 1 ? tr("Deleted 1 resource.") : tr("Deleted %n resources.", nullptr, total), 5000);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, findChild<QSplitter *>(u"mainSplitter"_s)->saveState());
    settings.setValue(u"mainWindow/view"_s, currentView());
    settings.setValue(u"refresh/autoSeconds"_s, m_autoRefreshSeconds);
    for (const ResourceView *view : std::as_const(m_resourceViews))
        view->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    findChild<QSplitter *>(u"mainSplitter"_s)->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    for (ResourceView *view : std::as_const(m_resourceViews))
        view->restoreSettings(settings);
    setAutoRefreshInterval(settings.value(u"refresh/autoSeconds"_s, 0).toInt());
    setView(settings.value(u"mainWindow/view"_s).toString());
}

} // namespace vpnaas::ui
