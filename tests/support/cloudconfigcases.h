// SPDX-License-Identifier: Apache-2.0
#pragma once

// The clouds.yaml cases that tst_cloudconfigloader checks against what the console must find and
// tst_cloudconfig_openstacksdk_integration checks against the installed openstack CLI
// (openstacksdk 0.101, python3-openstackclient 6.0.0): one table, so every loader case is also a
// case openstacksdk resolves the same way, or a documented difference (CloudConfigCase::relation).
//
// A case runs in a folder of its own (the root) laid out as:
//   cwd/                  the working directory
//   home/                 HOME; home/.config/openstack is appdirs' user_config_dir without
//                         XDG_CONFIG_HOME and openstacksdk's UNIX_CONFIG_HOME always
//   xdg-home/             what the cases that set XDG_CONFIG_HOME point it at
//   xdg-dirs/             XDG_CONFIG_DIRS unless the case sets it (xdg-dirs/openstack is the
//                         site_config_dir), so the machine's /etc/xdg never takes part
//   etc/                  stands for /etc/openstack (Locations::systemDir)
// "@ROOT@" in a file's text, a variable's value or an expected path becomes the root.

#include "openstack/cloudconfigloader.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

namespace vpnaas::testing {

/*! What the console uses of one cloud, as both the loader and openstack report it. */
struct CloudFields {
    QString regionName{};
    QString authUrl{};
    QString username{};
    QString projectName{};
    QString interface = QStringLiteral("public");
    QString caCert{};
    QString cert{};
    QString key{};
    bool verify = true;
    bool hasPassword = false;

    bool operator==(const CloudFields &other) const = default;

    QString toString() const
    {
        return QStringLiteral("region=%1 auth_url=%2 username=%3 project=%4 interface=%5 cacert=%6 cert=%7 key=%8 "
                              "verify=%9 password=%10")
            .arg(regionName, authUrl, username, projectName, interface, caCert, cert, key,
                 verify ? QStringLiteral("true") : QStringLiteral("false"),
                 hasPassword ? QStringLiteral("set") : QStringLiteral("none"));
    }
};

inline CloudFields fieldsOf(const openstack::CloudProfile &profile)
{
    CloudFields f;
    f.regionName = profile.regionName;
    f.authUrl = profile.authUrl.toString();
    f.username = profile.username;
    f.projectName = profile.projectName;
    f.interface = profile.interface;
    f.caCert = profile.caCertFile;
    f.cert = profile.clientCertFile;
    f.key = profile.clientKeyFile;
    f.verify = profile.verifyTls;
    f.hasPassword = !profile.password.isEmpty();
    return f;
}

/*! How the console's result relates to openstack's for one case. */
enum class SdkRelation {
    Same, // every field of CloudFields, the region list and the refusal are openstack's
    /*!
     * Working-directory trust (README "Configuration", docs/security.md): a secure.yaml is not
     * merged into a clouds.yaml of another folder when one of them is in the working directory;
     * openstack merges it. Everything else is the same; the console has no password.
     */
    SecureWithheld,
    /*!
     * A profile that is not in clouds-public.yaml: the console reports an error for the cloud;
     * openstacksdk warns. Both load the cloud without the profile's values.
     */
    ProfileNotFound,
    /*!
     * A profile of the vendor files openstacksdk ships (openstack/config/vendors/): the console
     * does not ship them, reports an error and loads the cloud without them; openstack fills in
     * the vendor's values (auth_url, region).
     */
    VendorProfileNotShipped,
    /*!
     * Not a difference but a limit of the probe: openstack turns OS_AUTH_URL, OS_USERNAME and
     * OS_PASSWORD into auth options only when it authenticates, and configuration show does not;
     * those three are not compared, the rest is.
     */
    AuthOptionsNotShown,
};

struct CloudConfigCase {
    QString name{};
    QList<std::pair<QString, QByteArray>> files{}; // path under the root, text
    QList<std::pair<QString, QString>> environment{}; // besides HOME and XDG_CONFIG_DIRS
    QString region{}; // --os-region-name (CloudConfigLoader::selectRegion()); empty: none
    QString cloud{}; // the cloud looked at (--os-cloud); empty: the default cloud (OS_CLOUD or envvars)

    QStringList cloudNames{}; // every cloud the console finds, in its order
    QString defaultCloud{};
    /*! A part of the one error the loader (or selectRegion()) reports; empty: none. */
    QString error{};
    /*! A part of openstack's message when it refuses the case (non-zero exit); empty: it does not. */
    QString sdkError{};
    CloudFields expected{}; // of `cloud`, when the console has it
    QStringList regions{}; // CloudProfile::regions of `cloud`
    SdkRelation relation = SdkRelation::Same;
};

inline QString withRoot(QString text, const QString &root)
{
    return text.replace(QStringLiteral("@ROOT@"), root);
}

/*! Writes the case's files under \a root (and the folders every case has). */
inline bool writeCaseFiles(const CloudConfigCase &c, const QString &root)
{
    for (const char *dir : {"cwd", "home/.config/openstack", "xdg-home/openstack", "xdg-dirs/openstack", "etc"})
        QDir(root).mkpath(QString::fromLatin1(dir));
    for (const auto &[path, text] : c.files) {
        const QString full = root + u'/' + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(withRoot(QString::fromUtf8(text), root).toUtf8());
    }
    return true;
}

/*! The environment of the case: HOME, XDG_CONFIG_DIRS (unless set) and what the case sets. */
inline QProcessEnvironment caseEnvironment(const CloudConfigCase &c, const QString &root)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), root + QStringLiteral("/xdg-dirs"));
    for (const auto &[name, value] : c.environment)
        env.insert(name, withRoot(value, root));
    return env;
}

/*! The folders openstacksdk would search for the case, /etc/openstack being root/etc. */
inline openstack::CloudConfigLoader::Locations caseLocations(const CloudConfigCase &c, const QString &root)
{
    openstack::CloudConfigLoader::Locations where
        = openstack::CloudConfigLoader::locationsFor(caseEnvironment(c, root), root + QStringLiteral("/cwd"));
    where.systemDir = root + QStringLiteral("/etc");
    return where;
}

/*! The case has a file where /etc/openstack stands (which openstack cannot be pointed at). */
inline bool usesSystemDir(const CloudConfigCase &c)
{
    return std::any_of(c.files.cbegin(), c.files.cend(),
                       [](const auto &file) { return file.first.startsWith(u"etc/"); });
}

/*! What the loader finds for the case, with the case's region selected as --os-region-name does. */
struct LoaderResult {
    openstack::CloudConfig config;
    std::optional<openstack::CloudProfile> cloud;
    QStringList errors; // the loader's, then selectRegion()'s
};

inline LoaderResult loadCase(const CloudConfigCase &c, const QString &root)
{
    LoaderResult result;
    const QString name = c.cloud.isEmpty() ? QString() : c.cloud;
    result.config = openstack::CloudConfigLoader::load(caseEnvironment(c, root), caseLocations(c, root), name);
    result.errors = result.config.errors;
    const QString wanted = name.isEmpty() ? result.config.defaultCloud : name;
    if (const openstack::CloudProfile *found = result.config.cloud(wanted)) {
        openstack::CloudProfile profile = *found;
        QString error;
        if (!openstack::CloudConfigLoader::selectRegion(profile, c.region, &error))
            result.errors.append(error);
        result.cloud = profile;
    }
    return result;
}

namespace cases {

inline QByteArray cloud(const char *name, const QByteArray &body)
{
    return QByteArray("  ") + name + ":\n" + body;
}

inline QByteArray clouds(std::initializer_list<QByteArray> entries)
{
    QByteArray text = "clouds:\n";
    for (const QByteArray &entry : entries)
        text += entry;
    return text;
}

// A cloud whose auth_url says which file it came from.
inline QByteArray marked(const char *where)
{
    const QByteArray body = QByteArray("    auth:\n      auth_url: https://") + where
        + ".example:5000/v3\n      username: u\n      project_name: p\n";
    return clouds({cloud("c", body)});
}

inline CloudFields markedFields(const char *where)
{
    CloudFields f;
    f.authUrl = QStringLiteral("https://%1.example:5000/v3").arg(QString::fromLatin1(where));
    f.username = QStringLiteral("u");
    f.projectName = QStringLiteral("p");
    return f;
}

inline const QByteArray kPublicClouds = "public-clouds:\n"
                                        "  acme:\n"
                                        "    auth:\n"
                                        "      auth_url: https://keystone.acme.example:5000/v3\n"
                                        "      username: acme-user\n"
                                        "      project_name: acme-project\n"
                                        "    region_name: AcmeOne\n"
                                        "    cacert: /usr/share/acme/ca.pem\n"
                                        "    interface: internal\n"
                                        "  multi:\n"
                                        "    auth:\n"
                                        "      auth_url: https://keystone.multi.example/v3\n"
                                        "    regions:\n"
                                        "      - North\n"
                                        "      - name: South\n"
                                        "        values:\n"
                                        "          interface: admin\n";

inline const QByteArray kRegions = "    auth:\n"
                                   "      auth_url: https://k.example/v3\n"
                                   "      username: u\n"
                                   "      project_name: p\n"
                                   "    regions:\n"
                                   "      - name: RegionOne\n"
                                   "        values:\n"
                                   "          interface: internal\n"
                                   "          auth:\n"
                                   "            project_name: p-one\n"
                                   "      - RegionTwo\n";

inline CloudFields regionFields(const QString &region)
{
    CloudFields f;
    f.regionName = region;
    f.authUrl = QStringLiteral("https://k.example/v3");
    f.username = QStringLiteral("u");
    f.projectName = region == u"RegionOne" ? QStringLiteral("p-one") : QStringLiteral("p");
    f.interface = region == u"RegionOne" ? QStringLiteral("internal") : QStringLiteral("public");
    return f;
}

} // namespace cases

/*! Every case, in the order the tests report them. */
inline QList<CloudConfigCase> cloudConfigCases()
{
    using namespace Qt::StringLiterals;
    using namespace cases;
    const QString c = QStringLiteral("c");
    QList<CloudConfigCase> all;
    const auto add = [&](CloudConfigCase one) {
        if (one.cloudNames.isEmpty() && !one.cloud.isEmpty() && !one.sdkError.contains(u"was not found"))
            one.cloudNames = QStringList{one.cloud};
        all.append(std::move(one));
    };

    // --- the search path: cwd, user_config_dir, ~/.config/openstack, site_config_dir, /etc/openstack
    add({.name = QStringLiteral("search: the working directory first"),
         .files = {{u"cwd/clouds.yaml"_s, marked("cwd")}, {u"home/.config/openstack/clouds.yaml"_s, marked("home")}},
         .cloud = c,
         .expected = markedFields("cwd")});
    add({.name = QStringLiteral("search: ~/.config/openstack"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home")}, {u"etc/clouds.yaml"_s, marked("etc")}},
         .cloud = c,
         .expected = markedFields("home")});
    add({.name = QStringLiteral("search: $XDG_CONFIG_HOME/openstack before ~/.config/openstack"),
         .files = {{u"xdg-home/openstack/clouds.yaml"_s, marked("xdghome")},
                   {u"home/.config/openstack/clouds.yaml"_s, marked("home")}},
         .environment = {{u"XDG_CONFIG_HOME"_s, u"@ROOT@/xdg-home"_s}},
         .cloud = c,
         .expected = markedFields("xdghome")});
    // The December 2026 review: with XDG_CONFIG_HOME set, ~/.config/openstack was not searched.
    add({.name = QStringLiteral("search: ~/.config/openstack although XDG_CONFIG_HOME is set"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home")}},
         .environment = {{u"XDG_CONFIG_HOME"_s, u"@ROOT@/xdg-home"_s}},
         .cloud = c,
         .expected = markedFields("home")});
    add({.name = QStringLiteral("search: $XDG_CONFIG_DIRS/openstack before /etc/openstack"),
         .files = {{u"xdg-dirs/openstack/clouds.yaml"_s, marked("site")}, {u"etc/clouds.yaml"_s, marked("etc")}},
         .cloud = c,
         .expected = markedFields("site")});
    // appdirs 1.4.4 with multipath joins the entries with ':' into one folder name.
    add({.name = QStringLiteral("search: XDG_CONFIG_DIRS with two entries is one (missing) folder"),
         .files = {{u"xdg-dirs/openstack/clouds.yaml"_s, marked("site")}},
         .environment = {{u"XDG_CONFIG_DIRS"_s, u"@ROOT@/xdg-dirs:@ROOT@/xdg-other"_s}},
         .cloud = c,
         .sdkError = QStringLiteral("Cloud c was not found")});
    add({.name = QStringLiteral("search: /etc/openstack last"),
         .files = {{u"etc/clouds.yml"_s, marked("etc")}},
         .cloud = c,
         .expected = markedFields("etc")});
    add({.name = QStringLiteral("search: .yaml before .yml"),
         .files = {{u"home/.config/openstack/clouds.yml"_s, marked("yml")},
                   {u"home/.config/openstack/clouds.yaml"_s, marked("yaml")}},
         .cloud = c,
         .expected = markedFields("yaml")});
    add({.name = QStringLiteral("search: .yml before .json"),
         .files = {{u"home/.config/openstack/clouds.json"_s,
                    R"({"clouds": {"c": {"auth": {"auth_url": "https://json.example:5000/v3", "username": "u", )"
                    R"("project_name": "p"}}}})"},
                   {u"home/.config/openstack/clouds.yml"_s, marked("yml")}},
         .cloud = c,
         .expected = markedFields("yml")});
    add({.name = QStringLiteral("search: .json"),
         .files = {{u"home/.config/openstack/clouds.json"_s,
                    R"({"clouds": {"c": {"auth": {"auth_url": "https://json.example:5000/v3", "username": "u", )"
                    R"("project_name": "p"}}}})"}},
         .cloud = c,
         .expected = markedFields("json")});
    add({.name = QStringLiteral("search: OS_CLIENT_CONFIG_FILE first"),
         .files = {{u"elsewhere.yaml"_s, marked("explicit")}, {u"cwd/clouds.yaml"_s, marked("cwd")}},
         .environment = {{u"OS_CLIENT_CONFIG_FILE"_s, u"@ROOT@/elsewhere.yaml"_s}},
         .cloud = c,
         .expected = markedFields("explicit")});
    add({.name = QStringLiteral("OS_CLOUD names the default cloud"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s,
                    clouds({cloud("a", "    auth:\n      auth_url: https://a.example/v3\n"),
                            cloud("b", "    auth:\n      auth_url: https://b.example/v3\n")})}},
         .environment = {{u"OS_CLOUD"_s, u"b"_s}},
         .cloudNames = {u"a"_s, u"b"_s},
         .defaultCloud = u"b"_s,
         .expected = {.authUrl = u"https://b.example/v3"_s}});

    // --- secure.yaml
    const QByteArray secure = "clouds:\n  c:\n    auth:\n      password: from-secure\n";
    CloudFields withPassword = markedFields("home");
    withPassword.hasPassword = true;
    add({.name = QStringLiteral("secure.yaml merged key by key"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home")},
                   {u"home/.config/openstack/secure.yaml"_s, secure}},
         .cloud = c,
         .expected = withPassword});
    add({.name = QStringLiteral("secure.yaml: OS_CLIENT_SECURE_FILE first"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home")},
                   {u"home/.config/openstack/secure.yaml"_s, "clouds:\n  c:\n    auth:\n      username: not-this\n"},
                   {u"secrets/mine.yaml"_s, secure}},
         .environment = {{u"OS_CLIENT_SECURE_FILE"_s, u"@ROOT@/secrets/mine.yaml"_s}},
         .cloud = c,
         .expected = withPassword});
    // OS_CLOUD is not a choice of the user's (it may be left over in the shell); --os-cloud is.
    add({.name = QStringLiteral("secure.yaml of ~ not merged into ./clouds.yaml (working-directory trust)"),
         .files = {{u"cwd/clouds.yaml"_s, marked("cwd")}, {u"home/.config/openstack/secure.yaml"_s, secure}},
         .environment = {{u"OS_CLOUD"_s, c}},
         .cloudNames = {c},
         .defaultCloud = c,
         .expected = markedFields("cwd"),
         .relation = SdkRelation::SecureWithheld});
    CloudFields chosenWithPassword = markedFields("cwd");
    chosenWithPassword.hasPassword = true;
    add({.name = QStringLiteral("secure.yaml of ~ merged into ./clouds.yaml for the cloud named with --os-cloud"),
         .files = {{u"cwd/clouds.yaml"_s, marked("cwd")}, {u"home/.config/openstack/secure.yaml"_s, secure}},
         .cloud = c,
         .expected = chosenWithPassword});

    // --- profile: and clouds-public.yaml
    CloudFields acme;
    acme.regionName = u"AcmeOne"_s;
    acme.authUrl = u"https://keystone.acme.example:5000/v3"_s;
    acme.username = u"bob"_s;
    acme.projectName = u"acme-project"_s;
    acme.interface = u"internal"_s;
    acme.caCert = u"/usr/share/acme/ca.pem"_s;
    acme.hasPassword = true;
    const QByteArray usesAcme = "    auth:\n      username: bob\n      password: pw\n";
    add({.name = QStringLiteral("profile: from clouds-public.yaml, the cloud's auth merged key by key"),
         .files = {{u"home/.config/openstack/clouds-public.yaml"_s, kPublicClouds},
                   {u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", "    profile: acme\n" + usesAcme)})}},
         .cloud = c,
         .expected = acme,
         .regions = {u"AcmeOne"_s}});
    add({.name = QStringLiteral("profile: the older cloud: key"),
         .files = {{u"home/.config/openstack/clouds-public.yaml"_s, kPublicClouds},
                   {u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", "    cloud: acme\n" + usesAcme)})}},
         .cloud = c,
         .expected = acme,
         .regions = {u"AcmeOne"_s}});
    CloudFields acmeOverridden = acme;
    acmeOverridden.interface = u"public"_s;
    acmeOverridden.regionName = u"Mine"_s;
    acmeOverridden.caCert.clear();
    acmeOverridden.verify = false;
    add({.name = QStringLiteral("profile: the cloud's own values win"),
         .files = {{u"xdg-dirs/openstack/clouds-public.yaml"_s, kPublicClouds},
                   {u"home/.config/openstack/clouds.yaml"_s,
                    clouds({cloud("c",
                                  "    profile: acme\n    interface: public\n    region_name: Mine\n"
                                  "    cacert: ''\n    verify: false\n"
                                      + usesAcme)})}},
         .cloud = c,
         .expected = acmeOverridden,
         .regions = {u"Mine"_s}});
    CloudFields multi;
    multi.regionName = u"South"_s;
    multi.authUrl = u"https://keystone.multi.example/v3"_s;
    multi.interface = u"admin"_s;
    add({.name = QStringLiteral("profile: its regions and their values"),
         .files = {{u"cwd/clouds-public.yaml"_s, kPublicClouds},
                   {u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", "    profile: multi\n")})}},
         .region = u"South"_s,
         .cloud = c,
         .expected = multi,
         .regions = {u"North"_s, u"South"_s}});
    CloudFields own = markedFields("own");
    add({.name = QStringLiteral("profile: not in clouds-public.yaml"),
         .files = {{u"home/.config/openstack/clouds-public.yaml"_s, kPublicClouds},
                   {u"home/.config/openstack/clouds.yaml"_s,
                    clouds({cloud("c",
                                  "    profile: nowhere\n    auth:\n      auth_url: https://own.example:5000/v3\n"
                                  "      username: u\n      project_name: p\n")})}},
         .cloud = c,
         .error = QStringLiteral("profile \"nowhere\", which is not defined in"),
         .expected = own,
         .relation = SdkRelation::ProfileNotFound});
    CloudFields dream;
    dream.username = u"u"_s;
    add({.name = QStringLiteral("profile: a vendor profile openstacksdk ships"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s,
                    clouds({cloud("c", "    profile: dreamcompute\n    auth:\n      username: u\n")})}},
         .cloud = c,
         .error = QStringLiteral("no clouds-public.yaml was found"),
         .expected = dream,
         .relation = SdkRelation::VendorProfileNotShipped});

    // --- regions
    add({.name = QStringLiteral("regions: the first is the default, its values applied"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", kRegions)})}},
         .cloud = c,
         .expected = regionFields(u"RegionOne"_s),
         .regions = {u"RegionOne"_s, u"RegionTwo"_s}});
    add({.name = QStringLiteral("regions: --os-region-name selects another"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", kRegions)})}},
         .region = u"RegionTwo"_s,
         .cloud = c,
         .expected = regionFields(u"RegionTwo"_s),
         .regions = {u"RegionOne"_s, u"RegionTwo"_s}});
    add({.name = QStringLiteral("regions: OS_REGION_NAME selects another for OS_CLOUD's cloud"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", kRegions)})}},
         .environment = {{u"OS_CLOUD"_s, u"c"_s}, {u"OS_REGION_NAME"_s, u"RegionTwo"_s}},
         .cloudNames = {c},
         .defaultCloud = c,
         .expected = regionFields(u"RegionTwo"_s),
         .regions = {u"RegionOne"_s, u"RegionTwo"_s}});
    add({.name = QStringLiteral("regions: OS_REGION_NAME for a cloud named with --os-cloud"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", kRegions)})}},
         .environment = {{u"OS_REGION_NAME"_s, u"RegionTwo"_s}},
         .cloud = c,
         .expected = regionFields(u"RegionTwo"_s),
         .regions = {u"RegionOne"_s, u"RegionTwo"_s}});
    add({.name = QStringLiteral("regions: --os-region-name not in the list"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", kRegions)})}},
         .region = u"RegionThree"_s,
         .cloud = c,
         .error = QStringLiteral("Valid choices are RegionOne, RegionTwo"),
         .sdkError = QStringLiteral("Valid choices are RegionOne,RegionTwo"),
         .expected = regionFields(u"RegionOne"_s),
         .regions = {u"RegionOne"_s, u"RegionTwo"_s}});
    add({.name = QStringLiteral("regions: OS_REGION_NAME not in the list"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, clouds({cloud("c", kRegions)})}},
         .environment = {{u"OS_CLOUD"_s, u"c"_s}, {u"OS_REGION_NAME"_s, u"regionone"_s}},
         .cloudNames = {c},
         .defaultCloud = c,
         .error = QStringLiteral("Valid choices are RegionOne, RegionTwo"),
         .sdkError = QStringLiteral("Valid choices are RegionOne,RegionTwo"),
         .expected = regionFields(u"RegionOne"_s),
         .regions = {u"RegionOne"_s, u"RegionTwo"_s}});
    CloudFields regionX = markedFields("home");
    regionX.regionName = u"X"_s;
    const QByteArray regionNameAndList = "    region_name: X\n    regions: [A, B]\n";
    const QByteArray regionNameOnly = "    region_name: X\n";
    CloudFields regionA = regionX;
    regionA.regionName = u"A"_s;
    add({.name = QStringLiteral("regions: regions beats region_name"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home") + regionNameAndList}},
         .cloud = c,
         .expected = regionA,
         .regions = {u"A"_s, u"B"_s}});
    add({.name = QStringLiteral("regions: region_name is the only valid region"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home") + regionNameOnly}},
         .region = u"Y"_s,
         .cloud = c,
         .error = QStringLiteral("Valid choices are X."),
         .sdkError = QStringLiteral("Valid choices are X."),
         .expected = regionX,
         .regions = {u"X"_s}});
    CloudFields regionY = markedFields("home");
    regionY.regionName = u"Y"_s;
    add({.name = QStringLiteral("regions: a cloud that names none takes any"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home")}},
         .region = u"Y"_s,
         .cloud = c,
         .expected = regionY});
    CloudFields commas = regionX;
    commas.regionName = u"B"_s;
    add({.name = QStringLiteral("regions: a comma-separated region_name"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home") + "    region_name: A,B\n"}},
         .region = u"B"_s,
         .cloud = c,
         .expected = commas,
         .regions = {u"A"_s, u"B"_s}});

    // --- TLS: cacert, cert, key, verify, insecure
    CloudFields tls = markedFields("home");
    tls.caCert = u"@ROOT@/home/ca.pem"_s;
    tls.cert = u"@ROOT@/home/client.pem"_s;
    tls.key = u"/etc/ssl/private/client.key"_s;
    add({.name = QStringLiteral("tls: cacert, cert and key, ~ expanded"),
         .files
         = {{u"home/.config/openstack/clouds.yaml"_s,
             marked("home") + "    cacert: ~/ca.pem\n    cert: ~/client.pem\n    key: /etc/ssl/private/client.key\n"}},
         .cloud = c,
         .expected = tls});
    CloudFields insecure = markedFields("home");
    insecure.verify = false;
    add({.name = QStringLiteral("tls: verify: false"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home") + "    verify: false\n"}},
         .cloud = c,
         .expected = insecure});
    add({.name = QStringLiteral("tls: insecure: true"),
         .files = {{u"home/.config/openstack/clouds.yaml"_s, marked("home") + "    insecure: true\n"}},
         .cloud = c,
         .expected = insecure});
    CloudFields fromEnv;
    fromEnv.authUrl = u"https://env.example:5000/v3"_s;
    fromEnv.username = u"envuser"_s;
    fromEnv.projectName = u"envproject"_s;
    fromEnv.regionName = u"EnvRegion"_s;
    fromEnv.caCert = u"@ROOT@/home/env-ca.pem"_s;
    fromEnv.cert = u"/certs/env.pem"_s;
    fromEnv.key = u"/certs/env.key"_s;
    fromEnv.hasPassword = true;
    add({.name = QStringLiteral("environment: OS_* with OS_CACERT, OS_CERT, OS_KEY"),
         .environment = {{u"OS_AUTH_URL"_s, u"https://env.example:5000/v3"_s},
                         {u"OS_USERNAME"_s, u"envuser"_s},
                         {u"OS_PASSWORD"_s, u"envpassword"_s},
                         {u"OS_PROJECT_NAME"_s, u"envproject"_s},
                         {u"OS_REGION_NAME"_s, u"EnvRegion"_s},
                         {u"OS_CACERT"_s, u"~/env-ca.pem"_s},
                         {u"OS_CERT"_s, u"/certs/env.pem"_s},
                         {u"OS_KEY"_s, u"/certs/env.key"_s}},
         .cloudNames = {u"envvars"_s},
         .defaultCloud = u"envvars"_s,
         .expected = fromEnv,
         .regions = {u"EnvRegion"_s},
         .relation = SdkRelation::AuthOptionsNotShown});
    return all;
}

} // namespace vpnaas::testing
