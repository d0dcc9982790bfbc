// SPDX-License-Identifier: Apache-2.0
#include "jobsequence.h"

#include <QTimer>

namespace vpnaas {

JobSequence::JobSequence(QObject *parent)
    : QObject(parent)
{
}

JobSequence::~JobSequence()
{
    // The job's finished() must not reach us now: with continueOnFailure it would run the next
    // steps, whose lambdas may capture an owner that is being destroyed (review defect 2).
    m_running = false;
    m_steps.clear();
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->cancel();
    }
}

void JobSequence::append(Step step)
{
    m_steps.append(std::move(step));
}

void JobSequence::start()
{
    if (m_running)
        return;
    m_running = true;
    m_next = 0;
    m_completed = 0;
    m_failed = -1;
    m_canceled = false;
    m_error = {};
    m_failures.clear();
    // Asynchronous even for an empty sequence: callers connect after start() returns too.
    QTimer::singleShot(0, this, &JobSequence::runNext);
}

void JobSequence::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_current)
        m_current->cancel();
}

void JobSequence::runNext()
{
    while (m_next < m_steps.size()) {
        if (m_canceled) {
            m_error.kind = openstack::ApiError::Kind::Canceled;
            m_failed = m_next;
            break;
        }
        const int index = m_next++;
        openstack::Job *job = m_steps[index].makeJob();
        if (!job) {
            ++m_completed;
            continue;
        }
        m_current = job;
        Q_EMIT stepStarted(index, m_steps[index].description);
        connect(job, &openstack::Job::finished, this, [this, index](openstack::Job *done) {
            m_current = nullptr;
            if (done->error().isError()) {
                if (m_failed < 0) {
                    m_error = done->error();
                    m_failed = index;
                }
                m_failures.append({index, done->error()});
                if (m_continueOnFailure) {
                    runNext();
                    return;
                }
                m_running = false;
                Q_EMIT finished(false);
                return;
            }
            ++m_completed;
            if (m_steps[index].onSuccess)
                m_steps[index].onSuccess(done);
            runNext();
        });
        job->start();
        return;
    }
    m_running = false;
    Q_EMIT finished(m_failed < 0);
}

} // namespace vpnaas
