// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/*!
 * Strict readers of the files the renderers write, for fuzz_renderers: each checks that a
 * text has the structure the renderer means (sections, keys from the renderer's own set, each
 * key once per section, values that a strongSwan/Libreswan parser reads as one value on one
 * line, the expected number of conns and secrets) and returns what is wrong, or an empty
 * string. A value that injected a line, a key or a section fails them.
 */
namespace vpnaas::fuzz {

enum class ConfStyle {
    Driver, // own side, the driver's template: values unquoted, as is (spaces allowed)
    Peer, // peer side strongSwan: values plain or quoted
    Libreswan, // peer side Libreswan: plain, quoted or `{ a b }`
};

/*! ipsec.conf: `config setup`, `conn %default` (Driver), then \a conns conn sections. */
QString checkIpsecConf(const QString &text, ConfStyle style, qsizetype conns);
/*! swanctl.conf: connections { \a conns sections } secrets { \a conns ike-* sections }. */
QString checkSwanctlConf(const QString &text, qsizetype conns);
/*! ipsec.secrets: \a entries lines `<id> <id> : PSK <secret>` (ids plain or quoted unless Driver). */
QString checkSecrets(const QString &text, ConfStyle style, qsizetype entries);
/*!
 * The peer's strongswan.conf drop-in: comments and one `charon { }` section, empty or with the
 * aggressive-mode switch (\a aggressive), and nothing else.
 */
QString checkStrongSwanConf(const QString &text, bool aggressive);

} // namespace vpnaas::fuzz
