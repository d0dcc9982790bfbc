// SPDX-License-Identifier: Apache-2.0
// The Config view over the sandbox seed: every file of both ends in its tab, highlighted; PSKs
// masked until revealed (in the text, in copies, in exports); lint findings listed and marked
// on their ipsec.conf line; export writes secrets 0600.
#include "config/configview.h"
#include "preview/configpreview.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

QString allText(const ConfigView &view)
{
    QStringList texts;
    for (int i = 0; i < view.tabs()->count(); ++i)
        texts.append(qobject_cast<ConfigPreview *>(view.tabs()->widget(i))->text());
    return texts.join(u"\n"_s);
}

const QString kPsk = u"sandbox-demo-psk-not-secret"_s;

} // namespace

class TestConfigView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesOfBothEnds();
    void secretsMaskedUntilRevealed();
    void findingsListedAndMarked();
    void exportWritesSecretsPrivately();
    void targetConnection();
    void noService();
    void dialectFollowsTheServerUntilChosen();
};

void TestConfigView::filesOfBothEnds()
{
    const ServerState state = seedState();
    ConfigView view;
    view.setState(state);
    QStringList tabs;
    for (int i = 0; i < view.tabs()->count(); ++i)
        tabs.append(view.tabs()->tabText(i));
    QCOMPARE(tabs,
             (QStringList{u"own/ipsec.conf"_s, u"own/ipsec.secrets"_s, u"own/strongswan.conf"_s, u"own/swanctl.conf"_s,
                          u"peer/swanctl.conf"_s, u"peer/ipsec.conf"_s, u"peer/ipsec.secrets"_s,
                          u"peer/strongswan.d/vpnaas-peer.conf"_s, u"peer/libreswan/ipsec.conf"_s,
                          u"peer/libreswan/ipsec.secrets"_s}));
    const QString own = view.preview(u"own/ipsec.conf"_s)->text();
    QVERIFY(own.contains(u"conn "_s + state.connections.first().id));
    QVERIFY(own.contains(u"right=192.168.20.9"_s));
    QVERIFY(own.contains(u"ike=aes128-sha1-modp1536"_s));
    QCOMPARE(view.preview(u"own/ipsec.conf"_s)->definitionName(), u"strongSwan ipsec.conf"_s);
    QCOMPARE(view.preview(u"own/swanctl.conf"_s)->definitionName(), u"strongSwan swanctl.conf"_s);
    QCOMPARE(view.preview(u"peer/ipsec.secrets"_s)->definitionName(), u"strongSwan ipsec.secrets"_s);
    QCOMPARE(view.preview(u"peer/strongswan.d/vpnaas-peer.conf"_s)->definitionName(), u"strongSwan swanctl.conf"_s);
    QVERIFY(view.preview(u"peer/ipsec.conf"_s)->text().contains(u"left=192.168.20.9"_s));
}

void TestConfigView::secretsMaskedUntilRevealed()
{
    ConfigView view;
    view.setState(seedState());
    const QString base64 = QString::fromLatin1(kPsk.toUtf8().toBase64());
    QVERIFY(!allText(view).contains(kPsk));
    QVERIFY(!allText(view).contains(base64));
    QVERIFY(view.preview(u"own/ipsec.secrets"_s)->text().contains(Secret::mask()));
    view.setSecretsRevealed(true);
    QVERIFY(view.preview(u"own/ipsec.secrets"_s)->text().contains(u"0s"_s + base64));
    view.setSecretsRevealed(false);
    QVERIFY(!allText(view).contains(base64));
}

void TestConfigView::findingsListedAndMarked()
{
    ServerState state = seedState();
    state.connections[0].dpd.action = Choice<DpdAction>(DpdAction::Disabled);
    ConfigView view;
    view.setState(state);
    QVERIFY(!view.findings().isEmpty());
    QStringList codes;
    for (const strongswan::Finding &f : view.findings())
        codes.append(f.code);
    QStringList items;
    for (int i = 0; i < view.findingsList()->count(); ++i)
        items.append(view.findingsList()->item(i)->text());
    QVERIFY2(items.join(u'\n').contains(u"dpd"_s, Qt::CaseInsensitive), qPrintable(items.join(u'\n')));
    // The dpdaction line of ipsec.conf is marked.
    ConfigPreview *own = view.preview(u"own/ipsec.conf"_s);
    const QStringList lines = own->text().split(u'\n');
    bool dpdMarked = false;
    for (int line : own->markedLines())
        dpdMarked = dpdMarked || lines.value(line).trimmed().startsWith(u"dpdaction="_s);
    QVERIFY2(dpdMarked, qPrintable(codes.join(u", "_s)));
}

void TestConfigView::exportWritesSecretsPrivately()
{
    ConfigView view;
    view.setState(seedState());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(view.exportAll(dir.path(), &error), qPrintable(error));
    for (const QString &name : {u"own/ipsec.conf"_s, u"own/ipsec.secrets"_s, u"own/swanctl.conf"_s,
                                u"peer/strongswan.d/vpnaas-peer.conf"_s, u"peer/libreswan/ipsec.secrets"_s}) {
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    }
    const QFileDevice::Permissions secret = QFile::permissions(dir.filePath(u"own/ipsec.secrets"_s));
    QCOMPARE(
        secret & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QFile secrets(dir.filePath(u"own/ipsec.secrets"_s));
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!secrets.readAll().contains(kPsk.toUtf8().toBase64())); // masked: not revealed
    // A directory that cannot exist (its parent is a file), even for root.
    QFile blocker(dir.filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!view.exportAll(dir.filePath(u"a-file/sub"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestConfigView::targetConnection()
{
    ServerState state = seedState();
    IpsecSiteConnection second = state.connections.first();
    second.id = u"0f0f0f0f-0000-4000-8000-000000000002"_s;
    second.name = u"second"_s;
    second.peerAddress = u"203.0.113.9"_s;
    second.peerId = second.peerAddress;
    state.connections.append(second);
    ConfigView view;
    view.setState(state);
    QVERIFY(view.setTarget(ResourceKind::IpsecSiteConnection, second.id));
    QCOMPARE(view.connectionId(), second.id);
    QVERIFY(view.preview(u"peer/ipsec.conf"_s)->text().contains(u"left=203.0.113.9"_s));
    QVERIFY(!view.setTarget(ResourceKind::IkePolicy, state.ikePolicies.first().id));
}

void TestConfigView::noService()
{
    ConfigView view;
    view.setState({});
    QCOMPARE(view.tabs()->count(), 0);
    QString error;
    QTemporaryDir dir;
    QVERIFY(!view.saveCurrent(dir.filePath(u"x"_s), &error));
}

// A Zed server's files are shown with Zed's names (sha2_384), unless the user picks another release.
void TestConfigView::dialectFollowsTheServerUntilChosen()
{
    ServerState state = seedState();
    state.ikePolicies.first().authAlgorithm = AuthAlgorithm::Sha384;
    ConfigView view;
    view.setState(state);
    view.setServerDialect(strongswan::Dialect::Zed);
    QCOMPARE(view.dialect(), strongswan::Dialect::Zed);
    QVERIFY2(view.preview(u"own/ipsec.conf"_s)->text().contains(u"-sha2_384-"_s),
             qPrintable(view.preview(u"own/ipsec.conf"_s)->text()));
    view.setServerDialect(strongswan::Dialect::Master);
    QCOMPARE(view.dialect(), strongswan::Dialect::Master);
    // The user's pick stays.
    auto *selector = view.findChild<QComboBox *>(u"configDialect"_s);
    QVERIFY(selector);
    selector->setCurrentIndex(selector->findData(int(strongswan::Dialect::Zed)));
    Q_EMIT selector->activated(selector->currentIndex());
    view.setServerDialect(strongswan::Dialect::Master);
    QCOMPARE(view.dialect(), strongswan::Dialect::Zed);
}

QTEST_MAIN(TestConfigView)
#include "tst_configview.moc"
