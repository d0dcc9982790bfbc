// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::perf {
/*!
 * "vpnaas.perf": the stall watch. Off by default; QT_LOGGING_RULES="vpnaas.perf.info=true" makes
 * the console log every event-loop stall over 50 ms with what was running (docs/performance.md).
 */
Q_DECLARE_LOGGING_CATEGORY(lcPerf)
} // namespace vpnaas::perf
