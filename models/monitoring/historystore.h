// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countertracker.h"
#include "statuspoller.h"
#include "timeseries.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QObject;
class QSqlDatabase;

namespace vpnaas::monitoring {

/*! One counter reading of a CHILD_SA (VICI) or a simulated one (sandbox). */
struct CounterSample {
    QString connectionId;
    QString child; // CHILD_SA name or unique id; empty for connection totals
    QDateTime at;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;
    bool operator==(const CounterSample &other) const = default;
};

/*!
 * The monitoring history: status transitions and counter samples in a SQLite database (Qt Sql)
 * in the user's data directory, kept for a retention period, exportable as CSV. Holds no
 * secrets (ids, statuses, numbers); the file is still private (0600 in a 0700 folder, see
 * openstack/privatefiles.h). WAL journal, synchronous=NORMAL: a kill -9 loses no committed
 * write, a power cut at most the last few (never the database's integrity). Every write says
 * whether it was kept (false or -1 with the database's error). Each instance has its own named
 * database connection; use it from the thread that created it.
 *
 * The writes of a poll (recordLater(), addTransitionsLater()) can go to a worker thread with a
 * connection of its own to the same file (writeInBackground()): 10,000 samples take a few
 * hundred milliseconds to write, which the GUI thread must not wait for. Reads stay on the
 * owner's thread and see every write the worker committed.
 */
class HistoryStore
{
public:
    /*! \a path empty: the default file in the user's data directory; ":memory:" keeps it in memory. */
    explicit HistoryStore(const QString &path = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /*! Opens (and creates) the database; false with \a error. */
    bool open(QString *error);
    /*!
     * The cloud and region the history is of (e.g. "prod|RegionTwo"): what is written from now on is
     * filed under it and what is read is its own, so histories of different clouds and regions
     * stay apart (a connection id belongs to one project, so projects are apart within one).
     * Rows written by versions without scopes belong to every scope.
     */
    void setScope(const QString &scope) { m_scope = scope.isNull() ? QStringLiteral("") : scope; }
    /*! The scope of cloud \a cloud in region \a region ("prod|RegionTwo"; the region may be empty). */
    static QString scopeOf(const QString &cloud, const QString &region) { return cloud + u'|' + region; }
    QString scope() const { return m_scope; }
    /*! The database file (or ":memory:"). */
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    static QString defaultPath();

    bool addTransition(const StatusTransition &transition, QString *error = nullptr);
    /*! All of \a transitions in one transaction: all or none. */
    bool addTransitions(const QList<StatusTransition> &transitions, QString *error = nullptr);
    bool addSamples(const QList<CounterSample> &samples, QString *error = nullptr);
    /*!
     * The samples of one poll and the counter state they continue from, in one transaction:
     * both or neither (a crash between them would count traffic twice after a restart).
     */
    bool record(const QList<CounterSample> &samples, const QHash<QString, CounterTracker::Saved> &state,
                QString *error = nullptr);

    /*!
     * From now on recordLater() and addTransitionsLater() write on a worker thread with its own
     * connection to the file, in the order they were called, each under the scope set when it
     * was called. False with \a error (and the writes stay on this thread) when that connection
     * does not open, or for ":memory:" (a second connection would be another database).
     */
    bool writeInBackground(QString *error);
    /*!
     * A store of \a path opened on the thread of \a worker (started; this call waits for it),
     * to be used and destroyed there only. Null with \a error when it does not open; \a worker is
     * then moved back to this thread, so that its thread can be quit. For writeInBackground() and
     * readers of their own (monitoring::ChartFeed).
     */
    static std::unique_ptr<HistoryStore> openOnThreadOf(QObject *worker, const QString &path, QString *error);
    bool writesInBackground() const { return m_background != nullptr; }
    /*! The error of a write, empty when it was kept. */
    using WriteDone = std::function<void(const QString &error)>;
    /*!
     * record(), on the worker when writeInBackground() is on, else at once. \a done is called on
     * this thread, only while \a context exists: before recordLater() returns when the write
     * was inline, else from the event loop.
     */
    void recordLater(const QList<CounterSample> &samples, const QHash<QString, CounterTracker::Saved> &state,
                     QObject *context, WriteDone done);
    /*! addTransitions(), like recordLater(). */
    void addTransitionsLater(const QList<StatusTransition> &transitions, QObject *context, WriteDone done);
    /*! recentChanges() in the worker's queue (after the writes handed to it before), like
        recordLater(); \a done gets them (none when the read failed). */
    void recentChangesLater(const QDateTime &from, const QDateTime &to, int limit, QObject *context,
                            std::function<void(const QList<StatusTransition> &changes)> done);
    /*!
     * Waits until the worker has written what was handed to it so far, then calls the \a done
     * functions of those writes (no-op without writeInBackground()). For tests and for a close.
     */
    void waitForWrites();

    /*! The newest \a limit changes (not first sightings) of every connection in [from, to], oldest first. */
    QList<StatusTransition> recentChanges(const QDateTime &from, const QDateTime &to, int limit) const;
    /*! Transitions of \a connectionId (all when empty) in [from, to], oldest first. */
    QList<StatusTransition> transitions(const QString &connectionId = {}, const QDateTime &from = {},
                                        const QDateTime &to = {}) const;
    QList<CounterSample> samples(const QString &connectionId, const QDateTime &from = {},
                                 const QDateTime &to = {}) const;
    /*!
     * The connection totals (child '') of \a connectionId in [from, to] (invalid: open-ended),
     * oldest first, read forward-only into a compact series (40 bytes a sample). Empty with
     * \a error when the history is not open, the range is reversed or the query fails.
     */
    SampleSeries loadSeries(const QString &connectionId, const QDateTime &from, const QDateTime &to,
                            QString *error = nullptr) const;

    /*!
     * loadSeries() of each of \a connectionIds, in one read on the index (a chart's scroll asks
     * a hundred connections for their newest samples): id → series; connections without samples
     * in the range are left out. Empty with \a error as loadSeries().
     */
    QHash<QString, SampleSeries> loadSeries(const QStringList &connectionIds, const QDateTime &from,
                                            const QDateTime &to, QString *error = nullptr) const;
    /*! The transitions of each of \a connectionIds up to \a to, oldest first, in one read; empty with \a error. */
    QList<StatusTransition> transitionsOf(const QStringList &connectionIds, const QDateTime &to,
                                          QString *error = nullptr) const;

    /*! The counter tracker's state (see CounterTracker::saved()), replacing what was saved for those connections. */
    bool saveCounterState(const QHash<QString, CounterTracker::Saved> &state, QString *error = nullptr);
    /*! What saveCounterState() kept (entries that do not parse are skipped). */
    QHash<QString, CounterTracker::Saved> counterState() const;

    /*!
     * Deletes everything older than \a days days before \a now; returns the number of rows
     * removed, -1 with \a error when the database refused.
     */
    int prune(int days, const QDateTime &now = QDateTime::currentDateTimeUtc(), QString *error = nullptr);
    /*!
     * Keeps one counter sample per connection, child and \a bucketMs in [from, to) — the last
     * of each bucket — and deletes the others; returns how many went. The samples are totals,
     * so nothing is lost but resolution: older history is thinned this way (a day of 5 s samples
     * is 17,280 rows a tunnel, of 1 min samples 1,440). Connection by connection, on the index,
     * in one transaction; -1 with \a error (and nothing deleted) when the database refused.
     */
    int thin(const QDateTime &from, const QDateTime &to, qint64 bucketMs, QString *error = nullptr);
    /*! CSV (RFC 4180, UTC ISO timestamps) of the transitions or the samples of \a connectionId. */
    bool exportTransitionsCsv(QIODevice *out, const QString &connectionId = {}) const;
    /*! \a connectionId empty: the samples of every connection, connection by connection. */
    bool exportSamplesCsv(QIODevice *out, const QString &connectionId = {}) const;

private:
    static bool insertSamples(QSqlDatabase &db, const QString &scope, const QList<CounterSample> &samples,
                              QString *error);
    static bool insertCounterState(QSqlDatabase &db, const QString &scope,
                                   const QHash<QString, CounterTracker::Saved> &state, QString *error);

    /*! \a write (which returns the error, empty when kept) on the worker or at once, see recordLater(). */
    void writeLater(QObject *context, WriteDone done, std::function<QString(HistoryStore &)> write);

    struct Background;
    std::unique_ptr<Background> m_background;
    QString m_path;
    QString m_scope = QStringLiteral(""); // never null: SQL would read NULL
    QString m_connectionName;
    bool m_open = false;
};

} // namespace vpnaas::monitoring
