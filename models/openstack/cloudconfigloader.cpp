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
    for (const QString &dir : QStringList{where.currentDir, where.configHome + u"/openstack"_s, where.systemDir}) {
        if (dir.isEmpty())
            continue;
        for (const QString &ext : kExtensions)
            result.append(QDir(dir).filePath(base + u'.' + ext));
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
    return same(where.currentDir) && !same(where.configHome + u"/openstack"_s) && !same(where.systemDir);
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

CloudProfile profileFrom(const QString &name, const QVariantMap &cloud, const QString &source)
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
    for (const QVariant &region : cloud.value(u"regions"_s).toList()) {
        const QString regionName = region.typeId() == QMetaType::QVariantMap
            ? region.toMap().value(u"name"_s).toString()
            : region.toString();
        if (!regionName.isEmpty())
            p.regions.append(regionName);
    }
    if (p.regionName.isEmpty() && !p.regions.isEmpty())
        p.regionName = p.regions.first();
    p.interface = normalisedInterface(cloud.value(u"interface"_s).toString());
    p.caCertFile = cloud.value(u"cacert"_s).toString();
    if (cloud.contains(u"verify"_s))
        p.verifyTls = !isFalse(cloud.value(u"verify"_s).toString());
    if (cloud.contains(u"insecure"_s) && isTrue(cloud.value(u"insecure"_s).toString()))
        p.verifyTls = false;
    const QString type = cloud.value(u"auth_type"_s).toString();
    p.authTypeName = type.isEmpty() ? inferredAuthType(p) : type;
    return p;
}

} // namespace

CloudConfigLoader::Locations CloudConfigLoader::defaultLocations()
{
    Locations where;
    where.currentDir = QDir::currentPath();
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    where.configHome = xdg.isEmpty() ? QDir::homePath() + u"/.config"_s : xdg;
    return where;
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
        {"OS_AUTH_TYPE", "auth_type"}, {"OS_REGION_NAME", "region_name"}, {"OS_INTERFACE", "interface"},
        {"OS_CACERT", "cacert"},       {"OS_INSECURE", "insecure"},
    };
    for (const auto &[variable, key] : cloudKeys) {
        const QString value = env.value(QString::fromLatin1(variable));
        if (!value.isEmpty())
            cloud.insert(QString::fromLatin1(key), value);
    }
    return profileFrom(u"envvars"_s, cloud, u"environment"_s);
}

namespace {

void appendClouds(CloudConfig &config, const QVariantMap &clouds, const QString &file,
                  const QSet<QString> &foreignClouds)
{
    for (auto it = clouds.cbegin(); it != clouds.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QVariantMap) {
            config.errors.append(Text::tr("%1:1: cloud \"%2\" is not a mapping").arg(file, it.key()));
            continue;
        }
        config.clouds.append(profileFrom(it.key(), it.value().toMap(), file));
        config.clouds.last().fromWorkingDirectory = foreignClouds.contains(it.key());
    }
}

} // namespace

CloudConfig CloudConfigLoader::fromText(const QByteArray &text, const QString &path)
{
    CloudConfig config;
    if (const auto root = parseYaml(text, path, config.errors))
        appendClouds(config, root->value(u"clouds"_s).toMap(), path, {});
    return config;
}

CloudConfig CloudConfigLoader::load(const QProcessEnvironment &env, const Locations &where, const QString &chosenCloud)
{
    CloudConfig config;
    const QString explicitClouds = env.value(u"OS_CLIENT_CONFIG_FILE"_s);
    const QString explicitSecure = env.value(u"OS_CLIENT_SECURE_FILE"_s);
    const QString cloudsFile = firstExisting(candidates(explicitClouds, u"clouds"_s, where));
    const QString secureFile = firstExisting(candidates(explicitSecure, u"secure"_s, where));
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
    appendClouds(config, clouds, cloudsFile, foreignClouds);
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
    for (const CloudProfile &profile : std::as_const(config.clouds)) {
        if (profile.authType() == CloudProfile::AuthType::Unsupported) {
            config.errors.append(Text::tr("%1: cloud \"%2\" uses auth_type \"%3\", which the console does not support")
                                     .arg(profile.source, profile.name, profile.authTypeName));
        }
    }
    qCDebug(lcOpenStack) << "clouds.yaml:" << cloudsFile << "secure.yaml:" << secureFile
                         << "clouds:" << config.clouds.size();
    return config;
}

} // namespace vpnaas::openstack
