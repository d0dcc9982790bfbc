// SPDX-License-Identifier: Apache-2.0
// The guided run's pure parts: which failed writes may have been committed all the same (and
// are reconciled by listing, never repeated), and the leftover journal's bookkeeping per cloud.
#include "workspace/leftoverjournal.h"
#include "workspace/sitetositerun.h"

#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using Kind = openstack::ApiError::Kind;

class TestSiteToSiteRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().remove(u"leftovers"_s); }
    void ambiguousWrites_data();
    void ambiguousWrites();
    void journalPerCloud();
};

void TestSiteToSiteRun::ambiguousWrites_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ambiguous");
    QTest::addRow("outcome unknown (reset after sending)") << int(Kind::OutcomeUnknown) << 0 << true;
    QTest::addRow("refused, no answer (reset)") << int(Kind::Network) << 0 << true;
    QTest::addRow("timeout") << int(Kind::Timeout) << 0 << true;
    QTest::addRow("502 after sending") << int(Kind::Server) << 502 << true;
    QTest::addRow("500") << int(Kind::Server) << 500 << true;
    QTest::addRow("unreadable 201") << int(Kind::InvalidReply) << 201 << true;
    QTest::addRow("canceled in flight") << int(Kind::Canceled) << 0 << true;
    QTest::addRow("400 validation") << int(Kind::BadRequest) << 400 << false;
    QTest::addRow("409 in use") << int(Kind::Conflict) << 409 << false;
    QTest::addRow("401 twice") << int(Kind::Authentication) << 401 << false;
    QTest::addRow("403") << int(Kind::Forbidden) << 403 << false;
    QTest::addRow("TLS") << int(Kind::Tls) << 0 << false;
    QTest::addRow("no endpoint") << int(Kind::Configuration) << 0 << false;
}

void TestSiteToSiteRun::ambiguousWrites()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, ambiguous);
    openstack::ApiError error;
    error.kind = Kind(kind);
    error.httpStatus = status;
    error.method = u"POST"_s;
    QCOMPARE(SiteToSiteRun::isAmbiguousWrite(error), ambiguous);
}

void TestSiteToSiteRun::journalPerCloud()
{
    openstack::CloudProfile a;
    a.name = u"prod/eu"_s; // a slash: not a QSettings group
    a.projectName = u"demo"_s;
    openstack::CloudProfile b = a;
    b.projectName = u"other"_s;
    const QString keyA = LeftoverJournal::cloudKey(a);
    const QString keyB = LeftoverJournal::cloudKey(b);
    QCOMPARE(keyA, u"prod/eu / demo"_s);
    const Leftover known{ResourceKind::IkePolicy, u"id-1"_s, u"ike"_s, u"vpnaas-console run t"_s, u"HTTP 500"_s};
    const Leftover maybe{ResourceKind::VpnService, {}, {}, u"vpnaas-console run t"_s, u"no answer"_s};
    LeftoverJournal::add(keyA, {known, maybe});
    LeftoverJournal::add(keyA, {known}); // once
    QCOMPARE(LeftoverJournal::entries(keyA), (QList<Leftover>{known, maybe}));
    QVERIFY(LeftoverJournal::entries(keyB).isEmpty());
    QCOMPARE(LeftoverJournal::cloudKeys(), QStringList{keyA});
    LeftoverJournal::remove(keyA, {maybe});
    QCOMPARE(LeftoverJournal::entries(keyA), QList<Leftover>{known});
    LeftoverJournal::remove(keyA, {known});
    QVERIFY(LeftoverJournal::cloudKeys().isEmpty());
}

QTEST_GUILESS_MAIN(TestSiteToSiteRun)
#include "tst_sitetositerun.moc"
