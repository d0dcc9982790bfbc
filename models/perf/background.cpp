// SPDX-License-Identifier: Apache-2.0
#include "background.h"

namespace vpnaas::perf {
namespace {
Q_GLOBAL_STATIC(QThreadPool, pool)
} // namespace

QThreadPool *backgroundPool()
{
    return pool();
}

} // namespace vpnaas::perf
