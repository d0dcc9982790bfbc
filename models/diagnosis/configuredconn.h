// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnaas::vici {
class ViciMessage;
}

namespace vpnaas::diagnosis {

/*!
 * One connection a charon has loaded, as VICI `list-conns` reports it (strongSwan 5.9.8: no
 * proposals; 5.9.10 and later add them): what the other end must match. Plain value.
 */
struct ConfiguredConn {
    struct Child {
        QString name;
        QStringList localTs;
        QStringList remoteTs;
        bool operator==(const Child &) const = default;
    };

    QString name;
    int version = 0; //!< 1, 2, or 0 for either
    QStringList localAddrs;
    QStringList remoteAddrs;
    QString localId;
    QString remoteId;
    QString localAuth; //!< "pre-shared key", "public key", ...
    QList<Child> children;

    /*! Whether this conn would take an IKE_SA from \a remote to \a local (%any and empty match anything). */
    bool matchesAddresses(const QString &local, const QString &remote) const;
    bool operator==(const ConfiguredConn &) const = default;
};

/*! The conns of `list-conn` events (one section per conn in each); malformed parts are skipped. */
QList<ConfiguredConn> parseListConns(const QList<vici::ViciMessage> &events);

} // namespace vpnaas::diagnosis
