// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>

/*!
 * A QNetworkAccessManager that answers from a script instead of the network (libkgapi's
 * FakeNetworkAccessManager idea). Each expected exchange matches a method and a path (with or
 * without the query); answers are served in order per match and every request is recorded.
 * Like Qt's HTTP replies, a reply emits requestSent() once the request is "on the wire" (not for
 * a refused connection or neverConnects), then metaDataChanged(), downloadProgress() and
 * readyRead() with the answer. Redirects are answers like any other (a 3xx with a Location
 * header); nothing is followed.
 */
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Answer {
        QByteArray method; // "GET", "POST", ...
        QString path; // "/v2.0/vpn/ikepolicies" or with "?query"; empty matches anything
        int status = 200;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError; // network failure instead of a status
        bool never = false; // the request is sent (requestSent), then nothing until aborted: a hung server
        bool neverConnects = false; // not even requestSent: a connection that never opens
        bool stallAfterHeaders = false; // status, headers and `body` (a part), then nothing until aborted
    };
    struct Request {
        QByteArray method;
        QUrl url;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
    };

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    void expect(const Answer &answer) { m_answers.append(answer); }
    /*! Answers a fixture file from tests/data/neutron-fixtures/ (its method, path, status, headers, body). */
    void expectFixture(const QString &name);
    const QList<Request> &requests() const { return m_requests; }
    int pending() const { return int(m_answers.size()); }
    int liveReplies() const { return m_liveReplies; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    QList<Answer> m_answers;
    QList<Request> m_requests;
    int m_liveReplies = 0;
};
