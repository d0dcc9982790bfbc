// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lifetime.h"
#include "resourcedescription.h"

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

template<>
struct ResourceTraits<IpsecPolicy> {
    using Draft = IpsecPolicyDraft;
    static constexpr ResourceKind kind = ResourceKind::IpsecPolicy;
    static constexpr QStringView singular = u"ipsecpolicy";
    static constexpr QStringView collection = u"ipsecpolicies";
    static constexpr QStringView path = u"/v2.0/vpn/ipsecpolicies";
    static constexpr QStringView slug = u"ipsec-policies";
    static constexpr QStringView wizardSlug = u"ipsec-policy";
    static constexpr QStringView cliNoun = u"ipsec policy";
    static constexpr QStringView notFoundType = u"IPsecPolicyNotFound";
    static constexpr QStringView notFoundMessage = u"IPsecPolicy %1 could not be found";
    static constexpr QStringView inUseType = u"IPsecPolicyInUse";
    static constexpr QStringView inUseMessage
        = u"IPsecPolicy %1 is in use by existing IPsecSiteConnection and can't be updated or deleted";
    static constexpr int inUseStatus = 409;
    static constexpr const char *displayName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec policy");
    static constexpr const char *displayPluralName = QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec policies");

    template<typename Visitor>
    static void describe(Visitor &&v)
    {
        using T = IpsecPolicy;
        using D = IpsecPolicyDraft;
        v(readOnly<T, D>(u"id", &T::id, attr::Uuid | attr::Sortable));
        v(field(u"project_id", &T::projectId, &D::projectId, Access::Create,
                attr::Project | attr::Text255 | attr::Sortable));
        v(field(u"name", &T::name, &D::name, Access::Update, attr::Text255 | attr::Sortable));
        v(field(u"description", &T::description, &D::description, Access::Update, attr::Text255));
        v(field(u"transform_protocol", &T::transformProtocol, &D::transformProtocol, Access::Update));
        v(field(u"auth_algorithm", &T::authAlgorithm, &D::authAlgorithm, Access::Update));
        v(field(u"encryption_algorithm", &T::encryptionAlgorithm, &D::encryptionAlgorithm, Access::Update));
        v(field(u"encapsulation_mode", &T::encapsulationMode, &D::encapsulationMode, Access::Update));
        v(field(u"lifetime", &T::lifetime, &D::lifetime, Access::Update));
        v(field(u"pfs", &T::pfs, &D::pfs, Access::Update));
    }
};

} // namespace vpnaas
