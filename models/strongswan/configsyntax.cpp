// SPDX-License-Identifier: Apache-2.0
#include "configsyntax.h"

using namespace Qt::StringLiterals;

namespace vpnaas::strongswan {
namespace {

bool isTokenCharacter(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || QStringView(u".:@_-/+*").contains(c);
}

template<typename Unsafe>
QString quoteIf(QStringView text, Unsafe unsafe)
{
    for (const QChar c : text) {
        if (isControlCharacter(c) || unsafe(c))
            return quotedString(text);
    }
    return text.toString();
}

} // namespace

bool isControlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

std::optional<QChar> firstControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (isControlCharacter(c))
            return c;
    }
    return std::nullopt;
}

QString describeCharacter(QChar c)
{
    QString code = u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
    switch (c.unicode()) {
    case u'\n':
        return code + u" (line feed)"_s;
    case u'\r':
        return code + u" (carriage return)"_s;
    case u'\t':
        return code + u" (tab)"_s;
    case 0x2028:
        return code + u" (line separator)"_s;
    case 0x2029:
        return code + u" (paragraph separator)"_s;
    case 0x85:
        return code + u" (next line)"_s;
    default:
        return code;
    }
}

bool isPlainToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isTokenCharacter(c))
            return false;
    }
    return true;
}

QString quotedString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            out += isControlCharacter(c) ? QChar(u'?') : c;
        }
    }
    out += u'"';
    return out;
}

QString tokenOrQuoted(QStringView text)
{
    return text.isEmpty() || isPlainToken(text) ? text.toString() : quotedString(text);
}

QString ipsecConfValue(QStringView text)
{
    return quoteIf(text, [](QChar c) { return c.isSpace() || c == u'"' || c == u'#' || c == u'\\'; });
}

QString driverValue(QStringView text)
{
    return quoteIf(text, [](QChar) { return false; });
}

QString swanctlValue(QStringView text)
{
    if (text.startsWith(u' ') || text.endsWith(u' '))
        return quotedString(text);
    return quoteIf(text, [](QChar c) { return QStringView(u"\"#{}\\").contains(c) || (c.isSpace() && c != u' '); });
}

QString jinjaEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&#34;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString sectionName(QStringView text)
{
    if (text.isEmpty())
        return u"_"_s;
    QString out = text.toString();
    for (QChar &c : out) {
        if (!isTokenCharacter(c) || c == u'.' || c == u':')
            c = u'_';
    }
    return out;
}

QString commentText(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (isControlCharacter(c))
            c = u' ';
    }
    return out;
}

} // namespace vpnaas::strongswan
