// SPDX-License-Identifier: Apache-2.0
#include "workspacelogging.h"

namespace vpnaas {
// Warnings only by default: on with QT_LOGGING_RULES="vpnaas.workspace.debug=true".
Q_LOGGING_CATEGORY(lcWorkspace, "vpnaas.workspace", QtWarningMsg)
} // namespace vpnaas
