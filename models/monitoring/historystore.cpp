// SPDX-License-Identifier: Apache-2.0
#include "historystore.h"

#include "openstack/privatefiles.h"
#include "perf/background.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::monitoring::HistoryStore)
};

qint64 msecs(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

/*! A null QString binds as SQL NULL; the columns are NOT NULL, "nothing" is ''. */
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString sourceName(StatusTransition::Source source)
{
    return source == StatusTransition::Source::Tunnel ? u"tunnel"_s : u"neutron"_s;
}

StatusTransition::Source sourceFromName(const QString &name)
{
    return name == u"tunnel" ? StatusTransition::Source::Tunnel : StatusTransition::Source::Neutron;
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void bindRange(QSqlQuery &query, const QDateTime &from, const QDateTime &to)
{
    query.bindValue(u":from"_s, from.isValid() ? msecs(from) : std::numeric_limits<qint64>::min());
    query.bindValue(u":to"_s, to.isValid() ? msecs(to) : std::numeric_limits<qint64>::max());
}

/*! Runs \a q (connection_id, at, from_status, to_status, source) and reads its rows in order; none on failure. */
QList<StatusTransition> readTransitions(QSqlQuery &q)
{
    QList<StatusTransition> result;
    if (q.exec()) {
        while (q.next()) {
            result.append({q.value(0).toString(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                           q.value(2).toString(), q.value(3).toString(), sourceFromName(q.value(4).toString())});
        }
    }
    return result;
}

} // namespace

/*!
 * The worker of writeInBackground(): a thread with a HistoryStore of its own (opened, used and
 * closed there), `worker` living in it to run the writes in order, `relay` living on the
 * owner's thread to bring each result back.
 */
struct HistoryStore::Background {
    QThread thread;
    QObject worker;
    QObject relay;
    std::unique_ptr<HistoryStore> store; // opened, used and destroyed on `thread` only

    /*! Runs \a write (which returns the error, empty when kept) on the worker, \a done back here. */
    void post(QObject *context, WriteDone done, std::function<QString(HistoryStore &)> write)
    {
        QPointer<QObject> alive(context);
        QMetaObject::invokeMethod(
            &worker,
            [this, alive = std::move(alive), done = std::move(done), write = std::move(write)]() mutable {
                const QString error = write(*store);
                QMetaObject::invokeMethod(
                    &relay,
                    [alive = std::move(alive), done = std::move(done), error] {
                        if (alive)
                            done(error);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
};

HistoryStore::HistoryStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connectionName(u"vpnaas-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    if (m_background) {
        // What was handed to the worker is written before it closes its connection; results not
        // yet delivered are dropped with the relay.
        QMetaObject::invokeMethod(
            &m_background->worker,
            [b = m_background.get(), owner = QThread::currentThread()] {
                b->store.reset();
                b->worker.moveToThread(owner);
            },
            Qt::BlockingQueuedConnection);
        m_background->thread.quit();
        m_background->thread.wait();
        m_background.reset();
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"monitoring.sqlite"_s);
}

bool HistoryStore::open(QString *error)
{
    // Private like the rest of the console's data (0600 in a 0700 folder), whatever the umask.
    const bool inMemory = m_path == u":memory:";
    if (QString fileError; !inMemory && !openstack::privatefiles::prepareDatabaseFile(m_path, &fileError)) {
        if (error)
            *error = Text::tr("Cannot open the monitoring history %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), fileError);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error)
            *error = Text::tr("Cannot open the monitoring history %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const QStringList schema{
        u"PRAGMA journal_mode=WAL"_s,
        u"CREATE TABLE IF NOT EXISTS transitions (connection_id TEXT NOT NULL, at INTEGER NOT NULL, "
        "from_status TEXT NOT NULL, to_status TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'neutron', "
        "scope TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS transitions_by_connection ON transitions(connection_id, at)"_s,
        // recentChanges(): the newest changes of all connections without reading a day of first sightings.
        u"CREATE INDEX IF NOT EXISTS transitions_by_time ON transitions(at)"_s,
        u"CREATE TABLE IF NOT EXISTS samples (connection_id TEXT NOT NULL, child TEXT NOT NULL, at INTEGER NOT NULL, "
        "bytes_in INTEGER NOT NULL, bytes_out INTEGER NOT NULL, packets_in INTEGER NOT NULL, packets_out INTEGER NOT "
        "NULL, "
        "scope TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS samples_by_connection ON samples(connection_id, at)"_s,
        u"CREATE TABLE IF NOT EXISTS counter_state (scope TEXT NOT NULL DEFAULT '', connection_id TEXT NOT NULL, "
        "state TEXT NOT NULL, PRIMARY KEY (scope, connection_id))"_s,
    };
    const auto unusable = [&] {
        const QString reason = q.lastError().text();
        q.exec(u"ROLLBACK"_s);
        if (error)
            *error
                = Text::tr("The monitoring history %1 is not usable: %2").arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    };
    // The journal mode first (not within a transaction), then the schema and its upgrades in
    // one transaction: one sync to disk instead of one per statement on a first start.
    // synchronous=NORMAL: in WAL mode a commit is not synced (a checkpoint is); a kill loses
    // nothing committed, a power cut at most the last commits, never the database's integrity.
    // A sync per poll (and on a first start nine before the window could paint) is not worth it.
    if (!q.exec(u"PRAGMA synchronous=NORMAL"_s) || !q.exec(schema.first()) || !q.exec(u"BEGIN"_s))
        return unusable();
    for (const QString &statement : schema.mid(1)) {
        if (!q.exec(statement))
            return unusable();
    }
    // Histories written before the tunnel transitions existed lack the source column.
    if (q.exec(u"SELECT source FROM transitions LIMIT 0"_s) == false
        && !q.exec(u"ALTER TABLE transitions ADD COLUMN source TEXT NOT NULL DEFAULT 'neutron'"_s)) {
        return unusable();
    }
    // Histories written before clouds were kept apart lack the scope: their rows stay, with an
    // empty scope, shown for their connection ids in every scope (see setScope()).
    for (const char *table : {"transitions", "samples"}) {
        const QString name = QString::fromLatin1(table);
        if (!q.exec(u"SELECT scope FROM %1 LIMIT 0"_s.arg(name))
            && !q.exec(u"ALTER TABLE %1 ADD COLUMN scope TEXT NOT NULL DEFAULT ''"_s.arg(name))) {
            return unusable();
        }
    }
    if (!q.exec(u"COMMIT"_s))
        return unusable();
    if (!q.exec(u"SELECT scope FROM counter_state LIMIT 0"_s)) {
        // Its key becomes (scope, connection): rebuilt, in one transaction.
        const QStringList rebuild{
            u"BEGIN"_s,
            u"CREATE TABLE counter_state_scoped (scope TEXT NOT NULL DEFAULT '', connection_id TEXT NOT NULL, "
            "state TEXT NOT NULL, PRIMARY KEY (scope, connection_id))"_s,
            u"INSERT INTO counter_state_scoped (connection_id, state) SELECT connection_id, state FROM counter_state"_s,
            u"DROP TABLE counter_state"_s,
            u"ALTER TABLE counter_state_scoped RENAME TO counter_state"_s,
            u"COMMIT"_s,
        };
        for (const QString &statement : rebuild) {
            if (!q.exec(statement)) {
                const QString reason = q.lastError().text();
                q.exec(u"ROLLBACK"_s);
                if (error)
                    *error = Text::tr("The monitoring history %1 is not usable: %2")
                                 .arg(QDir::toNativeSeparators(m_path), reason);
                return false;
            }
        }
    }
    if (QString fileError; !inMemory && !openstack::privatefiles::prepareDatabaseFile(m_path, &fileError)) {
        if (error) // again, now that the -wal and -shm files exist
            *error = Text::tr("Cannot open the monitoring history %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), fileError);
        return false;
    }
    m_open = true;
    return true;
}

bool HistoryStore::writeInBackground(QString *error)
{
    if (m_background)
        return true;
    if (!m_open || m_path == u":memory:") {
        if (error)
            *error = m_open ? Text::tr("An in-memory history cannot be written from another thread.")
                            : Text::tr("The monitoring history %1 is not open.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    auto background = std::make_unique<Background>();
    background->thread.setObjectName(u"history writer"_s);
    background->worker.moveToThread(&background->thread);
    background->thread.start();
    background->store = openOnThreadOf(&background->worker, m_path, error);
    if (!background->store) {
        background->thread.quit();
        background->thread.wait();
        return false;
    }
    m_background = std::move(background);
    return true;
}

std::unique_ptr<HistoryStore> HistoryStore::openOnThreadOf(QObject *worker, const QString &path, QString *error)
{
    std::unique_ptr<HistoryStore> store;
    QMetaObject::invokeMethod(
        worker,
        [worker, &store, &path, error, owner = QThread::currentThread()] {
            perf::yieldToTheGuiThread(); // the writer's and the chart feed's thread
            store = std::make_unique<HistoryStore>(path);
            if (!store->open(error)) {
                store.reset();
                worker->moveToThread(owner);
            }
        },
        Qt::BlockingQueuedConnection);
    return store;
}

void HistoryStore::writeLater(QObject *context, WriteDone done, std::function<QString(HistoryStore &)> write)
{
    if (!m_background) {
        const QString error = write(*this);
        if (context)
            done(error);
        return;
    }
    m_background->post(context, std::move(done), [scope = m_scope, write = std::move(write)](HistoryStore &store) {
        store.setScope(scope);
        return write(store);
    });
}

void HistoryStore::recordLater(const QList<CounterSample> &samples, const QHash<QString, CounterTracker::Saved> &state,
                               QObject *context, WriteDone done)
{
    writeLater(context, std::move(done), [samples, state](HistoryStore &store) {
        QString error;
        return store.record(samples, state, &error) ? QString() : error;
    });
}

void HistoryStore::recentChangesLater(const QDateTime &from, const QDateTime &to, int limit, QObject *context,
                                      std::function<void(const QList<StatusTransition> &changes)> done)
{
    // Written on the worker, read here after done(): the queued call orders the two.
    auto changes = std::make_shared<QList<StatusTransition>>();
    writeLater(
        context, [changes, done = std::move(done)](const QString &) { done(*changes); },
        [changes, from, to, limit](HistoryStore &store) {
            *changes = store.recentChanges(from, to, limit);
            return QString();
        });
}

void HistoryStore::addTransitionsLater(const QList<StatusTransition> &transitions, QObject *context, WriteDone done)
{
    writeLater(context, std::move(done), [transitions](HistoryStore &store) {
        QString error;
        return store.addTransitions(transitions, &error) ? QString() : error;
    });
}

void HistoryStore::waitForWrites()
{
    if (!m_background)
        return;
    QMetaObject::invokeMethod(
        &m_background->worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(&m_background->relay, QEvent::MetaCall);
}

bool HistoryStore::addTransition(const StatusTransition &t, QString *error)
{
    return addTransitions({t}, error);
}

bool HistoryStore::addTransitions(const QList<StatusTransition> &transitions, QString *error)
{
    if (transitions.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const auto fail = [&](const QSqlError &why) {
        if (error)
            *error = why.text();
        db.rollback();
        return false;
    };
    // One transaction (one sync to disk) for all: the first poll of 10,000 connections is
    // 10,000 first sightings.
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO transitions (connection_id, at, from_status, to_status, source, scope) "
                   "VALUES (:id, :at, :from, :to, :source, :scope)"_s))
        return fail(q.lastError());
    for (const StatusTransition &t : transitions) {
        q.bindValue(u":scope"_s, m_scope);
        q.bindValue(u":id"_s, t.connectionId);
        q.bindValue(u":at"_s, msecs(t.at));
        q.bindValue(u":from"_s, text(t.from));
        q.bindValue(u":to"_s, text(t.to));
        q.bindValue(u":source"_s, sourceName(t.source));
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!db.commit())
        return fail(db.lastError());
    return true;
}

bool HistoryStore::addSamples(const QList<CounterSample> &samples, QString *error)
{
    return record(samples, {}, error);
}

bool HistoryStore::record(const QList<CounterSample> &samples, const QHash<QString, CounterTracker::Saved> &state,
                          QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One transaction per batch: 100 tunnels every 5 s is 20 rows a second. The samples and
    // the counter state they continue from are written together: a crash between the two
    // would count the traffic since the last state twice at the next start.
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (!insertSamples(db, m_scope, samples, error) || !insertCounterState(db, m_scope, state, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool HistoryStore::insertSamples(QSqlDatabase &db, const QString &scope, const QList<CounterSample> &samples,
                                 QString *error)
{
    if (samples.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO samples (connection_id, child, at, bytes_in, bytes_out, packets_in, packets_out, "
                   "scope) VALUES (:id, :child, :at, :bi, :bo, :pi, :po, :scope)"_s)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const CounterSample &s : samples) {
        q.bindValue(u":id"_s, s.connectionId);
        q.bindValue(u":child"_s, text(s.child));
        q.bindValue(u":at"_s, msecs(s.at));
        q.bindValue(u":bi"_s, qlonglong(s.bytesIn));
        q.bindValue(u":bo"_s, qlonglong(s.bytesOut));
        q.bindValue(u":pi"_s, qlonglong(s.packetsIn));
        q.bindValue(u":po"_s, qlonglong(s.packetsOut));
        q.bindValue(u":scope"_s, scope);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QList<StatusTransition> HistoryStore::recentChanges(const QDateTime &from, const QDateTime &to, int limit) const
{
    // First sightings (from '') are not changes; only the newest  limit  are read at all (a
    // cloud of 10,000 connections has 10,000 first sightings on its first day).
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT connection_id, at, from_status, to_status, source FROM transitions "
              "WHERE from_status <> '' AND scope IN (:scope, '') AND at BETWEEN :from AND :to "
              "ORDER BY at DESC, rowid DESC LIMIT :limit"_s);
    q.bindValue(u":scope"_s, m_scope);
    q.bindValue(u":limit"_s, limit);
    bindRange(q, from, to);
    QList<StatusTransition> result = readTransitions(q); // newest first
    std::reverse(result.begin(), result.end());
    return result;
}

QList<StatusTransition> HistoryStore::transitions(const QString &connectionId, const QDateTime &from,
                                                  const QDateTime &to) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT connection_id, at, from_status, to_status, source FROM transitions "
              "WHERE (:all OR connection_id = :id) AND scope IN (:scope, '') AND at BETWEEN :from AND :to "
              "ORDER BY at, rowid"_s);
    q.bindValue(u":all"_s, connectionId.isEmpty());
    q.bindValue(u":scope"_s, m_scope);
    q.bindValue(u":id"_s, connectionId);
    bindRange(q, from, to);
    return readTransitions(q);
}

QList<CounterSample> HistoryStore::samples(const QString &connectionId, const QDateTime &from,
                                           const QDateTime &to) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT connection_id, child, at, bytes_in, bytes_out, packets_in, packets_out FROM samples "
              "WHERE connection_id = :id AND scope IN (:scope, '') AND at BETWEEN :from AND :to ORDER BY at, rowid"_s);
    q.bindValue(u":id"_s, connectionId);
    q.bindValue(u":scope"_s, m_scope);
    bindRange(q, from, to);
    QList<CounterSample> result;
    if (q.exec()) {
        while (q.next()) {
            result.append({q.value(0).toString(), q.value(1).toString(),
                           QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                           quint64(q.value(3).toLongLong()), quint64(q.value(4).toLongLong()),
                           quint64(q.value(5).toLongLong()), quint64(q.value(6).toLongLong())});
        }
    }
    return result;
}

SampleSeries HistoryStore::loadSeries(const QString &connectionId, const QDateTime &from, const QDateTime &to,
                                      QString *error) const
{
    SampleSeries series = loadSeries(QStringList{connectionId}, from, to, error).value(connectionId);
    series.connectionId = connectionId;
    return series;
}

namespace {

// Ids per statement: far below SQLite's limit on bound values, and a chart draws a hundred.
constexpr qsizetype kIdsPerStatement = 500;

QString placeholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? u"?"_s : u",?"_s;
    return marks;
}

} // namespace

QHash<QString, SampleSeries> HistoryStore::loadSeries(const QStringList &connectionIds, const QDateTime &from,
                                                      const QDateTime &to, QString *error) const
{
    QHash<QString, SampleSeries> result;
    if (!m_open) {
        if (error)
            *error = Text::tr("The monitoring history %1 is not open.").arg(QDir::toNativeSeparators(m_path));
        return result;
    }
    if (from.isValid() && to.isValid() && to < from) {
        if (error)
            *error = Text::tr("The time range ends (%1) before it starts (%2).").arg(isoUtc(to), isoUtc(from));
        return result;
    }
    for (qsizetype start = 0; start < connectionIds.size(); start += kIdsPerStatement) {
        const QStringList ids = connectionIds.mid(start, kIdsPerStatement);
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.setForwardOnly(true);
        q.prepare(u"SELECT connection_id, at, bytes_in, bytes_out, packets_in, packets_out FROM samples "
                  "WHERE connection_id IN (%1) AND child = '' AND scope IN (?, '') AND at BETWEEN ? AND ? "
                  "ORDER BY connection_id, at, rowid"_s.arg(placeholders(ids.size())));
        for (const QString &id : ids)
            q.addBindValue(id);
        q.addBindValue(m_scope);
        q.addBindValue(from.isValid() ? msecs(from) : std::numeric_limits<qint64>::min());
        q.addBindValue(to.isValid() ? msecs(to) : std::numeric_limits<qint64>::max());
        if (!q.exec()) {
            if (error)
                *error = Text::tr("Cannot read the monitoring history: %1").arg(q.lastError().text());
            return {};
        }
        SampleSeries *series = nullptr;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!series || series->connectionId != id) {
                series = &result[id];
                series->connectionId = id;
            }
            series->append(q.value(1).toLongLong(), quint64(q.value(2).toLongLong()), quint64(q.value(3).toLongLong()),
                           quint64(q.value(4).toLongLong()), quint64(q.value(5).toLongLong()));
        }
        if (q.lastError().isValid()) {
            if (error)
                *error = Text::tr("Cannot read the monitoring history: %1").arg(q.lastError().text());
            return {};
        }
    }
    for (SampleSeries &series : result)
        series.squeeze(); // the arrays grew while read
    return result;
}

QList<StatusTransition> HistoryStore::transitionsOf(const QStringList &connectionIds, const QDateTime &to,
                                                    QString *error) const
{
    QList<StatusTransition> result;
    for (qsizetype start = 0; start < connectionIds.size(); start += kIdsPerStatement) {
        const QStringList ids = connectionIds.mid(start, kIdsPerStatement);
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.setForwardOnly(true);
        q.prepare(u"SELECT connection_id, at, from_status, to_status, source FROM transitions "
                  "WHERE connection_id IN (%1) AND scope IN (?, '') AND at <= ? ORDER BY at, rowid"_s.arg(
                      placeholders(ids.size())));
        for (const QString &id : ids)
            q.addBindValue(id);
        q.addBindValue(m_scope);
        q.addBindValue(to.isValid() ? msecs(to) : std::numeric_limits<qint64>::max());
        if (!q.exec()) {
            if (error)
                *error = Text::tr("Cannot read the monitoring history: %1").arg(q.lastError().text());
            return {};
        }
        while (q.next()) {
            result.append({q.value(0).toString(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                           q.value(2).toString(), q.value(3).toString(), sourceFromName(q.value(4).toString())});
        }
        if (q.lastError().isValid()) {
            if (error)
                *error = Text::tr("Cannot read the monitoring history: %1").arg(q.lastError().text());
            return {};
        }
    }
    if (connectionIds.size() > kIdsPerStatement) {
        std::stable_sort(result.begin(), result.end(),
                         [](const StatusTransition &a, const StatusTransition &b) { return a.at < b.at; });
    }
    return result;
}

int HistoryStore::prune(int days, const QDateTime &now, QString *error)
{
    const qint64 cutoff = msecs(now.addDays(-days));
    int removed = 0;
    for (const QString &table : {u"transitions"_s, u"samples"_s}) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(u"DELETE FROM %1 WHERE at < :cutoff"_s.arg(table));
        q.bindValue(u":cutoff"_s, cutoff);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return -1;
        }
        removed += q.numRowsAffected();
    }
    return removed;
}

namespace {
QJsonObject countersJson(quint64 bytesIn, quint64 bytesOut, quint64 packetsIn, quint64 packetsOut)
{
    // As text: JSON numbers are doubles and counters pass 2^53 on a busy year-long tunnel.
    return {{u"bi"_s, QString::number(bytesIn)},
            {u"bo"_s, QString::number(bytesOut)},
            {u"pi"_s, QString::number(packetsIn)},
            {u"po"_s, QString::number(packetsOut)}};
}

bool readCounters(const QJsonObject &o, quint64 *bytesIn, quint64 *bytesOut, quint64 *packetsIn, quint64 *packetsOut)
{
    bool ok[4] = {};
    *bytesIn = o.value(u"bi"_s).toString().toULongLong(&ok[0]);
    *bytesOut = o.value(u"bo"_s).toString().toULongLong(&ok[1]);
    *packetsIn = o.value(u"pi"_s).toString().toULongLong(&ok[2]);
    *packetsOut = o.value(u"po"_s).toString().toULongLong(&ok[3]);
    return ok[0] && ok[1] && ok[2] && ok[3];
}
} // namespace

bool HistoryStore::saveCounterState(const QHash<QString, CounterTracker::Saved> &state, QString *error)
{
    return record({}, state, error);
}

bool HistoryStore::insertCounterState(QSqlDatabase &db, const QString &scope,
                                      const QHash<QString, CounterTracker::Saved> &state, QString *error)
{
    if (state.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!q.prepare(
            u"INSERT OR REPLACE INTO counter_state (scope, connection_id, state) VALUES (:scope, :id, :state)"_s)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const Totals &c = it->closed;
        QJsonObject json{{u"closed"_s, countersJson(c.bytesIn, c.bytesOut, c.packetsIn, c.packetsOut)}};
        QJsonArray children;
        for (const ChildCounters &child : it->children) {
            QJsonObject o = countersJson(child.bytesIn, child.bytesOut, child.packetsIn, child.packetsOut);
            o.insert(u"id"_s, child.uniqueId);
            children.append(o);
        }
        json.insert(u"children"_s, children);
        q.bindValue(u":scope"_s, scope);
        q.bindValue(u":id"_s, it.key());
        q.bindValue(u":state"_s, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QHash<QString, CounterTracker::Saved> HistoryStore::counterState() const
{
    QHash<QString, CounterTracker::Saved> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // This scope's state, else what an older version saved without one.
    q.prepare(u"SELECT connection_id, state FROM counter_state WHERE scope IN (:scope, '') ORDER BY scope = :scope2"_s);
    q.bindValue(u":scope"_s, m_scope);
    q.bindValue(u":scope2"_s, m_scope);
    if (!q.exec())
        return result;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        CounterTracker::Saved saved;
        Totals &c = saved.closed;
        bool ok
            = readCounters(json.value(u"closed"_s).toObject(), &c.bytesIn, &c.bytesOut, &c.packetsIn, &c.packetsOut);
        for (const QJsonValue &value : json.value(u"children"_s).toArray()) {
            const QJsonObject o = value.toObject();
            ChildCounters child;
            child.uniqueId = o.value(u"id"_s).toString();
            ok = ok && !child.uniqueId.isEmpty()
                && readCounters(o, &child.bytesIn, &child.bytesOut, &child.packetsIn, &child.packetsOut);
            saved.children.append(child);
        }
        if (ok)
            result.insert(q.value(0).toString(), saved);
    }
    return result;
}

int HistoryStore::thin(const QDateTime &from, const QDateTime &to, qint64 bucketMs, QString *error)
{
    if (bucketMs <= 0 || !(from < to))
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const auto fail = [&](const QSqlError &sqlError) {
        if (error)
            *error = sqlError.text();
        return -1;
    };
    QStringList ids;
    QSqlQuery list(db);
    if (!list.exec(u"SELECT DISTINCT connection_id FROM samples"_s))
        return fail(list.lastError());
    while (list.next())
        ids.append(list.value(0).toString());
    int removed = 0;
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM samples WHERE connection_id = :id AND at >= :from AND at < :to AND rowid NOT IN "
              "(SELECT MAX(rowid) FROM samples WHERE connection_id = :id2 AND at >= :from2 AND at < :to2 "
              "GROUP BY child, at / :bucket)"_s);
    for (const QString &id : std::as_const(ids)) {
        q.bindValue(u":id"_s, id);
        q.bindValue(u":id2"_s, id);
        q.bindValue(u":from"_s, msecs(from));
        q.bindValue(u":from2"_s, msecs(from));
        q.bindValue(u":to"_s, msecs(to));
        q.bindValue(u":to2"_s, msecs(to));
        q.bindValue(u":bucket"_s, bucketMs);
        if (!q.exec()) {
            const QSqlError sqlError = q.lastError();
            db.rollback();
            return fail(sqlError);
        }
        removed += q.numRowsAffected();
    }
    if (!db.commit()) {
        const QSqlError sqlError = db.lastError();
        db.rollback();
        return fail(sqlError);
    }
    return removed;
}

bool HistoryStore::exportTransitionsCsv(QIODevice *out, const QString &connectionId) const
{
    QByteArray csv = "connection_id,time_utc,source,from_status,to_status\r\n";
    for (const StatusTransition &t : transitions(connectionId)) {
        csv += (QStringList{csvField(t.connectionId), isoUtc(t.at), sourceName(t.source), csvField(t.from),
                            csvField(t.to)}
                    .join(u',')
                + u"\r\n"_s)
                   .toUtf8();
    }
    return out->write(csv) == csv.size();
}

bool HistoryStore::exportSamplesCsv(QIODevice *out, const QString &connectionId) const
{
    if (out->write("connection_id,child,time_utc,bytes_in,bytes_out,packets_in,packets_out\r\n") < 0)
        return false;
    QStringList ids{connectionId};
    if (connectionId.isEmpty()) {
        ids.clear();
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        q.prepare(u"SELECT DISTINCT connection_id FROM samples WHERE scope IN (:scope, '') ORDER BY connection_id"_s);
        q.bindValue(u":scope"_s, m_scope);
        if (!q.exec())
            return false;
        while (q.next())
            ids.append(q.value(0).toString());
    }
    // Connection by connection, so a year of samples is never one string in memory.
    for (const QString &id : std::as_const(ids)) {
        QByteArray csv;
        for (const CounterSample &s : samples(id)) {
            csv += (QStringList{csvField(s.connectionId), csvField(s.child), isoUtc(s.at), QString::number(s.bytesIn),
                                QString::number(s.bytesOut), QString::number(s.packetsIn),
                                QString::number(s.packetsOut)}
                        .join(u',')
                    + u"\r\n"_s)
                       .toUtf8();
        }
        if (out->write(csv) != csv.size())
            return false;
    }
    return true;
}

} // namespace vpnaas::monitoring
