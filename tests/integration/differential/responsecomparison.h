// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonequivalence.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace differential {

/*! One side's answer to a request. */
struct Response {
    int status = 0;
    QByteArray body;
    QString requestId;
};

/*! Real id ↔ sandbox id of everything both sides created. */
class IdTable
{
public:
    /*! Pairs the two ids; does nothing when either is empty (only one side created it). */
    void remember(const QString &realId, const QString &sandboxId);
    /*! The sandbox's id for \a realId, empty when there is none. */
    QString sandboxId(const QString &realId) const { return m_toSandbox.value(realId); }
    /*! The real id for \a text when it is a sandbox id, else \a text itself. */
    QString toReal(const QString &text) const { return m_toReal.value(text, text); }
    /*! \a text (a path, a request body) with every known real id replaced by the sandbox's. */
    QString toSandbox(QString text) const;

private:
    QMap<QString, QString> m_toSandbox;
    QHash<QString, QString> m_toReal;
};

/*!
 * Compares the real server's answer with the sandbox's, request by request, across a whole run:
 * same request-id shape, then bodies that are equivalent (compareBodies(): generated values map
 * one to one across the run) once two things that legitimately differ are put in one order.
 * Holds the run's id table and value mapping.
 */
class ResponseComparison
{
public:
    IdTable &ids() { return m_ids; }
    const IdTable &ids() const { return m_ids; }

    /*! One line per difference between the answers to the request for \a path (empty: equivalent). */
    QStringList compare(const Response &real, const Response &sandbox, const QString &path);

private:
    IdTable m_ids;
    ValueMapping m_mapping;
};

/*!
 * `sort_key=id`: each side sorts by its own random UUIDs, so the two orders legitimately differ.
 * Each side must be sorted by its own ids (else a line in \a differences); then the sandbox's
 * items are put in the real side's order (through \a ids) so that compareBodies() sees the same
 * items side by side. Does nothing for other paths, or when either side refused the list.
 */
void reorderSortedById(const QString &path, QJsonObject &real, QJsonObject &sandbox, const IdTable &ids,
                       QStringList &differences);

/*!
 * The order of a connection's peer_cidrs and of a group's endpoints is not part of the API: puts
 * every such array inside \a value in one order, by \a sortKey of each item (the sandbox's ids
 * stand for the real ids they map to).
 */
void canonicaliseUnorderedArrays(QJsonValue &value, const std::function<QString(const QString &)> &sortKey);

/*! \a body as text for a report line, cut after 300 characters. */
QString shownBody(const QByteArray &body);

} // namespace differential
