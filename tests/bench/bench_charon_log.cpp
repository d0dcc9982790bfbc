// SPDX-License-Identifier: Apache-2.0
//
// Diagnosis evidence under load: a fake charon in a second thread sends VICI `log` events at
// RATE lines a second, spread over CONNECTIONS IKE_SAs (names = connection ids, a few lines
// without an IKE_SA), for SECONDS; the console's LogCollector takes them on this thread. Prints
// the longest event-loop stall while they stream in (target: <= 16 ms), the lines taken, what
// the log books keep (bounded by LogBook::Limits whatever the duration) and the resident memory
// before and after, then the time of one diagnosis over the kept lines. Never gates CI.
//
//   build/release/tests/bench/bench_charon_log [RATE=10000] [CONNECTIONS=100] [SECONDS=5]
#include "benchsupport.h"

#include "diagnosis/diagnosis.h"
#include "diagnosis/logcollector.h"
#include "vici/viciconnection.h"
#include "vici/vicimessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::vici;

namespace {

QString connectionId(int i)
{
    return u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 10, QLatin1Char('0'));
}

/*! Confirms registrations, then sends `rate` log events a second in 10 ms batches. */
class FakeCharon : public QObject
{
public:
    FakeCharon(const QString &path, int rate, int connections)
        : m_perTick(std::max(1, rate / 100))
        , m_connections(connections)
    {
        static const char *messages[] = {
            "sending packet: from 192.0.2.1[4500] to 192.0.2.2[4500] (76 bytes)",
            "received packet: from 192.0.2.2[4500] to 192.0.2.1[4500] (76 bytes)",
            "sending DPD request",
            "received DPD response",
            "CHILD_SA %s{2} established with SPIs c1a0f00d_i 5eed0b0e_o and TS 10.1.0.0/24 === 10.2.0.0/24",
            "retransmit 1 of request with message ID 7",
        };
        // A cycle of prepared events: encoding is not what is measured.
        for (int i = 0; i < 600; ++i) {
            const int connection = i % m_connections;
            ViciMessage event;
            event.add("group", i % 3 == 0 ? "NET" : "IKE")
                .add("level", "1")
                .add("thread", QByteArray::number(5 + i % 11));
            if (i % 50 != 49) { // some lines belong to no IKE_SA
                event.add("ikesa-name", connectionId(connection).toUtf8());
                event.add("ikesa-uniqueid", QByteArray::number(connection + 1));
            }
            event.add("msg", QByteArray(messages[i % 6]).replace("%s", connectionId(connection).toUtf8()));
            m_events.append(*encodePacket({ViciPacketType::Event, "log", event}));
        }
        m_confirm = *encodePacket({ViciPacketType::EventConfirm, {}, {}});
        m_server = new QLocalServer(this);
        m_server->listen(path);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            QLocalSocket *socket = m_server->nextPendingConnection();
            m_socket = socket;
            connect(socket, &QIODevice::readyRead, this, [this, socket] {
                m_buffer += socket->readAll();
                qsizetype size = 0;
                while (checkFrame(m_buffer, &size) == ViciFrameStatus::Complete) {
                    m_buffer.remove(0, size);
                    socket->write(m_confirm); // the only request is the registration of "log"
                }
            });
        });
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (!m_socket)
                return;
            QByteArray batch;
            for (int i = 0; i < m_perTick; ++i)
                batch += m_events.at(int(m_sent++ % quint64(m_events.size())));
            m_socket->write(batch);
        });
    }
    void start() { m_timer.start(10); }
    void stop() { m_timer.stop(); }
    quint64 sent() const { return m_sent; }

private:
    int m_perTick;
    int m_connections;
    QList<QByteArray> m_events;
    QByteArray m_confirm;
    QByteArray m_buffer;
    QLocalServer *m_server;
    QPointer<QLocalSocket> m_socket;
    QTimer m_timer;
    quint64 m_sent = 0;
};

} // namespace

int main(int argc, char **argv)
{
    bench::Application<QCoreApplication> app(argc, argv);
    const int rate = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;
    const int connections = argc > 2 ? std::max(1, atoi(argv[2])) : 100;
    const int seconds = argc > 3 ? std::max(1, atoi(argv[3])) : 5;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"charon.vici"_s);
    QThread serverThread;
    serverThread.start();
    FakeCharon *charon = nullptr;
    {
        auto *starter = new QObject;
        starter->moveToThread(&serverThread);
        QMetaObject::invokeMethod(
            starter,
            [&] {
                charon = new FakeCharon(path, rate, connections);
                delete starter;
            },
            Qt::BlockingQueuedConnection);
    }
    std::printf("bench_charon_log: %d log lines/s over %d IKE_SAs for %d s, %s build\n", rate, connections, seconds,
#ifdef NDEBUG
                "release"
#else
                "debug"
#endif
    );

    const double rssBefore = bench::procStatusMiB("VmRSS");
    diagnosis::LogCollector collector;
    collector.setEndpoints({{u"unix://"_s + path, monitoring::ViciEndpoint::Scope::VpnService, QString(), u"bench"_s}});
    if (!QTest::qWaitFor([&] { return collector.isListening(u"unix://"_s + path); }, 5000)) {
        std::printf("  the collector did not start listening: %s\n",
                    qPrintable(collector.endpointProblem(u"unix://"_s + path)));
        return 1;
    }
    bench::StallReport stalls;
    stalls.begin();
    QMetaObject::invokeMethod(
        charon, [charon] { charon->start(); }, Qt::BlockingQueuedConnection);
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    QMetaObject::invokeMethod(
        charon, [charon] { charon->stop(); }, Qt::BlockingQueuedConnection);
    // What is on the wire still arrives.
    const quint64 sent = charon->sent();
    if (!QTest::qWaitFor([&] { return collector.received() >= sent; }, 5000))
        std::printf("  not every line arrived within 5 s\n");
    stalls.end();
    const double elapsed = clock.elapsed() / 1000.0;
    const double rssAfter = bench::procStatusMiB("VmRSS");

    const diagnosis::LogBook *book = collector.book(u"unix://"_s + path);
    const diagnosis::LogBook::Limits limits = book->limits();
    const qsizetype bound = qsizetype(limits.sas) * limits.linesPerSa + limits.unattributed;
    std::printf("  lines sent %llu, taken %llu (%.0f lines/s)\n", static_cast<unsigned long long>(sent),
                static_cast<unsigned long long>(collector.received()), double(collector.received()) / elapsed);
    stalls.print("longest event-loop stall while the lines stream in");
    const bool bounded = book->lineCount() <= bound && book->saCount() <= limits.sas;
    std::printf("  %-60s %9lld lines in %lld IKE_SAs (bound %lld)   %s\n", "kept", qlonglong(book->lineCount()),
                qlonglong(book->saCount()), qlonglong(bound), bench::verdict(bounded));
    std::printf("  resident memory %.1f MiB before, %.1f MiB after (+%.1f MiB)\n", rssBefore, rssAfter,
                rssAfter - rssBefore);

    ServerState state;
    IpsecSiteConnection connection;
    connection.id = connectionId(0);
    connection.peerAddress = u"192.0.2.2"_s;
    state.connections = {connection};
    QElapsedTimer diagnoseClock;
    diagnoseClock.start();
    const diagnosis::Diagnosis result = diagnosis::diagnose(collector.evidenceFor(state, connection.id));
    std::printf("  one diagnosis over the kept lines: %.2f ms (%s)\n", diagnoseClock.nsecsElapsed() / 1e6,
                qPrintable(result.code));

    QMetaObject::invokeMethod(
        charon, [charon] { delete charon; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return stalls.met() && bounded ? 0 : 1;
}
