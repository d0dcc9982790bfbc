// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "enums.h"

#include <QStringList>

namespace vpnaas {

/*!
 * What a Neutron server accepts, derived from its extension aliases (GET /v2.0/extensions).
 * The vpn-aes-ctr extension (neutron-vpnaas >= 26.0.0, 2025.1) is the only visible marker that
 * the CCM/GCM, aes-xcbc/aes-cmac and DH 15-31 values are accepted too: they arrived together.
 */
struct ServerCapabilities {
    bool vpnaas = true;
    bool endpointGroups = true;
    bool flavors = false;
    bool aesCtr = false;

    /*! Zed (Debian 12's neutron-vpnaas 21.0.0): the lists the recorded fixtures come from. */
    static ServerCapabilities zed();
    /*! 2025.1 and later, with vpn-aes-ctr. */
    static ServerCapabilities epoxy();
    static ServerCapabilities fromExtensionAliases(const QStringList &aliases);

    bool extendedAlgorithms() const { return aesCtr; }

    QList<EncryptionAlgorithm> encryptionAlgorithms() const;
    QList<AuthAlgorithm> authAlgorithms() const;
    QList<PfsGroup> pfsGroups() const;

    bool accepts(EncryptionAlgorithm value) const;
    bool accepts(AuthAlgorithm value) const;
    bool accepts(PfsGroup value) const;

    bool operator==(const ServerCapabilities &other) const = default;
};

} // namespace vpnaas
