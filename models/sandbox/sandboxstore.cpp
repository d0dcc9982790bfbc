// SPDX-License-Identifier: Apache-2.0
#include "sandboxstore.h"

#include "sandboxlogging.h"

#include "openstack/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vpnaas::sandbox {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::SandboxStore)
};

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    return exec(query, error);
}

} // namespace

SandboxStore::SandboxStore(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connection(u"vpnaas-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SandboxStore::open(QString *error)
{
    if (m_path.isEmpty())
        return true;
    // The bodies hold the PSKs typed into the sandbox in clear (codec.h): the file is the
    // owner's alone, in a folder that is too.
    if (QString fileError; !openstack::privatefiles::prepareDatabaseFile(m_path, &fileError)) {
        *error = Text::tr("Cannot open the sandbox database %1: %2").arg(m_path, fileError);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = Text::tr("Cannot open the sandbox database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QString sqlError;
    if (!exec(db, u"PRAGMA journal_mode=WAL"_s, &sqlError) || !exec(db, u"PRAGMA synchronous=FULL"_s, &sqlError)
        || !exec(db,
                 u"CREATE TABLE IF NOT EXISTS resources (collection TEXT NOT NULL, id TEXT NOT NULL, "
                 u"seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id))"_s,
                 &sqlError)
        || !exec(db, u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, &sqlError)) {
        *error = Text::tr("The sandbox database %1 cannot be used: %2").arg(m_path, sqlError);
        return false;
    }
    if (QString fileError; !openstack::privatefiles::prepareDatabaseFile(m_path, &fileError)) { // now with -wal, -shm
        *error = Text::tr("Cannot open the sandbox database %1: %2").arg(m_path, fileError);
        return false;
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT collection, id, seq, body FROM resources ORDER BY seq"_s)) {
        *error = Text::tr("The sandbox database %1 cannot be read: %2").arg(m_path, rows.lastError().text());
        return false;
    }
    m_collections.clear();
    int damaged = 0;
    while (rows.next()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(rows.value(3).toByteArray(), &parseError);
        if (!doc.isObject()) {
            ++damaged;
            continue;
        }
        Collection &c = m_collections[rows.value(0).toString()];
        const QString id = rows.value(1).toString();
        c.order.append(id);
        c.items.insert(id, doc.object());
        m_sequence = qMax(m_sequence, rows.value(2).toLongLong());
    }
    QSqlQuery meta(db);
    if (meta.exec(u"SELECT key, value FROM meta"_s)) {
        while (meta.next())
            m_meta.insert(meta.value(0).toString(), meta.value(1).toString());
    }
    if (damaged > 0)
        qCWarning(lcSandbox, "skipped %d unreadable rows in %s", damaged, qPrintable(m_path));
    return true;
}

QList<QJsonObject> SandboxStore::list(const QString &collection) const
{
    QList<QJsonObject> result;
    const auto it = m_collections.constFind(collection);
    if (it == m_collections.cend())
        return result;
    result.reserve(it->order.size());
    for (const QString &id : it->order)
        result.append(it->items.value(id));
    return result;
}

QStringList SandboxStore::ids(const QString &collection) const
{
    const auto it = m_collections.constFind(collection);
    return it == m_collections.cend() ? QStringList() : it->order;
}

std::optional<QJsonObject> SandboxStore::get(const QString &collection, const QString &id) const
{
    const auto it = m_collections.constFind(collection);
    if (it == m_collections.cend() || !it->items.contains(id))
        return std::nullopt;
    return it->items.value(id);
}

bool SandboxStore::isEmpty() const
{
    return std::all_of(m_collections.cbegin(), m_collections.cend(),
                       [](const Collection &c) { return c.order.isEmpty(); });
}

qsizetype SandboxStore::size() const
{
    qsizetype count = 0;
    for (const Collection &c : m_collections)
        count += c.order.size();
    return count;
}

std::unique_ptr<SandboxStore> SandboxStore::snapshot() const
{
    auto copy = std::make_unique<SandboxStore>();
    copy->m_collections = m_collections;
    copy->m_meta = m_meta;
    copy->m_sequence = m_sequence;
    return copy;
}

bool SandboxStore::beginBatch(QString *error)
{
    if (m_batch) {
        *error = Text::tr("A batch of sandbox writes is already open.");
        return false;
    }
    if (!m_path.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
    }
    m_batch = Snapshot{m_collections, m_meta, m_sequence};
    return true;
}

bool SandboxStore::commitBatch(QString *error)
{
    if (!m_batch) {
        *error = Text::tr("No batch of sandbox writes is open.");
        return false;
    }
    if (!m_path.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (!db.commit()) {
            *error = db.lastError().text();
            rollbackBatch();
            return false;
        }
    }
    m_batch.reset();
    return true;
}

void SandboxStore::rollbackBatch()
{
    if (!m_batch)
        return;
    if (!m_path.isEmpty())
        QSqlDatabase::database(m_connection).rollback();
    m_collections = std::move(m_batch->collections);
    m_meta = std::move(m_batch->meta);
    m_sequence = m_batch->sequence;
    m_batch.reset();
}

bool SandboxStore::apply(const QList<Change> &changes, QString *error)
{
    qint64 sequence = m_sequence;
    // Inside a batch the batch's transaction holds the rows; a failure is the batch's to roll back.
    const bool ownTransaction = !m_batch;
    if (!m_path.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (ownTransaction && !db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (const Change &change : changes) {
            QSqlQuery query(db);
            if (change.body) {
                const auto existing = get(change.collection, change.id);
                query.prepare(u"INSERT INTO resources (collection, id, seq, body) VALUES (?, ?, ?, ?) "
                              u"ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body"_s);
                query.addBindValue(change.collection);
                query.addBindValue(change.id);
                query.addBindValue(existing ? qint64(0) : ++sequence);
                query.addBindValue(QString::fromUtf8(QJsonDocument(*change.body).toJson(QJsonDocument::Compact)));
            } else {
                query.prepare(u"DELETE FROM resources WHERE collection = ? AND id = ?"_s);
                query.addBindValue(change.collection);
                query.addBindValue(change.id);
            }
            if (!exec(query, error)) {
                if (ownTransaction)
                    db.rollback();
                return false;
            }
        }
        if (ownTransaction && !db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    for (const Change &change : changes) {
        Collection &c = m_collections[change.collection];
        if (change.body) {
            if (!c.items.contains(change.id))
                c.order.append(change.id);
            c.items.insert(change.id, *change.body);
        } else if (c.items.remove(change.id)) {
            c.order.removeOne(change.id);
        }
    }
    m_sequence = sequence;
    return true;
}

bool SandboxStore::clear(QString *error)
{
    if (!m_path.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        const bool ownTransaction = !m_batch;
        if ((ownTransaction && !db.transaction()) || !exec(db, u"DELETE FROM resources"_s, error)
            || !exec(db, u"DELETE FROM meta"_s, error) || (ownTransaction && !db.commit())) {
            if (error && error->isEmpty())
                *error = db.lastError().text();
            if (ownTransaction)
                db.rollback();
            return false;
        }
    }
    m_collections.clear();
    m_meta.clear();
    return true;
}

bool SandboxStore::setMeta(const QString &key, const QString &value, QString *error)
{
    if (!m_path.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
        query.addBindValue(key);
        query.addBindValue(value);
        if (!exec(query, error))
            return false;
    }
    m_meta.insert(key, value);
    return true;
}

} // namespace vpnaas::sandbox
