// SPDX-License-Identifier: Apache-2.0
#include "cloudconfigloader.h"

#include "openstacklogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QVariant>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::CloudConfig)
};

const QStringList kExtensions{u"yaml"_s, u"yml"_s, u"json"_s};

/*!
 * The input limits of one configuration file. A YAML alias is a reference, so a few hundred
 * bytes can stand for billions of nodes once expanded: the 479-byte seven-level alias bomb of
 * the December 2026 review took 41.9 s and 670 MB here, ×10 a level. A real clouds.yaml is a
 * few kilobytes and a few hundred nodes; these limits are far above that and far below harm.
 */
constexpr qint64 kMaximumFileBytes = qint64(1024) * 1024;
constexpr int kMaximumNodes = 20000; // counted as expanded: every visit of an aliased node counts
constexpr int kMaximumDepth = 64;

/*! Thrown by toVariant() when a limit is passed; the message is translated. */
struct LimitExceeded {
    QString message;
};

void spend(int &budget)
{
    if (--budget < 0)
        throw LimitExceeded{Text::tr("more than %1 values once YAML aliases are expanded; a clouds.yaml is "
                                     "far smaller (are aliases nested?)")
                                .arg(kMaximumNodes)};
}

/*! The node as QVariantMap/QVariantList/QString, spending one of \a budget per value and key. */
QVariant toVariant(const YAML::Node &node, int &budget, int depth)
{
    spend(budget);
    if (depth > kMaximumDepth)
        throw LimitExceeded{Text::tr("nested deeper than %1 levels").arg(kMaximumDepth)};
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it) {
            spend(budget);
            map.insert(QString::fromStdString(it->first.as<std::string>()), toVariant(it->second, budget, depth + 1));
        }
        return map;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item, budget, depth + 1));
        return list;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default:
        return {};
    }
}

/*! The error for a file of \a size bytes, over kMaximumFileBytes. */
void tooLarge(const QString &path, qint64 size, QStringList &errors)
{
    errors.append(Text::tr("%1:1: the file is %2 bytes; a cloud configuration is at most %3")
                      .arg(path)
                      .arg(size)
                      .arg(kMaximumFileBytes));
}

/*! Parses the YAML (or JSON) text of \a path; on error adds "file:line: message" and returns nothing. */
std::optional<QVariantMap> parseYaml(const QByteArray &text, const QString &path, QStringList &errors)
{
    if (text.size() > kMaximumFileBytes) {
        tooLarge(path, text.size(), errors);
        return std::nullopt;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (root.IsNull())
            return QVariantMap();
        if (!root.IsMap()) {
            errors.append(Text::tr("%1:1: the file is not a mapping (expected \"clouds:\")").arg(path));
            return std::nullopt;
        }
        int budget = kMaximumNodes;
        return toVariant(root, budget, 0).toMap();
    } catch (const LimitExceeded &e) {
        errors.append(Text::tr("%1:1: the file was not read: %2").arg(path, e.message));
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        errors.append(Text::tr("%1:%2: %3").arg(path).arg(line).arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
}

/*! Reads and parses \a path (at most kMaximumFileBytes); on error adds "file:line: message". */
std::optional<QVariantMap> readFile(const QString &path, QStringList &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(Text::tr("%1:1: cannot read the file: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaximumFileBytes) {
        tooLarge(path, file.size(), errors);
        return std::nullopt;
    }
    // Read what is there (not a buffer of the cap's size for a file of a few hundred bytes),
    // at most one byte past the cap: a file that grew since size() is refused by parseYaml().
    QByteArray text;
    while (text.size() <= kMaximumFileBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(qint64(64) * 1024, kMaximumFileBytes + 1 - text.size()));
        if (chunk.isEmpty())
            break;
        text += chunk;
    }
    return parseYaml(text, path, errors);
}

QString firstExisting(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

QStringList candidates(const QString &explicitFile, const QString &base, const CloudConfigLoader::Locations &where)
{
    QStringList result;
    if (!explicitFile.isEmpty())
        result.append(explicitFile);
    // os.path.join(d, base + suffix): plain concatenation, so that the multipath site folder
    // "/a/openstack:/b/openstack" is searched as the same literal path openstacksdk tries.
    for (const QString &dir : where.directories()) {
        for (const QString &ext : kExtensions)
            result.append(dir + (dir.endsWith(u'/') ? QString() : u"/"_s) + base + u'.' + ext);
    }
    return result;
}

/*! \a file lies in the working directory, which is not one of the user's or the system's configuration folders. */
bool isWorkingDirectoryFile(const QString &file, const CloudConfigLoader::Locations &where)
{
    if (where.currentDir.isEmpty())
        return false;
    const QString folder = QFileInfo(file).absolutePath();
    const auto same = [&](const QString &dir) { return !dir.isEmpty() && QFileInfo(dir).absoluteFilePath() == folder; };
    return same(where.currentDir) && !same(where.userConfigDir) && !same(where.unixConfigDir)
        && !same(where.siteConfigDir) && !same(where.systemDir);
}

QVariantMap merged(QVariantMap base, const QVariantMap &overlay)
{
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap && base.value(it.key()).typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), merged(base.value(it.key()).toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

/*! openstacksdk's _util.normalize_keys(): '-' in keys becomes '_', at every level. */
QVariantMap normalizedKeys(const QVariantMap &map)
{
    QVariantMap result;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QString key = it.key();
        key.replace(u'-', u'_');
        result.insert(key,
                      it.value().typeId() == QMetaType::QVariantMap ? QVariant(normalizedKeys(it.value().toMap()))
                                                                    : it.value());
    }
    return result;
}

/*!
 * openstacksdk's _auth_update(): \a overlay's values replace \a base's, except auth, whose keys
 * are merged one level deep (dict.update()).
 */
QVariantMap authUpdate(QVariantMap base, const QVariantMap &overlay)
{
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it) {
        if (it.key() == u"auth" && base.value(it.key()).typeId() == QMetaType::QVariantMap
            && it.value().typeId() == QMetaType::QVariantMap) {
            QVariantMap auth = base.value(it.key()).toMap();
            const QVariantMap more = it.value().toMap();
            for (auto a = more.cbegin(); a != more.cend(); ++a)
                auth.insert(a.key(), a.value());
            base.insert(it.key(), auth);
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

/*! os.path.expanduser() for "~" and "~/…" (what get_requests_verify_args() applies to cacert, cert and key). */
QString expandedUser(const QString &path, const QString &home)
{
    if (path == u"~")
        return home;
    if (path.startsWith(u"~/"))
        return home + path.mid(1);
    return path;
}

bool isFalse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"false" || t == u"no" || t == u"0" || t == u"off";
}

bool isTrue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"true" || t == u"yes" || t == u"1" || t == u"on";
}

QString normalisedInterface(QString interface)
{
    interface = interface.trimmed().toLower();
    if (interface.endsWith(u"url"))
        interface.chop(3);
    return interface.isEmpty() ? u"public"_s : interface;
}

QString inferredAuthType(const CloudProfile &p)
{
    if (!p.applicationCredentialId.isEmpty() || !p.applicationCredentialSecret.isEmpty())
        return u"v3applicationcredential"_s;
    if (!p.authUrl.isValid() && p.endpoint.isValid())
        return u"none"_s;
    if (!p.token.isEmpty() && p.password.isEmpty())
        return u"token"_s;
    return u"password"_s;
}

CloudProfile profileFrom(const QString &name, const QVariantMap &cloud, const QString &source, const QString &home)
{
    CloudProfile p;
    p.name = name;
    p.source = source;
    const QVariantMap auth = cloud.value(u"auth"_s).toMap();
    auto a = [&](const char *key) { return auth.value(QString::fromLatin1(key)).toString(); };
    p.authUrl = QUrl(a("auth_url"));
    p.username = a("username");
    p.userId = a("user_id");
    p.password = Secret(a("password"));
    p.projectName = a("project_name").isEmpty() ? a("tenant_name") : a("project_name");
    p.projectId = a("project_id").isEmpty() ? a("tenant_id") : a("project_id");
    const QString domain = a("domain_name");
    p.userDomainName = a("user_domain_name").isEmpty() ? domain : a("user_domain_name");
    p.userDomainId = a("user_domain_id");
    p.projectDomainName = a("project_domain_name").isEmpty() ? domain : a("project_domain_name");
    p.projectDomainId = a("project_domain_id");
    p.applicationCredentialId = a("application_credential_id");
    p.applicationCredentialName = a("application_credential_name");
    p.applicationCredentialSecret = Secret(a("application_credential_secret"));
    p.token = Secret(a("token"));
    p.endpoint = QUrl(a("endpoint"));
    p.networkEndpointOverride = QUrl(cloud.value(u"network_endpoint_override"_s).toString());
    p.regionName = cloud.value(u"region_name"_s).toString();
    p.interface = normalisedInterface(cloud.value(u"interface"_s).toString());
    p.caCertFile = expandedUser(cloud.value(u"cacert"_s).toString(), home);
    p.clientCertFile = expandedUser(cloud.value(u"cert"_s).toString(), home);
    p.clientKeyFile = expandedUser(cloud.value(u"key"_s).toString(), home);
    if (cloud.contains(u"verify"_s))
        p.verifyTls = !isFalse(cloud.value(u"verify"_s).toString());
    if (cloud.contains(u"insecure"_s) && isTrue(cloud.value(u"insecure"_s).toString()))
        p.verifyTls = false;
    const QString type = cloud.value(u"auth_type"_s).toString();
    p.authTypeName = type.isEmpty() ? inferredAuthType(p) : type;
    return p;
}

} // namespace

QStringList CloudConfigLoader::Locations::directories() const
{
    QStringList result;
    for (const QString &dir : {currentDir, userConfigDir, unixConfigDir, siteConfigDir, systemDir}) {
        if (!dir.isEmpty())
            result.append(dir);
    }
    return result;
}

CloudConfigLoader::Locations CloudConfigLoader::locationsFor(const QProcessEnvironment &env, const QString &currentDir)
{
    // os.path.expanduser(): $HOME, else the password database's (QDir::homePath() falls back likewise).
    const QString home = env.contains(u"HOME"_s) ? env.value(u"HOME"_s) : QDir::homePath();
    const auto expanded = [&](const QString &path) {
        const QString full = expandedUser(path, home);
        return full.isEmpty() || QDir::isAbsolutePath(full) ? full : QDir(currentDir).filePath(full);
    };
    const auto chopped = [](QString path) {
        while (path.endsWith(u'/'))
            path.chop(1);
        return path;
    };
    Locations where;
    where.currentDir = currentDir;
    where.home = home;
    // appdirs.user_config_dir(): os.getenv('XDG_CONFIG_HOME', os.path.expanduser('~/.config')) + '/openstack'.
    const QString configHome
        = env.contains(u"XDG_CONFIG_HOME"_s) ? env.value(u"XDG_CONFIG_HOME"_s) : home + u"/.config"_s;
    where.userConfigDir
        = configHome.isEmpty() ? expanded(u"openstack"_s) : expanded(chopped(configHome)) + u"/openstack"_s;
    // loader.py's UNIX_CONFIG_HOME.
    const QString snapHome = env.value(u"SNAP_REAL_HOME"_s);
    where.unixConfigDir = (snapHome.isEmpty() ? home : snapHome) + u"/.config/openstack"_s;
    // appdirs.site_config_dir(multipath=True): every entry + '/openstack', joined by os.pathsep.
    const QString dirs = env.contains(u"XDG_CONFIG_DIRS"_s) ? env.value(u"XDG_CONFIG_DIRS"_s) : u"/etc/xdg"_s;
    QStringList site;
    for (const QString &dir : dirs.split(u':'))
        site.append(expandedUser(chopped(dir), home) + u"/openstack"_s);
    where.siteConfigDir = site.join(u':');
    if (!QDir::isAbsolutePath(where.siteConfigDir))
        where.siteConfigDir = QDir(currentDir).filePath(where.siteConfigDir);
    return where;
}

CloudConfigLoader::Locations CloudConfigLoader::defaultLocations()
{
    return locationsFor(QProcessEnvironment::systemEnvironment(), QDir::currentPath());
}

std::optional<CloudProfile> CloudConfigLoader::fromEnvironment(const QProcessEnvironment &env)
{
    static const QStringList triggers{u"OS_AUTH_URL"_s, u"OS_ENDPOINT"_s, u"OS_USERNAME"_s,
                                      u"OS_PASSWORD"_s, u"OS_TOKEN"_s,    u"OS_APPLICATION_CREDENTIAL_ID"_s};
    if (std::none_of(triggers.cbegin(), triggers.cend(), [&](const QString &key) { return !env.value(key).isEmpty(); }))
        return std::nullopt;
    QVariantMap auth;
    const std::pair<const char *, const char *> authKeys[] = {
        {"OS_AUTH_URL", "auth_url"},
        {"OS_USERNAME", "username"},
        {"OS_USER_ID", "user_id"},
        {"OS_PASSWORD", "password"},
        {"OS_PROJECT_NAME", "project_name"},
        {"OS_TENANT_NAME", "tenant_name"},
        {"OS_PROJECT_ID", "project_id"},
        {"OS_TENANT_ID", "tenant_id"},
        {"OS_USER_DOMAIN_NAME", "user_domain_name"},
        {"OS_USER_DOMAIN_ID", "user_domain_id"},
        {"OS_PROJECT_DOMAIN_NAME", "project_domain_name"},
        {"OS_PROJECT_DOMAIN_ID", "project_domain_id"},
        {"OS_DOMAIN_NAME", "domain_name"},
        {"OS_APPLICATION_CREDENTIAL_ID", "application_credential_id"},
        {"OS_APPLICATION_CREDENTIAL_NAME", "application_credential_name"},
        {"OS_APPLICATION_CREDENTIAL_SECRET", "application_credential_secret"},
        {"OS_TOKEN", "token"},
        {"OS_ENDPOINT", "endpoint"},
    };
    for (const auto &[variable, key] : authKeys) {
        const QString value = env.value(QString::fromLatin1(variable));
        if (!value.isEmpty())
            auth.insert(QString::fromLatin1(key), value);
    }
    QVariantMap cloud{{u"auth"_s, auth}};
    const std::pair<const char *, const char *> cloudKeys[] = {
        {"OS_AUTH_TYPE", "auth_type"}, {"OS_REGION_NAME", "region_name"},
        {"OS_INTERFACE", "interface"}, {"OS_CACERT", "cacert"},
        {"OS_CERT", "cert"},           {"OS_KEY", "key"},
    };
    for (const auto &[variable, key] : cloudKeys) {
        const QString value = env.value(QString::fromLatin1(variable));
        if (!value.isEmpty())
            cloud.insert(QString::fromLatin1(key), value);
    }
    // loader.py's get_boolean(): only a (case-insensitive) "true" string is true; "yes" or "1" is not.
    if (env.value(u"OS_INSECURE"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0)
        cloud.insert(u"insecure"_s, u"true"_s);
    const QString home = env.contains(u"HOME"_s) ? env.value(u"HOME"_s) : QDir::homePath();
    CloudProfile profile = profileFrom(u"envvars"_s, cloud, u"environment"_s, home);
    if (!profile.regionName.isEmpty()) {
        profile.regions = QStringList{profile.regionName};
        profile.regionProfiles = {profile};
    }
    return profile;
}

bool CloudConfigLoader::selectRegion(CloudProfile &profile, const QString &region, QString *error)
{
    if (region.isEmpty())
        return true;
    if (!profile.regions.isEmpty() && !profile.regions.contains(region)) {
        if (error) {
            *error = Text::tr("Region \"%1\" is not a valid region name for cloud \"%2\". Valid choices are %3. "
                              "Region names are case sensitive.")
                         .arg(region, profile.name, profile.regions.join(u", "_s));
        }
        return false;
    }
    profile = profile.forRegion(region);
    return true;
}

namespace {

/*!
 * The first clouds-public.yaml, read when the first cloud names a profile (as openstacksdk's
 * _load_vendor_file(), which is called only then).
 */
class VendorProfiles
{
public:
    VendorProfiles(QString file, bool foreign)
        : m_file(std::move(file))
        , m_foreign(foreign)
    {
    }

    QString file() const { return m_file; }
    /*! The file is in the working directory (see CloudConfigLoader). */
    bool isForeign() const { return m_foreign; }

    /*! The public-clouds: entry \a name, or nothing; a file that cannot be read adds its error once. */
    std::optional<QVariantMap> find(const QString &name, CloudConfig &config)
    {
        if (m_file.isEmpty())
            return std::nullopt;
        if (!m_read) {
            m_read = true;
            if (const auto root = readFile(m_file, config.errors)) {
                config.filesRead.append(m_file);
                m_clouds = root->value(u"public-clouds"_s).toMap();
            }
        }
        const QVariant entry = m_clouds.value(name);
        if (entry.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        return entry.toMap();
    }

private:
    QString m_file;
    bool m_foreign = false;
    bool m_read = false;
    QVariantMap m_clouds;
};

/*! One entry of regions:, expanded as openstacksdk's _expand_regions(). */
struct Region {
    QString name;
    QVariantMap values;
};

/*! _expand_regions(): a name, or a mapping of name and (optionally) values and nothing else. */
std::optional<QList<Region>> expandedRegions(const QVariant &regions)
{
    QList<Region> result;
    const QVariantList list = regions.typeId() == QMetaType::QVariantList ? regions.toList() : QVariantList{regions};
    for (const QVariant &entry : list) {
        if (entry.typeId() != QMetaType::QVariantMap) {
            result.append({entry.toString(), {}});
            continue;
        }
        const QVariantMap map = entry.toMap();
        const bool onlyKnownKeys = std::all_of(map.keyBegin(), map.keyEnd(),
                                               [](const QString &key) { return key == u"name" || key == u"values"; });
        const QVariant values = map.value(u"values"_s);
        if (!map.contains(u"name"_s) || !onlyKnownKeys
            || (map.contains(u"values"_s) && values.typeId() != QMetaType::QVariantMap))
            return std::nullopt;
        result.append({map.value(u"name"_s).toString(), values.toMap()});
    }
    return result;
}

/*!
 * The cloud \a name of \a file, resolved as openstacksdk's get_one(): its profile's values under
 * its own, the regions _get_known_regions() finds, each region's values on top. Nothing (and an
 * error) when its regions: has an invalid entry, which openstacksdk refuses too.
 */
std::optional<CloudProfile> resolvedCloud(const QString &name, const QVariantMap &raw, const QString &file,
                                          VendorProfiles &vendor, const QString &home, CloudConfig &config,
                                          bool &profileFromWorkingDirectory)
{
    profileFromWorkingDirectory = false;
    const QVariantMap own = normalizedKeys(raw);
    // _expand_vendor_profile(): profile, or the older cloud; none for the environment's cloud.
    const QString profileName
        = own.contains(u"profile"_s) ? own.value(u"profile"_s).toString() : own.value(u"cloud"_s).toString();
    QVariantMap base;
    if (!profileName.isEmpty() && profileName != u"envvars") {
        if (const auto profile = vendor.find(profileName, config)) {
            base = normalizedKeys(*profile);
            profileFromWorkingDirectory = vendor.isForeign();
        } else if (vendor.file().isEmpty()) {
            config.errors.append(Text::tr("%1: cloud \"%2\" uses profile \"%3\", but no clouds-public.yaml was found; "
                                          "the cloud is loaded without it")
                                     .arg(file, name, profileName));
        } else {
            config.errors.append(Text::tr("%1: cloud \"%2\" uses profile \"%3\", which is not defined in %4; the "
                                          "cloud is loaded without it")
                                     .arg(file, name, profileName, vendor.file()));
        }
    }
    QVariantMap resolved = authUpdate(base, own);
    resolved.remove(u"cloud"_s);
    resolved.remove(u"regions"_s);

    // _get_known_regions(): the cloud's regions, else its region_name (comma-separated), else the
    // profile's regions, else the profile's region_name.
    std::optional<QList<Region>> regions = QList<Region>();
    if (own.contains(u"regions"_s)) {
        regions = expandedRegions(own.value(u"regions"_s));
    } else if (own.contains(u"region_name"_s)) {
        // A list, or a string split at every comma (untrimmed, as str.split(',')).
        QVariant value = own.value(u"region_name"_s);
        if (value.typeId() != QMetaType::QVariantList) {
            QVariantList names;
            for (const QString &part : value.toString().split(u','))
                names.append(part);
            value = names;
        }
        regions = expandedRegions(value);
    } else if (!base.value(u"regions"_s).toList().isEmpty()) {
        regions = expandedRegions(base.value(u"regions"_s));
    } else if (!base.value(u"region_name"_s).toString().isEmpty()) {
        regions = QList<Region>{{base.value(u"region_name"_s).toString(), {}}};
    }
    if (!regions) {
        config.errors.append(Text::tr("%1: cloud \"%2\" has an invalid entry in regions: (an entry is a name, or a "
                                      "mapping of name and values)")
                                 .arg(file, name));
        return std::nullopt;
    }
    const auto forRegion = [&](const Region &region) {
        QVariantMap values = authUpdate(resolved, normalizedKeys(region.values));
        values.insert(u"region_name"_s, region.name);
        return profileFrom(name, values, file, home);
    };
    if (regions->isEmpty())
        return forRegion(Region());
    CloudProfile profile = forRegion(regions->first());
    for (const Region &region : std::as_const(*regions)) {
        profile.regions.append(region.name);
        profile.regionProfiles.push_back(forRegion(region));
    }
    return profile;
}

void appendClouds(CloudConfig &config, const QVariantMap &clouds, const QString &file, VendorProfiles &vendor,
                  const QString &home, const QSet<QString> &foreignClouds)
{
    for (auto it = clouds.cbegin(); it != clouds.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QVariantMap) {
            config.errors.append(Text::tr("%1:1: cloud \"%2\" is not a mapping").arg(file, it.key()));
            continue;
        }
        bool foreignProfile = false;
        std::optional<CloudProfile> profile
            = resolvedCloud(it.key(), it.value().toMap(), file, vendor, home, config, foreignProfile);
        if (!profile)
            continue;
        const bool foreign = foreignProfile || foreignClouds.contains(it.key());
        profile->fromWorkingDirectory = foreign;
        for (CloudProfile &regional : profile->regionProfiles)
            regional.fromWorkingDirectory = foreign;
        config.clouds.append(*profile);
    }
}

} // namespace

CloudConfig CloudConfigLoader::fromText(const QByteArray &text, const QString &path)
{
    CloudConfig config;
    VendorProfiles none({}, false);
    if (const auto root = parseYaml(text, path, config.errors))
        appendClouds(config, root->value(u"clouds"_s).toMap(), path, none, QDir::homePath(), {});
    return config;
}

CloudConfig CloudConfigLoader::load(const QProcessEnvironment &env, const Locations &where, const QString &chosenCloud)
{
    CloudConfig config;
    const QString explicitClouds = env.value(u"OS_CLIENT_CONFIG_FILE"_s);
    const QString explicitSecure = env.value(u"OS_CLIENT_SECURE_FILE"_s);
    const QString cloudsFile = firstExisting(candidates(explicitClouds, u"clouds"_s, where));
    const QString secureFile = firstExisting(candidates(explicitSecure, u"secure"_s, where));
    const QString vendorFile = firstExisting(candidates({}, u"clouds-public"_s, where));
    if (!explicitClouds.isEmpty() && !QFileInfo(explicitClouds).isFile()) {
        config.errors.append(
            Text::tr("%1:1: OS_CLIENT_CONFIG_FILE names a file that does not exist").arg(explicitClouds));
    }
    // A file found in the working directory is whatever the directory the console was started
    // in holds (a checkout, a download): foreign until the user picks one of its clouds.
    const bool cloudsForeign
        = !cloudsFile.isEmpty() && cloudsFile != explicitClouds && isWorkingDirectoryFile(cloudsFile, where);
    const bool secureForeign
        = !secureFile.isEmpty() && secureFile != explicitSecure && isWorkingDirectoryFile(secureFile, where);
    VendorProfiles vendor(vendorFile, !vendorFile.isEmpty() && isWorkingDirectoryFile(vendorFile, where));

    QVariantMap clouds;
    if (!cloudsFile.isEmpty()) {
        if (const auto root = readFile(cloudsFile, config.errors)) {
            config.filesRead.append(cloudsFile);
            clouds = root->value(u"clouds"_s).toMap();
        }
    }
    QSet<QString> foreignClouds;
    if (cloudsForeign) {
        for (auto it = clouds.cbegin(); it != clouds.cend(); ++it)
            foreignClouds.insert(it.key());
    }
    if (!secureFile.isEmpty()) {
        if (const auto root = readFile(secureFile, config.errors)) {
            config.filesRead.append(secureFile);
            QVariantMap secure = root->value(u"clouds"_s).toMap();
            // The secrets of one folder go to the clouds of another only when the user chose so:
            // a ./clouds.yaml redefining "prod" must not receive the password of the user's own
            // secure.yaml (the review's zero-click leak), nor a ./secure.yaml redirect the user's
            // clouds. Same folder, a file named by OS_CLIENT_*_FILE, or the cloud named on the
            // command line (--cloud) are choices; anything else is not merged.
            const bool sameFolder
                = !cloudsFile.isEmpty() && QFileInfo(cloudsFile).absolutePath() == QFileInfo(secureFile).absolutePath();
            if (!sameFolder && (cloudsForeign || secureForeign)) {
                QStringList withheld;
                for (auto it = secure.begin(); it != secure.end();) {
                    if (it.key() == chosenCloud || !clouds.contains(it.key())) {
                        ++it;
                        continue;
                    }
                    withheld.append(it.key());
                    it = secure.erase(it);
                }
                if (!withheld.isEmpty()) {
                    withheld.sort();
                    config.warnings.append(
                        Text::tr("%1 was not merged into %2 for %3: one of them is in the working directory. "
                                 "Name the cloud with --cloud to use both.")
                            .arg(QDir::toNativeSeparators(secureFile), QDir::toNativeSeparators(cloudsFile),
                                 withheld.join(u", "_s)));
                }
            }
            if (secureForeign) {
                for (auto it = secure.cbegin(); it != secure.cend(); ++it)
                    foreignClouds.insert(it.key());
            }
            clouds = merged(clouds, secure);
        }
    }
    const QString home = where.home.isEmpty() ? QDir::homePath() : where.home;
    appendClouds(config, clouds, cloudsFile, vendor, home, foreignClouds);
    if (const auto fromEnv = fromEnvironment(env))
        config.clouds.append(*fromEnv);

    const QString wanted = env.value(u"OS_CLOUD"_s);
    if (!wanted.isEmpty()) {
        if (config.cloud(wanted))
            config.defaultCloud = wanted;
        else
            config.errors.append(Text::tr("OS_CLOUD names \"%1\", which no clouds.yaml defines").arg(wanted));
    } else if (config.cloud(u"envvars"_s)) {
        config.defaultCloud = u"envvars"_s;
    }
    // openstackclient's --os-region-name defaults to OS_REGION_NAME and applies to the cloud it
    // uses. Here: every cloud that has that region (or names none); one that does not keeps its
    // first region, and that is an error for the cloud the console will use (named with --cloud,
    // else OS_CLOUD's), as openstack refuses it.
    const QString region = env.value(u"OS_REGION_NAME"_s);
    const QString used = config.cloud(chosenCloud) ? chosenCloud : config.defaultCloud;
    for (CloudProfile &profile : config.clouds) {
        if (region.isEmpty() || profile.source == u"environment")
            continue;
        QString error;
        if (!selectRegion(profile, region, &error) && profile.name == used)
            config.errors.append(Text::tr("OS_REGION_NAME: %1").arg(error));
    }
    for (const CloudProfile &profile : std::as_const(config.clouds)) {
        if (profile.authType() == CloudProfile::AuthType::Unsupported) {
            config.errors.append(Text::tr("%1: cloud \"%2\" uses auth_type \"%3\", which the console does not support")
                                     .arg(profile.source, profile.name, profile.authTypeName));
        }
    }
    qCDebug(lcOpenStack) << "clouds.yaml:" << cloudsFile << "secure.yaml:" << secureFile
                         << "clouds-public.yaml:" << vendorFile << "clouds:" << config.clouds.size();
    return config;
}

} // namespace vpnaas::openstack
