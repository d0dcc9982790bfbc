// SPDX-License-Identifier: Apache-2.0
#include "itemmodelslogging.h"

namespace vpnaas {
// Warnings only by default: on with QT_LOGGING_RULES="vpnaas.itemmodels.debug=true".
Q_LOGGING_CATEGORY(lcItemModels, "vpnaas.itemmodels", QtWarningMsg)
} // namespace vpnaas
