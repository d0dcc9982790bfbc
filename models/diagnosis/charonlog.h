// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vpnaas::vici {
class ViciMessage;
}

namespace vpnaas::diagnosis {

/*!
 * One line of charon's log: what strongSwan's VICI `log` event carries (group, level, thread,
 * ikesa-name, ikesa-uniqueid, msg) and what a filelog or syslog line shows. Plain value.
 * The IKE_SA name is the connection's conn name: the Neutron driver and the console's peer
 * files name each conn by the IPsec site connection's id. An IKE_SA that has no config yet
 * (a responder before it found one) has no name and unique id > 0; lines about no IKE_SA
 * have neither.
 */
struct CharonLogLine {
    QDateTime time; //!< when it was logged (received, for VICI events); UTC
    int thread = -1;
    QString group; //!< IKE, CFG, NET, ENC, CHD, KNL, ...
    int level = 1;
    QString ikeSaName;
    quint32 ikeSaUniqueId = 0;
    QString message;

    bool operator==(const CharonLogLine &) const = default;
};

/*!
 * A VICI `log` event (strongSwan 5.2 and later) as a line, stamped \a received; std::nullopt
 * when it has no message. A message of several lines stays one line with its newlines.
 */
std::optional<CharonLogLine> logLineFromVici(const vici::ViciMessage &event, const QDateTime &received);

/*!
 * Parses one line of a charon log file, in the forms charon and syslog write:
 *   `17:20:01 09[IKE] <conn|1> message`            (filelog, time_format %T, ike_name = yes)
 *   `Dec  6 17:20:01 09[IKE] message`              (filelog, default time format)
 *   `Dec  6 17:20:01 node charon: 09[IKE] <conn|1> message`       (syslog)
 *   `2026-12-06T17:20:01.123+00:00 node charon[42]: 09[IKE] ...`  (journal export)
 *   `[IKE] <conn|1> message` and `09[IKE] message`  (swanctl --log, the console's own text)
 * A time of day is placed on \a day (UTC); a line without a time gets an invalid time.
 * std::nullopt for anything without a `[GROUP]` tag (a line that is not charon's).
 */
std::optional<CharonLogLine> parseCharonLogLine(QStringView text, const QDate &day = {});

/*! Every line of \a text that parses; \a skipped (if given) counts the others (blank lines aside). */
QList<CharonLogLine> parseCharonLog(QStringView text, const QDate &day = {}, int *skipped = nullptr);

/*!
 * The line as the console shows and stores it: `HH:mm:ss.zzz 09[IKE] <name|1> message`
 * (local time when \a localTime, else UTC), parts that are unknown left out. parseCharonLogLine()
 * reads it back.
 */
QString formatCharonLogLine(const CharonLogLine &line, bool localTime = false);

} // namespace vpnaas::diagnosis
