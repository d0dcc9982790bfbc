// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::strongswan {
/*! "vpnaas.strongswan": diagnostics of the config renderers and lint; never rendered secrets. */
Q_DECLARE_LOGGING_CATEGORY(lcStrongSwan)
} // namespace vpnaas::strongswan
