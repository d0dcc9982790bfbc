// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "choice.h"

#include <QStringList>

namespace vpnaas {

/*!
 * An endpoint group: subnet UUIDs (type subnet, the local side) or CIDRs (type cidr, the peer
 * side). Only name and description can change after creation.
 */
struct EndpointGroup {
    QString id;
    QString projectId;
    QString name;
    QString description;
    Choice<EndpointGroupType> type;
    QStringList endpoints;

    bool operator==(const EndpointGroup &other) const = default;
};

// The draft lives beside its resource: the two change together, field for field.
struct EndpointGroupDraft {
    std::optional<QString> projectId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<Choice<EndpointGroupType>> type;
    std::optional<QStringList> endpoints;

    bool operator==(const EndpointGroupDraft &other) const = default;
};

} // namespace vpnaas
