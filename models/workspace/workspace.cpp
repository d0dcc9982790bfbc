// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "openstack/projectdirectory.h"
#include "openstack/session.h"
#include "perf/background.h"
#include "perf/stallwatch.h"
#include "workspacelogging.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace vpnaas {

/*! One refresh in flight: the jobs, what they brought back so far, the first error. */
struct Workspace::Refresh {
    quint64 generation = 0;
    QElapsedTimer timer;
    QList<QPointer<openstack::Job>> jobs;
    int pending = 0;
    ServerState state;
    QList<Network> networks;
    QStringList extensions;
    openstack::ApiError error;
    /*! A write landed while this refresh was in flight: its answers may predate the write. */
    bool stale = false;
    /*! A VPN collection answered 404: fine when the cloud has no vpnaas extension. */
    openstack::ApiError vpnMissing;
};

namespace {
quint64 nextGeneration()
{
    static quint64 generation = 0;
    return ++generation;
}
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace()
{
    // Receivers may be half destroyed already (the owner's destructor is running): tell nobody.
    blockSignals(true);
    disconnectFromCloud();
}

void Workspace::connectTo(const openstack::CloudProfile &profile, QNetworkAccessManager *network, bool simulated)
{
    if (profile.name != m_profile.name || simulated != m_simulated) {
        // Another cloud: its own project's view to begin with (a region or project switch keeps the mode).
        m_allProjects = false;
        m_createProject.clear();
    }
    disconnectFromCloud();
    ++m_connectionSerial;
    m_profile = profile;
    m_simulated = simulated;
    m_session = new openstack::Session(profile, network, this);
    m_session->setTimeouts(m_timeouts);
    m_client = new openstack::NeutronClient(m_session, network, this);
    openstack::NeutronClient::Options options = m_client->options();
    options.http = m_timeouts;
    options.scopeListsToProject = !m_allProjects;
    m_client->setOptions(options);
    if (!simulated && profile.authType() != openstack::CloudProfile::AuthType::None) {
        m_projects = new openstack::ProjectDirectory(m_session, network, this);
        connect(m_projects, &openstack::ProjectDirectory::changed, this, &Workspace::scopeChanged);
        // The first token tells the project and roles; the user's projects are read once.
        connect(m_session, &openstack::Session::authenticated, this, [this] {
            if (m_projects && !m_projects->isLoaded())
                m_projects->fetch();
            Q_EMIT scopeChanged();
        });
    }
    Q_EMIT connectionChanged();
    Q_EMIT stateChanged();
    refresh();
}

void Workspace::disconnectFromCloud()
{
    if (m_client && !signalsBlocked())
        Q_EMIT aboutToDisconnect();
    // Every job of this connection stops here, before its client goes: refreshes, writes (their
    // callers hear Canceled, or OutcomeUnknown for a write already under way) and whatever waits
    // for Keystone.
    m_refresh.reset();
    m_refreshAgain = false;
    ++m_statusGeneration;
    m_statusReads = 0;
    m_statusReadAgain = false;
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<openstack::Job> &job : jobs) {
        if (job)
            job->cancel();
    }
    updateStillWaiting();
    delete m_projects;
    m_projects = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_session;
    m_session = nullptr;
    const bool hadData = m_hasSnapshot;
    m_profile = {};
    m_simulated = false;
    m_state = {};
    m_networks.clear();
    m_capabilities = {};
    m_extensions.clear();
    m_extensionsKnown = false;
    m_hasSnapshot = false;
    m_lastRefresh = {};
    m_lastRefreshMs = -1;
    m_lastError = {};
    if (hadData && !signalsBlocked())
        Q_EMIT stateChanged();
}

QString Workspace::projectId() const
{
    return m_session ? m_session->projectId() : QString();
}

QString Workspace::projectName() const
{
    if (!m_session)
        return {};
    const QString name = m_session->projectName();
    return name.isEmpty() ? m_profile.projectName : name;
}

bool Workspace::isAdmin() const
{
    return m_session && m_session->isAdmin();
}

QString Workspace::projectLabel(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (m_session && id == m_session->projectId() && !m_session->projectName().isEmpty())
        return m_session->projectName();
    const QString name = m_projects ? m_projects->nameOf(id) : QString();
    return name.isEmpty() ? id : name;
}

void Workspace::setAllProjects(bool all)
{
    if (m_allProjects == all)
        return;
    m_allProjects = all;
    if (m_client) {
        openstack::NeutronClient::Options options = m_client->options();
        options.scopeListsToProject = !all;
        m_client->setOptions(options);
    }
    Q_EMIT scopeChanged();
    if (m_refresh)
        m_refresh->stale = true; // its lists were asked with the other scope
    else
        refresh();
}

void Workspace::switchProject(const QString &projectId)
{
    if (!m_client || projectId.isEmpty())
        return;
    openstack::CloudProfile profile = m_profile;
    profile.projectId = projectId;
    profile.projectName = m_projects ? m_projects->nameOf(projectId) : QString();
    m_allProjects = false;
    m_createProject.clear();
    connectTo(profile, m_client->network(), m_simulated);
}

void Workspace::switchRegion(const QString &region)
{
    if (!m_client)
        return;
    // The region's own values (clouds.yaml regions: values:), with this connection's project
    // and the secrets it was given (a password typed at login is not in the file).
    openstack::CloudProfile profile = m_profile.forRegion(region);
    profile.regionName = region;
    profile.projectId = m_profile.projectId;
    profile.projectName = m_profile.projectName;
    if (profile.password.isEmpty())
        profile.password = m_profile.password;
    if (profile.applicationCredentialSecret.isEmpty())
        profile.applicationCredentialSecret = m_profile.applicationCredentialSecret;
    if (profile.token.isEmpty())
        profile.token = m_profile.token;
    connectTo(profile, m_client->network(), m_simulated);
}

openstack::Job *Workspace::remove(ResourceKind kind, const QString &id)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) -> openstack::Job * { return remove<T>(id); });
}

void Workspace::refresh()
{
    if (!m_client)
        return;
    if (m_refresh) {
        m_refreshAgain = true;
        return;
    }
    m_refresh = std::make_unique<Refresh>();
    Refresh *refresh = m_refresh.get();
    refresh->generation = nextGeneration();
    refresh->timer.start();
    const quint64 generation = refresh->generation;

    // Every job reports here; a stale generation (cloud switched, disconnected) is ignored.
    const auto current = [this, generation]() -> Refresh * {
        return m_refresh && m_refresh->generation == generation ? m_refresh.get() : nullptr;
    };
    const auto launch = [this, current](openstack::Job *job, auto onSuccess) {
        adopt(job);
        m_refresh->jobs.append(job);
        ++m_refresh->pending;
        connect(job, &openstack::Job::finished, this, [current, onSuccess, this](openstack::Job *done) {
            Refresh *r = current();
            if (!r)
                return;
            const bool vpnList = done->property("vpnList").toBool();
            if (vpnList && done->error().kind == openstack::ApiError::Kind::NotFound) {
                r->vpnMissing = done->error();
            } else if (done->error().isError()) {
                if (!r->error.isError())
                    r->error = done->error();
            } else {
                onSuccess(r);
            }
            if (--r->pending == 0)
                finishRefresh();
        });
    };

    auto *extensions = new openstack::ExtensionsJob(m_client);
    launch(extensions, [extensions](Refresh *r) { r->extensions = extensions->aliases(); });

    // The VPN resources, routers and subnets of the token's project (all projects in that mode);
    // networks are read whole: external networks belong to another project.
    openstack::ListQuery own;
    own.ownProjectOnly = true;
    auto *routers = new openstack::ListRoutersJob(m_client, own);
    launch(routers, [this, routers, launch](Refresh *r) {
        r->state.routers = routers->items();
        // Interfaces are not in the router body: one ports query per router.
        for (qsizetype i = 0; i < r->state.routers.size(); ++i) {
            auto *interfaces = new openstack::RouterInterfacesJob(m_client, r->state.routers[i].id);
            const QString routerId = r->state.routers[i].id;
            launch(interfaces, [interfaces, routerId](Refresh *rr) {
                for (Router &router : rr->state.routers) {
                    if (router.id == routerId)
                        router.interfaces = interfaces->interfaces();
                }
            });
            interfaces->start();
        }
    });
    auto *subnets = new openstack::ListSubnetsJob(m_client, own);
    launch(subnets, [subnets](Refresh *r) { r->state.subnets = subnets->items(); });
    auto *networks = new openstack::ListNetworksJob(m_client);
    launch(networks, [networks](Refresh *r) { r->networks = networks->items(); });
    // No vpnaas extension: these answer 404, which finishRefresh() accepts as "no VPN here".
    auto *ike = new openstack::ListIkePoliciesJob(m_client, own);
    launch(ike, [ike](Refresh *r) { r->state.ikePolicies = ike->items(); });
    auto *ipsec = new openstack::ListIpsecPoliciesJob(m_client, own);
    launch(ipsec, [ipsec](Refresh *r) { r->state.ipsecPolicies = ipsec->items(); });
    auto *services = new openstack::ListVpnServicesJob(m_client, own);
    launch(services, [services](Refresh *r) { r->state.vpnServices = services->items(); });
    auto *groups = new openstack::ListEndpointGroupsJob(m_client, own);
    launch(groups, [groups](Refresh *r) { r->state.endpointGroups = groups->items(); });
    auto *connections = new openstack::ListIpsecSiteConnectionsJob(m_client, own);
    launch(connections, [connections](Refresh *r) { r->state.connections = connections->items(); });

    for (openstack::Job *vpnJob : std::initializer_list<openstack::Job *>{ike, ipsec, services, groups, connections})
        vpnJob->setProperty("vpnList", true);

    Q_EMIT refreshStarted();
    const auto jobs = refresh->jobs;
    for (const QPointer<openstack::Job> &job : jobs) {
        if (job)
            job->start();
    }
}

void Workspace::finishRefresh()
{
    const perf::Scope scope("Workspace::finishRefresh");
    std::unique_ptr<Refresh> done = std::move(m_refresh);
    const qint64 elapsed = done->timer.elapsed();
    if (done->stale) {
        // Lists read before our own write finished would undo it on screen: read again.
        m_refreshAgain = false;
        refresh();
        return;
    }
    if (!done->error.isError() && done->vpnMissing.isError() && done->extensions.contains(u"vpnaas"_s))
        done->error = done->vpnMissing; // the extension is there, so a 404 is a real error
    if (done->error.isError()) {
        // Keep the snapshot on screen; say why it is not fresh.
        m_lastError = done->error;
        Q_EMIT refreshFailed(done->error);
    } else {
        // The replaced snapshot lives until every view has taken the new one, then goes to the
        // pool: the last of its copies would otherwise free 10,000 connections (~10 ms) in
        // whichever view let go of it last.
        ServerState replaced = std::exchange(m_state, std::move(done->state));
        m_state.complete = true;
        m_networks = std::move(done->networks);
        m_extensions = std::move(done->extensions);
        m_extensionsKnown = true;
        m_capabilities = ServerCapabilities::fromExtensionAliases(m_extensions);
        m_hasSnapshot = true;
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        m_lastRefreshMs = elapsed;
        m_lastError = {};
        Q_EMIT stateChanged();
        Q_EMIT refreshSucceeded(elapsed);
        if (replaced.connections.size() >= perf::kBackgroundFrom)
            perf::releaseInBackground(std::move(replaced));
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    } else if (m_statusReadAgain && m_statusReads == 0 && m_hasSnapshot) {
        m_statusReadAgain = false;
        refreshStatuses();
    }
}

int Workspace::runningJobs() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const QPointer<openstack::Job> &job) { return job && !job->isFinished(); }));
}

void Workspace::adopt(openstack::Job *job)
{
    m_jobs.removeIf([](const QPointer<openstack::Job> &j) { return !j || j->isFinished(); });
    m_jobs.append(job);
    connect(job, &openstack::Job::finished, this, [this](openstack::Job *done) {
        m_jobs.removeIf([done](const QPointer<openstack::Job> &j) { return !j || j == done; });
        updateStillWaiting();
    });
    connect(job, &openstack::Job::stillWaitingChanged, this, &Workspace::updateStillWaiting);
}

void Workspace::updateStillWaiting()
{
    const bool waiting = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const QPointer<openstack::Job> &job) {
        return job && !job->isFinished() && job->isStillWaiting();
    });
    if (waiting == m_stillWaiting)
        return;
    m_stillWaiting = waiting;
    if (!signalsBlocked())
        Q_EMIT stillWaitingChanged(waiting);
}

void Workspace::track(openstack::Job *job, std::function<void()> onSuccess, ResourceKind kind)
{
    adopt(job);
    connect(job, &openstack::Job::finished, this, [this, kind, onSuccess = std::move(onSuccess)](openstack::Job *done) {
        if (done->error().isError()) {
            if (done->error().kind != openstack::ApiError::Kind::Canceled)
                Q_EMIT writeFailed(done->error());
            return;
        }
        // The reply is the resource's new state: no refresh of everything (at 10,000
        // connections that was seconds of reads for each write).
        onSuccess();
        Q_EMIT stateChanged();
        if (m_refresh)
            m_refresh->stale = true; // finishRefresh() discards it and reads again
        else if (kind == ResourceKind::IpsecSiteConnection)
            refreshStatuses(); // its VPN service's status follows its connections
    });
}

void Workspace::refreshStatuses()
{
    if (!m_client)
        return;
    if (m_statusReads > 0 || m_refresh) {
        // After it: a refresh's lists may have been read before the change.
        m_statusReadAgain = true;
        return;
    }
    if (!m_hasSnapshot)
        return; // nothing to apply them to; the next refresh reads them
    const quint64 serial = m_statusGeneration;
    openstack::ListQuery query;
    query.fields = {u"id"_s, u"status"_s};
    query.ownProjectOnly = true;
    const auto read = [this, serial](openstack::Job *job, ResourceKind kind, auto statusesOf) {
        adopt(job);
        ++m_statusReads;
        connect(job, &openstack::Job::finished, this, [this, serial, kind, statusesOf](openstack::Job *done) {
            if (serial != m_statusGeneration)
                return; // disconnected since
            if (done->error().isError()) {
                // Not an error of the window: the next refresh or poll reads them again.
                if (done->error().kind != openstack::ApiError::Kind::Canceled)
                    qCInfo(lcWorkspace, "reading the statuses failed: %s", qPrintable(done->error().userMessage()));
            } else {
                applyStatuses(kind, statusesOf(done));
            }
            if (--m_statusReads == 0 && std::exchange(m_statusReadAgain, false))
                refreshStatuses();
        });
        job->start();
    };
    read(new openstack::ListVpnServicesJob(m_client, query), ResourceKind::VpnService, [](openstack::Job *job) {
        QHash<QString, QString> statuses;
        for (const VpnService &service : static_cast<openstack::ListVpnServicesJob *>(job)->items())
            statuses.insert(service.id, service.status.api());
        return statuses;
    });
    read(new openstack::ListIpsecSiteConnectionsJob(m_client, query), ResourceKind::IpsecSiteConnection,
         [](openstack::Job *job) {
             QHash<QString, QString> statuses;
             for (const IpsecSiteConnection &c : static_cast<openstack::ListIpsecSiteConnectionsJob *>(job)->items())
                 statuses.insert(c.id, c.status.api());
             return statuses;
         });
}

void Workspace::applyStatuses(ResourceKind kind, const QHash<QString, QString> &statuses)
{
    const perf::Scope scope("Workspace::applyStatuses", statuses.size());
    QStringList changed;
    const auto apply = [&](auto &items) {
        // Read through a const view: the list is shared with the views' copies, and only a real
        // change may detach it (a copy of 10,000 connections for every poll otherwise).
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto &item = std::as_const(items)[i];
            const auto seen = statuses.constFind(item.id);
            if (seen != statuses.cend() && !seen->isEmpty() && item.status.api() != *seen) {
                changed.append(item.id);
                items[i].status = Choice<ResourceStatus>::fromApi(*seen);
            }
        }
    };
    if (kind == ResourceKind::IpsecSiteConnection)
        apply(m_state.connections);
    else if (kind == ResourceKind::VpnService)
        apply(m_state.vpnServices);
    if (!changed.isEmpty())
        Q_EMIT statusesChanged(kind, changed);
}

} // namespace vpnaas
