// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace vpnaas::openstack {

/*!
 * How long the console waits for a cloud. The defaults report a hung cloud within 15 s; the
 * NeutronClient and the Session each take a copy (Workspace::setHttpTimeouts() sets both).
 */
struct HttpTimeouts {
    /*! The request must be on its way (connected, TLS done, written) within this time; Qt's
        queue of six connections per host counts too. */
    int connectMs = 8000;
    /*! No byte moved in either direction for this long: the attempt is given up. */
    int stallMs = 10000;
    /*! One request with everything it takes (authentication, retries, backoff) ends by then. */
    int deadlineMs = 15000;
    /*! A request without an answer for this long is "still waiting" (the UI says so). */
    int stillWaitingMs = 3000;
    /*! Larger replies are refused, not read (the largest recorded list page is ~3 MB). */
    qint64 maxReplyBytes = qint64(64) << 20;
};

/*!
 * One HTTP request and its answer, with the policy every request to a cloud follows:
 *
 * - redirects are never followed by Qt (ManualRedirectPolicy): the caller sees the 3xx and its
 *   Location, so a token or a password never reaches another origin;
 * - a write (any method but GET and HEAD) is uploaded from a one-shot device that cannot be
 *   rewound: Qt's HTTP channel re-sends a request whose connection broke while it waited for the
 *   answer (QHttpNetworkConnectionChannel::_q_error, RemoteHostClosedError in WaitingState, for
 *   every method; measured with Qt 6.4.2: a POST reached the server twice, and neither
 *   DoNotBufferUploadDataAttribute nor "Connection: close" prevents it). That re-send goes
 *   through resetUploadData(), which fails for this device, so the reply ends with
 *   ContentReSendError instead of a duplicate. The channel also rewinds the body for a 307/308
 *   whatever the redirect policy (handleStatus()), so such a redirect of a write ends the same
 *   way: as a write whose outcome is unknown, which is safe;
 * - a connect timer (until the request is written), a stall timer (no byte either way) and a
 *   size cap (Content-Length or bytes received), each aborting the reply;
 * - the body is read only from a complete reply, never from an aborted one.
 *
 * done() is emitted exactly once (not for abandon()); the owner deletes the exchange.
 */
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None, // an HTTP answer (any status); body is complete
        Transport, // the network layer failed (networkError says how), also after the headers
        ConnectTimeout, // not on its way within connectMs
        Stalled, // nothing moved for stallMs
        TooLarge, // more than maxReplyBytes
    };
    struct Result {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QString requestId;
        QUrl url;
        QUrl location; // of a 3xx, resolved against url
        Failure failure = Failure::None;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        bool headersReceived = false;
        QList<QNetworkReply::RawHeaderPair> headers;

        /*! The value of header \a name (case-insensitive), empty when absent. */
        QByteArray header(const QByteArray &name) const;
    };

    /*! How a write's body is uploaded. OneShot: never twice (see the class doc). Rewindable: Qt may
        send it again after a broken connection; only for requests that are safe to repeat
        (Keystone's POST /v3/auth/tokens only issues another token). */
    enum class Upload { OneShot, Rewindable };

    HttpExchange(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &method,
                 const QByteArray &body, const HttpTimeouts &timeouts, QObject *parent = nullptr,
                 Upload upload = Upload::OneShot);
    /*! Aborts the reply when still running (without done()). */
    ~HttpExchange() override;

    /*! The request was written to a connection (QNetworkReply::requestSent), or answered. */
    bool isSent() const { return m_sent; }
    /*! Aborts without done(). */
    void abandon();

    static bool isWrite(const QByteArray &method) { return method != "GET" && method != "HEAD"; }
    /*! A failure of the network layer rather than an HTTP status Qt turned into an error. */
    static bool isTransportError(QNetworkReply::NetworkError error, int httpStatus);
    /*! The request cannot have reached the server (refused, unknown host, TLS handshake). */
    static bool provesNotSent(QNetworkReply::NetworkError error);

Q_SIGNALS:
    void done(const vpnaas::openstack::HttpExchange::Result &result);

private:
    void onActivity();
    void onSent();
    void onMetaData();
    void onDownload(qint64 received);
    void onReadyRead();
    /*! Appends what \a reply holds to m_body; false when that would pass maxReplyBytes. */
    bool readAvailable(QNetworkReply *reply);
    void failWith(Failure failure);
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    HttpTimeouts m_timeouts;
    QTimer *m_connectTimer;
    QTimer *m_stallTimer;
    QByteArray m_body; // read as it arrives
    Failure m_failure = Failure::None;
    bool m_sent = false;
    bool m_headers = false;
    bool m_done = false;
};

/*!
 * An error body as one line of plain text: a JSON error's message is the caller's business; HTML
 * becomes "the server answered with an HTML page (HTTP 500): <title>", other text is stripped of
 * control characters, whitespace collapsed, and cut at \a maxChars.
 */
QString plainErrorText(const QByteArray &body, const QByteArray &contentType, int httpStatus, int maxChars = 200);

/*! Same scheme, host and port. */
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace vpnaas::openstack
