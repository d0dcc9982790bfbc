// SPDX-License-Identifier: Apache-2.0
// Edit dialogs against the sandbox: only updatable fields are enabled, Save sends only what
// changed, refusals are explained before sending (policy in use names its connections, a
// PENDING resource says to wait) and after (the server's words), the PSK stays unless retyped.
#include "sandboxcloud.h"
#include "wizards/clicommandbox.h"
#include "wizards/connectionpages.h"
#include "wizards/draftpage.h"
#include "wizards/editdialog.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

Q_DECLARE_METATYPE(vpnaas::ResourceKind)

namespace {

QLineEdit *edit(EditDialog &dialog, const QString &field)
{
    return dialog.findChild<QLineEdit *>(field);
}

QPushButton *saveButton(EditDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

QString generalMessages(EditDialog &dialog)
{
    QStringList texts;
    for (DraftPage *page : dialog.pages()) {
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisibleTo(page) && label->objectName().isEmpty())
                texts.append(label->text());
        }
    }
    return texts.join(u'\n');
}

} // namespace

class TestEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fixedFieldsAreDisabled_data();
    void fixedFieldsAreDisabled();
    void renameUnusedPolicy();
    void policyInUseNamesItsConnections();
    void pendingConnectionSaysWait();
    void connectionKeepsItsKey();
    void refusalKeepsTheInput();
    void unknownResource();
    void copiesTheSetCommand();

private:
    bool refresh();
    EditDialog *open(ResourceKind kind, const QString &id);

    std::unique_ptr<SandboxCloud> m_cloud;
    sandbox::Sandbox *m_sandbox = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<EditDialog> m_dialog;
};

void TestEditDialog::init()
{
    m_cloud = std::make_unique<SandboxCloud>(SandboxCloud::Agent::Settled);
    QVERIFY2(m_cloud->error().isEmpty(), qPrintable(m_cloud->error()));
    m_sandbox = m_cloud->sandbox();
    m_workspace = m_cloud->workspace();
}

void TestEditDialog::cleanup()
{
    m_dialog.reset();
    m_cloud.reset();
}

bool TestEditDialog::refresh()
{
    QSignalSpy refreshed(m_workspace, &Workspace::refreshSucceeded);
    m_workspace->refresh();
    return QTest::qWaitFor([&] { return !refreshed.isEmpty() && !m_workspace->isRefreshing(); }, 10000);
}

EditDialog *TestEditDialog::open(ResourceKind kind, const QString &id)
{
    m_dialog = std::make_unique<EditDialog>(kind, id, m_workspace);
    m_dialog->show();
    return m_dialog.get();
}

void TestEditDialog::fixedFieldsAreDisabled_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QStringList>("fixed");
    QTest::addColumn<QStringList>("editable");
    QTest::addRow("service") << ResourceKind::VpnService << QStringList{u"router_id"_s, u"subnet_id"_s}
                             << QStringList{u"name"_s, u"description"_s, u"admin_state_up"_s};
    QTest::addRow("group") << ResourceKind::EndpointGroup << QStringList{u"type"_s, u"endpoints"_s}
                           << QStringList{u"name"_s, u"description"_s};
    QTest::addRow("connection") << ResourceKind::IpsecSiteConnection
                                << QStringList{u"vpnservice_id"_s, u"ikepolicy_id"_s, u"ipsecpolicy_id"_s}
                                << QStringList{u"name"_s, u"peer_address"_s, u"peer_id"_s, u"local_ep_group_id"_s,
                                               u"mtu"_s};
}

void TestEditDialog::fixedFieldsAreDisabled()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QStringList, fixed);
    QFETCH(QStringList, editable);
    const ServerState &state = m_workspace->state();
    const QString id = kind == ResourceKind::VpnService ? state.vpnServices.first().id
        : kind == ResourceKind::EndpointGroup           ? state.endpointGroups.first().id
                                                        : state.connections.first().id;
    EditDialog *dialog = open(kind, id);
    QVERIFY(dialog->isValid());
    for (const QString &field : fixed) {
        auto *widget = dialog->findChild<QWidget *>(field);
        QVERIFY2(widget, qPrintable(field));
        QVERIFY2(!widget->isEnabled(), qPrintable(field));
    }
    for (const QString &field : editable) {
        auto *widget = dialog->findChild<QWidget *>(field);
        QVERIFY2(widget, qPrintable(field));
        QVERIFY2(widget->isEnabled(), qPrintable(field));
    }
    QVERIFY(!dialog->hasChanges());
    QVERIFY(!saveButton(*dialog)->isEnabled()); // nothing changed yet
}

void TestEditDialog::renameUnusedPolicy()
{
    const sandbox::SandboxResponse created = m_sandbox->server()->handle(
        "POST", QUrl(u"http://sandbox.invalid:9696/v2.0/vpn/ikepolicies"_s), R"({"ikepolicy": {"name": "spare"}})");
    QCOMPARE(created.status, 201);
    QVERIFY(refresh());
    const QString id = m_workspace->state().ikePolicies.last().id;
    EditDialog *dialog = open(ResourceKind::IkePolicy, id);
    edit(*dialog, u"name"_s)->setText(u"renamed"_s);
    auto *pfs = dialog->findChild<QComboBox *>(u"pfs"_s);
    pfs->setCurrentIndex(pfs->findData(u"group14"_s));
    QVERIFY(dialog->hasChanges());
    QVERIFY(saveButton(*dialog)->isEnabled());
    QSignalSpy saved(dialog, &EditDialog::saved);
    saveButton(*dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    const ServerState state = m_sandbox->server()->state();
    const IkePolicy *policy = state.ikePolicy(id);
    QCOMPARE(policy->name, u"renamed"_s);
    QCOMPARE(policy->pfs.api(), u"group14"_s);
    QCOMPARE(policy->encryptionAlgorithm.api(), u"aes-128"_s); // untouched: not sent
}

void TestEditDialog::policyInUseNamesItsConnections()
{
    EditDialog *dialog = open(ResourceKind::IkePolicy, m_workspace->state().ikePolicies.first().id);
    edit(*dialog, u"name"_s)->setText(u"renamed"_s);
    QVERIFY(dialog->hasChanges());
    QVERIFY(!saveButton(*dialog)->isEnabled());
    const QString messages = generalMessages(*dialog);
    QVERIFY2(messages.contains(u"In use by: conn"_s), qPrintable(messages));
}

void TestEditDialog::pendingConnectionSaysWait()
{
    const QString id = m_workspace->state().connections.first().id;
    m_sandbox->server()->setStatus(u"ipsec-site-connections"_s, id, u"PENDING_UPDATE"_s);
    QVERIFY(refresh());
    EditDialog *dialog = open(ResourceKind::IpsecSiteConnection, id);
    edit(*dialog, u"name"_s)->setText(u"renamed"_s);
    QVERIFY(!saveButton(*dialog)->isEnabled());
    const QString messages = generalMessages(*dialog);
    QVERIFY2(messages.contains(u"PENDING_UPDATE"_s) && messages.contains(u"wait"_s), qPrintable(messages));
}

void TestEditDialog::connectionKeepsItsKey()
{
    const IpsecSiteConnection before = m_workspace->state().connections.first();
    EditDialog *dialog = open(ResourceKind::IpsecSiteConnection, before.id);
    QVERIFY(edit(*dialog, u"pskEdit"_s)->text().isEmpty()); // the key is never put on screen
    edit(*dialog, u"peer_address"_s)->setText(u"203.0.113.50"_s);
    dialog->findChild<QSpinBox *>(u"mtu"_s)->setValue(1400);
    QVERIFY(saveButton(*dialog)->isEnabled());
    QSignalSpy saved(dialog, &EditDialog::saved);
    saveButton(*dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    const ServerState now = m_sandbox->server()->state();
    const IpsecSiteConnection *after = now.connection(before.id);
    QCOMPARE(after->peerAddress, u"203.0.113.50"_s);
    QCOMPARE(after->peerId, before.peerId); // not retyped, not changed
    QCOMPARE(after->mtu, 1400);
    QCOMPARE(after->psk, before.psk);

    // A new key needs its confirmation.
    QVERIFY(refresh());
    dialog = open(ResourceKind::IpsecSiteConnection, before.id);
    edit(*dialog, u"pskEdit"_s)->setText(u"a-brand-new-key-0123456789"_s);
    QVERIFY(!saveButton(*dialog)->isEnabled());
    edit(*dialog, u"psk_confirm"_s)->setText(u"a-brand-new-key-0123456789"_s);
    QVERIFY(saveButton(*dialog)->isEnabled());
}

void TestEditDialog::refusalKeepsTheInput()
{
    const QString id = m_workspace->state().vpnServices.first().id;
    EditDialog *dialog = open(ResourceKind::VpnService, id);
    edit(*dialog, u"description"_s)->setText(u"Seoul office"_s);
    m_sandbox->networkAccessManager()->injectFault({"PUT", u"/v2.0/vpn/vpnservices/"_s, 400,
                                                    u"VPNStateInvalidToUpdate"_s,
                                                    u"Invalid state PENDING_UPDATE of vpnaas resource"_s, 1});
    QSignalSpy failed(dialog, &EditDialog::saveFailed);
    saveButton(*dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(u"Invalid state PENDING_UPDATE"_s), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(u"req-"_s));
    QCOMPARE(edit(*dialog, u"description"_s)->text(), u"Seoul office"_s);
    QVERIFY(saveButton(*dialog)->isEnabled());
}

void TestEditDialog::unknownResource()
{
    EditDialog *dialog = open(ResourceKind::EndpointGroup, u"d8f4b1c2-0000-4000-8000-000000000000"_s);
    QVERIFY(!dialog->isValid());
    QVERIFY(!saveButton(*dialog)->isEnabled());
}

void TestEditDialog::copiesTheSetCommand()
{
    const sandbox::SandboxResponse created = m_sandbox->server()->handle(
        "POST", QUrl(u"http://sandbox.invalid:9696/v2.0/vpn/ikepolicies"_s), R"({"ikepolicy": {"name": "spare"}})");
    QCOMPARE(created.status, 201);
    QVERIFY(refresh());
    EditDialog *dialog = open(ResourceKind::IkePolicy, m_workspace->state().ikePolicies.last().id);
    QPushButton *copy = dialog->cliBox()->copyButton();
    QVERIFY(dialog->cliText().isEmpty()); // nothing changed yet
    QVERIFY(!copy->isEnabled());
    edit(*dialog, u"name"_s)->setText(u"renamed"_s);
    auto *pfs = dialog->findChild<QComboBox *>(u"pfs"_s);
    pfs->setCurrentIndex(pfs->findData(u"group14"_s));
    const QString expected = u"# The offline sandbox is simulated: no cloud has these resources. On a real\n"
                             "# cloud, add --os-cloud NAME after openstack.\n\n"
                             "openstack vpn ike policy set \\\n    --name renamed \\\n    --pfs group14 spare"_s;
    QCOMPARE(dialog->cliText(), expected);
    QGuiApplication::clipboard()->clear();
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // A new key is nothing the CLI can set: a note, no command, the key nowhere.
    const IpsecSiteConnection connection = m_workspace->state().connections.first();
    dialog = open(ResourceKind::IpsecSiteConnection, connection.id);
    edit(*dialog, u"pskEdit"_s)->setText(u"a-brand-new-key-0123456789"_s);
    edit(*dialog, u"psk_confirm"_s)->setText(u"a-brand-new-key-0123456789"_s);
    QVERIFY(dialog->hasChanges());
    QVERIFY2(dialog->cliText().contains(u"cannot change a pre-shared key"_s), qPrintable(dialog->cliText()));
    QVERIFY(!dialog->cliText().contains(u"openstack vpn"_s));
    QVERIFY(!dialog->cliText().contains(u"a-brand-new-key"_s));
    QVERIFY(!dialog->cliBox()->copyButton()->isEnabled());
    dialog->findChild<QSpinBox *>(u"mtu"_s)->setValue(1400);
    QVERIFY2(
        dialog->cliText().contains(u"openstack vpn ipsec site connection set \\\n    --mtu 1400 "_s + connection.name),
        qPrintable(dialog->cliText()));
}

QTEST_MAIN(TestEditDialog)
#include "tst_editdialog.moc"
