// SPDX-License-Identifier: Apache-2.0
// perf::StallWatch under perf::WatchedApplication: a stall is measured, named (event, receiver,
// Scope) and logged to vpnaas.perf; a nested event loop and work split into short events are not
// stalls. The work is a busy loop on purpose: a stall is what is being tested.
#include "perf/perflogging.h"
#include "perf/stallwatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas::perf;

namespace {

void busy(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) { }
}

/*! Its destructor takes a while: deleteLater() makes a DeferredDelete event that deletes its receiver. */
class SlowToDelete : public QObject
{
    Q_OBJECT
public:
    ~SlowToDelete() override { busy(150); }
};

/*! The share of \a stall that \a what took, 0 when it is not listed. */
double shareOf(const StallWatch::Stall &stall, const QString &what)
{
    for (const StallWatch::Activity &activity : stall.running) {
        if (activity.what.startsWith(what))
            return activity.to - activity.from;
    }
    return 0;
}

/*! The largest share \a what took of any stall. */
double largestShare(const QList<StallWatch::Stall> &stalls, const QString &what)
{
    double largest = 0;
    for (const StallWatch::Stall &stall : stalls)
        largest = qMax(largest, shareOf(stall, what));
    return largest;
}

} // namespace

class TestStallWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void namesWhatRan_data();
    void namesWhatRan();
    void notStalls_data();
    void notStalls();
    void logsToTheCategory();
    void longestIsKeptBelowTheThreshold();
    void afterFirstPaint_data();
    void afterFirstPaint();

private:
    /*!
     * Posts \a work as a queued call to an object named \a name, runs the loop until it ran,
     * then stops the watch.
     */
    void runQueued(const QString &name, const std::function<void()> &work);

    std::unique_ptr<StallWatch> m_watch;
};

void TestStallWatch::init()
{
    m_watch = std::make_unique<StallWatch>();
    m_watch->setLogging(false);
    m_watch->setResolution(1);
    m_watch->start();
}

void TestStallWatch::cleanup()
{
    m_watch.reset();
    QLoggingCategory::setFilterRules({});
}

void TestStallWatch::runQueued(const QString &name, const std::function<void()> &work)
{
    QObject target;
    target.setObjectName(name);
    bool done = false;
    QMetaObject::invokeMethod(
        &target,
        [&] {
            work();
            done = true;
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    // Its last beat measures the gap that ends with the work.
    m_watch->stop();
}

void TestStallWatch::namesWhatRan_data()
{
    QTest::addColumn<QString>("work");
    QTest::addColumn<QString>("expected");
    QTest::addRow("a slow queued call") << u"queued"_s << u"MetaCall to QObject \"slow call\""_s;
    QTest::addRow("a scope inside it") << u"scope"_s << u"decode connections (10000)"_s;
    QTest::addRow("a receiver that the event deletes") << u"delete"_s << u"DeferredDelete to SlowToDelete"_s;
}

void TestStallWatch::namesWhatRan()
{
    QFETCH(QString, work);
    QFETCH(QString, expected);
    QSignalSpy stalled(m_watch.get(), &StallWatch::stalled);
    if (work == u"delete") {
        QPointer<SlowToDelete> doomed = new SlowToDelete;
        doomed->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(doomed.isNull(), 10000);
        m_watch->stop();
    } else {
        runQueued(u"slow call"_s, [&] {
            if (work == u"scope") {
                Scope scope("decode connections", 10000);
                busy(150);
            } else {
                busy(150);
            }
        });
    }
    QVERIFY(!m_watch->stalls().isEmpty());
    const StallWatch::Stall &stall = m_watch->longest();
    QVERIFY2(stall.length() >= 150, qPrintable(stall.describe()));
    QVERIFY2(shareOf(stall, expected) >= 140, qPrintable(stall.describe()));
    QVERIFY2(shareOf(stall, expected) <= stall.length() + 0.5, qPrintable(stall.describe()));
    QVERIFY(stall.describe().contains(expected));
    QCOMPARE(stalled.constLast().at(0).value<StallWatch::Stall>().from, m_watch->stalls().constLast().from);
}

void TestStallWatch::notStalls_data()
{
    QTest::addColumn<QString>("work");
    QTest::addColumn<double>("bound"); // the most of one stall the work may be blamed for (preemption)
    QTest::addRow("a nested event loop of 1 s") << u"nested"_s << 500.0;
    QTest::addRow("ten 5 ms pieces with the loop running between") << u"split"_s << 45.0;
}

void TestStallWatch::notStalls()
{
    QFETCH(QString, work);
    QFETCH(double, bound);
    if (work == u"nested") {
        runQueued(u"dialog"_s, [] {
            QEventLoop loop;
            QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            loop.exec();
        });
    } else {
        // Each piece lets the loop run (a 2 ms timer) before the next.
        QObject target;
        int left = 10;
        std::function<void()> piece = [&] {
            {
                Scope scope("dialog work");
                busy(5);
            }
            if (--left > 0)
                QTimer::singleShot(2, &target, piece);
        };
        QTimer::singleShot(0, &target, piece);
        QTRY_COMPARE_WITH_TIMEOUT(left, 0, 10000);
        m_watch->stop();
    }
    // A loaded machine may preempt the test anywhere; what matters is that the work's own time
    // is not counted as one stall.
    const double share = qMax(largestShare(m_watch->stalls(), u"MetaCall to QObject \"dialog\""_s),
                              largestShare(m_watch->stalls(), u"dialog work"_s));
    QVERIFY2(share < bound, qPrintable(u"%1 ms of a stall counted for the work"_s.arg(share)));
}

void TestStallWatch::logsToTheCategory()
{
    QLoggingCategory::setFilterRules(u"vpnaas.perf.info=true"_s);
    m_watch->setLogging(true);
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(u"^event loop stalled for \\d+ ms: .*MetaCall to QObject \"logged\""_s));
    runQueued(u"logged"_s, [] { busy(120); });
    QVERIFY(!m_watch->stalls().isEmpty());
}

void TestStallWatch::longestIsKeptBelowTheThreshold()
{
    m_watch->setThreshold(1000);
    runQueued(u"medium"_s, [] { busy(80); });
    QVERIFY(m_watch->stalls().isEmpty());
    QVERIFY2(m_watch->longest().length() >= 80, qPrintable(m_watch->longest().describe()));
    QVERIFY(shareOf(m_watch->longest(), u"MetaCall to QObject \"medium\""_s) >= 75);
    m_watch->reset();
    QCOMPARE(m_watch->longest().length(), 0.0);
}

void TestStallWatch::afterFirstPaint_data()
{
    QTest::addColumn<bool>("painted");
    QTest::addColumn<bool>("gone");
    QTest::addRow("after the first paint, not inside it") << true << false;
    QTest::addRow("never painted: after the latest time") << false << false;
    QTest::addRow("gone first: never") << false << true;
}

// What may wait for the window (connecting to a cloud) runs once, right after its first paint,
// or after a limit when it is never painted; never once the window is gone.
void TestStallWatch::afterFirstPaint()
{
    QFETCH(bool, painted);
    QFETCH(bool, gone);
    auto window = std::make_unique<QObject>();
    int runs = 0;
    bool duringPaint = false;
    vpnaas::perf::afterFirstPaint(
        window.get(), [&] { ++runs; }, painted ? 60000 : 50);
    if (painted) {
        QEvent paint(QEvent::Paint);
        QCoreApplication::sendEvent(window.get(), &paint);
        duringPaint = runs > 0;
        QCoreApplication::sendEvent(window.get(), &paint); // a second paint: still once
    }
    if (gone) {
        window.reset();
        // Past four times the limit: the limit's timer went with the window.
        bool past = false;
        QTimer::singleShot(200, [&past] { past = true; });
        QTRY_VERIFY(past);
        QCOMPARE(runs, 0);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 5000);
    QVERIFY(!duringPaint);
    if (painted)
        QVERIFY2(clock.elapsed() < 5000, "ran after the paint, not after the limit");
    // Done with: its helper (and the limit's timer) is gone, so nothing runs again.
    QTRY_VERIFY(window->children().isEmpty());
    QCOMPARE(runs, 1);
}

int main(int argc, char *argv[])
{
    WatchedApplication<QCoreApplication> app(argc, argv);
    TestStallWatch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_stallwatch.moc"
