// SPDX-License-Identifier: Apache-2.0
//
// Differential test of the sandbox (issue 4). One seeded pseudo-random sequence of VPNaaS
// requests, valid and invalid, goes to the real neutron-server (tests/integration/run-with-openstack
// starts it and sets NEUTRON_URL, NEUTRON_SET_STATUS, NEUTRON_DB) and to the sandbox
// (SandboxServer::handle), with the same agent status flips applied to both. Every answer must
// have the same status and an equivalent body (jsonequivalence.h: generated ids and addresses map
// one to one across the whole run). The real server is the reference: a difference is a sandbox bug.
//
//   VPNAAS_DIFF_SEED     the generator's seed (default kDefaultSeed; always printed)
//   VPNAAS_DIFF_OPS      the number of operations (default kDefaultOps)
//   VPNAAS_DIFF_VERBOSE  set: print every operation as it happens
//
// The sequence comes from differential/requestgenerator.h, which decides from what the real
// server answered (which creates succeeded, which resources are gone), never from generated ids,
// so one seed always gives the same sequence. The answers are compared by
// differential/responsecomparison.h: `sort_key=id` lists and the order inside peer_cidrs and
// endpoints arrays with care (each explained there), everything else through compareBodies()
// unchanged. This file runs the exchange with both sides, records it and reports.
#include "requestgenerator.h"
#include "responsecomparison.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace vpnaas::sandbox;
using namespace differential;

namespace {

constexpr quint32 kDefaultSeed = 20261126;
constexpr int kDefaultOps = 1000;
constexpr int kReplyTimeoutMs = 60000;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/*! One operation of the run and how the two sides answered it. */
struct Outcome {
    int number = 0;
    QString kind; // "create ikepolicies", "status flip", ...
    QString label; // the case: "valid", "bad pfs", ...
    QByteArray method;
    QString path;
    QByteArray requestBody, realBody, sandboxBody;
    int realStatus = 0;
    int sandboxStatus = 0;
    bool http = true; // false: a status flip (exit status of neutron-set-status vs setStatus())
    QStringList differences;

    bool statusMatches() const { return realStatus == sandboxStatus; }
    bool bodyMatches() const { return statusMatches() && differences.isEmpty(); }
};

} // namespace

class TestSandboxDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sequence();
    void statusesMatch();
    void bodiesMatch();

private:
    // ---- the two sides -------------------------------------------------------------------
    Response sendReal(const QByteArray &method, const QString &path, const QByteArray &body);
    Response sendSandbox(const QByteArray &method, const QString &path, const QByteArray &body);
    Outcome &exchange(const QString &kind, const QString &label, const QByteArray &method, const QString &path,
                      const QByteArray &body, Response *real = nullptr, Response *sandbox = nullptr);
    QString setup(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &key);
    void perform(const Operation &operation);
    void flipStatus(const Operation &operation);
    void report();
    void trace(const Outcome &outcome) const;

    QNetworkAccessManager m_network;
    QUrl m_url;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    ResponseComparison m_comparison;
    quint32 m_seed = kDefaultSeed;
    int m_operations = kDefaultOps;
    qint64 m_elapsedMs = 0;

    World m_world;
    std::unique_ptr<RequestGenerator> m_generator;
    QList<Outcome> m_outcomes;
};

// ---- the two sides -----------------------------------------------------------------------------

Response TestSandboxDifferential::sendReal(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_url.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kReplyTimeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(kReplyTimeoutMs))
        qFatal("no answer from neutron-server to %s %s", method.constData(), qPrintable(path));
    Response result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.requestId = QString::fromLatin1(reply->rawHeader("X-Openstack-Request-Id"));
    if (result.status == 0)
        qFatal("%s %s: %s", method.constData(), qPrintable(path), qPrintable(reply->errorString()));
    reply->deleteLater();
    return result;
}

Response TestSandboxDifferential::sendSandbox(const QByteArray &method, const QString &path, const QByteArray &body)
{
    const SandboxResponse response
        = m_sandbox->handle(method, QUrl(m_url.toString() + m_comparison.ids().toSandbox(path)),
                            m_comparison.ids().toSandbox(QString::fromUtf8(body)).toUtf8());
    return {response.status, response.body, response.requestId};
}

Outcome &TestSandboxDifferential::exchange(const QString &kind, const QString &label, const QByteArray &method,
                                           const QString &path, const QByteArray &body, Response *realOut,
                                           Response *sandboxOut)
{
    const Response real = sendReal(method, path, body);
    const Response sandbox = sendSandbox(method, path, body);
    Outcome outcome;
    outcome.number = int(m_outcomes.size()) + 1;
    outcome.kind = kind;
    outcome.label = label;
    outcome.method = method;
    outcome.path = path;
    outcome.realStatus = real.status;
    outcome.sandboxStatus = sandbox.status;
    outcome.differences = m_comparison.compare(real, sandbox, path);
    outcome.requestBody = body;
    outcome.realBody = real.body;
    outcome.sandboxBody = sandbox.body;
    if (realOut)
        *realOut = real;
    if (sandboxOut)
        *sandboxOut = sandbox;
    m_outcomes.append(outcome);
    trace(outcome);
    return m_outcomes.last();
}

QString TestSandboxDifferential::setup(const QByteArray &method, const QString &path, const QJsonObject &body,
                                       const QString &key)
{
    Response real, sandbox;
    const Outcome &outcome = exchange(u"setup"_s, path.section(u'/', 2), method, path, json(body), &real, &sandbox);
    if (outcome.realStatus >= 300 || outcome.sandboxStatus >= 300) {
        qFatal("setup %s %s: real %d %s, sandbox %d %s", method.constData(), qPrintable(path), real.status,
               real.body.constData(), sandbox.status, sandbox.body.constData());
    }
    if (key.isEmpty())
        return {};
    const QString realId = QJsonDocument::fromJson(real.body)[key][u"id"].toString();
    m_comparison.ids().remember(realId, QJsonDocument::fromJson(sandbox.body)[key][u"id"].toString());
    return realId;
}

// ---- the test ----------------------------------------------------------------------------------

void TestSandboxDifferential::initTestCase()
{
    m_url = QUrl(qEnvironmentVariable("NEUTRON_URL"));
    QVERIFY2(m_url.isValid() && !m_url.isEmpty(),
             "NEUTRON_URL is not set: run through tests/integration/run-with-openstack");
    QVERIFY2(!qEnvironmentVariableIsEmpty("NEUTRON_SET_STATUS"), "NEUTRON_SET_STATUS is not set");
    bool ok = false;
    if (const quint32 seed = qEnvironmentVariable("VPNAAS_DIFF_SEED").toUInt(&ok); ok)
        m_seed = seed;
    if (const int operations = qEnvironmentVariableIntValue("VPNAAS_DIFF_OPS", &ok); ok && operations > 0)
        m_operations = operations;

    m_store = std::make_unique<SandboxStore>(); // in memory
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    SandboxServer::Options options;
    options.projectId = u"fake_project_id"_s; // noauth's project on the real server
    options.baseUrl = m_url; // so that *_links hrefs name the same server
    m_sandbox = std::make_unique<SandboxServer>(m_store.get(), options);

    // The seed's network side on both (models/sandbox/sandbox.cpp seedScenario()), plus what the
    // refusals need: a subnet that is not on the router and a router without a gateway.
    World::Network network;
    const QString networkId
        = setup("POST", u"/v2.0/networks"_s, {{u"network"_s, QJsonObject{{u"name"_s, u"private"_s}}}}, u"network"_s);
    network.subnetId = setup("POST", u"/v2.0/subnets"_s,
                             {{u"subnet"_s,
                               QJsonObject{{u"name"_s, u"private-subnet"_s},
                                           {u"network_id"_s, networkId},
                                           {u"ip_version"_s, 4},
                                           {u"cidr"_s, u"10.1.0.0/24"_s}}}},
                             u"subnet"_s);
    const QString external = setup("POST", u"/v2.0/networks"_s,
                                   {{u"network"_s,
                                     QJsonObject{{u"name"_s, u"public"_s},
                                                 {u"router:external"_s, true},
                                                 {u"provider:network_type"_s, u"flat"_s},
                                                 {u"provider:physical_network"_s, u"public"_s}}}},
                                   u"network"_s);
    setup("POST", u"/v2.0/subnets"_s,
          {{u"subnet"_s,
            QJsonObject{{u"name"_s, u"public-subnet"_s},
                        {u"network_id"_s, external},
                        {u"ip_version"_s, 4},
                        {u"cidr"_s, u"172.24.4.0/24"_s},
                        {u"gateway_ip"_s, u"172.24.4.1"_s},
                        {u"enable_dhcp"_s, false}}}},
          u"subnet"_s);
    network.routerId = setup("POST", u"/v2.0/routers"_s,
                             {{u"router"_s,
                               QJsonObject{{u"name"_s, u"router1"_s},
                                           {u"external_gateway_info"_s, QJsonObject{{u"network_id"_s, external}}}}}},
                             u"router"_s);
    setup("PUT", u"/v2.0/routers/%1/add_router_interface"_s.arg(network.routerId), {{u"subnet_id"_s, network.subnetId}},
          {});
    const QString detachedNetwork
        = setup("POST", u"/v2.0/networks"_s, {{u"network"_s, QJsonObject{{u"name"_s, u"private2"_s}}}}, u"network"_s);
    network.detachedSubnetId = setup("POST", u"/v2.0/subnets"_s,
                                     {{u"subnet"_s,
                                       QJsonObject{{u"name"_s, u"private2-subnet"_s},
                                                   {u"network_id"_s, detachedNetwork},
                                                   {u"ip_version"_s, 4},
                                                   {u"cidr"_s, u"10.2.0.0/24"_s}}}},
                                     u"subnet"_s);
    network.routerWithoutGatewayId
        = setup("POST", u"/v2.0/routers"_s, {{u"router"_s, QJsonObject{{u"name"_s, u"router-without-gateway"_s}}}},
                u"router"_s);
    m_world = World(network);
    m_generator = std::make_unique<RequestGenerator>(m_seed, m_world);
}

void TestSandboxDifferential::sequence()
{
    qInfo("seed %u, %d operations (override with VPNAAS_DIFF_SEED, VPNAAS_DIFF_OPS)", m_seed, m_operations);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < m_operations; ++i)
        perform(m_generator->next());
    m_elapsedMs = timer.elapsed();
    report();
}

void TestSandboxDifferential::statusesMatch()
{
    QStringList wrong;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        if (!o.statusMatches())
            wrong.append(u"#%1 %2 %3 (%4): real %5, sandbox %6"_s.arg(o.number)
                             .arg(QString::fromLatin1(o.method), o.path, o.label)
                             .arg(o.realStatus)
                             .arg(o.sandboxStatus));
    }
    QVERIFY(!m_outcomes.isEmpty());
    QVERIFY2(wrong.isEmpty(), qPrintable(QString(u"%1 status mismatches:\n"_s.arg(wrong.size()) + wrong.join(u'\n'))));
}

void TestSandboxDifferential::bodiesMatch()
{
    QStringList wrong;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        if (o.statusMatches() && !o.differences.isEmpty())
            wrong.append(u"#%1 %2 %3 (%4): %5"_s.arg(o.number).arg(QString::fromLatin1(o.method), o.path, o.label,
                                                                   o.differences.join(u"; ")));
    }
    QVERIFY(!m_outcomes.isEmpty());
    QVERIFY2(wrong.isEmpty(), qPrintable(QString(u"%1 body mismatches:\n"_s.arg(wrong.size()) + wrong.join(u'\n'))));
}

void TestSandboxDifferential::trace(const Outcome &o) const
{
    if (!qEnvironmentVariableIsSet("VPNAAS_DIFF_VERBOSE"))
        return;
    qInfo("#%d [%s: %s] %s %s: %d/%d%s", o.number, qPrintable(o.kind), qPrintable(o.label), o.method.constData(),
          qPrintable(o.path), o.realStatus, o.sandboxStatus, o.bodyMatches() ? "" : " MISMATCH");
}

void TestSandboxDifferential::report()
{
    struct Row {
        int operations = 0, success = 0, refused = 0, statuses = 0, bodies = 0;
    };
    QMap<QString, Row> rows;
    Row http, flips;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        Row &row = rows[o.kind];
        Row &total = o.http ? http : flips;
        for (Row *r : {&row, &total}) {
            ++r->operations;
            r->success += o.http ? (o.realStatus >= 200 && o.realStatus < 300) : o.realStatus == 0;
            r->refused += o.http ? o.realStatus >= 400 : o.realStatus != 0;
            r->statuses += o.statusMatches();
            r->bodies += o.bodyMatches();
        }
    }
    auto percent = [](int part, int whole) { return whole ? 100.0 * part / whole : 100.0; };
    QString table;
    table
        += u"\nsandbox differential: seed %1, %2 operations after %3 set-up requests, %4 s against the real server\n"_s
               .arg(m_seed)
               .arg(m_operations)
               .arg(rows.value(u"setup"_s).operations)
               .arg(m_elapsedMs / 1000.0, 0, 'f', 1);
    table += u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"kind"_s, -30)
                 .arg(u"ops"_s, 5)
                 .arg(u"2xx"_s, 5)
                 .arg(u"error"_s, 6)
                 .arg(u"status="_s, 8)
                 .arg(u"body="_s, 6);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        table += u"%1 %2 %3 %4 %5 %6\n"_s.arg(it.key(), -30)
                     .arg(it->operations, 5)
                     .arg(it->success, 5)
                     .arg(it->refused, 6)
                     .arg(it->statuses, 8)
                     .arg(it.key() == u"status flip" ? u"-"_s : QString::number(it->bodies), 6);
    }
    table += u"(2xx: the real server accepted it; error: it refused it, 4xx or 5xx;"
             u" status flip: applied / no such row)\n"_s;
    table += u"HTTP exchanges: %1; statuses identical: %2/%1 (%3 %); bodies equivalent: %4/%1 (%5 %)\n"_s
                 .arg(http.operations)
                 .arg(http.statuses)
                 .arg(percent(http.statuses, http.operations), 0, 'f', 1)
                 .arg(http.bodies)
                 .arg(percent(http.bodies, http.operations), 0, 'f', 1);
    table += u"status flips: %1; same outcome on both: %2/%1 (%3 %)\n"_s.arg(flips.operations)
                 .arg(flips.statuses)
                 .arg(percent(flips.statuses, flips.operations), 0, 'f', 1);
    int mismatches = 0;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        if (o.bodyMatches())
            continue;
        ++mismatches;
        table += u"MISMATCH #%1 [%2: %3] %4 %5: real %6, sandbox %7\n"_s.arg(o.number)
                     .arg(o.kind, o.label, QString::fromLatin1(o.method), o.path)
                     .arg(o.realStatus)
                     .arg(o.sandboxStatus);
        for (const QString &d : o.differences)
            table += u"    "_s + d + u'\n';
        if (o.http) {
            table += u"    request: %1\n    real:    %2\n    sandbox: %3\n"_s.arg(
                shownBody(o.requestBody), shownBody(o.realBody), shownBody(o.sandboxBody));
        }
    }
    if (mismatches == 0)
        table += u"no mismatches\n"_s;
    qInfo("%s", qPrintable(table));
}

// ---- the generated operations -----------------------------------------------------------------

void TestSandboxDifferential::perform(const Operation &operation)
{
    if (operation.type == Operation::Type::StatusFlip) {
        flipStatus(operation);
        return;
    }
    Response real, sandbox;
    exchange(operation.kind, operation.label, operation.method, operation.path, operation.body, &real, &sandbox);
    if (operation.method == "POST" && real.status == 201) {
        // The sandbox's id stands for the real one from now on, if it created the resource too.
        const QString singular = vpnaas::withResource(operation.resource, []<typename T>(vpnaas::ResourceType<T>) {
            return vpnaas::ResourceTraits<T>::singular.toString();
        });
        const QString realId = QJsonDocument::fromJson(real.body)[singular][u"id"].toString();
        if (sandbox.status == real.status)
            m_comparison.ids().remember(realId, QJsonDocument::fromJson(sandbox.body)[singular][u"id"].toString());
    }
    m_world.apply(operation, real.status, real.body);
}

void TestSandboxDifferential::flipStatus(const Operation &operation)
{
    QProcess process;
    const QString table
        = operation.resource == vpnaas::ResourceKind::VpnService ? u"vpnservices"_s : u"ipsec_site_connections"_s;
    process.start(qEnvironmentVariable("NEUTRON_SET_STATUS"), {table, operation.targetId, operation.status});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        qFatal("neutron-set-status did not finish");
    const QString collection = vpnaas::withResource(operation.resource, []<typename T>(vpnaas::ResourceType<T>) {
        return vpnaas::collectionSegment<T>().toString();
    });
    Outcome outcome;
    outcome.number = int(m_outcomes.size()) + 1;
    outcome.kind = operation.kind;
    outcome.label = operation.label;
    outcome.method = operation.method;
    outcome.path = operation.path;
    outcome.http = false;
    outcome.realStatus = process.exitCode();
    outcome.sandboxStatus
        = m_sandbox->setStatus(collection, m_comparison.ids().toSandbox(operation.targetId), operation.status) ? 0 : 1;
    if (outcome.realStatus > 1)
        qFatal("neutron-set-status: %s", process.readAllStandardError().constData());
    m_outcomes.append(outcome);
    trace(outcome);
    m_world.apply(operation, outcome.realStatus, {});
}

QTEST_GUILESS_MAIN(TestSandboxDifferential)
#include "tst_sandbox_differential.moc"
