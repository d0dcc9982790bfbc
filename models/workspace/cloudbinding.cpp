// SPDX-License-Identifier: Apache-2.0
#include "cloudbinding.h"

#include "leftoverjournal.h"
#include "workspace.h"
#include "workspacelogging.h"

#include "openstack/session.h"

#include <QNetworkAccessManager>

namespace vpnaas {

CloudBinding::CloudBinding(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    if (!workspace || !workspace->isConnected()) {
        m_left = true;
        return;
    }
    m_serial = workspace->connectionSerial();
    m_profile = workspace->profile();
    m_network = workspace->client()->network();
    m_options = workspace->client()->options();
    connect(workspace, &Workspace::aboutToDisconnect, this, &CloudBinding::onAboutToDisconnect);
}

CloudBinding::~CloudBinding() = default;

bool CloudBinding::onWorkspace() const
{
    return !m_left && m_workspace && m_workspace->isConnected() && m_workspace->connectionSerial() == m_serial;
}

QString CloudBinding::cloudKey() const
{
    return LeftoverJournal::cloudKey(m_profile);
}

void CloudBinding::onAboutToDisconnect()
{
    if (m_left || !m_workspace || m_workspace->connectionSerial() != m_serial)
        return;
    m_left = true;
    qCInfo(lcWorkspace) << "the workspace lets cloud" << m_profile.name << "go; work bound to it continues on its own";
    Q_EMIT cloudLeaving();
}

openstack::NeutronClient *CloudBinding::client()
{
    if (onWorkspace())
        return m_workspace->client();
    m_left = true;
    if (!m_client && m_network) {
        m_session = new openstack::Session(m_profile, m_network, this);
        m_client = new openstack::NeutronClient(m_session, m_network, this);
        m_client->setOptions(m_options);
    }
    return m_client;
}

openstack::Job *CloudBinding::remove(const ResourceRef &ref)
{
    if (onWorkspace())
        return m_workspace->remove(ref.kind, ref.id);
    openstack::NeutronClient *own = client();
    if (!own)
        return nullptr;
    return withResource(ref.kind, [&]<typename T>(ResourceType<T>) -> openstack::Job * {
        return new openstack::DeleteJob<T>(own, ref.id);
    });
}

openstack::Job *CloudBinding::list(ResourceKind kind)
{
    openstack::NeutronClient *current = client();
    if (!current)
        return nullptr;
    return withResource(
        kind, [&]<typename T>(ResourceType<T>) -> openstack::Job * { return new openstack::ListJob<T>(current); });
}

} // namespace vpnaas
