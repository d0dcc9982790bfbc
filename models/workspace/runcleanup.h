// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deletionplan.h"

#include "openstack/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace vpnaas {

namespace openstack {
class Job;
}
class CloudBinding;
class Workspace;

/*!
 * Deletes what a guided run created, on the cloud the run is bound to (CloudBinding): the
 * resources it knows by id, and the ones it finds by listing because they carry the run's tag in
 * their description (a create the server committed although the answer never arrived, or a
 * duplicate a re-sent request made). Connections go first, then endpoint groups, services and
 * policies, so nothing it deletes is still in use by something it deletes later.
 *
 * Every resource ends in deleted(), alreadyGone() (404: someone else deleted it) or failures()
 * with the server's error and, for an "in use" refusal, the connection that blocks it. A kind whose
 * list failed is in unsearched(): whether the server created one is unknown. If the bound cloud
 * is let go while a request is in flight (cloud switch), that request is repeated once on the
 * binding's own connection. finished() is emitted once; the object deletes itself never.
 */
class RunCleanup : public QObject
{
    Q_OBJECT

public:
    struct Target {
        ResourceRef ref;
        QString name;
        bool operator==(const Target &other) const = default;
    };
    struct Failure {
        Target target;
        openstack::ApiError error;
        /*! For an "in use" refusal: "connection “conn” (id)", what still uses it; else empty. */
        QString blocker;
    };
    struct Unsearched {
        ResourceKind kind = ResourceKind::IkePolicy;
        openstack::ApiError error;
    };

    explicit RunCleanup(CloudBinding *binding, QObject *parent = nullptr);
    ~RunCleanup() override;

    /*!
     * Deletes what the LeftoverJournal holds for \a workspace's current cloud: the ids, and what
     * carries a journalled run tag in the journalled kinds. When it finished, the journal keeps
     * only what still failed (or could not be listed). Returns the started clean-up (it owns its
     * binding; delete it after finished()), or null when the journal has nothing for this cloud.
     */
    static RunCleanup *cleanUpJournal(Workspace *workspace, QObject *parent = nullptr);

    /*! Deletes \a target (give them newest first; the dependency order is kept above that). */
    void addTarget(const Target &target);
    /*! Also lists \a kinds and deletes each resource whose description contains one of \a tags, except \a keepIds. */
    void setSearch(const QStringList &tags, const QList<ResourceKind> &kinds, const QStringList &keepIds = {});
    void start();
    /*! Stops now: what is not done yet ends in failures()/unsearched() with a Canceled error; finished() follows at
     * once. */
    void abandon();
    bool isRunning() const { return m_running; }

    const QList<Target> &deleted() const { return m_deleted; }
    const QList<Target> &alreadyGone() const { return m_gone; }
    /*! Found by the tag (not known by id before). */
    const QList<Target> &adopted() const { return m_adopted; }
    const QList<Failure> &failures() const { return m_failures; }
    const QList<Unsearched> &unsearched() const { return m_unsearched; }

Q_SIGNALS:
    void progress(const QString &description);
    void finished();

private:
    void search(ResourceKind kind);
    void mergeSearch();
    void endSearch();
    void stopSearches();
    void next();
    void sortTargets();
    void run(openstack::Job *job, const QString &description, std::function<void(openstack::Job *)> done);
    void onCloudLeaving();
    void finish();

    QPointer<CloudBinding> m_binding;
    QList<Target> m_targets;
    QStringList m_tags;
    QList<ResourceKind> m_searchKinds;
    QStringList m_keep;

    enum class Phase { Search, Delete, Blockers, Done };
    Phase m_phase = Phase::Search;
    int m_index = 0;
    bool m_running = false;
    bool m_retrying = false;
    QPointer<openstack::Job> m_current;
    // The search lists every kind at once: the lists out, what they found, the kinds that failed.
    QHash<openstack::Job *, ResourceKind> m_searching;
    QSet<openstack::Job *> m_retry; // canceled to be sent again on the binding's client
    QHash<ResourceKind, QList<Target>> m_found;
    QHash<ResourceKind, openstack::ApiError> m_searchErrors;

    QList<Target> m_deleted;
    QList<Target> m_gone;
    QList<Target> m_adopted;
    QList<Failure> m_failures;
    QList<Unsearched> m_unsearched;
};

} // namespace vpnaas
