// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace vpnaas::perf {

/*!
 * The thread pool for the console's own background work (decoding replies, planning table
 * updates, bookkeeping counters). Not QThreadPool::globalInstance(): Qt's raster paint engine
 * splits large fills across that one and the GUI thread waits for them, so a global pool kept
 * busy for 100 ms by a decode made a repaint of a progress bar take 200 ms.
 */
QThreadPool *backgroundPool();

/*!
 * Called first by every task on backgroundPool(): on Linux, gives the pool's thread a nice value
 * of 10 (once per thread). On 2 cores two busy pool threads left the GUI thread a third of
 * each: 10 ms of its work took 20-80 ms of wall time. Niced, they take what it leaves.
 */
void yieldToTheGuiThread();

/*!
 * From how many items (connections, rows) work goes to backgroundPool(): a few hundred are done
 * in a few milliseconds, before a frame would notice, and small clouds and unit tests then see
 * the result at once.
 */
constexpr qsizetype kBackgroundFrom = 256;

/*!
 * Runs \a work on backgroundPool(), then \a done with its result on \a context's thread,
 * from its event loop, and only while \a context exists. For work that would stall the GUI
 * thread: \a work must own what it reads (implicitly shared Qt values are copied for free, and
 * the pool thread pays for detaching them), never point into objects of the GUI thread.
 * (QtConcurrent is not among the models' libraries: a promise, as ListJob does it.)
 */
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->future().takeResult());
    });
    auto promise = std::make_shared<QPromise<Result>>();
    watcher->setFuture(promise->future());
    promise->start();
    backgroundPool()->start([promise, work = std::move(work)]() mutable {
        yieldToTheGuiThread();
        promise->addResult(work());
        promise->finish();
    });
}

/*!
 * Destroys \a value on backgroundPool(): a replaced picture of 10,000 connections (hashes of
 * hashes) takes milliseconds to free, which the GUI thread need not spend. \a value must not be
 * shared with anything the GUI thread changes (a detached copy, or the last reference).
 */
template<typename T>
void releaseInBackground(T &&value)
{
    auto holder = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    backgroundPool()->start([holder = std::move(holder)]() mutable {
        yieldToTheGuiThread();
        holder.reset();
    });
}

} // namespace vpnaas::perf
