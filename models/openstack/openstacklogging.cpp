// SPDX-License-Identifier: Apache-2.0
#include "openstacklogging.h"

namespace vpnaas::openstack {
Q_LOGGING_CATEGORY(lcOpenStack, "vpnaas.openstack", QtInfoMsg)
} // namespace vpnaas::openstack
