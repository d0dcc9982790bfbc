// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace vpnaas::strongswan {

/*!
 * One thing in a rendered configuration that will break or surprise: what lint and the
 * resolution of a service or connection report. `message` is translated; `code` is a stable
 * key (tests, filters); `key` is the ipsec.conf key it is about ("dpdaction"), so a view can
 * mark the line, or empty when the finding is about no single key.
 */
struct Finding {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    /*! The IPsec site connection; empty when the finding is about the VPN service as a whole. */
    QString connectionId;
    QString code;
    QString key;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &other) const = default;
};

using Findings = QList<Finding>;

/*! "error", "warning" or "info" (untranslated: for text exports and golden files). */
QString severityName(Finding::Severity severity);

/*!
 * One line per finding: `<severity> <connection id or -> <code>[ (<key>)]: <message>`,
 * each ending in a newline; empty for no findings.
 */
QString formatFindings(const Findings &findings);

inline bool hasErrors(const Findings &findings)
{
    for (const Finding &finding : findings) {
        if (finding.isError())
            return true;
    }
    return false;
}

} // namespace vpnaas::strongswan
