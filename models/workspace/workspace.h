// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/apierror.h"
#include "openstack/cloudprofile.h"
#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"

#include "vpnaas/capabilities.h"
#include "vpnaas/network.h"
#include "vpnaas/resourcetraits.h"
#include "vpnaas/serverstate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <type_traits>

class QNetworkAccessManager;

namespace vpnaas::openstack {
class ProjectDirectory;
class Session;
} // namespace vpnaas::openstack

namespace vpnaas {

/*!
 * What the console knows of one cloud and project: the last complete snapshot of the VPN
 * resources, routers (with their interfaces), subnets and networks, the server's capabilities,
 * and when and how fast it was fetched. Views and item models read it; wizards and dialogs write
 * through it.
 *
 * refresh() fetches everything in parallel and replaces the snapshot only when every request
 * succeeded: a failed refresh reports the error and keeps the data on screen. Writes (create,
 * update, remove) return the job, not started; on success the snapshot is patched at once with
 * the server's reply (before the job's other receivers run), and nothing else is read: a
 * connection's write reads the statuses only (refreshStatuses(), its service's follows it).
 * Statuses that change later (the agent) arrive through applyStatuses(): the monitor's poll,
 * or a status read; statusesChanged() names them, so views update those rows only.
 *
 * Every job the workspace creates (refresh, create, update, remove) is tracked until it
 * finishes; disconnectFromCloud() (and so a cloud switch) cancels them all after
 * aboutToDisconnect(), before the client and session go: none of them reaches the next cloud,
 * and none outlives its client. stillWaitingChanged() says when one of them is slow.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /*!
     * Talks to \a profile's cloud through \a network (not owned; it must outlive the session).
     * Drops the current snapshot and starts a refresh. \a simulated marks the built-in sandbox.
     */
    void connectTo(const openstack::CloudProfile &profile, QNetworkAccessManager *network, bool simulated = false);
    void disconnectFromCloud();

    bool isConnected() const { return m_client != nullptr; }
    /*! Timeouts for the next connectTo() (the current connection keeps its own). */
    void setHttpTimeouts(const openstack::HttpTimeouts &timeouts) { m_timeouts = timeouts; }
    const openstack::HttpTimeouts &httpTimeouts() const { return m_timeouts; }
    /*! A request of this workspace has waited longer than HttpTimeouts::stillWaitingMs. */
    bool isStillWaiting() const { return m_stillWaiting; }
    /*! Jobs created here that have not finished yet. */
    int runningJobs() const;
    /*!
     * Changes with every connectTo(): work that started on one connection compares it to know
     * whether it still talks to the same cloud (a guided run must never continue on another).
     */
    quint64 connectionSerial() const { return m_connectionSerial; }
    QString cloudName() const { return m_profile.name; }
    const openstack::CloudProfile &profile() const { return m_profile; }
    bool isSimulated() const { return m_simulated; }

    /*!
     * Regions and projects. The token's project and roles are known once Keystone answered
     * (scopeChanged()); projects() lists the user's projects (null for a cloud without Keystone).
     */
    QString projectId() const;
    QString projectName() const;
    /*! The token carries the admin role: "All projects" is offered. */
    bool isAdmin() const;
    openstack::ProjectDirectory *projects() const { return m_projects; }
    /*! The name Keystone gives project  id, else  id itself. */
    QString projectLabel(const QString &id) const;
    /*!
     * Lists show every project the token may see (an admin: all of them) instead of the token's
     * project only. Kept across reconnects of this workspace; refreshes at once when it changes.
     */
    void setAllProjects(bool all);
    bool allProjects() const { return m_allProjects; }
    /*!
     * The project new resources are created in while all projects are shown (an admin creating
     * for a project: the drafts' project_id); empty: the token's own project.
     */
    void setCreateProject(const QString &projectId) { m_createProject = projectId; }
    QString createProject() const { return m_createProject; }
    /*! Reconnects to the same cloud with a token scoped to project \a projectId (same credentials). */
    void switchProject(const QString &projectId);
    /*! Reconnects to the same cloud in region \a region (its catalog's endpoints there). */
    void switchRegion(const QString &region);
    openstack::NeutronClient *client() const { return m_client; }

    const ServerState &state() const { return m_state; }
    const QList<Network> &networks() const { return m_networks; }
    /*! The algorithm lists the server accepts (Zed's until the extension probe answered). */
    ServerCapabilities capabilities() const { return m_capabilities; }
    QStringList extensionAliases() const { return m_extensions; }
    /*! False once the probe showed the cloud has no `vpnaas` extension. */
    bool hasVpnaas() const { return !m_extensionsKnown || m_extensions.contains(QStringLiteral("vpnaas")); }
    bool hasSnapshot() const { return m_hasSnapshot; }

    bool isRefreshing() const { return m_refresh != nullptr; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    qint64 lastRefreshDurationMs() const { return m_lastRefreshMs; }
    const openstack::ApiError &lastError() const { return m_lastError; }

    /*! Starts a refresh; while one runs, another is queued to follow it (never two at once). */
    void refresh();
    /*!
     * Reads only the statuses of the VPN services and IPsec site connections (two GETs with
     * fields=id,status) and applies them (applyStatuses()): what a connection's write changes
     * beyond its own reply, and what the (simulated) agent changes on its own. Nothing while a
     * refresh runs, which brings them anyway; one more when asked during a read.
     */
    void refreshStatuses();
    /*!
     * Statuses of resources of \a kind seen elsewhere (the monitor's poll, a status read): the
     * snapshot takes those of the resources it has, and statusesChanged() names the ones that
     * changed. Resources it does not have are left to the next refresh.
     */
    void applyStatuses(ResourceKind kind, const QHash<QString, QString> &statuses);

    template<typename T, typename Draft>
    openstack::CreateJob<T, Draft> *create(Draft draft)
    {
        if constexpr (requires { draft.projectId; }) {
            if (m_allProjects && !m_createProject.isEmpty() && !draft.projectId)
                draft.projectId = m_createProject;
        }
        auto *job = new openstack::CreateJob<T, Draft>(m_client, std::move(draft));
        track(
            job, [this, job] { upsert(m_state.items<T>(), job->created()); }, ResourceTraits<T>::kind);
        return job;
    }

    template<typename T, typename Draft>
    openstack::UpdateJob<T, Draft> *update(const QString &id, Draft draft)
    {
        auto *job = new openstack::UpdateJob<T, Draft>(m_client, id, std::move(draft));
        track(
            job, [this, job] { upsert(m_state.items<T>(), job->updated()); }, ResourceTraits<T>::kind);
        return job;
    }

    /*! remove<T>() for the type of \a kind. */
    openstack::Job *remove(ResourceKind kind, const QString &id);

    template<typename T>
    openstack::DeleteJob<T> *remove(const QString &id)
    {
        auto *job = new openstack::DeleteJob<T>(m_client, id);
        track(
            job, [this, id] { m_state.items<T>().removeIf([&id](const T &item) { return item.id == id; }); },
            ResourceTraits<T>::kind);
        return job;
    }

Q_SIGNALS:
    void connectionChanged();
    /*!
     * The current cloud is about to be let go (a switch or a disconnect): the client
     * still works while this is delivered, so receivers can stop what they run on it.
     */
    void aboutToDisconnect();
    void refreshStarted();
    /*! The snapshot changed (a refresh or a write landed, or the cloud changed). */
    void stateChanged();
    /*!
     * Only the statuses of \a ids (of \a kind) changed in the snapshot (applyStatuses()):
     * views update those rows; stateChanged() is not emitted for it.
     */
    void statusesChanged(vpnaas::ResourceKind kind, const QStringList &ids);
    void refreshSucceeded(qint64 durationMs);
    void refreshFailed(const vpnaas::openstack::ApiError &error);
    /*! A write made through the workspace failed (its job says why as well). */
    void writeFailed(const vpnaas::openstack::ApiError &error);
    /*! A request has waited long (true), or no request waits long any more (false). */
    void stillWaitingChanged(bool waiting);
    /*! The token's project or roles, the project list or names, or the All projects mode changed. */
    void scopeChanged();

private:
    struct Refresh;
    void finishRefresh();
    /*!
     * A write's bookkeeping: on success \a onSuccess patches the snapshot with the server's
     * reply, and a write to a connection re-reads the statuses (its service's changes with it).
     */
    void track(openstack::Job *job, std::function<void()> onSuccess, ResourceKind kind);
    /*! Keeps \a job until it finishes, so that disconnectFromCloud() can cancel it. */
    void adopt(openstack::Job *job);
    void updateStillWaiting();

    template<typename T>
    static void upsert(QList<T> &list, const T &item)
    {
        for (T &existing : list) {
            if (existing.id == item.id) {
                existing = item;
                return;
            }
        }
        list.append(item);
    }

    openstack::CloudProfile m_profile;
    bool m_simulated = false;
    quint64 m_connectionSerial = 0;
    openstack::Session *m_session = nullptr;
    openstack::NeutronClient *m_client = nullptr;
    openstack::ProjectDirectory *m_projects = nullptr;
    bool m_allProjects = false;
    QString m_createProject;

    ServerState m_state;
    QList<Network> m_networks;
    ServerCapabilities m_capabilities;
    QStringList m_extensions;
    bool m_extensionsKnown = false;
    bool m_hasSnapshot = false;

    std::unique_ptr<Refresh> m_refresh;
    bool m_refreshAgain = false;
    int m_statusReads = 0; // jobs of the running refreshStatuses()
    bool m_statusReadAgain = false;
    quint64 m_statusGeneration = 0; // each disconnect: answers of older status reads are dropped
    QDateTime m_lastRefresh;
    qint64 m_lastRefreshMs = -1;
    openstack::ApiError m_lastError;

    openstack::HttpTimeouts m_timeouts;
    QList<QPointer<openstack::Job>> m_jobs;
    bool m_stillWaiting = false;
};

} // namespace vpnaas
