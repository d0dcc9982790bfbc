// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deletionplan.h"
#include "runcleanup.h"
#include "sitetositeplan.h"

#include "openstack/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace vpnaas {

class CloudBinding;
class JobSequence;
class Workspace;

/*!
 * Creates a SiteToSitePlan on the workspace's current cloud, one request at a time in the seed's
 * order (IKE policy, IPsec policy, VPN service, local group, peer group, connection). The run is
 * bound to that cloud (CloudBinding): a cloud switch stops it, and its rollback finishes on the
 * cloud it started on; nothing of it reaches another cloud.
 *
 * Every description it sends carries the run tag ("vpnaas-console run <uuid>"), so that what
 * the server created can be found again by listing: after a write whose outcome is unknown (a
 * timeout, reset or 5xx after the request went out, or a request canceled in flight) and after
 * every run, to catch a request the network layer sent twice. A write is never repeated.
 *
 * If a step fails, or cancel() is called while it creates, it deletes what it created and what it
 * found by the tag, connections first (RunCleanup), and reports both: the failed step with the
 * server's error, and what was removed, already gone, or left behind (with what blocks it).
 * What it could not delete or could not check is written to the LeftoverJournal of that cloud.
 *
 * The run belongs to whoever started it (the main window), not to a dialog; destroying it while
 * it runs stops at once and journals what is left (abandon()).
 */
class SiteToSiteRun : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, Creating, Checking, RollingBack, Finished };

    SiteToSiteRun(Workspace *workspace, SiteToSitePlan plan, QObject *parent = nullptr);
    ~SiteToSiteRun() override;

    void start();
    /*! While it creates: stop after canceling the request in flight, then roll back. Later: nothing. */
    void cancel();
    /*! Stops now (the application quits): what is not cleaned up is journalled; finished() follows at once. */
    void abandon();

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Ready && m_state != State::Finished; }
    bool isRollingBack() const { return m_state == State::RollingBack; }
    /*! The steps that send a request (new resources plus the connection). */
    int stepCount() const;
    /*! "vpnaas-console run <uuid>", in the description of everything this run creates. */
    QString runTag() const { return m_tag; }
    /*! The cloud (and project) the run is bound to, as the LeftoverJournal keys it. */
    QString cloudKey() const;
    /*! True once the workspace let the run's cloud go while it ran. */
    bool cloudLeft() const { return m_cloudLeft; }

    /*!
     * Whether a failed write may have been committed all the same: no answer (network error,
     * timeout, canceled in flight), a 5xx, or an unreadable 2xx. Such a failure is reconciled by
     * listing, never by sending the write again.
     */
    static bool isAmbiguousWrite(const openstack::ApiError &error);

    bool succeeded() const { return m_succeeded; }
    bool wasCanceled() const { return m_canceled; }
    /*! The failed step's description ("Step 3 of 6") and the server's error. */
    QString failedStep() const { return m_failedStep; }
    const openstack::ApiError &error() const { return m_error; }
    /*! What this run created, as the server's answers said. */
    const QList<ResourceRef> &created() const { return m_created; }
    /*! What it found by its tag although no answer said so (committed before a failure, or sent twice). */
    const QList<RunCleanup::Target> &adopted() const { return m_adopted; }
    /*! After a failure: what was deleted again. After success: duplicates that were deleted. */
    const QList<ResourceRef> &rolledBack() const { return m_rolledBack; }
    const QList<RunCleanup::Target> &alreadyGone() const { return m_alreadyGone; }
    /*! What could not be deleted (delete it by hand or at the next connect), with the errors. */
    const QList<RunCleanup::Failure> &leftBehind() const { return m_leftBehind; }
    /*! Kinds of which the server may hold one of this run's resources: listing them failed. */
    const QList<RunCleanup::Unsearched> &unknown() const { return m_unknown; }
    /*! Kinds whose request got no answer and was not found: the server may still create it (journalled). */
    const QList<RunCleanup::Unsearched> &late() const { return m_late; }
    /*! True when leftovers were written to the LeftoverJournal. */
    bool journalled() const { return m_journalled; }
    QString connectionId() const { return m_connectionId; }
    /*! Translated paragraphs for the user: what happened, what was cleaned up, what is left and why. */
    QStringList reportLines() const;
    QString report() const { return reportLines().join(u'\n'); }

Q_SIGNALS:
    void progress(int step, int total, const QString &description);
    void rollingBack(const QString &description);
    void finished(bool succeeded);

private:
    void onSequenceFinished(bool ok);
    void onCloudLeaving();
    void startCleanup(bool afterSuccess);
    void collect(RunCleanup *cleanup, bool afterSuccess);
    void journal();
    QList<ResourceKind> postedKinds() const;
    QString nameOf(const ResourceRef &ref) const;
    QString adoptedName(const ResourceRef &ref) const;

    QPointer<Workspace> m_workspace;
    SiteToSitePlan m_plan;
    CloudBinding *m_binding = nullptr;
    JobSequence *m_sequence = nullptr;
    RunCleanup *m_cleanup = nullptr;
    State m_state = State::Ready;
    QString m_tag;
    QList<ResourceKind> m_stepKinds;
    QHash<QString, QString> m_names;
    int m_stepIndex = -1;

    QList<ResourceRef> m_created;
    QList<RunCleanup::Target> m_adopted;
    QList<ResourceRef> m_rolledBack;
    QList<RunCleanup::Target> m_alreadyGone;
    QList<RunCleanup::Failure> m_leftBehind;
    QList<RunCleanup::Unsearched> m_unknown;
    QList<RunCleanup::Unsearched> m_late;
    QString m_failedStep;
    QString m_failedDescription;
    openstack::ApiError m_error;
    QString m_connectionId;
    bool m_succeeded = false;
    bool m_canceled = false;
    bool m_cloudLeft = false;
    bool m_ambiguous = false;
    bool m_journalled = false;
};

} // namespace vpnaas
