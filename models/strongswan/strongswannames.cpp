// SPDX-License-Identifier: Apache-2.0
#include "strongswannames.h"

#include "vpnaas/capabilities.h"
#include "vpnaas/enums.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace vpnaas::strongswan {
namespace {

struct NamePair {
    QStringView api;
    QStringView keyword;
};

// BaseSwanProcess.DIALECT_MAP of neutron-vpnaas 21.0.0 overlaid by StrongSwanProcess
// (device_drivers/ipsec.py and strongswan_ipsec.py): only the Zed API values plus group15.
constexpr NamePair kZedMap[] = {
    {u"3des", u"3des"},       {u"aes-128", u"aes128"},       {u"aes-192", u"aes192"},    {u"aes-256", u"aes256"},
    {u"sha256", u"sha256"},   {u"sha384", u"sha2_384"},      {u"sha512", u"sha2_512"},   {u"group2", u"modp1024"},
    {u"group5", u"modp1536"}, {u"group14", u"modp2048"},     {u"group15", u"modp3072"},  {u"v1", u"ikev1"},
    {u"v2", u"ikev2"},        {u"bi-directional", u"start"}, {u"response-only", u"add"},
};

// The DH groups of the master map; every keyword checked against strongSwan's
// proposal_keywords_static.txt (src/libstrongswan/crypto/).
constexpr NamePair kMasterGroups[] = {
    {u"group2", u"modp1024"},      {u"group5", u"modp1536"},      {u"group14", u"modp2048"},
    {u"group15", u"modp3072"},     {u"group16", u"modp4096"},     {u"group17", u"modp6144"},
    {u"group18", u"modp8192"},     {u"group19", u"ecp256"},       {u"group20", u"ecp384"},
    {u"group21", u"ecp521"},       {u"group22", u"modp1024s160"}, {u"group23", u"modp2048s224"},
    {u"group24", u"modp2048s256"}, {u"group25", u"ecp192"},       {u"group26", u"ecp224"},
    {u"group27", u"ecp224bp"},     {u"group28", u"ecp256bp"},     {u"group29", u"ecp384bp"},
    {u"group30", u"ecp512bp"},     {u"group31", u"curve25519"},
};

constexpr NamePair kMasterOther[] = {
    {u"sha256", u"sha256"},    {u"sha384", u"sha384"},        {u"sha512", u"sha512"},
    {u"aes-xcbc", u"aesxcbc"}, {u"aes-cmac", u"aescmac"},     {u"v1", u"ikev1"},
    {u"v2", u"ikev2"},         {u"bi-directional", u"start"}, {u"response-only", u"add"},
};

// Values the driver does not map but strongSwan understands as they are.
constexpr QStringView kPassThroughValid[] = {u"sha1", u"3des"};

template<std::size_t N>
const QStringView *lookup(const NamePair (&map)[N], QStringView api)
{
    for (const NamePair &pair : map) {
        if (pair.api == api)
            return &pair.keyword;
    }
    return nullptr;
}

/*! "aes-256-gcm-16" → {"256", "gcm", "16"}; "aes-128-ctr" → {"128", "ctr", ""}; "aes-192" → {"192", "", ""}. */
struct AesParts {
    QString bits;
    QString mode;
    QString icv;
};

std::optional<AesParts> aesParts(const QString &api)
{
    if (!fromApiName<EncryptionAlgorithm>(api) || !api.startsWith(u"aes-"))
        return std::nullopt;
    const QStringList parts = api.split(u'-');
    AesParts result;
    result.bits = parts.value(1);
    result.mode = parts.value(2);
    result.icv = parts.value(3);
    return result;
}

std::optional<QString> masterName(const QString &api)
{
    if (const QStringView *keyword = lookup(kMasterGroups, api))
        return keyword->toString();
    if (const QStringView *keyword = lookup(kMasterOther, api))
        return keyword->toString();
    if (const auto aes = aesParts(api))
        return u"aes"_s + aes->bits + aes->mode + aes->icv;
    return std::nullopt;
}

} // namespace

Dialect dialectFor(const ServerCapabilities &capabilities)
{
    return capabilities.extendedAlgorithms() ? Dialect::Master : Dialect::Zed;
}

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Zed ? u"zed"_s : u"master"_s;
}

Dialect dialectFromName(QStringView name, bool *ok)
{
    const bool zed = name == u"zed";
    if (ok)
        *ok = zed || name == u"master";
    return zed ? Dialect::Zed : Dialect::Master;
}

QString driverName(const QString &apiValue, Dialect dialect)
{
    if (dialect == Dialect::Zed) {
        const QStringView *keyword = lookup(kZedMap, apiValue);
        return keyword ? keyword->toString() : apiValue;
    }
    return masterName(apiValue).value_or(apiValue);
}

bool driverMaps(const QString &apiValue, Dialect dialect)
{
    for (QStringView valid : kPassThroughValid) {
        if (apiValue == valid)
            return true;
    }
    if (dialect == Dialect::Zed)
        return lookup(kZedMap, apiValue) != nullptr;
    return masterName(apiValue).has_value();
}

QString strongSwanKeyword(const QString &apiValue)
{
    return masterName(apiValue).value_or(apiValue);
}

bool isAeadName(const QString &name)
{
    // The driver's own test (`'cm' in encryption_algorithm`), which catches ccm and gcm.
    return name.contains(u"cm");
}

QString libreswanName(const QString &apiValue)
{
    if (const auto aes = aesParts(apiValue)) {
        if (aes->mode.isEmpty())
            return u"aes"_s + aes->bits;
        if (aes->mode == u"ctr")
            return u"aes_ctr"_s + aes->bits;
        // ICV 8/12/16 bytes are Libreswan's variants a/b/c.
        const QString variant = aes->icv == u"8" ? u"a"_s : aes->icv == u"12" ? u"b"_s : u"c"_s;
        return u"aes_"_s + aes->mode + u'_' + variant + aes->bits;
    }
    static constexpr NamePair kLibreswan[] = {
        {u"3des", u"3des"},        {u"sha1", u"sha1"},         {u"sha256", u"sha2_256"},   {u"sha384", u"sha2_384"},
        {u"sha512", u"sha2_512"},  {u"aes-xcbc", u"aes_xcbc"}, {u"aes-cmac", u"aes_cmac"}, {u"group2", u"modp1024"},
        {u"group5", u"modp1536"},  {u"group14", u"modp2048"},  {u"group15", u"modp3072"},  {u"group16", u"modp4096"},
        {u"group17", u"modp6144"}, {u"group18", u"modp8192"},  {u"group19", u"dh19"},      {u"group20", u"dh20"},
        {u"group21", u"dh21"},     {u"group31", u"dh31"},      {u"v1", u"never"},          {u"v2", u"insist"},
    };
    if (const QStringView *keyword = lookup(kLibreswan, apiValue))
        return keyword->toString();
    if (fromApiName<PfsGroup>(apiValue))
        return {}; // groups 22–30: not implemented by Libreswan
    return apiValue;
}

} // namespace vpnaas::strongswan
