// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::openstack {
/*! "vpnaas.openstack": requests (method, URL, status, request id, time), never bodies or secrets. */
Q_DECLARE_LOGGING_CATEGORY(lcOpenStack)
} // namespace vpnaas::openstack
