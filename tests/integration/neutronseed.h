// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

/*!
 * Integration-test set-up against the real neutron-server of run-with-openstack: plain HTTP
 * requests (the console reads networks and routers, it never creates them) and the seed's
 * network side. Failures abort the test program with the server's answer.
 */
namespace integration {

/*! NEUTRON_URL from the harness; aborts with a hint when it is missing. */
QUrl neutronUrl();

/*! \a method \a path with \a body; the decoded 2xx answer (qFatal otherwise). */
QJsonObject raw(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method, const QString &path,
                const QJsonObject &body = {});

struct NetworkSide {
    QString networkId;
    QString subnetId;
    QString externalNetworkId;
    QString routerId;
};

/*!
 * The seed's network side: network "private" with subnet "private-subnet" 10.1.0.0/24, external
 * network "public" with 172.24.4.0/24, router "router1" with that gateway and an interface on
 * the private subnet.
 */
NetworkSide seedNetworkSide(QNetworkAccessManager &network, const QUrl &base);

} // namespace integration
