// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::vici {
/*! "vpnaas.vici": connections, commands, event registrations and protocol errors; never message bodies (they can hold
 * PSK-derived config). */
Q_DECLARE_LOGGING_CATEGORY(lcVici)
} // namespace vpnaas::vici
