// SPDX-License-Identifier: Apache-2.0
#include "httpexchange.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::HttpExchange)
};

/*!
 * The body of a write, readable once: reset() fails, so Qt cannot send the request a second time
 * (QHttpNetworkConnectionChannel::resetUploadData() turns that into ContentReSendError).
 */
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_offset >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(u"&#(\\d{1,6});"_s);
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = numeric.match(text, from)).hasMatch()) {
        const char32_t code = match.captured(1).toUInt();
        const QString replacement = code >= 32 && code < 0x110000 ? QString::fromUcs4(&code, 1) : u" "_s;
        text.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

/*! Control and format characters (escape sequences, bidi overrides) as spaces, whitespace collapsed. */
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    return text.simplified();
}

/*! Tags out, entities decoded, one line. */
QString stripMarkup(const QString &html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.replace(tags, u" "_s);
    return oneLine(decodeEntities(text));
}

QString capped(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u'…';
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &method,
                           const QByteArray &body, const HttpTimeouts &timeouts, QObject *parent, Upload upload)
    : QObject(parent)
    , m_timeouts(timeouts)
    , m_connectTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
{
    // Qt must never follow a redirect itself: it would take X-Auth-Token (or Keystone's password
    // body) along to whatever origin the Location names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt's own transfer timeout only backs up the stall timer below.
    request.setTransferTimeout(m_timeouts.stallMs + 1000);
    QNetworkReply *reply = nullptr;
    if (isWrite(method) && upload == Upload::OneShot) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        // Stream from the one-shot device instead of a rewindable copy (see the class doc).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body, this);
        reply = network->sendCustomRequest(request, method, device);
        device->setParent(reply);
    } else if (isWrite(method)) {
        reply = network->sendCustomRequest(request, method, body);
    } else {
        reply = network->sendCustomRequest(request, method);
    }
    m_reply = reply;

    m_connectTimer->setSingleShot(true);
    m_stallTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] { failWith(Failure::ConnectTimeout); });
    connect(m_stallTimer, &QTimer::timeout, this, [this] { failWith(Failure::Stalled); });
    connect(reply, &QNetworkReply::requestSent, this, &HttpExchange::onSent);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpExchange::onActivity);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownload);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_connectTimer->start(std::max(1, m_timeouts.connectMs));
    m_stallTimer->start(std::max(1, m_timeouts.stallMs));
}

HttpExchange::~HttpExchange()
{
    abandon();
}

void HttpExchange::abandon()
{
    m_done = true;
    m_body = {};
    m_connectTimer->stop();
    m_stallTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

bool HttpExchange::isTransportError(QNetworkReply::NetworkError error, int httpStatus)
{
    if (error == QNetworkReply::NoError)
        return false;
    if (httpStatus == 0)
        return true;
    // With a status, Qt reports 4xx/5xx as "content", "server" or "protocol invalid operation"
    // errors: the answer is complete, the status says the rest.
    const int code = int(error);
    const bool fromStatus = (code >= 201 && code <= 299 && error != QNetworkReply::ContentReSendError)
        || error == QNetworkReply::ProtocolInvalidOperationError || (code >= 401 && code <= 499)
        || (error == QNetworkReply::ProxyAuthenticationRequiredError && httpStatus == 407);
    return !fromStatus;
}

bool HttpExchange::provesNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

void HttpExchange::onActivity()
{
    if (!m_done)
        m_stallTimer->start(std::max(1, m_timeouts.stallMs));
}

void HttpExchange::onSent()
{
    m_sent = true;
    m_connectTimer->stop();
    onActivity();
}

void HttpExchange::onMetaData()
{
    if (m_done || !m_reply)
        return;
    m_headers = true;
    onSent();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_timeouts.maxReplyBytes)
        failWith(Failure::TooLarge);
}

void HttpExchange::onDownload(qint64 received)
{
    if (m_done)
        return;
    onSent();
    if (received > m_timeouts.maxReplyBytes)
        failWith(Failure::TooLarge);
}

void HttpExchange::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    onActivity();
    if (!readAvailable(m_reply))
        failWith(Failure::TooLarge);
}

bool HttpExchange::readAvailable(QNetworkReply *reply)
{
    // The body is taken as it arrives, into one buffer of the announced length where there is
    // one: a list of 10,000 connections is ~7 MB, and copying it in one go at the end (fresh
    // pages, faulted in one by one) held the GUI thread for 20-40 ms.
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return true;
    if (m_body.size() + available > m_timeouts.maxReplyBytes)
        return false;
    if (m_body.isEmpty()) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > available && announced <= m_timeouts.maxReplyBytes)
            m_body.reserve(qsizetype(announced));
    }
    const qsizetype before = m_body.size();
    m_body.resize(before + qsizetype(available));
    const qint64 read = reply->read(m_body.data() + before, available);
    m_body.resize(before + qsizetype(std::max<qint64>(read, 0)));
    return true;
}

void HttpExchange::failWith(Failure failure)
{
    if (m_done || !m_reply || m_failure != Failure::None)
        return;
    m_failure = failure;
    m_reply->abort(); // finished() follows synchronously (or on the next turn): onFinished()
}

void HttpExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_connectTimer->stop();
    m_stallTimer->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    Result result;
    result.url = reply->url();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.requestId = QString::fromLatin1(reply->rawHeader("X-Openstack-Request-Id"));
    result.contentType = reply->rawHeader("Content-Type");
    result.headersReceived = m_headers || result.status != 0;
    result.headers = reply->rawHeaderPairs();
    result.networkError = reply->error();
    result.networkErrorString = reply->errorString();
    result.failure = m_failure;
    if (result.failure == Failure::None && isTransportError(result.networkError, result.status))
        result.failure = Failure::Transport;
    if (result.failure == Failure::None && reply->isOpen()) {
        // Only a complete reply is read: an aborted one is closed, and reading it only warns.
        // What is left; never read(max), which allocates max bytes for every reply (64 MiB).
        if (readAvailable(reply))
            result.body = std::exchange(m_body, {});
        else
            result.failure = Failure::TooLarge;
        if (result.status >= 300 && result.status < 400) {
            const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (location.isValid() && !location.isEmpty())
                result.location = result.url.resolved(location);
        }
    }
    m_body = {};
    Q_EMIT done(result);
}

QByteArray HttpExchange::Result::header(const QByteArray &name) const
{
    for (const QNetworkReply::RawHeaderPair &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == u"https" ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString plainErrorText(const QByteArray &body, const QByteArray &contentType, int httpStatus, int maxChars)
{
    // Error pages are short; a huge one is not worth scanning whole.
    const QString text = QString::fromUtf8(body.left(qsizetype(64) * 1024));
    static const QRegularExpression htmlStart(u"^\\s*<(!doctype|html|head|body|h1|title|p|div|center)\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    const bool html = contentType.toLower().contains("html") || htmlStart.match(text).hasMatch();
    if (!html)
        return capped(oneLine(text), maxChars);
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(u"<h1[^>]*>(.*?)</h1>"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatch match = title.match(text);
    if (!match.hasMatch())
        match = heading.match(text);
    const QString name = match.hasMatch() ? stripMarkup(match.captured(1)) : QString();
    const QString what = Text::tr("the server answered with an HTML page (HTTP %1)").arg(httpStatus);
    return capped(name.isEmpty() ? what : QString(what + u": " + name), maxChars);
}

} // namespace vpnaas::openstack
