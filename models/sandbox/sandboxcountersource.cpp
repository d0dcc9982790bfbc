// SPDX-License-Identifier: Apache-2.0
#include "sandboxcountersource.h"

#include "perf/background.h"
#include "perf/stallwatch.h"
#include "sandbox.h"
#include "sandboxserver.h"
#include "sandboxsimulator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::SandboxCounterSource)
};
} // namespace

SandboxCounterSource::SandboxCounterSource(Sandbox *sandbox)
    : m_sandbox(sandbox)
{
}

QString SandboxCounterSource::description() const
{
    return Text::tr("the sandbox's simulated agent");
}

void SandboxCounterSource::fetch(Done done)
{
    const perf::Scope scope("SandboxCounterSource::fetch");
    if (!m_sandbox || !m_sandbox->simulator()) {
        done({}, Text::tr("the sandbox is not open"));
        return;
    }
    // Values only (the ids and the simulator's times), not the server's decoded state.
    const QStringList ids = m_sandbox->server()->connectionIds();
    auto snapshots = [ids, active = m_sandbox->simulator()->activeSince(), now = QDateTime::currentDateTimeUtc()] {
        QList<monitoring::ConnectionSnapshot> result;
        result.reserve(ids.size());
        for (const QString &id : ids) {
            monitoring::ConnectionSnapshot snapshot{id, {}};
            if (const auto since = active.constFind(id); since != active.cend()) {
                const SandboxSimulator::Counters counters = SandboxSimulator::counters(id, *since, now);
                snapshot.children.append({id + u"-simulated"_s, counters.bytesIn, counters.bytesOut, counters.packetsIn,
                                          counters.packetsOut});
                snapshot.ikeState = u"ESTABLISHED"_s;
                snapshot.childState = u"INSTALLED"_s;
                snapshot.establishedAt = counters.activeSince;
            }
            result.append(snapshot);
        }
        return result;
    };
    if (ids.size() < perf::kBackgroundFrom) {
        done(snapshots(), {});
        return;
    }
    perf::runInBackground(
        m_sandbox, std::move(snapshots),
        [done = std::move(done)](QList<monitoring::ConnectionSnapshot> &&result) { done(result, {}); });
}

} // namespace vpnaas::sandbox
