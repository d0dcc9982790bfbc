// SPDX-License-Identifier: Apache-2.0
#include "strongswanlogging.h"

namespace vpnaas::strongswan {
// Warnings only by default: on with QT_LOGGING_RULES="vpnaas.strongswan.debug=true".
Q_LOGGING_CATEGORY(lcStrongSwan, "vpnaas.strongswan", QtWarningMsg)
} // namespace vpnaas::strongswan
