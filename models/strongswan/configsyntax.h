// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

/*!
 * How a value is written into the files the renderers produce so that it stays one value on
 * one line, whatever it holds. Resource values come from the server (and, through it, from
 * whoever created the resource): a `peer_id` of "192.168.20.9\n  leftsubnet=0.0.0.0/0" must
 * never become a second line, a new key or a new conn section. Pure functions.
 *
 * The quoting is what both file formats read: ipsec.conf(5) ("in such values double quotes
 * themselves may be escaped by prefixing them with \ ... the following control characters may
 * be encoded in double-quoted strings: \n, \r, \t") and the strongswan.conf/swanctl.conf
 * settings syntax (quoted strings with the same escapes). Control characters without an
 * escape are written as '?': such a value is broken anyway and lint says so.
 */
namespace vpnaas::strongswan {

/*!
 * A character that ends a line or is invisible in a text file: C0 controls (newline, carriage
 * return, tab, …), DEL, C1 controls (NEL U+0085 among them) and the Unicode line and paragraph
 * separators U+2028, U+2029.
 */
bool isControlCharacter(QChar c);
/*! The first control character in \a text, or nothing. */
std::optional<QChar> firstControlCharacter(QStringView text);
/*! "U+000A (line feed)" for the known ones, "U+0001" otherwise: how lint names a character. */
QString describeCharacter(QChar c);

/*!
 * A plain token: non-empty, only ASCII letters and digits and `. : @ _ - / + *` (what ids,
 * addresses, CIDRs and UUIDs use). Written as is everywhere.
 */
bool isPlainToken(QStringView text);

/*! \a text in double quotes, `\` and `"` escaped, control characters as above. */
QString quotedString(QStringView text);
/*! \a text as is when it is a plain token or empty, else quotedString() (ids, addresses). */
QString tokenOrQuoted(QStringView text);

/*!
 * A value for an ipsec.conf `key=value` line: as is unless it holds a control character,
 * whitespace, `"`, `#` or `\`, which quote it. Proposals, CIDR lists and `%forever` stay plain.
 */
QString ipsecConfValue(QStringView text);
/*!
 * A value as the Neutron driver writes it (no quoting at all, byte for byte like its template),
 * except that a value with a control character is quoted: this is the one place where the
 * rendered own-side files deliberately differ from the driver's (lint reports it).
 */
QString driverValue(QStringView text);
/*!
 * A value for a swanctl.conf `key = value` line: as is unless it holds a control character,
 * `"`, `#`, `{`, `}`, `\` or starts or ends with a space, which quote it.
 */
QString swanctlValue(QStringView text);

/*!
 * A section name (ipsec.conf `conn <name>`, a swanctl.conf section): \a text when it is a plain
 * token without `.`, `:` (swanctl reads those as references), else every other character as
 * `_`; "_" for an empty text.
 */
QString sectionName(QStringView text);

/*!
 * What the driver's Jinja templates (autoescape, markupsafe) make of a value: `&`, `<`, `>`,
 * `"` and `'` as HTML entities.
 */
QString jinjaEscaped(const QString &value);

/*! A user-typed text as one comment line: control characters become spaces. */
QString commentText(QStringView text);

} // namespace vpnaas::strongswan
