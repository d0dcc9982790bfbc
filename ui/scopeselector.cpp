// SPDX-License-Identifier: Apache-2.0
#include "scopeselector.h"

#include "openstack/projectdirectory.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {
/*! The project box's entry for the admin's view of every project (never a Keystone id). */
const QString kAllProjects = u"*all*"_s;
} // namespace

ScopeSelector::ScopeSelector(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_regionLabel(new QLabel(tr("&Region:"), this))
    , m_region(new QComboBox(this))
    , m_projectLabel(new QLabel(tr("&Project:"), this))
    , m_project(new QComboBox(this))
    , m_filterLabel(new QLabel(tr("S&how:"), this))
    , m_filter(new QComboBox(this))
{
    setObjectName(u"scopeSelector"_s);
    m_region->setObjectName(u"regionSelector"_s);
    m_project->setObjectName(u"projectSelector"_s);
    m_filter->setObjectName(u"projectFilter"_s);
    m_regionLabel->setBuddy(m_region);
    m_projectLabel->setBuddy(m_project);
    m_filterLabel->setBuddy(m_filter);
    m_region->setToolTip(tr("The region of the cloud the console shows (its regions: list)"));
    m_project->setToolTip(tr("The project the console shows and creates in; “All projects” is offered to admins"));
    m_filter->setToolTip(tr("Show the resources of one project, and create new ones in it"));
    for (QComboBox *box : {m_region, m_project, m_filter})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *label : {m_regionLabel, m_projectLabel, m_filterLabel})
        label->setContentsMargins(10, 0, 4, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_region);
    layout->addWidget(m_projectLabel);
    layout->addWidget(m_project);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_filter);

    connect(m_region, &QComboBox::activated, this, [this](int index) {
        const QString region = m_region->itemText(index);
        if (region != m_workspace->profile().regionName)
            Q_EMIT regionChosen(region);
    });
    connect(m_project, &QComboBox::activated, this, [this](int index) {
        const QString id = m_project->itemData(index).toString();
        if (id == kAllProjects) {
            if (!m_workspace->allProjects())
                Q_EMIT allProjectsChosen();
        } else if (m_workspace->allProjects() || id != m_workspace->projectId()) {
            Q_EMIT projectChosen(id);
        }
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT projectFilterChanged(projectFilter());
    });
    connect(workspace, &Workspace::connectionChanged, this, &ScopeSelector::update);
    connect(workspace, &Workspace::scopeChanged, this, &ScopeSelector::update);
    update();
}

QString ScopeSelector::projectFilter() const
{
    return m_filter->isVisibleTo(this) ? m_filter->currentData().toString() : QString();
}

void ScopeSelector::update()
{
    m_updating = true;
    const QString filterBefore = projectFilter();
    const bool real = m_workspace->isConnected() && !m_workspace->isSimulated();
    const QStringList regions = real ? m_workspace->profile().regions : QStringList();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(regions);
        m_region->setCurrentIndex(int(regions.indexOf(m_workspace->profile().regionName)));
    }
    m_regionLabel->setVisible(regions.size() > 1);
    m_region->setVisible(regions.size() > 1);

    const openstack::ProjectDirectory *directory = real ? m_workspace->projects() : nullptr;
    const bool projects = directory && directory->isLoaded();
    {
        const QSignalBlocker blocker(m_project);
        m_project->clear();
        if (projects) {
            for (const openstack::ProjectInfo &project : directory->projects()) {
                m_project->addItem(project.name.isEmpty() ? project.id : project.name, project.id);
                m_project->setItemData(m_project->count() - 1, project.id, Qt::ToolTipRole);
            }
            if (m_workspace->isAdmin())
                m_project->addItem(tr("All projects"), kAllProjects);
            const QString current = m_workspace->allProjects() ? kAllProjects : m_workspace->projectId();
            m_project->setCurrentIndex(m_project->findData(current));
        }
    }
    m_projectLabel->setVisible(projects);
    m_project->setVisible(projects);

    const bool all = projects && m_workspace->allProjects();
    {
        const QString previous = m_filter->currentData().toString();
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        if (all) {
            m_filter->addItem(tr("Every project"), QString());
            QList<std::pair<QString, QString>> named;
            const QHash<QString, QString> &names = directory->names();
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                named.append({it.value().isEmpty() ? it.key() : it.value(), it.key()});
            std::sort(named.begin(), named.end(),
                      [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
            for (const auto &[name, id] : named) {
                m_filter->addItem(name, id);
                m_filter->setItemData(m_filter->count() - 1, id, Qt::ToolTipRole);
            }
            m_filter->setCurrentIndex(std::max(0, m_filter->findData(previous)));
        }
    }
    m_filterLabel->setVisible(all);
    m_filter->setVisible(all);
    m_updating = false;
    if (projectFilter() != filterBefore)
        Q_EMIT projectFilterChanged(projectFilter());
}

} // namespace vpnaas::ui
