// SPDX-License-Identifier: Apache-2.0
#include "killedwriter.h"

#include <QCoreApplication>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace vpnaas::test {

QStringList commitsBeforeKill(const QString &path, int commits, QString *error)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, path});
    if (!child.waitForStarted()) {
        *error = u"the writer did not start: "_s + child.errorString();
        return {};
    }
    QStringList committed;
    QString partial;
    while (committed.size() < commits) {
        if (!child.waitForReadyRead(20000)) {
            *error = u"the writer stopped reporting"_s;
            child.kill();
            child.waitForFinished();
            return {};
        }
        partial += QString::fromUtf8(child.readAllStandardOutput());
        QStringList lines = partial.split(u'\n');
        partial = lines.takeLast();
        committed += lines;
    }
    child.kill(); // SIGKILL, in the middle of the next writes
    child.waitForFinished();
    partial += QString::fromUtf8(child.readAllStandardOutput());
    QStringList lines = partial.split(u'\n');
    lines.removeLast(); // a line cut by the kill was not reported
    committed += lines;
    return committed;
}

} // namespace vpnaas::test
