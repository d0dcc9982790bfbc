// SPDX-License-Identifier: Apache-2.0
// Resource details: every attribute, related resources as links, the PSK only as a Secret.
#include "itemmodels/resourcedetails.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

const DetailField *field(const ResourceDetails &details, const QString &label)
{
    for (const DetailField &f : details.fields) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestResourceDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionDetails();
    void policyDetailsListUsers();
    void unknownResource();
    void lifetimeText_data();
    void lifetimeText();
};

void TestResourceDetails::connectionDetails()
{
    const ServerState state = seedState();
    const IpsecSiteConnection &conn = state.connections.first();
    const ResourceDetails details = describeResource(ResourceKind::IpsecSiteConnection, conn.id, state);
    QVERIFY(details.isValid());
    QCOMPARE(details.title, u"conn"_s);
    QCOMPARE(details.status, conn.status.api());

    const DetailField *ike = field(details, u"IKE policy"_s);
    QVERIFY(ike);
    QCOMPARE(ike->links.size(), 1);
    QCOMPARE(ike->links[0], (DetailLink{ResourceKind::IkePolicy, conn.ikepolicyId, u"ikepolicy"_s}));
    const DetailField *service = field(details, u"VPN service"_s);
    QVERIFY(service);
    QCOMPARE(service->links[0].text, u"vpn"_s);
    QCOMPARE(field(details, u"Local endpoint group"_s)->links[0].text, u"ep_subnet"_s);
    QCOMPARE(field(details, u"Peer endpoint group"_s)->links[0].text, u"ep_cidr"_s);

    const DetailField *psk = field(details, u"Pre-shared key"_s);
    QVERIFY(psk && psk->secret);
    QCOMPARE(*psk->secret, conn.psk);
    for (const DetailField &f : details.fields)
        QVERIFY2(!f.value.contains(conn.psk.reveal()), qPrintable(f.label));
}

void TestResourceDetails::policyDetailsListUsers()
{
    const ServerState state = seedState();
    const ResourceDetails details = describeResource(ResourceKind::IkePolicy, state.ikePolicies.first().id, state);
    const DetailField *users = field(details, u"Used by"_s);
    QVERIFY(users);
    QCOMPARE(users->links.size(), 1);
    QCOMPARE(users->links[0].kind, ResourceKind::IpsecSiteConnection);
    QCOMPARE(users->links[0].text, u"conn"_s);
    QVERIFY(!field(details, u"Integrity"_s)->warning.isEmpty()); // sha1 default

    ServerState unused = state;
    unused.connections.clear();
    const ResourceDetails alone = describeResource(ResourceKind::IkePolicy, state.ikePolicies.first().id, unused);
    QCOMPARE(field(alone, u"Used by"_s)->links.size(), 0);
    QCOMPARE(field(alone, u"Used by"_s)->value, u"no connection"_s);
}

void TestResourceDetails::unknownResource()
{
    QVERIFY(!describeResource(ResourceKind::VpnService, u"nope"_s, seedState()).isValid());
}

void TestResourceDetails::lifetimeText_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds, like the DPD timers") << u"seconds"_s << qint64(3600) << u"3600 s"_s;
    QTest::newRow("a day") << u"seconds"_s << qint64(86400) << u"86400 s"_s;
    QTest::newRow("a unit this build does not know, as written")
        << u"kilobytes"_s << qint64(20000) << u"20000 kilobytes"_s;
}

void TestResourceDetails::lifetimeText()
{
    QFETCH(QString, units);
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(vpnaas::lifetimeText(Lifetime{Choice<LifetimeUnits>::fromApi(units), value}), text);
    // The details show it so.
    const ServerState state = seedState();
    const IkePolicy &policy = state.ikePolicies.first();
    const ResourceDetails details = describeResource(ResourceKind::IkePolicy, policy.id, state);
    const DetailField *shown = field(details, u"Lifetime"_s);
    QVERIFY(shown);
    QCOMPARE(shown->value, u"%1 s"_s.arg(policy.lifetime.value));
}

QTEST_GUILESS_MAIN(TestResourceDetails)
#include "tst_resourcedetails.moc"
