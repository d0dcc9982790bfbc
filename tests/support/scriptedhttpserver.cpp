// SPDX-License-Identifier: Apache-2.0
#include "scriptedhttpserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

void ScriptedHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                Request request;
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length").toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                request.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_requests.append(request);

                Answer answer;
                if (m_answers.isEmpty()) {
                    answer.status = 599;
                    answer.body = "no scripted answer";
                } else {
                    answer = m_answers.takeFirst();
                }
                switch (answer.mode) {
                case Answer::Mode::CloseAfterRequest:
                    socket->abort();
                    return;
                case Answer::Mode::Never:
                    return;
                case Answer::Mode::Reply:
                case Answer::Mode::HeadersThenStall: {
                    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
                    for (const auto &[name, value] : std::as_const(answer.headers))
                        head += name + ": " + value + "\r\n";
                    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n";
                    if (answer.mode == Answer::Mode::HeadersThenStall) {
                        socket->write(head + answer.body.left(answer.body.size() / 2));
                        return;
                    }
                    socket->write(head + answer.body);
                    break;
                }
                }
            }
        });
    }
}
