// SPDX-License-Identifier: Apache-2.0
#include "fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString())
        return value.toString().toUtf8();
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QStringList pathParts(const QString &path)
{
    return path.section(u'?', 0, 0).split(u'/', Qt::SkipEmptyParts);
}

bool isCollectionName(const QString &part)
{
    static const QStringList names{
        u"ikepolicies"_s, u"ipsecpolicies"_s, u"vpnservices"_s, u"endpoint-groups"_s, u"ipsec-site-connections"_s,
        u"routers"_s,     u"networks"_s,      u"subnets"_s};
    return names.contains(part);
}

/*! The extra request headers the noauth and paging recordings sent (a recording keeps only
    the response's headers). The Keystone run's X-Auth-Token headers are not known. */
QList<std::pair<QByteArray, QByteArray>> extraRequestHeaders(int number)
{
    switch (number) {
    case 159:
        return {{"X-Openstack-Request-Id", "req-11111111-2222-3333-4444-555555555555"}};
    case 170:
    case 172:
        return {{"X-Project-Id", "other-project"}};
    default:
        return {};
    }
}

} // namespace

QString Fixture::collectionPath() const
{
    QStringList parts = pathParts(path);
    while (!parts.isEmpty() && !isCollectionName(parts.last()))
        parts.removeLast();
    return parts.isEmpty() ? QString() : u"/"_s + parts.join(u'/');
}

bool Fixture::hasId() const
{
    const QStringList parts = pathParts(path);
    return parts.size() >= 2 && isCollectionName(parts.at(parts.size() - 2));
}

QList<Fixture> loadFixtures()
{
    QList<Fixture> fixtures;
    const QDir dir(QStringLiteral(VPNAAS_TEST_DATA_DIR "/neutron-fixtures"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    if (files.isEmpty()) {
        QTest::qFail("no fixtures found", __FILE__, __LINE__);
        return {};
    }
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            QTest::qFail(qPrintable(u"cannot read "_s + file), __FILE__, __LINE__);
            return {};
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        Fixture fx;
        fx.name = file.chopped(5);
        fx.number = fx.name.section(u'_', 0, 0).toInt();
        const QJsonObject request = o.value(u"request").toObject();
        fx.method = request.value(u"method").toString();
        fx.path = request.value(u"path").toString();
        fx.requestBody = compact(request.value(u"body"));
        fx.requestHeaders = extraRequestHeaders(fx.number);
        fx.status = o.value(u"status").toInt();
        const QJsonObject headers = o.value(u"headers").toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            fx.headers.insert(it.key(), it.value().toString());
        fx.body = compact(o.value(u"body"));
        if (fx.method.isEmpty() || fx.status == 0) {
            QTest::qFail(qPrintable(u"malformed fixture "_s + file), __FILE__, __LINE__);
            return {};
        }
        fixtures.append(fx);
    }
    std::sort(fixtures.begin(), fixtures.end(), [](const Fixture &a, const Fixture &b) { return a.number < b.number; });
    return fixtures;
}
