// SPDX-License-Identifier: Apache-2.0
#include "pyvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox::py {

QString repr(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"None"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double: {
        // A whole number as a Python int (JSON does not say which it was), within qint64's range:
        // converting a double beyond it is undefined (found by fuzz_sandbox: 3e+111).
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 0x1p63 && d == std::trunc(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        const QChar quote = s.contains(u'\'') && !s.contains(u'"') ? u'"' : u'\'';
        QString out(quote);
        for (const QChar c : s) {
            if (c == u'\\' || c == quote)
                out += u'\\' + QString(c);
            else if (c == u'\n')
                out += u"\\n"_s;
            else if (c == u'\r')
                out += u"\\r"_s;
            else if (c == u'\t')
                out += u"\\t"_s;
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QChar(u'0'));
            else
                out += c;
        }
        return out + quote;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(repr(item));
        return u'[' + items.join(u", ") + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            items.append(repr(it.key()) + u": "_s + repr(it.value()));
        return u'{' + items.join(u", ") + u'}';
    }
    }
    return {};
}

QString str(const QJsonValue &v)
{
    return v.isString() ? v.toString() : repr(v);
}

QString list(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'[' + quoted.join(u", ") + u']';
}

bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    default:
        return false;
    }
}

std::optional<qint64> toInt(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble()) {
        // Python's int() of a float. qint64 holds less: the ends stand for what lies beyond them,
        // which a range check then refuses as it would the real value (converting a double
        // beyond them is undefined; found by fuzz_sandbox: 1.47778e+91). Infinity is no integer.
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        if (d >= 0x1p63)
            return std::numeric_limits<qint64>::max();
        if (d <= -0x1p63)
            return std::numeric_limits<qint64>::min();
        return qint64(d);
    }
    if (!v.isString())
        return std::nullopt;
    static const QRegularExpression integer(u"^\\s*[+-]?[0-9]+\\s*$"_s);
    if (!integer.match(v.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<bool> toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString text = str(v).trimmed().toLower();
    if (QStringList{u"1"_s, u"t"_s, u"true"_s, u"on"_s, u"y"_s, u"yes"_s}.contains(text))
        return true;
    if (QStringList{u"0"_s, u"f"_s, u"false"_s, u"off"_s, u"n"_s, u"no"_s}.contains(text))
        return false;
    return std::nullopt;
}

bool isUuidLike(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    QString hex = v.toString();
    hex.remove(u"urn:"_s).remove(u"uuid:"_s);
    while (hex.startsWith(u'{'))
        hex.remove(0, 1);
    while (hex.endsWith(u'}'))
        hex.chop(1);
    hex.remove(u'-');
    static const QRegularExpression digits(u"^[0-9a-fA-F]{32}$"_s);
    return digits.match(hex).hasMatch();
}

int compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || a.isUndefined())
        return (b.isNull() || b.isUndefined()) ? 0 : -1;
    if (b.isNull() || b.isUndefined())
        return 1;
    if ((a.isDouble() || a.isBool()) && (b.isDouble() || b.isBool())) {
        const double x = a.isBool() ? double(a.toBool()) : a.toDouble();
        const double y = b.isBool() ? double(b.toBool()) : b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const int c = QString::compare(str(a), str(b));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace vpnaas::sandbox::py
