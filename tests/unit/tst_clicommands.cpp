// SPDX-License-Identifier: Apache-2.0
// The openstack CLI equivalents: shell quoting, every option, notes for values the CLI lacks,
// the PSK only through $VPN_PSK, wrapping that stays runnable.
#include "workspace/clicommands.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

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
    QVERIFY(cli::pskPrompt().contains(u"read -rs"_s));

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

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
