// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QNetworkAccessManager>
#include <QPointer>

namespace vpnaas::sandbox {

class SandboxServer;

/*!
 * A QNetworkAccessManager that answers requests for the sandbox's base URL from a
 * SandboxServer, asynchronously like the network would, and passes every other request to
 * the real network. The console's client code runs unchanged against it.
 */
class SandboxNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit SandboxNetworkAccessManager(SandboxServer *server, QObject *parent = nullptr);
    ~SandboxNetworkAccessManager() override;

    SandboxServer *server() const { return m_server; }
    /*! Requests answered by the sandbox so far. */
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QPointer<SandboxServer> m_server;
    int m_requests = 0;
};

} // namespace vpnaas::sandbox
