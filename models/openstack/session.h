// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apierror.h"
#include "cloudprofile.h"
#include "httpexchange.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QTimer;

namespace vpnaas::openstack {

/*!
 * Authentication against one cloud: Keystone v3 (password, application credential, token) or
 * none (a token-less endpoint). Finds the `network` endpoint in the service catalog by region
 * and interface, unless the profile names it. Holds the token in memory only.
 *
 * Ownership: the QNetworkAccessManager is injected and not owned. Callers queue on
 * withToken(); one authentication serves every waiting caller. Errors reach each caller as an
 * ApiError (Kind::Authentication for 401, Configuration for an unusable profile or a redirect,
 * Timeout when Keystone does not answer within the deadline). Destroying the session answers
 * every waiter with Kind::Canceled. Keystone requests follow the HttpExchange policy: a redirect
 * is never followed, so the password never reaches another origin.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    Session(CloudProfile profile, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Session() override;

    const CloudProfile &profile() const { return m_profile; }
    /*! TLS verification is off (insecure/verify: false): the UI must say so. */
    bool isInsecure() const { return !m_profile.verifyTls; }
    bool isAuthenticated() const;
    QUrl networkEndpoint() const { return m_networkEndpoint; }
    QDateTime expiresAt() const { return m_expiresAt; }
    /*! The project the token is scoped to (empty for auth_type none or an unscoped token). */
    QString projectId() const { return m_projectId; }
    QString projectName() const { return m_projectName; }
    /*! The role names the token carries in its project ("admin", "member", "reader"...). */
    QStringList roles() const { return m_roles; }
    /*!
     * The token carries Keystone's admin role: Neutron then lists every project's resources
     * unless asked for one (what the console's "All projects" mode shows).
     */
    bool isAdmin() const { return m_roles.contains(QStringLiteral("admin"), Qt::CaseInsensitive); }
    /*! The Keystone v3 URL requests to Keystone go to ("http://host:5000/v3"); empty for auth_type none. */
    QUrl identityUrl() const;

    /*!
     * Calls \a done (in \a context's thread, only while \a context lives) with no error once a
     * usable token and endpoint exist, authenticating first when needed or forced.
     */
    void withToken(QObject *context, std::function<void(const ApiError &)> done, bool forceRenew = false);
    /*! Adds the token and the TLS settings to \a request. */
    void prepare(QNetworkRequest &request) const;

    /*! Seconds before expiry at which a token counts as expired (default 60). */
    void setExpiryMargin(int seconds) { m_expiryMargin = seconds; }
    /*! Timeouts of the Keystone request (deadlineMs bounds one authentication). */
    void setTimeouts(const HttpTimeouts &timeouts) { m_timeouts = timeouts; }
    const HttpTimeouts &timeouts() const { return m_timeouts; }

Q_SIGNALS:
    void authenticated();
    void authenticationFailed(const vpnaas::openstack::ApiError &error);

private:
    /*! The TLS settings of this cloud's requests (the default configuration, made on first use). */
    QSslConfiguration &ssl() const;
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> done;
    };

    void authenticate();
    void onTokenReply(const HttpExchange::Result &result);
    void onAuthDeadline();
    void finishWaiters(const ApiError &error);
    QByteArray authBody() const;
    ApiError configure();

    CloudProfile m_profile;
    QNetworkAccessManager *m_network;
    mutable std::optional<QSslConfiguration> m_ssl; // ssl()
    QByteArray m_token;
    QUrl m_networkEndpoint;
    QDateTime m_expiresAt;
    QString m_projectId;
    QString m_projectName;
    QStringList m_roles;
    QList<Waiter> m_waiters;
    HttpTimeouts m_timeouts;
    QPointer<HttpExchange> m_exchange;
    QTimer *m_authDeadline;
    bool m_authenticating = false;
    bool m_configured = false;
    int m_expiryMargin = 60;
};

/*! "http://host:5000" and "http://host:5000/v3/" both become "http://host:5000/v3". */
QUrl identityV3Url(const QUrl &authUrl);
/*! "http://host:9696/", ".../v2.0" → "http://host:9696" (paths are appended with /v2.0/...). */
QUrl networkBaseUrl(const QUrl &endpoint);

} // namespace vpnaas::openstack
