// SPDX-License-Identifier: Apache-2.0
#include "neutronseed.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace integration {

QUrl neutronUrl()
{
    const QUrl url(qEnvironmentVariable("NEUTRON_URL"));
    if (!url.isValid() || url.isEmpty())
        qFatal("NEUTRON_URL is not set: run through tests/integration/run-with-openstack");
    return url;
}

QJsonObject raw(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method, const QString &path,
                const QJsonObject &body)
{
    QNetworkRequest request(QUrl(base.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply
        = network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(60000))
        qFatal("no answer to %s %s", method.constData(), qPrintable(path));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray text = reply->readAll();
    reply->deleteLater();
    if (status < 200 || status >= 300)
        qFatal("%s %s -> %d %s", method.constData(), qPrintable(path), status, text.constData());
    return QJsonDocument::fromJson(text).object();
}

NetworkSide seedNetworkSide(QNetworkAccessManager &network, const QUrl &base)
{
    NetworkSide side;
    side.networkId = raw(network, base, "POST", u"/v2.0/networks"_s,
                         {{u"network"_s, QJsonObject{{u"name"_s, u"private"_s}}}})[u"network"][u"id"]
                         .toString();
    side.subnetId = raw(network, base, "POST", u"/v2.0/subnets"_s,
                        {{u"subnet"_s,
                          QJsonObject{{u"name"_s, u"private-subnet"_s},
                                      {u"network_id"_s, side.networkId},
                                      {u"ip_version"_s, 4},
                                      {u"cidr"_s, u"10.1.0.0/24"_s}}}})[u"subnet"][u"id"]
                        .toString();
    side.externalNetworkId = raw(network, base, "POST", u"/v2.0/networks"_s,
                                 {{u"network"_s,
                                   QJsonObject{{u"name"_s, u"public"_s},
                                               {u"router:external"_s, true},
                                               {u"provider:network_type"_s, u"flat"_s},
                                               {u"provider:physical_network"_s, u"public"_s}}}})[u"network"][u"id"]
                                 .toString();
    raw(network, base, "POST", u"/v2.0/subnets"_s,
        {{u"subnet"_s,
          QJsonObject{{u"name"_s, u"public-subnet"_s},
                      {u"network_id"_s, side.externalNetworkId},
                      {u"ip_version"_s, 4},
                      {u"cidr"_s, u"172.24.4.0/24"_s},
                      {u"gateway_ip"_s, u"172.24.4.1"_s},
                      {u"enable_dhcp"_s, false}}}});
    side.routerId = raw(network, base, "POST", u"/v2.0/routers"_s,
                        {{u"router"_s,
                          QJsonObject{{u"name"_s, u"router1"_s},
                                      {u"external_gateway_info"_s,
                                       QJsonObject{{u"network_id"_s, side.externalNetworkId}}}}}})[u"router"][u"id"]
                        .toString();
    raw(network, base, "PUT", u"/v2.0/routers/%1/add_router_interface"_s.arg(side.routerId),
        {{u"subnet_id"_s, side.subnetId}});
    return side;
}

} // namespace integration
