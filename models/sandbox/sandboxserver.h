// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "handlerresult.h"
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
 * types, messages and statuses. It is split along neutron's own layers: handle() and route()
 * turn the URL into a collection (a ResourceKind for the VPN ones) once; neutronapi.h is the API
 * layer (attribute maps, request preparation and its refusals); listrequest.h answers lists;
 * vpnresources.h is the VPN plugin (the console's own codec and validation, in the plugin's
 * check order) and coreresources.h the networks, subnets and routers; pyvalue.h is Python's
 * value semantics the messages show. Handlers only read the store; this class commits.
 *
 * Not thread-safe; lives in the thread that owns it. Emits changed() after every committed
 * write so the simulated agent can react, and storeFailed() when a write cannot be stored.
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
    const ServerCapabilities &capabilities() const { return m_capabilities; }

    /*! Request headers, as QNetworkRequest::rawHeaderList() pairs (names in any case). */
    using Headers = sandbox::Headers;

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
    /*! The IPsec site connections' ids, in list order, without decoding the state. */
    QStringList connectionIds() const;
    SandboxStore *store() const { return m_store; }

    /*! Why the last commit to the store failed (empty if none has). */
    QString lastStoreError() const { return m_lastStoreError; }

Q_SIGNALS:
    void changed(const QString &collection, const QString &id);
    /*! A write the request would have made could not be stored; the request got a 500. */
    void storeFailed(const QString &error);

private:
    struct Request;
    HandlerResult route(const Request &request);
    HandlerResult list(const Request &request, const QString &collection, std::optional<ResourceKind> kind) const;
    HandlerResult show(const Request &request, const QString &collection, std::optional<ResourceKind> kind,
                       const QString &id) const;
    RequestContext context(const Request &request) const;
    SandboxResponse finish(const HandlerResult &outcome);
    void reportStoreFailure(const QString &error);

    static ServerCapabilities capabilitiesFor(const Options &options);

    SandboxStore *m_store;
    Options m_options;
    ServerCapabilities m_capabilities;
    AttributeMaps m_attributes;
    QString m_lastStoreError;
};

/*! The NeutronError answer with \a status, \a type and \a message. */
SandboxResponse errorResponse(int status, const QString &type, const QString &message);

} // namespace vpnaas::sandbox
