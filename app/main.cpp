// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "vpnaas-console: %s\n", qPrintable(text));
}

/*! Our translation for --lang or the system locale, plus Qt's own strings when installed. */
void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"vpnaas-console"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    else if (!language.isEmpty() && locale.language() != QLocale::English)
        printError(u"no translation for \"%1\"; using English"_s.arg(language));
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"vpnaas-console"_s);
    QApplication::setApplicationDisplayName(u"VPNaaS Console"_s);
    QApplication::setOrganizationName(u"vpnaas-console"_s);
    QApplication::setApplicationVersion(QStringLiteral(VPNAAS_VERSION));

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

    const CommandLine options = CommandLine::parse(app, vpnaas::ui::MainWindow::viewNames());
    if (!options.error.isEmpty()) {
        printError(options.error);
        return 2;
    }

    vpnaas::ui::MainWindow window;
    if (!options.view.isEmpty())
        window.setView(options.view);

    if (options.screenshotFile.isEmpty()) {
        window.show();
        return QApplication::exec();
    }

    window.resize(options.screenshotSize);
    window.show();
    int status = 0;
    QTimer::singleShot(0, &window, [&] {
        const QPixmap pixmap = window.grab();
        if (pixmap.isNull() || !pixmap.save(options.screenshotFile, "PNG")) {
            printError(u"could not write the screenshot to \"%1\""_s.arg(QDir::toNativeSeparators(options.screenshotFile)));
            status = 1;
        }
        QApplication::quit();
    });
    QApplication::exec();
    return status;
}
