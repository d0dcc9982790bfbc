// SPDX-License-Identifier: Apache-2.0
#include "sandboxlogging.h"

namespace vpnaas::sandbox {
// Warnings only by default: on with QT_LOGGING_RULES="vpnaas.sandbox.debug=true".
Q_LOGGING_CATEGORY(lcSandbox, "vpnaas.sandbox", QtWarningMsg)
} // namespace vpnaas::sandbox
