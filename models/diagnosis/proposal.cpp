// SPDX-License-Identifier: Apache-2.0
#include "proposal.h"

#include "strongswan/strongswannames.h"
#include "vpnaas/enums.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

QString Proposal::keywords() const
{
    QStringList parts;
    if (!encryption.isEmpty())
        parts.append(encryption.constFirst());
    if (!integrity.isEmpty())
        parts.append(integrity.constFirst());
    if (!dhGroups.isEmpty())
        parts.append(dhGroups.constFirst());
    return parts.join(u'-');
}

QString transformKeyword(QStringView transform)
{
    static const QRegularExpression aes(u"^AES_(CBC|CTR|GCM|CCM)_(?:(\\d+)_)?(\\d+)$"_s);
    static const QRegularExpression modp(u"^MODP_(\\d+)(?:_(\\d+))?$"_s);
    static const QRegularExpression ecp(u"^ECP_(\\d+)(_BP)?$"_s);
    static const QRegularExpression hmac(u"^(PRF_)?HMAC_(SHA1|MD5|SHA2_(\\d+))(?:_\\d+)?$"_s);
    static const QHash<QString, QString> fixed = {
        {u"3DES_CBC"_s, u"3des"_s},
        {u"AES_XCBC_96"_s, u"aesxcbc"_s},
        {u"AES_CMAC_96"_s, u"aescmac"_s},
        {u"PRF_AES128_XCBC"_s, u"prfaesxcbc"_s},
        {u"PRF_AES128_CMAC"_s, u"prfaescmac"_s},
        {u"CURVE_25519"_s, u"curve25519"_s},
        {u"CURVE_448"_s, u"curve448"_s},
        {u"CHACHA20_POLY1305"_s, u"chacha20poly1305"_s},
    };
    const QString name = transform.trimmed().toString();
    if (const auto it = fixed.constFind(name); it != fixed.constEnd())
        return *it;
    if (const auto m = aes.match(name); m.hasMatch()) {
        const QString mode = m.captured(1).toLower();
        if (mode == u"cbc")
            return u"aes"_s + m.captured(3);
        return u"aes"_s + m.captured(3) + mode + m.captured(2);
    }
    if (const auto m = modp.match(name); m.hasMatch()) {
        return m.hasCaptured(2) ? u"modp%1s%2"_s.arg(m.captured(1), m.captured(2)) : u"modp"_s + m.captured(1);
    }
    if (const auto m = ecp.match(name); m.hasMatch())
        return u"ecp"_s + m.captured(1) + (m.hasCaptured(2) ? u"bp"_s : QString());
    if (const auto m = hmac.match(name); m.hasMatch()) {
        const QString hash = m.hasCaptured(3) ? u"sha"_s + m.captured(3) : m.captured(2).toLower();
        return (m.hasCaptured(1) ? u"prf"_s : QString()) + hash;
    }
    return name.toLower();
}

namespace {

enum class Kind { Encryption, Integrity, Prf, DhGroup, Other };

Kind kindOf(QStringView transform)
{
    if (transform.startsWith(u"PRF_"))
        return Kind::Prf;
    if (transform.startsWith(u"MODP_") || transform.startsWith(u"ECP_") || transform.startsWith(u"CURVE_")
        || transform.startsWith(u"NTRU_") || transform.startsWith(u"ML_KEM") || transform == u"NEWHOPE_128")
        return Kind::DhGroup;
    if (transform.startsWith(u"HMAC_") || transform == u"AES_XCBC_96" || transform == u"AES_CMAC_96"
        || transform.startsWith(u"AUTH_"))
        return Kind::Integrity;
    if (transform.endsWith(u"EXT_SEQ") || transform == u"NO_EXT_SEQ")
        return Kind::Other;
    return Kind::Encryption;
}

} // namespace

QList<Proposal> parseProposals(QStringView logged)
{
    QList<Proposal> proposals;
    for (QStringView part : logged.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const qsizetype colon = part.indexOf(u':');
        if (colon <= 0)
            continue;
        Proposal proposal;
        proposal.protocol = part.left(colon).toString();
        proposal.logged = part.toString();
        for (QStringView transform : part.mid(colon + 1).split(u'/', Qt::SkipEmptyParts)) {
            const QString keyword = transformKeyword(transform);
            switch (kindOf(transform)) {
            case Kind::Encryption:
                proposal.encryption.append(keyword);
                break;
            case Kind::Integrity:
                proposal.integrity.append(keyword);
                break;
            case Kind::Prf:
                proposal.prf.append(keyword);
                break;
            case Kind::DhGroup:
                proposal.dhGroups.append(keyword);
                break;
            case Kind::Other:
                break;
            }
        }
        proposals.append(proposal);
    }
    return proposals;
}

QString apiValueOfKeyword(const QString &keyword)
{
    static const QHash<QString, QString> byKeyword = [] {
        QHash<QString, QString> map;
        QStringList values = allApiNames<EncryptionAlgorithm>();
        values += allApiNames<AuthAlgorithm>();
        values += allApiNames<PfsGroup>();
        for (const QString &value : std::as_const(values))
            map.insert(strongswan::strongSwanKeyword(value), value);
        return map;
    }();
    return byKeyword.value(keyword);
}

ProposalDifference compareProposals(const Proposal &ours, const Proposal &theirs)
{
    const auto shares = [](const QStringList &a, const QStringList &b) {
        for (const QString &x : a) {
            if (b.contains(x))
                return true;
        }
        return false;
    };
    ProposalDifference difference;
    difference.encryption
        = !ours.encryption.isEmpty() && !theirs.encryption.isEmpty() && !shares(ours.encryption, theirs.encryption);
    difference.integrity
        = !ours.integrity.isEmpty() && !theirs.integrity.isEmpty() && !shares(ours.integrity, theirs.integrity);
    difference.dhGroup = ours.dhGroups.isEmpty() != theirs.dhGroups.isEmpty()
        || (!ours.dhGroups.isEmpty() && !shares(ours.dhGroups, theirs.dhGroups));
    return difference;
}

} // namespace vpnaas::diagnosis
