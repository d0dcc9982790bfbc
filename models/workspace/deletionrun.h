// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deletionplan.h"

#include "openstack/apierror.h"

#include <QObject>
#include <QPointer>

namespace vpnaas {

class JobSequence;
class Workspace;

/*!
 * Deletes resources through the workspace, one request at a time in the given order (a
 * DeletionPlan's steps(): connections before the groups and policies they used). The first
 * refusal stops the run: completedSteps() and error() say how far it got and the server's
 * reason; what was deleted before stays deleted (each delete patches the workspace's snapshot).
 * Step descriptions name the resources as the snapshot knew them when the run started.
 */
class DeletionRun : public QObject
{
    Q_OBJECT

public:
    DeletionRun(Workspace *workspace, QList<ResourceRef> steps, QObject *parent = nullptr);
    ~DeletionRun() override;

    void start();
    int stepCount() const { return int(m_steps.size()); }

    bool succeeded() const { return m_succeeded; }
    /*! The deletions that went through before the run stopped. */
    int completedSteps() const;
    /*! The server's refusal (or the network's error) of the failed step. */
    const openstack::ApiError &error() const;

Q_SIGNALS:
    /*! Step \a step (1-based) of \a total is being sent. */
    void progress(int step, int total, const QString &description);
    void finished(bool succeeded);

private:
    QPointer<Workspace> m_workspace;
    QList<ResourceRef> m_steps;
    JobSequence *m_sequence = nullptr;
    bool m_succeeded = false;
};

} // namespace vpnaas
