// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/secret.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace vpnaas::openstack {

/*!
 * One cloud as openstacksdk resolves it from clouds.yaml/secure.yaml or the OS_* variables.
 * Secrets (password, application credential secret, token) are Secrets: never logged.
 */
struct CloudProfile {
    enum class AuthType { Password, ApplicationCredential, Token, None, Unsupported };

    QString name;
    QString source; // the file it came from, or "environment"
    QString authTypeName = QStringLiteral("password");
    QUrl authUrl;
    QString username;
    QString userId;
    QString userDomainName;
    QString userDomainId;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    Secret password;
    QString applicationCredentialId;
    QString applicationCredentialName;
    Secret applicationCredentialSecret;
    Secret token;
    QUrl endpoint; // auth_type none: the service endpoint itself
    QUrl networkEndpointOverride;
    /*! The region in use: the first of regions unless one was selected (selectRegion(), OS_REGION_NAME). */
    QString regionName;
    /*!
     * Every region the cloud names, in order, as openstacksdk's _get_known_regions() finds them: its
     * own regions: (names or name/values mappings), else its region_name (comma-separated), else its
     * profile's regions:, else the profile's region_name. Empty when none is named (then any region
     * may be selected).
     */
    QStringList regions;
    /*!
     * The cloud as resolved for each entry of regions, in the same order, with that region's
     * values: applied (openstacksdk's get_one(region_name=...)); use forRegion(). The entries' own
     * regionProfiles are empty. A std::vector because it may hold the type being defined.
     */
    std::vector<CloudProfile> regionProfiles;
    QString interface = QStringLiteral("public");
    QString caCertFile; // "~/" expanded, as openstacksdk's get_requests_verify_args()
    QString clientCertFile; // cert, or OS_CERT: a PEM certificate (and the key when clientKeyFile is empty)
    QString clientKeyFile; // key, or OS_KEY: an unencrypted PEM private key; ignored without a cert, as in openstacksdk
    bool verifyTls = true;
    /*!
     * Its clouds.yaml (or the secure.yaml merged into it) is in the working directory the
     * console was started in: it is not connected to unless the user chooses it.
     */
    bool fromWorkingDirectory = false;

    AuthType authType() const;
    /*! Credentials (password, application credential secret, token) go to an http:// auth_url. */
    bool sendsCredentialsInClear() const;
    /*!
     * What the user must know before trusting this cloud, translated, one sentence each: its
     * credentials travel in clear (plain http), its TLS certificates are not verified. Never a secret;
     * URLs without user-info.
     */
    QStringList securityWarnings() const;
    /*! The Neutron endpoint given directly (override or auth_type none), if any. */
    QUrl fixedNetworkEndpoint() const;
    /*!
     * This cloud for region \a name: the entry of regionProfiles for it (its values: applied; this
     * profile when regionProfiles lacks it, as in one made by hand),
     * with regions and regionProfiles kept so that another region can be selected later. When
     * regions is empty, this profile with regionName set to \a name. A name that is not one of
     * regions returns this profile unchanged; CloudConfigLoader::selectRegion() says why.
     */
    CloudProfile forRegion(const QString &name) const;

    bool operator==(const CloudProfile &other) const = default;
};

/*! Everything found: the clouds, which one is the default, and what was wrong. */
struct CloudConfig {
    QList<CloudProfile> clouds;
    QString defaultCloud; // OS_CLOUD, or "envvars" when only variables are set
    QStringList filesRead;
    QStringList errors; // "file:line: message", translated
    QStringList warnings; // what was loaded but withheld (see CloudConfigLoader), translated

    const CloudProfile *cloud(const QString &name) const;
};

} // namespace vpnaas::openstack
