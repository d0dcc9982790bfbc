// SPDX-License-Identifier: Apache-2.0
// The openstack CLI equivalents: shell quoting, every option, notes for values the CLI lacks
// (by python-neutronclient release), the PSK only through $VPN_PSK and a prompt that POSIX sh
// runs (on a pseudo-terminal too), wrapping that stays runnable, the cloud/region/project on
// every command, and the create/set/show/delete shapes.
#include "workspace/clicommands.h"

#include "vpnaas/capabilities.h"
#include "vpnaas/drafts.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QVersionNumber>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace vpnaas;

Q_DECLARE_METATYPE(vpnaas::cli::CliTarget)
Q_DECLARE_METATYPE(QList<vpnaas::ResourceRef>)
Q_DECLARE_METATYPE(vpnaas::ResourceKind)

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void ikePolicy();
    void notesForValuesTheCliLacks();
    void connection();
    void wrapping();
    void wrappingNeverBreaksAQuote_data();
    void wrappingNeverBreaksAQuote();
    void valuesStartingWithADash();
    void shellRoundTrip_data();
    void shellRoundTrip();
    void terminalText_data();
    void terminalText();

    void globalOptions_data();
    void globalOptions();
    void targetOfProfile_data();
    void targetOfProfile();
    void scriptCarriesTheTarget();
    void choiceTable_data();
    void choiceTable();
    void notesNameTheRelease();
    void createCommands_data();
    void createCommands();
    void updateCommands_data();
    void updateCommands();
    void showCommand_data();
    void showCommand();
    void deleteCommands_data();
    void deleteCommands();
    void pskPromptInPosixShells_data();
    void pskPromptInPosixShells();
    void pskPromptOnATerminal();
};

namespace {

/*!
 * Random text from the characters that break quoting: every ASCII byte but NUL (control
 * characters, newlines, ' " \\ ` $ and spaces among them), "--" and " --" pieces, and non-ASCII
 * (Latin-1, Hangul, a combining mark, U+2028, an emoji outside the BMP).
 */
QString randomText(QRandomGenerator &random)
{
    static const QStringList pieces{u"'"_s,  u"\""_s,   u"\\"_s,   u"\n"_s, u" --"_s,  u"--"_s,      u"'\\''"_s,
                                    u"$("_s, u"`"_s,    u"\\\n"_s, u"é"_s,  u"서울"_s, u"e\u0301"_s, u"\u2028"_s,
                                    u"😀"_s,  u"\r\n"_s, u"!"_s,    u"*"_s,  u"~"_s,    u"#"_s};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        if (random.bounded(3) == 0)
            text += pieces.at(random.bounded(int(pieces.size())));
        else
            text += QChar(char16_t(1 + random.bounded(127)));
    }
    return text;
}

/*! What \a shell makes of \a command, where the command prints each argument followed by NUL. */
QList<QByteArray> argumentsSeenBy(const QString &shell, const QString &command)
{
    QProcess process;
    process.start(shell, {u"-c"_s, command});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {QByteArray("<failed: ") + process.readAllStandardError() + '>'};
    QList<QByteArray> arguments = process.readAllStandardOutput().split('\0');
    arguments.removeLast(); // after the last NUL
    return arguments;
}

} // namespace

void TestCliCommands::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << u"aes-256"_s << u"aes-256"_s;
    QTest::addRow("cidr") << u"198.51.100.0/24"_s << u"198.51.100.0/24"_s;
    QTest::addRow("space") << u"my vpn"_s << u"'my vpn'"_s;
    QTest::addRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::addRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::addRow("empty") << QString() << u"''"_s;
    QTest::addRow("unicode") << u"서울"_s << u"'서울'"_s;
}

void TestCliCommands::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(cli::shellQuote(text), quoted);
}

void TestCliCommands::ikePolicy()
{
    IkePolicyDraft d;
    d.name = u"ike one"_s;
    d.description = u"to Seoul"_s;
    d.authAlgorithm = Choice<AuthAlgorithm>(AuthAlgorithm::Sha256);
    d.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes256);
    d.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    d.ikeVersion = Choice<IkeVersion>(IkeVersion::V2);
    d.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), 7200};
    QStringList notes;
    QCOMPARE(
        cli::createIkePolicy(d, &notes),
        u"openstack vpn ike policy create --description 'to Seoul' --auth-algorithm sha256 "
        "--encryption-algorithm aes-256 --ike-version v2 --pfs group14 --lifetime units=seconds,value=7200 'ike one'"_s);
    QVERIFY(notes.isEmpty());
}

void TestCliCommands::notesForValuesTheCliLacks()
{
    IpsecPolicyDraft d;
    d.name = u"gcm"_s;
    d.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(u"aes-256-gcm-16"_s);
    d.pfs = Choice<PfsGroup>::fromApi(u"group19"_s);
    QStringList notes;
    const QString command = cli::createIpsecPolicy(d, &notes);
    QVERIFY(command.contains(u"--encryption-algorithm aes-256-gcm-16"_s));
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes[0].contains(u"aes-256-gcm-16"_s));
    QVERIFY(notes[1].contains(u"group19"_s));
}

void TestCliCommands::connection()
{
    IpsecSiteConnectionDraft d;
    d.name = u"conn"_s;
    d.peerAddress = u"203.0.113.9"_s;
    d.peerId = u"@peer.example"_s;
    d.psk = Secret(u"never-shown-123456"_s);
    d.mtu = 1400;
    d.dpd = DpdDraft{Choice<DpdAction>(DpdAction::Restart), 10, 60};
    d.initiator = Choice<Initiator>(Initiator::BiDirectional);
    d.adminStateUp = false;
    const QString command = cli::createConnection(d, {u"vpn"_s, u"ike"_s, u"ipsec"_s, u"local"_s, u"peer"_s});
    QCOMPARE(command,
             u"openstack vpn ipsec site connection create --vpnservice vpn --ikepolicy ike --ipsecpolicy ipsec "
             "--peer-address 203.0.113.9 --peer-id @peer.example --psk \"$VPN_PSK\" --local-endpoint-group local "
             "--peer-endpoint-group peer --mtu 1400 --dpd action=restart,interval=10,timeout=60 "
             "--initiator bi-directional --disable conn"_s);
    QVERIFY(!command.contains(u"never-shown"_s));
    QVERIFY(!cli::pskPrompt().contains(u"read -rs"_s)); // bash only; zsh's -p is a coprocess

    QStringList notes;
    IpsecSiteConnectionDraft legacy = d;
    legacy.peerCidrs = QStringList{u"198.51.100.0/24"_s, u"192.0.2.0/24"_s};
    QVERIFY(cli::createConnection(legacy, {u"vpn"_s, u"ike"_s, u"ipsec"_s, {}, {}}, &notes)
                .contains(u"--peer-cidr 198.51.100.0/24"_s));
    QCOMPARE(notes.size(), 1);
}

void TestCliCommands::wrapping()
{
    QCOMPARE(cli::wrapped(u"openstack vpn service create --description 'a --b' --router r1 vpn"_s),
             u"openstack vpn service create \\\n    --description 'a --b' \\\n    --router r1 vpn"_s);
}

void TestCliCommands::wrappingNeverBreaksAQuote_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    // Defect: the apostrophe of '\'' was taken for the start of a quote, and the continuations
    // landed inside the quotes (the review's "it's --x" and "a --b").
    QTest::addRow("escaped apostrophe") << u"create 'it'\\''s --x' --description 'a --b'"_s
                                        << u"create 'it'\\''s --x' \\\n    --description 'a --b'"_s;
    QTest::addRow("double quotes") << u"create \"a --b\" --c \"d\\\" --e\""_s
                                   << u"create \"a --b\" \\\n    --c \"d\\\" --e\""_s;
    QTest::addRow("backslash space") << u"create a\\ --b --c"_s << u"create a\\ --b \\\n    --c"_s;
    QTest::addRow("newline in quote") << u"create 'x\n --y' --z"_s << u"create 'x\n --y' \\\n    --z"_s;
}

void TestCliCommands::wrappingNeverBreaksAQuote()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(cli::wrapped(command), expected);
}

void TestCliCommands::valuesStartingWithADash()
{
    IkePolicyDraft d;
    d.name = u"-ike"_s;
    d.description = u"--pfs group2"_s;
    QCOMPARE(cli::createIkePolicy(d), u"openstack vpn ike policy create --description='--pfs group2' -- -ike"_s);
}

void TestCliCommands::shellRoundTrip_data()
{
    QTest::addColumn<QString>("shell");
    for (const QString &name : {u"sh"_s, u"bash"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        QVERIFY2(!path.isEmpty(), qPrintable(name + u" is not installed"_s));
        QTest::addRow("%s", qPrintable(name)) << path;
    }
}

/*!
 * Property: for random names and descriptions, the command the console shows, wrapped or not,
 * gives the program exactly the arguments the draft says, as a real shell reads it. The
 * program is `printf '%s\0'` in place of `openstack`. Seeded: set VPNAAS_PROPERTY_SEED to
 * replay a failure (the seed is printed).
 */
void TestCliCommands::shellRoundTrip()
{
    QFETCH(QString, shell);
    const quint32 seed = qEnvironmentVariableIsSet("VPNAAS_PROPERTY_SEED")
        ? quint32(qEnvironmentVariableIntValue("VPNAAS_PROPERTY_SEED"))
        : 20261205u;
    QRandomGenerator random(seed);
    const QString prefix = u"openstack vpn ike policy create"_s;
    const QString printf = u"printf '%s\\0' vpn ike policy create"_s;
    for (int round = 0; round < 150; ++round) {
        IkePolicyDraft d;
        d.name = randomText(random);
        d.description = randomText(random);
        QList<QByteArray> expected{"vpn", "ike", "policy", "create"};
        if (!d.description->isEmpty()) {
            if (d.description->startsWith(u'-')) {
                expected.append("--description=" + d.description->toUtf8());
            } else {
                expected.append("--description");
                expected.append(d.description->toUtf8());
            }
        }
        if (d.name->startsWith(u'-'))
            expected.append("--");
        expected.append(d.name->toUtf8());
        const QString command = cli::createIkePolicy(d);
        QVERIFY(command.startsWith(prefix));
        const QString program = printf + command.sliced(prefix.size());
        for (const QString &text : {program, cli::wrapped(program)}) {
            const QList<QByteArray> seen = argumentsSeenBy(shell, text);
            if (seen != expected)
                qWarning().noquote() << "seed" << seed << "round" << round << "command:" << text;
            QCOMPARE(seen, expected);
        }
    }
}

void TestCliCommands::terminalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    // Defect: `render --list-vpnservices` printed server names raw to the terminal.
    QTest::addRow("plain") << u"vpn to Seoul 서울"_s << u"vpn to Seoul 서울"_s;
    QTest::addRow("newline") << u"vpn\nfake-id other router=x"_s << u"vpn\\nfake-id other router=x"_s;
    QTest::addRow("escape sequence") << u"\x1b[2J\x1b[31mred"_s << u"\\x1b[2J\\x1b[31mred"_s;
    QTest::addRow("tab, CR, DEL") << u"a\tb\rc\x7f"_s << u"a\\tb\\rc\\x7f"_s;
    QTest::addRow("C1 CSI") << u"a\u009b31m"_s << u"a\\x9b31m"_s;
    QTest::addRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
    QTest::addRow("bidi override") << u"abc\u202etxt.exe"_s << u"abc\\u202etxt.exe"_s;
}

void TestCliCommands::terminalText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(cli::terminalText(text), shown);
}

namespace {

/*! A target from its fields in declaration order (the rest as default). */
cli::CliTarget makeTarget(const QString &cloud, const QString &region = {}, bool regionIsDefault = true,
                          const QString &projectId = {}, const QString &projectName = {}, bool simulated = false)
{
    cli::CliTarget target;
    target.cloud = cloud;
    target.region = region;
    target.regionIsDefault = regionIsDefault;
    target.projectId = projectId;
    target.projectName = projectName;
    target.simulated = simulated;
    return target;
}

/*! The project the command tests name things in: unique and duplicated names, a name with a dash. */
ServerState fixtureState()
{
    ServerState state;
    Router router;
    router.id = u"r1"_s;
    router.name = u"router1"_s;
    state.routers = {router};
    Subnet s1, s2, s3;
    s1.id = u"s1"_s;
    s1.name = u"private-subnet"_s;
    s2.id = u"s2"_s;
    s2.name = u"dup"_s;
    s3.id = u"s3"_s;
    s3.name = u"dup"_s;
    state.subnets = {s1, s2, s3};
    IkePolicy ike1, ike2, ike3;
    ike1.id = u"ike1"_s;
    ike1.name = u"ike one"_s;
    ike2.id = u"ike2"_s;
    ike2.name = u"same"_s;
    ike2.description = u"old"_s;
    ike3.id = u"ike3"_s;
    ike3.name = u"same"_s;
    state.ikePolicies = {ike1, ike2, ike3};
    IpsecPolicy ipsec;
    ipsec.id = u"ipsec1"_s;
    ipsec.name = u"ipsec"_s;
    state.ipsecPolicies = {ipsec};
    VpnService service;
    service.id = u"svc1"_s;
    service.name = u"vpn"_s;
    service.routerId = u"r1"_s;
    state.vpnServices = {service};
    EndpointGroup g1, g2, g3;
    g1.id = u"g1"_s;
    g1.name = u"local"_s;
    g1.type = EndpointGroupType::Subnet;
    g1.endpoints = {u"s1"_s};
    g2.id = u"g2"_s;
    g2.name = u"peer"_s;
    g2.type = EndpointGroupType::Cidr;
    g2.endpoints = {u"198.51.100.0/24"_s};
    g3.id = u"g3"_s;
    g3.name = u"-dash"_s;
    g3.type = EndpointGroupType::Cidr;
    state.endpointGroups = {g1, g2, g3};
    IpsecSiteConnection c;
    c.id = u"c1"_s;
    c.name = u"conn"_s;
    c.peerAddress = u"203.0.113.9"_s;
    c.peerId = u"203.0.113.9"_s;
    c.psk = Secret(u"old-secret-0123456789"_s);
    c.vpnserviceId = u"svc1"_s;
    c.ikepolicyId = u"ike1"_s;
    c.ipsecpolicyId = u"ipsec1"_s;
    c.localEpGroupId = u"g1"_s;
    c.peerEpGroupId = u"g2"_s;
    state.connections = {c};
    return state;
}

/*! The update commands an edit of \a original to \a edited gives, as the edit dialog computes them. */
template<typename T>
std::pair<QStringList, QStringList> updateOf(const T &original, const DraftFor<T> &edited)
{
    QStringList notes;
    const QStringList commands = cli::updateCommands(original, changes(original, edited), fixtureState(), &notes);
    return {commands, notes};
}

/*! The whole draft of \a resource (what an edit page starts from). */
template<typename T>
DraftFor<T> draftOf(const T &resource)
{
    DraftFor<T> draft;
    ResourceTraits<T>::describe([&](const auto &a) {
        using V = typename std::decay_t<decltype(a)>::Value;
        if (!a.inDraft())
            return;
        if constexpr (isNested<V>)
            a.draft(draft) = detail::fullDraft(a.value(resource));
        else
            a.draft(draft) = a.value(resource);
    });
    return draft;
}

struct PtyRun {
    QByteArray output;
    int status = -1;
};

/*!
 * Runs \a shell -c \a script on a new pseudo-terminal (its controlling terminal, stdin, stdout
 * and stderr); once \a waitFor has appeared in the output, types \a input. 10 s at most.
 */
PtyRun runOnTerminal(const QByteArray &shell, const QByteArray &script, const QByteArray &waitFor,
                     const QByteArray &input)
{
    PtyRun run;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return run;
    if (pid == 0) {
        execl(shell.constData(), shell.constData(), "-c", script.constData(), static_cast<char *>(nullptr));
        _exit(127);
    }
    QElapsedTimer clock;
    clock.start();
    bool typed = false;
    while (clock.elapsed() < 10000) {
        if (!typed && run.output.contains(waitFor)) {
            if (write(master, input.constData(), size_t(input.size())) != input.size())
                break;
            typed = true;
        }
        pollfd fd{master, POLLIN, 0};
        if (poll(&fd, 1, 100) > 0) {
            char buffer[512];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // EIO: the child closed the terminal
            run.output.append(buffer, qsizetype(n));
        }
    }
    close(master);
    int status = 0;
    if (waitpid(pid, &status, 0) == pid && WIFEXITED(status))
        run.status = WEXITSTATUS(status);
    return run;
}

} // namespace

void TestCliCommands::globalOptions_data()
{
    QTest::addColumn<cli::CliTarget>("target");
    QTest::addColumn<QString>("options");
    QTest::addRow("named cloud, its default region") << makeTarget(u"it"_s, u"RegionOne"_s, true) << u"--os-cloud it"_s;
    QTest::addRow("another region") << makeTarget(u"it"_s, u"RegionTwo"_s, false)
                                    << u"--os-cloud it --os-region-name RegionTwo"_s;
    QTest::addRow("OS_* variables: no cloud name")
        << makeTarget(QString(), u"RegionOne"_s, false) << u"--os-region-name RegionOne"_s;
    QTest::addRow("another project, the id wins") << makeTarget(u"it"_s, QString(), true, u"0123abcd"_s, u"demo"_s)
                                                  << u"--os-cloud it --os-project-id 0123abcd"_s;
    QTest::addRow("another project by name") << makeTarget(u"it"_s, QString(), true, QString(), u"my project"_s)
                                             << u"--os-cloud it --os-project-name 'my project'"_s;
    QTest::addRow("quoted cloud name") << makeTarget(u"my cloud"_s) << u"--os-cloud 'my cloud'"_s;
    QTest::addRow("sandbox") << makeTarget(u"it"_s, u"R"_s, false, QString(), QString(), true) << QString();
}

void TestCliCommands::globalOptions()
{
    QFETCH(cli::CliTarget, target);
    QFETCH(QString, options);
    QCOMPARE(cli::globalOptions(target).join(u' '), options);
}

void TestCliCommands::targetOfProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QString>("options");
    const QStringList two{u"RegionOne"_s, u"RegionTwo"_s};
    QTest::addRow("no region") << u"it"_s << QStringList() << QString() << false << u"--os-cloud it"_s;
    QTest::addRow("the default region (first of regions:)")
        << u"it"_s << two << u"RegionOne"_s << false << u"--os-cloud it"_s;
    QTest::addRow("another region") << u"it"_s << two << u"RegionTwo"_s << false
                                    << u"--os-cloud it --os-region-name RegionTwo"_s;
    QTest::addRow("the only region it names")
        << u"it"_s << QStringList{u"RegionOne"_s} << u"RegionOne"_s << false << u"--os-cloud it"_s;
    QTest::addRow("envvars, another region")
        << u"envvars"_s << two << u"RegionTwo"_s << false << u"--os-region-name RegionTwo"_s;
    QTest::addRow("sandbox") << u"sandbox"_s << QStringList() << QString() << true << QString();
}

void TestCliCommands::targetOfProfile()
{
    QFETCH(QString, name);
    QFETCH(QStringList, regions);
    QFETCH(QString, region);
    QFETCH(bool, simulated);
    QFETCH(QString, options);
    openstack::CloudProfile profile;
    profile.name = name;
    profile.regions = regions;
    profile.regionName = region;
    const cli::CliTarget target = cli::cliTarget(profile, simulated);
    QCOMPARE(target.simulated, simulated);
    QCOMPARE(cli::cliTarget(static_cast<const Workspace *>(nullptr)), cli::CliTarget()); // no cloud: none
    QCOMPARE(cli::globalOptions(target).join(u' '), options);
}

void TestCliCommands::scriptCarriesTheTarget()
{
    IkePolicyDraft d;
    d.name = u"ike"_s;
    d.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    const QStringList commands{cli::pskPrompt(), cli::createIkePolicy(d)};
    // The global options stay beside `openstack`; the prompt is no openstack command.
    QCOMPARE(cli::script(commands, {u"a note"_s}, makeTarget(u"it"_s, u"RegionTwo"_s, false)),
             u"# a note\n\n"_s + cli::pskPrompt()
                 + u"\n\nopenstack --os-cloud it --os-region-name RegionTwo vpn ike policy create \\\n"
                   "    --pfs group14 ike"_s);
    const QString sandbox = cli::script(commands, {}, makeTarget(u"it"_s, QString(), true, QString(), QString(), true));
    QVERIFY(sandbox.startsWith(u"# The offline sandbox is simulated"_s));
    QVERIFY(sandbox.contains(u"\n\nopenstack vpn ike policy create \\\n    --pfs group14 ike"_s));
    QVERIFY(!sandbox.contains(u"--os-cloud it"_s));

    // A long note reads without scrolling: comment lines of at most 78 columns, words whole.
    const QString note = u"--encryption-algorithm aes-256-gcm-16 needs python-neutronclient 11.5.0 or later "
                         "(Debian 12 has 8.1.0); older clients refuse it as an invalid choice, the API accepts it."_s;
    const QStringList lines = cli::script({}, {note}, makeTarget(u"it"_s)).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QStringList words;
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(u"# "_s) && line.size() <= 78, qPrintable(line));
        words += line.mid(2).split(u' ');
    }
    QCOMPARE(words.join(u' '), note);
}

void TestCliCommands::choiceTable_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("since"); // "" every release, "none" no release
    QTest::addRow("aes-256") << u"--encryption-algorithm"_s << u"aes-256"_s << QString();
    QTest::addRow("3des") << u"--encryption-algorithm"_s << u"3des"_s << QString();
    QTest::addRow("gcm") << u"--encryption-algorithm"_s << u"aes-256-gcm-16"_s << u"11.5.0"_s;
    QTest::addRow("ccm") << u"--encryption-algorithm"_s << u"aes-128-ccm-8"_s << u"11.5.0"_s;
    QTest::addRow("ctr") << u"--encryption-algorithm"_s << u"aes-192-ctr"_s << u"11.5.0"_s;
    QTest::addRow("sha512") << u"--auth-algorithm"_s << u"sha512"_s << QString();
    QTest::addRow("aes-xcbc") << u"--auth-algorithm"_s << u"aes-xcbc"_s << u"11.5.0"_s;
    QTest::addRow("aes-cmac") << u"--auth-algorithm"_s << u"aes-cmac"_s << u"11.5.0"_s;
    QTest::addRow("group14") << u"--pfs"_s << u"group14"_s << QString();
    QTest::addRow("group15") << u"--pfs"_s << u"group15"_s << u"11.5.0"_s;
    QTest::addRow("group31") << u"--pfs"_s << u"group31"_s << u"11.5.0"_s;
    QTest::addRow("group1: no release") << u"--pfs"_s << u"group1"_s << u"none"_s;
}

void TestCliCommands::choiceTable()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, since);
    const std::optional<QVersionNumber> found = cli::cliChoiceSince(option, value);
    if (since == u"none") {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->toString(), since);
}

void TestCliCommands::notesNameTheRelease()
{
    // The lists of neutronclient/osc/v2/vpnaas/ikepolicy.py: 8.1.0 (Debian 12) and 11.5.0 (dc026cd).
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    const QVersionNumber debian(8, 1, 0), epoxy(11, 5, 0);
    QCOMPARE(sorted(cli::cliChoices(u"--encryption-algorithm"_s, debian)),
             sorted({u"aes-128"_s, u"3des"_s, u"aes-192"_s, u"aes-256"_s}));
    QCOMPARE(sorted(cli::cliChoices(u"--auth-algorithm"_s, debian)),
             sorted({u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s}));
    QCOMPARE(sorted(cli::cliChoices(u"--pfs"_s, debian)), sorted({u"group5"_s, u"group2"_s, u"group14"_s}));
    QCOMPARE(cli::cliChoices(u"--encryption-algorithm"_s, epoxy).size(), 25);
    QCOMPARE(cli::cliChoices(u"--auth-algorithm"_s, epoxy).size(), 6);
    QCOMPARE(cli::cliChoices(u"--pfs"_s, epoxy).size(), 20);
    // Every value a 2025.1 server accepts is in some release's list.
    const ServerCapabilities epoxyServer = ServerCapabilities::epoxy();
    for (EncryptionAlgorithm value : epoxyServer.encryptionAlgorithms())
        QVERIFY2(cli::cliChoiceSince(u"--encryption-algorithm"_s, apiName(value)), qPrintable(apiName(value)));
    for (AuthAlgorithm value : epoxyServer.authAlgorithms())
        QVERIFY2(cli::cliChoiceSince(u"--auth-algorithm"_s, apiName(value)), qPrintable(apiName(value)));
    for (PfsGroup value : epoxyServer.pfsGroups())
        QVERIFY2(cli::cliChoiceSince(u"--pfs"_s, apiName(value)), qPrintable(apiName(value)));

    IkePolicyDraft d;
    d.name = u"gcm"_s;
    d.encryptionAlgorithm = Choice<EncryptionAlgorithm>::fromApi(u"aes-256-gcm-16"_s);
    d.authAlgorithm = Choice<AuthAlgorithm>::fromApi(u"sha256"_s);
    QStringList notes;
    cli::createIkePolicy(d, &notes);
    QCOMPARE(notes,
             QStringList{u"--encryption-algorithm aes-256-gcm-16 needs python-neutronclient 11.5.0 or later (Debian 12 "
                         "has 8.1.0); older clients refuse it as an invalid choice, the API accepts it."_s});
}

void TestCliCommands::createCommands_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QStringList>("expected");
    const ServerState state = fixtureState();
    QStringList notes;

    IkePolicyDraft ike;
    ike.name = u"ike"_s;
    ike.authAlgorithm = Choice<AuthAlgorithm>(AuthAlgorithm::Sha256);
    ike.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes256);
    ike.phase1NegotiationMode = Choice<Phase1NegotiationMode>(Phase1NegotiationMode::Main);
    ike.ikeVersion = Choice<IkeVersion>(IkeVersion::V2);
    ike.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    ike.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), 3600};
    QTest::addRow("IKE policy") << cli::createCommands(ike, state, &notes)
                                << QStringList{
                                       u"openstack vpn ike policy create --auth-algorithm sha256 "
                                       "--encryption-algorithm aes-256 --phase1-negotiation-mode main "
                                       "--ike-version v2 --pfs group14 --lifetime units=seconds,value=3600 ike"_s};
    IpsecPolicyDraft ipsec;
    ipsec.name = u"ipsec 2"_s;
    ipsec.description = u"to Seoul"_s;
    ipsec.transformProtocol = Choice<TransformProtocol>(TransformProtocol::Esp);
    ipsec.encapsulationMode = Choice<EncapsulationMode>(EncapsulationMode::Tunnel);
    ipsec.authAlgorithm = Choice<AuthAlgorithm>(AuthAlgorithm::Sha1);
    ipsec.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes128);
    ipsec.pfs = Choice<PfsGroup>(PfsGroup::Group5);
    QTest::addRow("IPsec policy") << cli::createCommands(ipsec, state, &notes)
                                  << QStringList{u"openstack vpn ipsec policy create --description 'to Seoul' "
                                                 "--transform-protocol esp --encapsulation-mode tunnel "
                                                 "--auth-algorithm sha1 --encryption-algorithm aes-128 --pfs group5 "
                                                 "'ipsec 2'"_s};
    VpnServiceDraft service;
    service.name = u"vpn 2"_s;
    service.routerId = u"r1"_s;
    service.adminStateUp = false;
    QTest::addRow("VPN service, router by name")
        << cli::createCommands(service, state, &notes)
        << QStringList{u"openstack vpn service create --router router1 --disable 'vpn 2'"_s};
    service.adminStateUp = true;
    service.subnetId = u"s1"_s;
    QTest::addRow("legacy VPN service with a subnet")
        << cli::createCommands(service, state, &notes)
        << QStringList{u"openstack vpn service create --router router1 --subnet private-subnet 'vpn 2'"_s};
    EndpointGroupDraft subnets;
    subnets.name = u"local 2"_s;
    subnets.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
    subnets.endpoints = QStringList{u"s1"_s, u"s2"_s};
    QTest::addRow("subnet group: names, an id where the name is not unique")
        << cli::createCommands(subnets, state, &notes)
        << QStringList{u"openstack vpn endpoint group create --type subnet --value private-subnet --value s2 "
                       "'local 2'"_s};
    EndpointGroupDraft cidrs;
    cidrs.name = u"peer 2"_s;
    cidrs.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
    cidrs.endpoints = QStringList{u"198.51.100.0/24"_s, u"2001:db8::/64"_s};
    QTest::addRow("CIDR group") << cli::createCommands(cidrs, state, &notes)
                                << QStringList{u"openstack vpn endpoint group create --type cidr "
                                               "--value 198.51.100.0/24 --value 2001:db8::/64 'peer 2'"_s};
    IpsecSiteConnectionDraft connection;
    connection.name = u"new"_s;
    connection.vpnserviceId = u"svc1"_s;
    connection.ikepolicyId = u"ike2"_s;
    connection.ipsecpolicyId = u"ipsec1"_s;
    connection.localEpGroupId = u"g1"_s;
    connection.peerEpGroupId = u"g3"_s;
    connection.peerAddress = u"203.0.113.9"_s;
    connection.peerId = u"203.0.113.9"_s;
    connection.psk = Secret(u"never-shown-0123456789"_s);
    QTest::addRow("connection: the PSK prompt first, references by name or id")
        << cli::createCommands(connection, state, &notes)
        << QStringList{cli::pskPrompt(),
                       u"openstack vpn ipsec site connection create --vpnservice vpn --ikepolicy ike2 "
                       "--ipsecpolicy ipsec --peer-address 203.0.113.9 --peer-id 203.0.113.9 --psk \"$VPN_PSK\" "
                       "--local-endpoint-group local --peer-endpoint-group=-dash new"_s};
    QVERIFY(notes.isEmpty());
}

void TestCliCommands::createCommands()
{
    QFETCH(QStringList, commands);
    QFETCH(QStringList, expected);
    QCOMPARE(commands, expected);
    QVERIFY(!commands.join(u'\n').contains(u"never-shown"_s));
}

void TestCliCommands::updateCommands_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("expectedNotes"); // a piece of each note
    const ServerState state = fixtureState();

    const IkePolicy &ike1 = state.ikePolicies[0];
    IkePolicyDraft ike = draftOf(ike1);
    ike.name = u"ike renamed"_s;
    ike.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes192);
    ike.lifetime->value = 7200;
    auto [commands, notes] = updateOf(ike1, ike);
    QTest::addRow("IKE policy: name, algorithm, lifetime (whole)")
        << commands << notes
        << QStringList{u"openstack vpn ike policy set --name 'ike renamed' --encryption-algorithm aes-192 "
                       "--lifetime units=seconds,value=7200 'ike one'"_s}
        << QStringList();
    ike = draftOf(ike1);
    ike.pfs = Choice<PfsGroup>::fromApi(u"group19"_s);
    std::tie(commands, notes) = updateOf(ike1, ike);
    QTest::addRow("IKE policy: a value of a newer client, with its note")
        << commands << notes << QStringList{u"openstack vpn ike policy set --pfs group19 'ike one'"_s}
        << QStringList{u"--pfs group19 needs python-neutronclient 11.5.0"_s};
    const IkePolicy &ike2 = state.ikePolicies[1];
    IkePolicyDraft cleared = draftOf(ike2);
    cleared.description = QString();
    std::tie(commands, notes) = updateOf(ike2, cleared);
    QTest::addRow("IKE policy: an empty description cannot be said")
        << commands << notes << QStringList() << QStringList{u"empty --description"_s};
    cleared.ikeVersion = Choice<IkeVersion>(IkeVersion::V2);
    std::tie(commands, notes) = updateOf(ike2, cleared);
    QTest::addRow("IKE policy: by id where the name is not unique")
        << commands << notes << QStringList{u"openstack vpn ike policy set --ike-version v2 ike2"_s}
        << QStringList{u"empty --description"_s};

    const IpsecPolicy &ipsec1 = state.ipsecPolicies[0];
    IpsecPolicyDraft ipsec = draftOf(ipsec1);
    ipsec.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    ipsec.transformProtocol = Choice<TransformProtocol>(TransformProtocol::AhEsp);
    std::tie(commands, notes) = updateOf(ipsec1, ipsec);
    QTest::addRow("IPsec policy")
        << commands << notes
        << QStringList{u"openstack vpn ipsec policy set --transform-protocol ah-esp --pfs group14 ipsec"_s}
        << QStringList();

    const VpnService &service1 = state.vpnServices[0];
    VpnServiceDraft service = draftOf(service1);
    service.description = u"new text"_s;
    service.adminStateUp = false;
    std::tie(commands, notes) = updateOf(service1, service);
    QTest::addRow("VPN service: description, disable")
        << commands << notes << QStringList{u"openstack vpn service set --description 'new text' --disable vpn"_s}
        << QStringList();
    VpnService down = service1;
    down.adminStateUp = false;
    service = draftOf(down);
    service.adminStateUp = true;
    std::tie(commands, notes) = updateOf(down, service);
    QTest::addRow("VPN service: enable") << commands << notes
                                         << QStringList{u"openstack vpn service set --enable vpn"_s} << QStringList();

    const EndpointGroup &g3 = state.endpointGroups[2];
    EndpointGroupDraft group = draftOf(g3);
    group.name = u"peer 3"_s;
    std::tie(commands, notes) = updateOf(g3, group);
    QTest::addRow("endpoint group: a name that starts with a dash")
        << commands << notes << QStringList{u"openstack vpn endpoint group set --name 'peer 3' -- -dash"_s}
        << QStringList();

    const IpsecSiteConnection &c1 = state.connections[0];
    IpsecSiteConnectionDraft connection = draftOf(c1);
    connection.peerAddress = u"203.0.113.10"_s;
    connection.mtu = 1400;
    connection.dpd = DpdDraft{Choice<DpdAction>(DpdAction::Restart), 15, 60};
    connection.initiator = Choice<Initiator>(Initiator::ResponseOnly);
    connection.adminStateUp = false;
    connection.localId = u"@left"_s;
    std::tie(commands, notes) = updateOf(c1, connection);
    QTest::addRow("connection: peer, local id, MTU, DPD (whole), initiator, disable")
        << commands << notes
        << QStringList{u"openstack vpn ipsec site connection set --peer-address 203.0.113.10 --local-id @left "
                       "--mtu 1400 --dpd action=restart,interval=15,timeout=60 --initiator response-only --disable "
                       "conn"_s}
        << QStringList();
    connection = draftOf(c1);
    connection.peerEpGroupId = u"g3"_s;
    connection.name = u"conn 2"_s;
    std::tie(commands, notes) = updateOf(c1, connection);
    QTest::addRow("connection: another peer group")
        << commands << notes
        << QStringList{u"openstack vpn ipsec site connection set --name 'conn 2' --peer-endpoint-group=-dash conn"_s}
        << QStringList();
    connection = draftOf(c1);
    connection.psk = Secret(u"new-secret-0123456789"_s);
    std::tie(commands, notes) = updateOf(c1, connection);
    QTest::addRow("connection: a new PSK cannot be said")
        << commands << notes << QStringList() << QStringList{u"pre-shared key"_s};
}

void TestCliCommands::updateCommands()
{
    QFETCH(QStringList, commands);
    QFETCH(QStringList, notes);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedNotes);
    QCOMPARE(commands, expected);
    QCOMPARE(notes.size(), expectedNotes.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        QVERIFY2(notes[i].contains(expectedNotes[i]), qPrintable(notes[i]));
    QVERIFY(!(commands + notes).join(u'\n').contains(u"secret-0123456789"_s));
}

void TestCliCommands::showCommand_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::addRow("by name") << ResourceKind::IkePolicy << u"ike1"_s << u"openstack vpn ike policy show 'ike one'"_s;
    QTest::addRow("by id: the name is not unique")
        << ResourceKind::IkePolicy << u"ike3"_s << u"openstack vpn ike policy show ike3"_s;
    QTest::addRow("IPsec policy") << ResourceKind::IpsecPolicy << u"ipsec1"_s
                                  << u"openstack vpn ipsec policy show ipsec"_s;
    QTest::addRow("service") << ResourceKind::VpnService << u"svc1"_s << u"openstack vpn service show vpn"_s;
    QTest::addRow("a name with a dash") << ResourceKind::EndpointGroup << u"g3"_s
                                        << u"openstack vpn endpoint group show -- -dash"_s;
    QTest::addRow("connection") << ResourceKind::IpsecSiteConnection << u"c1"_s
                                << u"openstack vpn ipsec site connection show conn"_s;
    QTest::addRow("unknown: the id") << ResourceKind::IpsecSiteConnection << u"c9"_s
                                     << u"openstack vpn ipsec site connection show c9"_s;
}

void TestCliCommands::showCommand()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(cli::showCommand(kind, id, fixtureState()), expected);
}

void TestCliCommands::deleteCommands_data()
{
    QTest::addColumn<QList<ResourceRef>>("steps");
    QTest::addColumn<QStringList>("expected");
    using K = ResourceKind;
    QTest::addRow("a connection with what only it uses, in the plan's order")
        << QList<ResourceRef>{{K::IpsecSiteConnection, u"c1"_s},
                              {K::EndpointGroup, u"g1"_s},
                              {K::EndpointGroup, u"g2"_s},
                              {K::IkePolicy, u"ike1"_s},
                              {K::IpsecPolicy, u"ipsec1"_s}}
        << QStringList{u"openstack vpn ipsec site connection delete conn"_s,
                       u"openstack vpn endpoint group delete local peer"_s,
                       u"openstack vpn ike policy delete 'ike one'"_s, u"openstack vpn ipsec policy delete ipsec"_s};
    QTest::addRow("names and ids, a dash")
        << QList<ResourceRef>{{K::EndpointGroup, u"g1"_s}, {K::EndpointGroup, u"g3"_s}}
        << QStringList{u"openstack vpn endpoint group delete -- local -dash"_s};
    QTest::addRow("kinds alternate: order kept")
        << QList<ResourceRef>{{K::IkePolicy, u"ike2"_s}, {K::VpnService, u"svc1"_s}, {K::IkePolicy, u"ike3"_s}}
        << QStringList{u"openstack vpn ike policy delete ike2"_s, u"openstack vpn service delete vpn"_s,
                       u"openstack vpn ike policy delete ike3"_s};
    QTest::addRow("nothing") << QList<ResourceRef>() << QStringList();
}

void TestCliCommands::deleteCommands()
{
    QFETCH(QList<ResourceRef>, steps);
    QFETCH(QStringList, expected);
    QCOMPARE(cli::deleteCommands(steps, fixtureState()), expected);
}

void TestCliCommands::pskPromptInPosixShells_data()
{
    QTest::addColumn<QString>("shell");
    // sh is dash on Debian; dash is the strict POSIX one. (zsh, whose `read -p` broke the old
    // prompt, is not installed here; the prompt uses nothing but POSIX read, stty, printf.)
    for (const QString &name : {u"sh"_s, u"dash"_s, u"bash"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        QVERIFY2(!path.isEmpty(), qPrintable(name + u" is not installed"_s));
        QTest::addRow("%s", qPrintable(name)) << path;
    }
}

void TestCliCommands::pskPromptInPosixShells()
{
    QFETCH(QString, shell);
    const QString script = u"set -eu\n"_s + cli::pskPrompt() + u"\nprintf '[%s]' \"$VPN_PSK\""_s;
    QProcess syntax;
    syntax.start(shell, {u"-n"_s, u"-c"_s, script});
    QVERIFY(syntax.waitForFinished(10000));
    QCOMPARE(syntax.exitCode(), 0);

    // A key from a pipe (no terminal): read raw, spaces, backslashes and quotes kept.
    QProcess run;
    run.start(shell, {u"-c"_s, script});
    run.write("  sec ret\\x 'q\"\n");
    run.closeWriteChannel();
    QVERIFY(run.waitForFinished(10000));
    QCOMPARE(run.readAllStandardError(), QByteArray("Pre-shared key: \n"));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.readAllStandardOutput(), QByteArray("[  sec ret\\x 'q\"]"));
}

void TestCliCommands::pskPromptOnATerminal()
{
    // dash on a pseudo-terminal: the key typed after the prompt is not echoed, reaches
    // $VPN_PSK, and echo is on again afterwards.
    const QString dash = QStandardPaths::findExecutable(u"dash"_s);
    QVERIFY(!dash.isEmpty());
    const QByteArray script = cli::pskPrompt().toUtf8() + "\nprintf '[%s]\\n' \"$VPN_PSK\"; stty -a";
    const PtyRun run = runOnTerminal(dash.toUtf8(), script, "Pre-shared key: ", "typed-key 42\n");
    QCOMPARE(run.status, 0);
    QCOMPARE(run.output.count("typed-key"), 1);
    QVERIFY2(run.output.contains("[typed-key 42]"), run.output.constData());
    static const QRegularExpression echoOn(u"(^|\\s)echo(\\s|$)"_s);
    QVERIFY2(echoOn.match(QString::fromUtf8(run.output)).hasMatch(), run.output.constData());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
