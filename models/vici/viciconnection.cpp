// SPDX-License-Identifier: Apache-2.0
#include "viciconnection.h"

#include "vicilogging.h"

#include <QLocalSocket>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vpnaas::vici {

ViciConnection::ViciConnection(QObject *parent)
    : QObject(parent)
{
}

ViciConnection::~ViciConnection()
{
    dropSocket();
}

bool ViciConnection::connectToUri(const QString &uri, QString *error)
{
    if (uri.startsWith(u'/')) {
        connectToUnix(uri);
        return true;
    }
    if (uri.startsWith(u"unix://"_s) && uri.size() > 7) {
        connectToUnix(uri.mid(7));
        return true;
    }
    if (uri.startsWith(u"tcp://"_s)) {
        const QUrl url(uri, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty() && url.port() > 0) {
            connectToHost(url.host(), quint16(url.port()));
            return true;
        }
    }
    if (error)
        *error = tr("not a VICI socket URI (unix:///path or tcp://host:port): %1").arg(uri);
    return false;
}

void ViciConnection::connectToUnix(const QString &path)
{
    dropSocket();
    m_endpoint = u"unix://"_s + path;
    m_local = new QLocalSocket(this);
    connect(m_local, &QLocalSocket::connected, this, &ViciConnection::onConnected);
    connect(m_local, &QLocalSocket::disconnected, this, &ViciConnection::onDisconnected);
    connect(m_local, &QLocalSocket::errorOccurred, this, [this, path](QLocalSocket::LocalSocketError socketError) {
        if (!m_local)
            return;
        // QLocalSocket says "Invalid name" for a missing file: say what it means here.
        switch (socketError) {
        case QLocalSocket::ServerNotFoundError:
            onSocketError(
                tr("no socket at %1 (is charon running with the vici plugin, is the SSH forward up?)").arg(path));
            break;
        case QLocalSocket::ConnectionRefusedError:
            onSocketError(tr("nothing listens on %1 (charon stopped?)").arg(path));
            break;
        case QLocalSocket::SocketAccessError:
            onSocketError(tr("no permission to open %1").arg(path));
            break;
        default:
            onSocketError(m_local->errorString());
        }
    });
    attach(m_local);
    m_state = State::Connecting;
    qCInfo(lcVici) << "connecting to" << m_endpoint;
    m_local->connectToServer(path);
}

void ViciConnection::connectToHost(const QString &host, quint16 port)
{
    dropSocket();
    m_endpoint = u"tcp://%1:%2"_s.arg(host).arg(port);
    m_tcp = new QTcpSocket(this);
    connect(m_tcp, &QTcpSocket::connected, this, &ViciConnection::onConnected);
    connect(m_tcp, &QTcpSocket::disconnected, this, &ViciConnection::onDisconnected);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, [this] {
        if (m_tcp)
            onSocketError(m_tcp->errorString());
    });
    attach(m_tcp);
    m_state = State::Connecting;
    qCInfo(lcVici) << "connecting to" << m_endpoint;
    m_tcp->connectToHost(host, port);
}

void ViciConnection::attach(QIODevice *device)
{
    m_device = device;
    m_buffer.clear();
    connect(device, &QIODevice::readyRead, this, &ViciConnection::onReadyRead);
}

void ViciConnection::close()
{
    dropSocket();
}

void ViciConnection::dropSocket()
{
    m_state = State::Unconnected;
    m_buffer.clear();
    // Signals off first: aborting emits disconnected()/errorOccurred() synchronously.
    if (m_local) {
        m_local->disconnect(this);
        m_local->abort();
        m_local->deleteLater();
    }
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
    }
    m_local = nullptr;
    m_tcp = nullptr;
    m_device = nullptr;
}

void ViciConnection::shutdown(ViciError error, const QString &message)
{
    if (m_state == State::Unconnected)
        return;
    qCWarning(lcVici).noquote() << message;
    dropSocket();
    Q_EMIT closed(error, message);
}

void ViciConnection::onConnected()
{
    m_state = State::Connected;
    qCInfo(lcVici) << "connected to" << m_endpoint;
    Q_EMIT connected();
}

void ViciConnection::onDisconnected()
{
    shutdown(ViciError::Disconnected, tr("%1 closed the connection").arg(m_endpoint));
}

void ViciConnection::onSocketError(const QString &text)
{
    if (m_state == State::Connecting)
        shutdown(ViciError::ConnectFailed, tr("cannot connect to %1: %2").arg(m_endpoint, text));
    else
        shutdown(ViciError::Disconnected, tr("connection to %1 lost: %2").arg(m_endpoint, text));
}

void ViciConnection::onReadyRead()
{
    if (!m_device)
        return;
    m_buffer.append(m_device->readAll());
    // A slot may close or reconnect this connection (or delete it) while a packet is delivered.
    const QPointer<ViciConnection> guard(this);
    const QPointer<QIODevice> device = m_device;
    while (guard && m_device && m_device == device) {
        qsizetype size = 0;
        ViciCodecError error;
        const ViciFrameStatus status = checkFrame(m_buffer, &size, &error, m_limits);
        if (status == ViciFrameStatus::NeedMore)
            return;
        if (status == ViciFrameStatus::Complete) {
            const auto packet = decodePacket(QByteArrayView(m_buffer).sliced(4, size - 4), &error, m_limits, 4);
            if (packet) {
                m_buffer.remove(0, size);
                Q_EMIT packetReceived(*packet);
                continue;
            }
        }
        shutdown(ViciError::ProtocolError, tr("malformed packet from %1: %2").arg(m_endpoint, error.toString()));
        return;
    }
}

bool ViciConnection::send(const ViciPacket &packet, ViciError *error, QString *errorString)
{
    if (m_state != State::Connected || !m_device) {
        if (error)
            *error = ViciError::NotConnected;
        if (errorString)
            *errorString = tr("not connected to %1").arg(m_endpoint);
        return false;
    }
    ViciCodecError codecError;
    const auto frame = encodePacket(packet, &codecError);
    if (!frame) {
        if (error)
            *error = ViciError::InvalidRequest;
        if (errorString)
            *errorString = tr("cannot encode %1 %2: %3")
                               .arg(packetTypeName(packet.type), QString::fromUtf8(packet.name), codecError.toString());
        return false;
    }
    qCDebug(lcVici).noquote() << m_endpoint << ">>" << packetTypeName(packet.type) << QString::fromUtf8(packet.name);
    m_device->write(*frame);
    return true;
}

} // namespace vpnaas::vici
