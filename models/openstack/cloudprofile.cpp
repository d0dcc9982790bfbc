// SPDX-License-Identifier: Apache-2.0
#include "cloudprofile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::CloudProfile)
};
} // namespace

CloudProfile::AuthType CloudProfile::authType() const
{
    const QString type = authTypeName.toLower();
    if (type == u"password" || type == u"v3password")
        return AuthType::Password;
    if (type == u"v3applicationcredential" || type == u"applicationcredential")
        return AuthType::ApplicationCredential;
    if (type == u"token" || type == u"v3token")
        return AuthType::Token;
    if (type == u"none" || type == u"noauth")
        return AuthType::None;
    return AuthType::Unsupported;
}

QUrl CloudProfile::fixedNetworkEndpoint() const
{
    if (networkEndpointOverride.isValid() && !networkEndpointOverride.isEmpty())
        return networkEndpointOverride;
    if (authType() == AuthType::None)
        return endpoint;
    return {};
}

CloudProfile CloudProfile::forRegion(const QString &name) const
{
    if (regions.isEmpty()) {
        CloudProfile selected = *this;
        selected.regionName = name;
        return selected;
    }
    const qsizetype index = regions.indexOf(name);
    if (index < 0)
        return *this;
    // A profile made by hand (not by the loader) may list regions without their profiles.
    CloudProfile selected = std::size_t(index) < regionProfiles.size() ? regionProfiles[std::size_t(index)] : *this;
    selected.regionName = name;
    selected.regions = regions;
    selected.regionProfiles = regionProfiles;
    return selected;
}

bool CloudProfile::sendsCredentialsInClear() const
{
    const AuthType type = authType();
    const bool credentials = type == AuthType::Password || type == AuthType::ApplicationCredential
        || type == AuthType::Token || type == AuthType::Unsupported;
    return credentials && authUrl.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0;
}

QStringList CloudProfile::securityWarnings() const
{
    QStringList warnings;
    if (sendsCredentialsInClear()) {
        const QString what = authType() == AuthType::Password ? Text::tr("password")
            : authType() == AuthType::Token                   ? Text::tr("token")
                                                              : Text::tr("credentials");
        warnings.append(Text::tr("Cloud \"%1\" sends its %2 unencrypted over plain http to %3.")
                            .arg(name, what, authUrl.toDisplayString(QUrl::RemoveUserInfo)));
    }
    if (!verifyTls)
        warnings.append(Text::tr("TLS certificates of cloud \"%1\" are not verified (verify: false): anyone on the "
                                 "path can read and change its traffic.")
                            .arg(name));
    return warnings;
}

const CloudProfile *CloudConfig::cloud(const QString &name) const
{
    for (const CloudProfile &profile : clouds) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

} // namespace vpnaas::openstack
