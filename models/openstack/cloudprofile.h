// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/secret.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

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
    QString regionName;
    QStringList regions; // every region of regions:, in order (empty: none listed)
    QString interface = QStringLiteral("public");
    QString caCertFile;
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
