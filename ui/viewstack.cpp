// SPDX-License-Identifier: Apache-2.0
#include "viewstack.h"

#include "browser/resourceview.h"
#include "config/configview.h"
#include "deployment/deploymentview.h"
#include "monitoring/monitoringview.h"
#include "topology/topologyview.h"

#include "itemmodels/navigationmodel.h"
#include "perf/stallwatch.h"
#include "workspace/workspace.h"

#include <QListView>
#include <QSettings>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {
const QString kResourcesPrefix = u"resources:"_s;
} // namespace

const QString ViewStack::kTopology = u"topology"_s;
const QString ViewStack::kMonitoring = u"monitoring"_s;
const QString ViewStack::kConfig = u"config"_s;
const QString ViewStack::kDeployment = u"deployment"_s;

ViewStack::ViewStack(Workspace *workspace, QWidget *parent)
    : QSplitter(parent)
    , m_workspace(workspace)
    , m_navigationModel(new NavigationModel(this))
    , m_navigation(new QListView(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"mainSplitter"_s);
    for (ResourceKind kind : kAllResourceKinds) {
        auto *view = new ResourceView(kind, m_pages);
        m_resourceViews.append(view);
        m_pages->addWidget(view);
        connect(view, &ResourceView::selectionChanged, this, &ViewStack::selectionChanged);
        connect(view, &ResourceView::pskRevealedChanged, this, &ViewStack::selectionChanged);
        connect(view, &ResourceView::editRequested, this,
                [this, view](const QString &id) { Q_EMIT editRequested(view->kind(), id); });
        connect(view, &ResourceView::resourceActivated, this, &ViewStack::showResource);
    }
    m_topology = new TopologyView(m_pages);
    m_pages->addWidget(m_topology);
    m_navigationModel->addView(kTopology, tr("Topology"));
    connect(m_topology, &TopologyView::resourceActivated, this, &ViewStack::showResource);
    m_monitoring = new MonitoringView(m_pages);
    m_pages->addWidget(m_monitoring);
    m_navigationModel->addView(kMonitoring, tr("Monitoring"));
    m_config = new ConfigView(m_pages);
    m_pages->addWidget(m_config);
    m_navigationModel->addView(kConfig, tr("Configuration"));
    m_deployment = new DeploymentView(m_pages);
    m_pages->addWidget(m_deployment);
    m_navigationModel->addView(kDeployment, tr("Deployment"));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setModel(m_navigationModel);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ViewStack::onCurrentRowChanged);

    addWidget(m_navigation);
    addWidget(m_pages);
    setStretchFactor(1, 1);
    setSizes({230, 1000});
    setChildrenCollapsible(false);

    connect(workspace, &Workspace::stateChanged, this, &ViewStack::onStateChanged);
    connect(workspace, &Workspace::statusesChanged, this, &ViewStack::onStatusesChanged);
    m_navigation->setCurrentIndex(m_navigationModel->index(0));
}

ViewStack::~ViewStack() = default;

QStringList ViewStack::viewNames()
{
    QStringList names;
    for (ResourceKind kind : kAllResourceKinds)
        names.append(resourceViewName(kind));
    names.append({kTopology, kMonitoring, kConfig, kDeployment});
    return names;
}

QString ViewStack::resourceViewName(ResourceKind kind)
{
    return kResourcesPrefix + resourceSlug(kind);
}

bool ViewStack::setView(const QString &name)
{
    const QString view = name == u"resources" ? viewNames().first() : name;
    const int row = m_navigationModel->rowOf(view);
    if (row < 0)
        return false;
    m_navigation->setCurrentIndex(m_navigationModel->index(row));
    return true;
}

QString ViewStack::currentView() const
{
    return m_navigationModel->viewNameAt(m_navigation->currentIndex().row());
}

QString ViewStack::viewTitle(const QString &name) const
{
    return m_navigationModel->index(m_navigationModel->rowOf(name)).data(Qt::ToolTipRole).toString();
}

ResourceView *ViewStack::resourceView(ResourceKind kind) const
{
    for (ResourceView *view : m_resourceViews) {
        if (view->kind() == kind)
            return view;
    }
    return nullptr;
}

ResourceView *ViewStack::currentResourceView() const
{
    return qobject_cast<ResourceView *>(m_pages->currentWidget());
}

void ViewStack::setProjectScope(bool allProjects, const QHash<QString, QString> &projectNames)
{
    for (ResourceView *view : std::as_const(m_resourceViews))
        view->setProjectScope(allProjects, projectNames);
}

void ViewStack::setProjectFilter(const QString &projectId)
{
    for (ResourceView *view : std::as_const(m_resourceViews))
        view->setProjectFilter(projectId);
}

void ViewStack::showResource(ResourceKind kind, const QString &id)
{
    setView(resourceViewName(kind));
    if (ResourceView *view = resourceView(kind))
        view->selectResource(id);
}

void ViewStack::onCurrentRowChanged(const QModelIndex &current)
{
    if (current.isValid())
        m_pages->setCurrentIndex(current.row());
    if (ResourceView *view = currentResourceView()) {
        view->ensureDetailsCurrent();
        m_lastResourceView = view;
    }
    if (m_pages->currentWidget() == m_topology)
        updateTopology();
    if (m_pages->currentWidget() == m_config)
        updateConfig();
    Q_EMIT currentViewChanged();
}

void ViewStack::onStatusesChanged(ResourceKind kind, const QStringList &ids)
{
    const perf::Scope scope("ViewStack::onStatusesChanged", ids.size());
    const ServerState &state = m_workspace->state();
    // Rows of that kind change in place; every detail pane follows (a service's lists its connections).
    for (ResourceView *view : std::as_const(m_resourceViews))
        view->updateStatuses(state, view->kind() == kind ? ids : QStringList());
    m_navigationModel->setState(state, m_workspace->hasSnapshot());
    m_topologyStale = true;
    if (m_pages->currentWidget() == m_topology)
        updateTopology();
}

void ViewStack::onStateChanged()
{
    const perf::Scope scope("ViewStack::onStateChanged");
    const ServerState &state = m_workspace->state();
    const bool known = m_workspace->hasSnapshot();
    const cli::CliTarget target = cli::cliTarget(m_workspace);
    for (ResourceView *view : std::as_const(m_resourceViews)) {
        view->setCliTarget(target);
        view->setState(state, known);
    }
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
        setView(kDeployment);
    }
}

void ViewStack::updateTopology()
{
    if (m_topologyStale) {
        m_topologyStale = false;
        m_topology->setState(m_workspace->state(), m_workspace->networks());
    }
    // Show what the browser had selected.
    if (m_lastResourceView && !m_lastResourceView->currentId().isEmpty())
        m_topology->selectResource(m_lastResourceView->kind(), m_lastResourceView->currentId());
}

void ViewStack::updateConfig()
{
    if (m_configStale) {
        m_configStale = false;
        m_config->setServerDialect(strongswan::dialectFor(m_workspace->capabilities()));
        m_config->setState(m_workspace->state());
    }
    // The service or connection the browser had selected.
    if (m_lastResourceView && !m_lastResourceView->currentId().isEmpty())
        m_config->setTarget(m_lastResourceView->kind(), m_lastResourceView->currentId());
}

void ViewStack::saveSettings(QSettings &settings) const
{
    settings.setValue(u"mainWindow/splitter"_s, saveState());
    settings.setValue(u"mainWindow/view"_s, currentView());
    for (const ResourceView *view : std::as_const(m_resourceViews))
        view->saveSettings(settings);
}

void ViewStack::restoreSettings(const QSettings &settings)
{
    restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    for (ResourceView *view : std::as_const(m_resourceViews))
        view->restoreSettings(settings);
    setView(settings.value(u"mainWindow/view"_s).toString());
}

} // namespace vpnaas::ui
