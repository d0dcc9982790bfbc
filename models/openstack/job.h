// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

namespace vpnaas::openstack {

class NeutronClient;

/*!
 * One REST operation against Neutron (libkgapi style). start() runs it asynchronously;
 * finished() is emitted exactly once, also on failure; error() says why. The job deletes itself
 * after finished() unless setAutoDelete(false). Every reply it creates is deleted.
 *
 * send() adds what every request needs: the token (authenticating first when needed), a
 * transfer timeout, one transparent re-authentication on 401, and retries with backoff for
 * GETs on connection errors and 502/503/504. Writes are never retried.
 */
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(NeutronClient *client, QObject *parent = nullptr);
    ~Job() override;

    void start();
    /*! Aborts the request in flight; finished() follows with Kind::Canceled. */
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    QString errorString() const { return m_error.userMessage(); }
    /*! The resource the job is about: the created one's id once a create succeeded, the target of
        a show, update or delete; empty for jobs about no single resource. */
    const QString &resourceId() const { return m_resourceId; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(vpnaas::openstack::Job *job);

protected:
    struct Response {
        int status = 0;
        QByteArray body;
        QString requestId;
        QUrl url;
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
    void onReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish();

    QPointer<NeutronClient> m_client;
    QPointer<QNetworkReply> m_reply;
    ApiError m_error;
    QString m_resourceId;
    bool m_finished = false;
    bool m_started = false;
    bool m_autoDelete = true;
    bool m_canceled = false;
};

} // namespace vpnaas::openstack
