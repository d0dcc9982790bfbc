// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas {
/*! "vpnaas.workspace": diagnostics of the workspace, its runs and plans; failures reach callers as ApiError too. */
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
} // namespace vpnaas
