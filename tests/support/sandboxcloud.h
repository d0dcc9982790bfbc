// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <memory>

namespace vpnaas {
class Workspace;
namespace sandbox {
class Sandbox;
}
} // namespace vpnaas

/*!
 * The cloud most ui and workspace tests run against: an opened in-memory sandbox holding the
 * seed scenario, and a Workspace connected to it once its first refresh has arrived.
 */
class SandboxCloud
{
public:
    enum class Agent {
        /*! The simulated agent's statuses as the seed has them (PENDING_CREATE until it acts). */
        AsSeeded,
        /*! Services and connections ACTIVE at once, so that updates are allowed. */
        Settled,
    };

    explicit SandboxCloud(Agent agent = Agent::AsSeeded);
    ~SandboxCloud();
    SandboxCloud(const SandboxCloud &) = delete;
    SandboxCloud &operator=(const SandboxCloud &) = delete;

    /*! Empty when the sandbox opened and the workspace's first refresh arrived; else why not. */
    const QString &error() const { return m_error; }
    vpnaas::sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }
    vpnaas::Workspace *workspace() const { return m_workspace.get(); }

private:
    std::unique_ptr<vpnaas::sandbox::Sandbox> m_sandbox;
    // Declared after the sandbox, so it goes first: its jobs use the sandbox's network manager.
    std::unique_ptr<vpnaas::Workspace> m_workspace;
    QString m_error;
};
