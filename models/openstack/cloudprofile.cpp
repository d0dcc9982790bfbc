// SPDX-License-Identifier: Apache-2.0
#include "cloudprofile.h"

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {

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

const CloudProfile *CloudConfig::cloud(const QString &name) const
{
    for (const CloudProfile &profile : clouds) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

} // namespace vpnaas::openstack
