// SPDX-License-Identifier: Apache-2.0
#include "colorscheme.h"
#include "commandline.h"
#include "diagnosecommand.h"
#include "logincontroller.h"
#include "mainwindow.h"
#include "monitoring/monitor.h"
#include "monitoring/monitoringcontroller.h"
#include "rendercommand.h"

#include "itemmodels/cloudlistmodel.h"
#include "openstack/cloudconfigloader.h"
#include "perf/perflogging.h"
#include "perf/stallwatch.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsimulator.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "vpnaas-console: %s\n", qPrintable(text));
}

/*! Our translation for --lang or the system locale, plus Qt's own strings when installed. */
void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers, sizes and dates follow --lang too
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"vpnaas-console"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else if (!language.isEmpty() && locale.language() != QLocale::English)
        printError(u"no translation for \"%1\"; using English"_s.arg(language));
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/*! --help, --help-all and --version only print. Without a display (ssh, scripts, package checks)
    the window's platform plugin would abort before they are read, so they run offscreen. */
void printOnlyRunsOffscreen(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const double started = vpnaas::perf::nowMs(); // the clock of vpnaas.perf's "first painted" line
    if (argc > 1 && (qstrcmp(argv[1], "render") == 0 || qstrcmp(argv[1], "diagnose") == 0)) {
        // Headless: no window, no display needed.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"vpnaas-console"_s);
        QCoreApplication::setOrganizationName(u"vpnaas-console"_s);
        installTranslators(app, QString());
        QStringList arguments = QCoreApplication::arguments();
        const bool render = arguments.at(1) == u"render";
        arguments.removeAt(1);
        return render ? runRenderCommand(app, arguments) : runDiagnoseCommand(app, arguments);
    }
    printOnlyRunsOffscreen(argc, argv);
    // Every event's delivery is timed for the stall watch (a no-op while none runs).
    vpnaas::perf::WatchedApplication<QApplication> app(argc, argv);
    QApplication::setApplicationName(u"vpnaas-console"_s);
    QApplication::setApplicationDisplayName(u"VPNaaS Console"_s);
    QApplication::setOrganizationName(u"vpnaas-console"_s);
    QApplication::setApplicationVersion(QStringLiteral(VPNAAS_VERSION));
    // Names the installed .desktop file (the Wayland app id, the taskbar's icon and name); the
    // names above stay "vpnaas-console" so QSettings and the data folder do not move.
    QGuiApplication::setDesktopFileName(QStringLiteral(VPNAAS_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/vpnaas-console/vpnaas-console.svg"_s));

    // --lang must be known before any translated text (including --help) is produced.
    QString language;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(u"--lang="))
            language = args[i].mid(7);
    }
    installTranslators(app, language);
    // QT_LOGGING_RULES="vpnaas.perf.info=true": every event-loop stall over 50 ms is logged with
    // what ran (docs/performance.md).
    if (vpnaas::perf::lcPerf().isInfoEnabled())
        (new vpnaas::perf::StallWatch(&app))->start();

    const CommandLine options
        = CommandLine::parse(app, vpnaas::ui::MainWindow::screenshotViewNames(), vpnaas::ui::colorscheme::names());
    if (!options.error.isEmpty()) {
        printError(options.error);
        return 2;
    }
    vpnaas::ui::colorscheme::apply(options.colorScheme);

    // Clouds from clouds.yaml / OS_*; a broken file is reported and skipped, never fatal.
    // --os-cloud is the user's explicit choice: only that cloud may combine a working directory's
    // clouds.yaml with a secure.yaml of another folder (CloudConfigLoader).
    const vpnaas::openstack::CloudConfig clouds = vpnaas::openstack::CloudConfigLoader::load(options.cloud);
    for (const QString &problem : clouds.errors)
        printError(problem);
    for (const QString &warning : clouds.warnings)
        printError(warning);
    if (!options.cloud.isEmpty() && !clouds.cloud(options.cloud)) {
        QStringList names;
        for (const auto &cloud : clouds.clouds)
            names.append(cloud.name);
        printError(u"no cloud named \"%1\" (configured: %2)"_s.arg(options.cloud,
                                                                   names.isEmpty() ? u"none"_s : names.join(u", "_s)));
        return 2;
    }

    // Opened (and its file created) only when the sandbox is chosen: a console that talks to
    // real clouds only never writes sandbox.sqlite.
    vpnaas::sandbox::Sandbox sandbox;
    if (!options.screenshotFile.isEmpty())
        sandbox.setAgentDelay(0); // a screenshot shows the settled state

    QNetworkAccessManager network;
    vpnaas::ui::MainWindow window;
    window.setNetworkAccessManager(&network);
    window.setOfflineCloud(&sandbox); // when it cannot be opened, the window says why
    window.setClouds(clouds);
    if (!clouds.errors.isEmpty() || !clouds.warnings.isEmpty())
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Some cloud configuration was skipped: %1")
                .arg(clouds.errors.isEmpty() ? clouds.warnings.first() : clouds.errors.first()),
            15000);
    const QString cloud = options.sandbox ? vpnaas::CloudListModel::sandboxName()
        : !options.cloud.isEmpty()        ? options.cloud
                                          : window.initialCloud();
    // --os-region-name (else OS_REGION_NAME) and --os-project-name/--os-project-id beat the
    // region and project remembered for the cloud, as they do for `openstack`.
    const QString region = !options.region.isEmpty() ? options.region : qEnvironmentVariable("OS_REGION_NAME");
    if (const vpnaas::openstack::CloudProfile *profile = clouds.cloud(cloud)) {
        vpnaas::openstack::CloudProfile check = *profile;
        if (QString error; !vpnaas::openstack::CloudConfigLoader::selectRegion(check, region, &error)) {
            printError(error);
            return 2;
        }
        window.setScopeOverride(cloud, region, options.projectName, options.projectId);
    }
    // A clouds.yaml in the working directory is whatever the folder the console was started in
    // holds: its clouds are connected to only when the user picks one (--cloud or the cloud
    // list), never on their own as the remembered or default cloud.
    const vpnaas::openstack::CloudProfile *initial = clouds.cloud(cloud);
    bool connectAfterPaint = true;
    if (options.cloud.isEmpty() && initial && initial->fromWorkingDirectory) {
        const QString message
            = QCoreApplication::translate("main",
                                          "Not connected to \"%1\": it is defined in %2, in the working directory. "
                                          "Choose it in the cloud list (or start with --os-cloud %1) to connect.")
                  .arg(cloud, QDir::toNativeSeparators(initial->source));
        printError(message);
        window.statusBar()->showMessage(message);
        // The selector shows that cloud, unconnected: picking it there is the choice that connects.
        window.showCloudUnconnected(cloud);
        connectAfterPaint = false;
    } else {
        // The window first, then the cloud: opening the sandbox's store or signing in starts
        // right after the first paint (11 ms of a 70 ms start before), the selector showing it.
        window.showCloudUnconnected(cloud);
    }
    vpnaas::Workspace *workspace = window.workspace();
    const auto connectCloud = [&window, cloud, connectAfterPaint] {
        if (connectAfterPaint)
            window.selectCloud(cloud);
    };
    // Sample input (a peer, a random PSK) only for a picture, never for a wizard someone fills in.
    window.setSampleInputForWizards(!options.screenshotFile.isEmpty());
    if (options.view.startsWith(u"wizard:")) {
        // A wizard offers what the cloud has: open it once the first refresh landed.
        auto opened = std::make_shared<bool>(false);
        const auto openWizard = [&window, view = options.view, opened] {
            if (!*opened) {
                *opened = true;
                window.setView(view);
            }
        };
        QObject::connect(workspace, &vpnaas::Workspace::refreshSucceeded, &window, openWizard);
        QObject::connect(workspace, &vpnaas::Workspace::refreshFailed, &window, openWizard);
    } else if (!options.view.isEmpty()) {
        window.setView(options.view);
    }

    vpnaas::perf::logFirstPaint(&window, u"the main window"_s, started);
    if (options.screenshotFile.isEmpty()) {
        vpnaas::perf::afterFirstPaint(&window, connectCloud);
        window.show();
        return QApplication::exec();
    }

    window.resize(options.screenshotSize);
    window.show();
    int status = 0;
    const auto grab = [&] {
        // The login dialog (a cloud without its password) is what the user sees first.
        QWidget *diagnosis = window.openRequestedDiagnosis();
        if (diagnosis) {
            // Widgets added to a shown window are shown, and laid out, on later turns.
            for (int turn = 0; turn < 5; ++turn) {
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
            }
        }
        QWidget *target = window.loginController()->dialog() ? window.loginController()->dialog()
            : window.currentWizard()                         ? static_cast<QWidget *>(window.currentWizard())
            : diagnosis                                      ? diagnosis
                                                             : &window;
        const QPixmap pixmap = target->grab();
        if (pixmap.isNull() || !pixmap.save(options.screenshotFile, "PNG")) {
            printError(
                u"could not write the screenshot to \"%1\""_s.arg(QDir::toNativeSeparators(options.screenshotFile)));
            status = 1;
        }
        QApplication::quit();
    };
    // Grab once the cloud has answered and nothing is in flight for a moment (the simulated
    // agent settles statuses right after the first answer), or after 20 s whatever the state.
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(300);
    // The monitoring view also waits for a poll with counters where nothing is PENDING (the
    // agent settles them), polling again after each refresh; the 20 s limit still applies.
    bool monitored = options.view != u"monitoring";
    vpnaas::monitoring::Monitor *monitor = window.monitoringController()->monitor();
    QObject::connect(monitor, &vpnaas::monitoring::Monitor::updated, &window, [&] {
        const QList<vpnaas::monitoring::MonitorRow> rows = monitor->rows();
        const bool pending = std::any_of(rows.cbegin(), rows.cend(),
                                         [](const auto &row) { return row.status.startsWith(u"PENDING"); });
        if (!monitored && workspace->isConnected() && !rows.isEmpty() && !pending) {
            monitored = true;
            quiet.start();
        }
    });
    if (!monitored)
        QObject::connect(workspace, &vpnaas::Workspace::refreshSucceeded, monitor,
                         &vpnaas::monitoring::Monitor::pollNow);
    QObject::connect(&quiet, &QTimer::timeout, &window, [&] {
        if (workspace->isRefreshing() || !monitored)
            return; // the next refreshSucceeded/Failed (or monitor update) restarts the wait
        grab();
    });
    const auto settled = [&] { quiet.start(); };
    QObject::connect(workspace, &vpnaas::Workspace::refreshSucceeded, &window, settled);
    QObject::connect(workspace, &vpnaas::Workspace::refreshFailed, &window, settled);
    vpnaas::perf::afterFirstPaint(&window, [&] {
        connectCloud();
        if (!workspace->isConnected())
            quiet.start();
    });
    QTimer::singleShot(20000, &window, grab);
    QApplication::exec();
    return status;
}
