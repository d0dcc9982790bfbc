// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "enums.h"

namespace vpnaas {

/*!
 * The value of an enumerated API attribute as the server spelled it. Keeps the raw spelling so
 * that a value from a newer server (or a wrong value a user typed) survives decode, display and
 * re-encode unchanged; value() says whether it is one this build knows.
 */
template<typename E>
class Choice
{
public:
    Choice() = default;
    // Implicit on purpose: `policy.pfs = PfsGroup::Group14;` reads as what it means.
    Choice(E value) // NOLINT(google-explicit-constructor)
        : m_api(apiName(value))
    {
    }

    static Choice fromApi(const QString &api)
    {
        Choice choice;
        choice.m_api = api;
        return choice;
    }

    const QString &api() const { return m_api; }
    std::optional<E> value() const { return fromApiName<E>(m_api); }
    bool isKnown() const { return value().has_value(); }
    bool isEmpty() const { return m_api.isEmpty(); }

    bool operator==(const Choice &other) const = default;
    bool operator==(E other) const { return value() == other; }

private:
    QString m_api;
};

} // namespace vpnaas
