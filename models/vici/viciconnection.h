// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vicimessage.h"

#include <QObject>
#include <QPointer>

class QIODevice;
class QLocalSocket;
class QTcpSocket;

namespace vpnaas::vici {

/*! Why a command, a registration or a connection failed. */
enum class ViciError {
    NoError,
    NotConnected, //!< a command on a client that is not connected or connecting
    ConnectFailed, //!< the socket could not be opened (no charon, wrong path, refused)
    Disconnected, //!< charon closed the connection (or the caller did) before the answer
    Timeout, //!< no answer in time; the connection is dropped, since answers carry no ids
    ProtocolError, //!< malformed or unexpected bytes from the other side; the connection is dropped
    UnknownCommand, //!< CMD_UNKNOWN
    UnknownEvent, //!< EVENT_UNKNOWN
    CommandFailed, //!< CMD_RESPONSE with success=no (errorString() has charon's errmsg)
    InvalidRequest, //!< the request could not be encoded (name or value too long)
};

/*!
 * One VICI byte stream: a QLocalSocket (UNIX path) or a QTcpSocket (host:port), framing and
 * decoding. Announces every decoded packet with packetReceived() and the end of the stream
 * with closed() (connect failure, EOF, socket error, malformed frame: the connection is then
 * dropped, since the stream cannot be resynchronised). close() by the caller emits nothing.
 * Used by ViciClient and ViciEventListener, each with a connection of its own.
 */
class ViciConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Unconnected, Connecting, Connected };

    explicit ViciConnection(QObject *parent = nullptr);
    ~ViciConnection() override;

    void setLimits(const ViciLimits &limits) { m_limits = limits; }
    ViciLimits limits() const { return m_limits; }

    /*!
     * "unix:///run/charon.vici", a plain absolute path, or "tcp://host:port" (strongSwan's
     * URI forms). False with \a error for anything else.
     */
    bool connectToUri(const QString &uri, QString *error = nullptr);
    void connectToUnix(const QString &path);
    void connectToHost(const QString &host, quint16 port);
    void close();

    State state() const { return m_state; }
    /*! "unix://path" or "tcp://host:port" of the current or last connection. */
    QString endpoint() const { return m_endpoint; }

    /*! Queues \a packet on the socket; false with \a error when not connected or not encodable. */
    bool send(const ViciPacket &packet, ViciError *error = nullptr, QString *errorString = nullptr);

Q_SIGNALS:
    void connected();
    void packetReceived(const vpnaas::vici::ViciPacket &packet);
    void closed(vpnaas::vici::ViciError error, const QString &message);

private:
    void attach(QIODevice *device);
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(const QString &text);
    void shutdown(ViciError error, const QString &message);
    void dropSocket();

    ViciLimits m_limits;
    State m_state = State::Unconnected;
    QString m_endpoint;
    QPointer<QLocalSocket> m_local;
    QPointer<QTcpSocket> m_tcp;
    QPointer<QIODevice> m_device;
    QByteArray m_buffer;
};

} // namespace vpnaas::vici
