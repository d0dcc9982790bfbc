// SPDX-License-Identifier: Apache-2.0
#include "statuspoller.h"

#include "openstack/neutronclient.h"
#include "openstack/neutronjobs.h"
#include "perf/background.h"
#include "perf/stallwatch.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {

StatusPoller::StatusPoller(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StatusPoller::pollNow);
}

StatusPoller::~StatusPoller() = default;

void StatusPoller::setClient(openstack::NeutronClient *client)
{
    if (openstack::Job *job = m_job) {
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
    m_inFlight = false;
    ++m_generation;
    m_client = client;
    m_statuses.clear();
    ++m_statusesVersion;
    m_lastSuccess = {};
    m_lastError = {};
    m_delayMs = m_intervalMs;
    if (m_running && m_client) {
        m_timer->stop();
        pollNow();
    }
}

void StatusPoller::setInterval(int milliseconds)
{
    m_intervalMs = std::max(100, milliseconds);
    m_delayMs = m_intervalMs;
}

void StatusPoller::start()
{
    m_running = true;
    pollNow();
}

void StatusPoller::stop()
{
    m_running = false;
    m_timer->stop();
}

bool StatusPoller::isRunning() const
{
    return m_running;
}

qint64 StatusPoller::age(const QDateTime &now) const
{
    return m_lastSuccess.isValid() ? m_lastSuccess.msecsTo(now) : -1;
}

void StatusPoller::scheduleNext()
{
    if (m_running)
        m_timer->start(m_delayMs);
}

void StatusPoller::pollNow()
{
    if (m_inFlight || !m_client)
        return;
    m_inFlight = true;
    openstack::ListQuery query;
    query.fields = {u"id"_s, u"status"_s};
    query.pageSize = m_pageSize;
    query.ownProjectOnly = true; // the connections the console shows (all of them in "All projects")
    auto *job = new openstack::ListIpsecSiteConnectionsJob(m_client, query);
    m_job = job;
    connect(job, &openstack::Job::finished, this, &StatusPoller::onPolled);
    job->start();
}

void StatusPoller::onPolled(openstack::Job *done)
{
    if (done != m_job)
        return; // a poll of a previous client
    auto *job = static_cast<openstack::ListIpsecSiteConnectionsJob *>(done);
    m_job = nullptr;
    m_inFlight = false;
    if (job->error().isError()) {
        if (job->error().kind == openstack::ApiError::Kind::Canceled)
            return;
        m_lastError = job->error();
        // Back off: a failing server gets fewer requests, up to the maximum.
        m_delayMs = std::min(m_maxBackoffMs, std::max(m_intervalMs, m_delayMs * 2));
        Q_EMIT pollFailed(m_lastError);
        scheduleNext();
        return;
    }
    // 10,000 connections take ~20 ms to compare with the last poll: on the pool for a big cloud,
    // no other poll meanwhile. The list is freed there too, if the job went first.
    auto compare = [items = job->items(), previous = m_statuses, now = QDateTime::currentDateTimeUtc()] {
        const perf::Scope scope("StatusPoller: compare", items.size());
        Compared result{{}, {}, now};
        result.seen.reserve(items.size());
        for (const IpsecSiteConnection &c : items)
            result.seen.insert(c.id, c.status.api());
        for (auto it = result.seen.cbegin(); it != result.seen.cend(); ++it) {
            const auto before = previous.constFind(it.key());
            if (before == previous.cend())
                result.changes.append({it.key(), now, QString(), it.value()});
            else if (*before != it.value())
                result.changes.append({it.key(), now, *before, it.value()});
        }
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (!result.seen.contains(it.key()))
                result.changes.append({it.key(), now, it.value(), QString()});
        }
        return result;
    };
    if (job->items().size() < perf::kBackgroundFrom) {
        apply(compare());
        return;
    }
    m_inFlight = true;
    perf::runInBackground(this, std::move(compare), [this, generation = m_generation](Compared &&compared) {
        if (generation != m_generation)
            return; // another client meanwhile
        m_inFlight = false;
        apply(std::move(compared));
    });
}

void StatusPoller::apply(Compared &&poll)
{
    const perf::Scope scope("StatusPoller::apply", poll.seen.size());
    if (!poll.changes.isEmpty())
        Q_EMIT transitions(poll.changes);
    for (const StatusTransition &change : std::as_const(poll.changes))
        Q_EMIT transition(change);
    if (QHash<QString, QString> previous = std::exchange(m_statuses, std::move(poll.seen));
        previous.size() >= perf::kBackgroundFrom)
        perf::releaseInBackground(std::move(previous));
    ++m_statusesVersion;
    m_lastSuccess = poll.now;
    m_lastError = {};
    m_delayMs = m_intervalMs;
    Q_EMIT polled(int(m_statuses.size()));
    scheduleNext();
    if (poll.changes.size() >= perf::kBackgroundFrom)
        perf::releaseInBackground(std::move(poll.changes)); // 10,000 first sightings are ~5 ms to free
}

} // namespace vpnaas::monitoring
