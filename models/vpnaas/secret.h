// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QDebug;

namespace vpnaas {

/*!
 * A pre-shared key or other secret. The text is only reachable through reveal(), so it cannot end
 * up in a log line, a tooltip or a string concatenation by accident; QDebug prints a mask.
 */
class Secret
{
public:
    Secret() = default;
    explicit Secret(QString text)
        : m_text(std::move(text))
    {
    }

    const QString &reveal() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    qsizetype length() const { return m_text.size(); }
    /*! A fixed-width mask that does not give away the length. */
    static QString mask() { return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"); }

    bool operator==(const Secret &other) const = default;

private:
    QString m_text;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace vpnaas
