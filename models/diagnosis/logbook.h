// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charonlog.h"

#include <QHash>

#include <deque>

namespace vpnaas::diagnosis {

/*!
 * The recent log lines of one charon, kept per IKE_SA in bounded rings, so that a chatty
 * daemon (10,000 lines a second across 100 connections) costs a fixed amount of memory: at
 * most Limits::linesPerSa lines for each of at most Limits::sas IKE_SAs (the ones that logged
 * last), and Limits::unattributed lines that belong to no IKE_SA. The oldest go first.
 *
 * An IKE_SA is known by its unique id; its name (the conn name, i.e. the connection id) comes
 * with its lines once it has a config. A responder's IKE_SA has no name until a config
 * matched, and one that fails before (no proposal, no peer config) never gets one: such lines
 * are found through the addresses they mention. A line with a new name for a known unique id
 * (charon restarted and counts from 1 again) starts that IKE_SA's ring afresh.
 */
class LogBook
{
public:
    struct Limits {
        int linesPerSa = 64;
        int sas = 1024;
        int unattributed = 256;
    };

    LogBook();
    explicit LogBook(Limits limits);

    void append(CharonLogLine line);
    void clear();

    /*!
     * The lines about one connection, oldest first, at most \a max (the newest): every line of
     * the IKE_SAs named \a connectionId, and of the unnamed IKE_SAs and lines without an IKE_SA
     * that mention \a peerAddress as a packet's end ("192.0.2.2[500]") or an IKE_SA's
     * ("192.0.2.1...192.0.2.2").
     */
    QList<CharonLogLine> linesFor(const QString &connectionId, const QString &peerAddress, int max = 400) const;

    /*! Every line kept, oldest first (for a whole-daemon view and tests). */
    QList<CharonLogLine> allLines() const;
    qsizetype lineCount() const { return m_lineCount; }
    qsizetype saCount() const { return m_sas.size(); }
    Limits limits() const { return m_limits; }

private:
    struct Entry {
        quint64 sequence = 0;
        CharonLogLine line;
    };
    struct SaLog {
        QString name;
        std::deque<Entry> lines;
        quint64 lastSequence = 0;
    };

    void evictSas();
    static bool mentions(const CharonLogLine &line, const QString &address);

    Limits m_limits;
    QHash<quint32, SaLog> m_sas;
    std::deque<Entry> m_unattributed;
    QHash<QString, QString> m_strings; // interned groups and names: lines share one copy
    quint64 m_sequence = 0;
    qsizetype m_lineCount = 0;
};

} // namespace vpnaas::diagnosis
