// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lifetime.h"
#include "resourcedescription.h"

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

template<>
struct ResourceTraits<IkePolicy> {
    using Draft = IkePolicyDraft;
    static constexpr ResourceKind kind = ResourceKind::IkePolicy;
    static constexpr QStringView singular = u"ikepolicy";
    static constexpr QStringView collection = u"ikepolicies";
    static constexpr QStringView path = u"/v2.0/vpn/ikepolicies";
    static constexpr QStringView slug = u"ike-policies";
    static constexpr QStringView wizardSlug = u"ike-policy";
    static constexpr QStringView cliNoun = u"ike policy";
    static constexpr QStringView notFoundType = u"IKEPolicyNotFound";
    static constexpr QStringView notFoundMessage = u"IKEPolicy %1 could not be found";
    static constexpr QStringView inUseType = u"IKEPolicyInUse";
    static constexpr QStringView inUseMessage
        = u"IKEPolicy %1 is in use by existing IPsecSiteConnection and can't be updated or deleted";
    static constexpr int inUseStatus = 409;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IKE policy");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IKE policies");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = IkePolicy;
        using D = IkePolicyDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create,
                attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"auth_algorithm", &T::authAlgorithm, &D::authAlgorithm, Access::Update));
        v(field(u"encryption_algorithm", &T::encryptionAlgorithm, &D::encryptionAlgorithm, Access::Update));
        v(field(u"phase1_negotiation_mode", &T::phase1NegotiationMode, &D::phase1NegotiationMode, Access::Update));
        v(field(u"lifetime", &T::lifetime, &D::lifetime, Access::Update));
        v(field(u"ike_version", &T::ikeVersion, &D::ikeVersion, Access::Update));
        v(field(u"pfs", &T::pfs, &D::pfs, Access::Update));
    }
};

} // namespace vpnaas
