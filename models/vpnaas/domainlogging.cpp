// SPDX-License-Identifier: Apache-2.0
#include "domainlogging.h"

namespace vpnaas {
// Warnings only by default: on with QT_LOGGING_RULES="vpnaas.domain.debug=true".
Q_LOGGING_CATEGORY(lcDomain, "vpnaas.domain", QtWarningMsg)
} // namespace vpnaas
