// SPDX-License-Identifier: Apache-2.0
#include "configcheck.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace vpnaas::fuzz {
namespace {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

/*! Lines without their newline; an error when a character other than '\n' is a control character. */
QString splitLines(const QString &text, QStringList *lines)
{
    for (const QChar c : text) {
        if (c != u'\n' && isControl(c))
            return u"raw control character U+"_s + QString::number(c.unicode(), 16);
    }
    *lines = text.split(u'\n');
    return {};
}

/*! A double-quoted string that is exactly \a value, with only the escapes configsyntax writes. */
bool isQuoted(QStringView value)
{
    if (value.size() < 2 || !value.startsWith(u'"') || !value.endsWith(u'"'))
        return false;
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        const QChar c = value[i];
        if (c == u'"')
            return false;
        if (c == u'\\') {
            if (i + 1 >= value.size() - 1 || !QStringView(u"\\\"nrt").contains(value[i + 1]))
                return false;
            ++i;
        }
    }
    return true;
}

bool isUnquoted(QStringView value, QStringView forbidden, bool spaces)
{
    for (const QChar c : value) {
        if (forbidden.contains(c) || (!spaces && c.isSpace()))
            return false;
    }
    return true;
}

const QSet<QString> &ipsecKeys()
{
    static const QSet<QString> keys{
        u"keylife"_s,     u"rekeymargin"_s,  u"keyingtries"_s, u"authby"_s,     u"mobike"_s,       u"keyexchange"_s,
        u"left"_s,        u"leftsubnet"_s,   u"leftsubnets"_s, u"leftid"_s,     u"leftfirewall"_s, u"right"_s,
        u"rightsubnet"_s, u"rightsubnets"_s, u"rightid"_s,     u"auto"_s,       u"dpdaction"_s,    u"dpddelay"_s,
        u"dpdtimeout"_s,  u"ike"_s,          u"ikelifetime"_s, u"aggressive"_s, u"ah"_s,           u"esp"_s,
        u"lifetime"_s,    u"type"_s,         u"ikev2"_s,       u"phase2"_s,     u"phase2alg"_s,    u"mtu"_s};
    return keys;
}

const QSet<QString> &swanctlKeys()
{
    static const QSet<QString> keys{
        u"version"_s,    u"local_addrs"_s,   u"remote_addrs"_s, u"proposals"_s,   u"aggressive"_s,
        u"mobike"_s,     u"keyingtries"_s,   u"dpd_delay"_s,    u"dpd_timeout"_s, u"rekey_time"_s,
        u"over_time"_s,  u"rand_time"_s,     u"auth"_s,         u"id"_s,          u"local_ts"_s,
        u"remote_ts"_s,  u"esp_proposals"_s, u"ah_proposals"_s, u"mode"_s,        u"start_action"_s,
        u"dpd_action"_s, u"life_time"_s,     u"id-local"_s,     u"id-remote"_s,   u"secret"_s};
    return keys;
}

/*! An id in ipsec.secrets and where it ends, or -1. */
qsizetype secretsId(QStringView line, qsizetype from)
{
    if (from >= line.size())
        return -1;
    if (line[from] == u'"') {
        for (qsizetype i = from + 1; i < line.size(); ++i) {
            if (line[i] == u'\\')
                ++i;
            else if (line[i] == u'"')
                return i + 1;
        }
        return -1;
    }
    const qsizetype end = line.indexOf(u' ', from);
    return end < 0 ? -1 : end;
}

} // namespace

QString checkIpsecConf(const QString &text, ConfStyle style, qsizetype conns)
{
    QStringList lines;
    if (QString error = splitLines(text, &lines); !error.isEmpty())
        return error;
    qsizetype seenConns = 0;
    bool inConn = false;
    bool setup = false;
    QSet<QString> keys;
    for (const QString &line : std::as_const(lines)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (line == u"config setup") {
            if (setup || inConn)
                return u"config setup twice or late"_s;
            setup = true;
            continue;
        }
        if (line.startsWith(u"conn ")) {
            const QString name = line.mid(5);
            if (name.isEmpty() || !isUnquoted(name, u"\"#=", false))
                return u"bad conn name: "_s + line;
            if (name != u"%default")
                ++seenConns;
            inConn = true;
            keys.clear();
            continue;
        }
        // Libreswan's `config setup` carries ikev1-policy=accept for IKEv1 peers; nothing else.
        if (style == ConfStyle::Libreswan && setup && !inConn && line.startsWith(u' ')) {
            if (trimmed != u"ikev1-policy=accept")
                return u"an unexpected config setup line: "_s + line;
            continue;
        }
        if (!inConn || !line.startsWith(u' '))
            return u"a line outside a conn: "_s + line;
        const qsizetype eq = trimmed.indexOf(u'=');
        if (eq <= 0)
            return u"not key=value: "_s + line;
        const QString key = trimmed.left(eq);
        const QStringView value = QStringView(trimmed).sliced(eq + 1);
        if (!ipsecKeys().contains(key))
            return u"unknown key: "_s + line;
        if (keys.contains(key))
            return u"key twice in one conn: "_s + line;
        keys.insert(key);
        bool ok = false;
        switch (style) {
        case ConfStyle::Driver:
            ok = !value.startsWith(u'"') || isQuoted(value);
            break;
        case ConfStyle::Peer:
            ok = isQuoted(value) || isUnquoted(value, u"\"#\\", false);
            break;
        case ConfStyle::Libreswan:
            ok = isQuoted(value) || isUnquoted(value, u"\"#\\", false)
                || (value.startsWith(u"{ ") && value.endsWith(u" }")
                    && isUnquoted(value.sliced(2, value.size() - 4), u"\"#\\{}", true));
            break;
        }
        if (!ok)
            return u"value is not one value: "_s + line;
    }
    if (seenConns != conns)
        return u"%1 conns, expected %2"_s.arg(seenConns).arg(conns);
    return {};
}

QString checkSwanctlConf(const QString &text, qsizetype conns)
{
    QStringList lines;
    if (QString error = splitLines(text, &lines); !error.isEmpty())
        return error;
    QList<QString> path;
    QList<QSet<QString>> keys{{}};
    qsizetype connections = 0;
    qsizetype secrets = 0;
    for (const QString &line : std::as_const(lines)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed == u"}") {
            if (path.isEmpty())
                return u"unbalanced }"_s;
            path.removeLast();
            keys.removeLast();
            continue;
        }
        if (trimmed.endsWith(u" {")) {
            const QString name = trimmed.chopped(2);
            if (name.isEmpty() || !isUnquoted(name, u".,:{}=\"#", false))
                return u"bad section name: "_s + line;
            if (keys.last().contains(u'{' + name))
                return u"section twice: "_s + line;
            keys.last().insert(u'{' + name);
            if (path.size() == 1 && path.first() == u"connections")
                ++connections;
            if (path.size() == 1 && path.first() == u"secrets")
                ++secrets;
            path.append(name);
            keys.append(QSet<QString>());
            if (path.size() > 4)
                return u"too deep: "_s + line;
            continue;
        }
        // An empty value ("mode = ", trimmed to "mode =") is valid: it clears the key.
        const QString entry = trimmed.endsWith(u" ="_s) ? trimmed + u' ' : trimmed;
        const qsizetype eq = entry.indexOf(u" = "_s);
        if (eq <= 0)
            return u"not key = value: "_s + line;
        const QString key = entry.left(eq);
        const QStringView value = QStringView(entry).sliced(eq + 3);
        if (!swanctlKeys().contains(key))
            return u"unknown key: "_s + line;
        if (keys.last().contains(key))
            return u"key twice in one section: "_s + line;
        keys.last().insert(key);
        if (!isQuoted(value) && !isUnquoted(value, u"\"#{}\\", true))
            return u"value is not one value: "_s + line;
    }
    if (!path.isEmpty())
        return u"unclosed section"_s;
    if (connections != conns || secrets != conns)
        return u"%1 connections and %2 secrets, expected %3"_s.arg(connections).arg(secrets).arg(conns);
    return {};
}

QString checkSecrets(const QString &text, ConfStyle style, qsizetype entries)
{
    QStringList lines;
    if (QString error = splitLines(text, &lines); !error.isEmpty())
        return error;
    qsizetype seen = 0;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        ++seen;
        if (!line.contains(u" : PSK 0s"_s))
            return u"not a PSK entry: "_s + line;
        if (style == ConfStyle::Driver)
            continue;
        const qsizetype first = secretsId(line, 0);
        const qsizetype second = first < 0 || line.at(first) != u' ' ? -1 : secretsId(line, first + 1);
        if (second < 0 || QStringView(line).sliced(second).indexOf(u" : PSK 0s") != 0)
            return u"ids are not two values: "_s + line;
    }
    if (seen != entries)
        return u"%1 entries, expected %2"_s.arg(seen).arg(entries);
    return {};
}

QString checkStrongSwanConf(const QString &text, bool aggressive)
{
    QStringList lines;
    if (QString error = splitLines(text, &lines); !error.isEmpty())
        return error;
    QStringList settings;
    for (const QString &line : std::as_const(lines)) {
        if (!line.isEmpty() && line != u"#" && !line.startsWith(u"# "))
            settings.append(line);
    }
    QStringList expected{u"charon {"_s};
    if (aggressive)
        expected.append(u"    i_dont_care_about_security_and_use_aggressive_mode_psk = yes"_s);
    expected.append(u"}"_s);
    if (settings != expected)
        return u"not the charon section expected: "_s + settings.join(u" | "_s);
    return {};
}

} // namespace vpnaas::fuzz
