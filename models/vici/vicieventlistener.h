// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viciconnection.h"
#include "vicimessage.h"

#include <QObject>
#include <QTimer>

namespace vpnaas::vici {

/*!
 * strongSwan's unsolicited events on a VICI connection of their own (commands have no request
 * ids, so events and command answers are kept apart). After connecting it registers the events
 * one by one (by default ike-updown, child-updown, ike-rekey, child-rekey: strongSwan 5.9.8 has
 * no *-state-change events), emits listening() when all are confirmed and then one
 * eventReceived() plus the typed signal per event. A "down" updown event has no "up" key.
 *
 * Errors: an event charon does not know gives registrationFailed() and the others still
 * register; connect failure, EOF, malformed bytes or no confirmation within the timeout end
 * with connectionClosed(). Reconnecting is left to the caller (connect again).
 */
class ViciEventListener : public QObject
{
    Q_OBJECT

public:
    explicit ViciEventListener(QObject *parent = nullptr);
    ~ViciEventListener() override;

    static QList<QByteArray> defaultEvents();
    /*! The events to register at the next connect. */
    void setEvents(const QList<QByteArray> &events) { m_events = events; }
    QList<QByteArray> events() const { return m_events; }
    void setLimits(const ViciLimits &limits) { m_connection->setLimits(limits); }
    /*! For the registrations; default 10 s. */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    bool connectToUri(const QString &uri, QString *error = nullptr);
    void connectToUnix(const QString &path);
    void connectToHost(const QString &host, quint16 port);
    void close();
    ViciConnection::State state() const { return m_connection->state(); }
    /*! Connected and every registration answered. */
    bool isListening() const { return m_listening; }
    QList<QByteArray> registeredEvents() const { return m_registered; }

Q_SIGNALS:
    void listening();
    void registrationFailed(const QByteArray &event, vpnaas::vici::ViciError error, const QString &message);
    void eventReceived(const QByteArray &name, const vpnaas::vici::ViciMessage &message);
    void ikeUpDown(bool up, const vpnaas::vici::ViciMessage &message);
    void childUpDown(bool up, const vpnaas::vici::ViciMessage &message);
    void ikeRekey(const vpnaas::vici::ViciMessage &message);
    void childRekey(const vpnaas::vici::ViciMessage &message);
    void connectionClosed(vpnaas::vici::ViciError error, const QString &message);

private:
    void reset();
    void registerNext();
    void onPacket(const ViciPacket &packet);
    void onClosed(ViciError error, const QString &message);
    void onTimeout();
    void fail(ViciError error, const QString &message);

    ViciConnection *m_connection = nullptr;
    QList<QByteArray> m_events;
    QList<QByteArray> m_pending; //!< still to register; front() is on the wire when m_waiting
    QList<QByteArray> m_registered;
    bool m_waiting = false;
    bool m_listening = false;
    QTimer m_timer;
    int m_timeoutMs = 10000;
};

} // namespace vpnaas::vici
