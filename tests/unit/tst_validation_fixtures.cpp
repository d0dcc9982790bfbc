// SPDX-License-Identifier: Apache-2.0
//
// Replays the recorded exchanges in order, keeping what the server said about its resources as
// the ServerState, and asks the client-side validator about every write request before looking
// at the server's answer: each refusal must be refused with the same NeutronError type (and the
// same message where the server's message does not depend on a DNS lookup), each accepted
// request must raise no error. A request the server refuses while parsing it (unknown or
// read-only attributes, malformed JSON) is not something the console's typed drafts can say:
// the API layer the sandbox emulates (models/sandbox/neutronapi.h) judges those.
#include "fixtures.h"

#include "sandbox/neutronapi.h"

#include "vpnaas/codec.h"
#include "vpnaas/validation.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

// Refusals the client cannot predict from a request and the resources it listed, with the reason.
const QMap<QString, QString> kNeedsServerState{
    {u"80_err_not_found"_s, u"GET of an id the console never listed: only the server knows it does not exist"_s},
    {u"81_err_not_found_conn"_s, u"GET of an id the console never listed: only the server knows it does not exist"_s},
    {u"89_err_ikepolicy_bad_uuid"_s,
     u"GET by a malformed id: the server answers 404; the console only shows listed ids"_s},
    {u"170_noauth_with_x_project_id_header_create"_s,
     u"noauth mode only: an X-Project-Id header drops the fake project; a matter of headers, not of the body"_s},
};

struct Verdict {
    Problems problems;
    bool validated = false;
};

template<typename T>
void upsert(QList<T> &list, const T &item)
{
    for (T &existing : list) {
        if (existing.id == item.id) {
            // Keep client-side knowledge the body does not carry (router interfaces).
            if constexpr (std::is_same_v<T, Router>) {
                const QList<RouterInterface> interfaces = existing.interfaces;
                existing = item;
                existing.interfaces = interfaces;
            } else {
                existing = item;
            }
            return;
        }
    }
    list.append(item);
}

template<typename T>
void removeId(QList<T> &list, const QString &id)
{
    list.removeIf([&](const T &item) { return item.id == id; });
}

class World
{
public:
    ServerState state;

    Verdict judge(const Fixture &fx) const
    {
        Verdict verdict;
        if (!fx.path.startsWith(u"/v2.0/vpn/") || fx.method == u"GET")
            return verdict;
        verdict.validated = true;
        ValidationContext context;
        context.state = &state;
        context.operation = fx.method == u"POST" ? Operation::Create : Operation::Update;
        context.targetId = fx.hasId() ? fx.path.section(u'/', -1) : QString();
        const QString collection = fx.collectionPath();
        if (fx.method == u"DELETE") {
            verdict.problems = validateDelete(kindOf(collection), context);
            return verdict;
        }
        const auto kind = resourceKindFromCollection(collection.section(u'/', -1));
        withResource(*kind, [&]<typename T>(ResourceType<T>) {
            const auto prepared = sandbox::prepareRequestBody(fx.requestBody, ResourceTraits<T>::singular.toString(),
                                                              sandbox::attributeMap(*kind, context.capabilities),
                                                              context.operation, u"noauth-project"_s);
            if (prepared.error) {
                const sandbox::Refusal &e = *prepared.error;
                verdict.problems.append(
                    {QString(), e.message, Problem::Severity::Error, e.type, e.message, e.status, true});
                return;
            }
            const auto decoded = codec::decodeRequest<T>(fx.requestBody);
            QVERIFY2(decoded.ok(), qPrintable(decoded.error));
            verdict.problems = validate(*decoded.value, context);
        });
        return verdict;
    }

    void apply(const Fixture &fx)
    {
        if (fx.number == 140) // a new recording run over another database
            state = ServerState();
        state.complete = fx.number < 140;
        if (fx.status >= 300 || fx.path.contains(u"fields="))
            return;
        const QString collection = fx.collectionPath();
        if (fx.method == u"DELETE") {
            const QString id = fx.path.section(u'/', -1);
            removeId(state.ikePolicies, id);
            removeId(state.ipsecPolicies, id);
            removeId(state.vpnServices, id);
            removeId(state.endpointGroups, id);
            removeId(state.connections, id);
            return;
        }
        if (fx.path.endsWith(u"/add_router_interface")) {
            const auto interface = codec::decodeRouterInterface(fx.body);
            for (Router &router : state.routers) {
                if (router.id == fx.path.section(u'/', -2, -2))
                    router.interfaces.append(*interface.value);
            }
            return;
        }
        const bool single = fx.hasId() || fx.method == u"POST" || fx.method == u"PUT";
        if (collection.endsWith(u"/ikepolicies"))
            take(state.ikePolicies, fx, single);
        else if (collection.endsWith(u"/ipsecpolicies"))
            take(state.ipsecPolicies, fx, single);
        else if (collection.endsWith(u"/vpnservices"))
            take(state.vpnServices, fx, single);
        else if (collection.endsWith(u"/endpoint-groups"))
            take(state.endpointGroups, fx, single);
        else if (collection.endsWith(u"/ipsec-site-connections"))
            take(state.connections, fx, single);
        else if (collection == u"/v2.0/routers")
            take(state.routers, fx, single);
        else if (collection == u"/v2.0/subnets")
            take(state.subnets, fx, single);
    }

private:
    static ResourceKind kindOf(const QString &collection)
    {
        if (collection.endsWith(u"/ikepolicies"))
            return ResourceKind::IkePolicy;
        if (collection.endsWith(u"/ipsecpolicies"))
            return ResourceKind::IpsecPolicy;
        if (collection.endsWith(u"/vpnservices"))
            return ResourceKind::VpnService;
        if (collection.endsWith(u"/endpoint-groups"))
            return ResourceKind::EndpointGroup;
        return ResourceKind::IpsecSiteConnection;
    }

    template<typename T>
    static void take(QList<T> &list, const Fixture &fx, bool single)
    {
        if (single) {
            const auto decoded = codec::decodeSingle<T>(fx.body);
            QVERIFY2(decoded.ok(), qPrintable(fx.name + u": "_s + decoded.error));
            upsert(list, *decoded.value);
        } else {
            const auto decoded = codec::decodeList<T>(fx.body);
            QVERIFY2(decoded.ok(), qPrintable(fx.name + u": "_s + decoded.error));
            for (const T &item : decoded.value->items)
                upsert(list, item);
        }
    }
};

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(u"[%1 %2] %3"_s.arg(p.isError() ? u"E"_s : u"W"_s, p.code,
                                         p.serverMessage.isEmpty() ? p.message : p.serverMessage));
    return lines.join(u"; ");
}

} // namespace

class TestValidationFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();
    void coverage();

private:
    QList<Fixture> m_fixtures;
    QMap<QString, Verdict> m_verdicts;
};

void TestValidationFixtures::initTestCase()
{
    m_fixtures = loadFixtures();
    QVERIFY(!m_fixtures.isEmpty());
    World world;
    for (const Fixture &fx : std::as_const(m_fixtures)) {
        m_verdicts.insert(fx.name, world.judge(fx));
        world.apply(fx);
    }
}

void TestValidationFixtures::replay_data()
{
    QTest::addColumn<QString>("name");
    for (const Fixture &fx : std::as_const(m_fixtures))
        QTest::addRow("%s", qPrintable(fx.name)) << fx.name;
}

void TestValidationFixtures::replay()
{
    QFETCH(QString, name);
    const Fixture fx
        = *std::find_if(m_fixtures.cbegin(), m_fixtures.cend(), [&](const Fixture &f) { return f.name == name; });
    const Verdict verdict = m_verdicts.value(name);

    if (kNeedsServerState.contains(name)) {
        QVERIFY2(fx.status >= 400, "listed as a refusal that needs server state, but the server accepted it");
        return;
    }
    if (!verdict.validated) {
        // Reads, and the network/router set-up of the scenario: nothing for the validator.
        QVERIFY(fx.method == u"GET" || !fx.path.startsWith(u"/v2.0/vpn/"));
        return;
    }
    if (fx.status < 400) {
        QVERIFY2(!hasErrors(verdict.problems), qPrintable(describe(verdict.problems)));
        return;
    }
    const QJsonObject error = QJsonDocument::fromJson(fx.body).object().value(u"NeutronError").toObject();
    const QString type = error.value(u"type").toString();
    const QString message = error.value(u"message").toString();
    const auto match = std::find_if(verdict.problems.cbegin(), verdict.problems.cend(),
                                    [&](const Problem &p) { return p.isError() && p.code == type; });
    QVERIFY2(match != verdict.problems.cend(),
             qPrintable(u"server said %1 (%2); validator said: %3"_s.arg(type, message, describe(verdict.problems))));
    QCOMPARE(match->httpStatus, fx.status);
    QVERIFY(!match->message.isEmpty());
    QCOMPARE(match->serverMessage, message);
}

// Every refusal in the groups the issue names is either refused or listed with its reason.
void TestValidationFixtures::coverage()
{
    int refused = 0, accepted = 0;
    for (const Fixture &fx : std::as_const(m_fixtures)) {
        const QString group = fx.name.section(u'_', 0, 0);
        const bool named = group.size() == 2
            ? (group.startsWith(u'6') || group.startsWith(u'7') || group.startsWith(u'8'))
            : (group.startsWith(u"10") || group.startsWith(u"11"));
        const Verdict v = m_verdicts.value(fx.name);
        if (fx.status >= 400 && named) {
            QVERIFY2(v.validated || kNeedsServerState.contains(fx.name), qPrintable(fx.name));
            refused += v.validated;
        }
        if (fx.status < 300 && v.validated)
            ++accepted;
    }
    qInfo("refusals predicted: %d, listed as needing server state: %d, accepted requests validated: %d", refused,
          int(kNeedsServerState.size()), accepted);
    QVERIFY(refused >= 25);
    QVERIFY(accepted >= 20);
}

QTEST_GUILESS_MAIN(TestValidationFixtures)
#include "tst_validation_fixtures.moc"
