// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countertracker.h"

#include <QString>

#include <functional>

namespace vpnaas::monitoring {

/*!
 * Where SA counters come from: strongSwan over VICI on a network node or peer gateway, or the
 * sandbox's simulated agent. fetch() answers asynchronously or at once, exactly once, with the
 * CHILD_SAs of every connection it knows, or an error text.
 */
class CounterSource
{
public:
    virtual ~CounterSource() = default;
    using Done = std::function<void(const QList<ConnectionSnapshot> &snapshots, const QString &error)>;
    virtual void fetch(Done done) = 0;
    /*! True for made-up numbers (the sandbox): the UI labels them as simulated. */
    virtual bool isSimulated() const = 0;
    virtual QString description() const = 0;
};

} // namespace vpnaas::monitoring
