// SPDX-License-Identifier: Apache-2.0
#include "rendercommand.h"
#include "headlesscloud.h"

#include "strongswan/strongswanrenderer.h"
#include "workspace/clicommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "vpnaas-console render: %s\n", qPrintable(message));
    return status;
}

/*! On stderr, so that it never mixes with the rendered file on stdout. */
void warn(const QString &message)
{
    std::fprintf(stderr, "vpnaas-console render: %s\n", qPrintable(RenderCommand::tr("warning: %1").arg(message)));
}

} // namespace

int runRenderCommand(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RenderCommand::tr("Print a rendered strongSwan or Libreswan file of a VPN service."));
    parser.addHelpOption();
    HeadlessCloud cloud;
    cloud.addOptions(parser);
    const QCommandLineOption service(u"vpnservice"_s,
                                     RenderCommand::tr("The VPN service (default: the only or first one)."), u"id"_s);
    const QCommandLineOption list(u"list-vpnservices"_s,
                                  RenderCommand::tr("List the VPN services, one per line, id first."));
    const QCommandLineOption side(u"side"_s, RenderCommand::tr("own (default) or peer."), u"side"_s, u"own"_s);
    const QCommandLineOption connection(
        u"connection"_s, RenderCommand::tr("The connection whose peer side to print (default: the first)."), u"id"_s);
    const QCommandLineOption format(
        u"format"_s,
        RenderCommand::tr("ipsec.conf (default), ipsec.secrets, strongswan.conf, swanctl, libreswan, "
                          "libreswan.secrets."),
        u"format"_s, u"ipsec.conf"_s);
    const QCommandLineOption dialect(u"dialect"_s,
                                     RenderCommand::tr("The Neutron driver's name map: master (default) or zed."),
                                     u"dialect"_s, u"master"_s);
    const QCommandLineOption reveal(u"reveal-secrets"_s,
                                    RenderCommand::tr("Write the pre-shared keys instead of masks."));
    parser.addOptions({service, list, side, connection, format, dialect, reveal});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString sideName = parser.value(side);
    if (sideName != u"own" && sideName != u"peer")
        return fail(2, RenderCommand::tr("--side is own or peer"));
    bool dialectOk = false;
    const vpnaas::strongswan::Dialect chosenDialect
        = vpnaas::strongswan::dialectFromName(parser.value(dialect), &dialectOk);
    if (!dialectOk)
        return fail(2, RenderCommand::tr("--dialect is master or zed"));
    const QString formatName = parser.value(format);
    const QStringList ownFormats{u"ipsec.conf"_s, u"ipsec.secrets"_s, u"strongswan.conf"_s, u"swanctl"_s};
    const QStringList peerFormats{u"ipsec.conf"_s, u"ipsec.secrets"_s, u"strongswan.conf"_s,
                                  u"swanctl"_s,    u"libreswan"_s,     u"libreswan.secrets"_s};
    if (!(sideName == u"own" ? ownFormats : peerFormats).contains(formatName)) {
        return fail(2,
                    RenderCommand::tr("--format for the %1 side is one of: %2")
                        .arg(sideName, (sideName == u"own" ? ownFormats : peerFormats).join(u", "_s)));
    }

    // Connect like the window does, then wait for the first refresh.
    QString error;
    if (const int status = cloud.open(parser, warn, &error); status != 0)
        return fail(status, error);

    const vpnaas::ServerState &state = cloud.state();
    if (parser.isSet(list)) {
        for (const vpnaas::VpnService &s : state.vpnServices) {
            const vpnaas::Router *router = state.router(s.routerId);
            // Names and ids come from the server: printed raw, a newline or an escape sequence in
            // one would forge lines or drive the terminal.
            std::printf("%s %s router=%s status=%s\n", qPrintable(vpnaas::cli::terminalText(s.id)),
                        qPrintable(vpnaas::cli::terminalText(s.name.isEmpty() ? u"-"_s : s.name)),
                        qPrintable(vpnaas::cli::terminalText(router ? router->name : s.routerId)),
                        qPrintable(vpnaas::cli::terminalText(s.status.api())));
        }
        return 0;
    }
    QString serviceId = parser.value(service);
    if (serviceId.isEmpty()) {
        if (state.vpnServices.isEmpty())
            return fail(1, RenderCommand::tr("the project has no VPN service"));
        serviceId = state.vpnServices.first().id;
    } else if (!state.vpnService(serviceId)) {
        return fail(1, RenderCommand::tr("no VPN service %1 in this project").arg(serviceId));
    }

    vpnaas::strongswan::RenderOptions options;
    options.dialect = chosenDialect;
    options.revealSecrets = parser.isSet(reveal);
    QString text;
    if (sideName == u"own") {
        if (formatName == u"ipsec.conf")
            text = vpnaas::strongswan::renderIpsecConf(state, serviceId, options);
        else if (formatName == u"ipsec.secrets")
            text = vpnaas::strongswan::renderIpsecSecrets(state, serviceId, options);
        else if (formatName == u"strongswan.conf")
            text = vpnaas::strongswan::renderStrongSwanConf();
        else
            text = vpnaas::strongswan::renderSwanctlConf(state, serviceId, options);
    } else {
        QString connectionId = parser.value(connection);
        if (connectionId.isEmpty()) {
            for (const vpnaas::IpsecSiteConnection &c : state.connections) {
                if (c.vpnserviceId == serviceId) {
                    connectionId = c.id;
                    break;
                }
            }
        }
        const vpnaas::IpsecSiteConnection *c = state.connection(connectionId);
        if (!c || c->vpnserviceId != serviceId)
            return fail(1,
                        RenderCommand::tr("no connection of VPN service %1 to render the peer side of").arg(serviceId));
        if (formatName == u"ipsec.conf")
            text = vpnaas::strongswan::renderPeerIpsecConf(state, connectionId, options);
        else if (formatName == u"ipsec.secrets")
            text = vpnaas::strongswan::renderPeerIpsecSecrets(state, connectionId, options);
        else if (formatName == u"strongswan.conf") // the drop-in strongswan.d/vpnaas-peer.conf
            text = vpnaas::strongswan::renderPeerStrongSwanConf(state, connectionId, options);
        else if (formatName == u"swanctl")
            text = vpnaas::strongswan::renderPeerSwanctlConf(state, connectionId, options);
        else if (formatName == u"libreswan")
            text = vpnaas::strongswan::renderPeerLibreswanConf(state, connectionId, options);
        else
            text = vpnaas::strongswan::renderPeerLibreswanSecrets(state, connectionId, options);
    }
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
    Q_UNUSED(app);
    return 0;
}
