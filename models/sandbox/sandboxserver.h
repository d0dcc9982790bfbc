// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandboxstore.h"

#include "vpnaas/capabilities.h"
#include "vpnaas/serverstate.h"

#include <QObject>
#include <QUrl>

namespace vpnaas::sandbox {

/*! One HTTP answer of the sandbox. */
struct SandboxResponse {
    int status = 200;
    QByteArray body;
    QString requestId;
};

/*!
 * An in-process Neutron API with VPNaaS, answering like the real server (Zed): the five VPNaaS
 * collections, networks, subnets, routers (with interfaces and gateway) and ports, extensions,
 * `fields=`, `limit`/`marker`/`page_reverse`, sort keys, filters, and the real server's error
 * types, messages and statuses. Request parsing and validation are the console's own
 * (models/vpnaas codec and validation, the same functions the wizards call), plus the state
 * checks only a server can make (existence, "not found" bodies, IP allocation).
 *
 * Not thread-safe; lives in the thread that owns it. Emits changed() after every committed
 * write so the simulated agent can react.
 */
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString projectId = QStringLiteral("sandbox");
        /*! The base the server believes it is reached at, used in *_links hrefs. */
        QUrl baseUrl = QUrl(QStringLiteral("http://sandbox.invalid:9696"));
        /*! 2025.1 lists (vpn-aes-ctr, CCM/GCM, DH 15-31) instead of Zed's. */
        bool extendedAlgorithms = false;
    };

    explicit SandboxServer(SandboxStore *store, QObject *parent = nullptr);
    SandboxServer(SandboxStore *store, const Options &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    const Options &options() const { return m_options; }
    ServerCapabilities capabilities() const;

    /*! Request headers, as QNetworkRequest::rawHeaderList() pairs (names in any case). */
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    /*!
     * One request. Of \a headers only X-Project-Id (X-Tenant-Id, X-Tenant) matters, as on a
     * noauth server: a non-empty one keeps the default project out, so the request runs as an
     * admin without a project, and a create must then name its project in the body.
     */
    SandboxResponse handle(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const Headers &headers = {});

    /*! What an agent does: set the status of a vpnservice or connection ("vpnservices", id). */
    bool setStatus(const QString &collection, const QString &id, const QString &status);
    /*! The VPN resources as value types (what validation and the simulator read). */
    ServerState state() const;
    SandboxStore *store() const { return m_store; }

Q_SIGNALS:
    void changed(const QString &collection, const QString &id);

private:
    struct Request;
    SandboxResponse route(Request &request);
    SandboxResponse listResponse(Request &request, const QString &collection, const QString &key);
    SandboxResponse showResponse(const QString &collection, const QString &key, const QString &id, const QUrl &url);
    SandboxResponse createVpn(Request &request, const QString &collection);
    SandboxResponse updateVpn(Request &request, const QString &collection, const QString &id);
    SandboxResponse deleteVpn(const QString &collection, const QString &id);
    SandboxResponse createNetwork(Request &request);
    SandboxResponse createSubnet(Request &request);
    SandboxResponse createRouter(Request &request);
    SandboxResponse addRouterInterface(Request &request, const QString &routerId);
    SandboxResponse commit(const QList<SandboxStore::Change> &changes, int status, const QString &key,
                           const QJsonObject &body);

    SandboxStore *m_store;
    Options m_options;
};

/*! The NeutronError answer with \a status, \a type and \a message. */
SandboxResponse errorResponse(int status, const QString &type, const QString &message);

} // namespace vpnaas::sandbox
