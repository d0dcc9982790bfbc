// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
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
    /*! The requests with \a method ("GET", "POST", ...) so far. */
    int requestCount(const QByteArray &method) const { return m_requestsByMethod.value(method); }
    /*! The most requests with \a method that were unanswered at the same time (since resetMaxInFlight()). */
    int maxInFlight(const QByteArray &method) const { return m_maxInFlight.value(method); }
    void resetMaxInFlight() { m_maxInFlight = m_inFlight; }

    /*!
     * A failure to answer instead of the server, for tests and demonstrations: the next
     * \a count requests whose method is \a method and whose path starts with \a pathPrefix get
     * a NeutronError \a status answer (\a type, \a message) and never reach the server; \a mode
     * makes the write ambiguous instead (committed, then an error, a reset or no answer).
     */
    struct Fault {
        /*! What happens to a matching request. */
        enum class Mode {
            /*! Answered with \a status; the server never sees it (refused before commit). */
            Refuse,
            /*! The server handles (commits) it, then \a status is answered instead of its reply. */
            CommitThenFail,
            /*! The server handles it, then the connection drops: no status, a network error. */
            CommitThenReset,
            /*! Never answered (until aborted); the server never sees it. */
            Hang,
            /*! The server handles it; its answer never comes (until aborted). */
            CommitThenHang,
        };
        QByteArray method;
        QString pathPrefix;
        int status = 500;
        QString type = QStringLiteral("HTTPInternalServerError");
        QString message = QStringLiteral("Request Failed: internal server error while processing your request.");
        int count = 1;
        /*! Non-empty: answer \a status with this body instead of a NeutronError (e.g. an
         *  extension list without vpnaas, to look like a cloud that lacks it). */
        QByteArray body = {};
        Mode mode = Mode::Refuse;
        /*! Let this many matching requests through untouched first (fault the N+1st). */
        int skip = 0;
    };
    void injectFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    int pendingFaults() const { return int(m_faults.size()); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QNetworkReply *inFlight(QNetworkReply *reply, const QByteArray &method);

    QPointer<SandboxServer> m_server;
    int m_requests = 0;
    QHash<QByteArray, int> m_requestsByMethod;
    QHash<QByteArray, int> m_inFlight;
    QHash<QByteArray, int> m_maxInFlight;
    QList<Fault> m_faults;
};

} // namespace vpnaas::sandbox
