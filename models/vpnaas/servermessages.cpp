// SPDX-License-Identifier: Apache-2.0
#include "servermessages.h"

using namespace Qt::StringLiterals;

namespace vpnaas::servermessages {

QString invalidInput(const QString &attribute, const QString &reason)
{
    return u"Invalid input for %1. Reason: %2."_s.arg(attribute, reason);
}

QString invalidInputForOperation(const QString &reason)
{
    return u"Invalid input for operation: %1."_s.arg(reason);
}

QString notInValidValues(const QString &value)
{
    return u"%1 is not in valid_values"_s.arg(value);
}

QString notValidString(const QString &value)
{
    return u"'%1' is not a valid string"_s.arg(value);
}

QString exceedsMaximumLength(const QString &value, qsizetype maximum)
{
    return u"'%1' exceeds maximum length of %2"_s.arg(value).arg(maximum);
}

QString notValidUuid(const QString &value)
{
    return u"'%1' is not a valid UUID"_s.arg(value);
}

QString notInteger(const QString &value)
{
    return u"'%1' is not an integer"_s.arg(value);
}

QString tooSmall(qint64 value, qint64 minimum)
{
    return u"'%1' is too small - must be at least '%2'"_s.arg(value).arg(minimum);
}

QString notNonNegative(qint64 value)
{
    return u"'%1' should be non-negative"_s.arg(value);
}

QString notBoolean(const QString &value)
{
    return u"'%1' cannot be converted to boolean"_s.arg(value);
}

QString notDictionary(const QString &value)
{
    return u"'%1' is not a dictionary"_s.arg(value);
}

QString unexpectedKeys(const QStringList &keys)
{
    return u"Unexpected keys supplied: %1"_s.arg(keys.join(u", "));
}

QString notList(const QString &value)
{
    return u"'%1' is not a list"_s.arg(value);
}

QString duplicateItems(const QStringList &items)
{
    return u"Duplicate items in the list: '%1'"_s.arg(items.join(u", "));
}

QString notValidSubnet(const QString &value)
{
    return u"'%1' is not a valid IP subnet"_s.arg(value);
}

QString unrecognizedAttributes(const QStringList &keys)
{
    return u"Unrecognized attribute(s) '%1'"_s.arg(keys.join(u", "));
}

QString notAllowedInPost(const QString &attribute)
{
    return u"Attribute '%1' not allowed in POST"_s.arg(attribute);
}

QString readOnlyAttribute(const QString &attribute)
{
    return u"Cannot update read-only attribute %1"_s.arg(attribute);
}

QString requiredNotSpecified(const QString &attribute)
{
    return u"Failed to parse request. Required attribute '%1' not specified"_s.arg(attribute);
}

} // namespace vpnaas::servermessages
