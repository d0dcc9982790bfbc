// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deletionplan.h"
#include "sitetositeplan.h"

#include "openstack/apierror.h"
#include "vpnaas/endpointgroup.h"
#include "vpnaas/ikepolicy.h"
#include "vpnaas/ipsecpolicy.h"
#include "vpnaas/ipsecsiteconnection.h"
#include "vpnaas/vpnservice.h"

#include <QObject>
#include <QPointer>

namespace vpnaas {

class JobSequence;
class Workspace;

/*!
 * Creates a SiteToSitePlan through the workspace, one request at a time in the seed's order
 * (IKE policy, IPsec policy, VPN service, local group, peer group, connection). If a step fails
 * it deletes what this run created, newest first, and reports both: the failed step with the
 * server's error, and what was removed or (if a delete failed too) left behind.
 */
class SiteToSiteRun : public QObject
{
    Q_OBJECT

public:
    SiteToSiteRun(Workspace *workspace, SiteToSitePlan plan, QObject *parent = nullptr);
    ~SiteToSiteRun() override;

    void start();
    /*! The steps that send a request (new resources plus the connection). */
    int stepCount() const;

    bool succeeded() const { return m_succeeded; }
    /*! The failed step's description and the server's error. */
    QString failedStep() const { return m_failedStep; }
    const openstack::ApiError &error() const { return m_error; }
    /*! What this run created (and, after a failure, deleted again). */
    const QList<ResourceRef> &created() const { return m_created; }
    const QList<ResourceRef> &rolledBack() const { return m_rolledBack; }
    /*! After a failure: what could not be deleted (delete it by hand), with the errors. */
    const QList<std::pair<ResourceRef, openstack::ApiError>> &leftBehind() const { return m_leftBehind; }
    QString connectionId() const { return m_connectionId; }
    /*! A translated paragraph for the user: what happened, what was cleaned up. */
    QString report() const;

Q_SIGNALS:
    void progress(int step, int total, const QString &description);
    void rollingBack(const QString &description);
    void finished(bool succeeded);

private:
    void rollBack();

    QPointer<Workspace> m_workspace;
    SiteToSitePlan m_plan;
    JobSequence *m_sequence = nullptr;
    QList<ResourceRef> m_created;
    QList<ResourceRef> m_rolledBack;
    QList<std::pair<ResourceRef, openstack::ApiError>> m_leftBehind;
    QString m_failedStep;
    openstack::ApiError m_error;
    QString m_connectionId;
    bool m_succeeded = false;
    int m_stepIndex = 0;
};

} // namespace vpnaas
