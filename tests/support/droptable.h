// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace vpnaas::test {

/*!
 * Another connection to the SQLite file \a path drops \a table under the feet of whoever has it
 * open: what the tests of reported write failures (history, sandbox store) need. False when the
 * file did not open or the table could not be dropped.
 */
inline bool dropTable(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("vpnaas-test-drop-table");
    bool dropped = false;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        dropped = other.open() && QSqlQuery(other).exec(QStringLiteral("DROP TABLE ") + table);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dropped;
}

} // namespace vpnaas::test
