// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lifetime.h"

namespace vpnaas {

/*! An IPsec (phase 2) policy as the server returns it. Defaults are the server's. */
struct IpsecPolicy {
    QString id;
    QString projectId;
    QString name;
    QString description;
    Choice<TransformProtocol> transformProtocol = TransformProtocol::Esp;
    Choice<AuthAlgorithm> authAlgorithm = AuthAlgorithm::Sha1;
    Choice<EncryptionAlgorithm> encryptionAlgorithm = EncryptionAlgorithm::Aes128;
    Choice<EncapsulationMode> encapsulationMode = EncapsulationMode::Tunnel;
    Choice<PfsGroup> pfs = PfsGroup::Group5;
    Lifetime lifetime;

    bool operator==(const IpsecPolicy &other) const = default;
};

// The draft lives beside its resource: the two change together, field for field.
struct IpsecPolicyDraft {
    std::optional<QString> projectId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<Choice<TransformProtocol>> transformProtocol;
    std::optional<Choice<AuthAlgorithm>> authAlgorithm;
    std::optional<Choice<EncryptionAlgorithm>> encryptionAlgorithm;
    std::optional<Choice<EncapsulationMode>> encapsulationMode;
    std::optional<Choice<PfsGroup>> pfs;
    std::optional<LifetimeDraft> lifetime;

    bool operator==(const IpsecPolicyDraft &other) const = default;
};

} // namespace vpnaas
