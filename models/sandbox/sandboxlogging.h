// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::sandbox {
/*! "vpnaas.sandbox": the offline cloud's store, server and simulated agent (damaged rows, ...); never PSKs. */
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace vpnaas::sandbox
