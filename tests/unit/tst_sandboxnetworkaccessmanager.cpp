// SPDX-License-Identifier: Apache-2.0
// SandboxNetworkAccessManager: the sandbox answers like a network, from the event loop; a read
// of a big sandbox (kBackgroundFrom resources and more) is answered on the background pool from
// a snapshot of the store: the same bytes the server gives on its own thread, the state as it
// was when the request went out (a write sent after it is not in it, the next read sees it), and
// an abort before the answer is an ordinary cancelled reply.
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include "perf/background.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::sandbox;

namespace {

const QUrl kGroups(u"http://sandbox.invalid:9696/v2.0/vpn/endpoint-groups"_s);

QByteArray groupBody(int n)
{
    return QJsonDocument(
               QJsonObject{{u"endpoint_group"_s,
                            QJsonObject{{u"name"_s, u"g%1"_s.arg(n)},
                                        {u"type"_s, u"cidr"_s},
                                        {u"endpoints"_s, QJsonArray{u"10.%1.%2.0/24"_s.arg(n / 256).arg(n % 256)}}}}})
        .toJson(QJsonDocument::Compact);
}

int groupsIn(const QByteArray &body)
{
    return int(QJsonDocument::fromJson(body).object().value(u"endpoint_groups"_s).toArray().size());
}

} // namespace

class TestSandboxNetworkAccessManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answersFromTheEventLoop_data();
    void answersFromTheEventLoop();
    void aReadSeesTheStateItWasSentIn();
    void abortBeforeTheAnswer();
    void bigBodyComesInParts();

private:
    void fill(int groups);

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxNetworkAccessManager> m_network;
};

void TestSandboxNetworkAccessManager::init()
{
    m_store = std::make_unique<SandboxStore>();
    QString error;
    QVERIFY(m_store->open(&error));
    m_server = std::make_unique<SandboxServer>(m_store.get());
    m_network = std::make_unique<SandboxNetworkAccessManager>(m_server.get());
}

void TestSandboxNetworkAccessManager::fill(int groups)
{
    for (int n = 0; n < groups; ++n)
        QCOMPARE(m_server->handle("POST", kGroups, groupBody(n)).status, 201);
}

void TestSandboxNetworkAccessManager::answersFromTheEventLoop_data()
{
    QTest::addColumn<int>("groups");
    QTest::newRow("small: on the next turn") << 3;
    QTest::newRow("big: on the background pool") << int(perf::kBackgroundFrom) + 44;
}

void TestSandboxNetworkAccessManager::answersFromTheEventLoop()
{
    QFETCH(int, groups);
    fill(groups);
    const SandboxResponse direct = m_server->handle("GET", kGroups, {});
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(kGroups)));
    QVERIFY(!reply->isFinished());
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->rawHeader("X-Openstack-Request-Id").startsWith("req-"));
    const QByteArray body = reply->readAll();
    QCOMPARE(body, direct.body);
    QCOMPARE(groupsIn(body), groups);
    QCOMPARE(m_network->requestCount("GET"), 1);
}

void TestSandboxNetworkAccessManager::aReadSeesTheStateItWasSentIn()
{
    const int groups = int(perf::kBackgroundFrom);
    fill(groups);
    std::unique_ptr<QNetworkReply> before(m_network->get(QNetworkRequest(kGroups)));
    QNetworkRequest post(kGroups);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> created(m_network->post(post, groupBody(groups)));
    std::unique_ptr<QNetworkReply> after(m_network->get(QNetworkRequest(kGroups)));
    QTRY_VERIFY(before->isFinished() && created->isFinished() && after->isFinished());
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(groupsIn(before->readAll()), groups);
    QCOMPARE(groupsIn(after->readAll()), groups + 1);
}

void TestSandboxNetworkAccessManager::abortBeforeTheAnswer()
{
    fill(int(perf::kBackgroundFrom));
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(kGroups)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    // The background answer arrives later and changes nothing.
    QSignalSpy metaData(reply.get(), &QNetworkReply::metaDataChanged);
    std::unique_ptr<QNetworkReply> next(m_network->get(QNetworkRequest(kGroups)));
    QTRY_VERIFY(next->isFinished());
    QCOMPARE(finished.size(), 1);
    QVERIFY(metaData.isEmpty());
    QCOMPARE(reply->readAll(), QByteArray());
}

// A body over 256 KiB is readable in parts over several turns of the event loop, as from a
// socket: the reader copies it in steps (7 MB in one go held the GUI thread 20-40 ms).
void TestSandboxNetworkAccessManager::bigBodyComesInParts()
{
    fill(1);
    const QJsonObject group = QJsonDocument::fromJson(m_server->handle("GET", kGroups, {}).body)
                                  .object()
                                  .value(u"endpoint_groups"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QList<SandboxStore::Change> copies;
    for (int n = 0; n < 4000; ++n) {
        QJsonObject copy = group;
        copy.insert(u"id"_s, u"copy-%1"_s.arg(n));
        copies.append({u"endpoint-groups"_s, copy.value(u"id"_s).toString(), copy});
    }
    QString error;
    QVERIFY2(m_store->apply(copies, &error), qPrintable(error));
    const SandboxResponse direct = m_server->handle("GET", kGroups, {});
    constexpr qsizetype part = qsizetype(256) * 1024;
    QVERIFY2(direct.body.size() > 2 * part, qPrintable(QString::number(direct.body.size())));
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(kGroups)));
    QByteArray body;
    QList<qint64> readable;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
        readable.append(reply->bytesAvailable());
        body += reply->readAll();
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(body, direct.body);
    QCOMPARE(readable.size(), (direct.body.size() + part - 1) / part);
    QCOMPARE(readable.first(), part);
}

QTEST_GUILESS_MAIN(TestSandboxNetworkAccessManager)
#include "tst_sandboxnetworkaccessmanager.moc"
