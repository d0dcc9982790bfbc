// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deletionplan.h"

#include "openstack/cloudprofile.h"
#include "vpnaas/endpointgroup.h"
#include "vpnaas/ikepolicy.h"
#include "vpnaas/ipsecpolicy.h"
#include "vpnaas/ipsecsiteconnection.h"
#include "vpnaas/serverstate.h"
#include "vpnaas/vpnservice.h"

#include <QStringList>
#include <QVersionNumber>

/*!
 * The `openstack vpn …` commands (python-openstackclient with the neutronclient VPNaaS plugin)
 * that create, change, show and delete what the console does, runnable as shown in a POSIX
 * shell (sh, dash, bash, zsh). Pure functions.
 *
 * References to other resources are resolved from the ServerState the caller passes (a name
 * where it is unique in the project, else an id). The pre-shared key never appears: the
 * connection command reads it from $VPN_PSK, which pskPrompt() asks for without echo. Values
 * the installed CLI may lack are still written, with a note that names the python-neutronclient
 * release that offers them (cliChoiceSince()); what no CLI release can express (an empty
 * description, a new PSK on `… set`) is left out of the command and said in a note.
 *
 * Which cloud: every command carries the CliTarget's global options (`--os-cloud`, and the
 * region and project when they are not the cloud's own), inserted by script(). On every command
 * rather than one `export OS_CLOUD=…` first: a single line copied out of the block still goes
 * to the right cloud, and pasting the block leaves nothing behind in the operator's shell to
 * redirect the next, unrelated `openstack` command.
 */
namespace vpnaas {
class Workspace;
}

namespace vpnaas::cli {

/*!
 * The cloud, region and project the console shows, as plain values (whoever knows them fills
 * them in: cliTarget() from a profile, a region or project switcher later).
 */
struct CliTarget {
    /*! The clouds.yaml name for `--os-cloud`; empty for the OS_* variables ("envvars"), which
        `openstack` reads itself when no cloud is named. */
    QString cloud;
    /*! The region shown; `--os-region-name` unless \a regionIsDefault. */
    QString region;
    bool regionIsDefault = true;
    /*! A project other than the cloud's configured one (empty: the configured one). The id wins
        over the name, as in keystoneauth (a configured project_id would beat a name). */
    QString projectId;
    QString projectName;
    /*! The offline sandbox: the script starts with a comment that nothing real is there. */
    bool simulated = false;

    bool operator==(const CliTarget &other) const = default;
};

/*!
 * The target for \a profile as the console shows it: its name (none for "envvars"), and its
 * region when it is not the cloud's default (the first of CloudProfile::regions).
 */
CliTarget cliTarget(const openstack::CloudProfile &profile, bool simulated);
/*!
 * The target of what \a workspace shows: the one place the UI asks. Adds the token's project
 * (by id) for a user of several projects, who may have switched away from the configured one.
 * None for null.
 */
CliTarget cliTarget(const Workspace *workspace);

/*! The global options for \a target, quoted (`--os-cloud it --os-region-name RegionTwo`). */
QStringList globalOptions(const CliTarget &target);

/*!
 * What the console shows and copies: \a notes as `#` comments first (and the sandbox's
 * comment), then each of \a commands with \a target's global options after `openstack`,
 * wrapped one option per line, separated by blank lines.
 */
QString script(const QStringList &commands, const QStringList &notes, const CliTarget &target);

/*!
 * \a text quoted for a POSIX shell when needed ("aes-256" stays, "my vpn" → 'my vpn'): the
 * shell passes on exactly \a text, whatever characters it holds (newlines, quotes, non-ASCII),
 * except NUL, which no program argument can hold and which is left out.
 */
QString shellQuote(const QString &text);

/*!
 * \a command with one option per line (" \\" continuations before each word that starts with
 * "--", never inside a quote), still runnable as is. The global options (`--os-…`) stay on the
 * first line, beside `openstack`.
 */
QString wrapped(const QString &command);

/*!
 * \a text as it may be printed to a terminal: control characters (C0 with ESC, DEL, C1, the
 * Unicode line and paragraph separators) and the bidirectional overrides become visible escapes
 * (`\n`, `\t`, `\x1b`, `\u202e`), so a name from a server can neither move the cursor, recolour
 * or clear the screen, nor start a line of its own.
 */
QString terminalText(const QString &text);

/*!
 * The three lines that ask for the PSK into $VPN_PSK without echo, in POSIX sh (no bash-only
 * `read -s`/`-p`; zsh's `read -p` means a coprocess): echo off only on a terminal, then the
 * prompt on stderr, the line read raw, echo back on.
 */
QString pskPrompt();

/*!
 * The python-neutronclient release whose `openstack vpn …` first offers \a value for \a option
 * (`--encryption-algorithm`, `--auth-algorithm`, `--pfs`): a null version for every release
 * with the VPNaaS plugin, 11.5.0 for the 2025.1 additions; nullopt when no release does or the
 * option has no fixed list.
 */
std::optional<QVersionNumber> cliChoiceSince(const QString &option, const QString &value);
/*! The values of \a option that python-neutronclient \a version offers (its `choices=`). */
QStringList cliChoices(const QString &option, const QVersionNumber &version);
/*! The options whose values the CLI restricts to a list (the rows of that table). */
QStringList cliChoiceOptions();

/*! A resource as the CLI should name it: its name when unique among \a items, else its id. */
template<typename T>
QString reference(const QList<T> &items, const QString &id)
{
    QString name;
    for (const T &item : items) {
        if (item.id == id)
            name = item.name;
    }
    if (name.isEmpty())
        return id;
    int sameName = 0;
    for (const T &item : items)
        sameName += item.name == name ? 1 : 0;
    return sameName == 1 ? name : id;
}
QString reference(ResourceKind kind, const QString &id, const ServerState &state);

struct ConnectionReferences {
    QString vpnservice;
    QString ikepolicy;
    QString ipsecpolicy;
    QString localEndpointGroup;
    QString peerEndpointGroup;
};

QString createIkePolicy(const IkePolicyDraft &draft, QStringList *notes = nullptr);
QString createIpsecPolicy(const IpsecPolicyDraft &draft, QStringList *notes = nullptr);
QString createVpnService(const VpnServiceDraft &draft, const QString &router, const QString &subnet = {});
QString createEndpointGroup(const EndpointGroupDraft &draft, const QStringList &endpoints);
QString createConnection(const IpsecSiteConnectionDraft &draft, const ConnectionReferences &references,
                         QStringList *notes = nullptr);

/*!
 * The commands that create what \a draft says, its references (ids) named from \a state; the
 * connection's start with pskPrompt().
 */
QStringList createCommands(const IkePolicyDraft &draft, const ServerState &state, QStringList *notes);
QStringList createCommands(const IpsecPolicyDraft &draft, const ServerState &state, QStringList *notes);
QStringList createCommands(const VpnServiceDraft &draft, const ServerState &state, QStringList *notes);
QStringList createCommands(const EndpointGroupDraft &draft, const ServerState &state, QStringList *notes);
QStringList createCommands(const IpsecSiteConnectionDraft &draft, const ServerState &state, QStringList *notes);

/*!
 * The `… set` command for \a changes (what an edit sends: changes(original, draft)) to
 * \a original. Empty when nothing it changes can be said with the CLI; \a notes then say why.
 */
QStringList updateCommands(const IkePolicy &original, const IkePolicyDraft &changes, const ServerState &state,
                           QStringList *notes);
QStringList updateCommands(const IpsecPolicy &original, const IpsecPolicyDraft &changes, const ServerState &state,
                           QStringList *notes);
QStringList updateCommands(const VpnService &original, const VpnServiceDraft &changes, const ServerState &state,
                           QStringList *notes);
QStringList updateCommands(const EndpointGroup &original, const EndpointGroupDraft &changes, const ServerState &state,
                           QStringList *notes);
QStringList updateCommands(const IpsecSiteConnection &original, const IpsecSiteConnectionDraft &changes,
                           const ServerState &state, QStringList *notes);

/*! `openstack vpn … show` for resource \a id of \a kind. */
QString showCommand(ResourceKind kind, const QString &id, const ServerState &state);

/*!
 * `openstack vpn … delete` for \a steps in their order (DeletionPlan::steps()): consecutive
 * resources of one kind share a command, as the CLI deletes its arguments in order.
 */
QStringList deleteCommands(const QList<ResourceRef> &steps, const ServerState &state);

} // namespace vpnaas::cli
