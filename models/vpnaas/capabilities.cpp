// SPDX-License-Identifier: Apache-2.0
#include "capabilities.h"

using namespace Qt::StringLiterals;

namespace vpnaas {

ServerCapabilities ServerCapabilities::zed()
{
    return {};
}

ServerCapabilities ServerCapabilities::epoxy()
{
    ServerCapabilities caps;
    caps.flavors = true;
    caps.aesCtr = true;
    return caps;
}

ServerCapabilities ServerCapabilities::fromExtensionAliases(const QStringList &aliases)
{
    ServerCapabilities caps;
    caps.vpnaas = aliases.contains(u"vpnaas"_s);
    caps.endpointGroups = aliases.contains(u"vpn-endpoint-groups"_s);
    caps.flavors = aliases.contains(u"vpn-flavors"_s);
    caps.aesCtr = aliases.contains(u"vpn-aes-ctr"_s);
    return caps;
}

QList<EncryptionAlgorithm> ServerCapabilities::encryptionAlgorithms() const
{
    QList<EncryptionAlgorithm> result;
    for (EncryptionAlgorithm value : allValues<EncryptionAlgorithm>()) {
        if (accepts(value))
            result.append(value);
    }
    return result;
}

QList<AuthAlgorithm> ServerCapabilities::authAlgorithms() const
{
    QList<AuthAlgorithm> result;
    for (AuthAlgorithm value : allValues<AuthAlgorithm>()) {
        if (accepts(value))
            result.append(value);
    }
    return result;
}

QList<PfsGroup> ServerCapabilities::pfsGroups() const
{
    QList<PfsGroup> result;
    for (PfsGroup value : allValues<PfsGroup>()) {
        if (accepts(value))
            result.append(value);
    }
    return result;
}

bool ServerCapabilities::accepts(EncryptionAlgorithm value) const
{
    switch (value) {
    case EncryptionAlgorithm::TripleDes:
    case EncryptionAlgorithm::Aes128:
    case EncryptionAlgorithm::Aes192:
    case EncryptionAlgorithm::Aes256:
        return true;
    default:
        return extendedAlgorithms();
    }
}

bool ServerCapabilities::accepts(AuthAlgorithm value) const
{
    switch (value) {
    case AuthAlgorithm::AesXcbc:
    case AuthAlgorithm::AesCmac:
        return extendedAlgorithms();
    default:
        return true;
    }
}

bool ServerCapabilities::accepts(PfsGroup value) const
{
    switch (value) {
    case PfsGroup::Group2:
    case PfsGroup::Group5:
    case PfsGroup::Group14:
        return true;
    default:
        return extendedAlgorithms();
    }
}

} // namespace vpnaas
