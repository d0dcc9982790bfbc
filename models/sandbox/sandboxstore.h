// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace vpnaas::sandbox {

/*!
 * The sandbox cloud's resources: JSON bodies exactly as the API returns them, per collection
 * ("networks", "ikepolicies", "ipsec-site-connections", ...), in creation order. With a file
 * name it persists to SQLite (WAL, synchronous=FULL): every apply() is one transaction, and the
 * in-memory state changes only after COMMIT succeeded, so a crash never loses a committed
 * resource and never shows an uncommitted one. Between beginBatch() and commitBatch() every
 * write goes into one transaction instead (the seed scenario: whole or not at all);
 * rollbackBatch() puts the store back as it was at beginBatch(). The file is private (0600 in a
 * 0700 folder, see openstack/privatefiles.h): the bodies hold PSKs in clear.
 */
class SandboxStore
{
public:
    struct Change {
        QString collection;
        QString id;
        std::optional<QJsonObject> body; // nothing: delete
    };

    /*! An empty path keeps everything in memory. */
    explicit SandboxStore(QString databasePath = {});
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    /*! Opens (and creates) the database and loads it; false with \a error on failure. */
    bool open(QString *error);
    QString databasePath() const { return m_path; }

    QList<QJsonObject> list(const QString &collection) const;
    std::optional<QJsonObject> get(const QString &collection, const QString &id) const;
    /*! The ids of \a collection in list order (without reading the resources). */
    QStringList ids(const QString &collection) const;
    bool isEmpty() const;
    /*! How many resources it holds, in all collections. */
    qsizetype size() const;
    /*!
     * An in-memory copy of what the store holds now (no database), to read on another thread: it
     * shares the bodies with this store (implicitly shared, nothing is copied) until either writes.
     */
    std::unique_ptr<SandboxStore> snapshot() const;

    bool apply(const QList<Change> &changes, QString *error);
    bool clear(QString *error);

    /*! One transaction for every write until commitBatch(); false with \a error when one is open already. */
    bool beginBatch(QString *error);
    /*! Commits the batch; on failure it is rolled back (as rollbackBatch()) and \a error says why. */
    bool commitBatch(QString *error);
    /*! Forgets every write since beginBatch(), on disk and in memory. */
    void rollbackBatch();
    bool inBatch() const { return m_batch.has_value(); }

    QString meta(const QString &key) const { return m_meta.value(key); }
    bool setMeta(const QString &key, const QString &value, QString *error);

private:
    struct Collection {
        QList<QString> order;
        QHash<QString, QJsonObject> items;
    };

    /*! What the store held at beginBatch(). */
    struct Snapshot {
        QHash<QString, Collection> collections;
        QHash<QString, QString> meta;
        qint64 sequence = 0;
    };

    QString m_path;
    QString m_connection;
    QHash<QString, Collection> m_collections;
    QHash<QString, QString> m_meta;
    qint64 m_sequence = 0;
    std::optional<Snapshot> m_batch;
};

} // namespace vpnaas::sandbox
