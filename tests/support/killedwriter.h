// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace vpnaas::test {

/*!
 * The crash half of a durability test: starts this test executable again as `--writer PATH`
 * (the test's main() runs its writer then), reads the lines the writer prints after each commit,
 * SIGKILLs it once at least \a commits were reported (in the middle of the next writes), and
 * returns every line it reported before it died. On failure (the writer did not start or stopped
 * reporting) returns nothing and says why in \a error.
 */
QStringList commitsBeforeKill(const QString &path, int commits, QString *error);

} // namespace vpnaas::test
