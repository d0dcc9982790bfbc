// SPDX-License-Identifier: Apache-2.0
#include "session.h"

#include "openstacklogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::Session)
};

/*!
 * The first unencrypted PEM private key in \a file (RSA, EC or DSA), or a null key. requests
 * (openstacksdk's cert=(cert, key)) reads PEM only; an encrypted key would need a passphrase
 * neither asks for.
 */
QSslKey privateKeyFrom(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = in.read(qint64(1024) * 1024);
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

QJsonObject domainOf(const QString &name, const QString &id)
{
    if (!id.isEmpty())
        return {{u"id"_s, id}};
    return {{u"name"_s, name.isEmpty() ? u"Default"_s : name}};
}

} // namespace

QUrl identityV3Url(const QUrl &authUrl)
{
    QUrl url = authUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/v3"))
        path += u"/v3"_s;
    url.setPath(path);
    return url;
}

QUrl networkBaseUrl(const QUrl &endpoint)
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v2.0"))
        path.chop(5);
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

Session::Session(CloudProfile profile, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network)
    , m_authDeadline(new QTimer(this))
{
    m_authDeadline->setSingleShot(true);
    connect(m_authDeadline, &QTimer::timeout, this, &Session::onAuthDeadline);
}

QSslConfiguration &Session::ssl() const
{
    // Asked for on first use: the default configuration loads the TLS backend, a tenth of the
    // console's start-up, which a cloud over plain http (the sandbox) never needs.
    if (!m_ssl)
        m_ssl = QSslConfiguration::defaultConfiguration();
    return *m_ssl;
}

Session::~Session()
{
    delete m_exchange;
    // Whoever waits for a token hears that none will come (a cloud switch during authentication).
    ApiError error;
    error.kind = ApiError::Kind::Canceled;
    error.message = Text::tr("the connection to the cloud was closed");
    finishWaiters(error);
}

QUrl Session::identityUrl() const
{
    if (m_profile.authType() == CloudProfile::AuthType::None || !m_profile.authUrl.isValid())
        return {};
    return identityV3Url(m_profile.authUrl);
}

bool Session::isAuthenticated() const
{
    if (!m_networkEndpoint.isValid())
        return false;
    if (m_profile.authType() == CloudProfile::AuthType::None)
        return true;
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc().addSecs(m_expiryMargin) < m_expiresAt;
}

ApiError Session::configure()
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    if (m_profile.authType() == CloudProfile::AuthType::Unsupported) {
        error.message = Text::tr("auth_type \"%1\" is not supported").arg(m_profile.authTypeName);
        return error;
    }
    if (!m_profile.caCertFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_profile.caCertFile);
        if (certificates.isEmpty()) {
            error.message = Text::tr("no certificate could be read from cacert \"%1\"").arg(m_profile.caCertFile);
            return error;
        }
        ssl().setCaCertificates(certificates);
    }
    // openstacksdk's get_requests_verify_args(): a key only goes with a cert; without one, the
    // cert file holds the key too (requests' cert="file").
    if (!m_profile.clientCertFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_profile.clientCertFile);
        if (chain.isEmpty()) {
            error.message = Text::tr("no certificate could be read from cert \"%1\"").arg(m_profile.clientCertFile);
            return error;
        }
        const QString keyFile = m_profile.clientKeyFile.isEmpty() ? m_profile.clientCertFile : m_profile.clientKeyFile;
        const QSslKey key = privateKeyFrom(keyFile);
        if (key.isNull()) {
            error.message = Text::tr("no unencrypted PEM private key could be read from %1 \"%2\"")
                                .arg(m_profile.clientKeyFile.isEmpty() ? u"cert"_s : u"key"_s, keyFile);
            return error;
        }
        ssl().setLocalCertificateChain(chain);
        ssl().setPrivateKey(key);
    }
    // Not logged here: whoever connects says so once a connection, with the reason
    // (CloudProfile::securityWarnings(): the status bar's badge and log, the render command's stderr).
    if (!m_profile.verifyTls)
        ssl().setPeerVerifyMode(QSslSocket::VerifyNone);
    if (m_profile.authType() == CloudProfile::AuthType::None) {
        const QUrl endpoint = m_profile.fixedNetworkEndpoint();
        if (!endpoint.isValid() || endpoint.isEmpty() || endpoint.scheme().isEmpty()) {
            error.message = Text::tr("auth_type none needs an endpoint (auth.endpoint or OS_ENDPOINT)");
            return error;
        }
        m_networkEndpoint = networkBaseUrl(endpoint);
        m_token = m_profile.token.reveal().toUtf8();
    } else if (!m_profile.authUrl.isValid() || m_profile.authUrl.scheme().isEmpty()) {
        error.message = Text::tr("auth_url is missing or not a URL");
        return error;
    }
    m_configured = true;
    return {};
}

void Session::withToken(QObject *context, std::function<void(const ApiError &)> done, bool forceRenew)
{
    if (!m_configured) {
        const ApiError error = configure();
        if (error.isError()) {
            done(error);
            return;
        }
    }
    if (m_profile.authType() == CloudProfile::AuthType::None) {
        done({});
        return;
    }
    if (forceRenew && !m_authenticating) {
        m_token.clear();
        m_expiresAt = {};
    }
    if (isAuthenticated()) {
        done({});
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!m_authenticating)
        authenticate();
}

void Session::prepare(QNetworkRequest &request) const
{
    if (!m_token.isEmpty())
        request.setRawHeader("X-Auth-Token", m_token);
    if (request.url().scheme() == u"https")
        request.setSslConfiguration(ssl());
}

QByteArray Session::authBody() const
{
    const CloudProfile &p = m_profile;
    QJsonObject identity;
    QJsonObject auth;
    switch (p.authType()) {
    case CloudProfile::AuthType::ApplicationCredential: {
        QJsonObject credential{{u"secret"_s, p.applicationCredentialSecret.reveal()}};
        if (!p.applicationCredentialId.isEmpty()) {
            credential.insert(u"id"_s, p.applicationCredentialId);
        } else {
            credential.insert(u"name"_s, p.applicationCredentialName);
            QJsonObject user = p.userId.isEmpty()
                ? QJsonObject{{u"name"_s, p.username}, {u"domain"_s, domainOf(p.userDomainName, p.userDomainId)}}
                : QJsonObject{{u"id"_s, p.userId}};
            credential.insert(u"user"_s, user);
        }
        identity = {{u"methods"_s, QJsonArray{u"application_credential"_s}}, {u"application_credential"_s, credential}};
        auth.insert(u"identity"_s, identity);
        return QJsonDocument(QJsonObject{{u"auth"_s, auth}}).toJson(QJsonDocument::Compact);
    }
    case CloudProfile::AuthType::Token:
        identity = {{u"methods"_s, QJsonArray{u"token"_s}}, {u"token"_s, QJsonObject{{u"id"_s, p.token.reveal()}}}};
        break;
    default: {
        QJsonObject user{{u"password"_s, p.password.reveal()}};
        if (!p.userId.isEmpty()) {
            user.insert(u"id"_s, p.userId);
        } else {
            user.insert(u"name"_s, p.username);
            user.insert(u"domain"_s, domainOf(p.userDomainName, p.userDomainId));
        }
        identity = {{u"methods"_s, QJsonArray{u"password"_s}}, {u"password"_s, QJsonObject{{u"user"_s, user}}}};
        break;
    }
    }
    auth.insert(u"identity"_s, identity);
    if (!p.projectId.isEmpty()) {
        auth.insert(u"scope"_s, QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, p.projectId}}}});
    } else if (!p.projectName.isEmpty()) {
        auth.insert(u"scope"_s,
                    QJsonObject{{u"project"_s,
                                 QJsonObject{{u"name"_s, p.projectName},
                                             {u"domain"_s, domainOf(p.projectDomainName, p.projectDomainId)}}}});
    }
    return QJsonDocument(QJsonObject{{u"auth"_s, auth}}).toJson(QJsonDocument::Compact);
}

void Session::authenticate()
{
    m_authenticating = true;
    QUrl url = identityV3Url(m_profile.authUrl);
    url.setPath(url.path() + u"/auth/tokens"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "vpnaas-console");
    if (url.scheme() == u"https")
        request.setSslConfiguration(ssl());
    // An auth_url may carry user-info ("http://user:password@host"): never in the log.
    qCInfo(lcOpenStack).noquote() << "POST" << url.toString(QUrl::RemoveUserInfo) << "(authenticate"
                                  << m_profile.authTypeName << ')';
    // Rewindable: a second POST after a broken connection only issues a second token, and a 307 is
    // then seen as such (a one-shot body turns it into ContentReSendError).
    auto *exchange
        = new HttpExchange(m_network, request, "POST", authBody(), m_timeouts, this, HttpExchange::Upload::Rewindable);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::done, this, [this, exchange](const HttpExchange::Result &result) {
        exchange->deleteLater();
        m_exchange = nullptr;
        onTokenReply(result);
    });
    m_authDeadline->start(std::max(1, m_timeouts.deadlineMs));
}

void Session::onAuthDeadline()
{
    if (!m_authenticating)
        return;
    delete m_exchange;
    m_authenticating = false;
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.method = u"POST"_s;
    error.url = identityV3Url(m_profile.authUrl);
    error.message = Text::tr("Keystone did not answer within %1 seconds").arg(m_timeouts.deadlineMs / 1000.0);
    qCInfo(lcOpenStack).noquote() << "POST" << error.url.toString(QUrl::RemoveUserInfo) << "-> deadline";
    finishWaiters(error);
    Q_EMIT authenticationFailed(error);
}

void Session::onTokenReply(const HttpExchange::Result &result)
{
    m_authDeadline->stop();
    m_authenticating = false;
    const int status = result.status;
    ApiError error;
    error.method = u"POST"_s;
    error.url = result.url;
    error.httpStatus = status;
    error.requestId = result.requestId;
    qCInfo(lcOpenStack).noquote() << "POST" << result.url.toString(QUrl::RemoveUserInfo) << "->"
                                  << (result.failure == HttpExchange::Failure::None ? QString::number(status)
                                                                                    : result.networkErrorString)
                                  << error.requestId;

    using Failure = HttpExchange::Failure;
    if (result.failure != Failure::None) {
        switch (result.failure) {
        case Failure::ConnectTimeout:
            error.kind = ApiError::Kind::Timeout;
            error.message = Text::tr("no connection to Keystone within %1 seconds").arg(m_timeouts.connectMs / 1000.0);
            break;
        case Failure::Stalled:
            error.kind = ApiError::Kind::Timeout;
            error.message = Text::tr("Keystone sent nothing for %1 seconds").arg(m_timeouts.stallMs / 1000.0);
            break;
        case Failure::TooLarge:
            error.kind = ApiError::Kind::InvalidReply;
            error.message = Text::tr("Keystone's reply is too large");
            break;
        default:
            error.kind = result.networkError == QNetworkReply::OperationCanceledError
                    || result.networkError == QNetworkReply::TimeoutError
                ? ApiError::Kind::Timeout
                : (result.networkError == QNetworkReply::SslHandshakeFailedError ? ApiError::Kind::Tls
                                                                                 : ApiError::Kind::Network);
            error.message = result.networkErrorString;
            break;
        }
        finishWaiters(error);
        return;
    }
    if (status >= 300 && status < 400) {
        error.kind = ApiError::Kind::Configuration;
        error.message = result.location.isValid()
            ? Text::tr("Keystone redirected to %1; not followed, so the credentials stay here (check auth_url)")
                  .arg(result.location.toString(QUrl::RemoveUserInfo))
            : Text::tr("Keystone answered with a redirect (check auth_url)");
        finishWaiters(error);
        Q_EMIT authenticationFailed(error);
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(result.body).object();
    if (status != 201 && status != 200) {
        error.kind = ApiError::kindForStatus(status);
        const QJsonObject e = root.value(u"error").toObject();
        error.type = e.value(u"title").toString();
        error.message = e.isEmpty() ? plainErrorText(result.body, result.contentType, status)
                                    : plainErrorText(e.value(u"message").toString().toUtf8(), {}, status, 500);
        if (status == 401)
            error.message = Text::tr("Keystone refused the credentials of cloud \"%1\" (%2).")
                                .arg(m_profile.name, error.message.isEmpty() ? u"401"_s : error.message);
        finishWaiters(error);
        Q_EMIT authenticationFailed(error);
        return;
    }
    const QJsonObject token = root.value(u"token").toObject();
    m_token = result.header("X-Subject-Token");
    m_expiresAt = QDateTime::fromString(token.value(u"expires_at").toString(), Qt::ISODateWithMs);
    if (!m_expiresAt.isValid())
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QJsonObject project = token.value(u"project").toObject();
    m_projectId = project.value(u"id").toString();
    m_projectName = project.value(u"name").toString();
    m_roles.clear();
    for (const QJsonValue &role : token.value(u"roles").toArray())
        m_roles.append(role[u"name"].toString());

    m_networkEndpoint = networkBaseUrl(m_profile.fixedNetworkEndpoint());
    if (m_networkEndpoint.isEmpty()) {
        const QJsonArray catalog = token.value(u"catalog").toArray();
        for (const QJsonValue &service : catalog) {
            if (service[u"type"].toString() != u"network")
                continue;
            for (const QJsonValue &endpoint : service[u"endpoints"].toArray()) {
                const bool interfaceMatches = endpoint[u"interface"].toString() == m_profile.interface;
                const bool regionMatches = m_profile.regionName.isEmpty()
                    || endpoint[u"region_id"].toString() == m_profile.regionName
                    || endpoint[u"region"].toString() == m_profile.regionName;
                if (interfaceMatches && regionMatches) {
                    m_networkEndpoint = networkBaseUrl(QUrl(endpoint[u"url"].toString()));
                    break;
                }
            }
        }
    }
    if (m_token.isEmpty() || m_networkEndpoint.isEmpty()) {
        error.kind = m_token.isEmpty() ? ApiError::Kind::InvalidReply : ApiError::Kind::Configuration;
        m_token.clear();
        error.message = m_networkEndpoint.isEmpty()
            ? Text::tr("the service catalog has no network endpoint for interface \"%1\"%2")
                  .arg(m_profile.interface,
                       m_profile.regionName.isEmpty() ? QString()
                                                      : Text::tr(" in region \"%1\"").arg(m_profile.regionName))
            : Text::tr("Keystone sent no token");
        finishWaiters(error);
        Q_EMIT authenticationFailed(error);
        return;
    }
    finishWaiters({});
    Q_EMIT authenticated();
}

void Session::finishWaiters(const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
}

} // namespace vpnaas::openstack
