// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vpnaas::cli {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::cli)
};

// python-neutronclient's `choices=` lists (neutronclient/osc/v2/vpnaas, Debian 12).
const QStringList kCliEncryption{u"aes-128"_s, u"3des"_s, u"aes-192"_s, u"aes-256"_s};
const QStringList kCliAuth{u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s};
const QStringList kCliPfs{u"group5"_s, u"group2"_s, u"group14"_s};

void option(QStringList &args, const QString &name, const QString &value)
{
    // argparse reads a separate value that starts with "-" as the next option ("expected one
    // argument"); attached with "=" it is always the value.
    if (value.startsWith(u'-')) {
        args.append(name + u'=' + shellQuote(value));
        return;
    }
    args.append(name);
    args.append(shellQuote(value));
}

template<typename E>
void choiceOption(QStringList &args, const QString &name, const std::optional<Choice<E>> &value,
                  const QStringList &cliChoices, QStringList *notes)
{
    if (!value)
        return;
    option(args, name, value->api());
    if (!cliChoices.isEmpty() && !cliChoices.contains(value->api()) && notes) {
        notes->append(Text::tr("The openstack CLI does not offer %1 %2 (its list: %3); the API and this console do.")
                          .arg(name, value->api(), cliChoices.join(u", "_s)));
    }
}

void lifetimeOption(QStringList &args, const std::optional<LifetimeDraft> &lifetime)
{
    if (!lifetime)
        return;
    QStringList parts;
    if (lifetime->units)
        parts.append(u"units="_s + lifetime->units->api());
    if (lifetime->value)
        parts.append(u"value="_s + QString::number(*lifetime->value));
    if (!parts.isEmpty())
        option(args, u"--lifetime"_s, parts.join(u','));
}

void common(QStringList &args, const std::optional<QString> &description)
{
    if (description && !description->isEmpty())
        option(args, u"--description"_s, *description);
}

QString finish(QStringList args, const std::optional<QString> &name)
{
    // The CLI takes the name as its one positional argument (required); after "--" a name that
    // starts with "-" is not taken for an option.
    const QString text = name.value_or(QString());
    if (text.startsWith(u'-'))
        args.append(u"--"_s);
    args.append(shellQuote(text));
    return args.join(u' ');
}

} // namespace

QString shellQuote(const QString &text)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(text).hasMatch())
        return text;
    // Inside single quotes every character but ' itself is literal (newlines, $, `, \ and
    // non-ASCII included); ' ends the quote, is written escaped, and the quote starts again.
    QString quoted = text;
    quoted.remove(QChar(u'\0'));
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString wrapped(const QString &command)
{
    // A POSIX shell's own reading of the words (XCU 2.2 Quoting): a continuation goes only
    // where the shell is outside any quote, i.e. between two words. Outside quotes a backslash
    // takes the next character literally (shellQuote writes ' as '\'', which is not the start
    // of a quote); inside "…" a backslash escapes the next character, inside '…' nothing does.
    enum class State { Plain, Single, Double };
    State state = State::Plain;
    QString result;
    result.reserve(command.size() + command.size() / 8);
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        switch (state) {
        case State::Plain:
            if (c == u'\\' && i + 1 < command.size()) {
                result += c;
                result += command[++i];
                continue;
            }
            if (c == u'\'')
                state = State::Single;
            else if (c == u'"')
                state = State::Double;
            else if (c == u' ' && QStringView(command).sliced(i + 1).startsWith(u"--")) {
                result += u" \\\n    "_s;
                continue;
            }
            break;
        case State::Single:
            if (c == u'\'')
                state = State::Plain;
            break;
        case State::Double:
            if (c == u'\\' && i + 1 < command.size()) {
                result += c;
                result += command[++i];
                continue;
            }
            if (c == u'"')
                state = State::Plain;
            break;
        }
        result += c;
    }
    return result;
}

QString terminalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
        // U+202A–U+202E and U+2066–U+2069 reorder what follows on the line ("Trojan Source").
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (control && u < 0x100)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else if (control || bidi)
            out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
        else
            out += c;
    }
    return out;
}

QString pskPrompt()
{
    return u"read -rsp 'Pre-shared key: ' VPN_PSK && echo"_s;
}

QString createIkePolicy(const IkePolicyDraft &d, QStringList *notes)
{
    QStringList args{u"openstack vpn ike policy create"_s};
    common(args, d.description);
    choiceOption(args, u"--auth-algorithm"_s, d.authAlgorithm, kCliAuth, notes);
    choiceOption(args, u"--encryption-algorithm"_s, d.encryptionAlgorithm, kCliEncryption, notes);
    choiceOption(args, u"--phase1-negotiation-mode"_s, d.phase1NegotiationMode, {}, notes);
    choiceOption(args, u"--ike-version"_s, d.ikeVersion, {}, notes);
    choiceOption(args, u"--pfs"_s, d.pfs, kCliPfs, notes);
    lifetimeOption(args, d.lifetime);
    return finish(args, d.name);
}

QString createIpsecPolicy(const IpsecPolicyDraft &d, QStringList *notes)
{
    QStringList args{u"openstack vpn ipsec policy create"_s};
    common(args, d.description);
    choiceOption(args, u"--transform-protocol"_s, d.transformProtocol, {}, notes);
    choiceOption(args, u"--encapsulation-mode"_s, d.encapsulationMode, {}, notes);
    choiceOption(args, u"--auth-algorithm"_s, d.authAlgorithm, kCliAuth, notes);
    choiceOption(args, u"--encryption-algorithm"_s, d.encryptionAlgorithm, kCliEncryption, notes);
    choiceOption(args, u"--pfs"_s, d.pfs, kCliPfs, notes);
    lifetimeOption(args, d.lifetime);
    return finish(args, d.name);
}

QString createVpnService(const VpnServiceDraft &d, const QString &router, const QString &subnet)
{
    QStringList args{u"openstack vpn service create"_s};
    common(args, d.description);
    option(args, u"--router"_s, router);
    if (!subnet.isEmpty())
        option(args, u"--subnet"_s, subnet);
    if (d.adminStateUp && !*d.adminStateUp)
        args.append(u"--disable"_s);
    return finish(args, d.name);
}

QString createEndpointGroup(const EndpointGroupDraft &d, const QStringList &endpoints)
{
    QStringList args{u"openstack vpn endpoint group create"_s};
    common(args, d.description);
    if (d.type)
        option(args, u"--type"_s, d.type->api());
    for (const QString &endpoint : endpoints)
        option(args, u"--value"_s, endpoint);
    return finish(args, d.name);
}

QString createConnection(const IpsecSiteConnectionDraft &d, const ConnectionReferences &r, QStringList *notes)
{
    QStringList args{u"openstack vpn ipsec site connection create"_s};
    common(args, d.description);
    option(args, u"--vpnservice"_s, r.vpnservice);
    option(args, u"--ikepolicy"_s, r.ikepolicy);
    option(args, u"--ipsecpolicy"_s, r.ipsecpolicy);
    if (d.peerAddress)
        option(args, u"--peer-address"_s, *d.peerAddress);
    if (d.peerId)
        option(args, u"--peer-id"_s, *d.peerId);
    if (d.localId && !d.localId->isEmpty())
        option(args, u"--local-id"_s, *d.localId);
    args.append(u"--psk \"$VPN_PSK\""_s);
    if (!r.localEndpointGroup.isEmpty())
        option(args, u"--local-endpoint-group"_s, r.localEndpointGroup);
    if (!r.peerEndpointGroup.isEmpty())
        option(args, u"--peer-endpoint-group"_s, r.peerEndpointGroup);
    if (d.peerCidrs && !d.peerCidrs->isEmpty()) {
        option(args, u"--peer-cidr"_s, d.peerCidrs->first());
        if (d.peerCidrs->size() > 1 && notes)
            notes->append(Text::tr("The openstack CLI takes one --peer-cidr; add the others through the API."));
    }
    if (d.mtu)
        option(args, u"--mtu"_s, QString::number(*d.mtu));
    if (d.dpd) {
        QStringList parts;
        if (d.dpd->action)
            parts.append(u"action="_s + d.dpd->action->api());
        if (d.dpd->interval)
            parts.append(u"interval="_s + QString::number(*d.dpd->interval));
        if (d.dpd->timeout)
            parts.append(u"timeout="_s + QString::number(*d.dpd->timeout));
        if (!parts.isEmpty())
            option(args, u"--dpd"_s, parts.join(u','));
    }
    if (d.initiator)
        option(args, u"--initiator"_s, d.initiator->api());
    if (d.adminStateUp && !*d.adminStateUp)
        args.append(u"--disable"_s);
    return finish(args, d.name);
}

} // namespace vpnaas::cli
