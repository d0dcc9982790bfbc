// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QCoreApplication &app, const QStringList &viewNames,
                               const QStringList &colorSchemes)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Desktop management console for OpenStack Neutron VPNaaS.")
        + u"\n\n"_s
        + QCoreApplication::translate(
            "CommandLine",
            "Subcommands (no window, no display needed):\n"
            "  render    the strongSwan and Libreswan files of a VPN service (run 'vpnaas-console render --help')\n"
            "  diagnose  why a connection's tunnel is down (run 'vpnaas-console diagnose --help')"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("CommandLine", "Render the window, save it as a PNG to <file> and exit."),
        u"file"_s);
    const QCommandLineOption view(
        u"view"_s,
        QCoreApplication::translate("CommandLine", "Start on view <name>: %1 (a wizard name may end in :N for page N).")
            .arg(viewNames.join(u", ")),
        u"name"_s);
    const QCommandLineOption size(
        u"size"_s, QCoreApplication::translate("CommandLine", "Window size for --screenshot, e.g. 1280x800."), u"WxH"_s,
        u"1280x800"_s);
    const QCommandLineOption lang(
        u"lang"_s,
        QCoreApplication::translate("CommandLine", "User interface language, e.g. ko or en (default: the system's)."),
        u"code"_s);
    const QCommandLineOption colorScheme(
        u"color-scheme"_s,
        QCoreApplication::translate("CommandLine", "Colours: %1 (default: system, the desktop's).")
            .arg(colorSchemes.join(u", ")),
        u"name"_s, u"system"_s);
    const QCommandLineOption sandbox(
        u"sandbox"_s,
        QCoreApplication::translate("CommandLine",
                                    "Use the built-in offline sandbox cloud, even when clouds are configured."));
    // The openstack CLI's spellings; --cloud stays as a synonym.
    const QCommandLineOption cloud(
        {u"os-cloud"_s, u"cloud"_s},
        QCoreApplication::translate("CommandLine",
                                    "Start on cloud <name> from clouds.yaml (or \"envvars\"); beats OS_CLOUD."),
        u"name"_s);
    const QCommandLineOption region(
        u"os-region-name"_s,
        QCoreApplication::translate("CommandLine", "Region of the cloud to start in; beats OS_REGION_NAME."),
        u"name"_s);
    const QCommandLineOption projectName(
        u"os-project-name"_s,
        QCoreApplication::translate("CommandLine", "Project to start in, by name (scopes the token to it)."),
        u"name"_s);
    const QCommandLineOption projectId(
        u"os-project-id"_s,
        QCoreApplication::translate("CommandLine", "Project to start in, by id (scopes the token to it)."), u"id"_s);
    parser.addOptions({screenshot, view, size, lang, colorScheme, sandbox, cloud, region, projectName, projectId});
    parser.process(app);

    CommandLine result;
    result.screenshotFile = parser.value(screenshot);
    result.view = parser.value(view);
    result.language = parser.value(lang);
    result.colorScheme = parser.value(colorScheme);
    if (!colorSchemes.isEmpty() && !colorSchemes.contains(result.colorScheme)) {
        result.error = QCoreApplication::translate("CommandLine", "Unknown colour scheme \"%1\"; choose one of: %2.")
                           .arg(result.colorScheme, colorSchemes.join(u", "));
    }
    result.sandbox = parser.isSet(sandbox);
    result.cloud = parser.value(cloud);
    result.region = parser.value(region);
    result.projectName = parser.value(projectName);
    result.projectId = parser.value(projectId);
    if (result.sandbox && !result.cloud.isEmpty())
        result.error = QCoreApplication::translate("CommandLine", "--sandbox and --os-cloud exclude each other.");
    if (!result.projectName.isEmpty() && !result.projectId.isEmpty())
        result.error
            = QCoreApplication::translate("CommandLine", "--os-project-name and --os-project-id exclude each other.");
    // "wizard:NAME:N" opens page N of a wizard.
    const qsizetype colon = result.view.lastIndexOf(u':');
    bool pageOk = false;
    const int page = colon > 0 ? result.view.mid(colon + 1).toInt(&pageOk) : 0;
    const bool wizardPage
        = result.view.startsWith(u"wizard:") && pageOk && page >= 1 && viewNames.contains(result.view.left(colon));
    if (!result.view.isEmpty() && !viewNames.contains(result.view) && !wizardPage) {
        result.error = QCoreApplication::translate("CommandLine", "Unknown view \"%1\"; choose one of: %2.")
                           .arg(result.view, viewNames.join(u", "));
    }
    const QStringList dims = parser.value(size).split(u'x');
    bool okW = false, okH = false;
    if (dims.size() == 2)
        result.screenshotSize = QSize(dims[0].toInt(&okW), dims[1].toInt(&okH));
    if (!okW || !okH || result.screenshotSize.width() < 200 || result.screenshotSize.height() < 150) {
        result.error = QCoreApplication::translate("CommandLine", "Bad --size \"%1\"; use WIDTHxHEIGHT, e.g. 1280x800.")
                           .arg(parser.value(size));
    }
    return result;
}
