// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpexchange.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace vpnaas::openstack {

class Session;

/*!
 * What every Neutron job needs: the session (token, endpoint, TLS), the injected network access
 * manager (not owned), and the request policy: the timeouts of HttpTimeouts on every request,
 * retries with exponential backoff for GETs only (connection errors, timeouts, 502/503/504),
 * never for writes. Jobs hold it through a QPointer: when it is destroyed they finish with
 * Kind::Canceled.
 */
class NeutronClient : public QObject
{
    Q_OBJECT

public:
    struct Options {
        HttpTimeouts http;
        int maxGetRetries = 3;
        int retryBaseDelayMs = 250;
        int maxPages = 10000;
        /*!
         * Lists that ask for it (ListQuery::ownProjectOnly) show the token's project only. Off:
         * they show what the token may see (an admin: every project, the "All projects" mode).
         */
        bool scopeListsToProject = true;
    };

    NeutronClient(Session *session, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~NeutronClient() override;

    /*! Null once the session was destroyed. */
    Session *session() const;
    QNetworkAccessManager *network() const { return m_network; }
    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

private:
    QPointer<Session> m_session;
    QNetworkAccessManager *m_network;
    Options m_options;
};

} // namespace vpnaas::openstack
