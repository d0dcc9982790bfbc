// SPDX-License-Identifier: Apache-2.0
//
// Cold start (issue 16): from starting the process to the first paint of its main window, for
// `vpnaas-console --sandbox` (fresh settings and data each run, so the sandbox is created as on
// a first run) and for a bare Qt Widgets window with a table (this program with --bare), the
// same way in the same run: the child says when it first painted (the console on vpnaas.perf,
// the bare window on stderr) and this program takes the time it reads that line. Target: the
// console within 2x the bare window. Prints numbers; never run by ctest (docs/style.md 24).
//
//   build/release/tests/bench/bench_cold_start [runs]     (default 7; medians)
#include "benchsupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double kRatioTarget = 2.0;

/*! The baseline: a main window with a table of 20 rows, and a line on stderr at its first paint. */
int runBare(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(20, 8, &window);
    for (int row = 0; row < 20; ++row) {
        for (int column = 0; column < 8; ++column)
            model->setItem(row, column, new QStandardItem(u"cell %1.%2"_s.arg(row).arg(column)));
    }
    auto *table = new QTableView(&window);
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    struct FirstPaint : QObject {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                std::fprintf(stderr, "painted\n");
                std::fflush(stderr);
                QCoreApplication::exit(0);
            }
            return false;
        }
    } firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}

/*!
 * Starts \a program with \a arguments in fresh XDG folders and returns the ms until a line of
 * its stderr contains \a marker (-1 when it never came within 60 s).
 */
double timeToMarker(const QString &program, const QStringList &arguments, const QByteArray &marker)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(variable), home.filePath(QString::fromLatin1(variable)));
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"QT_LOGGING_RULES"_s, u"vpnaas.perf.info=true"_s);
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits for this one
    QElapsedTimer clock;
    clock.start();
    child.start(program, arguments);
    QByteArray seen;
    double at = -1;
    while (at < 0 && clock.elapsed() < 60000) {
        const bool more = child.waitForReadyRead(100);
        seen += child.readAllStandardError();
        if (seen.contains(marker))
            at = double(clock.nsecsElapsed()) / 1e6;
        else if (!more && child.state() == QProcess::NotRunning)
            break;
    }
    if (at < 0)
        std::fprintf(stderr, "%s never said \"%s\"; its stderr:\n%s\n", qPrintable(program), marker.constData(),
                     seen.constData());
    child.kill();
    child.waitForFinished(5000);
    return at;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0) {
        vpnaas::bench::offscreenByDefault();
        return runBare(argc, argv);
    }
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    const QString console = QDir(QCoreApplication::applicationDirPath()).filePath(u"../../bin/vpnaas-console"_s);
    if (!QFileInfo(console).isExecutable()) {
        std::fprintf(stderr, "no console at %s: build the vpnaas-console target of this build\n", qPrintable(console));
        return 1;
    }
    QTemporaryDir shots;
    QList<double> bare;
    QList<double> ours;
    for (int run = 0; run < runs + 1; ++run) { // run 0 warms the page cache
        const double b = timeToMarker(QCoreApplication::applicationFilePath(), {u"--bare"_s}, "painted");
        const double o = timeToMarker(console,
                                      {u"--sandbox"_s, u"--view"_s, u"resources:ipsec-site-connections"_s,
                                       u"--screenshot"_s, shots.filePath(u"shot.png"_s)},
                                      "the main window was first painted");
        if (b < 0 || o < 0)
            return 1;
        if (run > 0) {
            bare.append(b);
            ours.append(o);
        }
    }
    const double ratio = median(ours) / median(bare);
    std::printf("bench_cold_start: process start -> first paint of the main window, median of %d runs, %s\n", runs,
                qPrintable(QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM")).isEmpty()
                               ? u"offscreen"_s
                               : QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM"))));
    std::printf("  bare Qt Widgets window with a table          %8.1f ms\n", median(bare));
    std::printf("  vpnaas-console --sandbox (first run)         %8.1f ms\n", median(ours));
    std::printf("  ratio                                        %8.2f x   <= %.0f x   %s\n", ratio, kRatioTarget,
                vpnaas::bench::verdict(ratio <= kRatioTarget));
    return 0;
}
