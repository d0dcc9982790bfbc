// SPDX-License-Identifier: Apache-2.0
// Every command line README.md and docs/*.md show that can run offline is run, on the built
// binary, and must succeed: a documented command that does not work fails here with the command,
// where it is written and what it printed on stderr.
//
// Where commands are found: the lines of ```sh / ```bash / ```shell blocks (a trailing "\"
// joins lines, "# ..." is a comment), and inline code spans (`...`) that start the console with
// at least one option. A command runs when its program, after any VAR=value assignments, is the
// console: build/dev/bin/vpnaas-console, vpnaas-console (installed) or scripts/run (which sets up,
// builds and passes its arguments to the console: only the console part is run). Everything else
// (scripts/test, ctest, cmake, sudo, ssh, openstack, the integration harnesses, benchmarks) needs
// packages, root, a cloud or a long build, and is not run. Console commands are not run either
// when they match kNotOffline below.
//
// How: with /bin/sh, the program replaced by the built binary, in a temporary working directory
// (a "--screenshot shot.png" lands there), a HOME and XDG tree of its own (no clouds.yaml, so the
// window uses the sandbox) and QT_QPA_PLATFORM=offscreen. Bracketed parts ("[--size 1280x800]")
// are optional and left out. A window command without --screenshot gets one (else it would not
// end). Exit status 0 is success; `diagnose` also exits 1 when it diagnosed a problem (its verdict).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct NotOffline {
    const char *pattern; // a regular expression over the command
    const char *why;
};

// Console commands that cannot run here. Each pattern must match a documented command
// (notOfflineListIsUsed), so the list stays as small as the docs need.
const NotOffline kNotOffline[] = {
    {"--os-cloud|--cloud\\b|\\bOS_CLOUD=", "needs a cloud from clouds.yaml"},
    {"(^|\\s)(ID|NAME|FILE|URI|CODE)(\\s|$)|<[a-z]+>", "has a placeholder to fill in"},
    {"\\bman vpnaas-console\\b", "runs the installed package (tests/integration/package-install does)"},
};

struct Command {
    QString where; // file:line
    QString text; // as written, bracketed parts removed
    QString program; // the console's spelling in it
};

QString sourceDir()
{
    return QStringLiteral(VPNAAS_SOURCE_DIR);
}

const QRegularExpression &programPattern()
{
    // VAR=value assignments (quoted or not), then the program.
    static const QRegularExpression re(u"^((?:[A-Za-z_][A-Za-z0-9_]*=(?:\"[^\"]*\"|\'[^\']*\'|\\S*)\\s+)*)"
                                       u"(build/dev/bin/vpnaas-console|vpnaas-console|scripts/run)(?=\\s|$)"_s);
    return re;
}

/*! \a line without a trailing "# comment" (a # after a blank, outside quotes). */
QString withoutComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i).trimmed();
        }
    }
    return line.trimmed();
}

/*! \a command with its optional parts ("[...]", possibly nested) and "…" left out. */
QString withoutOptional(QString command)
{
    static const QRegularExpression optional(u"\\s*\\[[^\\[\\]]*\\]"_s);
    while (command.contains(optional))
        command.remove(optional);
    command.remove(u'…');
    return command.simplified();
}

void addIfConsole(QList<Command> &commands, const QString &where, const QString &text, bool inlineSpan)
{
    const QString command = withoutOptional(text);
    const QRegularExpressionMatch match = programPattern().match(command);
    if (!match.hasMatch())
        return;
    // An inline span is a command only when it passes options ("vpnaas-console run <uuid>" is a
    // description's text, "scripts/run" alone a name).
    if (inlineSpan && !command.mid(match.capturedEnd()).contains(u" -"))
        return;
    commands.append({where, command, match.captured(2)});
}

/*! Every console command of README.md and docs/ *.md. */
QList<Command> documentedCommands()
{
    QStringList files{sourceDir() + u"/README.md"_s};
    QDirIterator it(sourceDir() + u"/docs"_s, {u"*.md"_s}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QList<Command> commands;
    static const QRegularExpression fence(u"^\\s*```\\s*([A-Za-z]*)"_s);
    static const QRegularExpression span(u"`([^`]+)`"_s);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QString name = QDir(sourceDir()).relativeFilePath(path);
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        bool inFence = false;
        bool shell = false;
        QString pending; // a command continued with "\"
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (const QRegularExpressionMatch m = fence.match(line); m.hasMatch()) {
                inFence = !inFence;
                shell = inFence && QStringList{u"sh"_s, u"bash"_s, u"shell"_s}.contains(m.captured(1));
                continue;
            }
            if (inFence) {
                if (!shell)
                    continue;
                QString text = withoutComment(line);
                if (pending.isEmpty())
                    pendingLine = i + 1;
                if (text.endsWith(u'\\')) {
                    text.chop(1);
                    pending += text + u' ';
                    continue;
                }
                text = pending + text;
                pending.clear();
                if (!text.isEmpty())
                    addIfConsole(commands, u"%1:%2"_s.arg(name).arg(pendingLine), text, false);
                continue;
            }
            for (auto spans = span.globalMatch(line); spans.hasNext();)
                addIfConsole(commands, u"%1:%2"_s.arg(name).arg(i + 1), spans.next().captured(1), true);
        }
    }
    return commands;
}

/*! Why \a command cannot run offline, or empty. */
QString notOffline(const QString &command)
{
    for (const NotOffline &rule : kNotOffline) {
        if (command.contains(QRegularExpression(QString::fromLatin1(rule.pattern))))
            return QString::fromLatin1(rule.why);
    }
    return {};
}

} // namespace

class TestDocumentedCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void extraction_data();
    void extraction();
    void notOfflineListIsUsed();
    void runs_data();
    void runs();
    void readmeListsEveryView();
};

void TestDocumentedCommands::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("VPNAAS_CONSOLE")).isExecutable(), "VPNAAS_CONSOLE must name the binary");
    QVERIFY(QFile::exists(sourceDir() + u"/README.md"_s));
}

void TestDocumentedCommands::extraction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("command");
    QTest::addRow("comment") << u"build/dev/bin/vpnaas-console --sandbox   # the sandbox"_s
                             << u"build/dev/bin/vpnaas-console --sandbox"_s;
    QTest::addRow("hash in quotes") << u"X=\"a # b\" vpnaas-console --help"_s << u"X=\"a # b\" vpnaas-console --help"_s;
    QTest::addRow("optional") << u"vpnaas-console --view topology [--size 1280x800]"_s
                              << u"vpnaas-console --view topology"_s;
    QTest::addRow("nested optional") << u"vpnaas-console diagnose [--vici URI [--peer-vici URI]]… --json"_s
                                     << u"vpnaas-console diagnose --json"_s;
    QTest::addRow("not the console") << u"scripts/test -L unit"_s << QString();
    QTest::addRow("console inside") << u"xvfb-run -a build/dev/bin/vpnaas-console"_s << QString();
}

void TestDocumentedCommands::extraction()
{
    QFETCH(QString, line);
    QFETCH(QString, command);
    QList<Command> found;
    addIfConsole(found, u"test"_s, withoutComment(line), false);
    QCOMPARE(found.isEmpty() ? QString() : found.first().text, command);
}

void TestDocumentedCommands::notOfflineListIsUsed()
{
    const QList<Command> commands = documentedCommands();
    for (const NotOffline &rule : kNotOffline) {
        const QRegularExpression re(QString::fromLatin1(rule.pattern));
        QVERIFY(re.isValid());
        const bool used
            = std::any_of(commands.cbegin(), commands.cend(), [&](const Command &c) { return c.text.contains(re); });
        QVERIFY2(used,
                 qPrintable(u"no documented command matches \"%1\": drop it"_s.arg(QString::fromLatin1(rule.pattern))));
    }
}

void TestDocumentedCommands::runs_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("program");
    int runnable = 0;
    for (const Command &command : documentedCommands()) {
        if (!notOffline(command.text).isEmpty())
            continue;
        ++runnable;
        QTest::addRow("%s: %s", qPrintable(command.where), qPrintable(command.text)) << command.text << command.program;
    }
    // The docs show more than a dozen; far fewer means the extraction broke.
    QVERIFY2(runnable >= 12, qPrintable(u"only %1 runnable commands found"_s.arg(runnable)));
}

void TestDocumentedCommands::runs()
{
    QFETCH(QString, command);
    QFETCH(QString, program);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QRegularExpressionMatch match = programPattern().match(command);
    QVERIFY(match.hasMatch());
    const QString console = qEnvironmentVariable("VPNAAS_CONSOLE");
    QString arguments = command.mid(match.capturedEnd());
    const bool headless = arguments.startsWith(u" render") || arguments.startsWith(u" diagnose");
    const bool exits = headless || arguments.contains(u"--help") || arguments.contains(u"--version")
        || arguments.contains(u"--screenshot");
    if (!exits)
        arguments += u" --screenshot window.png"_s;
    const QString line = match.captured(1) + u"'"_s + console + u"'"_s + arguments;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = dir.filePath(u"home"_s);
    for (const QString &sub : {u".config"_s, u".local/share"_s, u".cache"_s, u"runtime"_s})
        QDir().mkpath(home + u'/' + sub);
    QFile::setPermissions(home + u"/runtime"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/runtime"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"OS_"))
            env.remove(name);
    }
    QProcess process;
    process.setProgram(u"/bin/sh"_s);
    process.setArguments({u"-c"_s, line});
    process.setWorkingDirectory(dir.path());
    process.setProcessEnvironment(env);
    process.start();
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel(); // a command that would ask on the terminal reads end of file
    if (!process.waitForFinished(60000)) { // a sanitizer build starts slowly
        process.kill();
        process.waitForFinished();
        QFAIL(qPrintable(u"timed out after 60 s: %1"_s.arg(command)));
    }
    const int status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // diagnose's exit status is its verdict: 1 is "a problem was diagnosed".
    const bool ok = status == 0 || (arguments.startsWith(u" diagnose") && status == 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(ok,
             qPrintable(u"exit status %1 of: %2 (%3 run as the built binary)\nstderr:\n%4"_s.arg(status).arg(
                 command, program, err)));
    if (!exits)
        QVERIFY2(QFile::exists(dir.filePath(u"window.png"_s)), "the window was not drawn");
}

void TestDocumentedCommands::readmeListsEveryView()
{
    // The views --help names ("Start on view <name>: a, b, c (a wizard name ...") ...
    QProcess help;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    help.setProcessEnvironment(env);
    help.start(qEnvironmentVariable("VPNAAS_CONSOLE"), {u"--help"_s});
    QVERIFY(help.waitForFinished(30000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput()).simplified();
    const QRegularExpressionMatch list
        = QRegularExpression(u"Start on view <name>: (.*?) \\(a wizard name"_s).match(text);
    QVERIFY2(list.hasMatch(), qPrintable(text));
    const QStringList views = list.captured(1).split(u", "_s);
    QVERIFY(views.size() > 10);
    // ... are each in README.md's list (a diagnosis view by its code), and README names no other.
    QFile file(sourceDir() + u"/README.md"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(file.readAll());
    for (const QString &view : views) {
        const QString shown = view.startsWith(u"diagnose:") ? view.mid(9) : view;
        QVERIFY2(readme.contains(u'`' + shown + u'`'), qPrintable(u"README.md does not list the view "_s + view));
    }
    static const QRegularExpression named(u"`((?:resources|wizard):[a-z-]+)(?::N)?`"_s);
    for (auto it = named.globalMatch(readme); it.hasNext();) {
        const QString view = it.next().captured(1);
        QVERIFY2(views.contains(view), qPrintable(u"README.md names a view --help does not know: "_s + view));
    }
    for (const QString &view : {u"topology"_s, u"monitoring"_s, u"config"_s, u"deployment"_s})
        QVERIFY(views.contains(view));
}

QTEST_GUILESS_MAIN(TestDocumentedCommands)
#include "tst_documentedcommands.moc"
