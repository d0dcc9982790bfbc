// SPDX-License-Identifier: Apache-2.0
#include "job.h"

#include "neutronclient.h"
#include "openstacklogging.h"
#include "session.h"

#include "vpnaas/codec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::Job)
};

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

struct Job::Call {
    QByteArray method;
    QString pathAndQuery;
    QByteArray body;
    Handler handler;
    int attempt = 0;
    bool reauthenticated = false;
    bool timedOut = false;
    QElapsedTimer clock;
};

Job::Job(NeutronClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Job::~Job()
{
    if (m_reply)
        m_reply->abort();
}

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    // Always asynchronous, so that callers can connect to finished() after start().
    QTimer::singleShot(0, this, [this] {
        if (!m_client) {
            ApiError error;
            error.kind = ApiError::Kind::Configuration;
            error.message = Text::tr("no connection to a cloud");
            finishWithError(error);
            return;
        }
        run();
    });
}

void Job::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Canceled;
    finishWithError(error);
}

void Job::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, Handler handler)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->pathAndQuery = pathAndQuery;
    call->body = body;
    call->handler = std::move(handler);
    dispatch(call);
}

void Job::dispatch(const std::shared_ptr<Call> &call)
{
    const bool renew = call->reauthenticated;
    m_client->session()->withToken(
        this,
        [this, call](const ApiError &authError) {
            if (m_finished)
                return;
            if (authError.isError()) {
                finishWithError(authError);
                return;
            }
            if (m_canceled) {
                ApiError error;
                error.kind = ApiError::Kind::Canceled;
                finishWithError(error);
                return;
            }
            Session *session = m_client->session();
            const QUrl url(session->networkEndpoint().toString() + call->pathAndQuery);
            QNetworkRequest request(url);
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("User-Agent", "vpnaas-console");
            if (!call->body.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(m_client->options().transferTimeoutMs);
            session->prepare(request);
            call->clock.start();
            QNetworkReply *reply = m_client->network()->sendCustomRequest(request, call->method, call->body);
            m_reply = reply;
            connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReply(call, reply); });
        },
        renew);
}

void Job::onReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.requestId = QString::fromLatin1(reply->rawHeader("X-Openstack-Request-Id"));
    response.url = reply->url();
    const QNetworkReply::NetworkError networkError = reply->error();
    // Only method, URL, status, request id and time: bodies carry PSKs, headers carry tokens.
    qCInfo(lcOpenStack).noquote() << call->method << response.url.toString(QUrl::RemoveUserInfo) << "->"
                                  << (response.status ? QString::number(response.status) : reply->errorString())
                                  << response.requestId << call->clock.elapsed() << "ms";

    ApiError error;
    error.method = QString::fromLatin1(call->method);
    error.url = response.url;
    error.httpStatus = response.status;
    error.requestId = response.requestId;

    if (m_canceled) {
        error.kind = ApiError::Kind::Canceled;
        finishWithError(error);
        return;
    }

    const bool isGet = call->method == "GET";
    const bool retriableStatus = response.status == 502 || response.status == 503 || response.status == 504;
    const bool retriableNetwork
        = response.status == 0 && (isTransient(networkError) || networkError == QNetworkReply::OperationCanceledError);
    if (isGet && (retriableStatus || retriableNetwork) && call->attempt < m_client->options().maxGetRetries) {
        const int delay = m_client->options().retryBaseDelayMs << call->attempt;
        ++call->attempt;
        qCInfo(lcOpenStack) << "retrying GET in" << delay << "ms, attempt" << call->attempt + 1;
        QTimer::singleShot(delay, this, [this, call] {
            if (!m_finished)
                dispatch(call);
        });
        return;
    }

    if (response.status == 0) {
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            error.kind = ApiError::Kind::Timeout;
            error.message = Text::tr("no answer within %1 seconds").arg(m_client->options().transferTimeoutMs / 1000.0);
        } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
            error.kind = ApiError::Kind::Tls;
            error.message = reply->errorString();
        } else {
            error.kind = ApiError::Kind::Network;
            error.message = reply->errorString();
        }
        finishWithError(error);
        return;
    }

    if (response.status == 401 && !call->reauthenticated
        && m_client->session()->profile().authType() != CloudProfile::AuthType::None) {
        call->reauthenticated = true;
        qCInfo(lcOpenStack) << "401: authenticating again once";
        dispatch(call);
        return;
    }

    if (response.status >= 200 && response.status < 300) {
        call->handler(response);
        return;
    }

    error.kind = ApiError::kindForStatus(response.status);
    const auto decoded = codec::decodeError(response.body);
    if (decoded.ok()) {
        error.type = decoded.value->type;
        error.message = decoded.value->message;
    } else {
        error.message = QString::fromUtf8(response.body.left(200)).simplified();
    }
    if (response.status == 401 && error.message.isEmpty())
        error.message = Text::tr("the token was refused");
    finishWithError(error);
}

void Job::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    finish();
}

void Job::finishWithInvalidReply(const QString &why, const Response &response)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidReply;
    error.httpStatus = response.status;
    error.requestId = response.requestId;
    error.url = response.url;
    error.message = why;
    finishWithError(error);
}

void Job::finishSuccessfully()
{
    if (m_finished)
        return;
    finish();
}

void Job::finish()
{
    m_finished = true;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace vpnaas::openstack
