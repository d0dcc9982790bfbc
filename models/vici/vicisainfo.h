// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vicimessage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpnaas::vici {

/*!
 * One CHILD_SA as strongSwan 5.9.8 reports it in `list-sa`, `child-updown` and `child-rekey`
 * (keys name, uniqueid, reqid, state, mode, protocol, encap, spi-in/out, encr-alg,
 * encr-keysize, integ-alg, dh-group, bytes/packets-in/out, install-time, rekey-time,
 * life-time, local-ts, remote-ts). Counters restart at 0 with every new CHILD_SA (rekey).
 * Absent numbers are 0 (counters) or -1 (times).
 */
struct ChildSaInfo {
    QString key; //!< the section name: "<name>-<uniqueid>" in list-sa, the name in child-rekey
    QString name;
    quint32 uniqueId = 0;
    quint32 reqId = 0;
    QString state; //!< INSTALLED, REKEYED, DELETED, ...
    QString mode; //!< TUNNEL, TRANSPORT
    QString protocol; //!< ESP, AH
    bool encap = false;
    QString spiIn;
    QString spiOut;
    QString encrAlg;
    int encrKeySize = 0;
    QString integAlg;
    QString dhGroup; //!< only after a key exchange of the CHILD_SA's own (PFS)
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;
    qint64 installTime = -1; //!< seconds since installation
    qint64 rekeyTime = -1; //!< seconds until rekeying
    qint64 lifeTime = -1; //!< seconds until expiry
    QStringList localTs;
    QStringList remoteTs;

    bool operator==(const ChildSaInfo &) const = default;
};

/*! One IKE_SA with its CHILD_SAs, as in a `list-sa` or `*-updown` event. */
struct SaInfo {
    QString name;
    quint32 uniqueId = 0;
    int version = 0; //!< 1 or 2
    QString state; //!< ESTABLISHED, CONNECTING, DELETING, ...
    QString localHost;
    int localPort = 0;
    QString localId;
    QString remoteHost;
    int remotePort = 0;
    QString remoteId;
    bool initiator = false;
    QString encrAlg;
    int encrKeySize = 0;
    QString integAlg;
    QString prfAlg;
    QString dhGroup;
    qint64 established = -1; //!< seconds since establishment
    qint64 rekeyTime = -1; //!< IKEv2
    qint64 reauthTime = -1; //!< IKEv1 (and IKEv2 reauthentication)
    QList<ChildSaInfo> children;

    /*! The INSTALLED CHILD_SA named \a name with the highest unique id, or nullptr. */
    const ChildSaInfo *installedChild(const QString &name) const;

    bool operator==(const SaInfo &) const = default;
};

/*! A `child-rekey` event: the CHILD_SA that was replaced and its successor. */
struct ChildRekeyInfo {
    QString ikeName;
    quint32 ikeUniqueId = 0;
    ChildSaInfo oldSa;
    ChildSaInfo newSa;

    bool operator==(const ChildRekeyInfo &) const = default;
};

/*! A `child-updown` / `ike-updown` event: "up" is only ever present as up=yes. */
struct UpDownInfo {
    bool up = false;
    QList<SaInfo> sas;

    bool operator==(const UpDownInfo &) const = default;
};

/*! One CHILD_SA section. An error (with the key) for numbers that are not numbers. */
std::optional<ChildSaInfo> parseChildSa(const QByteArray &key, const ViciMessage &section, QString *error = nullptr);
/*! One IKE_SA section named \a name (child-sas included). */
std::optional<SaInfo> parseIkeSa(const QByteArray &name, const ViciMessage &section, QString *error = nullptr);
/*! Every IKE_SA section of a `list-sa` event (or any message of that shape); other top-level keys are skipped. */
std::optional<QList<SaInfo>> parseSas(const ViciMessage &message, QString *error = nullptr);
/*! An `ike-updown` or `child-updown` event. */
std::optional<UpDownInfo> parseUpDown(const ViciMessage &message, QString *error = nullptr);
/*! A `child-rekey` event: one entry per rekeyed CHILD_SA. */
std::optional<QList<ChildRekeyInfo>> parseChildRekey(const ViciMessage &message, QString *error = nullptr);

} // namespace vpnaas::vici
