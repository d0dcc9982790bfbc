// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas {
/*! "vpnaas.itemmodels": diagnostics of the item models over the workspace snapshot. */
Q_DECLARE_LOGGING_CATEGORY(lcItemModels)
} // namespace vpnaas
