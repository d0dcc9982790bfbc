// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QStringList>

#include <optional>

/*!
 * Python's value semantics, as far as neutron-server's answers show them: its error messages
 * print values with str() and repr(), its converters call int() and oslo's bool_from_string(),
 * `if value:` decides defaults, and its emulated sort compares values with Python's ordering.
 * JSON values stand for the Python objects json.loads() makes.
 */
namespace vpnaas::sandbox::py {

/*! repr(): 'text' (quoted and escaped as Python does), 12, True, None, [..], {..}. */
QString repr(const QJsonValue &value);
/*! str(): text as it is, everything else as repr(). */
QString str(const QJsonValue &value);
/*! repr() of a list of strings: ['a', 'b']. */
QString list(const QStringList &items);
/*! bool(value): what `if value:` decides. */
bool truthy(const QJsonValue &value);
/*! int(value); nothing where it raises. */
std::optional<qint64> toInt(const QJsonValue &value);
/*! oslo.utils' bool_from_string(strict=True); nothing where it raises. */
std::optional<bool> toBool(const QJsonValue &value);
/*! oslo.utils' is_uuid_like(): 32 hex digits once "urn:", "uuid:", braces and dashes are gone. */
bool isUuidLike(const QJsonValue &value);
/*! Python's comparison of two attribute values in the emulated sort (None first): -1, 0 or 1. */
int compare(const QJsonValue &a, const QJsonValue &b);

} // namespace vpnaas::sandbox::py
