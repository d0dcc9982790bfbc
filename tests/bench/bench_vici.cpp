// SPDX-License-Identifier: Apache-2.0
//
// VICI list-sas with N IKE_SAs (one CHILD_SA each) from a fake charon in a second thread (so the
// client thread's event loop is measured honestly): round trip of ViciClient::listSas(), the
// longest stall of the client thread's event loop while the items stream in (gaps between the
// ticks of a 1 ms timer), and ViciCounterSource::fetch() (list-sas + parse + mapping) plus
// mapSas() alone for N connections named by id. Prints medians; never gates CI.
//
//   build/vici-release/tests/bench/bench_vici [N=100] [runs=50]
#include "benchsupport.h"

#include "monitoring/samapping.h"
#include "monitoring/vicicountersource.h"
#include "vici/viciclient.h"
#include "vici/vicimessage.h"
#include "vici/vicireply.h"
#include "vici/vicisainfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::vici;

namespace {

QString connectionId(int i)
{
    return u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 10, QLatin1Char('0'));
}

/*! One list-sa event as charon 5.9.8 sends it for a Neutron conn (the keys of a real capture). */
ViciMessage listSaItem(int i)
{
    const QByteArray name = connectionId(i).toUtf8();
    const QByteArray peer = "198.51." + QByteArray::number(100 + i / 250) + '.' + QByteArray::number(1 + i % 250);
    ViciMessage child;
    child.add("name", name).add("uniqueid", QByteArray::number(i + 1)).add("reqid", QByteArray::number(i + 1));
    child.add("state", "INSTALLED").add("mode", "TUNNEL").add("protocol", "ESP").add("encap", "yes");
    child.add("spi-in", "c4b1e2f0").add("spi-out", "cf3a9d11").add("encr-alg", "AES_CBC").add("encr-keysize", "128");
    child.add("integ-alg", "HMAC_SHA2_256_128").add("dh-group", "MODP_2048");
    child.add("bytes-in", QByteArray::number(84 * i)).add("packets-in", QByteArray::number(i));
    child.add("use-in", "3").add("bytes-out", QByteArray::number(84 * i)).add("packets-out", QByteArray::number(i));
    child.add("use-out", "3").add("rekey-time", "3150").add("life-time", "3510").add("install-time", "90");
    child.addList("local-ts", {"10.1.0.0/24"}).addList("remote-ts", {"10.2." + QByteArray::number(i % 250) + ".0/24"});
    ViciMessage ike;
    ike.add("uniqueid", QByteArray::number(i + 1)).add("version", "2").add("state", "ESTABLISHED");
    ike.add("local-host", "203.0.113.10").add("local-port", "4500").add("local-id", "203.0.113.10");
    ike.add("remote-host", peer).add("remote-port", "4500").add("remote-id", peer);
    ike.add("initiator", "yes").add("initiator-spi", "a1b2c3d4e5f60708").add("responder-spi", "0807f6e5d4c3b2a1");
    ike.add("nat-remote", "yes").add("nat-fake", "yes").add("nat-any", "yes");
    ike.add("encr-alg", "AES_CBC").add("encr-keysize", "256").add("integ-alg", "HMAC_SHA2_256_128");
    ike.add("prf-alg", "PRF_HMAC_SHA2_256").add("dh-group", "MODP_2048").add("established", "90");
    ike.add("rekey-time", "13500");
    ike.addSection("child-sas", ViciMessage().addSection(name + '-' + QByteArray::number(i + 1), child));
    return ViciMessage().addSection(name, ike);
}

/*! A fake charon answering list-sas with N prepared frames; lives in its own thread. */
class FakeCharon : public QObject
{
public:
    FakeCharon(const QString &path, int count)
    {
        for (int i = 0; i < count; ++i)
            m_items += *encodePacket({ViciPacketType::Event, "list-sa", listSaItem(i)});
        m_response = *encodePacket({ViciPacketType::CmdResponse, {}, {}});
        m_confirm = *encodePacket({ViciPacketType::EventConfirm, {}, {}});
        m_version = *encodePacket(
            {ViciPacketType::CmdResponse, {}, ViciMessage().add("daemon", "charon").add("version", "5.9.8")});
        m_server = new QLocalServer(this);
        m_server->listen(path);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            QLocalSocket *socket = m_server->nextPendingConnection();
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                qsizetype size = 0;
                while (checkFrame(*buffer, &size) == ViciFrameStatus::Complete) {
                    const auto packet = decodeFrame(QByteArrayView(*buffer).first(size));
                    buffer->remove(0, size);
                    if (!packet)
                        qFatal("malformed request");
                    answer(socket, *packet);
                }
            });
        });
    }
    qsizetype listBytes() const { return m_items.size() + m_response.size(); }

private:
    void answer(QLocalSocket *socket, const ViciPacket &packet)
    {
        if (packet.type == ViciPacketType::EventRegister || packet.type == ViciPacketType::EventUnregister)
            socket->write(m_confirm);
        else if (packet.name == "list-sas")
            socket->write(m_items + m_response);
        else
            socket->write(m_version);
    }

    QLocalServer *m_server;
    QByteArray m_items;
    QByteArray m_response;
    QByteArray m_confirm;
    QByteArray m_version;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

} // namespace

int main(int argc, char **argv)
{
    bench::Application<QCoreApplication> app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 50;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"charon.vici"_s);
    QThread serverThread;
    serverThread.start();
    FakeCharon *charon = nullptr;
    {
        // The fake charon is made (and later deleted) in its own thread, which then serves it.
        auto *starter = new QObject;
        starter->moveToThread(&serverThread);
        QMetaObject::invokeMethod(
            starter,
            [&charon, &path, count, starter] {
                charon = new FakeCharon(path, count);
                delete starter;
            },
            Qt::BlockingQueuedConnection);
    }
    std::printf("bench_vici: list-sas with %d IKE_SAs (one CHILD_SA each), %lld bytes on the wire, %d runs, %s build\n",
                count, qlonglong(charon->listBytes()), runs,
#ifdef NDEBUG
                "release"
#else
                "debug"
#endif
    );

    // 1. ViciClient::listSas() round trip and event-loop stalls while streaming.
    ViciClient client;
    client.connectToUri(u"unix://"_s + path);
    {
        QEventLoop loop;
        QObject::connect(&client, &ViciClient::connected, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        if (client.state() != ViciConnection::State::Connected)
            qFatal("cannot connect to the fake charon");
    }
    bench::StallReport stalls;
    perf::StallWatch::Stall worst;
    QList<double> roundTrips;
    QList<double> longestStalls;
    QList<double> idleStalls;
    for (int run = 0; run < runs + 1; ++run) { // run 0 warms up
        // Idle baseline: what the timer's own jitter is, without streaming.
        stalls.begin();
        {
            QEventLoop idle;
            QTimer::singleShot(20, &idle, &QEventLoop::quit);
            idle.exec();
        }
        stalls.end();
        const double idleMs = stalls.longest().length();

        QEventLoop loop;
        QElapsedTimer clock;
        stalls.begin();
        clock.start();
        ViciReply *reply = client.listSas();
        QObject::connect(reply, &ViciReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        stalls.end();
        const double stallMs = stalls.longest().length();
        if (reply->error() != ViciError::NoError || reply->items().size() != count)
            qFatal("list-sas failed: %s (%lld items)", qPrintable(reply->errorString()),
                   qlonglong(reply->items().size()));
        delete reply;
        if (run == 0)
            continue;
        roundTrips.append(ms);
        if (stallMs > worst.length())
            worst = stalls.longest();
        longestStalls.append(stallMs);
        idleStalls.append(idleMs);
    }
    std::printf("  list-sas round trip:            median %.2f ms, max %.2f ms\n", median(roundTrips),
                maxOf(roundTrips));
    std::printf(
        "  longest event-loop stall:       median %.2f ms, max %.2f ms (1 ms timer; idle baseline max %.2f ms)\n",
        median(longestStalls), maxOf(longestStalls), maxOf(idleStalls));
    bench::StallReport::printStall("longest event-loop stall of all runs", worst);

    // 2. ViciCounterSource::fetch(): list-sas, parse, map to N connections, merge.
    QList<monitoring::MappingTarget> targets;
    for (int i = 0; i < count; ++i)
        targets.append({connectionId(i), u"svc-1"_s, u"203.0.113.10"_s, {}, {}, {u"10.1.0.0/24"_s}, {}});
    monitoring::ViciCounterSource source;
    source.setTargets(targets);
    source.setEndpoints({{u"unix://"_s + path, monitoring::ViciEndpoint::Scope::VpnService, u"svc-1"_s}});
    QList<double> fetches;
    for (int run = 0; run < runs + 1; ++run) {
        QEventLoop loop;
        QElapsedTimer clock;
        qsizetype mapped = 0;
        int children = 0;
        QString error;
        clock.start();
        source.fetch([&](const QList<monitoring::ConnectionSnapshot> &snapshots, const QString &e) {
            mapped = snapshots.size();
            for (const auto &s : snapshots)
                children += int(s.children.size());
            error = e;
            loop.quit();
        });
        if (mapped == 0 && error.isEmpty())
            loop.exec();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!error.isEmpty() || mapped != count || children != count)
            qFatal("fetch failed: %s (%lld connections, %d CHILD_SAs)", qPrintable(error), qlonglong(mapped), children);
        if (run > 0)
            fetches.append(ms);
    }
    std::printf("  ViciCounterSource::fetch():     median %.2f ms, max %.2f ms (list-sas + parse + map + merge)\n",
                median(fetches), maxOf(fetches));

    // 3. mapSas() alone, on parsed SAs (by name, and by address + selectors without names).
    QList<SaInfo> sas;
    QList<SaInfo> anonymous;
    for (int i = 0; i < count; ++i) {
        sas.append(parseSas(listSaItem(i))->first());
        SaInfo sa = sas.last();
        sa.name = u"peer-%1"_s.arg(i);
        sa.children.first().name = u"net"_s;
        anonymous.append(sa);
    }
    QList<monitoring::MappingTarget> addressed = targets;
    for (int i = 0; i < count; ++i) {
        addressed[i].peerAddress = sas.at(i).remoteHost;
        addressed[i].peerCidrs = sas.at(i).children.first().remoteTs;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[label, input, targetList] :
         {std::tuple{"by name", &sas, &targets}, std::tuple{"by address + selectors", &anonymous, &addressed}}) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer clock;
            clock.start();
            const auto mapping
                = monitoring::mapSas(*input, *targetList, monitoring::ViciEndpoint::Scope::VpnService, u"svc-1"_s, now);
            times.append(double(clock.nsecsElapsed()) / 1e6);
            if (!mapping.unmapped.isEmpty())
                qFatal("%s: %lld unmapped", label, qlonglong(mapping.unmapped.size()));
        }
        std::printf("  mapSas() %-22s median %.3f ms\n", label, median(times));
    }

    QMetaObject::invokeMethod(
        charon, [charon] { delete charon; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
