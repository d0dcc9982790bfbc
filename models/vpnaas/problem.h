// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace vpnaas {

/*!
 * One thing wrong (or worth a warning) with a request. `message` is translated for the user;
 * `code` and `serverMessage` are what a Neutron server answers for the same mistake (its
 * NeutronError type and untranslated message, with the HTTP status), so the sandbox can answer
 * like the real server and tests can compare against recorded replies.
 */
struct Problem {
    enum class Severity { Error, Warning };

    QString field;
    QString message;
    Severity severity = Severity::Error;
    QString code;
    QString serverMessage;
    int httpStatus = 400;
    /*! False for what the console refuses although the server would take it (an empty PSK). */
    bool serverEnforced = true;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Problem &other) const = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems)
{
    for (const Problem &problem : problems) {
        if (problem.isError())
            return true;
    }
    return false;
}

/*! The problems about \a field (for the message beside a wizard field). */
inline Problems problemsFor(const Problems &problems, const QString &field)
{
    Problems result;
    for (const Problem &problem : problems) {
        if (problem.field == field)
            result.append(problem);
    }
    return result;
}

} // namespace vpnaas
