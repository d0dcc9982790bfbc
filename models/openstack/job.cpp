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
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure: // a broken answer, e.g. a truncated chunk
        return true;
    default:
        return false;
    }
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

} // namespace

struct Job::Call {
    QByteArray method;
    QString pathAndQuery;
    QByteArray body;
    Handler handler;
    QUrl redirectedTo; // a same-origin Location being followed (GETs only)
    int attempt = 0;
    int redirects = 0;
    bool reauthenticated = false;
    bool sent = false; // an attempt reached a connection: a write may have been carried out
    QString lastProblem; // why the previous attempt failed, for the deadline's message
    QElapsedTimer clock;
};

Job::Job(NeutronClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_deadline(new QTimer(this))
    , m_waiting(new QTimer(this))
    , m_hadClient(client != nullptr)
{
    m_deadline->setSingleShot(true);
    m_waiting->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Job::onDeadline);
    connect(m_waiting, &QTimer::timeout, this, [this] { setStillWaiting(true); });
    // Queued: the client is half destroyed when destroyed() is emitted.
    if (client)
        connect(client, &QObject::destroyed, this, &Job::onClientGone, Qt::QueuedConnection);
}

Job::~Job()
{
    delete m_exchange; // aborts its reply
}

ApiError Job::canceledError() const
{
    ApiError error;
    error.kind = ApiError::Kind::Canceled;
    const bool clientGone = m_clientGone || (m_hadClient && !m_client);
    if (clientGone)
        error.message = Text::tr("the connection to the cloud was closed");
    if (m_call) {
        error.method = QString::fromLatin1(m_call->method);
        const bool sent = m_call->sent || (m_exchange && m_exchange->isSent());
        if (sent && HttpExchange::isWrite(m_call->method)) {
            // It may have arrived and been carried out: the caller must find out by reading.
            error.kind = ApiError::Kind::OutcomeUnknown;
            error.message = clientGone
                ? Text::tr("the connection to the cloud was closed while the request was under way")
                : Text::tr("canceled while the request was under way");
        }
    }
    return error;
}

void Job::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    // Always asynchronous, so that callers can connect to finished() after start().
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_client) {
            if (m_hadClient) {
                finishWithError(canceledError());
                return;
            }
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
    const ApiError error = canceledError(); // before the exchange goes: was it sent?
    delete m_exchange; // no answer is read any more
    finishWithError(error);
}

void Job::onClientGone()
{
    if (m_finished || !m_started)
        return; // start() reports it
    m_clientGone = true;
    cancel();
}

void Job::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, Handler handler)
{
    if (m_finished)
        return;
    auto call = std::make_shared<Call>();
    call->method = method;
    call->pathAndQuery = pathAndQuery;
    call->body = body;
    call->handler = std::move(handler);
    call->clock.start();
    m_call = call;
    if (m_client) {
        const HttpTimeouts &timeouts = m_client->options().http;
        m_deadline->start(std::max(1, timeouts.deadlineMs));
        m_waiting->start(std::max(1, timeouts.stillWaitingMs));
    }
    dispatch(call);
}

void Job::dispatch(const std::shared_ptr<Call> &call)
{
    if (m_finished)
        return;
    Session *current = m_client ? m_client->session() : nullptr;
    if (!current) {
        finishWithError(canceledError());
        return;
    }
    const bool renew = call->reauthenticated;
    current->withToken(
        this,
        [this, call](const ApiError &authError) {
            if (m_finished)
                return;
            if (!m_client || !m_client->session()) {
                finishWithError(canceledError());
                return;
            }
            if (authError.isError()) {
                finishWithError(authError);
                return;
            }
            if (m_canceled) {
                finishWithError(canceledError());
                return;
            }
            Session *session = m_client->session();
            const QUrl url = call->redirectedTo.isValid()
                ? call->redirectedTo
                : QUrl(session->networkEndpoint().toString() + call->pathAndQuery);
            QNetworkRequest request(url);
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("User-Agent", "vpnaas-console");
            if (!call->body.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            session->prepare(request);
            auto *exchange = new HttpExchange(m_client->network(), request, call->method, call->body,
                                              m_client->options().http, this);
            m_exchange = exchange;
            connect(exchange, &HttpExchange::done, this, [this, call, exchange](const HttpExchange::Result &result) {
                if (exchange->isSent() || result.headersReceived)
                    call->sent = true;
                exchange->deleteLater();
                onReply(call, result);
            });
        },
        renew);
}

void Job::onReply(const std::shared_ptr<Call> &call, const HttpExchange::Result &result)
{
    m_exchange = nullptr;
    if (m_finished)
        return;
    using Failure = HttpExchange::Failure;
    // Only method, URL, status, request id and time: bodies carry PSKs, headers carry tokens.
    qCInfo(lcOpenStack).noquote() << call->method << result.url.toString(QUrl::RemoveUserInfo) << "->"
                                  << (result.failure == Failure::None
                                          ? QString::number(result.status)
                                          : (result.status
                                                 ? u"%1 then %2"_s.arg(result.status).arg(result.networkErrorString)
                                                 : result.networkErrorString))
                                  << result.requestId << call->clock.elapsed() << "ms";

    ApiError error;
    error.method = QString::fromLatin1(call->method);
    error.url = result.url;
    error.httpStatus = result.status;
    error.requestId = result.requestId;

    if (m_canceled || !m_client) {
        finishWithError(canceledError());
        return;
    }
    const NeutronClient::Options &options = m_client->options();
    const bool isGet = call->method == "GET";
    const bool isWrite = HttpExchange::isWrite(call->method);
    const auto retry = [this, call, &options] {
        const int delay = options.retryBaseDelayMs << call->attempt;
        ++call->attempt;
        qCInfo(lcOpenStack) << "retrying GET in" << delay << "ms, attempt" << call->attempt + 1;
        QTimer::singleShot(delay, this, [this, call] {
            if (!m_finished)
                dispatch(call);
        });
    };

    if (result.failure != Failure::None) {
        bool notSent = false;
        bool retriable = false;
        switch (result.failure) {
        case Failure::ConnectTimeout:
            error.kind = ApiError::Kind::Timeout;
            error.message = Text::tr("no connection within %1 seconds").arg(seconds(options.http.connectMs));
            notSent = true;
            retriable = true;
            break;
        case Failure::Stalled:
            error.kind = ApiError::Kind::Timeout;
            error.message = result.headersReceived
                ? Text::tr("the answer stopped after the headers: nothing for %1 seconds")
                      .arg(seconds(options.http.stallMs))
                : Text::tr("no answer for %1 seconds").arg(seconds(options.http.stallMs));
            retriable = true;
            break;
        case Failure::TooLarge:
            error.kind = ApiError::Kind::InvalidReply;
            error.message = Text::tr("the reply is larger than %1 MB and was not read")
                                .arg(QString::number(double(options.http.maxReplyBytes) / (1 << 20)));
            break;
        case Failure::Transport:
        case Failure::None:
            notSent = HttpExchange::provesNotSent(result.networkError);
            retriable = isTransient(result.networkError);
            if (result.networkError == QNetworkReply::SslHandshakeFailedError) {
                error.kind = ApiError::Kind::Tls;
                error.message = result.networkErrorString;
            } else if (result.networkError == QNetworkReply::OperationCanceledError
                       || result.networkError == QNetworkReply::TimeoutError) {
                error.kind = ApiError::Kind::Timeout;
                error.message = Text::tr("no answer within %1 seconds").arg(seconds(options.http.stallMs));
            } else {
                error.kind = ApiError::Kind::Network;
                error.message = result.headersReceived
                    ? Text::tr("the connection broke after the headers (%1)").arg(result.networkErrorString)
                    : result.networkErrorString;
            }
            if (result.networkError == QNetworkReply::ContentReSendError)
                error.message = Text::tr("Qt would have had to send the request again (the connection broke after "
                                         "it was sent, or the server redirected it)");
            break;
        }
        if (isGet && retriable && call->attempt < options.maxGetRetries) {
            call->lastProblem = error.message;
            retry();
            return;
        }
        if (isWrite && !notSent && error.kind != ApiError::Kind::InvalidReply) {
            // It may have been carried out: say so, never send it again.
            error.kind = ApiError::Kind::OutcomeUnknown;
            error.message = Text::tr("%1; it is not sent again").arg(error.message);
        }
        finishWithError(error);
        return;
    }

    if (result.status >= 300 && result.status < 400) {
        const QUrl requested = result.url;
        if (isGet && result.location.isValid() && isSameOrigin(requested, result.location) && call->redirects < 3) {
            ++call->redirects;
            call->redirectedTo = result.location;
            dispatch(call);
            return;
        }
        error.kind = ApiError::Kind::Configuration;
        const QString target = result.location.toString(QUrl::RemoveUserInfo);
        if (!result.location.isValid())
            error.message = Text::tr("the server answered with a redirect without a target");
        else if (!isSameOrigin(requested, result.location))
            error.message = Text::tr("the server redirected the request to %1, another address; it is not followed, so "
                                     "the token stays with this cloud (check the endpoint in clouds.yaml)")
                                .arg(target);
        else
            error.message = Text::tr("the server redirected the request to %1; not followed").arg(target);
        finishWithError(error);
        return;
    }

    if (result.status == 401 && !call->reauthenticated && m_client->session()
        && m_client->session()->profile().authType() != CloudProfile::AuthType::None) {
        call->reauthenticated = true;
        qCInfo(lcOpenStack) << "401: authenticating again once";
        dispatch(call);
        return;
    }

    if (result.status >= 200 && result.status < 300) {
        Response response;
        response.status = result.status;
        response.body = result.body;
        response.requestId = result.requestId;
        response.url = result.url;
        response.method = call->method;
        endCall();
        call->handler(response);
        return;
    }

    if (isGet && (result.status == 502 || result.status == 503 || result.status == 504)
        && call->attempt < options.maxGetRetries) {
        call->lastProblem = Text::tr("HTTP %1").arg(result.status);
        retry();
        return;
    }

    error.kind = ApiError::kindForStatus(result.status);
    const auto decoded = codec::decodeError(result.body);
    if (decoded.ok()) {
        error.type = decoded.value->type;
        error.message = plainErrorText(decoded.value->message.toUtf8(), {}, result.status, 500);
    } else {
        error.message = plainErrorText(result.body, result.contentType, result.status);
    }
    if (result.status == 401 && error.message.isEmpty())
        error.message = Text::tr("the token was refused");
    if (isWrite && (result.status == 502 || result.status == 504)) {
        // A gateway answered: the server behind it may have done the work.
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.message = Text::tr("a gateway answered %1 (%2); it is not sent again")
                            .arg(result.status)
                            .arg(error.message.isEmpty() ? Text::tr("no details") : error.message);
    }
    finishWithError(error);
}

void Job::onDeadline()
{
    if (m_finished || !m_call)
        return;
    const std::shared_ptr<Call> call = m_call;
    const bool sent = call->sent || (m_exchange && m_exchange->isSent());
    delete m_exchange;
    ApiError error;
    error.method = QString::fromLatin1(call->method);
    error.kind = ApiError::Kind::Timeout;
    const int deadlineMs = m_client ? m_client->options().http.deadlineMs : m_deadline->interval();
    error.message = Text::tr("no answer within %1 seconds").arg(seconds(deadlineMs));
    if (!call->lastProblem.isEmpty())
        error.message = Text::tr("%1 (%2 attempts; the last failure: %3)")
                            .arg(error.message)
                            .arg(call->attempt + 1)
                            .arg(call->lastProblem);
    if (HttpExchange::isWrite(call->method) && sent) {
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.message = Text::tr("%1; it is not sent again").arg(error.message);
    }
    qCInfo(lcOpenStack).noquote() << call->method << call->pathAndQuery << "-> deadline" << call->clock.elapsed()
                                  << "ms";
    finishWithError(error);
}

void Job::endCall()
{
    m_deadline->stop();
    m_waiting->stop();
    setStillWaiting(false);
}

void Job::setStillWaiting(bool waiting)
{
    if (m_stillWaiting == waiting)
        return;
    m_stillWaiting = waiting;
    Q_EMIT stillWaitingChanged(waiting);
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
    error.method = QString::fromLatin1(response.method);
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
    endCall();
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace vpnaas::openstack
