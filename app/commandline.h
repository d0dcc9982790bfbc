// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QCoreApplication;

/*! What the command line asked for; parse() handles --help/--version itself (it exits). */
struct CommandLine {
    QString screenshotFile;
    QString view;
    QString language;
    QString colorScheme; // --color-scheme: system, light or dark
    bool sandbox = false;
    QString cloud; // --os-cloud (or its synonym --cloud)
    QString region; // --os-region-name
    QString projectName; // --os-project-name
    QString projectId; // --os-project-id
    QSize screenshotSize;
    QString error;

    static CommandLine parse(const QCoreApplication &app, const QStringList &viewNames,
                             const QStringList &colorSchemes = {});
};
