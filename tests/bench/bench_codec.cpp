// SPDX-License-Identifier: Apache-2.0
// Decodes and validates a list of N site connections (the shape neutron-server returns) and
// prints how long it took. Usage: bench_codec [N=10000]
#include "vpnaas/codec.h"
#include "vpnaas/validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QJsonArray items;
    for (int i = 0; i < n; ++i) {
        IpsecSiteConnection c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.name = u"conn-%1"_s.arg(i);
        c.peerAddress = u"198.51.100.%1"_s.arg(i % 250 + 1);
        c.peerId = c.peerAddress;
        c.psk = Secret(u"secret-%1"_s.arg(i));
        c.localEpGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.peerEpGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        items.append(codec::toJson(c));
    }
    const QByteArray body
        = QJsonDocument(QJsonObject{{u"ipsec_site_connections"_s, items}}).toJson(QJsonDocument::Compact);

    QElapsedTimer timer;
    timer.start();
    const auto page = codec::decodeList<IpsecSiteConnection>(body);
    const qint64 decodeMs = timer.elapsed();
    if (!page.ok() || page.value->items.size() != n) {
        std::fprintf(stderr, "decode failed: %s\n", qPrintable(page.error));
        return 1;
    }
    timer.restart();
    int problems = 0;
    for (const IpsecSiteConnection &c : page.value->items) {
        IpsecSiteConnectionDraft draft;
        draft.peerAddress = c.peerAddress;
        draft.peerId = c.peerId;
        draft.psk = c.psk;
        draft.localEpGroupId = c.localEpGroupId;
        draft.peerEpGroupId = c.peerEpGroupId;
        problems += int(validate(draft, ValidationContext{Operation::Update, {}, nullptr, c.id}).size());
    }
    const qint64 validateMs = timer.elapsed();
    std::printf("connections: %d\nbody: %lld bytes\ndecode: %lld ms\nvalidate: %lld ms (%d problems)\n", n,
                qint64(body.size()), decodeMs, validateMs, problems);
    return 0;
}
