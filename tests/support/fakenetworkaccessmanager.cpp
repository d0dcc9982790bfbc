// SPDX-License-Identifier: Apache-2.0
#include "fakenetworkaccessmanager.h"

#include "fixtures.h"

#include <QBuffer>
#include <QTimer>

using namespace Qt::StringLiterals;

class FakeReply : public QNetworkReply
{
public:
    FakeReply(FakeNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &method,
              const FakeNetworkAccessManager::Answer &answer)
        : QNetworkReply(manager)
        , m_manager(manager)
        , m_body(answer.body)
    {
        ++m_manager->m_liveReplies;
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly);
        if (answer.neverConnects)
            return;
        const bool refused = answer.error == QNetworkReply::ConnectionRefusedError
            || answer.error == QNetworkReply::HostNotFoundError
            || answer.error == QNetworkReply::SslHandshakeFailedError;
        if (!refused)
            QTimer::singleShot(0, this, [this] { Q_EMIT requestSent(); });
        if (answer.never)
            return;
        QTimer::singleShot(0, this, [this, answer] {
            if (isFinished())
                return;
            if (answer.stallAfterHeaders) {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
                for (auto it = answer.headers.cbegin(); it != answer.headers.cend(); ++it)
                    setRawHeader(it.key(), it.value());
                Q_EMIT metaDataChanged();
                Q_EMIT downloadProgress(m_body.size(), -1);
                Q_EMIT readyRead();
                return; // and nothing more
            }
            if (answer.error != QNetworkReply::NoError) {
                setError(answer.error, u"fake network error %1"_s.arg(int(answer.error)));
                Q_EMIT errorOccurred(answer.error);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
                for (auto it = answer.headers.cbegin(); it != answer.headers.cend(); ++it)
                    setRawHeader(it.key(), it.value());
                if (answer.status >= 400)
                    setError(QNetworkReply::ProtocolInvalidOperationError, u"HTTP %1"_s.arg(answer.status));
                Q_EMIT metaDataChanged();
                Q_EMIT downloadProgress(m_body.size(), m_body.size());
                Q_EMIT readyRead();
            }
            complete();
        });
    }
    ~FakeReply() override { --m_manager->m_liveReplies; }

    void abort() override
    {
        if (isFinished())
            return;
        // Like QNetworkReplyHttpImpl: an aborted reply is closed, reading it only warns.
        close();
        setError(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
        Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
        complete();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void complete()
    {
        setFinished(true);
        Q_EMIT finished();
    }

    FakeNetworkAccessManager *m_manager;
    QByteArray m_body;
    qint64 m_offset = 0;
};

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

FakeNetworkAccessManager::~FakeNetworkAccessManager()
{
    // Replies still alive (a deleteLater() that never ran) go while this is still a
    // FakeNetworkAccessManager: ~QNetworkAccessManager would delete them after this part is gone,
    // and their destructor counts on it (UBSan: member access of a QNetworkAccessManager).
    const QList<QNetworkReply *> replies = findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
}

void FakeNetworkAccessManager::expectFixture(const QString &name)
{
    for (const Fixture &fx : loadFixtures()) {
        if (fx.name != name)
            continue;
        Answer answer;
        answer.method = fx.method.toLatin1();
        answer.path = fx.path;
        answer.status = fx.status;
        answer.body = fx.body;
        for (auto it = fx.headers.cbegin(); it != fx.headers.cend(); ++it) {
            if (it.key() != u"Content-Length")
                answer.headers.insert(it.key().toLatin1(), it.value().toLatin1());
        }
        expect(answer);
        return;
    }
    qFatal("no fixture %s", qPrintable(name));
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    QByteArray method;
    switch (op) {
    case GetOperation:
        method = "GET";
        break;
    case PostOperation:
        method = "POST";
        break;
    case PutOperation:
        method = "PUT";
        break;
    case DeleteOperation:
        method = "DELETE";
        break;
    case HeadOperation:
        method = "HEAD";
        break;
    default:
        method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    Request recorded{method, request.url(), {}, outgoingData ? outgoingData->readAll() : QByteArray()};
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.insert(name, request.rawHeader(name));
    m_requests.append(recorded);

    const QString path = request.url().path();
    const QString pathAndQuery
        = request.url().hasQuery() ? path + u'?' + request.url().query(QUrl::FullyDecoded) : path;
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        const Answer &a = m_answers.at(i);
        if (a.method != method)
            continue;
        if (!a.path.isEmpty() && a.path != path && a.path != pathAndQuery
            && QUrl::fromPercentEncoding(a.path.toUtf8()) != pathAndQuery)
            continue;
        const Answer answer = m_answers.takeAt(i);
        return new FakeReply(this, request, method, answer);
    }
    Answer missing;
    missing.status = 599;
    missing.body = "{\"NeutronError\": {\"type\": \"FakeUnexpectedRequest\", \"message\": \"no scripted answer for "
        + method + ' ' + pathAndQuery.toUtf8() + "\", \"detail\": \"\"}}";
    return new FakeReply(this, request, method, missing);
}
