// SPDX-License-Identifier: Apache-2.0
// ViciEndpoint: URI validation (every accepted URI is one the VICI client opens), the endpoint's
// own checks, and the QSettings form, where broken entries are skipped with a reason.
#include "monitoring/viciendpoint.h"

#include "vici/viciconnection.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::monitoring;
using Scope = ViciEndpoint::Scope;

Q_DECLARE_METATYPE(vpnaas::monitoring::ViciEndpoint)

class TestViciEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uri_data();
    void uri();
    void validate_data();
    void validate();
    void scopeNames();
    void roundTrip_data();
    void roundTrip();
    void throughQSettings();
    void brokenEntries_data();
    void brokenEntries();
};

void TestViciEndpoint::initTestCase()
{
    // uri() opens every accepted URI; nothing listens there, which is not this test's business.
    QLoggingCategory::setFilterRules(u"vpnaas.vici.warning=false"_s);
}

void TestViciEndpoint::uri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: valid

    QTest::addRow("unix socket") << u"unix:///var/run/charon.vici"_s << QString();
    QTest::addRow("unix socket, ssh-forwarded under /tmp") << u"unix:///tmp/ssh-fwd/nn1.vici"_s << QString();
    QTest::addRow("tcp, IPv4") << u"tcp://192.0.2.10:4502"_s << QString();
    QTest::addRow("tcp, host name") << u"tcp://network-node-1.example.org:4502"_s << QString();
    QTest::addRow("tcp, localhost, port 1") << u"tcp://localhost:1"_s << QString();
    QTest::addRow("tcp, IPv6 in brackets") << u"tcp://[2001:db8::1]:65535"_s << QString();

    QTest::addRow("empty") << QString() << u"Enter the VICI socket"_s;
    QTest::addRow("spaces around") << u" unix:///run/charon.vici"_s << u"spaces"_s;
    QTest::addRow("plain path") << u"/run/charon.vici"_s
                                << u"Write the socket path as a URI: unix:///run/charon.vici"_s;
    QTest::addRow("unix://, no path") << u"unix://"_s << u"socket path is missing"_s;
    QTest::addRow("unix://, relative path") << u"unix://run/charon.vici"_s << u"must be absolute"_s;
    QTest::addRow("unix://, a directory") << u"unix:///run/"_s << u"names a directory"_s;
    QTest::addRow("unix://, path too long") << u"unix:///"_s + QString(120, u'a') << u"at most 107"_s;
    QTest::addRow("http") << u"http://example.org"_s << u"is not a VICI address"_s;
    QTest::addRow("tcp, no port") << u"tcp://192.0.2.10"_s << u"port is missing"_s;
    QTest::addRow("tcp, empty port") << u"tcp://192.0.2.10:"_s << u"port is missing"_s;
    QTest::addRow("tcp, no host") << u"tcp://:4502"_s << u"host is missing"_s;
    QTest::addRow("tcp, port 0") << u"tcp://192.0.2.10:0"_s << u"out of range"_s;
    QTest::addRow("tcp, port 65536") << u"tcp://192.0.2.10:65536"_s << u"out of range"_s;
    QTest::addRow("tcp, port not a number") << u"tcp://192.0.2.10:vici"_s << u"not a number"_s;
    QTest::addRow("tcp, path after the port") << u"tcp://192.0.2.10:4502/x"_s << u"not a number"_s;
    QTest::addRow("tcp, IPv6 without brackets") << u"tcp://2001:db8::1:4502"_s << u"in brackets"_s;
    QTest::addRow("tcp, bracket not closed") << u"tcp://[2001:db8::1:4502"_s << u"no closing bracket"_s;
    QTest::addRow("tcp, IPv4 in brackets") << u"tcp://[192.0.2.1]:4502"_s << u"not an IPv6 address"_s;
    QTest::addRow("tcp, bad host name") << u"tcp://node_1!:4502"_s << u"neither an IP address nor a host name"_s;
    QTest::addRow("long input is cut in the message") << u"ftp://"_s + QString(500, u'x') << u"\u2026"_s;
}

void TestViciEndpoint::uri()
{
    QFETCH(QString, uri);
    QFETCH(QString, problem);
    const QString actual = viciUriProblem(uri);
    if (problem.isEmpty()) {
        QVERIFY2(actual.isEmpty(), qPrintable(actual));
        // What we accept, the client opens.
        vpnaas::vici::ViciConnection connection;
        QString error;
        QVERIFY2(connection.connectToUri(uri, &error), qPrintable(error));
        connection.close();
    } else {
        QVERIFY2(actual.contains(problem), qPrintable(actual));
        QVERIFY2(actual.size() < 200, qPrintable(actual));
    }
}

void TestViciEndpoint::validate_data()
{
    QTest::addColumn<ViciEndpoint>("endpoint");
    QTest::addColumn<QStringList>("problems"); // parts, one per expected problem

    QTest::addRow("network node") << ViciEndpoint{u"unix:///run/charon.vici"_s, Scope::VpnService, u"svc"_s, u"nn1"_s}
                                  << QStringList();
    QTest::addRow("peer gateway, no label")
        << ViciEndpoint{u"tcp://198.51.100.7:4502"_s, Scope::PeerGateway, u"conn"_s} << QStringList();
    QTest::addRow("no VPN service") << ViciEndpoint{u"unix:///run/charon.vici"_s, Scope::VpnService, {}}
                                    << QStringList{u"Choose the VPN service"_s};
    QTest::addRow("no connection, blank") << ViciEndpoint{u"unix:///run/charon.vici"_s, Scope::PeerGateway, u"  "_s}
                                          << QStringList{u"Choose the connection"_s};
    QTest::addRow("everything wrong") << ViciEndpoint{u"tcp://x"_s, Scope::PeerGateway, {}}
                                      << QStringList{u"port is missing"_s, u"Choose the connection"_s};
}

void TestViciEndpoint::validate()
{
    QFETCH(ViciEndpoint, endpoint);
    QFETCH(QStringList, problems);
    const QStringList actual = validateViciEndpoint(endpoint);
    QCOMPARE(actual.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(actual.at(i).contains(problems.at(i)), qPrintable(actual.at(i)));
}

void TestViciEndpoint::scopeNames()
{
    for (const Scope scope : {Scope::VpnService, Scope::PeerGateway}) {
        QCOMPARE(ViciEndpoint::scopeFromName(ViciEndpoint::scopeName(scope)), scope);
        QVERIFY(!ViciEndpoint::scopeTitle(scope).isEmpty());
    }
    QCOMPARE(ViciEndpoint::scopeName(Scope::VpnService), u"vpn-service"_s);
    QCOMPARE(ViciEndpoint::scopeName(Scope::PeerGateway), u"peer-gateway"_s);
    QVERIFY(!ViciEndpoint::scopeFromName(u"VpnService"_s));
    QCOMPARE((ViciEndpoint{u"unix:///a"_s, Scope::VpnService, u"s"_s}).displayName(), u"unix:///a"_s);
    QCOMPARE((ViciEndpoint{u"unix:///a"_s, Scope::VpnService, u"s"_s, u"nn1"_s}).displayName(), u"nn1"_s);
}

void TestViciEndpoint::roundTrip_data()
{
    QTest::addColumn<ViciEndpoint>("endpoint");
    QTest::addRow("network node") << ViciEndpoint{u"unix:///run/charon.vici"_s, Scope::VpnService,
                                                  u"4d5e6f70-8192-4a3b-94d5-e6f708192a3b"_s, u"network node 1"_s};
    QTest::addRow("peer gateway over TCP") << ViciEndpoint{
        u"tcp://[2001:db8::7]:4502"_s, Scope::PeerGateway, u"8192a3b4-c5d6-4e7f-9801-2a3b4c5d6e7f"_s, {}};
    QTest::addRow("label with non-ASCII")
        << ViciEndpoint{u"unix:///run/charon.vici"_s, Scope::VpnService, u"svc"_s, u"서울 노드"_s};
}

void TestViciEndpoint::roundTrip()
{
    QFETCH(ViciEndpoint, endpoint);
    QString reason;
    const auto back = ViciEndpoint::fromVariant(endpoint.toVariant(), &reason);
    QVERIFY2(back, qPrintable(reason));
    QCOMPARE(*back, endpoint);
    QStringList skipped;
    QCOMPARE(ViciEndpoint::fromVariantList(ViciEndpoint::toVariantList({endpoint, endpoint}), &skipped),
             QList<ViciEndpoint>{endpoint});
    QCOMPARE(skipped.size(), 1); // the duplicate
    QVERIFY2(skipped.first().contains(u"same as an earlier one"_s), qPrintable(skipped.first()));
}

void TestViciEndpoint::throughQSettings()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"console.ini"_s);
    const QList<ViciEndpoint> endpoints = {
        {u"unix:///run/charon.vici"_s, Scope::VpnService, u"svc-1"_s, u"nn1"_s},
        {u"tcp://gw.example.org:4502"_s, Scope::PeerGateway, u"conn-1"_s, {}},
    };
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"monitoring/viciEndpoints"_s, ViciEndpoint::toVariantList(endpoints));
    }
    QSettings settings(file, QSettings::IniFormat);
    QStringList skipped;
    QCOMPARE(ViciEndpoint::fromVariantList(settings.value(u"monitoring/viciEndpoints"_s), &skipped), endpoints);
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
    // Nothing stored: nothing read, nothing to complain about.
    QVERIFY(ViciEndpoint::fromVariantList(settings.value(u"monitoring/none"_s), &skipped).isEmpty());
    QVERIFY(skipped.isEmpty());
}

void TestViciEndpoint::brokenEntries_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("kept");
    QTest::addColumn<QStringList>("skipped"); // parts, one per expected reason

    const QVariantMap good{{u"uri"_s, u"unix:///run/charon.vici"_s},
                           {u"scope"_s, u"vpn-service"_s},
                           {u"target"_s, u"svc"_s},
                           {u"label"_s, u"nn1"_s}};
    const auto with = [&good](const QString &key, const QVariant &value) {
        QVariantMap m = good;
        if (value.isValid())
            m.insert(key, value);
        else
            m.remove(key);
        return QVariant(m);
    };
    QTest::addRow("not a list") << QVariant(u"unix:///run/charon.vici"_s) << 0
                                << QStringList{u"not a list (QString)"_s};
    QTest::addRow("a number in the list") << QVariant(QVariantList{42, good}) << 1
                                          << QStringList{u"VICI endpoint 1 skipped: not a VICI endpoint entry (int)"_s};
    QTest::addRow("an empty entry") << QVariant(QVariantList{QVariant()}) << 0 << QStringList{u"(nothing)"_s};
    QTest::addRow("unknown scope")
        << QVariant(QVariantList{good, with(u"scope"_s, u"router"_s)}) << 1
        << QStringList{u"VICI endpoint 2 skipped: unix:///run/charon.vici: unknown attachment \"router\""_s};
    QTest::addRow("no scope") << QVariant(QVariantList{with(u"scope"_s, {})}) << 0
                              << QStringList{u"does not say what the endpoint is attached to"_s};
    QTest::addRow("bad URI") << QVariant(QVariantList{with(u"uri"_s, u"tcp://nn1"_s)}) << 0
                             << QStringList{u"tcp://nn1: The port is missing"_s};
    QTest::addRow("URI of the wrong type") << QVariant(QVariantList{with(u"uri"_s, QVariantList{1, 2})}) << 0
                                           << QStringList{u"(no address): Enter the VICI socket"_s};
    QTest::addRow("no target") << QVariant(QVariantList{with(u"target"_s, {})}) << 0
                               << QStringList{u"Choose the VPN service"_s};
    QTest::addRow("a hash works too") << QVariant(QVariantList{
        QVariantHash{{u"uri"_s, u"tcp://gw:4502"_s}, {u"scope"_s, u"peer-gateway"_s}, {u"target"_s, u"conn"_s}}})
                                      << 1 << QStringList();
    QTest::addRow("unknown keys are ignored") << QVariant(QVariantList{with(u"future"_s, true)}) << 1 << QStringList();
}

void TestViciEndpoint::brokenEntries()
{
    QFETCH(QVariant, stored);
    QFETCH(int, kept);
    QFETCH(QStringList, skipped);
    QStringList reasons;
    const QList<ViciEndpoint> endpoints = ViciEndpoint::fromVariantList(stored, &reasons);
    QCOMPARE(endpoints.size(), kept);
    QCOMPARE(reasons.size(), skipped.size());
    for (qsizetype i = 0; i < skipped.size(); ++i)
        QVERIFY2(reasons.at(i).contains(skipped.at(i)), qPrintable(reasons.at(i)));
    for (const ViciEndpoint &endpoint : endpoints)
        QVERIFY(validateViciEndpoint(endpoint).isEmpty());
    // Without a list for the reasons, too.
    QCOMPARE(ViciEndpoint::fromVariantList(stored).size(), kept);
}

QTEST_GUILESS_MAIN(TestViciEndpoint)
#include "tst_viciendpoint.moc"
