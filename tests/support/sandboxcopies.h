// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/sandboxstore.h"

#include <QJsonObject>
#include <QString>

namespace vpnaas::testing {

/*!
 * Adds \a copies of the sandbox's connection \a id to \a store in one change, with the ids
 * "copy-000", "copy-001", ...: how the tests make a cloud big enough for the background pool
 * (perf::kBackgroundFrom) without 300 POSTs.
 */
inline bool addConnectionCopies(sandbox::SandboxStore *store, const QString &id, int copies, QString *error)
{
    const QString collection = QStringLiteral("ipsec-site-connections");
    const std::optional<QJsonObject> original = store->get(collection, id);
    if (!original) {
        *error = QStringLiteral("no connection %1 to copy").arg(id);
        return false;
    }
    QList<sandbox::SandboxStore::Change> changes;
    for (int i = 0; i < copies; ++i) {
        QJsonObject copy = *original;
        copy.insert(QStringLiteral("id"), QStringLiteral("copy-%1").arg(i, 3, 10, QChar(u'0')));
        changes.append({collection, copy.value(QStringLiteral("id")).toString(), copy});
    }
    return store->apply(changes, error);
}

} // namespace vpnaas::testing
