// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QUrl>

namespace vpnaas {

/*! One page of a list response, with the *_links hrefs when the server paginated. */
template<typename T>
struct Page {
    QList<T> items;
    QUrl next;
    QUrl previous;

    bool hasNext() const { return next.isValid() && !next.isEmpty(); }
    bool operator==(const Page &other) const = default;
};

} // namespace vpnaas
