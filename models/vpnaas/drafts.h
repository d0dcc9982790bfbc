// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcetraits.h"

/*!
 * Drafts against resources, as loops over the resources' descriptions: what a draft does to a
 * resource (the server's create and update), and what an edited draft changes (what an edit
 * dialog sends). Pure functions.
 */
namespace vpnaas {

namespace detail {
template<typename V>
void applyValue(V &value, const DraftOfT<V> &draft)
{
    if constexpr (isNested<V>) {
        NestedTraits<V>::describe([&](const auto &part) {
            if (const auto &set = part.draft(draft))
                part.value(value) = *set;
        });
    } else {
        value = draft;
    }
}

template<typename V>
DraftOfT<V> fullDraft(const V &value)
{
    DraftOfT<V> draft;
    NestedTraits<V>::describe([&](const auto &part) { part.draft(draft) = part.value(value); });
    return draft;
}
} // namespace detail

/*!
 * Every attribute \a draft sets, written into \a resource; a nested value (lifetime, dpd) takes
 * only the parts the draft sets (neutron-vpnaas's vpn_db.py merges them the same way).
 */
template<VpnResource T>
void applyDraft(T &resource, const DraftFor<T> &draft)
{
    ResourceTraits<T>::describe([&](const auto &a) {
        if (!a.inDraft())
            return;
        if (const auto &set = a.draft(draft))
            detail::applyValue(a.value(resource), *set);
    });
}

/*!
 * What \a edited changes in \a original: the updatable attributes \a edited sets to another
 * value, nothing else. An attribute \a edited leaves unset stays as it is. A changed nested
 * value is sent whole (all its parts), as the server then stores exactly what the user saw.
 */
template<VpnResource T>
DraftFor<T> changes(const T &original, const DraftFor<T> &edited)
{
    DraftFor<T> diff;
    ResourceTraits<T>::describe([&](const auto &a) {
        using V = typename std::decay_t<decltype(a)>::Value;
        if (!a.inDraft() || !allowedOnUpdate(a.access))
            return;
        const auto &value = a.draft(edited);
        if (!value)
            return;
        const V &before = a.value(original);
        if constexpr (isNested<V>) {
            V after = before;
            detail::applyValue(after, *value);
            if (!(after == before))
                a.draft(diff) = detail::fullDraft(after);
        } else if (!(*value == before)) {
            a.draft(diff) = *value;
        }
    });
    return diff;
}

} // namespace vpnaas
