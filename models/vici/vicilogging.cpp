// SPDX-License-Identifier: Apache-2.0
#include "vicilogging.h"

namespace vpnaas::vici {
// Commands are logged at info level: on with QT_LOGGING_RULES="vpnaas.vici.info=true".
Q_LOGGING_CATEGORY(lcVici, "vpnaas.vici", QtWarningMsg)
} // namespace vpnaas::vici
