// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lifetime.h"

namespace vpnaas {

/*! An IKE (phase 1) policy as the server returns it. Defaults are the server's. */
struct IkePolicy {
    QString id;
    QString projectId;
    QString name;
    QString description;
    Choice<AuthAlgorithm> authAlgorithm = AuthAlgorithm::Sha1;
    Choice<EncryptionAlgorithm> encryptionAlgorithm = EncryptionAlgorithm::Aes128;
    Choice<Phase1NegotiationMode> phase1NegotiationMode = Phase1NegotiationMode::Main;
    Choice<IkeVersion> ikeVersion = IkeVersion::V1;
    Choice<PfsGroup> pfs = PfsGroup::Group5;
    Lifetime lifetime;

    bool operator==(const IkePolicy &other) const = default;
};

// The draft lives beside its resource: the two change together, field for field.
/*! What a create or update request sets; an empty optional is "not sent". */
struct IkePolicyDraft {
    std::optional<QString> projectId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<Choice<AuthAlgorithm>> authAlgorithm;
    std::optional<Choice<EncryptionAlgorithm>> encryptionAlgorithm;
    std::optional<Choice<Phase1NegotiationMode>> phase1NegotiationMode;
    std::optional<Choice<IkeVersion>> ikeVersion;
    std::optional<Choice<PfsGroup>> pfs;
    std::optional<LifetimeDraft> lifetime;

    bool operator==(const IkePolicyDraft &other) const = default;
};

} // namespace vpnaas
