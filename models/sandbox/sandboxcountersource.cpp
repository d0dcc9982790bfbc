// SPDX-License-Identifier: Apache-2.0
#include "sandboxcountersource.h"

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
    QList<monitoring::ConnectionSnapshot> snapshots;
    if (!m_sandbox || !m_sandbox->simulator()) {
        done({}, Text::tr("the sandbox is not open"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const IpsecSiteConnection &c : m_sandbox->server()->state().connections) {
        monitoring::ConnectionSnapshot snapshot{c.id, {}};
        if (const auto counters = m_sandbox->simulator()->counters(c.id, now)) {
            snapshot.children.append({c.id + u"-simulated"_s, counters->bytesIn, counters->bytesOut,
                                      counters->packetsIn, counters->packetsOut});
            snapshot.ikeState = u"ESTABLISHED"_s;
            snapshot.childState = u"INSTALLED"_s;
            snapshot.establishedAt = counters->activeSince;
        }
        snapshots.append(snapshot);
    }
    done(snapshots, {});
}

} // namespace vpnaas::sandbox
