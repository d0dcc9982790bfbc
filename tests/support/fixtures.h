// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <utility>

/*! One recorded request/response exchange from tests/data/neutron-fixtures/. */
struct Fixture {
    QString name; // file name without .json, e.g. "20_ikepolicy_create"
    int number = 0; // its leading number, the recording order within a run
    QString method;
    QString path; // with the query string
    QByteArray requestBody; // as sent (malformed on purpose in 84); empty for none
    // Headers sent beyond curl's own and Content-Type (the recording scripts' EXTRA_HDR): the
    // files do not record request headers, so they come from a table of the scripts.
    QList<std::pair<QByteArray, QByteArray>> requestHeaders;
    int status = 0;
    QMap<QString, QString> headers;
    QByteArray body; // the response body as JSON text; empty for none

    QString collectionPath() const; // path without query and id: "/v2.0/vpn/ikepolicies"
    bool hasId() const; // the path names one resource
};

/*! Every fixture, sorted by number. Fails the current test (returns empty) when a file is bad. */
QList<Fixture> loadFixtures();

Q_DECLARE_METATYPE(Fixture)
