// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QStringList>

/*!
 * "Equivalent" Neutron bodies: same keys and values, except what a server generates (UUIDs,
 * allocated IPs, segmentation ids, timestamps, revision numbers), which must correspond one to
 * one between the two bodies across a whole run. Used by the sandbox conformance and
 * differential tests.
 */
class ValueMapping
{
public:
    /*! True if \a recorded ↔ \a actual is consistent with everything seen so far. */
    bool match(const QString &recorded, const QString &actual);
    /*! \a text with every mapped recorded value replaced by its counterpart. */
    QString apply(QString text) const;

private:
    QHash<QString, QString> m_forward, m_backward;
};

/*! Appends a line per difference between \a recorded and \a actual under \a where. */
void compareBodies(const QJsonValue &recorded, const QJsonValue &actual, const QString &where, const QString &key,
                   ValueMapping &mapping, QStringList &differences);
