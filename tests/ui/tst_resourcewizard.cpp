// SPDX-License-Identifier: Apache-2.0
// Every single-resource wizard against the sandbox: fill, Finish, the created resource has the
// entered values; invalid input keeps Next/Finish disabled with the right message beside the
// field; a server refusal shows its message and request id and keeps what was entered.
#include "sandboxcloud.h"
#include "wizards/clicommandbox.h"
#include "wizards/connectionpages.h"
#include "wizards/endpointgrouppage.h"
#include "wizards/policypages.h"
#include "wizards/resourcewizard.h"
#include "wizards/servicepage.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"
#include "workspace/clicommands.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;

Q_DECLARE_METATYPE(vpnaas::ResourceKind)

namespace {

template<typename W>
W *child(QWidget *parent, const QString &name)
{
    W *widget = parent->findChild<W *>(name);
    if (!widget)
        qWarning("no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return widget;
}

void setCombo(QWidget *page, const QString &field, const QString &api)
{
    auto *combo = child<QComboBox>(page, field);
    combo->setCurrentIndex(combo->findData(api));
}

/*! Types \a text into the line edit for API field \a field of \a page. */
void type(QWidget *page, const QString &field, const QString &text)
{
    auto *edit = child<QLineEdit>(page, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestResourceWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsWhatWasEntered_data();
    void createsWhatWasEntered();
    void invalidInputKeepsNextDisabled_data();
    void invalidInputKeepsNextDisabled();
    void refusalKeepsTheInput();
    void refusalShowsUnderThePage_data();
    void refusalShowsUnderThePage();
    void legacyServiceAsksForPeerCidrs();
    void lastPageCopiesTheCreateCommand_data();
    void lastPageCopiesTheCreateCommand();
    void connectionSaysWhatWillNotComeUp();
    void pskButtonsComeRightAfterTheKey();
    void generateFillsBothKeyFields();
    void commandsNameTheCloudAndRegion();

private:
    void fill(ResourceWizard &wizard);
    bool finish(ResourceWizard &wizard);

    std::unique_ptr<SandboxCloud> m_cloud;
    sandbox::Sandbox *m_sandbox = nullptr;
    Workspace *m_workspace = nullptr;
};

void TestResourceWizard::init()
{
    m_cloud = std::make_unique<SandboxCloud>();
    QVERIFY2(m_cloud->error().isEmpty(), qPrintable(m_cloud->error()));
    m_sandbox = m_cloud->sandbox();
    m_workspace = m_cloud->workspace();
}

void TestResourceWizard::cleanup()
{
    m_cloud.reset();
}

bool TestResourceWizard::finish(ResourceWizard &wizard)
{
    while (wizard.nextId() != -1) {
        if (!wizard.currentPage()->isComplete())
            return false;
        wizard.next();
    }
    QAbstractButton *create = wizard.button(QWizard::FinishButton);
    if (!create->isEnabled())
        return false;
    QSignalSpy created(&wizard, &ResourceWizard::created);
    create->click();
    return QTest::qWaitFor([&] { return !created.isEmpty(); }, 10000);
}

void TestResourceWizard::createsWhatWasEntered_data()
{
    QTest::addColumn<ResourceKind>("kind");
    for (ResourceKind kind : kAllResourceKinds)
        QTest::addRow("%s", qPrintable(resourceSlug(kind))) << kind;
}

void TestResourceWizard::createsWhatWasEntered()
{
    QFETCH(ResourceKind, kind);
    ResourceWizard wizard(kind, m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QWidget *page = wizard.currentPage();
    switch (kind) {
    case ResourceKind::IkePolicy:
        type(page, u"name"_s, u"ike-test"_s);
        setCombo(page, u"encryption_algorithm"_s, u"aes-192"_s);
        setCombo(page, u"auth_algorithm"_s, u"sha512"_s);
        setCombo(page, u"pfs"_s, u"group14"_s);
        setCombo(page, u"ike_version"_s, u"v1"_s);
        setCombo(page, u"phase1_negotiation_mode"_s, u"aggressive"_s);
        child<QSpinBox>(page, u"lifetime"_s)->setValue(7200);
        break;
    case ResourceKind::IpsecPolicy:
        type(page, u"name"_s, u"ipsec-test"_s);
        setCombo(page, u"transform_protocol"_s, u"ah"_s);
        setCombo(page, u"encapsulation_mode"_s, u"transport"_s);
        setCombo(page, u"auth_algorithm"_s, u"sha384"_s);
        child<QSpinBox>(page, u"lifetime"_s)->setValue(1800);
        break;
    case ResourceKind::VpnService:
        type(page, u"name"_s, u"vpn-test"_s);
        child<QCheckBox>(page, u"admin_state_up"_s)->setChecked(false);
        break;
    case ResourceKind::EndpointGroup:
        type(page, u"name"_s, u"peers"_s);
        setCombo(page, u"type"_s, u"cidr"_s);
        child<QPlainTextEdit>(page, u"cidrs"_s)->setPlainText(u"198.51.100.0/24\n203.0.113.0/25"_s);
        break;
    case ResourceKind::IpsecSiteConnection:
        type(page, u"name"_s, u"conn-test"_s);
        type(page, u"peer_address"_s, u"203.0.113.77"_s);
        type(page, u"pskEdit"_s, u"correct-horse-battery-staple-42"_s);
        type(page, u"psk_confirm"_s, u"correct-horse-battery-staple-42"_s);
        QCOMPARE(child<QLineEdit>(page, u"peer_id"_s)->text(), u"203.0.113.77"_s); // follows the address
        wizard.next();
        child<QSpinBox>(wizard.currentPage(), u"mtu"_s)->setValue(1400);
        setCombo(wizard.currentPage(), u"dpdAction"_s, u"restart"_s);
        break;
    }
    QVERIFY(finish(wizard));
    const QString id = wizard.createdId();
    QVERIFY(!id.isEmpty());
    QVERIFY(!wizard.isVisible());

    const ServerState state = m_sandbox->server()->state();
    switch (kind) {
    case ResourceKind::IkePolicy: {
        const IkePolicy *p = state.ikePolicy(id);
        QVERIFY(p);
        QCOMPARE(p->name, u"ike-test"_s);
        QCOMPARE(p->encryptionAlgorithm.api(), u"aes-192"_s);
        QCOMPARE(p->authAlgorithm.api(), u"sha512"_s);
        QCOMPARE(p->pfs.api(), u"group14"_s);
        QCOMPARE(p->ikeVersion.api(), u"v1"_s);
        QCOMPARE(p->phase1NegotiationMode.api(), u"aggressive"_s);
        QCOMPARE(p->lifetime.value, 7200);
        break;
    }
    case ResourceKind::IpsecPolicy: {
        const IpsecPolicy *p = state.ipsecPolicy(id);
        QVERIFY(p);
        QCOMPARE(p->transformProtocol.api(), u"ah"_s);
        QCOMPARE(p->encapsulationMode.api(), u"transport"_s);
        QCOMPARE(p->authAlgorithm.api(), u"sha384"_s);
        QCOMPARE(p->encryptionAlgorithm.api(), u"aes-256"_s); // the preselected strong default
        QCOMPARE(p->lifetime.value, 1800);
        break;
    }
    case ResourceKind::VpnService: {
        const VpnService *s = state.vpnService(id);
        QVERIFY(s);
        QCOMPARE(s->name, u"vpn-test"_s);
        QCOMPARE(s->routerId, state.routers.first().id);
        QVERIFY(!s->adminStateUp);
        QVERIFY(s->subnetId.isEmpty());
        break;
    }
    case ResourceKind::EndpointGroup: {
        const EndpointGroup *g = state.endpointGroup(id);
        QVERIFY(g);
        QCOMPARE(g->type.api(), u"cidr"_s);
        QCOMPARE(g->endpoints, (QStringList{u"198.51.100.0/24"_s, u"203.0.113.0/25"_s}));
        break;
    }
    case ResourceKind::IpsecSiteConnection: {
        const IpsecSiteConnection *c = state.connection(id);
        QVERIFY(c);
        QCOMPARE(c->peerAddress, u"203.0.113.77"_s);
        QCOMPARE(c->peerId, u"203.0.113.77"_s);
        QCOMPARE(c->psk.reveal(), u"correct-horse-battery-staple-42"_s);
        QCOMPARE(c->mtu, 1400);
        QCOMPARE(c->dpd.action.api(), u"restart"_s);
        QCOMPARE(c->vpnserviceId, state.vpnServices.first().id);
        QCOMPARE(c->localEpGroupId, state.endpointGroups[0].id);
        QCOMPARE(c->peerEpGroupId, state.endpointGroups[1].id);
        break;
    }
    }
    // The workspace knows it at once (the browser can select it).
    QVERIFY(resourceDisplayName(kind, id, m_workspace->state()).size() > 0);
}

void TestResourceWizard::invalidInputKeepsNextDisabled_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("IKE lifetime too short") << ResourceKind::IkePolicy << u"lifetime"_s << u"30"_s << u"at least 60"_s;
    QTest::addRow("IPsec lifetime too short")
        << ResourceKind::IpsecPolicy << u"lifetime"_s << u"59"_s << u"at least 60"_s;
    QTest::addRow("name too long") << ResourceKind::IkePolicy << u"name"_s << QString(300, u'x') << u"At most"_s;
    QTest::addRow("bad CIDR") << ResourceKind::EndpointGroup << u"cidrs"_s << u"198.51.100.0/33"_s
                              << u"is not a CIDR"_s;
    QTest::addRow("no endpoints") << ResourceKind::EndpointGroup << u"cidrs"_s << QString()
                                  << u"at least one endpoint"_s;
    QTest::addRow("peer address") << ResourceKind::IpsecSiteConnection << u"peer_address"_s << u"not an address!"_s
                                  << u"Not an IP address or a host name"_s;
    QTest::addRow("keys differ") << ResourceKind::IpsecSiteConnection << u"psk_confirm"_s << u"other-key-entirely-123"_s
                                 << u"The two keys differ"_s;
    QTest::addRow("empty key") << ResourceKind::IpsecSiteConnection << u"pskEdit"_s << QString()
                               << u"must not be empty"_s;
}

void TestResourceWizard::invalidInputKeepsNextDisabled()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ResourceWizard wizard(kind, m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QWidget *page = wizard.currentPage();
    if (kind == ResourceKind::EndpointGroup)
        setCombo(page, u"type"_s, u"cidr"_s);
    if (kind == ResourceKind::IpsecSiteConnection) {
        type(page, u"peer_address"_s, u"203.0.113.77"_s);
        type(page, u"pskEdit"_s, u"correct-horse-battery-staple-42"_s);
        type(page, u"psk_confirm"_s, u"correct-horse-battery-staple-42"_s);
    }
    QWidget *editor = page->findChild<QWidget *>(field);
    QVERIFY(editor);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value);
    else
        type(page, field, value);

    auto *draftPage = qobject_cast<DraftPage *>(page);
    QVERIFY(draftPage);
    QVERIFY(!draftPage->isComplete());
    const QAbstractButton *forward = wizard.button(wizard.nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
    QVERIFY(!forward->isEnabled());
    // The message sits beside the field it is about.
    const QString fieldName = field == u"cidrs" ? u"endpoints"_s : field == u"pskEdit" ? u"psk"_s : field;
    const QString shown = draftPage->messageFor(fieldName);
    QVERIFY2(shown.contains(message, Qt::CaseInsensitive), qPrintable(shown));
}

void TestResourceWizard::refusalKeepsTheInput()
{
    ResourceWizard wizard(ResourceKind::IkePolicy, m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    type(wizard.currentPage(), u"name"_s, u"kept"_s);
    m_sandbox->networkAccessManager()->injectFault(
        {"POST", u"/v2.0/vpn/ikepolicies"_s, 409, u"Conflict"_s, u"Quota exceeded for resources: ['ikepolicy']."_s, 1});
    QSignalSpy failed(&wizard, &ResourceWizard::submitFailed);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isSubmitting());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(wizard.isVisible());
    QVERIFY2(wizard.statusText().contains(u"Quota exceeded"_s), qPrintable(wizard.statusText()));
    QVERIFY2(wizard.statusText().contains(u"req-"_s), qPrintable(wizard.statusText()));
    QCOMPARE(child<QLineEdit>(wizard.currentPage(), u"name"_s)->text(), u"kept"_s);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(m_sandbox->server()->state().ikePolicies.size(), 1);
}

void TestResourceWizard::refusalShowsUnderThePage_data()
{
    QTest::addColumn<ResourceKind>("kind");
    for (ResourceKind kind : kAllResourceKinds)
        QTest::addRow("%s", qPrintable(resourceSlug(kind))) << kind;
}

void TestResourceWizard::refusalShowsUnderThePage()
{
    // The status line belongs to the page: under its fields, above the buttons, whole and wrapped,
    // never at the wizard's corner over the header.
    QFETCH(ResourceKind, kind);
    ResourceWizard wizard(kind, m_workspace);
    wizard.fillSampleInput();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.nextId() != -1) {
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
    }
    const QString refusal = u"Quota exceeded for resources: ['ikepolicy', 'ipsecpolicy', 'vpnservice', "
                            "'endpoint_group', 'ipsec_site_connection']; ask the project's administrator for "
                            "more, or delete what this project no longer uses."_s;
    m_sandbox->networkAccessManager()->injectFault({"POST", u"/v2.0/vpn/"_s, 409, u"OverQuota"_s, refusal, 1});
    QSignalSpy failed(&wizard, &ResourceWizard::submitFailed);
    QAbstractButton *create = wizard.button(QWizard::FinishButton);
    QVERIFY(create->isEnabled());
    create->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);

    auto *status = wizard.findChild<QLabel *>(u"wizardStatus"_s);
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"ask the project's administrator"_s));
    QVERIFY(status->wordWrap());
    const auto rectIn
        = [&wizard](const QWidget *widget) { return QRect(widget->mapTo(&wizard, QPoint(0, 0)), widget->size()); };
    const auto text
        = [](const QRect &r) { return u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()); };
    const QRect line = rectIn(status);
    const QRect page = rectIn(wizard.currentPage());
    QVERIFY2(page.contains(line), qPrintable(u"status %1, page %2"_s.arg(text(line), text(page))));
    QVERIFY2(line.bottom() < rectIn(create).top(), qPrintable(text(line)));
    // Whole: the wrapped text fits the height it was given.
    QVERIFY2(status->heightForWidth(status->width()) <= status->height(),
             qPrintable(u"needs %1 at width %2, has %3"_s.arg(status->heightForWidth(status->width()))
                            .arg(status->width())
                            .arg(status->height())));
    // Below the header: not over the page's title.
    const QString title = wizard.currentPage()->title();
    QVERIFY(!title.isEmpty());
    bool sawTitle = false;
    for (const QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label == status || !label->isVisible() || label->text() != title)
            continue;
        sawTitle = true;
        QVERIFY2(!rectIn(label).intersects(line),
                 qPrintable(u"title %1, status %2"_s.arg(text(rectIn(label)), text(line))));
        QVERIFY2(line.top() > rectIn(label).bottom(), qPrintable(text(line)));
    }
    QVERIFY(sawTitle);
    // The page's own fields are not covered either.
    for (const QWidget *field : wizard.currentPage()->findChildren<QWidget *>()) {
        if (field != status && field->isVisible() && !field->isAncestorOf(status) && !status->isAncestorOf(field)
            && field->parentWidget() == wizard.currentPage())
            QVERIFY2(!rectIn(field).intersects(line),
                     qPrintable(u"%1 %2 under status %3"_s.arg(field->objectName(), text(rectIn(field)), text(line))));
    }
    // VPNAAS_SCREENSHOT_DIR keeps a picture of the refusal for review.
    if (const QString dir = qEnvironmentVariable("VPNAAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard.grab().save(dir + u"/wizard-refusal-"_s + resourceSlug(kind) + u".png"_s));
}

void TestResourceWizard::legacyServiceAsksForPeerCidrs()
{
    // A legacy service (with a subnet): the connection takes peer CIDRs, not endpoint groups.
    const ServerState before = m_sandbox->server()->state();
    const sandbox::SandboxResponse legacy = m_sandbox->server()->handle(
        "POST", QUrl(u"http://sandbox.invalid:9696/v2.0/vpn/vpnservices"_s),
        u"{\"vpnservice\": {\"name\": \"legacy\", \"router_id\": \"%1\", \"subnet_id\": \"%2\"}}"_s
            .arg(before.routers.first().id, before.routers.first().interfaces.first().subnetId)
            .toUtf8());
    QCOMPARE(legacy.status, 201);
    QSignalSpy refreshed(m_workspace, &Workspace::refreshSucceeded);
    m_workspace->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);

    ResourceWizard wizard(ResourceKind::IpsecSiteConnection, m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QWidget *page = wizard.currentPage();
    setCombo(page, u"vpnservice_id"_s, QString());
    auto *service = child<QComboBox>(page, u"vpnservice_id"_s);
    service->setCurrentIndex(service->findText(u"legacy"_s));
    QVERIFY(!child<QWidget>(page, u"local_ep_group_id"_s)->isVisibleTo(page));
    QVERIFY(child<QWidget>(page, u"peer_cidrs"_s)->isVisibleTo(page));
    QVERIFY(child<QPlainTextEdit>(page, u"peer_cidrs"_s)->tabChangesFocus()); // no Tab trap
    type(page, u"peer_address"_s, u"203.0.113.78"_s);
    type(page, u"pskEdit"_s, u"correct-horse-battery-staple-42"_s);
    type(page, u"psk_confirm"_s, u"correct-horse-battery-staple-42"_s);
    auto *draftPage = qobject_cast<DraftPage *>(page);
    QVERIFY(!draftPage->isComplete());
    QVERIFY(draftPage->messageFor(u"peer_cidrs"_s).contains(u"peer CIDRs"_s));
    child<QPlainTextEdit>(page, u"peer_cidrs"_s)->setPlainText(u"198.51.100.0/24"_s);
    QVERIFY(draftPage->isComplete());
    QVERIFY(finish(wizard));
    const ServerState after = m_sandbox->server()->state();
    const IpsecSiteConnection *created = after.connection(wizard.createdId());
    QVERIFY(created);
    QCOMPARE(created->peerCidrs, (QStringList{u"198.51.100.0/24"_s}));
    QVERIFY(created->localEpGroupId.isEmpty());
}

void TestResourceWizard::lastPageCopiesTheCreateCommand_data()
{
    QTest::addColumn<ResourceKind>("kind");
    for (ResourceKind kind : kAllResourceKinds)
        QTest::addRow("%s", qPrintable(resourceSlug(kind))) << kind;
}

void TestResourceWizard::connectionSaysWhatWillNotComeUp()
{
    ResourceWizard wizard(ResourceKind::IpsecSiteConnection, m_workspace);
    wizard.fillSampleInput();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.nextId() != -1)
        wizard.next();
    QCOMPARE(wizard.lintText(), QString());
    // strongSwan's ipsec.conf has no DPD action "disabled": the starter ignores the conn.
    auto *action = wizard.currentPage()->findChild<QComboBox *>(u"dpdAction"_s);
    QVERIFY(action);
    action->setCurrentIndex(action->findData(u"disabled"_s));
    QCOMPARE(action->currentData().toString(), u"disabled"_s);
    QVERIFY2(wizard.lintText().startsWith(u"This connection will not come up: dpdaction=disabled"_s),
             qPrintable(wizard.lintText()));
    QVERIFY(wizard.currentPage()->findChild<QLabel *>(u"lintStatus"_s)->isVisible());
    action->setCurrentIndex(action->findData(u"hold"_s));
    QCOMPARE(wizard.lintText(), QString());
}

void TestResourceWizard::pskButtonsComeRightAfterTheKey()
{
    ResourceWizard wizard(ResourceKind::IpsecSiteConnection, m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QWidget *page = wizard.currentPage();
    // The widgets Tab reaches after the key, in order.
    const auto nextTabStop = [](QWidget *from) {
        for (QWidget *w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(w->window()) && w->isEnabled())
                return w;
        }
        return from;
    };
    auto *key = child<QLineEdit>(page, u"pskEdit"_s);
    QWidget *afterKey = nextTabStop(key);
    QCOMPARE(afterKey->objectName(), u"showPsk"_s);
    QWidget *afterShow = nextTabStop(afterKey);
    QCOMPARE(afterShow->objectName(), u"generatePsk"_s);
    QCOMPARE(nextTabStop(afterShow)->objectName(), u"psk_confirm"_s);
}

void TestResourceWizard::generateFillsBothKeyFields()
{
    ResourceWizard wizard(ResourceKind::IpsecSiteConnection, m_workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QWidget *page = wizard.currentPage();
    auto *key = child<QLineEdit>(page, u"pskEdit"_s);
    auto *confirmation = child<QLineEdit>(page, u"psk_confirm"_s);
    auto *strength = child<QLabel>(page, u"pskStrength"_s);
    auto *generate = child<QToolButton>(page, u"generatePsk"_s);
    key->setText(u"typed"_s);

    QTest::mouseClick(generate, Qt::LeftButton);
    const QString first = key->text();
    QCOMPARE(first.size(), 32);
    QCOMPARE(confirmation->text(), first);
    QVERIFY(first != u"typed"_s);
    // Still masked: generating is not showing.
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(confirmation->echoMode(), QLineEdit::Password);
    QVERIFY2(strength->text().contains(u"peer needs the same one"_s), qPrintable(strength->text()));
    QCOMPARE(wizard.connectionPage()->draft().psk->reveal(), first);

    // A second press makes another key; typing in either field ends the generated note.
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(key->text() != first);
    QCOMPARE(confirmation->text(), key->text());
    QTest::keyClick(confirmation, Qt::Key_X);
    QCOMPARE(strength->text(), u"Strength: strong"_s);
    QVERIFY(confirmation->text() != key->text());
}

void TestResourceWizard::lastPageCopiesTheCreateCommand()
{
    QFETCH(ResourceKind, kind);
    ResourceWizard wizard(kind, m_workspace);
    wizard.fillSampleInput();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.nextId() != -1) {
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
    }
    // On the last page, under its fields, what Create will send.
    CliCommandBox *box = wizard.cliBox();
    QCOMPARE(box->parentWidget(), wizard.currentPage());
    QVERIFY(box->isVisible());
    const QString text = wizard.cliText();
    QVERIFY2(text.startsWith(u"# The offline sandbox is simulated"_s), qPrintable(text));
    QVERIFY2(text.contains(u"openstack vpn "_s + resourceCliNoun(kind) + u" create"_s), qPrintable(text));
    if (kind == ResourceKind::IpsecSiteConnection) {
        QVERIFY(text.contains(cli::pskPrompt()));
        QVERIFY(text.contains(u"--psk \"$VPN_PSK\""_s));
        const QString psk = wizard.connectionPage()->draft().psk->reveal();
        QVERIFY(!psk.isEmpty());
        QVERIFY(!text.contains(psk));
    }
    QGuiApplication::clipboard()->clear();
    QVERIFY(box->copyButton()->isEnabled());
    box->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);

    // The text follows the fields.
    if (kind != ResourceKind::IpsecSiteConnection) {
        type(wizard.currentPage(), u"name"_s, u"renamed in the wizard"_s);
        QVERIFY2(wizard.cliText().contains(u"'renamed in the wizard'"_s), qPrintable(wizard.cliText()));
    }
}

void TestResourceWizard::commandsNameTheCloudAndRegion()
{
    // A cloud of clouds.yaml (here the sandbox under another name, not simulated): every command
    // carries --os-cloud and, as it is not the cloud's first (default) region, the region.
    openstack::CloudProfile profile = m_sandbox->cloudProfile();
    profile.name = u"it"_s;
    profile.regions = {u"RegionOne"_s, u"RegionTwo"_s};
    profile.regionName = u"RegionTwo"_s;
    Workspace workspace;
    QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
    workspace.connectTo(profile, m_sandbox->networkAccessManager(), false);
    QVERIFY(refreshed.wait(10000));
    ResourceWizard wizard(ResourceKind::IkePolicy, &workspace);
    const QString text = wizard.cliText();
    QVERIFY2(text.startsWith(u"openstack --os-cloud it --os-region-name RegionTwo vpn ike policy create \\\n"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"sandbox"_s));
}

QTEST_MAIN(TestResourceWizard)
#include "tst_resourcewizard.moc"
