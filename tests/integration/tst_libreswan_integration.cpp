// SPDX-License-Identifier: Apache-2.0
//
// The rendered Libreswan peer files on a real Libreswan (issue 18, "Libreswan, for real"):
// Debian 12's Libreswan 4.10, unpacked into a private root by tests/integration/setup-daemons
// and driven through tests/integration/libreswan-side (LIBRESWAN_SIDE, exported by
// run-with-strongswan).
//
// - parsesEveryGolden: for every connection of every golden input (tests/data/strongswan), the
//   rendered libreswan/ipsec.conf + ipsec.secrets go through Libreswan's own parsers
//   (`libreswan-side checkconfig`: addconn --checkconfig, then algparse on every conn's
//   proposals) and, when accepted, are loaded into a real pluto (`libreswan-side start`: every
//   conn added, the secrets read). What Libreswan refuses must be what the lint says.
// - negotiates: the own side as the console renders it runs the Neutron way on the left charon
//   (ipsec.conf + ipsec.secrets + strongswan.conf, `ipsec start`, `ipsec stroke up-nb`), the
//   rendered Libreswan peer files in pluto on the right. This kernel has XFRM but no ESP: pluto
//   cannot install an IPsec SA ("netlink response for Add SA esp...: Protocol not supported"),
//   while charon does ESP in user space (kernel-libipsec). So the proof is how far both get,
//   read from both daemons: the IKE SA established on both ends with exactly the expected
//   proposal; pluto choosing (IKEv2) or answering (IKEv1) the router's CHILD_SA proposal and
//   failing only at the kernel install; then pluto proposing the CHILD_SA itself (`ipsec auto
//   --up`) and charon selecting exactly the expected ESP proposal (IKEv2: charon INSTALLS that
//   CHILD_SA), and pluto failing again only at the kernel install. See docs/libreswan.md.
// A missing Libreswan root or harness is a failure, never a skip.
#include "strongswanpair.h"

#include "strongswan/resolvedconnection.h"
#include "strongswan/strongswanlint.h"
#include "strongswan/strongswanrenderer.h"
#include "vpnaas/codec.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::strongswan;
using integration::IkeSa;
using integration::StrongSwanPair;
using Side = StrongSwanPair::Side;

namespace {

const QString ConnectionId = u"c0ffee00-0000-4000-8000-00000000c001"_s;
const QString ServiceId = u"c0ffee00-0000-4000-8000-00000000a001"_s;
const QString RouterId = u"c0ffee00-0000-4000-8000-00000000b001"_s;
const QString LocalSubnetId = u"c0ffee00-0000-4000-8000-00000000d001"_s;
const QString Psk = u"rendered-test-psk-not-a-secret"_s;

/*! What pluto says when the kernel has no ESP (errno 93, EPROTONOSUPPORT). */
const QString KernelInstallError = u"Protocol not supported (errno 93)"_s;

/*! One combination of policies, and what each daemon must log or show. */
struct Row {
    QString ikeVersion = u"v1"_s;
    QString phase1 = u"main"_s;
    QString encryption = u"aes-128"_s;
    QString auth = u"sha1"_s;
    QString pfs = u"group5"_s;
    Dialect dialect = Dialect::Master;
    QString charonIke; //!< charon's IKE_SA proposal (list-sas)
    QString plutoIke; //!< pluto's log line for the established IKE SA
    QString plutoState; //!< its state in `whack --showstates`
    QString plutoChild; //!< IKEv2: pluto's chosen CHILD_SA proposal; IKEv1: its Quick Mode proposal
    QString charonChild; //!< charon's "selected proposal" for the CHILD_SA that pluto proposed
    QString charonInstalled; //!< IKEv2: the proposal of the CHILD_SA charon installs (list-sas)
};

/*! One connection of one golden case. */
struct Golden {
    QString caseName;
    ServerState state;
    QString serviceId;
    QString connectionId;
    Dialect dialect = Dialect::Master;
};

} // namespace

Q_DECLARE_METATYPE(Row)
Q_DECLARE_METATYPE(Golden)

namespace {

/*! Runs libreswan-side; its exit code, stdout+stderr in \a output. */
int side(const QStringList &args, QString *output, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("LIBRESWAN_SIDE"), args);
    if (!p.waitForStarted(10000)) {
        *output = u"cannot start libreswan-side: "_s + p.errorString();
        return -1;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *output = u"libreswan-side %1 timed out; output: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAll()));
        return -1;
    }
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString plutoLog()
{
    QString out;
    side({u"log"_s, u"all"_s}, &out, 10000);
    return out;
}

QString tail(const QString &text, int lines = 40)
{
    return text.split(u'\n').mid(qMax(0, int(text.count(u'\n')) - lines)).join(u'\n');
}

template<typename T>
bool decodeInto(const QByteArray &body, QList<T> *out, QString *error)
{
    const auto decoded = codec::decodeList<T>(body);
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    *out = decoded.value->items;
    return true;
}

/*! The golden case in \a directory, as tests/unit/tst_strongswanrenderer.cpp reads it. */
bool loadCase(const QString &directory, Golden *c, QString *error)
{
    QFile file(directory + u"/input.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file.fileName();
        return false;
    }
    const QByteArray body = file.readAll();
    if (!decodeInto(body, &c->state.routers, error) || !decodeInto(body, &c->state.subnets, error)
        || !decodeInto(body, &c->state.vpnServices, error) || !decodeInto(body, &c->state.endpointGroups, error)
        || !decodeInto(body, &c->state.ikePolicies, error) || !decodeInto(body, &c->state.ipsecPolicies, error)
        || !decodeInto(body, &c->state.connections, error)) {
        return false;
    }
    c->state.complete = true;
    const QJsonObject render = QJsonDocument::fromJson(body).object().value(u"render").toObject();
    bool ok = false;
    c->dialect = dialectFromName(render.value(u"dialect").toString(), &ok);
    if (!ok) {
        *error = u"render.dialect must be zed or master"_s;
        return false;
    }
    c->serviceId = render.value(u"vpnservice_id").toString();
    if (c->serviceId.isEmpty() && !c->state.vpnServices.isEmpty())
        c->serviceId = c->state.vpnServices.first().id;
    return true;
}

/*! Writes the files of \a files named in \a names under \a dir, as "libreswan/x" -> dir/x. */
bool writeNamed(const QString &dir, const QList<ConfigFile> &files, const QStringList &names, const QString &prefix,
                QString *error)
{
    QStringList missing = names;
    for (const ConfigFile &file : files) {
        if (!file.name.startsWith(prefix) || !names.contains(file.name.mid(prefix.size())))
            continue;
        if (!integration::writeConfigFile(dir + u'/' + file.name.mid(prefix.size()), file.text, file.secret, error))
            return false;
        missing.removeOne(file.name.mid(prefix.size()));
    }
    if (!missing.isEmpty()) {
        *error = u"not rendered: %1"_s.arg(missing.join(u", "_s));
        return false;
    }
    return true;
}

/*! The left side as an OpenStack router with one connection to the right (as in tst_strongswan_rendered_integration).
 */
ServerState buildState(const Row &row, const StrongSwanPair &pair)
{
    ServerState state;
    state.complete = true;

    Router router;
    router.id = RouterId;
    router.name = u"router-left"_s;
    router.status = u"ACTIVE"_s;
    router.externalNetworkId = u"c0ffee00-0000-4000-8000-00000000e001"_s;
    router.externalFixedIps = {{u"c0ffee00-0000-4000-8000-00000000e004"_s, pair.address(Side::Left)}};
    state.routers = {router};

    Subnet local;
    local.id = LocalSubnetId;
    local.name = u"left-inner"_s;
    local.networkId = u"c0ffee00-0000-4000-8000-00000000f001"_s;
    local.ipVersion = 4;
    local.cidr = pair.subnet(Side::Left);
    local.gatewayIp = pair.host(Side::Left);
    state.subnets = {local};

    VpnService service;
    service.id = ServiceId;
    service.name = u"vpn-left"_s;
    service.routerId = RouterId;
    service.externalV4Ip = pair.address(Side::Left);
    service.status = ResourceStatus::Active;
    state.vpnServices = {service};

    EndpointGroup localGroup;
    localGroup.id = u"c0ffee00-0000-4000-8000-0000000e0001"_s;
    localGroup.name = u"left-local"_s;
    localGroup.type = EndpointGroupType::Subnet;
    localGroup.endpoints = {LocalSubnetId};
    EndpointGroup peerGroup;
    peerGroup.id = u"c0ffee00-0000-4000-8000-0000000e0002"_s;
    peerGroup.name = u"right-peer"_s;
    peerGroup.type = EndpointGroupType::Cidr;
    peerGroup.endpoints = {pair.subnet(Side::Right)};
    state.endpointGroups = {localGroup, peerGroup};

    IkePolicy ike;
    ike.id = u"c0ffee00-0000-4000-8000-0000000a0001"_s;
    ike.name = u"ike"_s;
    ike.ikeVersion = Choice<IkeVersion>::fromApi(row.ikeVersion);
    ike.phase1NegotiationMode = Choice<Phase1NegotiationMode>::fromApi(row.phase1);
    ike.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(row.encryption);
    ike.authAlgorithm = Choice<AuthAlgorithm>::fromApi(row.auth);
    ike.pfs = Choice<PfsGroup>::fromApi(row.pfs);
    ike.lifetime.value = 3600;
    state.ikePolicies = {ike};

    IpsecPolicy ipsec;
    ipsec.id = u"c0ffee00-0000-4000-8000-0000000b0001"_s;
    ipsec.name = u"ipsec"_s;
    ipsec.transformProtocol = TransformProtocol::Esp;
    ipsec.encapsulationMode = EncapsulationMode::Tunnel;
    ipsec.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(row.encryption);
    ipsec.authAlgorithm = Choice<AuthAlgorithm>::fromApi(row.auth);
    ipsec.pfs = Choice<PfsGroup>::fromApi(row.pfs);
    ipsec.lifetime.value = 3600;
    state.ipsecPolicies = {ipsec};

    IpsecSiteConnection connection;
    connection.id = ConnectionId;
    connection.name = u"left-to-right"_s;
    connection.peerAddress = pair.address(Side::Right);
    connection.peerId = connection.peerAddress;
    connection.psk = Secret(Psk);
    connection.dpd.action = Choice<DpdAction>::fromApi(u"hold"_s);
    connection.dpd.interval = 30;
    connection.dpd.timeout = 120;
    connection.status = ResourceStatus::Active;
    connection.vpnserviceId = ServiceId;
    connection.ikepolicyId = ike.id;
    connection.ipsecpolicyId = ipsec.id;
    connection.localEpGroupId = localGroup.id;
    connection.peerEpGroupId = peerGroup.id;
    state.connections = {connection};
    return state;
}

QString rowDir(const QString &base)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9.]+"_s);
    return base + u'/' + QString::fromUtf8(QTest::currentTestFunction()) + u'/'
        + QString::fromUtf8(QTest::currentDataTag()).replace(unsafe, u"-"_s);
}

/*! The established IKE_SA \a name of \a sas, or nullptr. */
const IkeSa *established(const QList<IkeSa> &sas, const QString &name)
{
    for (const IkeSa &sa : sas) {
        if (sa.name == name && sa.state == u"ESTABLISHED")
            return &sa;
    }
    return nullptr;
}

} // namespace

class TestLibreswanIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesEveryGolden_data();
    void parsesEveryGolden();
    void negotiates_data();
    void negotiates();
    void cleanup();

private:
    StrongSwanPair m_pair;
};

void TestLibreswanIntegration::initTestCase()
{
    QVERIFY2(m_pair.isValid(), qPrintable(m_pair.errorString()));
    const QString tool = qEnvironmentVariable("LIBRESWAN_SIDE");
    QVERIFY2(!tool.isEmpty() && QFileInfo(tool).isExecutable(),
             "LIBRESWAN_SIDE is not set or not executable: run through tests/integration/run-with-strongswan");
    QString out;
    QVERIFY2(side({u"root"_s}, &out) == 0,
             qPrintable(u"no private Libreswan root (run tests/integration/setup-daemons): "_s + out));
}

void TestLibreswanIntegration::parsesEveryGolden_data()
{
    QTest::addColumn<Golden>("golden");
    const QDir data(QStringLiteral(VPNAAS_TEST_DATA_DIR "/strongswan"));
    const QStringList cases = data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), qPrintable(u"no golden cases in "_s + data.path()));
    int rows = 0;
    for (const QString &name : cases) {
        Golden g;
        g.caseName = name;
        QString error;
        QVERIFY2(loadCase(data.filePath(name), &g, &error), qPrintable(name + u": "_s + error));
        for (const ResolvedConnection &rc : resolveService(g.state, g.serviceId).connections) {
            g.connectionId = rc.connection.id;
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(rc.connection.id)) << g;
            ++rows;
        }
    }
    QVERIFY2(rows >= 20, qPrintable(u"only %1 golden connections found"_s.arg(rows)));
}

void TestLibreswanIntegration::parsesEveryGolden()
{
    QFETCH(Golden, golden);
    const QString dir = rowDir(qEnvironmentVariable("SWAN_DIR") + u"/libreswan-files"_s);
    QString error;
    const QList<ConfigFile> files = renderPeerSide(golden.state, golden.connectionId, {golden.dialect, true});
    QVERIFY2(writeNamed(dir, files, {u"ipsec.conf"_s, u"ipsec.secrets"_s}, u"libreswan/"_s, &error), qPrintable(error));

    // What the lint says about this connection, for the refusals Libreswan may have.
    QStringList explaining;
    // The lint's word for "Libreswan cannot do this algorithm" (libreswan-dh-unsupported,
    // libreswan-algorithm-unsupported): then Libreswan's parsers must refuse, and only then.
    bool unsupported = false;
    for (const Finding &f : lint(golden.state, golden.serviceId, {golden.dialect})) {
        if (f.connectionId != golden.connectionId)
            continue;
        if (f.isError() || f.code.startsWith(u"libreswan-"))
            explaining << u"%1 %2 (%3): %4"_s.arg(severityName(f.severity), f.code, f.key, f.message);
        unsupported = unsupported || (f.code.startsWith(u"libreswan-") && f.code.endsWith(u"-unsupported"));
    }

    QString out;
    const int rc = side({u"checkconfig"_s, dir}, &out);
    QVERIFY2(rc == 0 || rc == 1, qPrintable(u"checkconfig did not run (%1): %2"_s.arg(rc).arg(out)));
    if (rc != 0) {
        // Refused: the input is broken on purpose and the lint must say why.
        const bool explained = std::any_of(explaining.cbegin(), explaining.cend(), [](const QString &f) {
            return f.startsWith(u"error"_s) || f.contains(u"-unsupported ("_s);
        });
        QVERIFY2(explained,
                 qPrintable(u"Libreswan refuses the rendered peer files and no lint finding says why:\n"_s + out
                            + u"\nfindings: "_s + explaining.join(u"; "_s)));
        return;
    }
    QVERIFY2(!unsupported,
             qPrintable(u"the lint says Libreswan cannot match this policy, but Libreswan accepts "
                        "the files; findings: "_s
                        + explaining.join(u"; "_s)));

    // Accepted by the parsers: pluto itself must add every conn and read the secrets.
    const int started = side({u"start"_s, dir}, &out);
    const QString log = plutoLog();
    const bool added = started == 0 && log.contains(u"added IKEv"_s) && !log.contains(u"failed to add"_s);
    if (!added) {
        // Only an input broken on purpose may get this far and no further.
        const bool explained = std::any_of(explaining.cbegin(), explaining.cend(),
                                           [](const QString &f) { return f.startsWith(u"error"_s); });
        QVERIFY2(explained,
                 qPrintable(u"pluto refused what checkconfig accepted, and no lint error says why:\n"_s + out + u"\n"_s
                            + tail(log) + u"\nfindings: "_s + explaining.join(u"; "_s)));
        return;
    }
    // The secrets were read (start fails when pluto complains about them).
    QVERIFY2(log.contains(u"loading secrets from \"/etc/ipsec.secrets\""_s) && !log.contains(u"ERROR"_s),
             qPrintable(u"pluto did not read ipsec.secrets cleanly:\n"_s + tail(log)));
    QVERIFY2(side({u"stop"_s}, &out) == 0, qPrintable(out));
}

void TestLibreswanIntegration::negotiates_data()
{
    QTest::addColumn<Row>("row");

    Row defaults;
    defaults.dialect = Dialect::Zed;
    defaults.charonIke = u"AES_CBC-128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536"_s;
    defaults.plutoIke = u"IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_128 integ=HMAC_SHA1 group=MODP1536}"_s;
    defaults.plutoState = u"STATE_MAIN_R3 (IKE SA established)"_s;
    defaults.plutoChild = u"proposal=AES_CBC_128-HMAC_SHA1_96-MODP1536 pfsgroup=MODP1536"_s;
    defaults.charonChild = u"ESP:AES_CBC_128/HMAC_SHA1_96/MODP_1536/NO_EXT_SEQ"_s;
    QTest::newRow("OpenStack defaults (IKEv1 main, aes-128 sha1 group5)") << defaults;

    Row v2;
    v2.ikeVersion = u"v2"_s;
    v2.encryption = u"aes-256"_s;
    v2.auth = u"sha256"_s;
    v2.pfs = u"group14"_s;
    v2.charonIke = u"AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"_s;
    v2.plutoState = u"STATE_V2_ESTABLISHED_IKE_SA (established IKE SA)"_s;
    v2.plutoIke
        = u"sent IKE_SA_INIT reply {cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=MODP2048}"_s;
    v2.plutoChild = u"proposal 1:ESP=AES_CBC_256-HMAC_SHA2_256_128-DISABLED SPI="_s;
    v2.charonChild = u"ESP:AES_CBC_256/HMAC_SHA2_256_128/MODP_2048/NO_EXT_SEQ"_s;
    v2.charonInstalled = u"ESP:AES_CBC-256/HMAC_SHA2_256_128/MODP_2048"_s;
    QTest::newRow("IKEv2 aes-256 sha256 group14") << v2;

    Row v1 = v2;
    v1.ikeVersion = u"v1"_s;
    v1.plutoState = u"STATE_MAIN_R3 (IKE SA established)"_s;
    v1.plutoIke = u"IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}"_s;
    v1.plutoChild = u"proposal=AES_CBC_256-HMAC_SHA2_256_128-MODP2048 pfsgroup=MODP2048"_s;
    v1.charonInstalled.clear();
    QTest::newRow("IKEv1 main aes-256 sha256 group14") << v1;

    Row aggressive;
    aggressive.phase1 = u"aggressive"_s;
    aggressive.encryption = u"aes-192"_s;
    aggressive.auth = u"sha512"_s;
    aggressive.pfs = u"group14"_s;
    aggressive.charonIke = u"AES_CBC-192/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/MODP_2048"_s;
    aggressive.plutoState = u"STATE_AGGR_R2 (IKE SA established)"_s;
    aggressive.plutoIke
        = u"IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_192 integ=HMAC_SHA2_512 group=MODP2048}"_s;
    aggressive.plutoChild = u"proposal=AES_CBC_192-HMAC_SHA2_512_256-MODP2048 pfsgroup=MODP2048"_s;
    aggressive.charonChild = u"ESP:AES_CBC_192/HMAC_SHA2_512_256/MODP_2048/NO_EXT_SEQ"_s;
    QTest::newRow("IKEv1 aggressive aes-192 sha512 group14") << aggressive;
}

void TestLibreswanIntegration::negotiates()
{
    QFETCH(Row, row);
    const QString base = rowDir(qEnvironmentVariable("SWAN_DIR") + u"/libreswan-negotiates"_s);
    const QString leftDir = base + u"/left"_s;
    const QString rightDir = base + u"/right"_s;
    const ServerState state = buildState(row, m_pair);
    const RenderOptions options{row.dialect, true};
    QString error;
    QVERIFY2(writeNamed(leftDir, renderOwnSide(state, ServiceId, options),
                        {u"ipsec.conf"_s, u"ipsec.secrets"_s, u"strongswan.conf"_s}, QString(), &error),
             qPrintable(error));
    QVERIFY2(writeNamed(rightDir, renderPeerSide(state, ConnectionId, options), {u"ipsec.conf"_s, u"ipsec.secrets"_s},
                        u"libreswan/"_s, &error),
             qPrintable(error));

    QString out;
    QVERIFY2(side({u"checkconfig"_s, rightDir}, &out) == 0, qPrintable(out));
    // pluto first: it is the responder, and its own auto=start attempt is over before charon runs.
    QVERIFY2(side({u"start"_s, rightDir}, &out) == 0, qPrintable(out));
    QVERIFY2(m_pair.startIpsecConf(Side::Left, leftDir), qPrintable(m_pair.errorString()));
    QVERIFY2(m_pair.initiate(Side::Left, ConnectionId), qPrintable(m_pair.errorString()));

    // 1. The IKE SA, on both ends, with exactly the policies' algorithms.
    const bool plutoIke = QTest::qWaitFor([&] { return plutoLog().contains(row.plutoIke); }, 20000);
    QVERIFY2(plutoIke,
             qPrintable(u"pluto never logged \"%1\":\n%2\ncharon:\n%3"_s.arg(row.plutoIke, tail(plutoLog()),
                                                                             m_pair.logTail(Side::Left))));
    std::optional<IkeSa> charonSa;
    (void)QTest::qWaitFor(
        [&] {
            const auto sas = m_pair.listSas(Side::Left);
            const IkeSa *sa = sas ? established(*sas, ConnectionId) : nullptr;
            if (sa)
                charonSa = *sa;
            return sa != nullptr;
        },
        10000);
    QVERIFY2(charonSa, qPrintable(u"charon has no ESTABLISHED IKE_SA:\n"_s + m_pair.logTail(Side::Left)));
    QCOMPARE(charonSa->version, row.ikeVersion == u"v2" ? 2 : 1);
    QCOMPARE(charonSa->proposal(), row.charonIke);
    QVERIFY(charonSa->initiator);
    // pluto's own view of it (`ipsec whack --showstates`): the responder's established state.
    QString states;
    QVERIFY2(side({u"states"_s}, &states) == 0, qPrintable(states));
    QVERIFY2(states.contains(u"\""_s + ConnectionId + u"\":4500 "_s + row.plutoState),
             qPrintable(u"whack --showstates has no %1:\n%2"_s.arg(row.plutoState, states)));

    // 2. The router's CHILD_SA: pluto answers (IKEv1 Quick Mode) or chooses the proposal (IKEv2)
    //    and fails only when it installs the SA in the kernel, which has no ESP.
    const bool installFailed
        = QTest::qWaitFor([&] { return plutoLog().contains(u"netlink response for Add SA esp."_s); }, 20000);
    QString log = plutoLog();
    QVERIFY2(installFailed, qPrintable(u"pluto never tried to install the IPsec SA:\n"_s + tail(log)));
    QVERIFY2(log.contains(KernelInstallError), qPrintable(tail(log)));
    if (row.ikeVersion == u"v2") {
        QVERIFY2(log.contains(row.plutoChild),
                 qPrintable(u"pluto did not choose \"%1\":\n%2"_s.arg(row.plutoChild, tail(log))));
        // pluto answers IKE_AUTH with the IKE SA and without the CHILD_SA.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return m_pair.logTail(Side::Left, 200)
                             .contains(u"received TS_UNACCEPTABLE notify, no CHILD_SA built"_s);
                     },
                     10000),
                 qPrintable(m_pair.logTail(Side::Left)));
    } else {
        QVERIFY2(log.contains(u"responding to Quick Mode proposal"_s), qPrintable(tail(log)));
    }

    // 3. The other way round: pluto proposes the CHILD_SA over the established IKE SA; charon
    //    selects exactly the policies' ESP proposal; pluto fails again only at the kernel.
    const int installsBefore = int(log.count(u"netlink response for Add SA esp."_s));
    const int up = side({u"up"_s, ConnectionId}, &out, 30000);
    if (row.ikeVersion == u"v1") {
        QVERIFY2(out.contains(u"initiating Quick Mode"_s) && out.contains(row.plutoChild),
                 qPrintable(
                     u"pluto's Quick Mode (exit %1) does not propose \"%2\":\n%3"_s.arg(up).arg(row.plutoChild, out)));
    }
    const QString selected = u"selected proposal: "_s + row.charonChild;
    QVERIFY2(QTest::qWaitFor([&] { return m_pair.logTail(Side::Left, 300).contains(selected); }, 15000),
             qPrintable(u"charon never logged \"%1\":\n%2"_s.arg(selected, m_pair.logTail(Side::Left))));
    QVERIFY2(QTest::qWaitFor([&] { return plutoLog().count(u"netlink response for Add SA esp."_s) > installsBefore; },
                             15000),
             qPrintable(u"pluto did not reach the kernel install of the CHILD_SA it proposed:\n"_s + tail(plutoLog())));
    if (!row.charonInstalled.isEmpty()) {
        // IKEv2: charon, the responder of CREATE_CHILD_SA, installs its half (user-space ESP).
        bool installed = false;
        QString proposals;
        (void)QTest::qWaitFor(
            [&] {
                const auto sas = m_pair.listSas(Side::Left);
                proposals.clear();
                for (const IkeSa &sa : sas.value_or(QList<IkeSa>{})) {
                    for (const auto &child : sa.children) {
                        proposals += child.state + u' ' + child.proposal() + u"; "_s;
                        installed
                            = installed || (child.state == u"INSTALLED" && child.proposal() == row.charonInstalled);
                    }
                }
                return installed;
            },
            10000);
        QVERIFY2(installed,
                 qPrintable(u"charon has no INSTALLED CHILD_SA %1 (has: %2)\n%3"_s.arg(row.charonInstalled, proposals,
                                                                                       m_pair.logTail(Side::Left))));
    }
}

void TestLibreswanIntegration::cleanup()
{
    QString out;
    side({u"stop"_s}, &out, 30000);
    m_pair.stopAll();
}

QTEST_GUILESS_MAIN(TestLibreswanIntegration)
#include "tst_libreswan_integration.moc"
