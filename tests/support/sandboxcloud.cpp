// SPDX-License-Identifier: Apache-2.0
#include "sandboxcloud.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"
#include "workspace/workspace.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace vpnaas;

SandboxCloud::SandboxCloud(Agent agent)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(u":memory:"_s))
    , m_workspace(std::make_unique<Workspace>())
{
    if (!m_sandbox->open(&m_error))
        return;
    if (agent == Agent::Settled) {
        for (const VpnService &s : m_sandbox->server()->state().vpnServices)
            m_sandbox->server()->setStatus(u"vpnservices"_s, s.id, u"ACTIVE"_s);
        for (const IpsecSiteConnection &c : m_sandbox->server()->state().connections)
            m_sandbox->server()->setStatus(u"ipsec-site-connections"_s, c.id, u"ACTIVE"_s);
    }
    QSignalSpy refreshed(m_workspace.get(), &Workspace::refreshSucceeded);
    m_workspace->connectTo(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager(), true);
    if (refreshed.isEmpty() && !refreshed.wait(10000))
        m_error = u"the workspace's first refresh of the sandbox did not arrive within 10 s"_s;
}

SandboxCloud::~SandboxCloud() = default;
