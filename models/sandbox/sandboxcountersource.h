// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoring/countersource.h"

namespace vpnaas::sandbox {

class Sandbox;

/*!
 * The sandbox's simulated SA counters: one made-up CHILD_SA per ACTIVE connection. Hundreds of
 * connections are made up on the thread pool and answered from the event loop (never when the
 * sandbox is gone by then).
 */
class SandboxCounterSource : public monitoring::CounterSource
{
public:
    explicit SandboxCounterSource(Sandbox *sandbox);
    void fetch(Done done) override;
    bool isSimulated() const override { return true; }
    QString description() const override;

private:
    Sandbox *m_sandbox;
};

} // namespace vpnaas::sandbox
