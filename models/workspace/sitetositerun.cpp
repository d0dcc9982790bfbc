// SPDX-License-Identifier: Apache-2.0
#include "sitetositerun.h"

#include "jobsequence.h"
#include "workspace.h"

#include "itemmodels/resourcekind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::SiteToSiteRun)
};

QString describe(ResourceKind kind, const std::optional<QString> &name)
{
    return name && !name->isEmpty() ? Text::tr("%1 “%2”").arg(resourceSingularName(kind), *name)
                                    : resourceSingularName(kind);
}
} // namespace

SiteToSiteRun::SiteToSiteRun(Workspace *workspace, SiteToSitePlan plan, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_plan(std::move(plan))
{
}

SiteToSiteRun::~SiteToSiteRun() = default;

int SiteToSiteRun::stepCount() const
{
    return int(m_plan.ikePolicy.isNew()) + int(m_plan.ipsecPolicy.isNew()) + int(m_plan.vpnService.isNew())
        + int(m_plan.localGroup.isNew()) + int(m_plan.peerGroup.isNew()) + 1;
}

void SiteToSiteRun::start()
{
    if (m_sequence || !m_workspace)
        return;
    m_sequence = new JobSequence(this);
    const int total = stepCount();
    // Ids known now (existing) or once their step succeeded (new).
    auto ids = std::make_shared<std::array<QString, 5>>(
        std::array<QString, 5>{m_plan.ikePolicy.existingId, m_plan.ipsecPolicy.existingId, m_plan.vpnService.existingId,
                               m_plan.localGroup.existingId, m_plan.peerGroup.existingId});

    const auto addCreate = [this, ids](auto part, int slot, ResourceKind kind, auto tag) {
        using T = typename decltype(tag)::type;
        if (!part.isNew())
            return;
        const QString description = Text::tr("Creating %1").arg(describe(kind, part.draft->name));
        m_sequence->append(
            {description, [this, part]() -> openstack::Job * { return m_workspace->create<T>(*part.draft); },
             [this, ids, slot, kind](openstack::Job *job) {
                 const QString id
                     = static_cast<openstack::CreateJob<T, std::remove_cvref_t<decltype(*part.draft)>> *>(job)
                           ->created()
                           .id;
                 (*ids)[slot] = id;
                 m_created.append({kind, id});
             }});
    };
    addCreate(m_plan.ikePolicy, 0, ResourceKind::IkePolicy, std::type_identity<IkePolicy>{});
    addCreate(m_plan.ipsecPolicy, 1, ResourceKind::IpsecPolicy, std::type_identity<IpsecPolicy>{});
    addCreate(m_plan.vpnService, 2, ResourceKind::VpnService, std::type_identity<VpnService>{});
    addCreate(m_plan.localGroup, 3, ResourceKind::EndpointGroup, std::type_identity<EndpointGroup>{});
    addCreate(m_plan.peerGroup, 4, ResourceKind::EndpointGroup, std::type_identity<EndpointGroup>{});
    m_sequence->append(
        {Text::tr("Creating %1").arg(describe(ResourceKind::IpsecSiteConnection, m_plan.connection.name)),
         [this, ids]() -> openstack::Job * {
             IpsecSiteConnectionDraft draft = m_plan.connection;
             draft.ikepolicyId = (*ids)[0];
             draft.ipsecpolicyId = (*ids)[1];
             draft.vpnserviceId = (*ids)[2];
             draft.localEpGroupId = (*ids)[3];
             draft.peerEpGroupId = (*ids)[4];
             return m_workspace->create<IpsecSiteConnection>(draft);
         },
         [this](openstack::Job *job) {
             m_connectionId = static_cast<openstack::CreateIpsecSiteConnectionJob *>(job)->created().id;
             m_created.append({ResourceKind::IpsecSiteConnection, m_connectionId});
         }});

    connect(m_sequence, &JobSequence::stepStarted, this, [this, total](int index, const QString &description) {
        m_stepIndex = index;
        Q_EMIT progress(index + 1, total, description);
    });
    connect(m_sequence, &JobSequence::finished, this, [this](bool ok) {
        if (ok) {
            m_succeeded = true;
            Q_EMIT finished(true);
            return;
        }
        m_error = m_sequence->error();
        m_failedStep = Text::tr("Step %1 of %2").arg(m_sequence->failedStep() + 1).arg(stepCount());
        rollBack();
    });
    m_sequence->start();
}

void SiteToSiteRun::rollBack()
{
    if (m_created.isEmpty() || !m_workspace) {
        Q_EMIT finished(false);
        return;
    }
    auto *cleanup = new JobSequence(this);
    cleanup->setContinueOnFailure(true);
    QList<ResourceRef> order = m_created;
    std::reverse(order.begin(), order.end());
    for (const ResourceRef &ref : std::as_const(order)) {
        cleanup->append({Text::tr("Deleting %1").arg(resourceSingularName(ref.kind)),
                         [this, ref]() -> openstack::Job * { return m_workspace->remove(ref.kind, ref.id); }});
    }
    connect(cleanup, &JobSequence::stepStarted, this,
            [this](int, const QString &description) { Q_EMIT rollingBack(description); });
    connect(cleanup, &JobSequence::finished, this, [this, cleanup, order] {
        QSet<int> failed;
        for (const auto &[index, error] : cleanup->failures()) {
            failed.insert(index);
            m_leftBehind.append({order[index], error});
        }
        for (int i = 0; i < order.size(); ++i) {
            if (!failed.contains(i))
                m_rolledBack.append(order[i]);
        }
        Q_EMIT finished(false);
    });
    cleanup->start();
}

QString SiteToSiteRun::report() const
{
    if (m_succeeded)
        return Text::tr("Created %n resource(s).", nullptr, int(m_created.size()));
    QString text = Text::tr("%1 failed: %2").arg(m_failedStep, m_error.userMessage());
    if (!m_rolledBack.isEmpty())
        text += u' ' + Text::tr("Deleted again what this run had created (%1).").arg(m_rolledBack.size());
    if (m_created.isEmpty())
        text += u' ' + Text::tr("Nothing had been created.");
    for (const auto &[ref, error] : m_leftBehind)
        text += u' '
            + Text::tr("Could not delete %1 %2 (%3); delete it by hand.")
                  .arg(resourceSingularName(ref.kind), ref.id, error.userMessage());
    return text;
}

} // namespace vpnaas
