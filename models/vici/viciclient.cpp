// SPDX-License-Identifier: Apache-2.0
#include "viciclient.h"

#include "vicilogging.h"

using namespace Qt::StringLiterals;

namespace vpnaas::vici {

ViciClient::ViciClient(QObject *parent)
    : QObject(parent)
    , m_connection(new ViciConnection(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ViciClient::onTimeout);
    connect(m_connection, &ViciConnection::connected, this, [this] {
        Q_EMIT connected();
        startNext();
    });
    connect(m_connection, &ViciConnection::packetReceived, this, &ViciClient::onPacket);
    connect(m_connection, &ViciConnection::closed, this, &ViciClient::onClosed);
}

ViciClient::~ViciClient()
{
    m_connection->disconnect(this);
    m_connection->close();
}

bool ViciClient::connectToUri(const QString &uri, QString *error)
{
    failAll(ViciError::Disconnected, tr("connection replaced"));
    return m_connection->connectToUri(uri, error);
}

void ViciClient::connectToUnix(const QString &path)
{
    failAll(ViciError::Disconnected, tr("connection replaced"));
    m_connection->connectToUnix(path);
}

void ViciClient::connectToHost(const QString &host, quint16 port)
{
    failAll(ViciError::Disconnected, tr("connection replaced"));
    m_connection->connectToHost(host, port);
}

void ViciClient::close()
{
    m_connection->close();
    failAll(ViciError::Disconnected, tr("connection to %1 closed").arg(m_connection->endpoint()));
}

ViciReply *ViciClient::command(const QByteArray &name, const ViciMessage &arguments)
{
    return enqueue(name, {}, arguments);
}

ViciReply *ViciClient::streamedCommand(const QByteArray &name, const QByteArray &event, const ViciMessage &arguments)
{
    return enqueue(name, event, arguments);
}

ViciReply *ViciClient::enqueue(const QByteArray &name, const QByteArray &event, const ViciMessage &arguments)
{
    auto *reply = new ViciReply(name, this);
    if (m_connection->state() == ViciConnection::State::Unconnected) {
        reply->finishLater(ViciError::NotConnected, tr("%1: not connected to charon").arg(QString::fromUtf8(name)));
        return reply;
    }
    Operation op;
    op.reply = reply;
    op.command = name;
    op.event = event;
    op.arguments = arguments;
    m_queue.push_back(std::move(op));
    if (!m_busy && m_connection->state() == ViciConnection::State::Connected)
        startNext();
    return reply;
}

bool ViciClient::sendPacket(ViciPacketType type, const QByteArray &name, const ViciMessage &message)
{
    ViciError error = ViciError::NoError;
    QString text;
    if (m_connection->send(ViciPacket{type, name, message}, &error, &text))
        return true;
    // Nothing went on the wire: the queue stays in step, only this command fails.
    Operation &op = m_queue.front();
    op.error = error;
    op.errorString = text;
    completeFront();
    return false;
}

void ViciClient::startNext()
{
    while (!m_busy && !m_queue.empty() && m_connection->state() == ViciConnection::State::Connected) {
        Operation &op = m_queue.front();
        m_busy = true;
        m_timer.start(m_timeoutMs);
        qCInfo(lcVici).noquote() << m_connection->endpoint() << "command" << QString::fromUtf8(op.command);
        if (!op.event.isEmpty()) {
            op.phase = Phase::Registering;
            sendPacket(ViciPacketType::EventRegister, op.event);
        } else {
            op.phase = Phase::Requesting;
            sendPacket(ViciPacketType::CmdRequest, op.command, op.arguments);
        }
    }
}

void ViciClient::onPacket(const ViciPacket &packet)
{
    if (packet.type == ViciPacketType::Event) {
        if (m_busy && m_queue.front().phase == Phase::Requesting && packet.name == m_queue.front().event) {
            m_timer.start(m_timeoutMs); // progress
            if (m_queue.front().reply)
                m_queue.front().reply->addItem(packet.message);
        } else {
            qCDebug(lcVici) << "ignoring event" << packet.name << "on the command connection";
        }
        return;
    }
    if (!m_busy) {
        protocolError(tr("%1 without a request").arg(packetTypeName(packet.type)));
        return;
    }
    Operation &op = m_queue.front();
    const QString command = QString::fromUtf8(op.command);
    switch (packet.type) {
    case ViciPacketType::EventConfirm:
    case ViciPacketType::EventUnknown:
        if (op.phase == Phase::Registering) {
            if (packet.type == ViciPacketType::EventUnknown) {
                op.error = ViciError::UnknownEvent;
                op.errorString = tr("%1: charon does not know the event %2").arg(command, QString::fromUtf8(op.event));
                completeFront();
                return;
            }
            op.phase = Phase::Requesting;
            sendPacket(ViciPacketType::CmdRequest, op.command, op.arguments);
            return;
        }
        if (op.phase == Phase::Unregistering) {
            if (packet.type == ViciPacketType::EventUnknown)
                qCWarning(lcVici) << "unregistering" << op.event << "was refused";
            completeFront();
            return;
        }
        break;
    case ViciPacketType::CmdResponse:
    case ViciPacketType::CmdUnknown:
        if (op.phase != Phase::Requesting)
            break;
        if (packet.type == ViciPacketType::CmdUnknown) {
            op.error = ViciError::UnknownCommand;
            op.errorString = tr("charon does not know the command %1").arg(command);
        } else {
            if (op.reply)
                op.reply->m_response = packet.message;
            if (packet.message.value("success") == "no") {
                op.error = ViciError::CommandFailed;
                const QByteArray message = packet.message.value("errmsg");
                op.errorString
                    = tr("%1 failed: %2")
                          .arg(command, message.isEmpty() ? tr("no reason given") : QString::fromUtf8(message));
            }
        }
        if (!op.event.isEmpty()) {
            op.phase = Phase::Unregistering;
            sendPacket(ViciPacketType::EventUnregister, op.event);
        } else {
            completeFront();
        }
        return;
    default:
        break;
    }
    protocolError(tr("unexpected %1 while running %2").arg(packetTypeName(packet.type), command));
}

void ViciClient::completeFront()
{
    m_timer.stop();
    Operation op = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = false;
    if (op.error != ViciError::NoError)
        qCInfo(lcVici).noquote() << op.errorString;
    const QPointer<ViciClient> guard(this);
    if (op.reply)
        op.reply->finish(op.error, op.errorString);
    if (guard)
        startNext();
}

void ViciClient::failAll(ViciError error, const QString &message)
{
    m_timer.stop();
    m_busy = false;
    std::deque<Operation> queue;
    queue.swap(m_queue);
    for (auto &op : queue) {
        if (op.reply)
            op.reply->finish(error, tr("%1: %2").arg(QString::fromUtf8(op.command), message));
    }
}

void ViciClient::protocolError(const QString &message)
{
    const QString text = tr("protocol error from %1: %2").arg(m_connection->endpoint(), message);
    qCWarning(lcVici).noquote() << text;
    m_connection->close();
    onClosed(ViciError::ProtocolError, text);
}

void ViciClient::onTimeout()
{
    if (!m_busy)
        return;
    Operation &op = m_queue.front();
    const QString text = tr("%1: no answer from %2 within %3 ms")
                             .arg(QString::fromUtf8(op.command), m_connection->endpoint())
                             .arg(m_timeoutMs);
    qCWarning(lcVici).noquote() << text << "- dropping the connection";
    m_connection->close();
    op.error = ViciError::Timeout;
    op.errorString = text;
    Operation timedOut = std::move(op);
    m_queue.pop_front();
    m_busy = false;
    failAll(ViciError::Disconnected, tr("connection dropped after a command timed out"));
    const QPointer<ViciClient> guard(this);
    if (timedOut.reply)
        timedOut.reply->finish(timedOut.error, timedOut.errorString);
    if (guard)
        Q_EMIT connectionClosed(ViciError::Timeout, text);
}

void ViciClient::onClosed(ViciError error, const QString &message)
{
    failAll(error, message);
    Q_EMIT connectionClosed(error, message);
}

} // namespace vpnaas::vici
