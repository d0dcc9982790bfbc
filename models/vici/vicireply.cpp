// SPDX-License-Identifier: Apache-2.0
#include "vicireply.h"

#include <QTimer>

namespace vpnaas::vici {

ViciReply::ViciReply(const QByteArray &command, QObject *parent)
    : QObject(parent)
    , m_command(command)
{
}

ViciReply::~ViciReply() = default;

void ViciReply::addItem(const ViciMessage &item)
{
    m_items << item;
    Q_EMIT itemReceived(item);
}

void ViciReply::finish(ViciError error, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    Q_EMIT finished();
}

void ViciReply::finishLater(ViciError error, const QString &errorString)
{
    // Lets the caller connect to finished() before it fires.
    QTimer::singleShot(0, this, [this, error, errorString] { finish(error, errorString); });
}

} // namespace vpnaas::vici
