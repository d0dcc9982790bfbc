// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vpnaas::sandbox {

/*!
 * The sandbox cloud's resources: JSON bodies exactly as the API returns them, per collection
 * ("networks", "ikepolicies", "ipsec-site-connections", ...), in creation order. With a file
 * name it persists to SQLite (WAL, synchronous=FULL): every apply() is one transaction, and the
 * in-memory state changes only after COMMIT succeeded, so a crash never loses a committed
 * resource and never shows an uncommitted one.
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
    bool isEmpty() const;

    bool apply(const QList<Change> &changes, QString *error);
    bool clear(QString *error);

    QString meta(const QString &key) const { return m_meta.value(key); }
    bool setMeta(const QString &key, const QString &value, QString *error);

private:
    struct Collection {
        QList<QString> order;
        QHash<QString, QJsonObject> items;
    };

    QString m_path;
    QString m_connection;
    QHash<QString, Collection> m_collections;
    QHash<QString, QString> m_meta;
    qint64 m_sequence = 0;
};

} // namespace vpnaas::sandbox
