// SPDX-License-Identifier: Apache-2.0
#include "finding.h"

using namespace Qt::StringLiterals;

namespace vpnaas::strongswan {

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return u"error"_s;
    case Finding::Severity::Warning:
        return u"warning"_s;
    case Finding::Severity::Info:
        return u"info"_s;
    }
    return u"error"_s;
}

QString formatFindings(const Findings &findings)
{
    QString text;
    for (const Finding &finding : findings) {
        text += severityName(finding.severity) + u' ' + (finding.connectionId.isEmpty() ? u"-"_s : finding.connectionId)
            + u' ' + finding.code;
        if (!finding.key.isEmpty())
            text += u" ("_s + finding.key + u')';
        text += u": "_s + finding.message + u'\n';
    }
    return text;
}

} // namespace vpnaas::strongswan
