// SPDX-License-Identifier: Apache-2.0
#include "deletionrun.h"

#include "jobsequence.h"
#include "workspace.h"

#include "itemmodels/resourcekind.h"

#include <QCoreApplication>

namespace vpnaas {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::DeletionRun)
};

QString nameOrId(const ResourceRef &ref, const ServerState &state)
{
    const QString name = resourceDisplayName(ref.kind, ref.id, state);
    return name.isEmpty() ? ref.id : name;
}
} // namespace

DeletionRun::DeletionRun(Workspace *workspace, QList<ResourceRef> steps, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_steps(std::move(steps))
{
}

DeletionRun::~DeletionRun() = default;

int DeletionRun::completedSteps() const
{
    return m_sequence ? m_sequence->completedSteps() : 0;
}

const openstack::ApiError &DeletionRun::error() const
{
    static const openstack::ApiError none;
    return m_sequence ? m_sequence->error() : none;
}

void DeletionRun::start()
{
    if (m_sequence || !m_workspace)
        return;
    m_sequence = new JobSequence(this);
    // Described now: each delete removes its resource (and so its name) from the snapshot.
    const ServerState &state = m_workspace->state();
    for (const ResourceRef &ref : std::as_const(m_steps)) {
        const QString description
            = Text::tr("Deleting %1 “%2”").arg(resourceNameInSentence(ref.kind), nameOrId(ref, state));
        m_sequence->append({description, [this, ref]() -> openstack::Job * {
                                return m_workspace ? m_workspace->remove(ref.kind, ref.id) : nullptr;
                            }});
    }
    const int total = stepCount();
    connect(m_sequence, &JobSequence::stepStarted, this,
            [this, total](int index, const QString &description) { Q_EMIT progress(index + 1, total, description); });
    connect(m_sequence, &JobSequence::finished, this, [this](bool ok) {
        m_succeeded = ok;
        Q_EMIT finished(ok);
    });
    m_sequence->start();
}

} // namespace vpnaas
