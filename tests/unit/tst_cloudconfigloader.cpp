// SPDX-License-Identifier: Apache-2.0
#include "openstack/cloudconfigloader.h"

#include "cloudconfigcases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::openstack;
using namespace vpnaas::testing;

Q_DECLARE_METATYPE(QProcessEnvironment)

namespace {

struct Tree {
    QTemporaryDir root;
    CloudConfigLoader::Locations where;

    Tree()
    {
        for (const char *dir : {"cwd", "home/.config/openstack", "etc"})
            QDir(root.path()).mkpath(QString::fromLatin1(dir));
        where.currentDir = root.filePath(u"cwd"_s);
        where.userConfigDir = root.filePath(u"home/.config/openstack"_s);
        where.unixConfigDir = where.userConfigDir;
        where.systemDir = root.filePath(u"etc"_s);
    }

    QString write(const QString &relative, const QByteArray &text)
    {
        const QString path = root.filePath(relative);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }
};

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> values)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : values)
        e.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return e;
}

const QByteArray kClouds = R"(clouds:
  prod:
    auth:
      auth_url: https://keystone.example.org:5000/v3
      username: alice
      project_name: vpn
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionTwo
    interface: internalURL
    cacert: /etc/ssl/cloud-ca.pem
  lab:
    auth_type: none
    auth:
      endpoint: http://127.0.0.1:19696
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://keystone:5000
      application_credential_id: 0123abcd
      application_credential_secret: s3cr3t-appcred
    verify: false
  regions:
    auth:
      auth_url: http://k:5000
      username: u
      password: p
    regions:
      - name: North
      - South
)";

} // namespace

class TestCloudConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCloudsYaml();
    void secureYamlIsMerged();
    void sdkCases_data();
    void sdkCases();
    void locations_data();
    void locations();
    void profileFromWorkingDirectoryIsForeign();
    void invalidRegionEntry();
    void osRegionNameOnlyErrsForTheCloudInUse();
    void forRegion();
    void osCloudSelectsDefault();
    void environmentOnly_data();
    void environmentOnly();
    void malformedFiles_data();
    void malformedFiles();
    void unsupportedAuthType();
    void inputLimits_data();
    void inputLimits();
    void workingDirectoryIsForeign_data();
    void workingDirectoryIsForeign();
    void securityWarnings_data();
    void securityWarnings();
};

void TestCloudConfigLoader::readsCloudsYaml()
{
    Tree tree;
    const QString file = tree.write(u"cwd/clouds.yaml"_s, kClouds);
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.filesRead, QStringList{file});
    QCOMPARE(config.clouds.size(), 4);

    const CloudProfile *prod = config.cloud(u"prod"_s);
    QVERIFY(prod);
    QCOMPARE(prod->authType(), CloudProfile::AuthType::Password);
    QCOMPARE(prod->authUrl, QUrl(u"https://keystone.example.org:5000/v3"_s));
    QCOMPARE(prod->username, u"alice"_s);
    QCOMPARE(prod->projectName, u"vpn"_s);
    QCOMPARE(prod->regionName, u"RegionTwo"_s);
    QCOMPARE(prod->interface, u"internal"_s);
    QCOMPARE(prod->caCertFile, u"/etc/ssl/cloud-ca.pem"_s);
    QVERIFY(prod->verifyTls);
    QCOMPARE(prod->source, file);

    const CloudProfile *lab = config.cloud(u"lab"_s);
    QCOMPARE(lab->authType(), CloudProfile::AuthType::None);
    QCOMPARE(lab->fixedNetworkEndpoint(), QUrl(u"http://127.0.0.1:19696"_s));

    const CloudProfile *appcred = config.cloud(u"appcred"_s);
    QCOMPARE(appcred->authType(), CloudProfile::AuthType::ApplicationCredential);
    QCOMPARE(appcred->applicationCredentialSecret.reveal(), u"s3cr3t-appcred"_s);
    QVERIFY(!appcred->verifyTls);

    QCOMPARE(config.cloud(u"regions"_s)->regionName, u"North"_s);
    QVERIFY(config.defaultCloud.isEmpty());
}

void TestCloudConfigLoader::secureYamlIsMerged()
{
    Tree tree;
    tree.write(u"home/.config/openstack/clouds.yaml"_s, kClouds);
    tree.write(u"home/.config/openstack/secure.yaml"_s, "clouds:\n  prod:\n    auth:\n      password: from-secure\n");
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    QVERIFY(config.errors.isEmpty());
    QCOMPARE(config.filesRead.size(), 2);
    const CloudProfile *prod = config.cloud(u"prod"_s);
    QCOMPARE(prod->password.reveal(), u"from-secure"_s);
    QCOMPARE(prod->username, u"alice"_s); // the rest of the auth mapping survives the merge
}

void TestCloudConfigLoader::sdkCases_data()
{
    QTest::addColumn<int>("index");
    const QList<CloudConfigCase> cases = cloudConfigCases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::addRow("%s", qPrintable(cases[i].name)) << int(i);
}

// The shared table (tests/support/cloudconfigcases.h), which
// tst_cloudconfig_openstacksdk_integration also runs through the installed openstack CLI.
void TestCloudConfigLoader::sdkCases()
{
    QFETCH(int, index);
    const CloudConfigCase c = cloudConfigCases().at(index);
    QTemporaryDir root;
    QVERIFY(writeCaseFiles(c, root.path()));
    const LoaderResult result = loadCase(c, root.path());
    QStringList names;
    for (const CloudProfile &profile : result.config.clouds)
        names.append(profile.name);
    QCOMPARE(names, c.cloudNames);
    QCOMPARE(result.config.defaultCloud, c.defaultCloud);
    if (c.error.isEmpty()) {
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    } else {
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(c.error), qPrintable(result.errors.first()));
    }
    const QString wanted = c.cloud.isEmpty() ? c.defaultCloud : c.cloud;
    if (!c.cloudNames.contains(wanted)) {
        QVERIFY(!result.cloud);
        return;
    }
    QVERIFY(result.cloud);
    CloudFields expected = c.expected;
    expected.caCert = withRoot(expected.caCert, root.path());
    expected.cert = withRoot(expected.cert, root.path());
    expected.key = withRoot(expected.key, root.path());
    QCOMPARE(fieldsOf(*result.cloud).toString(), expected.toString());
    QCOMPARE(result.cloud->regions, c.regions);
    QCOMPARE(result.cloud->regionProfiles.size(), std::size_t(c.regions.size()));
}

void TestCloudConfigLoader::locations_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<QStringList>(
        "expected"); // cwd, user_config_dir, UNIX_CONFIG_HOME, site_config_dir, /etc/openstack
    QTest::addRow("nothing set") << env({{"HOME", "/h"}})
                                 << QStringList{u"/w"_s, u"/h/.config/openstack"_s, u"/h/.config/openstack"_s,
                                                u"/etc/xdg/openstack"_s, u"/etc/openstack"_s};
    QTest::addRow("XDG_CONFIG_HOME") << env({{"HOME", "/h"}, {"XDG_CONFIG_HOME", "/x/"}})
                                     << QStringList{u"/w"_s, u"/x/openstack"_s, u"/h/.config/openstack"_s,
                                                    u"/etc/xdg/openstack"_s, u"/etc/openstack"_s};
    QTest::addRow("XDG_CONFIG_HOME empty (os.getenv sees it)")
        << env({{"HOME", "/h"}, {"XDG_CONFIG_HOME", ""}})
        << QStringList{u"/w"_s, u"/w/openstack"_s, u"/h/.config/openstack"_s, u"/etc/xdg/openstack"_s,
                       u"/etc/openstack"_s};
    QTest::addRow("XDG_CONFIG_DIRS, one entry")
        << env({{"HOME", "/h"}, {"XDG_CONFIG_DIRS", "/site/"}})
        << QStringList{u"/w"_s, u"/h/.config/openstack"_s, u"/h/.config/openstack"_s, u"/site/openstack"_s,
                       u"/etc/openstack"_s};
    // appdirs 1.4.4 site_config_dir(multipath=True) joins them into one name.
    QTest::addRow("XDG_CONFIG_DIRS, two entries")
        << env({{"HOME", "/h"}, {"XDG_CONFIG_DIRS", "/a:~/b"}})
        << QStringList{u"/w"_s, u"/h/.config/openstack"_s, u"/h/.config/openstack"_s, u"/a/openstack:/h/b/openstack"_s,
                       u"/etc/openstack"_s};
    QTest::addRow("SNAP_REAL_HOME") << env({{"HOME", "/snap/h"}, {"SNAP_REAL_HOME", "/real"}})
                                    << QStringList{u"/w"_s, u"/snap/h/.config/openstack"_s,
                                                   u"/real/.config/openstack"_s, u"/etc/xdg/openstack"_s,
                                                   u"/etc/openstack"_s};
}

void TestCloudConfigLoader::locations()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(QStringList, expected);
    const CloudConfigLoader::Locations where = CloudConfigLoader::locationsFor(environment, u"/w"_s);
    QCOMPARE(where.directories(), expected);
    QCOMPARE(where.home, environment.value(u"HOME"_s));
}

// A clouds-public.yaml in the working directory may redirect a profile's auth_url: a cloud that
// takes its profile from there is not connected to on its own, like a cloud of ./clouds.yaml.
void TestCloudConfigLoader::profileFromWorkingDirectoryIsForeign()
{
    Tree tree;
    tree.write(u"cwd/clouds-public.yaml"_s, cases::kPublicClouds);
    tree.write(u"home/.config/openstack/clouds.yaml"_s,
               "clouds:\n  vendor:\n    profile: acme\n  plain:\n    auth:\n      auth_url: https://k/v3\n");
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.cloud(u"vendor"_s)->authUrl, QUrl(u"https://keystone.acme.example:5000/v3"_s));
    QVERIFY(config.cloud(u"vendor"_s)->fromWorkingDirectory);
    QVERIFY(!config.cloud(u"plain"_s)->fromWorkingDirectory);
    QCOMPARE(config.filesRead.size(), 2);
}

// openstacksdk's _expand_regions() refuses a mapping without name or with other keys; the cloud is
// not loaded, the others are.
void TestCloudConfigLoader::invalidRegionEntry()
{
    Tree tree;
    tree.write(u"home/.config/openstack/clouds.yaml"_s,
               "clouds:\n  bad:\n    regions:\n      - name: A\n        value: {}\n"
               "  good:\n    regions: [A]\n");
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    QCOMPARE(config.errors.size(), 1);
    QVERIFY2(config.errors.first().contains(u"\"bad\" has an invalid entry in regions"_s),
             qPrintable(config.errors.first()));
    QVERIFY(!config.cloud(u"bad"_s));
    QCOMPARE(config.cloud(u"good"_s)->regions, QStringList{u"A"_s});
}

// OS_REGION_NAME selects the region of every cloud that has it; one that does not keeps its first
// region, and only the cloud in use (named, else OS_CLOUD's) makes that an error.
void TestCloudConfigLoader::osRegionNameOnlyErrsForTheCloudInUse()
{
    Tree tree;
    tree.write(u"home/.config/openstack/clouds.yaml"_s,
               "clouds:\n  one:\n    regions: [A, B]\n  two:\n    regions: [C]\n  open:\n    auth: {}\n");
    CloudConfig config = CloudConfigLoader::load(env({{"OS_REGION_NAME", "B"}}), tree.where);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.cloud(u"one"_s)->regionName, u"B"_s);
    QCOMPARE(config.cloud(u"two"_s)->regionName, u"C"_s);
    QCOMPARE(config.cloud(u"open"_s)->regionName, u"B"_s);
    config = CloudConfigLoader::load(env({{"OS_REGION_NAME", "B"}}), tree.where, u"two"_s);
    QCOMPARE(config.errors.size(), 1);
    QVERIFY2(config.errors.first().contains(u"OS_REGION_NAME"_s)
                 && config.errors.first().contains(u"Valid choices are C."_s),
             qPrintable(config.errors.first()));
}

void TestCloudConfigLoader::forRegion()
{
    Tree tree;
    tree.write(u"home/.config/openstack/clouds.yaml"_s, cases::clouds({cases::cloud("c", cases::kRegions)}));
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    CloudProfile profile = *config.cloud(u"c"_s);
    QCOMPARE(profile.regionName, u"RegionOne"_s);
    QCOMPARE(profile.projectName, u"p-one"_s);
    QString error;
    QVERIFY(CloudConfigLoader::selectRegion(profile, u"RegionTwo"_s, &error));
    QCOMPARE(profile.projectName, u"p"_s);
    QCOMPARE(profile.interface, u"public"_s);
    // Back again: the list and the other region's values travel with the selected profile.
    QVERIFY(CloudConfigLoader::selectRegion(profile, u"RegionOne"_s, &error));
    QCOMPARE(profile.projectName, u"p-one"_s);
    QCOMPARE(profile.interface, u"internal"_s);
    const CloudProfile before = profile;
    QVERIFY(!CloudConfigLoader::selectRegion(profile, u"Atlantis"_s, &error));
    QCOMPARE(profile, before);
    QVERIFY2(error.contains(u"\"Atlantis\""_s) && error.contains(u"RegionOne, RegionTwo"_s), qPrintable(error));
    QVERIFY(CloudConfigLoader::selectRegion(profile, QString(), &error));
    QCOMPARE(profile, before);
    // A profile made by hand lists regions without their profiles.
    CloudProfile handMade;
    handMade.name = u"h"_s;
    handMade.regions = QStringList{u"A"_s, u"B"_s};
    handMade.regionName = u"A"_s;
    QVERIFY(CloudConfigLoader::selectRegion(handMade, u"B"_s, &error));
    QCOMPARE(handMade.regionName, u"B"_s);
    QCOMPARE(handMade.regions, (QStringList{u"A"_s, u"B"_s}));
}

void TestCloudConfigLoader::osCloudSelectsDefault()
{
    Tree tree;
    tree.write(u"cwd/clouds.yaml"_s, kClouds);
    CloudConfig config = CloudConfigLoader::load(env({{"OS_CLOUD", "lab"}}), tree.where);
    QCOMPARE(config.defaultCloud, u"lab"_s);
    config = CloudConfigLoader::load(env({{"OS_CLOUD", "nope"}}), tree.where);
    QVERIFY(config.defaultCloud.isEmpty());
    QCOMPARE(config.errors.size(), 1);
    QVERIFY(config.errors.first().contains(u"nope"));
}

void TestCloudConfigLoader::environmentOnly_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<int>("authType");
    QTest::addColumn<QString>("check");
    QTest::addRow("password") << env({{"OS_AUTH_URL", "http://k:5000/v3"},
                                      {"OS_USERNAME", "admin"},
                                      {"OS_PASSWORD", "pw"},
                                      {"OS_PROJECT_NAME", "admin"},
                                      {"OS_USER_DOMAIN_NAME", "Default"},
                                      {"OS_PROJECT_DOMAIN_NAME", "Default"},
                                      {"OS_REGION_NAME", "RegionOne"},
                                      {"OS_INTERFACE", "admin"}})
                              << int(CloudProfile::AuthType::Password) << u"admin@RegionOne/admin"_s;
    QTest::addRow("application credential") << env({{"OS_AUTH_URL", "http://k:5000/v3"},
                                                    {"OS_APPLICATION_CREDENTIAL_ID", "id1"},
                                                    {"OS_APPLICATION_CREDENTIAL_SECRET", "sec"},
                                                    {"OS_AUTH_TYPE", "v3applicationcredential"}})
                                            << int(CloudProfile::AuthType::ApplicationCredential) << u"@/public"_s;
    QTest::addRow("token") << env({{"OS_AUTH_URL", "http://k:5000/v3"}, {"OS_TOKEN", "gAAAA"}, {"OS_PROJECT_ID", "p1"}})
                           << int(CloudProfile::AuthType::Token) << u"@/public"_s;
    QTest::addRow("endpoint, no auth") << env({{"OS_ENDPOINT", "http://127.0.0.1:19696"}, {"OS_AUTH_TYPE", "none"}})
                                       << int(CloudProfile::AuthType::None) << u"@/public"_s;
    QTest::addRow("insecure") << env({{"OS_AUTH_URL", "https://k:5000/v3"},
                                      {"OS_USERNAME", "u"},
                                      {"OS_INSECURE", "true"},
                                      {"OS_CACERT", "/tmp/ca.pem"}})
                              << int(CloudProfile::AuthType::Password) << u"u@/public"_s;
    QTest::addRow("OS_INSECURE=yes is not true")
        << env({{"OS_AUTH_URL", "https://k:5000/v3"}, {"OS_USERNAME", "u"}, {"OS_INSECURE", "yes"}})
        << int(CloudProfile::AuthType::Password) << u"u@/public"_s;
    QTest::addRow("OS_INSECURE=TRUE") << env(
        {{"OS_AUTH_URL", "https://k:5000/v3"}, {"OS_USERNAME", "u"}, {"OS_INSECURE", "TRUE"}})
                                      << int(CloudProfile::AuthType::Password) << u"u@/public"_s;
}

void TestCloudConfigLoader::environmentOnly()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(int, authType);
    QFETCH(QString, check);
    Tree tree;
    const CloudConfig config = CloudConfigLoader::load(environment, tree.where);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.defaultCloud, u"envvars"_s);
    const CloudProfile *p = config.cloud(u"envvars"_s);
    QVERIFY(p);
    QCOMPARE(int(p->authType()), authType);
    QCOMPARE(p->username + u'@' + p->regionName + u'/' + p->interface, check);
    QCOMPARE(p->source, u"environment"_s);
    // loader.py's get_boolean(): only "true" (any case) is true.
    QCOMPARE(p->verifyTls, environment.value(u"OS_INSECURE"_s).toLower() != u"true");
    QCOMPARE(p->caCertFile, environment.value(u"OS_CACERT"_s));
}

void TestCloudConfigLoader::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addRow("bad indentation") << QByteArray("clouds:\n  a:\n    auth:\n  - x\n   y: [\n") << u"clouds.yaml:4:"_s;
    QTest::addRow("unclosed flow sequence")
        << QByteArray("clouds:\n  a:\n    regions: [North, South\n") << u"clouds.yaml:"_s;
    QTest::addRow("not a mapping") << QByteArray("- just\n- a list\n") << u"clouds.yaml:1:"_s;
    QTest::addRow("cloud not a mapping") << QByteArray("clouds:\n  a: 42\n") << u"clouds.yaml:1:"_s;
}

void TestCloudConfigLoader::malformedFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    Tree tree;
    const QString file = tree.write(u"cwd/clouds.yaml"_s, text);
    const CloudConfig config
        = CloudConfigLoader::load(env({{"OS_ENDPOINT", "http://x"}, {"OS_AUTH_TYPE", "none"}}), tree.where);
    QCOMPARE(config.errors.size(), 1);
    QVERIFY2(config.errors.first().contains(where), qPrintable(config.errors.first()));
    QVERIFY(config.errors.first().startsWith(tree.root.filePath(u"cwd/"_s)));
    // The rest still works: the environment's cloud is there.
    QVERIFY(config.cloud(u"envvars"_s));
    // The text alone reads the same (what the fuzz target feeds).
    QCOMPARE(CloudConfigLoader::fromText(text, file).errors, config.errors);
}

void TestCloudConfigLoader::unsupportedAuthType()
{
    Tree tree;
    tree.write(u"cwd/clouds.yaml"_s,
               "clouds:\n  saml:\n    auth_type: v3samlpassword\n    auth:\n      auth_url: http://k\n");
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    QCOMPARE(config.cloud(u"saml"_s)->authType(), CloudProfile::AuthType::Unsupported);
    QCOMPARE(config.errors.size(), 1);
    QVERIFY(config.errors.first().contains(u"v3samlpassword"));
}

/*! \a levels levels of ten aliases each: 10^levels values once expanded, in a few hundred bytes. */
QByteArray aliasBomb(int levels)
{
    QByteArray text = "x0: &a0 [l,o,l,o,l,o,l,o,l,o]\n";
    for (int level = 1; level < levels; ++level) {
        QByteArrayList refs;
        for (int i = 0; i < 10; ++i)
            refs.append("*a" + QByteArray::number(level - 1));
        text += "x" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + refs.join(',') + "]\n";
    }
    return text + "clouds:\n  bomb:\n    auth_type: none\n    auth:\n      endpoint: http://x\n    regions: *a"
        + QByteArray::number(levels - 1) + "\n";
}

void TestCloudConfigLoader::inputLimits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // empty: the file loads
    // The review's bomb had 7 levels (479 bytes, 41.9 s and 670 MB before the limits); 9 levels
    // would be 10^9 values.
    QTest::addRow("alias bomb, 7 levels") << aliasBomb(7) << u"YAML aliases"_s;
    QTest::addRow("alias bomb, 9 levels") << aliasBomb(9) << u"YAML aliases"_s;
    QTest::addRow("over 1 MiB") << QByteArray("clouds: {}\n" + QByteArray("# padding\n").repeated(120000))
                                << u"at most 1048576"_s;
    QTest::addRow("nested 100 deep") << QByteArray(
        "clouds:\n  deep:\n    auth_type: none\n    x: " + QByteArray("[").repeated(100) + QByteArray("]").repeated(100)
        + "\n") << u"deeper than 64"_s;
    // Anchors and aliases as people use them (shared settings) still load.
    QTest::addRow("a few aliases") << QByteArray("base: &auth\n  auth_url: https://k:5000/v3\n  username: u\n"
                                                 "clouds:\n  bomb:\n    auth: *auth\n    regions: [a, b]\n"
                                                 "  other:\n    auth: *auth\n")
                                   << QString();
    QTest::addRow("a normal file") << kClouds << QString();
}

// An alias bomb, a huge or a deeply nested file is refused quickly with a clear message, and
// the rest of the configuration still loads.
void TestCloudConfigLoader::inputLimits()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    Tree tree;
    const QString file = tree.write(u"cwd/clouds.yaml"_s, text);
    QElapsedTimer timer;
    timer.start();
    const CloudConfig config
        = CloudConfigLoader::load(env({{"OS_ENDPOINT", "http://x"}, {"OS_AUTH_TYPE", "none"}}), tree.where);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(config.cloud(u"envvars"_s));
    // The text alone reads the same (what the fuzz target feeds), within the same time.
    timer.restart();
    const CloudConfig direct = CloudConfigLoader::fromText(text, file);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(direct.errors, config.errors);
    QCOMPARE(direct.clouds.size(), config.clouds.size() - 1);
    if (error.isEmpty()) {
        QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
        QVERIFY(config.clouds.size() >= 3);
        return;
    }
    QCOMPARE(config.errors.size(), 1);
    QVERIFY2(config.errors.first().startsWith(file + u":1: "_s), qPrintable(config.errors.first()));
    QVERIFY2(config.errors.first().contains(error), qPrintable(config.errors.first()));
    QCOMPARE(config.clouds.size(), 1);
}

void TestCloudConfigLoader::workingDirectoryIsForeign_data()
{
    QTest::addColumn<QString>("cloudsFile");
    QTest::addColumn<QString>("secureFile");
    QTest::addColumn<QString>("chosen"); // the cloud named on the command line
    QTest::addColumn<bool>("explicitFiles"); // named by OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE
    QTest::addColumn<bool>("merged");
    QTest::addColumn<bool>("foreign");
    // The review's leak: ./clouds.yaml redefines prod and got the user's password, zero clicks.
    QTest::addRow("./clouds.yaml, ~/ secure.yaml")
        << u"cwd"_s << u"home/.config/openstack"_s << QString() << false << false << true;
    QTest::addRow("./clouds.yaml, ~/ secure.yaml, another cloud chosen")
        << u"cwd"_s << u"home/.config/openstack"_s << u"lab"_s << false << false << true;
    QTest::addRow("./clouds.yaml, ~/ secure.yaml, --cloud prod")
        << u"cwd"_s << u"home/.config/openstack"_s << u"prod"_s << false << true << true;
    QTest::addRow("~/ clouds.yaml, ./secure.yaml")
        << u"home/.config/openstack"_s << u"cwd"_s << QString() << false << false << false;
    QTest::addRow("both in ./") << u"cwd"_s << u"cwd"_s << QString() << false << true << true;
    QTest::addRow("both in ~/") << u"home/.config/openstack"_s << u"home/.config/openstack"_s << QString() << false
                                << true << false;
    QTest::addRow("/etc clouds.yaml, ~/ secure.yaml")
        << u"etc"_s << u"home/.config/openstack"_s << QString() << false << true << false;
    QTest::addRow("./clouds.yaml named by OS_CLIENT_CONFIG_FILE")
        << u"cwd"_s << u"home/.config/openstack"_s << QString() << true << true << false;
}

void TestCloudConfigLoader::workingDirectoryIsForeign()
{
    QFETCH(QString, cloudsFile);
    QFETCH(QString, secureFile);
    QFETCH(QString, chosen);
    QFETCH(bool, explicitFiles);
    QFETCH(bool, merged);
    QFETCH(bool, foreign);
    Tree tree;
    const QString clouds = tree.write(cloudsFile + u"/clouds.yaml"_s, kClouds);
    const QString secure = tree.write(secureFile + u"/secure.yaml"_s,
                                      "clouds:\n  prod:\n    auth:\n      password: ALICE-REAL-PASSWORD\n"
                                      "      auth_url: http://attacker.example:5000/v3\n");
    QProcessEnvironment e;
    if (explicitFiles)
        e.insert(u"OS_CLIENT_CONFIG_FILE"_s, clouds);
    const CloudConfig config = CloudConfigLoader::load(e, tree.where, chosen);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.filesRead, (QStringList{clouds, secure}));
    const CloudProfile *prod = config.cloud(u"prod"_s);
    QVERIFY(prod);
    QCOMPARE(prod->password.reveal(), merged ? u"ALICE-REAL-PASSWORD"_s : QString());
    QCOMPARE(prod->authUrl.host(), merged ? u"attacker.example"_s : u"keystone.example.org"_s);
    QCOMPARE(prod->fromWorkingDirectory, foreign);
    QCOMPARE(config.cloud(u"lab"_s)->fromWorkingDirectory, cloudsFile == u"cwd" && !explicitFiles);
    if (merged) {
        QVERIFY2(config.warnings.isEmpty(), qPrintable(config.warnings.join(u'\n')));
    } else {
        QCOMPARE(config.warnings.size(), 1);
        QVERIFY2(config.warnings.first().contains(secure) && config.warnings.first().contains(u"prod"_s)
                     && config.warnings.first().contains(u"--cloud"_s),
                 qPrintable(config.warnings.first()));
    }
}

void TestCloudConfigLoader::securityWarnings_data()
{
    QTest::addColumn<QByteArray>("cloud");
    QTest::addColumn<QStringList>("expected"); // parts of the warnings, in order
    QTest::addRow("password over http")
        << QByteArray("auth:\n      auth_url: http://alice:PW-in-url@keystone:5000/v3\n      password: p\n")
        << QStringList{u"sends its password unencrypted over plain http to http://keystone:5000/v3"_s};
    QTest::addRow("password over https") << QByteArray("auth:\n      auth_url: https://keystone:5000/v3\n")
                                         << QStringList();
    QTest::addRow("application credential over http")
        << QByteArray("auth_type: v3applicationcredential\n    auth:\n      auth_url: HTTP://k:5000\n")
        << QStringList{u"sends its credentials unencrypted"_s};
    QTest::addRow("no auth over http") << QByteArray("auth_type: none\n    auth:\n      endpoint: http://n:9696\n")
                                       << QStringList();
    QTest::addRow("verify: false") << QByteArray("verify: false\n    auth:\n      auth_url: https://k:5000/v3\n")
                                   << QStringList{u"TLS certificates of cloud \"c\" are not verified"_s};
    QTest::addRow("both") << QByteArray("insecure: true\n    auth:\n      auth_url: http://k:5000/v3\n")
                          << QStringList{u"plain http"_s, u"not verified"_s};
}

void TestCloudConfigLoader::securityWarnings()
{
    QFETCH(QByteArray, cloud);
    QFETCH(QStringList, expected);
    Tree tree;
    tree.write(u"home/.config/openstack/clouds.yaml"_s, "clouds:\n  c:\n    " + cloud);
    const CloudConfig config = CloudConfigLoader::load({}, tree.where);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    const QStringList warnings = config.cloud(u"c"_s)->securityWarnings();
    QCOMPARE(warnings.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(warnings[i].contains(expected[i]), qPrintable(warnings[i]));
        QVERIFY(!warnings[i].contains(u"PW-in-url"_s)); // user-info never shown
    }
}

QTEST_GUILESS_MAIN(TestCloudConfigLoader)
#include "tst_cloudconfigloader.moc"
