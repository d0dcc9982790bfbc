// SPDX-License-Identifier: Apache-2.0
#include "perflogging.h"

namespace vpnaas::perf {
Q_LOGGING_CATEGORY(lcPerf, "vpnaas.perf", QtWarningMsg)
} // namespace vpnaas::perf
