// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apierror.h"
#include "httpexchange.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace vpnaas::openstack {

class NeutronClient;

/*!
 * One REST operation against Neutron (libkgapi style). start() runs it asynchronously;
 * finished() is emitted exactly once, also on failure; error() says why. The job deletes itself
 * after finished() unless setAutoDelete(false). Every reply it creates is deleted.
 *
 * send() adds what every request needs: the token (authenticating first when needed), the
 * HttpExchange policy (no redirect to another origin, connect and stall timers, a size cap, no
 * re-send of a write by Qt), a deadline for the whole request (authentication and retries
 * included), stillWaitingChanged() while it is slow, one transparent re-authentication on 401,
 * and retries with backoff for GETs on network errors (also after the headers), timeouts and
 * 502/503/504. Writes are never sent twice: a write that may have reached the server and got no
 * usable answer fails with Kind::OutcomeUnknown.
 *
 * The client is held through a QPointer: if it is destroyed (a cloud switch), the job finishes
 * with Kind::Canceled instead of touching it.
 */
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(NeutronClient *client, QObject *parent = nullptr);
    ~Job() override;

    void start();
    /*! Aborts the request in flight; finished() follows at once with Kind::Canceled, or with
        Kind::OutcomeUnknown for a write that was already sent (it may have been carried out). */
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    QString errorString() const { return m_error.userMessage(); }
    /*! The resource the job is about: the created one's id once a create succeeded, the target of
        a show, update or delete; empty for jobs about no single resource. */
    const QString &resourceId() const { return m_resourceId; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    /*! A request has waited longer than HttpTimeouts::stillWaitingMs without an answer. */
    bool isStillWaiting() const { return m_stillWaiting; }

Q_SIGNALS:
    void finished(vpnaas::openstack::Job *job);
    /*! True once a request has waited stillWaitingMs; false when it got its answer or the job ended. */
    void stillWaitingChanged(bool waiting);

protected:
    struct Response {
        int status = 0;
        QByteArray body;
        QString requestId;
        QUrl url;
        QByteArray method;
    };
    using Handler = std::function<void(const Response &)>;

    virtual void run() = 0;

    /*! Sends \a method \a path (relative to the network endpoint, e.g. "/v2.0/vpn/ikepolicies?limit=2").
     *  \a handler gets 2xx responses; anything else finishes the job with the matching error. */
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, Handler handler);
    void finishWithError(ApiError error);
    void finishWithInvalidReply(const QString &why, const Response &response);
    void finishSuccessfully();
    NeutronClient *client() const { return m_client; }
    void setResourceId(const QString &id) { m_resourceId = id; }

private:
    struct Call;
    void dispatch(const std::shared_ptr<Call> &call);
    void onReply(const std::shared_ptr<Call> &call, const HttpExchange::Result &result);
    void onDeadline();
    void onClientGone();
    void endCall();
    void setStillWaiting(bool waiting);
    void finish();
    ApiError canceledError() const;

    QPointer<NeutronClient> m_client;
    QPointer<HttpExchange> m_exchange;
    std::shared_ptr<Call> m_call;
    QTimer *m_deadline;
    QTimer *m_waiting;
    ApiError m_error;
    QString m_resourceId;
    bool m_finished = false;
    bool m_started = false;
    bool m_autoDelete = true;
    bool m_canceled = false;
    bool m_hadClient = false;
    bool m_clientGone = false;
    bool m_stillWaiting = false;
};

} // namespace vpnaas::openstack
