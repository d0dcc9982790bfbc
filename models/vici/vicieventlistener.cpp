// SPDX-License-Identifier: Apache-2.0
#include "vicieventlistener.h"

#include "vicilogging.h"

namespace vpnaas::vici {

ViciEventListener::ViciEventListener(QObject *parent)
    : QObject(parent)
    , m_connection(new ViciConnection(this))
    , m_events(defaultEvents())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ViciEventListener::onTimeout);
    connect(m_connection, &ViciConnection::connected, this, [this] {
        m_pending = m_events;
        registerNext();
    });
    connect(m_connection, &ViciConnection::packetReceived, this, &ViciEventListener::onPacket);
    connect(m_connection, &ViciConnection::closed, this, &ViciEventListener::onClosed);
}

ViciEventListener::~ViciEventListener()
{
    m_connection->disconnect(this);
    m_connection->close();
}

QList<QByteArray> ViciEventListener::defaultEvents()
{
    return {"ike-updown", "child-updown", "ike-rekey", "child-rekey"};
}

void ViciEventListener::reset()
{
    m_timer.stop();
    m_pending.clear();
    m_registered.clear();
    m_waiting = false;
    m_listening = false;
}

bool ViciEventListener::connectToUri(const QString &uri, QString *error)
{
    reset();
    return m_connection->connectToUri(uri, error);
}

void ViciEventListener::connectToUnix(const QString &path)
{
    reset();
    m_connection->connectToUnix(path);
}

void ViciEventListener::connectToHost(const QString &host, quint16 port)
{
    reset();
    m_connection->connectToHost(host, port);
}

void ViciEventListener::close()
{
    reset();
    m_connection->close();
}

void ViciEventListener::registerNext()
{
    if (m_pending.isEmpty()) {
        m_timer.stop();
        m_listening = true;
        qCInfo(lcVici) << "listening on" << m_connection->endpoint() << "for" << m_registered;
        Q_EMIT listening();
        return;
    }
    ViciError error = ViciError::NoError;
    QString text;
    if (!m_connection->send(ViciPacket{ViciPacketType::EventRegister, m_pending.first(), {}}, &error, &text)) {
        const QByteArray event = m_pending.takeFirst();
        Q_EMIT registrationFailed(event, error, text);
        registerNext();
        return;
    }
    m_waiting = true;
    m_timer.start(m_timeoutMs);
}

void ViciEventListener::onPacket(const ViciPacket &packet)
{
    switch (packet.type) {
    case ViciPacketType::Event: {
        const QPointer<ViciEventListener> guard(this);
        Q_EMIT eventReceived(packet.name, packet.message);
        if (!guard)
            return;
        const bool up = packet.message.value("up") == "yes";
        if (packet.name == "ike-updown")
            Q_EMIT ikeUpDown(up, packet.message);
        else if (packet.name == "child-updown")
            Q_EMIT childUpDown(up, packet.message);
        else if (packet.name == "ike-rekey")
            Q_EMIT ikeRekey(packet.message);
        else if (packet.name == "child-rekey")
            Q_EMIT childRekey(packet.message);
        return;
    }
    case ViciPacketType::EventConfirm:
    case ViciPacketType::EventUnknown:
        if (m_waiting && !m_pending.isEmpty()) {
            m_waiting = false;
            const QByteArray event = m_pending.takeFirst();
            if (packet.type == ViciPacketType::EventConfirm) {
                m_registered << event;
            } else {
                const QString text = tr("charon does not know the event %1").arg(QString::fromUtf8(event));
                qCWarning(lcVici).noquote() << m_connection->endpoint() << text;
                const QPointer<ViciEventListener> guard(this);
                Q_EMIT registrationFailed(event, ViciError::UnknownEvent, text);
                if (!guard || m_connection->state() != ViciConnection::State::Connected)
                    return;
            }
            registerNext();
            return;
        }
        break;
    default:
        break;
    }
    fail(ViciError::ProtocolError,
         tr("protocol error from %1: unexpected %2").arg(m_connection->endpoint(), packetTypeName(packet.type)));
}

void ViciEventListener::onTimeout()
{
    if (!m_waiting)
        return;
    fail(ViciError::Timeout,
         tr("no answer from %1 to registering %2 within %3 ms")
             .arg(m_connection->endpoint(), QString::fromUtf8(m_pending.value(0)))
             .arg(m_timeoutMs));
}

void ViciEventListener::fail(ViciError error, const QString &message)
{
    qCWarning(lcVici).noquote() << message;
    m_connection->close();
    onClosed(error, message);
}

void ViciEventListener::onClosed(ViciError error, const QString &message)
{
    reset();
    Q_EMIT connectionClosed(error, message);
}

} // namespace vpnaas::vici
