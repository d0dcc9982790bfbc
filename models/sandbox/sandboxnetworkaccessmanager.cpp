// SPDX-License-Identifier: Apache-2.0
#include "sandboxnetworkaccessmanager.h"

#include "sandboxserver.h"

#include "perf/background.h"

#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {

/*! A finished-on-the-next-turn reply carrying a sandbox answer (or one given later, see deliver()). */
class SandboxReply : public QNetworkReply
{
public:
    enum class Delivery { Answer, Reset, Never, Later };

    SandboxReply(const QNetworkRequest &request, const QByteArray &method, QNetworkAccessManager::Operation op,
                 const SandboxResponse &response, QObject *parent, Delivery delivery = Delivery::Answer)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (op == QNetworkAccessManager::CustomOperation)
            setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly);
        if (delivery == Delivery::Never || delivery == Delivery::Later)
            return;
        if (delivery == Delivery::Reset) {
            QTimer::singleShot(0, this, [this] {
                if (isFinished())
                    return;
                setError(QNetworkReply::RemoteHostClosedError, u"Connection closed"_s);
                setFinished(true);
                Q_EMIT errorOccurred(QNetworkReply::RemoteHostClosedError);
                Q_EMIT finished();
            });
            return;
        }
        QTimer::singleShot(0, this, [this, response] { deliver(response); });
    }

    /*! Finishes with \a response now (nothing when aborted before). */
    void deliver(const SandboxResponse &response)
    {
        if (isFinished())
            return;
        m_body = response.body;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
        setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        setRawHeader("X-Openstack-Request-Id", response.requestId.toLatin1());
        if (response.status >= 400) {
            const auto error = response.status == 404 ? QNetworkReply::ContentNotFoundError
                : response.status == 409              ? QNetworkReply::ContentConflictError
                : response.status >= 500              ? QNetworkReply::InternalServerError
                                                      : QNetworkReply::ProtocolInvalidOperationError;
            setError(error, u"HTTP %1"_s.arg(response.status));
        }
        Q_EMIT metaDataChanged();
        release();
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
        setFinished(true);
        Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_released - m_offset + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_released - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    /*! Makes the next part of the body readable; finishes after the last. A big body comes in
        parts over several turns of the event loop, as from a socket: the reader copies it in
        steps, not 7 MB in one go. */
    void release()
    {
        if (isFinished())
            return;
        m_released = std::min<qint64>(m_body.size(), m_released + kPart);
        if (m_released > 0) {
            Q_EMIT downloadProgress(m_released, m_body.size());
            Q_EMIT readyRead();
        }
        if (isFinished())
            return; // the reader aborted
        if (m_released < m_body.size()) {
            QTimer::singleShot(0, this, [this] { release(); });
            return;
        }
        setFinished(true);
        Q_EMIT finished();
    }

    static constexpr qint64 kPart = qint64(256) * 1024;
    QByteArray m_body;
    qint64 m_released = 0;
    qint64 m_offset = 0;
};

QByteArray verb(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

SandboxNetworkAccessManager::SandboxNetworkAccessManager(SandboxServer *server, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_server(server)
{
}

SandboxNetworkAccessManager::~SandboxNetworkAccessManager() = default;

QNetworkReply *SandboxNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    if (!m_server || request.url().host() != m_server->options().baseUrl.host()
        || request.url().port(80) != m_server->options().baseUrl.port(80)) {
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
    ++m_requests;
    const QByteArray method = verb(op, request);
    ++m_requestsByMethod[method];
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.method == method && request.url().path().startsWith(fault.pathPrefix)) {
            if (fault.skip > 0) {
                --fault.skip;
                break;
            }
            using Mode = Fault::Mode;
            const Mode mode = fault.mode;
            SandboxResponse failure = fault.body.isEmpty() ? errorResponse(fault.status, fault.type, fault.message)
                                                           : SandboxResponse{fault.status, fault.body, {}};
            failure.requestId = u"req-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (--fault.count <= 0)
                m_faults.removeAt(i);
            if (mode == Mode::CommitThenFail || mode == Mode::CommitThenReset || mode == Mode::CommitThenHang)
                m_server->handle(method, request.url(), body);
            const auto delivery = mode == Mode::CommitThenReset      ? SandboxReply::Delivery::Reset
                : mode == Mode::Hang || mode == Mode::CommitThenHang ? SandboxReply::Delivery::Never
                                                                     : SandboxReply::Delivery::Answer;
            return inFlight(new SandboxReply(request, method, op, failure, this, delivery), method);
        }
    }
    if (method == "GET" && m_server->store() && m_server->store()->size() >= perf::kBackgroundFrom) {
        // A read of a big sandbox is answered on the background pool from a snapshot of the
        // store (a list of 10,000 connections is ~100 ms of JSON): the window keeps painting,
        // and later writes do not change what this read sees, as on a real server.
        auto *reply = new SandboxReply(request, method, op, {}, this, SandboxReply::Delivery::Later);
        std::shared_ptr<SandboxStore> snapshot = m_server->store()->snapshot();
        perf::runInBackground(
            reply,
            [snapshot, options = m_server->options(), method, url = request.url()] {
                SandboxServer reader(snapshot.get(), options);
                return reader.handle(method, url, {});
            },
            [reply](const SandboxResponse &response) { reply->deliver(response); });
        return inFlight(reply, method);
    }
    const SandboxResponse response = m_server->handle(method, request.url(), body);
    return inFlight(new SandboxReply(request, method, op, response, this), method);
}

QNetworkReply *SandboxNetworkAccessManager::inFlight(QNetworkReply *reply, const QByteArray &method)
{
    const int now = ++m_inFlight[method];
    m_maxInFlight[method] = std::max(m_maxInFlight.value(method), now);
    connect(reply, &QNetworkReply::finished, this, [this, method] { --m_inFlight[method]; });
    return reply;
}

} // namespace vpnaas::sandbox
