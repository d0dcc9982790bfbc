// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viciconnection.h"
#include "vicimessage.h"
#include "vicireply.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace vpnaas::vici {

/*!
 * Commands to one strongSwan charon over VICI (UNIX socket or TCP), one connection of its own.
 * VICI answers carry no request id, so commands run one at a time in call order; each returns
 * a ViciReply (owned by the client until the caller takes it; see ViciReply). Streaming
 * commands (list-sas, list-conns, list-policies) register their item event for the duration
 * of the command and deliver the items on the reply.
 *
 * Errors: a command that gets no answer within timeout() fails with Timeout and the
 * connection is dropped (a late answer would be taken for the next command's); charon closing
 * the connection or sending malformed bytes fails the running and the queued commands with
 * Disconnected/ProtocolError and emits connectionClosed(). Reconnecting is left to the caller.
 * Unsolicited events are not for this connection (see ViciEventListener) and are ignored.
 */
class ViciClient : public QObject
{
    Q_OBJECT

public:
    explicit ViciClient(QObject *parent = nullptr);
    ~ViciClient() override;

    /*! See ViciConnection::connectToUri(). */
    bool connectToUri(const QString &uri, QString *error = nullptr);
    void connectToUnix(const QString &path);
    void connectToHost(const QString &host, quint16 port);
    /*! Drops the connection; running and queued commands finish with Disconnected. */
    void close();
    ViciConnection::State state() const { return m_connection->state(); }
    QString endpoint() const { return m_connection->endpoint(); }

    void setLimits(const ViciLimits &limits) { m_connection->setLimits(limits); }
    /*! Per command, reset by every streamed item; default 10 s. */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /*! Any command: CMD_REQUEST \a name with \a arguments. */
    ViciReply *command(const QByteArray &name, const ViciMessage &arguments = {});
    /*! A command whose results arrive as \a event events before its CMD_RESPONSE. */
    ViciReply *streamedCommand(const QByteArray &name, const QByteArray &event, const ViciMessage &arguments = {});

    ViciReply *version() { return command("version"); }
    /*! One item per IKE_SA (parse with parseSas()); \a filter as in strongSwan (ike, ike-id, noblock). */
    ViciReply *listSas(const ViciMessage &filter = {}) { return streamedCommand("list-sas", "list-sa", filter); }
    ViciReply *listConns(const ViciMessage &filter = {}) { return streamedCommand("list-conns", "list-conn", filter); }
    ViciReply *listPolicies(const ViciMessage &filter = {})
    {
        return streamedCommand("list-policies", "list-policy", filter);
    }

Q_SIGNALS:
    void connected();
    /*! The connection ended other than by close(): connect failure, EOF, protocol error, timeout. */
    void connectionClosed(vpnaas::vici::ViciError error, const QString &message);

private:
    enum class Phase { Queued, Registering, Requesting, Unregistering };
    struct Operation {
        QPointer<ViciReply> reply;
        QByteArray command;
        QByteArray event;
        ViciMessage arguments;
        Phase phase = Phase::Queued;
        ViciError error = ViciError::NoError;
        QString errorString;
    };

    ViciReply *enqueue(const QByteArray &name, const QByteArray &event, const ViciMessage &arguments);
    void startNext();
    bool sendPacket(ViciPacketType type, const QByteArray &name, const ViciMessage &message = {});
    void onPacket(const ViciPacket &packet);
    void onClosed(ViciError error, const QString &message);
    void onTimeout();
    void completeFront();
    void failAll(ViciError error, const QString &message);
    void protocolError(const QString &message);

    ViciConnection *m_connection = nullptr;
    std::deque<Operation> m_queue;
    bool m_busy = false; //!< m_queue.front() is on the wire
    QTimer m_timer;
    int m_timeoutMs = 10000;
};

} // namespace vpnaas::vici
