// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::topology {
/*! "vpnaas.topology": diagnostics of the VPN graph and its layout. */
Q_DECLARE_LOGGING_CATEGORY(lcTopology)
} // namespace vpnaas::topology
