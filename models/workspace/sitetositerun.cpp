// SPDX-License-Identifier: Apache-2.0
#include "sitetositerun.h"

#include "cloudbinding.h"
#include "jobsequence.h"
#include "leftoverjournal.h"
#include "workspace.h"
#include "workspacelogging.h"

#include "itemmodels/resourcekind.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::SiteToSiteRun)
};

QString describe(ResourceKind kind, const QString &name)
{
    return !name.isEmpty() ? Text::tr("%1 “%2”").arg(resourceSingularName(kind), name) : resourceSingularName(kind);
}

/*! The user's description with the run tag after it, within Neutron's 255 characters. */
std::optional<QString> tagged(const std::optional<QString> &description, const QString &tag)
{
    const QString own = description.value_or(QString()).trimmed();
    if (own.isEmpty())
        return tag;
    const qsizetype room = 255 - tag.size() - 3;
    return own.left(qMax<qsizetype>(0, room)) + u" ("_s + tag + u')';
}

} // namespace

SiteToSiteRun::SiteToSiteRun(Workspace *workspace, SiteToSitePlan plan, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_plan(std::move(plan))
    , m_tag(u"vpnaas-console run "_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SiteToSiteRun::~SiteToSiteRun()
{
    if (isRunning()) {
        // Whoever held us is going away: nobody to tell, but the cloud must not lose track.
        blockSignals(true);
        abandon();
    }
}

int SiteToSiteRun::stepCount() const
{
    return int(m_plan.ikePolicy.isNew()) + int(m_plan.ipsecPolicy.isNew()) + int(m_plan.vpnService.isNew())
        + int(m_plan.localGroup.isNew()) + int(m_plan.peerGroup.isNew()) + 1;
}

QString SiteToSiteRun::cloudKey() const
{
    return m_binding ? m_binding->cloudKey() : QString();
}

bool SiteToSiteRun::isAmbiguousWrite(const openstack::ApiError &error)
{
    // The client's own judgement (OutcomeUnknown, a 5xx, an unreadable 2xx to a write), widened
    // with what a run cannot rule out either: a network failure or a timeout the client could
    // not place before or after sending, and a write canceled in flight.
    using Kind = openstack::ApiError::Kind;
    return error.mayHaveCommitted() || error.kind == Kind::Network || error.kind == Kind::Timeout
        || error.kind == Kind::Canceled;
}

void SiteToSiteRun::start()
{
    if (m_state != State::Ready || !m_workspace || !m_workspace->isConnected())
        return;
    m_binding = new CloudBinding(m_workspace, this);
    connect(m_binding, &CloudBinding::cloudLeaving, this, &SiteToSiteRun::onCloudLeaving);
    m_sequence = new JobSequence(this);
    m_state = State::Creating;
    const int total = stepCount();
    // Ids known now (existing) or once their step succeeded (new).
    auto ids = std::make_shared<std::array<QString, 5>>(
        std::array<QString, 5>{m_plan.ikePolicy.existingId, m_plan.ipsecPolicy.existingId, m_plan.vpnService.existingId,
                               m_plan.localGroup.existingId, m_plan.peerGroup.existingId});

    const auto addCreate = [this, ids](auto part, int slot, ResourceKind kind, auto tag) {
        using T = typename decltype(tag)::type;
        if (!part.isNew())
            return;
        auto draft = *part.draft;
        draft.description = tagged(draft.description, m_tag);
        const QString name = draft.name.value_or(QString());
        m_stepKinds.append(kind);
        m_sequence->append({Text::tr("Creating %1").arg(describe(kind, name)),
                            [this, draft]() -> openstack::Job * { return m_binding->create<T>(draft); },
                            [this, ids, slot, kind, name](openstack::Job *job) {
                                const QString &id = job->resourceId();
                                (*ids)[slot] = id;
                                m_created.append({kind, id});
                                m_names.insert(id, name);
                            }});
    };
    addCreate(m_plan.ikePolicy, 0, ResourceKind::IkePolicy, std::type_identity<IkePolicy>{});
    addCreate(m_plan.ipsecPolicy, 1, ResourceKind::IpsecPolicy, std::type_identity<IpsecPolicy>{});
    addCreate(m_plan.vpnService, 2, ResourceKind::VpnService, std::type_identity<VpnService>{});
    addCreate(m_plan.localGroup, 3, ResourceKind::EndpointGroup, std::type_identity<EndpointGroup>{});
    addCreate(m_plan.peerGroup, 4, ResourceKind::EndpointGroup, std::type_identity<EndpointGroup>{});
    const QString connectionName = m_plan.connection.name.value_or(QString());
    m_stepKinds.append(ResourceKind::IpsecSiteConnection);
    m_sequence->append({Text::tr("Creating %1").arg(describe(ResourceKind::IpsecSiteConnection, connectionName)),
                        [this, ids]() -> openstack::Job * {
                            IpsecSiteConnectionDraft draft = m_plan.connection;
                            draft.description = tagged(draft.description, m_tag);
                            draft.ikepolicyId = (*ids)[0];
                            draft.ipsecpolicyId = (*ids)[1];
                            draft.vpnserviceId = (*ids)[2];
                            draft.localEpGroupId = (*ids)[3];
                            draft.peerEpGroupId = (*ids)[4];
                            return m_binding->create<IpsecSiteConnection>(draft);
                        },
                        [this, connectionName](openstack::Job *job) {
                            m_connectionId = job->resourceId();
                            m_created.append({ResourceKind::IpsecSiteConnection, m_connectionId});
                            m_names.insert(m_connectionId, connectionName);
                        }});

    connect(m_sequence, &JobSequence::stepStarted, this, [this, total](int index, const QString &description) {
        m_stepIndex = index;
        m_failedDescription = description;
        Q_EMIT progress(index + 1, total, description);
    });
    connect(m_sequence, &JobSequence::finished, this, &SiteToSiteRun::onSequenceFinished);
    m_sequence->start();
}

void SiteToSiteRun::cancel()
{
    if (m_state != State::Creating || m_canceled)
        return;
    m_canceled = true;
    qCInfo(lcWorkspace) << "guided run canceled at step" << m_stepIndex + 1;
    m_sequence->cancel();
}

void SiteToSiteRun::onCloudLeaving()
{
    m_cloudLeft = true;
    if (m_state == State::Creating && !m_canceled) {
        m_canceled = true;
        m_sequence->cancel();
    }
}

QList<ResourceKind> SiteToSiteRun::postedKinds() const
{
    // Every step up to the one that ran last may have reached the server.
    QList<ResourceKind> kinds;
    for (int i = 0; i <= m_stepIndex && i < m_stepKinds.size(); ++i) {
        if (!kinds.contains(m_stepKinds[i]))
            kinds.append(m_stepKinds[i]);
    }
    return kinds;
}

void SiteToSiteRun::onSequenceFinished(bool ok)
{
    if (ok) {
        m_succeeded = true;
        startCleanup(true);
        return;
    }
    m_error = m_sequence->error();
    const int failed = m_sequence->failedStep();
    m_failedStep = Text::tr("Step %1 of %2").arg(failed + 1).arg(stepCount());
    if (failed != m_stepIndex) // canceled before this step's request was made
        m_failedDescription.clear();
    m_ambiguous = failed == m_stepIndex && isAmbiguousWrite(m_error);
    startCleanup(false);
}

void SiteToSiteRun::startCleanup(bool afterSuccess)
{
    m_state = afterSuccess ? State::Checking : State::RollingBack;
    m_cleanup = new RunCleanup(m_binding, this);
    QStringList keep;
    if (afterSuccess) {
        for (const ResourceRef &ref : std::as_const(m_created))
            keep.append(ref.id);
    } else {
        for (qsizetype i = m_created.size() - 1; i >= 0; --i) // newest first
            m_cleanup->addTarget({m_created.at(i), nameOf(m_created.at(i))});
    }
    // Also after success: a request the network layer sent twice made a second one.
    m_cleanup->setSearch({m_tag}, postedKinds(), keep);
    if (!afterSuccess)
        connect(m_cleanup, &RunCleanup::progress, this, &SiteToSiteRun::rollingBack);
    connect(m_cleanup, &RunCleanup::finished, this, [this, afterSuccess] { collect(m_cleanup, afterSuccess); });
    m_cleanup->start();
}

void SiteToSiteRun::collect(RunCleanup *cleanup, bool afterSuccess)
{
    m_adopted = cleanup->adopted();
    for (const RunCleanup::Target &target : cleanup->deleted())
        m_rolledBack.append(target.ref);
    m_alreadyGone = cleanup->alreadyGone();
    m_leftBehind = cleanup->failures();
    // After success a kind we could not list only means duplicates were not looked for.
    if (!afterSuccess)
        m_unknown = cleanup->unsearched();
    // A request that got no answer at all may still be in the server's queue: the listing just
    // now cannot rule out that it commits later (measured: neutron-server SIGSTOPped, the client
    // timed out, the GET after SIGCONT was answered before the POST committed). Unless it was
    // found, the next connection looks for it again.
    if (!afterSuccess && m_ambiguous && m_error.httpStatus == 0 && m_stepIndex >= 0) {
        const ResourceKind kind = m_stepKinds.value(m_stepIndex);
        const bool found = std::any_of(m_adopted.cbegin(), m_adopted.cend(),
                                       [kind](const RunCleanup::Target &t) { return t.ref.kind == kind; });
        const bool unsearched = std::any_of(m_unknown.cbegin(), m_unknown.cend(),
                                            [kind](const RunCleanup::Unsearched &u) { return u.kind == kind; });
        if (!found && !unsearched)
            m_late.append({kind, m_error});
    }
    if (!m_rolledBack.isEmpty() && afterSuccess)
        qCWarning(lcWorkspace) << "deleted" << m_rolledBack.size() << "duplicate(s) of the guided run";
    journal();
    m_state = State::Finished;
    Q_EMIT finished(m_succeeded);
}

void SiteToSiteRun::abandon()
{
    if (!isRunning())
        return;
    if (m_state == State::Creating) {
        // What was created, and (for the request in flight) what may have been.
        const QList<ResourceKind> maybe
            = m_stepIndex >= 0 ? QList<ResourceKind>{m_stepKinds.value(m_stepIndex)} : QList<ResourceKind>{};
        delete m_sequence;
        m_sequence = nullptr;
        m_canceled = true;
        m_error.kind = openstack::ApiError::Kind::Canceled;
        m_failedStep = Text::tr("Step %1 of %2").arg(m_stepIndex + 1).arg(stepCount());
        for (const ResourceRef &ref : std::as_const(m_created))
            m_leftBehind.append({{ref, nameOf(ref)}, m_error, {}});
        for (ResourceKind kind : maybe)
            m_late.append({kind, m_error});
        journal();
        m_state = State::Finished;
        Q_EMIT finished(false);
        return;
    }
    if (m_cleanup)
        m_cleanup->abandon(); // collect() follows at once
}

void SiteToSiteRun::journal()
{
    const QString key = cloudKey();
    if (key.isEmpty() || (m_leftBehind.isEmpty() && m_unknown.isEmpty() && m_late.isEmpty()))
        return;
    QList<Leftover> leftovers;
    for (const RunCleanup::Failure &failure : std::as_const(m_leftBehind))
        leftovers.append(
            {failure.target.ref.kind, failure.target.ref.id, failure.target.name, m_tag, failure.error.userMessage()});
    for (const RunCleanup::Unsearched &unknown : std::as_const(m_unknown))
        leftovers.append({unknown.kind, {}, {}, m_tag, unknown.error.userMessage()});
    for (const RunCleanup::Unsearched &late : std::as_const(m_late))
        leftovers.append({late.kind, {}, {}, m_tag, Text::tr("no answer; the server may still create it")});
    LeftoverJournal::add(key, leftovers);
    m_journalled = true;
    qCWarning(lcWorkspace) << "journalled" << leftovers.size() << "leftover(s) of the guided run for" << key;
}

QString SiteToSiteRun::nameOf(const ResourceRef &ref) const
{
    return m_names.value(ref.id);
}

QStringList SiteToSiteRun::reportLines() const
{
    QStringList lines;
    const QString cloud = m_binding ? m_binding->profile().name : QString();
    const auto refText = [](ResourceKind kind, const QString &name, const QString &id) {
        return name.isEmpty() ? Text::tr("%1 %2").arg(resourceSingularName(kind), id)
                              : Text::tr("%1 “%2” (%3)").arg(resourceSingularName(kind), name, id);
    };
    if (m_succeeded) {
        lines.append(Text::tr("Created %n resource(s).", nullptr, int(m_created.size())));
        if (!m_rolledBack.isEmpty())
            lines.append(Text::tr("The server had created %n of them twice (a request sent again by the network); "
                                  "the duplicates were deleted.",
                                  nullptr, int(m_rolledBack.size())));
    } else {
        const QString step
            = m_failedDescription.isEmpty() ? m_failedStep : u"%1 (%2)"_s.arg(m_failedStep, m_failedDescription);
        if (m_cloudLeft)
            lines.append(Text::tr("%1 stopped: the console switched away from cloud “%2”. The rest of the run "
                                  "was not sent; the clean-up ran on “%2”.")
                             .arg(step, cloud));
        else if (m_canceled)
            lines.append(Text::tr("%1 canceled: the wizard was closed while creating.").arg(step));
        else
            lines.append(Text::tr("%1 failed: %2").arg(step, m_error.userMessage()));
        if (m_ambiguous && !m_cloudLeft && !m_canceled)
            lines.append(Text::tr("The server may have created it all the same; the console looked for it by "
                                  "the run’s tag instead of sending it again."));
    }
    if (!m_adopted.isEmpty()) {
        QStringList found;
        for (const RunCleanup::Target &t : m_adopted)
            found.append(refText(t.ref.kind, t.name, t.ref.id));
        lines.append(
            Text::tr("Found by the run’s tag although no answer had named them: %1.").arg(found.join(u", "_s)));
    }
    if (m_succeeded && m_leftBehind.isEmpty())
        return lines;
    if (!m_succeeded) {
        QStringList deleted;
        for (const ResourceRef &ref : m_rolledBack)
            deleted.append(refText(ref.kind, nameOf(ref).isEmpty() ? adoptedName(ref) : nameOf(ref), ref.id));
        if (!deleted.isEmpty())
            lines.append(Text::tr("Deleted again what this run had created (%1): %2.")
                             .arg(deleted.size())
                             .arg(deleted.join(u", "_s)));
        for (const RunCleanup::Target &t : m_alreadyGone)
            lines.append(Text::tr("%1 was already gone.").arg(refText(t.ref.kind, t.name, t.ref.id)));
        if (m_created.isEmpty() && m_adopted.isEmpty() && m_unknown.isEmpty() && m_late.isEmpty())
            lines.append(Text::tr("Nothing had been created."));
    }
    for (const RunCleanup::Failure &failure : m_leftBehind) {
        QString line = Text::tr("Could not delete %1: %2")
                           .arg(refText(failure.target.ref.kind, failure.target.name, failure.target.ref.id),
                                failure.error.userMessage());
        if (!failure.blocker.isEmpty())
            line += u' ' + Text::tr("It is still used by %1.").arg(failure.blocker);
        lines.append(line);
    }
    for (const RunCleanup::Unsearched &unknown : m_unknown)
        lines.append(Text::tr("Could not check whether the server created a %1 (%2). If it did, its description "
                              "contains “%3”.")
                         .arg(resourceSingularName(unknown.kind), unknown.error.userMessage(), m_tag));
    for (const RunCleanup::Unsearched &late : m_late)
        lines.append(Text::tr("The server did not answer the request for the %1 and may still create it; the "
                              "console looks for it (by “%2”) the next time it connects to this cloud.")
                         .arg(resourceSingularName(late.kind), m_tag));
    if (m_journalled)
        lines.append(Text::tr("The console remembers what is left on cloud “%1” and offers to delete it the next "
                              "time it connects to that cloud; you can also delete it by hand.")
                         .arg(cloud));
    else if (!m_leftBehind.isEmpty())
        lines.append(Text::tr("Delete what is left by hand."));
    return lines;
}

QString SiteToSiteRun::adoptedName(const ResourceRef &ref) const
{
    for (const RunCleanup::Target &t : m_adopted) {
        if (t.ref == ref)
            return t.name;
    }
    return {};
}

} // namespace vpnaas
