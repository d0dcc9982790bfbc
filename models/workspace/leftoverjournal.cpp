// SPDX-License-Identifier: Apache-2.0
#include "leftoverjournal.h"

#include "itemmodels/resourcekind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {

const QString kGroup = u"leftovers"_s;

QString settingsKey(const QString &cloudKey)
{
    // QSettings keys must not hold '/' or '\'; the cloud key is free text.
    return QString::fromLatin1(QUrl::toPercentEncoding(cloudKey));
}

bool sameResource(const Leftover &a, const Leftover &b)
{
    if (a.kind != b.kind)
        return false;
    if (!a.id.isEmpty() || !b.id.isEmpty())
        return a.id == b.id;
    return a.tag == b.tag;
}

} // namespace

QString LeftoverJournal::cloudKey(const openstack::CloudProfile &profile)
{
    const QString project = !profile.projectName.isEmpty() ? profile.projectName : profile.projectId;
    return project.isEmpty() ? profile.name : profile.name + u" / "_s + project;
}

QList<Leftover> LeftoverJournal::entries(const QString &cloudKey)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QJsonArray array = QJsonDocument::fromJson(settings.value(settingsKey(cloudKey)).toByteArray()).array();
    QList<Leftover> result;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const std::optional<ResourceKind> kind = resourceKindFromSlug(o[u"kind"].toString());
        if (!kind)
            continue;
        result.append(
            {*kind, o[u"id"].toString(), o[u"name"].toString(), o[u"tag"].toString(), o[u"reason"].toString()});
    }
    return result;
}

void LeftoverJournal::add(const QString &cloudKey, const QList<Leftover> &leftovers)
{
    QList<Leftover> all = entries(cloudKey);
    for (const Leftover &leftover : leftovers) {
        auto existing
            = std::find_if(all.begin(), all.end(), [&](const Leftover &l) { return sameResource(l, leftover); });
        if (existing == all.end())
            all.append(leftover);
        else
            *existing = leftover;
    }
    store(cloudKey, all);
}

void LeftoverJournal::remove(const QString &cloudKey, const QList<Leftover> &leftovers)
{
    QList<Leftover> all = entries(cloudKey);
    all.removeIf([&](const Leftover &l) {
        return std::any_of(leftovers.begin(), leftovers.end(), [&](const Leftover &r) { return sameResource(l, r); });
    });
    store(cloudKey, all);
}

QStringList LeftoverJournal::cloudKeys()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList keys;
    for (const QString &key : settings.childKeys())
        keys.append(QUrl::fromPercentEncoding(key.toLatin1()));
    return keys;
}

void LeftoverJournal::store(const QString &cloudKey, const QList<Leftover> &leftovers)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (leftovers.isEmpty()) {
        settings.remove(settingsKey(cloudKey));
        return;
    }
    QJsonArray array;
    for (const Leftover &l : leftovers) {
        array.append(QJsonObject{{u"kind"_s, resourceSlug(l.kind)},
                                 {u"id"_s, l.id},
                                 {u"name"_s, l.name},
                                 {u"tag"_s, l.tag},
                                 {u"reason"_s, l.reason}});
    }
    settings.setValue(settingsKey(cloudKey), QJsonDocument(array).toJson(QJsonDocument::Compact));
    settings.sync();
}

} // namespace vpnaas
