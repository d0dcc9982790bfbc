// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the strongSwan/Libreswan renderers and lint (models/strongswan) fed
// arbitrary resource values. The input is one JSON document with the list bodies `routers`,
// `subnets`, `vpnservices`, `endpoint_groups`, `ikepolicies`, `ipsecpolicies` and
// `ipsec_site_connections`, decoded with the codec (the golden tests' input.json format). For
// every service and connection in it every file is rendered, in both dialects, and read back
// with the strict readers of configcheck.h: no value may add a line, a key or a section, and
// each file has as many conns and secrets as the service has connections. Lint must not crash.
// Seeds: tests/data/strongswan/*/input.json; renderers.dict has the escapes that make values
// with control characters.
#include "configcheck.h"
#include "fuzzsupport.h"

#include "strongswan/resolvedconnection.h"
#include "strongswan/strongswanlint.h"
#include "strongswan/strongswanrenderer.h"

#include "vpnaas/codec.h"

using namespace vpnaas;
using namespace vpnaas::strongswan;

namespace {

template<typename T>
void decodeInto(const QByteArray &body, QList<T> *out)
{
    const auto decoded = codec::decodeList<T>(body);
    if (decoded.ok())
        *out = decoded.value->items.mid(0, 8);
}

void check(const QString &problem, const QString &text)
{
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n---\n%s\n---\n", qUtf8Printable(problem), qUtf8Printable(text));
        fuzz::fuzzCheck(false, "a rendered file reads back as the renderer meant it");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    ServerState state;
    decodeInto(body, &state.routers);
    decodeInto(body, &state.subnets);
    decodeInto(body, &state.vpnServices);
    decodeInto(body, &state.endpointGroups);
    decodeInto(body, &state.ikePolicies);
    decodeInto(body, &state.ipsecPolicies);
    decodeInto(body, &state.connections);
    state.complete = true;
    if (state.vpnServices.isEmpty() && state.connections.isEmpty())
        return 0;

    QStringList services;
    for (const VpnService &service : std::as_const(state.vpnServices))
        services.append(service.id);
    services.append(QStringLiteral("unknown-service"));
    for (const Dialect dialect : {Dialect::Master, Dialect::Zed}) {
        const RenderOptions options{dialect, dialect == Dialect::Master};
        for (const QString &serviceId : std::as_const(services)) {
            const qsizetype conns = resolveService(state, serviceId).connections.size();
            const QList<ConfigFile> own = renderOwnSide(state, serviceId, options);
            check(fuzz::checkIpsecConf(own.at(0).text, fuzz::ConfStyle::Driver, conns), own.at(0).text);
            check(fuzz::checkSecrets(own.at(1).text, fuzz::ConfStyle::Driver, conns), own.at(1).text);
            check(fuzz::checkSwanctlConf(own.at(3).text, conns), own.at(3).text);
            (void)formatFindings(lint(state, serviceId, {dialect}));
        }
    }
    QStringList connections;
    for (const IpsecSiteConnection &connection : std::as_const(state.connections))
        connections.append(connection.id);
    connections.append(QStringLiteral("unknown-connection"));
    for (const QString &connectionId : std::as_const(connections)) {
        const ResolvedConnection rc = resolveConnection(state, connectionId);
        const qsizetype known = rc.known ? 1 : 0;
        // The peer's strongswan.conf sets the aggressive-mode switch for IKEv1 aggressive mode only.
        const bool aggressive = rc.known && rc.ikePolicy && rc.ikePolicy->phase1NegotiationMode.api() == u"aggressive"
            && rc.ikePolicy->ikeVersion.api() != u"v2";
        const QList<ConfigFile> peer = renderPeerSide(state, connectionId, {Dialect::Master, true});
        check(fuzz::checkSwanctlConf(peer.at(0).text, known), peer.at(0).text);
        check(fuzz::checkIpsecConf(peer.at(1).text, fuzz::ConfStyle::Peer, known), peer.at(1).text);
        check(fuzz::checkSecrets(peer.at(2).text, fuzz::ConfStyle::Peer, known), peer.at(2).text);
        check(fuzz::checkStrongSwanConf(peer.at(3).text, aggressive), peer.at(3).text);
        check(fuzz::checkIpsecConf(peer.at(4).text, fuzz::ConfStyle::Libreswan, known), peer.at(4).text);
        check(fuzz::checkSecrets(peer.at(5).text, fuzz::ConfStyle::Peer, known), peer.at(5).text);
        (void)lintConnection(state, connectionId);
    }
    return 0;
}
