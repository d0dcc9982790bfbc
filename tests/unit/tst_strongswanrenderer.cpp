// SPDX-License-Identifier: Apache-2.0
//
// Golden-file tests for the strongSwan/Libreswan renderers and lint.
//
// Each directory under tests/data/strongswan/ is one case: `input.json` holds the resources in
// Neutron's API shape (the list bodies `routers`, `subnets`, `vpnservices`, `endpoint_groups`,
// `ikepolicies`, `ipsecpolicies`, `ipsec_site_connections`, each decoded with the repo's codec)
// plus `render: {dialect: zed|master, vpnservice_id: optional, default the first service}`.
// Next to it are the expected outputs, PSKs revealed:
//   own/ipsec.conf  own/ipsec.secrets  own/strongswan.conf  own/swanctl.conf
//   peer/<connection id>/{swanctl.conf, ipsec.conf, ipsec.secrets, strongswan.d/vpnaas-peer.conf,
//                         libreswan/ipsec.conf, libreswan/ipsec.secrets}
//   lint.txt
// A mismatch prints a unified diff. With VPNAAS_UPDATE_GOLDEN=1 the test writes the outputs
// instead (tests/data/strongswan/update-golden.sh); review them with `git diff`.
#include "strongswan/resolvedconnection.h"
#include "strongswan/strongswanlint.h"
#include "strongswan/strongswanrenderer.h"

#include "vpnaas/codec.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::strongswan;

namespace {

QString dataDir()
{
    return QStringLiteral(VPNAAS_TEST_DATA_DIR "/strongswan");
}

bool updating()
{
    return qEnvironmentVariableIntValue("VPNAAS_UPDATE_GOLDEN") == 1;
}

struct Case {
    ServerState state;
    QString serviceId;
    Dialect dialect = Dialect::Master;
    QString error;
};

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

Case loadCase(const QString &directory)
{
    Case c;
    QFile file(directory + u"/input.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = u"cannot read "_s + file.fileName();
        return c;
    }
    const QByteArray body = file.readAll();
    // One document holds every list; each decodeList() picks its own key.
    if (!decodeInto(body, &c.state.routers, &c.error) || !decodeInto(body, &c.state.subnets, &c.error)
        || !decodeInto(body, &c.state.vpnServices, &c.error) || !decodeInto(body, &c.state.endpointGroups, &c.error)
        || !decodeInto(body, &c.state.ikePolicies, &c.error) || !decodeInto(body, &c.state.ipsecPolicies, &c.error)
        || !decodeInto(body, &c.state.connections, &c.error)) {
        return c;
    }
    c.state.complete = true;
    const QJsonObject render = QJsonDocument::fromJson(body).object().value(u"render").toObject();
    bool ok = false;
    c.dialect = dialectFromName(render.value(u"dialect").toString(), &ok);
    if (!ok)
        c.error = u"render.dialect must be zed or master"_s;
    c.serviceId = render.value(u"vpnservice_id").toString();
    if (c.serviceId.isEmpty() && !c.state.vpnServices.isEmpty())
        c.serviceId = c.state.vpnServices.first().id;
    return c;
}

/*! Relative path → content, for every file a case renders. */
std::map<QString, QString> renderCase(const Case &c)
{
    std::map<QString, QString> files;
    const RenderOptions options{c.dialect, true};
    for (const ConfigFile &file : renderOwnSide(c.state, c.serviceId, options))
        files[u"own/"_s + file.name] = file.text;
    for (const ResolvedConnection &rc : resolveService(c.state, c.serviceId).connections) {
        for (const ConfigFile &file : renderPeerSide(c.state, rc.connection.id, options))
            files[u"peer/"_s + rc.connection.id + u'/' + file.name] = file.text;
    }
    files[u"lint.txt"_s] = formatFindings(lint(c.state, c.serviceId, {c.dialect}));
    return files;
}

/*! Every file of a case directory except the input, as relative paths. */
QStringList expectedFiles(const QString &directory)
{
    QStringList result;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    const QDir base(directory);
    while (it.hasNext()) {
        const QString path = base.relativeFilePath(it.next());
        if (path != u"input.json")
            result.append(path);
    }
    result.sort();
    return result;
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/*! `diff -u` of the two texts, or both texts in full when diff cannot run. */
QString unifiedDiff(const QString &name, const QString &expected, const QString &actual)
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(u"expected"_s);
    const QString b = tmp.filePath(u"actual"_s);
    if (tmp.isValid() && writeFile(a, expected) && writeFile(b, actual)) {
        QProcess diff;
        diff.start(u"diff"_s, {u"-u"_s, u"--label"_s, u"expected/"_s + name, u"--label"_s, u"actual/"_s + name, a, b});
        if (diff.waitForFinished(10000) && diff.exitStatus() == QProcess::NormalExit)
            return QString::fromUtf8(diff.readAllStandardOutput());
    }
    return u"--- expected/"_s + name + u'\n' + expected + u"\n+++ actual/"_s + name + u'\n' + actual + u'\n';
}

QString lineWith(const QString &text, const QString &prefix)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().startsWith(prefix))
            return line.trimmed();
    }
    return {};
}

Case caseNamed(const QString &name)
{
    return loadCase(dataDir() + u'/' + name);
}

/*!
 * The outline of a config file: per line its indentation and what a parser sees first (the key
 * of `key=value` and `key = value`, `conn`, a section, `}`, an ipsec.secrets entry), comments
 * and blank lines left out. A value that breaks its line changes the outline.
 */
QStringList outline(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        static const QRegularExpression separator(u"[= ]"_s);
        const qsizetype cut = trimmed.indexOf(separator);
        QString what = cut < 0 ? trimmed : trimmed.left(cut);
        if (trimmed.endsWith(u" {"_s))
            what = u"{"_s; // a section, whatever its name
        else if (trimmed.startsWith(u"conn "_s))
            what = u"conn"_s;
        else if (trimmed.contains(u" : PSK "_s))
            what = u"PSK"_s; // an ipsec.secrets entry, whatever its ids
        result.append(QString::number(line.size() - line.trimmed().size()) + u':' + what);
    }
    return result;
}

/*! Every file of one service, own and peer side, by name. */
std::map<QString, QString> allFiles(const ServerState &state, const QString &serviceId)
{
    std::map<QString, QString> files;
    const RenderOptions options{Dialect::Master, true};
    for (const ConfigFile &file : renderOwnSide(state, serviceId, options))
        files[u"own/"_s + file.name] = file.text;
    for (const ResolvedConnection &rc : resolveService(state, serviceId).connections) {
        for (const ConfigFile &file : renderPeerSide(state, rc.connection.id, options))
            files[u"peer/"_s + QString::number(files.size()) + u'/' + file.name] = file.text;
    }
    return files;
}

} // namespace

class TestStrongSwanRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void workedExample57();
    void zedVersusMaster();
    void aeadWithoutTheAeadBranchInZed();
    void pskEncodingAndMasking();
    void templateWhitespace();
    void jinjaAutoescape();
    void deterministicAndOrderIndependent();
    void unknownIdsRenderFixedParts();
    void ownSideFileList();
    void peerStrongSwanConf_data();
    void peerStrongSwanConf();
    void controlCharactersStayInTheirLine_data();
    void controlCharactersStayInTheirLine();
};

void TestStrongSwanRenderer::golden_data()
{
    QTest::addColumn<QString>("directory");
    const QStringList cases = QDir(dataDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases) {
        if (QFileInfo::exists(dataDir() + u'/' + name + u"/input.json"_s))
            QTest::addRow("%s", qPrintable(name)) << dataDir() + u'/' + name;
    }
}

void TestStrongSwanRenderer::golden()
{
    QFETCH(QString, directory);
    const Case c = loadCase(directory);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const std::map<QString, QString> actual = renderCase(c);
    const QStringList existing = expectedFiles(directory);

    if (updating()) {
        for (const QString &path : existing) {
            if (!actual.contains(path))
                QVERIFY(QFile::remove(directory + u'/' + path));
        }
        for (const auto &[path, text] : actual)
            QVERIFY(writeFile(directory + u'/' + path, text));
        qInfo("updated %zu files in %s", actual.size(), qPrintable(directory));
        return;
    }

    QString failures;
    for (const auto &[path, text] : actual) {
        const QString file = directory + u'/' + path;
        if (!QFileInfo::exists(file)) {
            failures += u"missing golden file "_s + path + u" (run update-golden.sh)\n"_s;
            continue;
        }
        const QString expected = readFile(file);
        if (expected != text)
            failures += unifiedDiff(path, expected, text);
    }
    for (const QString &path : existing) {
        if (!actual.contains(path))
            failures += u"stale golden file "_s + path + u" (no longer rendered)\n"_s;
    }
    if (!failures.isEmpty())
        QFAIL(qPrintable(u"\n"_s + failures));
}

void TestStrongSwanRenderer::workedExample57()
{
    // The worked example (defaults, one connection to 192.0.2.1), key by key, independent of the golden files.
    const Case c = caseNamed(u"worked-example-5.7"_s);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const RenderOptions options{Dialect::Master, true};
    const QString conf = renderIpsecConf(c.state, c.serviceId, options);
    const QStringList expected = {
        u"keyexchange=ikev2"_s,       u"left=203.0.113.10"_s,
        u"leftsubnet=10.10.1.0/24"_s, u"leftid=203.0.113.10"_s,
        u"right=198.51.100.77"_s,     u"rightsubnet=192.168.50.0/24,192.168.60.0/24"_s,
        u"rightid=198.51.100.77"_s,   u"auto=route"_s,
        u"dpdaction=restart"_s,       u"dpddelay=15s"_s,
        u"dpdtimeout=60s"_s,          u"ike=aes256-sha256-modp2048"_s,
        u"ikelifetime=28800s"_s,      u"esp=aes256gcm16-modp2048"_s,
        u"lifetime=3600s"_s,          u"type=tunnel"_s,
    };
    for (const QString &line : expected)
        QVERIFY2(conf.contains(u"\n    "_s + line + u'\n'), qPrintable(line));
    QVERIFY(conf.startsWith(u"# Configuration for 4d5e6f70-8192-4a3b-94d5-e6f708192a3b\n"_s));
    QVERIFY(conf.contains(u"\nconn 8192a3b4-c5d6-4e7f-9801-2a3b4c5d6e7f\n"_s));
    QVERIFY(!conf.contains(u"aggressive"_s));
    const QString secrets = renderIpsecSecrets(c.state, c.serviceId, options);
    const QString psk = QString::fromLatin1(QByteArray("correct-horse-battery-staple-42").toBase64());
    QVERIFY(secrets.contains(u"\n203.0.113.10 198.51.100.77 : PSK 0s"_s + psk + u'\n'));
}

void TestStrongSwanRenderer::zedVersusMaster()
{
    const Case zed = caseNamed(u"sha384-zed"_s);
    const Case master = caseNamed(u"sha384-master"_s);
    QVERIFY(zed.error.isEmpty() && master.error.isEmpty());
    QCOMPARE(zed.dialect, Dialect::Zed);
    QCOMPARE(master.dialect, Dialect::Master);
    const QString zedConf = renderIpsecConf(zed.state, zed.serviceId, {Dialect::Zed, true});
    const QString masterConf = renderIpsecConf(master.state, master.serviceId, {Dialect::Master, true});
    QCOMPARE(lineWith(zedConf, u"ike="_s), u"ike=aes256-sha2_384-modp2048"_s);
    QCOMPARE(lineWith(zedConf, u"esp="_s), u"esp=aes256-sha2_384-modp2048"_s);
    QCOMPARE(lineWith(masterConf, u"ike="_s), u"ike=aes256-sha384-modp2048"_s);
    QCOMPARE(lineWith(masterConf, u"esp="_s), u"esp=aes256-sha384-modp2048"_s);
    // The modern and peer files do not depend on the driver release.
    QCOMPARE(renderSwanctlConf(zed.state, zed.serviceId, {Dialect::Zed, true}),
             renderSwanctlConf(master.state, master.serviceId, {Dialect::Master, true}));
}

void TestStrongSwanRenderer::aeadWithoutTheAeadBranchInZed()
{
    const Case c = caseNamed(u"worked-example-5.7"_s);
    const QString zed = renderIpsecConf(c.state, c.serviceId, {Dialect::Zed, true});
    // Zed's map does not know aes-256-gcm-16 and its template has no AEAD branch.
    QCOMPARE(lineWith(zed, u"esp="_s), u"esp=aes-256-gcm-16-sha256-modp2048"_s);
    bool flagged = false;
    for (const Finding &finding : lint(c.state, c.serviceId, {Dialect::Zed}))
        flagged = flagged || (finding.code == u"unsupported-by-dialect" && finding.isError());
    QVERIFY(flagged);
}

void TestStrongSwanRenderer::pskEncodingAndMasking()
{
    // The driver base64-encodes PSKs (ipsec.secrets.template): "password" → 0scGFzc3dvcmQ=.
    const Case c = caseNamed(u"openstack-defaults"_s);
    QVERIFY(c.error.isEmpty());
    const QString revealed = renderIpsecSecrets(c.state, c.serviceId, {Dialect::Zed, true});
    QVERIFY(revealed.contains(u" : PSK 0scGFzc3dvcmQ=\n"_s));

    const RenderOptions masked{Dialect::Zed, false};
    QList<ConfigFile> files = renderOwnSide(c.state, c.serviceId, masked);
    files += renderPeerSide(c.state, c.state.connections.first().id, masked);
    int secretFiles = 0;
    for (const ConfigFile &file : std::as_const(files)) {
        QVERIFY2(!file.text.contains(u"cGFzc3dvcmQ="_s), qPrintable(file.name));
        QVERIFY2(!file.text.contains(u"password"_s), qPrintable(file.name));
        QCOMPARE(file.text.contains(u"0s"_s + Secret::mask()), file.secret);
        secretFiles += file.secret ? 1 : 0;
    }
    // ipsec.secrets, swanctl.conf; peer swanctl.conf and both secrets (not the peer's strongswan.conf)
    QCOMPARE(secretFiles, 5);
}

void TestStrongSwanRenderer::templateWhitespace()
{
    // Jinja keeps the loop body's leading and trailing newlines and drops the template's last one.
    const Case c = caseNamed(u"several-connections"_s);
    const RenderOptions options{Dialect::Master, true};
    const QString secrets = renderIpsecSecrets(c.state, c.serviceId, options);
    QCOMPARE(secrets.count(u"\n\n"_s), 2);
    QVERIFY(secrets.startsWith(u"# Configuration for "_s + c.serviceId + u"\n203.0.113.10 "_s));
    QVERIFY(secrets.endsWith(u'\n'));
    QVERIFY(!renderStrongSwanConf().endsWith(u'\n'));
    const QString conf = renderIpsecConf(c.state, c.serviceId, options);
    QVERIFY(conf.contains(u"        mobike=no\n\nconn "_s));
    QVERIFY(conf.endsWith(u"    type=tunnel\n"_s));
    QVERIFY(!conf.contains(u"\n\n\n"_s));
    // Admin-down connections are rendered too.
    QCOMPARE(conf.count(u"\nconn "_s), 4);
}

void TestStrongSwanRenderer::jinjaAutoescape()
{
    Case c = caseNamed(u"fqdn-ids"_s);
    c.state.connections[1].localId = u"dc1&co.example.net"_s;
    const QString conf = renderIpsecConf(c.state, c.serviceId, {Dialect::Master, true});
    QVERIFY(conf.contains(u"leftid=@dc1&amp;co.example.net\n"_s));
    // The modern file is not a Jinja template.
    QVERIFY(renderSwanctlConf(c.state, c.serviceId, {Dialect::Master, true}).contains(u"\"@dc1&co.example.net\""_s));
}

void TestStrongSwanRenderer::deterministicAndOrderIndependent()
{
    const Case c = caseNamed(u"several-connections"_s);
    Case reversed = c;
    std::reverse(reversed.state.connections.begin(), reversed.state.connections.end());
    const std::map<QString, QString> first = renderCase(c);
    QVERIFY(renderCase(c) == first);
    QVERIFY(renderCase(reversed) == first);
}

void TestStrongSwanRenderer::unknownIdsRenderFixedParts()
{
    const ServerState empty;
    const RenderOptions options;
    const QString conf = renderIpsecConf(empty, u"nope"_s, options);
    QCOMPARE(conf,
             u"# Configuration for nope\nconfig setup\n\nconn %default\n        keylife=20m\n"
             u"        rekeymargin=3m\n        keyingtries=1\n        authby=psk\n        mobike=no\n"_s);
    QCOMPARE(renderIpsecSecrets(empty, u"nope"_s, options), u"# Configuration for nope"_s);
    QVERIFY(renderSwanctlConf(empty, u"nope"_s, options).contains(u"connections {\n}\n"_s));
    for (const ConfigFile &file : renderPeerSide(empty, u"missing"_s, options)) {
        QVERIFY2(file.text.contains(u"missing"_s), qPrintable(file.name));
        QVERIFY2(!file.text.contains(u"PSK"_s), qPrintable(file.name));
    }
    QVERIFY(hasErrors(lint(empty, u"nope"_s)));
    QVERIFY(hasErrors(lintConnection(empty, u"missing"_s)));
}

void TestStrongSwanRenderer::ownSideFileList()
{
    const Case c = caseNamed(u"openstack-defaults"_s);
    QStringList names;
    for (const ConfigFile &file : renderOwnSide(c.state, c.serviceId, {}))
        names.append(file.name + (file.secret ? u" (secret)"_s : QString()));
    QCOMPARE(
        names,
        (QStringList{u"ipsec.conf"_s, u"ipsec.secrets (secret)"_s, u"strongswan.conf"_s, u"swanctl.conf (secret)"_s}));
    names.clear();
    for (const ConfigFile &file : renderPeerSide(c.state, c.state.connections.first().id, {}))
        names.append(file.name + (file.secret ? u" (secret)"_s : QString()));
    QCOMPARE(names,
             (QStringList{u"swanctl.conf (secret)"_s, u"ipsec.conf"_s, u"ipsec.secrets (secret)"_s,
                          u"strongswan.d/vpnaas-peer.conf"_s, u"libreswan/ipsec.conf"_s,
                          u"libreswan/ipsec.secrets (secret)"_s}));
}

void TestStrongSwanRenderer::peerStrongSwanConf_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("needsSwitch");
    QTest::addRow("IKEv1 aggressive") << u"ikev1-aggressive-aes192-sha512"_s << u"v1"_s << u"aggressive"_s << true;
    QTest::addRow("IKEv1 main") << u"ikev1-aggressive-aes192-sha512"_s << u"v1"_s << u"main"_s << false;
    // aggressive=yes means nothing to IKEv2, and the peer files leave it out.
    QTest::addRow("IKEv2 aggressive") << u"ikev1-aggressive-aes192-sha512"_s << u"v2"_s << u"aggressive"_s << false;
    QTest::addRow("API defaults") << u"openstack-defaults"_s << QString() << QString() << false;
}

void TestStrongSwanRenderer::peerStrongSwanConf()
{
    QFETCH(QString, caseName);
    QFETCH(QString, version);
    QFETCH(QString, mode);
    QFETCH(bool, needsSwitch);
    Case c = caseNamed(caseName);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    for (IkePolicy &ike : c.state.ikePolicies) {
        if (!version.isEmpty())
            ike.ikeVersion = Choice<IkeVersion>::fromApi(version);
        if (!mode.isEmpty())
            ike.phase1NegotiationMode = Choice<Phase1NegotiationMode>::fromApi(mode);
    }
    const QString id = c.state.connections.first().id;
    const RenderOptions options{Dialect::Master, false};
    const QString text = renderPeerStrongSwanConf(c.state, id, options);

    // What a strongSwan parser sees: one charon section, with the switch or empty.
    QStringList settings;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            settings.append(line);
    }
    const QString theSwitch = u"    i_dont_care_about_security_and_use_aggressive_mode_psk = yes"_s;
    const QStringList expected
        = needsSwitch ? QStringList{u"charon {"_s, theSwitch, u"}"_s} : QStringList{u"charon {"_s, u"}"_s};
    QCOMPARE(settings, expected);
    // It says which connection it is for, where it goes and why.
    QVERIFY(text.startsWith(u"# strongswan.conf drop-in for the remote peer of an OpenStack VPNaaS connection\n"_s));
    QVERIFY(text.contains(u"# connection: "_s + id));
    QVERIFY(text.contains(u"/etc/strongswan.d/vpnaas-peer.conf"_s));
    QCOMPARE(text.contains(u"Aggressive Mode PSK disabled for security reasons"_s), needsSwitch);
    QCOMPARE(text.contains(u"changes nothing"_s), !needsSwitch);
    // The peer's other strongSwan files point to it exactly when it matters.
    for (const ConfigFile &file : renderPeerSide(c.state, id, options)) {
        if (file.name == u"swanctl.conf" || file.name == u"ipsec.conf")
            QCOMPARE(file.text.contains(u"strongswan.d/vpnaas-peer.conf"_s), needsSwitch);
        if (file.name == u"strongswan.d/vpnaas-peer.conf") {
            QCOMPARE(file.text, text);
            QVERIFY(!file.secret);
        }
    }
    // The router's swanctl.conf has the note, but no peer file to point to.
    const QString own = renderSwanctlConf(c.state, c.serviceId, options);
    QCOMPARE(own.contains(u"i_dont_care_about_security_and_use_aggressive_mode_psk"_s), needsSwitch);
    QVERIFY(!own.contains(u"vpnaas-peer.conf"_s));
}

void TestStrongSwanRenderer::controlCharactersStayInTheirLine_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    // Defect: the peer renderers escaped only \\ and ", so this peer_id (the review's) gave the
    // peer's ipsec.conf a second leftsubnet and an also=, and multi-line ipsec.secrets and
    // swanctl.conf; the own-side files, written like the driver's templates, did the same.
    const QString evil = u"192.168.20.9\n  leftsubnet=0.0.0.0/0\n  also=evil"_s;
    QTest::addRow("peer_id") << u"peer_id"_s << evil;
    QTest::addRow("peer_id, CR LF") << u"peer_id"_s << u"x\r\nconn evil\r\n  auto=start"_s;
    QTest::addRow("peer_id, closing brace") << u"peer_id"_s << u"x }\n}\nconnections {\n evil {"_s;
    QTest::addRow("peer_id, quote and backslash") << u"peer_id"_s << u"a\"b\\\"\nc=d"_s;
    QTest::addRow("local_id") << u"local_id"_s << evil;
    QTest::addRow("local_id, U+2028") << u"local_id"_s << u"x\u2028leftsubnet=0.0.0.0/0"_s;
    QTest::addRow("peer_address") << u"peer_address"_s << evil;
    QTest::addRow("name") << u"name"_s << u"office\n  auto=add\nconn evil"_s;
    QTest::addRow("connection id") << u"id"_s << u"x\nconn evil\n  also=x"_s;
    QTest::addRow("connection id, swanctl syntax") << u"id"_s << u"a.b { c"_s;
    QTest::addRow("peer CIDR") << u"peer_cidrs"_s << evil;
    QTest::addRow("dpd action") << u"dpd"_s << u"hold\n  left=%any"_s;
    QTest::addRow("encapsulation") << u"mode"_s << u"tunnel\n}\nsecrets {"_s;
    QTest::addRow("psk") << u"psk"_s << u"k\nconn evil"_s;
}

void TestStrongSwanRenderer::controlCharactersStayInTheirLine()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const Case base = caseNamed(u"legacy-peer-cidrs"_s);
    QVERIFY2(base.error.isEmpty(), qPrintable(base.error));
    const auto withValue = [&](const QString &text) {
        ServerState state = base.state;
        IpsecSiteConnection &c = state.connections.first();
        if (field == u"peer_id")
            c.peerId = text;
        else if (field == u"local_id")
            c.localId = text;
        else if (field == u"peer_address")
            c.peerAddress = text;
        else if (field == u"name")
            c.name = text;
        else if (field == u"id")
            c.id = text;
        else if (field == u"peer_cidrs")
            c.peerCidrs = {text};
        else if (field == u"dpd")
            c.dpd.action = Choice<DpdAction>::fromApi(text);
        else if (field == u"mode")
            state.ipsecPolicies.first().encapsulationMode = Choice<EncapsulationMode>::fromApi(text);
        else if (field == u"psk")
            c.psk = Secret(text);
        return allFiles(state, base.serviceId);
    };
    // The same value as a plain token (for the id: one that sorts like it among the others).
    QString plain = value;
    for (QChar &c : plain) {
        if (!(c.unicode() < 128 && c.isLetterOrNumber()))
            c = u'.';
    }
    const auto benign = withValue(field == u"id" ? plain : u"benign.example"_s);
    const auto rendered = withValue(value);
    QCOMPARE(rendered.size(), benign.size());
    for (const auto &[name, text] : rendered) {
        for (const QChar c : text) {
            const bool control
                = c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
            QVERIFY2(
                !control || c == u'\n',
                qPrintable(name + u": raw control character U+"_s + QString::number(c.unicode(), 16) + u"\n"_s + text));
        }
        if (outline(text) != outline(benign.at(name)))
            QFAIL(qPrintable(u"a value changed the lines of the file:\n"_s + unifiedDiff(name, benign.at(name), text)));
    }
    // The value itself is still there, escaped, where a parser reads it as one value.
    if (field == u"peer_id" && value.startsWith(u"192.168.20.9"_s)) {
        const QString peerConf = rendered.at(u"peer/5/ipsec.conf"_s);
        QVERIFY2(peerConf.contains(u"    leftid=\"@192.168.20.9\\n  leftsubnet=0.0.0.0/0\\n  also=evil\"\n"_s),
                 qPrintable(peerConf));
    }
}

QTEST_GUILESS_MAIN(TestStrongSwanRenderer)
#include "tst_strongswanrenderer.moc"
