// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

/*!
 * A real HTTP/1.1 server on 127.0.0.1 for what only Qt's own network stack does: following (or
 * not) a redirect, re-sending a request whose connection broke, a transfer that stops after the
 * headers. Answers are served in order; a request without one gets a 599. Every request is
 * recorded with its headers (names in lower case) and body.
 */
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Answer {
        enum class Mode {
            Reply, // status, headers, body
            CloseAfterRequest, // read the whole request, then close without a word
            HeadersThenStall, // status and headers (Content-Length of the full body), half the body, then silence
            Never, // read the request, answer nothing, keep the connection open
        };
        Mode mode = Mode::Reply;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool isListening() const { return m_server.isListening(); }
    /*! "http://127.0.0.1:<port><path>". */
    QUrl url(const QString &path = {}) const;
    void expect(const Answer &answer) { m_answers.append(answer); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();

    QTcpServer m_server;
    QList<Answer> m_answers;
    QList<Request> m_requests;
};
