// SPDX-License-Identifier: Apache-2.0
#include "background.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace vpnaas::perf {
namespace {
Q_GLOBAL_STATIC(QThreadPool, pool)
} // namespace

QThreadPool *backgroundPool()
{
    return pool();
}

void yieldToTheGuiThread()
{
#ifdef Q_OS_LINUX
    // Per thread on Linux (a thread is a task with its own nice value); QThread's priorities do
    // nothing under SCHED_OTHER, and SCHED_IDLE starves the pool while the window is busy.
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, id_t(gettid()), 10);
    }
#endif
}

} // namespace vpnaas::perf
