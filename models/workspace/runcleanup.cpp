// SPDX-License-Identifier: Apache-2.0
#include "runcleanup.h"

#include "cloudbinding.h"
#include "leftoverjournal.h"
#include "workspacelogging.h"

#include "itemmodels/resourcekind.h"
#include "openstack/neutronjobs.h"
#include "vpnaas/validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::RunCleanup)
};

/*! Dependents first: a connection uses groups, a service and policies. */
int deletionRank(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::IpsecSiteConnection:
        return 0;
    case ResourceKind::EndpointGroup:
        return 1;
    case ResourceKind::VpnService:
        return 2;
    case ResourceKind::IpsecPolicy:
        return 3;
    case ResourceKind::IkePolicy:
        return 4;
    }
    return 5;
}

/*! Neutron refuses to delete what a connection uses: 409 for most, 400 EndpointGroupInUse for groups. */
bool isInUse(const openstack::ApiError &error)
{
    return error.kind == openstack::ApiError::Kind::Conflict || error.type.endsWith(u"InUse"_s);
}

openstack::ApiError canceledError()
{
    openstack::ApiError error;
    error.kind = openstack::ApiError::Kind::Canceled;
    error.message = Text::tr("not attempted: the clean-up was stopped");
    return error;
}

} // namespace

RunCleanup::RunCleanup(CloudBinding *binding, QObject *parent)
    : QObject(parent)
    , m_binding(binding)
{
    if (binding)
        connect(binding, &CloudBinding::cloudLeaving, this, &RunCleanup::onCloudLeaving);
}

RunCleanup::~RunCleanup()
{
    stopSearches();
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->cancel();
    }
}

RunCleanup *RunCleanup::cleanUpJournal(Workspace *workspace, QObject *parent)
{
    if (!workspace || !workspace->isConnected())
        return nullptr;
    const QString key = LeftoverJournal::cloudKey(workspace->profile());
    const QList<Leftover> leftovers = LeftoverJournal::entries(key);
    if (leftovers.isEmpty())
        return nullptr;
    auto *cleanup = new RunCleanup(nullptr, parent);
    auto *binding = new CloudBinding(workspace, cleanup);
    cleanup->m_binding = binding;
    connect(binding, &CloudBinding::cloudLeaving, cleanup, &RunCleanup::onCloudLeaving);
    QStringList tags;
    QList<ResourceKind> kinds;
    for (const Leftover &l : leftovers) {
        if (!l.id.isEmpty()) {
            cleanup->addTarget({{l.kind, l.id}, l.name});
        } else {
            tags.append(l.tag);
            kinds.append(l.kind);
        }
    }
    cleanup->setSearch(tags, kinds);
    connect(cleanup, &RunCleanup::finished, cleanup, [cleanup, key, leftovers] {
        // Forget what is gone, and the "may exist" entries whose kind could be listed.
        QList<Leftover> done;
        const QList<Target> gone = cleanup->deleted() + cleanup->alreadyGone();
        for (const Leftover &l : leftovers) {
            const bool listed = std::none_of(cleanup->unsearched().cbegin(), cleanup->unsearched().cend(),
                                             [&](const Unsearched &u) { return u.kind == l.kind; });
            const bool deleted
                = std::any_of(gone.cbegin(), gone.cend(), [&](const Target &t) { return t.ref.id == l.id; });
            if (l.id.isEmpty() ? listed : deleted)
                done.append(l);
        }
        LeftoverJournal::remove(key, done);
        QList<Leftover> still;
        for (const Failure &f : cleanup->failures())
            still.append({f.target.ref.kind, f.target.ref.id, f.target.name, {}, f.error.userMessage()});
        LeftoverJournal::add(key, still);
        qCInfo(lcWorkspace) << "leftover clean-up for" << key << ":" << cleanup->deleted().size() << "deleted,"
                            << still.size() << "still left";
    });
    cleanup->start();
    return cleanup;
}

void RunCleanup::addTarget(const Target &target)
{
    if (!target.ref.id.isEmpty() && !m_targets.contains(target))
        m_targets.append(target);
}

void RunCleanup::setSearch(const QStringList &tags, const QList<ResourceKind> &kinds, const QStringList &keepIds)
{
    m_tags = tags;
    m_tags.removeAll(QString());
    m_searchKinds.clear();
    for (ResourceKind kind : kinds) {
        if (!m_searchKinds.contains(kind))
            m_searchKinds.append(kind);
    }
    m_keep = keepIds;
}

void RunCleanup::start()
{
    if (m_running)
        return;
    m_running = true;
    m_phase = m_tags.isEmpty() || m_searchKinds.isEmpty() ? Phase::Delete : Phase::Search;
    m_index = 0;
    if (m_phase == Phase::Delete)
        sortTargets();
    QMetaObject::invokeMethod(this, &RunCleanup::next, Qt::QueuedConnection);
}

void RunCleanup::sortTargets()
{
    std::stable_sort(m_targets.begin(), m_targets.end(), [](const Target &a, const Target &b) {
        return deletionRank(a.ref.kind) < deletionRank(b.ref.kind);
    });
}

void RunCleanup::onCloudLeaving()
{
    // The requests in flight go to a client that is about to be deleted: repeat them on the
    // binding's own connection to the same cloud.
    for (openstack::Job *job : m_searching.keys()) {
        m_retry.insert(job);
        job->cancel();
    }
    if (!m_current)
        return;
    m_retrying = true;
    m_current->cancel();
}

void RunCleanup::run(openstack::Job *job, const QString &description, std::function<void(openstack::Job *)> done)
{
    m_current = job;
    Q_EMIT progress(description);
    connect(job, &openstack::Job::finished, this, [this, done = std::move(done)](openstack::Job *finished) {
        m_current = nullptr;
        if (finished->error().kind == openstack::ApiError::Kind::Canceled && m_retrying) {
            m_retrying = false;
            next(); // the same step again, now on the binding's own client
            return;
        }
        done(finished);
        next();
    });
    job->start();
}

void RunCleanup::search(ResourceKind kind)
{
    openstack::Job *job = m_binding ? m_binding->list(kind) : nullptr;
    if (!job) {
        m_searchErrors.insert(kind, canceledError());
        return;
    }
    m_searching.insert(job, kind);
    Q_EMIT progress(Text::tr("Looking for %1 created by this run").arg(resourceNameInSentence(kind, true)));
    connect(job, &openstack::Job::finished, this, [this, kind](openstack::Job *done) {
        m_searching.remove(done);
        if (done->error().kind == openstack::ApiError::Kind::Canceled && m_retry.remove(done)) {
            search(kind); // the same list again, now on the binding's own client
        } else if (done->error().isError()) {
            m_searchErrors.insert(kind, done->error());
        } else {
            QList<Target> &found = m_found[kind];
            withResource(kind, [&]<typename T>(ResourceType<T>) {
                for (const T &item : static_cast<openstack::ListJob<T> *>(done)->items()) {
                    const bool tagged = std::any_of(m_tags.cbegin(), m_tags.cend(),
                                                    [&](const QString &tag) { return item.description.contains(tag); });
                    if (tagged && !m_keep.contains(item.id))
                        found.append({{kind, item.id}, item.name});
                }
            });
        }
        if (m_searching.isEmpty() && m_running && m_phase == Phase::Search)
            endSearch();
    });
    job->start();
}

void RunCleanup::mergeSearch()
{
    // In the order of the kinds, whatever order the answers came in.
    for (const ResourceKind kind : std::as_const(m_searchKinds)) {
        if (m_searchErrors.contains(kind)) {
            m_unsearched.append({kind, m_searchErrors.value(kind)});
            continue;
        }
        if (!m_found.contains(kind)) {
            m_unsearched.append({kind, canceledError()}); // still out when abandoned
            continue;
        }
        for (const Target &target : m_found.value(kind)) {
            if (m_targets.contains(target))
                continue;
            qCInfo(lcWorkspace) << "found" << resourceSlug(kind) << target.ref.id << "by the run tag";
            m_targets.append(target);
            m_adopted.append(target);
        }
    }
    m_found.clear();
    m_searchErrors.clear();
}

void RunCleanup::endSearch()
{
    mergeSearch();
    sortTargets();
    m_phase = Phase::Delete;
    m_index = 0;
    next();
}

void RunCleanup::stopSearches()
{
    const QList<openstack::Job *> jobs = m_searching.keys();
    m_searching.clear();
    for (openstack::Job *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

void RunCleanup::next()
{
    if (!m_running)
        return;
    if (m_phase == Phase::Search) {
        // Every kind at once: five lists one after the other were a third of a guided create.
        for (const ResourceKind kind : std::as_const(m_searchKinds))
            search(kind);
        if (m_searching.isEmpty())
            endSearch();
        return;
    }
    if (m_phase == Phase::Delete) {
        if (m_index >= m_targets.size()) {
            const bool inUse = std::any_of(m_failures.cbegin(), m_failures.cend(),
                                           [](const Failure &f) { return isInUse(f.error); });
            m_phase = inUse ? Phase::Blockers : Phase::Done;
            next();
            return;
        }
        const Target target = m_targets[m_index];
        openstack::Job *job = m_binding ? m_binding->remove(target.ref) : nullptr;
        if (!job) {
            m_failures.append({target, canceledError(), {}});
            ++m_index;
            next();
            return;
        }
        run(job, Text::tr("Deleting %1").arg(resourceSingularName(target.ref.kind)),
            [this, target](openstack::Job *done) {
                ++m_index;
                const openstack::ApiError &error = done->error();
                if (!error.isError())
                    m_deleted.append(target);
                else if (error.kind == openstack::ApiError::Kind::NotFound)
                    m_gone.append(target);
                else
                    m_failures.append({target, error, {}});
            });
        return;
    }
    if (m_phase == Phase::Blockers) {
        // Neutron's "in use" errors do not say by what; the connections do.
        m_phase = Phase::Done;
        openstack::Job *job = m_binding ? m_binding->list(ResourceKind::IpsecSiteConnection) : nullptr;
        if (!job) {
            next();
            return;
        }
        run(job, Text::tr("Looking up what still uses it"), [this](openstack::Job *done) {
            if (done->error().isError())
                return;
            ServerState state;
            state.connections = static_cast<openstack::ListJob<IpsecSiteConnection> *>(done)->items();
            for (Failure &failure : m_failures) {
                if (!isInUse(failure.error))
                    continue;
                QStringList users;
                for (const IpsecSiteConnection &c :
                     connectionsUsing(failure.target.ref.kind, failure.target.ref.id, state))
                    users.append(Text::tr("connection “%1” (%2)").arg(c.name, c.id));
                failure.blocker = users.join(u", "_s);
            }
        });
        return;
    }
    finish();
}

void RunCleanup::abandon()
{
    if (!m_running)
        return;
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->cancel();
        m_current = nullptr;
    }
    if (m_phase == Phase::Search) {
        stopSearches();
        mergeSearch(); // what was found is deleted no more: it fails below, as canceled
        m_index = 0;
    }
    if (m_phase == Phase::Search || m_phase == Phase::Delete) {
        for (qsizetype i = m_index; i < m_targets.size(); ++i)
            m_failures.append({m_targets[i], canceledError(), {}});
    }
    finish();
}

void RunCleanup::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_phase = Phase::Done;
    Q_EMIT finished();
}

} // namespace vpnaas
