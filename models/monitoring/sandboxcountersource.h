// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countersource.h"

#include <QPointer>

namespace vpnaas::sandbox {
class Sandbox;
}

namespace vpnaas::monitoring {

/*! The sandbox's simulated SA counters: one made-up CHILD_SA per ACTIVE connection. */
class SandboxCounterSource : public CounterSource
{
public:
    explicit SandboxCounterSource(sandbox::Sandbox *sandbox);
    void fetch(Done done) override;
    bool isSimulated() const override { return true; }
    QString description() const override;

private:
    sandbox::Sandbox *m_sandbox;
};

} // namespace vpnaas::monitoring
