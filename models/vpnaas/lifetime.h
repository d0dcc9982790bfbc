// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"
#include "resourcedescription.h"

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

template<>
struct DraftOf<Lifetime> {
    using type = LifetimeDraft;
};
template<>
inline constexpr bool isNested<Lifetime> = true;

template<>
struct NestedTraits<Lifetime> {
    static constexpr qint64 minimumValue = 60;

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        v(field(u"units", &Lifetime::units, &LifetimeDraft::units, Access::Update));
        v(field(u"value", &Lifetime::value, &LifetimeDraft::value, Access::Update));
    }
};

} // namespace vpnaas
