// SPDX-License-Identifier: Apache-2.0
#include "topologylogging.h"

namespace vpnaas::topology {
// Warnings only by default: on with QT_LOGGING_RULES="vpnaas.topology.debug=true".
Q_LOGGING_CATEGORY(lcTopology, "vpnaas.topology", QtWarningMsg)
} // namespace vpnaas::topology
