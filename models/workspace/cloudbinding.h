// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deletionplan.h"
#include "workspace.h"

#include "openstack/cloudprofile.h"
#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace vpnaas {

namespace openstack {
class Session;
}
/*!
 * Ties work to the cloud it started on. While the workspace still talks to that cloud (same
 * connectionSerial()), jobs go through the workspace, so its snapshot follows; once the
 * workspace is about to let that cloud go (aboutToDisconnect(), a cloud switch), cloudLeaving()
 * is emitted and every later job goes through a session and client of its own, made from the
 * same profile and network access manager, with the same request options. Nothing made through
 * a binding ever reaches another cloud.
 *
 * The binding owns its own session and client; it must outlive the jobs it made (their owner
 * keeps it until they finished). client() is null only when the network access manager is gone.
 */
class CloudBinding : public QObject
{
    Q_OBJECT

public:
    explicit CloudBinding(Workspace *workspace, QObject *parent = nullptr);
    ~CloudBinding() override;

    /*! True while jobs still go through the workspace (it talks to the same cloud). */
    bool onWorkspace() const;
    /*! True once the workspace let this cloud go (or never had it). */
    bool hasLeft() const { return !onWorkspace(); }
    const openstack::CloudProfile &profile() const { return m_profile; }
    /*! The key of this cloud and project in the LeftoverJournal. */
    QString cloudKey() const;
    /*! The client to use now (the workspace's, else this binding's own); null if none can be made. */
    openstack::NeutronClient *client();

    template<typename T, typename Draft>
    openstack::CreateJob<T, Draft> *create(Draft draft);
    /*! Deletes \a ref on this cloud (null job if no client can be made). */
    openstack::Job *remove(const ResourceRef &ref);
    /*! Lists every resource of \a kind on this cloud (a ListJob<T> for kind's type). */
    openstack::Job *list(ResourceKind kind);

Q_SIGNALS:
    /*! The workspace is about to let this cloud go: stop what runs on its client now. */
    void cloudLeaving();

private:
    void onAboutToDisconnect();

    QPointer<Workspace> m_workspace;
    quint64 m_serial = 0;
    bool m_left = false;
    openstack::CloudProfile m_profile;
    QPointer<QNetworkAccessManager> m_network;
    openstack::NeutronClient::Options m_options;
    openstack::Session *m_session = nullptr;
    openstack::NeutronClient *m_client = nullptr;
};

template<typename T, typename Draft>
openstack::CreateJob<T, Draft> *CloudBinding::create(Draft draft)
{
    if (onWorkspace())
        return m_workspace->create<T>(std::move(draft));
    openstack::NeutronClient *own = client();
    return own ? new openstack::CreateJob<T, Draft>(own, std::move(draft)) : nullptr;
}

} // namespace vpnaas
