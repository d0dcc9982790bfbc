// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/apierror.h"
#include "openstack/job.h"
#include "openstack/neutronclient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace vpnaas {

/*!
 * Runs REST jobs one after another (deleting a connection before its policies, creating the
 * guided wizard's resources in order). Each step makes its job when its turn comes, so it can
 * use what earlier steps returned. The first failure stops the sequence; error() and
 * failedStep() say where and why. Deletes itself never; the owner decides.
 */
class JobSequence : public QObject
{
    Q_OBJECT

public:
    struct Step {
        QString description;
        /*! Returns the job to run (not started), or nullptr to skip the step. */
        std::function<openstack::Job *()> makeJob;
        /*! Called with the finished job when it succeeded (before the next step starts). */
        std::function<void(openstack::Job *)> onSuccess = {};
    };

    explicit JobSequence(QObject *parent = nullptr);
    ~JobSequence() override;

    void append(Step step);
    /*! Keep going after a failed step (cleanups: delete what can be deleted); off by default. */
    void setContinueOnFailure(bool keepGoing) { m_continueOnFailure = keepGoing; }
    /*! With continueOnFailure: every failed step and its error. */
    const QList<std::pair<int, openstack::ApiError>> &failures() const { return m_failures; }
    int stepCount() const { return int(m_steps.size()); }
    void start();
    /*! Stops after the running step (its job is canceled); finished(false) follows. */
    void cancel();

    bool isRunning() const { return m_running; }
    int completedSteps() const { return m_completed; }
    int failedStep() const { return m_failed; }
    const openstack::ApiError &error() const { return m_error; }

Q_SIGNALS:
    void stepStarted(int index, const QString &description);
    void finished(bool succeeded);

private:
    void runNext();

    QList<Step> m_steps;
    QPointer<openstack::Job> m_current;
    int m_next = 0;
    int m_completed = 0;
    int m_failed = -1;
    bool m_running = false;
    bool m_canceled = false;
    bool m_continueOnFailure = false;
    QList<std::pair<int, openstack::ApiError>> m_failures;
    openstack::ApiError m_error;
};

} // namespace vpnaas
