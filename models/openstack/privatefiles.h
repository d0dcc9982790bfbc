// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/*!
 * The console's files at rest: its data directory (QStandardPaths::AppDataLocation) is the
 * owner's alone (0700) and so are its SQLite databases and their -wal, -shm and -journal
 * companions (0600). Modes are set with chmod, so they do not depend on the umask, and a looser
 * mode of an existing file (made by an older version, 0644 in 0755) is tightened. The sandbox
 * keeps the PSKs typed into it in its database in clear; nothing here encrypts.
 */
namespace vpnaas::openstack::privatefiles {

/*! The console's data directory (the sandbox and the monitoring history live there). */
QString dataDirectory();

/*!
 * Creates \a directory (and missing parents) with mode 0700. An existing directory is tightened
 * to 0700 only when it is dataDirectory(): a path the user chose elsewhere is left alone.
 * False with a translated \a error when it cannot be created or tightened.
 */
bool prepareDirectory(const QString &directory, QString *error);

/*!
 * Makes \a databasePath ready for SQLite: its directory as prepareDirectory() does, the file
 * created empty with mode 0600 when missing (SQLite gives its -wal and -shm files the
 * database's mode), and every existing one of the file and its companions tightened to 0600.
 * Call it before opening and again after the journal mode is set.
 */
bool prepareDatabaseFile(const QString &databasePath, QString *error);

} // namespace vpnaas::openstack::privatefiles
