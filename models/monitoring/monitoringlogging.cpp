// SPDX-License-Identifier: Apache-2.0
#include "monitoringlogging.h"

namespace vpnaas::monitoring {
// Counter-fetch problems are logged at info level: on with QT_LOGGING_RULES="vpnaas.monitoring.info=true".
Q_LOGGING_CATEGORY(lcMonitoring, "vpnaas.monitoring", QtWarningMsg)
} // namespace vpnaas::monitoring
