// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QNetworkAccessManager;

namespace vpnaas::openstack {

class Session;

/*!
 * What every Neutron job needs: the session (token, endpoint, TLS), the injected network access
 * manager (not owned), and the request policy: a transfer timeout on every request, retries
 * with exponential backoff for GETs only (connection errors, 502/503/504).
 */
class NeutronClient : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int transferTimeoutMs = 30000;
        int maxGetRetries = 3;
        int retryBaseDelayMs = 250;
        int maxPages = 10000;
    };

    NeutronClient(Session *session, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~NeutronClient() override;

    Session *session() const { return m_session; }
    QNetworkAccessManager *network() const { return m_network; }
    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

private:
    Session *m_session;
    QNetworkAccessManager *m_network;
    Options m_options;
};

} // namespace vpnaas::openstack
