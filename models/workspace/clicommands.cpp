// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"

#include "openstack/projectdirectory.h"

#include "workspace.h"

#include "vpnaas/resourcetraits.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vpnaas::cli {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::cli)
};

/*!
 * python-neutronclient's `choices=` lists (neutronclient/osc/v2/vpnaas/ikepolicy.py and
 * ipsecpolicy.py share them), by the release that added each value. 8.1.0 (Debian 12, Zed)
 * offers the first rows; 11.5.0 (commit dc026cd, 2025-02-26, 2025.1) added the rest, and
 * master (759faa1) still has exactly these. A null version: every release with the plugin.
 */
struct ChoiceRow {
    QStringView option;
    QVersionNumber since;
    QStringList values;
};

const QList<ChoiceRow> &choiceTable()
{
    static const QVersionNumber epoxy(11, 5, 0);
    static const QList<ChoiceRow> rows{
        {u"--auth-algorithm", {}, {u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s}},
        {u"--auth-algorithm", epoxy, {u"aes-xcbc"_s, u"aes-cmac"_s}},
        {u"--encryption-algorithm", {}, {u"3des"_s, u"aes-128"_s, u"aes-192"_s, u"aes-256"_s}},
        {u"--encryption-algorithm",
         epoxy,
         {u"aes-128-ccm-8"_s,  u"aes-192-ccm-8"_s,  u"aes-256-ccm-8"_s,  u"aes-128-ccm-12"_s, u"aes-192-ccm-12"_s,
          u"aes-256-ccm-12"_s, u"aes-128-ccm-16"_s, u"aes-192-ccm-16"_s, u"aes-256-ccm-16"_s, u"aes-128-gcm-8"_s,
          u"aes-192-gcm-8"_s,  u"aes-256-gcm-8"_s,  u"aes-128-gcm-12"_s, u"aes-192-gcm-12"_s, u"aes-256-gcm-12"_s,
          u"aes-128-gcm-16"_s, u"aes-192-gcm-16"_s, u"aes-256-gcm-16"_s, u"aes-128-ctr"_s,    u"aes-192-ctr"_s,
          u"aes-256-ctr"_s}},
        {u"--pfs", {}, {u"group2"_s, u"group5"_s, u"group14"_s}},
        {u"--pfs",
         epoxy,
         {u"group15"_s, u"group16"_s, u"group17"_s, u"group18"_s, u"group19"_s, u"group20"_s, u"group21"_s,
          u"group22"_s, u"group23"_s, u"group24"_s, u"group25"_s, u"group26"_s, u"group27"_s, u"group28"_s,
          u"group29"_s, u"group30"_s, u"group31"_s}},
    };
    return rows;
}

/*! The release Debian 12 ships, named in the notes so an operator there knows it is theirs. */
constexpr QLatin1StringView kDebian12Release("8.1.0");

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
void choiceOption(QStringList &args, const QString &name, const std::optional<Choice<E>> &value, QStringList *notes)
{
    if (!value)
        return;
    option(args, name, value->api());
    if (!notes || !cliChoiceOptions().contains(name))
        return;
    const std::optional<QVersionNumber> since = cliChoiceSince(name, value->api());
    if (!since) {
        notes->append(Text::tr("No python-neutronclient release offers %1 %2; the API and this console do.")
                          .arg(name, value->api()));
    } else if (!since->isNull()) {
        notes->append(Text::tr("%1 %2 needs python-neutronclient %3 or later (Debian 12 has %4); older clients "
                               "refuse it as an invalid choice, the API accepts it.")
                          .arg(name, value->api(), since->toString(), kDebian12Release));
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

void dpdOption(QStringList &args, const std::optional<DpdDraft> &dpd)
{
    if (!dpd)
        return;
    QStringList parts;
    if (dpd->action)
        parts.append(u"action="_s + dpd->action->api());
    if (dpd->interval)
        parts.append(u"interval="_s + QString::number(*dpd->interval));
    if (dpd->timeout)
        parts.append(u"timeout="_s + QString::number(*dpd->timeout));
    if (!parts.isEmpty())
        option(args, u"--dpd"_s, parts.join(u','));
}

/*!
 * A text option. The CLI sends a text option only when it is not empty (`if
 * parsed_args.description:` in every vpnaas command), so an empty one cannot be said: left out
 * and, on `… set` (\a notes), noted.
 */
void textOption(QStringList &args, const QString &name, const std::optional<QString> &value, QStringList *notes)
{
    if (!value)
        return;
    if (!value->isEmpty()) {
        option(args, name, *value);
        return;
    }
    if (notes)
        notes->append(Text::tr("The openstack CLI ignores an empty %1, so it cannot clear it; clear it in this "
                               "console or through the API.")
                          .arg(name));
}

void enableOption(QStringList &args, const std::optional<bool> &adminStateUp, bool create)
{
    // On create "up" is the server's default: only --disable says something.
    if (adminStateUp && (!create || !*adminStateUp))
        args.append(*adminStateUp ? u"--enable"_s : u"--disable"_s);
}

void ikeOptions(QStringList &args, const IkePolicyDraft &d, QStringList *notes, bool create)
{
    textOption(args, u"--description"_s, d.description, create ? nullptr : notes);
    choiceOption(args, u"--auth-algorithm"_s, d.authAlgorithm, notes);
    choiceOption(args, u"--encryption-algorithm"_s, d.encryptionAlgorithm, notes);
    choiceOption(args, u"--phase1-negotiation-mode"_s, d.phase1NegotiationMode, notes);
    choiceOption(args, u"--ike-version"_s, d.ikeVersion, notes);
    choiceOption(args, u"--pfs"_s, d.pfs, notes);
    lifetimeOption(args, d.lifetime);
}

void ipsecOptions(QStringList &args, const IpsecPolicyDraft &d, QStringList *notes, bool create)
{
    textOption(args, u"--description"_s, d.description, create ? nullptr : notes);
    choiceOption(args, u"--transform-protocol"_s, d.transformProtocol, notes);
    choiceOption(args, u"--encapsulation-mode"_s, d.encapsulationMode, notes);
    choiceOption(args, u"--auth-algorithm"_s, d.authAlgorithm, notes);
    choiceOption(args, u"--encryption-algorithm"_s, d.encryptionAlgorithm, notes);
    choiceOption(args, u"--pfs"_s, d.pfs, notes);
    lifetimeOption(args, d.lifetime);
}

/*! The options `create` and `set` share for a connection (the plugin's _get_common_parser()). */
void connectionOptions(QStringList &args, const IpsecSiteConnectionDraft &d, const ConnectionReferences &r,
                       QStringList *notes, bool create)
{
    if (d.peerAddress)
        option(args, u"--peer-address"_s, *d.peerAddress);
    if (d.peerId)
        option(args, u"--peer-id"_s, *d.peerId);
    textOption(args, u"--local-id"_s, d.localId, create ? nullptr : notes);
    if (create)
        args.append(u"--psk \"$VPN_PSK\""_s);
    if (!r.localEndpointGroup.isEmpty())
        option(args, u"--local-endpoint-group"_s, r.localEndpointGroup);
    if (!r.peerEndpointGroup.isEmpty())
        option(args, u"--peer-endpoint-group"_s, r.peerEndpointGroup);
    if (d.peerCidrs && !d.peerCidrs->isEmpty()) {
        // One string in every release (no action='append'); the API turns it into a list of one.
        option(args, u"--peer-cidr"_s, d.peerCidrs->first());
        if (d.peerCidrs->size() > 1 && notes)
            notes->append(Text::tr("The openstack CLI takes one --peer-cidr; add the others through the API."));
    }
    if (d.mtu)
        option(args, u"--mtu"_s, QString::number(*d.mtu));
    dpdOption(args, d.dpd);
    choiceOption(args, u"--initiator"_s, d.initiator, notes);
    enableOption(args, d.adminStateUp, create);
}

QString finish(QStringList args, const QString &positional)
{
    // The name (create) or the resource (set, show, delete) is the one positional argument;
    // after "--" one that starts with "-" is not taken for an option.
    if (positional.startsWith(u'-'))
        args.append(u"--"_s);
    args.append(shellQuote(positional));
    return args.join(u' ');
}

QString command(ResourceKind kind, QStringView verb)
{
    return u"openstack vpn "_s + resourceCliNoun(kind) + u' ' + verb;
}

/*! `… set` with \a args (options) for \a reference, or nothing when no option is left. */
QStringList setCommand(ResourceKind kind, QStringList args, const QString &reference)
{
    if (args.isEmpty())
        return {};
    args.prepend(command(kind, u"set"));
    return {finish(args, reference)};
}

/*! `--name` of a `… set`, with its note when it would be empty. */
void nameOption(QStringList &args, const std::optional<QString> &name, QStringList *notes)
{
    textOption(args, u"--name"_s, name, notes);
}

/*!
 * \a text as `#` comment lines of at most 78 columns (broken at spaces; a longer word stays
 * whole), so that a note reads in the console's box and in a terminal without scrolling.
 */
QStringList commentLines(const QString &text)
{
    constexpr qsizetype width = 78;
    QStringList lines;
    QString line = u"#"_s;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > 1 && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line = u"#"_s;
        }
        line += u' ' + word;
    }
    lines.append(line);
    return lines;
}

} // namespace

CliTarget cliTarget(const openstack::CloudProfile &profile, bool simulated)
{
    CliTarget target;
    target.simulated = simulated;
    if (simulated)
        return target;
    // "envvars" is the cloud openstacksdk makes of OS_* variables; `openstack` uses them itself
    // when no cloud is named, and `--os-cloud envvars` would name no clouds.yaml entry.
    if (profile.name != u"envvars")
        target.cloud = profile.name;
    target.region = profile.regionName;
    // The cloud's default region is the first of its regions (openstacksdk's choice when none is
    // named); a cloud that lists none has only the one it names.
    target.regionIsDefault
        = profile.regionName.isEmpty() || profile.regions.isEmpty() || profile.regionName == profile.regions.first();
    return target;
}

CliTarget cliTarget(const Workspace *workspace)
{
    if (!workspace)
        return {};
    CliTarget target = cliTarget(workspace->profile(), workspace->isSimulated());
    // A user of several projects may be looking at another one than clouds.yaml names (the
    // project switcher): the commands name the token's project then, by id.
    const openstack::ProjectDirectory *projects = workspace->projects();
    if (!target.simulated && projects && projects->projects().size() > 1 && !workspace->projectId().isEmpty()) {
        target.projectId = workspace->projectId();
        target.projectName = workspace->projectName();
    }
    return target;
}

QStringList globalOptions(const CliTarget &target)
{
    QStringList args;
    if (target.simulated)
        return args;
    if (!target.cloud.isEmpty())
        option(args, u"--os-cloud"_s, target.cloud);
    if (!target.regionIsDefault && !target.region.isEmpty())
        option(args, u"--os-region-name"_s, target.region);
    if (!target.projectId.isEmpty())
        option(args, u"--os-project-id"_s, target.projectId);
    else if (!target.projectName.isEmpty())
        option(args, u"--os-project-name"_s, target.projectName);
    return args;
}

QString script(const QStringList &commands, const QStringList &notes, const CliTarget &target)
{
    QStringList lines;
    if (target.simulated) {
        lines += commentLines(Text::tr("The offline sandbox is simulated: no cloud has these resources. On a real "
                                       "cloud, add --os-cloud NAME after openstack."));
    }
    for (const QString &note : notes)
        lines += commentLines(note);
    const QString head = u"openstack "_s;
    const QString global = globalOptions(target).join(u' ');
    QStringList blocks;
    if (!lines.isEmpty())
        blocks.append(lines.join(u'\n'));
    for (const QString &command : commands) {
        QString text = command;
        if (!global.isEmpty() && text.startsWith(head))
            text.insert(head.size(), global + u' ');
        blocks.append(wrapped(text));
    }
    return blocks.join(u"\n\n"_s);
}

std::optional<QVersionNumber> cliChoiceSince(const QString &option, const QString &value)
{
    for (const ChoiceRow &row : choiceTable()) {
        if (row.option == option && row.values.contains(value))
            return row.since;
    }
    return std::nullopt;
}

QStringList cliChoices(const QString &option, const QVersionNumber &version)
{
    QStringList values;
    for (const ChoiceRow &row : choiceTable()) {
        if (row.option == option && row.since <= version)
            values += row.values;
    }
    return values;
}

QStringList cliChoiceOptions()
{
    QStringList options;
    for (const ChoiceRow &row : choiceTable()) {
        if (!options.contains(row.option))
            options.append(row.option.toString());
    }
    return options;
}

QString reference(ResourceKind kind, const QString &id, const ServerState &state)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) { return reference(state.items<T>(), id); });
}

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
            if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u' ') {
                const QStringView rest = QStringView(command).sliced(i + 1);
                if (rest.startsWith(u"--") && !rest.startsWith(u"--os-")) {
                    result += u" \\\n    "_s;
                    continue;
                }
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
    // POSIX sh only: `read -s` and `read -p` are bash's (in zsh -p reads from a coprocess). Echo
    // goes off before the prompt shows, so nothing typed after it is echoed; stty only when
    // stdin is a terminal (a key piped in needs none, and stty would fail there).
    return u"if [ -t 0 ]; then stty -echo; fi\n"
           "printf 'Pre-shared key: ' >&2; IFS= read -r VPN_PSK\n"
           "if [ -t 0 ]; then stty echo; fi; printf '\\n' >&2"_s;
}

QString createIkePolicy(const IkePolicyDraft &d, QStringList *notes)
{
    QStringList args{command(ResourceKind::IkePolicy, u"create")};
    ikeOptions(args, d, notes, true);
    return finish(args, d.name.value_or(QString()));
}

QString createIpsecPolicy(const IpsecPolicyDraft &d, QStringList *notes)
{
    QStringList args{command(ResourceKind::IpsecPolicy, u"create")};
    ipsecOptions(args, d, notes, true);
    return finish(args, d.name.value_or(QString()));
}

QString createVpnService(const VpnServiceDraft &d, const QString &router, const QString &subnet)
{
    QStringList args{command(ResourceKind::VpnService, u"create")};
    textOption(args, u"--description"_s, d.description, nullptr);
    option(args, u"--router"_s, router);
    if (!subnet.isEmpty())
        option(args, u"--subnet"_s, subnet);
    enableOption(args, d.adminStateUp, true);
    return finish(args, d.name.value_or(QString()));
}

QString createEndpointGroup(const EndpointGroupDraft &d, const QStringList &endpoints)
{
    QStringList args{command(ResourceKind::EndpointGroup, u"create")};
    textOption(args, u"--description"_s, d.description, nullptr);
    if (d.type)
        option(args, u"--type"_s, d.type->api());
    for (const QString &endpoint : endpoints)
        option(args, u"--value"_s, endpoint);
    return finish(args, d.name.value_or(QString()));
}

QString createConnection(const IpsecSiteConnectionDraft &d, const ConnectionReferences &r, QStringList *notes)
{
    QStringList args{command(ResourceKind::IpsecSiteConnection, u"create")};
    textOption(args, u"--description"_s, d.description, nullptr);
    option(args, u"--vpnservice"_s, r.vpnservice);
    option(args, u"--ikepolicy"_s, r.ikepolicy);
    option(args, u"--ipsecpolicy"_s, r.ipsecpolicy);
    connectionOptions(args, d, r, notes, true);
    return finish(args, d.name.value_or(QString()));
}

QStringList createCommands(const IkePolicyDraft &draft, const ServerState &, QStringList *notes)
{
    return {createIkePolicy(draft, notes)};
}

QStringList createCommands(const IpsecPolicyDraft &draft, const ServerState &, QStringList *notes)
{
    return {createIpsecPolicy(draft, notes)};
}

QStringList createCommands(const VpnServiceDraft &draft, const ServerState &state, QStringList *)
{
    const QString subnet
        = draft.subnetId && !draft.subnetId->isEmpty() ? reference(state.subnets, *draft.subnetId) : QString();
    return {createVpnService(draft, reference(state.routers, draft.routerId.value_or(QString())), subnet)};
}

QStringList createCommands(const EndpointGroupDraft &draft, const ServerState &state, QStringList *)
{
    // The CLI looks subnet endpoints up by name or id; every other type's values go as given.
    QStringList endpoints = draft.endpoints.value_or(QStringList());
    if (draft.type && draft.type->api() == u"subnet") {
        for (QString &endpoint : endpoints)
            endpoint = reference(state.subnets, endpoint);
    }
    return {createEndpointGroup(draft, endpoints)};
}

QStringList createCommands(const IpsecSiteConnectionDraft &draft, const ServerState &state, QStringList *notes)
{
    const auto ref = [&](ResourceKind kind, const std::optional<QString> &id) {
        return id && !id->isEmpty() ? reference(kind, *id, state) : QString();
    };
    ConnectionReferences refs;
    refs.vpnservice = ref(ResourceKind::VpnService, draft.vpnserviceId);
    refs.ikepolicy = ref(ResourceKind::IkePolicy, draft.ikepolicyId);
    refs.ipsecpolicy = ref(ResourceKind::IpsecPolicy, draft.ipsecpolicyId);
    refs.localEndpointGroup = ref(ResourceKind::EndpointGroup, draft.localEpGroupId);
    refs.peerEndpointGroup = ref(ResourceKind::EndpointGroup, draft.peerEpGroupId);
    return {pskPrompt(), createConnection(draft, refs, notes)};
}

QStringList updateCommands(const IkePolicy &original, const IkePolicyDraft &changes, const ServerState &state,
                           QStringList *notes)
{
    QStringList args;
    nameOption(args, changes.name, notes);
    ikeOptions(args, changes, notes, false);
    return setCommand(ResourceKind::IkePolicy, args, reference(state.ikePolicies, original.id));
}

QStringList updateCommands(const IpsecPolicy &original, const IpsecPolicyDraft &changes, const ServerState &state,
                           QStringList *notes)
{
    QStringList args;
    nameOption(args, changes.name, notes);
    ipsecOptions(args, changes, notes, false);
    return setCommand(ResourceKind::IpsecPolicy, args, reference(state.ipsecPolicies, original.id));
}

QStringList updateCommands(const VpnService &original, const VpnServiceDraft &changes, const ServerState &state,
                           QStringList *notes)
{
    QStringList args;
    nameOption(args, changes.name, notes);
    textOption(args, u"--description"_s, changes.description, notes);
    enableOption(args, changes.adminStateUp, false);
    return setCommand(ResourceKind::VpnService, args, reference(state.vpnServices, original.id));
}

QStringList updateCommands(const EndpointGroup &original, const EndpointGroupDraft &changes, const ServerState &state,
                           QStringList *notes)
{
    QStringList args;
    nameOption(args, changes.name, notes);
    textOption(args, u"--description"_s, changes.description, notes);
    return setCommand(ResourceKind::EndpointGroup, args, reference(state.endpointGroups, original.id));
}

QStringList updateCommands(const IpsecSiteConnection &original, const IpsecSiteConnectionDraft &changes,
                           const ServerState &state, QStringList *notes)
{
    QStringList args;
    nameOption(args, changes.name, notes);
    textOption(args, u"--description"_s, changes.description, notes);
    ConnectionReferences refs;
    if (changes.localEpGroupId && !changes.localEpGroupId->isEmpty())
        refs.localEndpointGroup = reference(state.endpointGroups, *changes.localEpGroupId);
    if (changes.peerEpGroupId && !changes.peerEpGroupId->isEmpty())
        refs.peerEndpointGroup = reference(state.endpointGroups, *changes.peerEpGroupId);
    const bool groupCleared = (changes.localEpGroupId && changes.localEpGroupId->isEmpty())
        || (changes.peerEpGroupId && changes.peerEpGroupId->isEmpty());
    if (notes && groupCleared)
        notes->append(Text::tr("The openstack CLI cannot remove an endpoint group from a connection; do it through "
                               "the API."));
    connectionOptions(args, changes, refs, notes, false);
    if (notes && changes.psk) {
        notes->append(Text::tr("The openstack CLI cannot change a pre-shared key (`set` has no --psk); change it in "
                               "this console or through the API."));
    }
    return setCommand(ResourceKind::IpsecSiteConnection, args, reference(state.connections, original.id));
}

QString showCommand(ResourceKind kind, const QString &id, const ServerState &state)
{
    return finish({command(kind, u"show")}, reference(kind, id, state));
}

QStringList deleteCommands(const QList<ResourceRef> &steps, const ServerState &state)
{
    QStringList commands;
    for (qsizetype i = 0; i < steps.size();) {
        const ResourceKind kind = steps[i].kind;
        QStringList args{command(kind, u"delete")};
        QStringList names;
        for (; i < steps.size() && steps[i].kind == kind; ++i)
            names.append(reference(kind, steps[i].id, state));
        // After "--" a name that starts with "-" is not taken for an option.
        if (std::any_of(names.cbegin(), names.cend(), [](const QString &name) { return name.startsWith(u'-'); }))
            args.append(u"--"_s);
        for (const QString &name : std::as_const(names))
            args.append(shellQuote(name));
        commands.append(args.join(u' '));
    }
    return commands;
}

} // namespace vpnaas::cli
