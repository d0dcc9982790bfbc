// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

/*!
 * Neutron's own wording for the request errors it answers with (neutron-lib's validators and
 * converters, neutron's API layer), untranslated, exactly as the server prints them. One owner
 * per message: the validation rules (what the console predicts) and the sandbox's API layer
 * (what the emulated server answers) both build their server messages here. Values are passed
 * already formatted the way Python prints them (the sandbox's pyvalue.h).
 */
namespace vpnaas::servermessages {

// The envelope of most attribute errors, and of conversion errors.
QString invalidInput(const QString &attribute, const QString &reason);
QString invalidInputForOperation(const QString &reason);

// Reasons (neutron_lib.api.validators and converters).
QString notInValidValues(const QString &value);
QString notValidString(const QString &value);
QString exceedsMaximumLength(const QString &value, qsizetype maximum);
QString notValidUuid(const QString &value);
QString notInteger(const QString &value);
QString tooSmall(qint64 value, qint64 minimum);
QString notNonNegative(qint64 value);
QString notBoolean(const QString &value);
QString notDictionary(const QString &value);
QString unexpectedKeys(const QStringList &keys);
QString notList(const QString &value);
QString duplicateItems(const QStringList &items);
QString notValidSubnet(const QString &value);

// The API layer's own (neutron/api/v2/base.py, attributes.py).
QString unrecognizedAttributes(const QStringList &keys);
QString notAllowedInPost(const QString &attribute);
QString readOnlyAttribute(const QString &attribute);
QString requiredNotSpecified(const QString &attribute);

} // namespace vpnaas::servermessages
