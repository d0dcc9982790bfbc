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

QTEST_GUILESS_MAIN(TestResourceDetails)
#include "tst_resourcedetails.moc"
