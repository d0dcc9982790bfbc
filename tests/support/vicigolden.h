// SPDX-License-Identifier: Apache-2.0
// Shared by the tst_vici* tests: the golden packets of tests/data/vici/vici-capture.txt and an
// in-process fake charon (QLocalServer or QTcpServer) that answers from them.
#pragma once

#include "vici/vicimessage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>

namespace vicitest {

using namespace Qt::StringLiterals;
using namespace vpnaas::vici;

struct GoldenPacket {
    QString header; //!< the capture's header line
    bool fromClient = false;
    int type = -1;
    QByteArray name;
    QByteArray frame; //!< the bytes on the socket, length prefix included
    QJsonObject decoded; //!< the capture's decoded message, where it has one
    bool hasDecoded = false;
};

inline QList<GoldenPacket> goldenPackets()
{
    QFile file(QStringLiteral(VPNAAS_TEST_DATA_DIR) + u"/vici/vici-capture.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    static const QRegularExpression header(uR"(^(C>S|S>C) .* type=(\d+) \S+(?: name='([^']*)')?)"_s);
    QList<GoldenPacket> out;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const auto match = header.match(line);
        if (match.hasMatch()) {
            GoldenPacket packet;
            packet.header = line;
            packet.fromClient = match.captured(1) == u"C>S"_s;
            packet.type = match.captured(2).toInt();
            packet.name = match.captured(3).toUtf8();
            out << packet;
        } else if (line.startsWith(u"hex: "_s) && !out.isEmpty()) {
            out.last().frame = QByteArray::fromHex(raw.mid(5).trimmed());
        } else if (line.startsWith(u"decoded message: "_s) && !out.isEmpty()) {
            out.last().decoded = QJsonDocument::fromJson(raw.mid(17)).object();
            out.last().hasDecoded = true;
        }
    }
    return out;
}

inline GoldenPacket golden(int type, const QByteArray &name = {}, int nth = 0)
{
    for (const auto &packet : goldenPackets()) {
        if (packet.type == type && (name.isEmpty() || packet.name == name) && nth-- == 0)
            return packet;
    }
    qFatal("no golden packet of type %d %s", type, name.constData());
}

inline ViciPacket goldenPacket(int type, const QByteArray &name = {}, int nth = 0)
{
    const auto packet = decodeFrame(golden(type, name, nth).frame);
    if (!packet)
        qFatal("golden packet does not decode");
    return *packet;
}

/*! The capture's JSON form: values as strings, lists as arrays, sections as objects. */
inline QJsonObject toJson(const ViciMessage &message)
{
    QJsonObject out;
    for (const auto &entry : message.entries()) {
        const QString name = QString::fromUtf8(entry.name);
        switch (entry.kind) {
        case ViciMessage::Kind::Value:
            out.insert(name, QString::fromUtf8(entry.value));
            break;
        case ViciMessage::Kind::List: {
            QJsonArray items;
            for (const auto &item : entry.items)
                items.append(QString::fromUtf8(item));
            out.insert(name, items);
            break;
        }
        case ViciMessage::Kind::Section:
            out.insert(name, toJson(entry.section));
            break;
        }
    }
    return out;
}

/*!
 * A fake charon: decodes the client's packets and answers through handler (default: like
 * charon 5.9.8, from the golden packets). "hang" gets no answer; "drop" closes the connection.
 */
class FakeCharon : public QObject
{
public:
    explicit FakeCharon(bool tcp = false)
    {
        if (tcp) {
            m_tcpServer = new QTcpServer(this);
            m_tcpServer->listen(QHostAddress::LocalHost);
            connect(m_tcpServer, &QTcpServer::newConnection, this,
                    [this] { adopt(m_tcpServer->nextPendingConnection()); });
        } else {
            m_localServer = new QLocalServer(this);
            m_localServer->listen(m_dir.path() + u"/charon.vici"_s);
            connect(m_localServer, &QLocalServer::newConnection, this,
                    [this] { adopt(m_localServer->nextPendingConnection()); });
        }
        handler = [this](const ViciPacket &packet) { charonLike(packet); };
    }

    QString uri() const
    {
        if (m_tcpServer)
            return u"tcp://127.0.0.1:%1"_s.arg(m_tcpServer->serverPort());
        return u"unix://"_s + m_localServer->fullServerName();
    }

    void send(const ViciPacket &packet) { sendRaw(*encodePacket(packet)); }
    void sendRaw(const QByteArray &bytes)
    {
        if (m_socket)
            m_socket->write(bytes);
    }
    void drop()
    {
        if (m_socket)
            m_socket->close();
    }
    int connections() const { return m_connections; }

    /*! What charon 5.9.8 answers (golden bytes where the capture has them). */
    void charonLike(const ViciPacket &packet)
    {
        static const QList<QByteArray> knownEvents
            = {"list-sa", "list-conn", "list-policy", "ike-updown", "child-updown", "ike-rekey", "child-rekey", "log"};
        switch (packet.type) {
        case ViciPacketType::EventRegister:
        case ViciPacketType::EventUnregister:
            send({knownEvents.contains(packet.name) ? ViciPacketType::EventConfirm : ViciPacketType::EventUnknown,
                  {},
                  {}});
            return;
        case ViciPacketType::CmdRequest:
            break;
        default:
            return;
        }
        if (packet.name == "version") {
            sendRaw(golden(1).frame);
        } else if (packet.name == "list-sas") {
            for (int i = 0; i < listSaCount; ++i)
                sendRaw(golden(7, "list-sa").frame);
            send({ViciPacketType::CmdResponse, {}, {}});
        } else if (packet.name == "list-conns" || packet.name == "list-policies") {
            ViciMessage item;
            item.addSection("s2s", ViciMessage().add("version", "IKEv2"));
            send({ViciPacketType::Event, packet.name == "list-conns" ? "list-conn" : "list-policy", item});
            send({ViciPacketType::CmdResponse, {}, {}});
        } else if (packet.name == "terminate") {
            sendRaw(golden(1, {}, 3).frame); // success=no, errmsg
        } else if (packet.name == "hang") {
        } else if (packet.name == "drop") {
            drop();
        } else {
            send({ViciPacketType::CmdUnknown, {}, {}});
        }
    }

    std::function<void(const ViciPacket &)> handler;
    QList<ViciPacket> received;
    int listSaCount = 2;

private:
    void adopt(QIODevice *socket)
    {
        ++m_connections;
        m_socket = socket;
        m_buffer.clear();
        connect(socket, &QIODevice::readyRead, this, [this, socket] {
            if (socket != m_socket)
                return;
            m_buffer += socket->readAll();
            qsizetype size = 0;
            while (m_socket == socket && checkFrame(m_buffer, &size) == ViciFrameStatus::Complete) {
                const auto packet = decodeFrame(QByteArrayView(m_buffer).first(size));
                m_buffer.remove(0, size);
                if (!packet)
                    qFatal("the client sent a malformed packet");
                received << *packet;
                handler(*packet);
            }
        });
    }

    QTemporaryDir m_dir;
    QLocalServer *m_localServer = nullptr;
    QTcpServer *m_tcpServer = nullptr;
    QPointer<QIODevice> m_socket;
    QByteArray m_buffer;
    int m_connections = 0;
};

} // namespace vicitest
