// SPDX-License-Identifier: Apache-2.0
#include "enums.h"

namespace vpnaas {

using E = EncryptionAlgorithm;
const std::array<EnumEntry<E>, 25> EnumInfo<E>::entries{{
    {E::TripleDes, u"3des"},
    {E::Aes128, u"aes-128"},
    {E::Aes192, u"aes-192"},
    {E::Aes256, u"aes-256"},
    {E::Aes128Ctr, u"aes-128-ctr"},
    {E::Aes192Ctr, u"aes-192-ctr"},
    {E::Aes256Ctr, u"aes-256-ctr"},
    {E::Aes128Ccm8, u"aes-128-ccm-8"},
    {E::Aes128Ccm12, u"aes-128-ccm-12"},
    {E::Aes128Ccm16, u"aes-128-ccm-16"},
    {E::Aes192Ccm8, u"aes-192-ccm-8"},
    {E::Aes192Ccm12, u"aes-192-ccm-12"},
    {E::Aes192Ccm16, u"aes-192-ccm-16"},
    {E::Aes256Ccm8, u"aes-256-ccm-8"},
    {E::Aes256Ccm12, u"aes-256-ccm-12"},
    {E::Aes256Ccm16, u"aes-256-ccm-16"},
    {E::Aes128Gcm8, u"aes-128-gcm-8"},
    {E::Aes128Gcm12, u"aes-128-gcm-12"},
    {E::Aes128Gcm16, u"aes-128-gcm-16"},
    {E::Aes192Gcm8, u"aes-192-gcm-8"},
    {E::Aes192Gcm12, u"aes-192-gcm-12"},
    {E::Aes192Gcm16, u"aes-192-gcm-16"},
    {E::Aes256Gcm8, u"aes-256-gcm-8"},
    {E::Aes256Gcm12, u"aes-256-gcm-12"},
    {E::Aes256Gcm16, u"aes-256-gcm-16"},
}};

using A = AuthAlgorithm;
const std::array<EnumEntry<A>, 6> EnumInfo<A>::entries{{
    {A::Sha1, u"sha1"},
    {A::Sha256, u"sha256"},
    {A::Sha384, u"sha384"},
    {A::Sha512, u"sha512"},
    {A::AesXcbc, u"aes-xcbc"},
    {A::AesCmac, u"aes-cmac"},
}};

using P = PfsGroup;
const std::array<EnumEntry<P>, 20> EnumInfo<P>::entries{{
    {P::Group2, u"group2"},   {P::Group5, u"group5"},   {P::Group14, u"group14"}, {P::Group15, u"group15"},
    {P::Group16, u"group16"}, {P::Group17, u"group17"}, {P::Group18, u"group18"}, {P::Group19, u"group19"},
    {P::Group20, u"group20"}, {P::Group21, u"group21"}, {P::Group22, u"group22"}, {P::Group23, u"group23"},
    {P::Group24, u"group24"}, {P::Group25, u"group25"}, {P::Group26, u"group26"}, {P::Group27, u"group27"},
    {P::Group28, u"group28"}, {P::Group29, u"group29"}, {P::Group30, u"group30"}, {P::Group31, u"group31"},
}};

const std::array<EnumEntry<IkeVersion>, 2> EnumInfo<IkeVersion>::entries{{
    {IkeVersion::V1, u"v1"},
    {IkeVersion::V2, u"v2"},
}};

const std::array<EnumEntry<Phase1NegotiationMode>, 2> EnumInfo<Phase1NegotiationMode>::entries{{
    {Phase1NegotiationMode::Main, u"main"},
    {Phase1NegotiationMode::Aggressive, u"aggressive"},
}};

const std::array<EnumEntry<TransformProtocol>, 3> EnumInfo<TransformProtocol>::entries{{
    {TransformProtocol::Esp, u"esp"},
    {TransformProtocol::Ah, u"ah"},
    {TransformProtocol::AhEsp, u"ah-esp"},
}};

const std::array<EnumEntry<EncapsulationMode>, 2> EnumInfo<EncapsulationMode>::entries{{
    {EncapsulationMode::Tunnel, u"tunnel"},
    {EncapsulationMode::Transport, u"transport"},
}};

const std::array<EnumEntry<LifetimeUnits>, 1> EnumInfo<LifetimeUnits>::entries{{
    {LifetimeUnits::Seconds, u"seconds"},
}};

const std::array<EnumEntry<Initiator>, 2> EnumInfo<Initiator>::entries{{
    {Initiator::BiDirectional, u"bi-directional"},
    {Initiator::ResponseOnly, u"response-only"},
}};

const std::array<EnumEntry<DpdAction>, 5> EnumInfo<DpdAction>::entries{{
    {DpdAction::Clear, u"clear"},
    {DpdAction::Disabled, u"disabled"},
    {DpdAction::Hold, u"hold"},
    {DpdAction::Restart, u"restart"},
    {DpdAction::RestartByPeer, u"restart-by-peer"},
}};

const std::array<EnumEntry<EndpointGroupType>, 5> EnumInfo<EndpointGroupType>::entries{{
    {EndpointGroupType::Subnet, u"subnet"},
    {EndpointGroupType::Cidr, u"cidr"},
    {EndpointGroupType::Network, u"network"},
    {EndpointGroupType::Router, u"router"},
    {EndpointGroupType::Vlan, u"vlan"},
}};

const std::array<EnumEntry<ResourceStatus>, 7> EnumInfo<ResourceStatus>::entries{{
    {ResourceStatus::Active, u"ACTIVE"},
    {ResourceStatus::Down, u"DOWN"},
    {ResourceStatus::Build, u"BUILD"},
    {ResourceStatus::Error, u"ERROR"},
    {ResourceStatus::PendingCreate, u"PENDING_CREATE"},
    {ResourceStatus::PendingUpdate, u"PENDING_UPDATE"},
    {ResourceStatus::PendingDelete, u"PENDING_DELETE"},
}};

bool isAead(EncryptionAlgorithm algorithm)
{
    return apiName(algorithm).contains(u"-ccm-") || apiName(algorithm).contains(u"-gcm-");
}

bool isWeak(EncryptionAlgorithm algorithm)
{
    return algorithm == EncryptionAlgorithm::TripleDes;
}

bool isWeak(AuthAlgorithm algorithm)
{
    return algorithm == AuthAlgorithm::Sha1;
}

bool isWeak(PfsGroup group)
{
    return group == PfsGroup::Group2 || group == PfsGroup::Group5 || group == PfsGroup::Group22;
}

bool isPending(ResourceStatus status)
{
    return status == ResourceStatus::PendingCreate || status == ResourceStatus::PendingUpdate
        || status == ResourceStatus::PendingDelete;
}

} // namespace vpnaas
