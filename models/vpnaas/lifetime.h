// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"

namespace vpnaas {

/*! An SA lifetime as IKE and IPsec policies carry it; the API accepts only seconds. */
struct Lifetime {
    Choice<LifetimeUnits> units = LifetimeUnits::Seconds;
    qint64 value = 3600;

    bool operator==(const Lifetime &other) const = default;
};

/*! The lifetime keys a request sets; the server fills the rest (seconds, 3600; on PUT: the old). */
struct LifetimeDraft {
    std::optional<Choice<LifetimeUnits>> units;
    std::optional<qint64> value;

    bool operator==(const LifetimeDraft &other) const = default;
};

} // namespace vpnaas
