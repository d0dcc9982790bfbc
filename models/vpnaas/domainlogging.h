// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas {
/*! "vpnaas.domain": diagnostics of the value types, codec and validation; never PSKs or other secrets. */
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
} // namespace vpnaas
