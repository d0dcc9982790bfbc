// SPDX-License-Identifier: Apache-2.0
//
// Conformance: replays the recorded docs-scenario run (fixtures 00-131) against the sandbox and
// requires the same status and an equivalent body: same keys, same values, except what the real
// server generates (UUIDs, allocated IPs, segmentation ids, timestamps, revision numbers, request
// ids). Generated values are mapped one-to-one from the recording to the sandbox as they appear.
#include "fixtures.h"
#include "jsonequivalence.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::sandbox;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformance_data();
    void conformance();
    void matchRate();
    void listFeatures_data();
    void listFeatures();

private:
    struct Outcome {
        bool statusMatches = false;
        QStringList differences;
        int recordedStatus = 0;
        int actualStatus = 0;
    };
    QList<Fixture> m_fixtures;
    QMap<QString, Outcome> m_outcomes;
};

void TestSandboxServer::initTestCase()
{
    for (const Fixture &fx : loadFixtures()) {
        if (fx.number <= 131)
            m_fixtures.append(fx);
    }
    QVERIFY(m_fixtures.size() > 80);

    SandboxStore store;
    SandboxServer::Options options;
    options.projectId = u"fake_project_id"_s;
    options.baseUrl = QUrl(u"http://127.0.0.1:19696"_s);
    SandboxServer server(&store, options);
    ValueMapping mapping;
    for (const Fixture &fx : std::as_const(m_fixtures)) {
        // 90/91 were read after the recorder flipped a status in the database ("fake agent").
        if (fx.name.startsWith(u"90_") || fx.name.startsWith(u"91_")) {
            const QJsonObject body = QJsonDocument::fromJson(fx.body).object();
            const QString collection = fx.name.startsWith(u"90_") ? u"vpnservices"_s : u"ipsec-site-connections"_s;
            const QJsonObject item = body.begin()->toObject();
            QVERIFY(server.setStatus(collection, mapping.apply(item[u"id"].toString()), item[u"status"].toString()));
        }
        const QUrl url(u"http://127.0.0.1:19696"_s + mapping.apply(fx.path));
        const QByteArray requestBody = mapping.apply(QString::fromUtf8(fx.requestBody)).toUtf8();
        const SandboxResponse response = server.handle(fx.method.toLatin1(), url, requestBody);
        Outcome outcome;
        outcome.recordedStatus = fx.status;
        outcome.actualStatus = response.status;
        outcome.statusMatches = response.status == fx.status;
        if (fx.body.isEmpty() != response.body.isEmpty()) {
            outcome.differences.append(u"body presence"_s);
        } else if (!fx.body.isEmpty()) {
            QJsonObject recorded = QJsonDocument::fromJson(fx.body).object();
            QJsonObject actual = QJsonDocument::fromJson(response.body).object();
            // Core lists without sort keys come in whatever order the server's database returns
            // (neutron-local.md §1: SQLite and MariaDB differ); compare them by name.
            if (fx.method == u"GET" && !fx.path.contains(u'?') && !fx.path.startsWith(u"/v2.0/vpn/") && !fx.hasId()) {
                for (QJsonObject *o : {&recorded, &actual}) {
                    for (const QString &key : o->keys()) {
                        if (!o->value(key).isArray())
                            continue;
                        QVariantList items = o->value(key).toArray().toVariantList();
                        std::stable_sort(items.begin(), items.end(), [](const QVariant &a, const QVariant &b) {
                            return a.toMap().value(u"name"_s).toString() < b.toMap().value(u"name"_s).toString();
                        });
                        o->insert(key, QJsonArray::fromVariantList(items));
                    }
                }
            }
            compareBodies(recorded, actual, u"body"_s, QString(), mapping, outcome.differences);
        }
        if (!response.requestId.startsWith(u"req-"))
            outcome.differences.append(u"no request id"_s);
        m_outcomes.insert(fx.name, outcome);
    }
}

void TestSandboxServer::conformance_data()
{
    QTest::addColumn<QString>("name");
    for (const Fixture &fx : std::as_const(m_fixtures))
        QTest::addRow("%s", qPrintable(fx.name)) << fx.name;
}

void TestSandboxServer::conformance()
{
    QFETCH(QString, name);
    const Outcome outcome = m_outcomes.value(name);
    QVERIFY2(outcome.statusMatches, qPrintable(u"recorded %1, sandbox %2; %3"_s.arg(outcome.recordedStatus)
                                                   .arg(outcome.actualStatus)
                                                   .arg(outcome.differences.join(u"; "))));
    QVERIFY2(outcome.differences.isEmpty(), qPrintable(outcome.differences.join(u"; ")));
}

void TestSandboxServer::matchRate()
{
    int statuses = 0, bodies = 0;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        statuses += o.statusMatches;
        bodies += o.statusMatches && o.differences.isEmpty();
    }
    qInfo("conformance: %d/%d statuses, %d/%d equivalent bodies", statuses, int(m_outcomes.size()), bodies,
          int(m_outcomes.size()));
    QCOMPARE(bodies, int(m_outcomes.size()));
}

void TestSandboxServer::listFeatures_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("rels");
    QTest::addRow("limit 2") << u"limit=2"_s << 200 << QStringList{u"c0"_s, u"c1"_s} << QStringList{u"next"_s, u"previous"_s};
    QTest::addRow("limit 0 is everything") << u"limit=0"_s << 200 << QStringList{u"c0"_s, u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s}
                                           << QStringList();
    QTest::addRow("last page") << u"limit=2&marker=@c3"_s << 200 << QStringList{u"c4"_s} << QStringList{u"previous"_s};
    QTest::addRow("full last page still links next") << u"limit=1&marker=@c3"_s << 200 << QStringList{u"c4"_s}
                                                     << QStringList{u"next"_s, u"previous"_s};
    QTest::addRow("page_reverse") << u"limit=2&marker=@c3&page_reverse=true"_s << 200 << QStringList{u"c1"_s, u"c2"_s}
                                  << QStringList{u"next"_s, u"previous"_s};
    QTest::addRow("sort desc") << u"sort_key=name&sort_dir=desc&limit=2"_s << 200 << QStringList{u"c4"_s, u"c3"_s}
                               << QStringList{u"next"_s, u"previous"_s};
    QTest::addRow("filter, two names") << u"name=c1&name=c3"_s << 200 << QStringList{u"c1"_s, u"c3"_s} << QStringList();
    QTest::addRow("unknown filter ignored") << u"colour=red"_s << 200
                                            << QStringList{u"c0"_s, u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s} << QStringList();
    QTest::addRow("bad limit") << u"limit=-1"_s << 400 << QStringList() << QStringList();
    QTest::addRow("sort key without dir") << u"sort_key=name"_s << 400 << QStringList() << QStringList();
    QTest::addRow("status is no sort key") << u"sort_key=status&sort_dir=asc"_s << 400 << QStringList() << QStringList();
}

void TestSandboxServer::listFeatures()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, names);
    QFETCH(QStringList, rels);
    SandboxStore store;
    SandboxServer server(&store);
    const QString base = server.options().baseUrl.toString();
    QHash<QString, QString> ids;
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = u"{\"ikepolicy\": {\"name\": \"c%1\"}}"_s.arg(i).toUtf8();
        const SandboxResponse r = server.handle("POST", QUrl(base + u"/v2.0/vpn/ikepolicies"_s), body);
        QCOMPARE(r.status, 201);
        ids.insert(u"@c"_s + QString::number(i), QJsonDocument::fromJson(r.body)[u"ikepolicy"][u"id"].toString());
    }
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        query.replace(it.key(), it.value());
    const SandboxResponse r = server.handle("GET", QUrl(base + u"/v2.0/vpn/ikepolicies?"_s + query), {});
    QCOMPARE(r.status, status);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (status != 200) {
        QVERIFY(!body[u"NeutronError"][u"message"].toString().isEmpty());
        return;
    }
    QStringList got;
    for (const QJsonValue &v : body[u"ikepolicies"].toArray())
        got.append(v[u"name"].toString());
    QCOMPARE(got, names);
    QStringList gotRels;
    for (const QJsonValue &v : body[u"ikepolicies_links"].toArray())
        gotRels.append(v[u"rel"].toString());
    QCOMPARE(gotRels, rels);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
