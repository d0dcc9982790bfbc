// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <type_traits>

/*!
 * Every value the Neutron VPNaaS API allows for its enumerated attributes, with the exact API
 * spelling (case-sensitive, lower case). Lists cover Zed (neutron-lib 3.1) and 2025.1+
 * (neutron-lib >= 3.18 with the vpn-aes-ctr extension); which of them a server accepts is
 * decided by ServerCapabilities.
 */
namespace vpnaas {

enum class EncryptionAlgorithm {
    TripleDes,
    Aes128,
    Aes192,
    Aes256,
    // 2025.1+ (vpn-aes-ctr)
    Aes128Ctr,
    Aes192Ctr,
    Aes256Ctr,
    // 2025.1+ AEAD (arrived with vpn-aes-ctr)
    Aes128Ccm8,
    Aes128Ccm12,
    Aes128Ccm16,
    Aes192Ccm8,
    Aes192Ccm12,
    Aes192Ccm16,
    Aes256Ccm8,
    Aes256Ccm12,
    Aes256Ccm16,
    Aes128Gcm8,
    Aes128Gcm12,
    Aes128Gcm16,
    Aes192Gcm8,
    Aes192Gcm12,
    Aes192Gcm16,
    Aes256Gcm8,
    Aes256Gcm12,
    Aes256Gcm16,
};

enum class AuthAlgorithm { Sha1, Sha256, Sha384, Sha512, AesXcbc, AesCmac };

enum class PfsGroup {
    Group2,
    Group5,
    Group14,
    Group15,
    Group16,
    Group17,
    Group18,
    Group19,
    Group20,
    Group21,
    Group22,
    Group23,
    Group24,
    Group25,
    Group26,
    Group27,
    Group28,
    Group29,
    Group30,
    Group31,
};

enum class IkeVersion { V1, V2 };
enum class Phase1NegotiationMode { Main, Aggressive };
enum class TransformProtocol { Esp, Ah, AhEsp };
enum class EncapsulationMode { Tunnel, Transport };
enum class LifetimeUnits { Seconds };
enum class Initiator { BiDirectional, ResponseOnly };
enum class DpdAction { Clear, Disabled, Hold, Restart, RestartByPeer };
enum class EndpointGroupType { Subnet, Cidr, Network, Router, Vlan };
enum class ResourceStatus { Active, Down, Build, Error, PendingCreate, PendingUpdate, PendingDelete };

template<typename E>
struct EnumEntry {
    E value;
    QStringView api;
};

/*! Specialised for every enum above: `entries` lists each value with its API spelling. */
template<typename E>
struct EnumInfo;

#define VPNAAS_ENUM_INFO(E, N)                                                                                         \
    template<>                                                                                                         \
    struct EnumInfo<E> {                                                                                               \
        static const std::array<EnumEntry<E>, N> entries;                                                              \
    }

VPNAAS_ENUM_INFO(EncryptionAlgorithm, 25);
VPNAAS_ENUM_INFO(AuthAlgorithm, 6);
VPNAAS_ENUM_INFO(PfsGroup, 20);
VPNAAS_ENUM_INFO(IkeVersion, 2);
VPNAAS_ENUM_INFO(Phase1NegotiationMode, 2);
VPNAAS_ENUM_INFO(TransformProtocol, 3);
VPNAAS_ENUM_INFO(EncapsulationMode, 2);
VPNAAS_ENUM_INFO(LifetimeUnits, 1);
VPNAAS_ENUM_INFO(Initiator, 2);
VPNAAS_ENUM_INFO(DpdAction, 5);
VPNAAS_ENUM_INFO(EndpointGroupType, 5);
VPNAAS_ENUM_INFO(ResourceStatus, 7);

#undef VPNAAS_ENUM_INFO

/*! The API spelling of \a value ("aes-128", "group14", "bi-directional", ...). */
template<typename E>
QString apiName(E value)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.value == value)
            return entry.api.toString();
    }
    return {};
}

/*! The enum value for an API spelling; nothing for an unknown or differently-cased spelling. */
template<typename E>
std::optional<E> fromApiName(QStringView api)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.api == api)
            return entry.value;
    }
    return std::nullopt;
}

/*! Every value of \a E, in API documentation order. */
template<typename E>
QList<E> allValues()
{
    QList<E> values;
    values.reserve(qsizetype(EnumInfo<E>::entries.size()));
    for (const auto &entry : EnumInfo<E>::entries)
        values.append(entry.value);
    return values;
}

/*! All API spellings of \a E. */
template<typename E>
QStringList allApiNames()
{
    QStringList names;
    for (const auto &entry : EnumInfo<E>::entries)
        names.append(entry.api.toString());
    return names;
}

/*! True for the authenticated-encryption (CCM/GCM) algorithms, which carry their own integrity. */
bool isAead(EncryptionAlgorithm algorithm);

/*! Weak by today's standards: 3des, sha1, DH groups 2, 5 and 22 (1024-bit MODP or less). */
bool isWeak(EncryptionAlgorithm algorithm);
bool isWeak(AuthAlgorithm algorithm);
bool isWeak(PfsGroup group);
/*! The enumerations that have weak values: encryption, integrity and DH groups. */
template<typename E>
concept Weakable
    = std::is_same_v<E, EncryptionAlgorithm> || std::is_same_v<E, AuthAlgorithm> || std::is_same_v<E, PfsGroup>;

/*! PENDING_CREATE / PENDING_UPDATE / PENDING_DELETE: the server refuses updates in these. */
bool isPending(ResourceStatus status);

} // namespace vpnaas
