// SPDX-License-Identifier: Apache-2.0
// Every case of tests/support/cloudconfigcases.h (the table tst_cloudconfigloader checks the loader
// against) through the installed openstack CLI: `openstack [--os-cloud NAME] [--os-region-name R]
// configuration show -f json` in a private HOME, XDG_CONFIG_HOME/XDG_CONFIG_DIRS and working
// directory per case, with no OS_* variable but the case's. The fields the console uses must be
// the ones CloudConfigLoader produced, the regions those openstack lists when it refuses an unknown
// one, and a refusal a refusal; the documented differences (SdkRelation) are asserted as such.
// `configuration show` does not connect anywhere (auth_required = False), so no server is needed.
#include "openstack/cloudconfigloader.h"

#include "cloudconfigcases.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace vpnaas::openstack;
using namespace vpnaas::testing;

namespace {

const QString kOpenStack = u"/usr/bin/openstack"_s;

/*!
 * The same installed openstackclient and openstacksdk, with /etc/openstack (UNIX_SITE_CONFIG_HOME,
 * which no variable moves) taken from argv[1]: the only change, made to loader.py's lists of
 * candidate files before openstackclient's main() reads them.
 */
const QString kSystemDirWrapper = uR"(import sys
import openstack.config.loader as loader
etc = sys.argv.pop(1)
for files in (loader.CONFIG_FILES, loader.SECURE_FILES, loader.VENDOR_FILES):
    files[:] = [etc + f[len('/etc/openstack'):] if f.startswith('/etc/openstack/') else f for f in files]
from openstackclient.shell import main
sys.exit(main(sys.argv[1:]))
)"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/*! Starts openstack for case \a c in \a root, with --os-region-name \a region unless empty. */
std::unique_ptr<QProcess> startOpenStack(const CloudConfigCase &c, const QString &root, const QString &region)
{
    QProcessEnvironment env = caseEnvironment(c, root);
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    QStringList args;
    if (!c.cloud.isEmpty())
        args << u"--os-cloud"_s << c.cloud;
    if (!region.isEmpty())
        args << u"--os-region-name"_s << region;
    args << u"configuration"_s << u"show"_s << u"-f"_s << u"json"_s;
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(root + u"/cwd"_s);
    if (usesSystemDir(c))
        process->start(u"/usr/bin/python3"_s, QStringList{u"-c"_s, kSystemDirWrapper, root + u"/etc"_s} + args);
    else
        process->start(kOpenStack, args);
    return process;
}

Run finished(QProcess &process)
{
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"openstack did not finish within 120 s"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/*! A region list is probed with a region no cloud has: openstack then lists the valid ones. */
bool probesRegions(const CloudConfigCase &c)
{
    // Not the environment's cloud: openstack applies OS_* as option defaults to no cloud at all.
    return !c.regions.isEmpty() && c.sdkError.isEmpty() && c.relation != SdkRelation::VendorProfileNotShipped
        && c.defaultCloud != u"envvars";
}

const QString kNoSuchRegion = u"no-such-region"_s;

/*! os.path.expanduser() with the case's HOME, as get_requests_verify_args() applies it. */
QString expanded(const QJsonValue &value, const QString &home)
{
    const QString path = value.toString();
    if (path == u"~")
        return home;
    return path.startsWith(u"~/") ? home + path.mid(1) : path;
}

/*! What openstack reports, as CloudFields (cloud_region.py's get_requests_verify_args() for verify). */
CloudFields fieldsOf(const QJsonObject &o, const QString &home)
{
    CloudFields f;
    f.regionName = o.value(u"region_name"_s).toString();
    f.authUrl = o.value(u"auth.auth_url"_s).toString();
    f.username = o.value(u"auth.username"_s).toString();
    f.projectName = o.value(u"auth.project_name"_s).toString();
    f.interface = o.value(u"interface"_s).toString();
    f.caCert = expanded(o.value(u"cacert"_s), home);
    f.cert = expanded(o.value(u"cert"_s), home);
    f.key = expanded(o.value(u"key"_s), home);
    const QJsonValue insecure = o.value(u"insecure"_s);
    const bool isInsecure
        = insecure.isBool() ? insecure.toBool() : insecure.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    const QJsonValue verify = o.value(u"verify"_s);
    const bool verifies = verify.isBool() ? verify.toBool() : verify.isString() ? !verify.toString().isEmpty() : true;
    f.verify = !isInsecure && verifies;
    // Masked ("<redacted>") without --unmask: only whether there is one is compared.
    f.hasPassword = !o.value(u"auth.password"_s).toString().isEmpty();
    return f;
}

/*! The names openstack lists after "Valid choices are" when it refuses a region. */
QStringList validChoices(const QString &message)
{
    static const QRegularExpression choices(u"Valid choices are (.*)\\. Please note"_s);
    const QRegularExpressionMatch match = choices.match(message);
    return match.hasMatch() ? match.captured(1).split(u',') : QStringList{u"(no list in: %1)"_s.arg(message)};
}

} // namespace

class TestCloudConfigOpenStackSdkIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsOpenStack_data();
    void sameAsOpenStack();

private:
    // Each case's folder and openstack's answers, run before the rows (a few at a time: one run
    // is a Python start of 1.5-3 s).
    QList<CloudConfigCase> m_cases;
    std::vector<std::unique_ptr<QTemporaryDir>> m_roots;
    QList<Run> m_runs;
    QList<Run> m_probes;
};

void TestCloudConfigOpenStackSdkIntegration::initTestCase()
{
    if (!QFileInfo(kOpenStack).isExecutable())
        QFAIL("/usr/bin/openstack is not installed (tests/integration/setup-daemons installs python3-openstackclient)");
    // The machine's own /etc/openstack would take part in every run of the real binary.
    for (const QString &base : {u"clouds"_s, u"secure"_s, u"clouds-public"_s}) {
        for (const QString &ext : {u"yaml"_s, u"yml"_s, u"json"_s}) {
            const QString file = u"/etc/openstack/%1.%2"_s.arg(base, ext);
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file + u" exists: the comparison needs it absent"_s));
        }
    }
    m_cases = cloudConfigCases();
    struct Job {
        qsizetype index;
        bool probe;
    };
    QList<Job> jobs;
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        m_roots.push_back(std::make_unique<QTemporaryDir>());
        QVERIFY(m_roots.back()->isValid());
        QVERIFY(writeCaseFiles(m_cases[i], m_roots.back()->path()));
        jobs.append({i, false});
        if (probesRegions(m_cases[i]))
            jobs.append({i, true});
    }
    m_runs.resize(m_cases.size());
    m_probes.resize(m_cases.size());
    constexpr qsizetype kAtOnce = 3;
    for (qsizetype first = 0; first < jobs.size(); first += kAtOnce) {
        std::vector<std::pair<Job, std::unique_ptr<QProcess>>> running;
        for (qsizetype j = first; j < qMin(first + kAtOnce, jobs.size()); ++j) {
            const Job job = jobs[j];
            const CloudConfigCase &c = m_cases[job.index];
            running.emplace_back(
                job, startOpenStack(c, m_roots[std::size_t(job.index)]->path(), job.probe ? kNoSuchRegion : c.region));
        }
        for (auto &[job, process] : running)
            (job.probe ? m_probes : m_runs)[job.index] = finished(*process);
    }
}

void TestCloudConfigOpenStackSdkIntegration::sameAsOpenStack_data()
{
    QTest::addColumn<int>("index");
    const QList<CloudConfigCase> cases = cloudConfigCases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::addRow("%s", qPrintable(cases[i].name)) << int(i);
}

void TestCloudConfigOpenStackSdkIntegration::sameAsOpenStack()
{
    QFETCH(int, index);
    const CloudConfigCase &c = m_cases.at(index);
    const QString root = m_roots[std::size_t(index)]->path();
    const LoaderResult loaded = loadCase(c, root);
    const Run &run = m_runs.at(index);
    if (!c.sdkError.isEmpty()) {
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.err.contains(c.sdkError), qPrintable(run.err));
        // The console refuses the same: an error, or no such cloud.
        const QString wanted = c.cloud.isEmpty() ? loaded.config.defaultCloud : c.cloud;
        QVERIFY2(!loaded.errors.isEmpty() || !loaded.cloud, qPrintable(wanted));
        if (!c.regions.isEmpty())
            QCOMPARE(loaded.cloud->regions, validChoices(run.err));
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    QVERIFY(loaded.cloud);
    CloudFields sdk = fieldsOf(document.object(), root + u"/home"_s);
    CloudFields console = fieldsOf(*loaded.cloud);

    switch (c.relation) {
    case SdkRelation::Same:
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        break;
    case SdkRelation::SecureWithheld:
        // openstack merged ~/.config/openstack/secure.yaml into ./clouds.yaml; the console did not.
        QVERIFY(sdk.hasPassword);
        QVERIFY(!console.hasPassword);
        QCOMPARE(loaded.config.warnings.size(), 1);
        console.hasPassword = true;
        break;
    case SdkRelation::ProfileNotFound:
        // openstacksdk only warns; both go on without the profile.
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.first().contains(c.error), qPrintable(loaded.errors.first()));
        break;
    case SdkRelation::AuthOptionsNotShown:
        // OS_AUTH_URL, OS_USERNAME and OS_PASSWORD become auth options only when openstack
        // authenticates, which configuration show does not: it shows them empty.
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        QVERIFY(sdk.authUrl.isEmpty() && sdk.username.isEmpty() && !sdk.hasPassword);
        sdk.authUrl = console.authUrl;
        sdk.username = console.username;
        sdk.hasPassword = console.hasPassword;
        break;
    case SdkRelation::VendorProfileNotShipped:
        // openstack fills in its own vendor file's values; the console says it has none.
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY(!sdk.authUrl.isEmpty());
        QVERIFY(console.authUrl.isEmpty());
        console.authUrl = sdk.authUrl;
        console.regionName = sdk.regionName;
        break;
    }
    QCOMPARE(console.toString(), sdk.toString());

    // The region list: openstack names it when it refuses a region that is not in it.
    if (probesRegions(c)) {
        const Run &probe = m_probes.at(index);
        QVERIFY2(probe.exitCode != 0, probe.out.constData());
        QCOMPARE(loaded.cloud->regions, validChoices(probe.err));
    }
}

QTEST_GUILESS_MAIN(TestCloudConfigOpenStackSdkIntegration)
#include "tst_cloudconfig_openstacksdk_integration.moc"
