// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnaas::diagnosis {

/*!
 * One proposal as charon logs it ("received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/
 * PRF_HMAC_SHA2_256/MODP_2048"), its transforms as strongSwan proposal keywords (aes256,
 * sha256, prfsha256, modp2048), the way swanctl.conf and the console's files write them. A
 * proposal may list several transforms of a kind (a non-strict side offers its defaults too).
 */
struct Proposal {
    QString protocol; //!< IKE, ESP, AH
    QStringList encryption;
    QStringList integrity; //!< empty for AEAD ciphers
    QStringList prf;
    QStringList dhGroups; //!< empty: no key exchange (an ESP proposal without PFS)
    QString logged; //!< the proposal as logged

    /*! "aes128-sha1-modp1536": the first transform of each kind, like a swanctl.conf proposal. */
    QString keywords() const;

    bool operator==(const Proposal &) const = default;
};

/*!
 * The proposals of a logged list ("IKE:.../MODP_1536, IKE:..."), in order; unknown transform
 * names become lower case keywords as they are.
 */
QList<Proposal> parseProposals(QStringView logged);

/*! strongSwan's transform name (AES_GCM_16_128, HMAC_SHA2_256_128, ECP_256_BP) as a keyword. */
QString transformKeyword(QStringView transform);

/*!
 * The Neutron API value (aes-128, sha256, group14) whose strongSwan keyword is \a keyword, or
 * empty when no encryption, auth or PFS value maps to it (md5, say).
 */
QString apiValueOfKeyword(const QString &keyword);

/*! Which part of two proposals differs. */
struct ProposalDifference {
    bool encryption = false;
    bool integrity = false;
    bool dhGroup = false;

    bool any() const { return encryption || integrity || dhGroup; }
    bool operator==(const ProposalDifference &) const = default;
};

/*!
 * Where \a ours (one transform of each kind) and \a theirs (any number) share no transform of
 * a kind. Integrity is compared only when both have some; DH groups also when one side has
 * none (PFS on one side only).
 */
ProposalDifference compareProposals(const Proposal &ours, const Proposal &theirs);

} // namespace vpnaas::diagnosis
