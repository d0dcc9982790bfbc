// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::monitoring {
/*! "vpnaas.monitoring": polls and counter fetches (failed endpoints at info level), history; never SA keys. */
Q_DECLARE_LOGGING_CATEGORY(lcMonitoring)
} // namespace vpnaas::monitoring
