// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "openstack/cloudprofile.h"

#include <QList>
#include <QString>

namespace vpnaas {

/*!
 * One resource a guided run left on a cloud: known by its id, or (when the server may or may not
 * have created it: a timeout, reset or 5xx after the request went out) only by the run tag in
 * its description, to be looked up by listing.
 */
struct Leftover {
    ResourceKind kind = ResourceKind::IkePolicy;
    /*! Empty: not known whether it exists; find it by \a tag. */
    QString id;
    QString name;
    /*! The run tag ("vpnaas-console run <uuid>") the run put into every description. */
    QString tag;
    /*! Why it is left: the last error, in the user's language. */
    QString reason;

    bool operator==(const Leftover &other) const = default;
};

/*!
 * Remembers, per cloud and project, what guided runs could not delete, so that the next time the
 * console connects to that cloud it can offer to clean up (MainWindow) even after a restart.
 * Stored in the application's QSettings (group "leftovers"), one JSON list per cloud key. Not a
 * QObject; every call reads or writes the settings at once.
 */
class LeftoverJournal
{
public:
    /*! "cloud name / project" as the journal keys it. */
    static QString cloudKey(const openstack::CloudProfile &profile);

    static QList<Leftover> entries(const QString &cloudKey);
    /*! Adds \a leftovers (an entry already there is kept once). */
    static void add(const QString &cloudKey, const QList<Leftover> &leftovers);
    /*! Forgets \a leftovers (same kind and id, or same kind and tag for entries without id). */
    static void remove(const QString &cloudKey, const QList<Leftover> &leftovers);
    static QStringList cloudKeys();

private:
    static void store(const QString &cloudKey, const QList<Leftover> &leftovers);
};

} // namespace vpnaas
