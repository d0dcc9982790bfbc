// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viciconnection.h"
#include "vicimessage.h"

#include <QObject>

namespace vpnaas::vici {

class ViciClient;

/*!
 * The answer to one VICI command, like a QNetworkReply: made by ViciClient (its parent), it
 * emits itemReceived() for every streamed event (list-sa, list-conn, list-policy) and then
 * finished() exactly once, also on failure. The caller deletes it (deleteLater() in the slot
 * connected to finished()); deleting it early does not disturb the command queue.
 */
class ViciReply : public QObject
{
    Q_OBJECT

public:
    ~ViciReply() override;

    QByteArray command() const { return m_command; }
    bool isFinished() const { return m_finished; }
    ViciError error() const { return m_error; }
    /*! Empty on success; else what went wrong, with charon's errmsg for CommandFailed. */
    QString errorString() const { return m_errorString; }
    /*! The CMD_RESPONSE message (for CommandFailed too). */
    ViciMessage response() const { return m_response; }
    /*! The streamed events, in arrival order. */
    QList<ViciMessage> items() const { return m_items; }

Q_SIGNALS:
    void itemReceived(const vpnaas::vici::ViciMessage &item);
    void finished();

private:
    friend class ViciClient;
    ViciReply(const QByteArray &command, QObject *parent);
    void addItem(const ViciMessage &item);
    void finish(ViciError error, const QString &errorString);
    void finishLater(ViciError error, const QString &errorString);

    QByteArray m_command;
    bool m_finished = false;
    ViciError m_error = ViciError::NoError;
    QString m_errorString;
    ViciMessage m_response;
    QList<ViciMessage> m_items;
};

} // namespace vpnaas::vici
