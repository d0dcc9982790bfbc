// SPDX-License-Identifier: Apache-2.0
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack::privatefiles {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::PrivateFiles)
};

// Through an alias: after `constexpr QFileDevice::Permissions k… = …` lupdate 6.4 warns of an
// unknown scope and files the next Text::tr() under the context "Text", where no translation is
// ever looked up.
using Permissions = QFileDevice::Permissions;

constexpr Permissions kOwnerOnlyDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr Permissions kOwnerOnlyFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

/*! Sets \a wanted when \a always or when group or others have any right on \a path. */
bool tighten(const QString &path, Permissions wanted, QString *error, bool always = false)
{
    if (!always && (QFile::permissions(path) & kGroupOrOthers) == 0)
        return true;
    if (QFile::setPermissions(path, wanted))
        return true;
    if (error)
        *error = Text::tr("Cannot make %1 private (readable by its owner only).").arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool prepareDirectory(const QString &directory, QString *error)
{
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    if (!QFileInfo(absolute).isDir()) {
        if (!QDir().mkpath(absolute)) {
            if (error)
                *error = Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(absolute));
            return false;
        }
        // mkpath() follows the umask (0755 by default): a new folder is ours alone at once.
        return tighten(absolute, kOwnerOnlyDirectory, error, true);
    }
    if (absolute == QFileInfo(dataDirectory()).absoluteFilePath())
        return tighten(absolute, kOwnerOnlyDirectory, error);
    return true;
}

bool prepareDatabaseFile(const QString &databasePath, QString *error)
{
    const QFileInfo info(databasePath);
    if (!prepareDirectory(info.absolutePath(), error))
        return false;
    const QString path = info.absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        // Created empty and 0600 before SQLite sees it: SQLite then creates the -wal and -shm
        // files with the database's own mode (os_unix.c, findCreateFileMode()).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
            if (error)
                *error = Text::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        file.close();
        if (!tighten(path, kOwnerOnlyFile, error, true)) // the umask could have taken more than 077
            return false;
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !tighten(file, kOwnerOnlyFile, error))
            return false;
    }
    return true;
}

} // namespace vpnaas::openstack::privatefiles
