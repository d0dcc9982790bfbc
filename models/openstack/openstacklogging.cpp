// SPDX-License-Identifier: Apache-2.0
#include "openstacklogging.h"

namespace vpnaas::openstack {
// Requests are logged at info level: on with QT_LOGGING_RULES="vpnaas.openstack.info=true".
Q_LOGGING_CATEGORY(lcOpenStack, "vpnaas.openstack", QtWarningMsg)
} // namespace vpnaas::openstack
