// SPDX-License-Identifier: Apache-2.0
#include "connectionpages.h"

#include "workspace/workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

template<typename T>
void fillResources(QComboBox *combo, const QList<T> &items, const std::function<bool(const T &)> &accept = {})
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const T &item : items) {
        if (!accept || accept(item))
            combo->addItem(item.name.isEmpty() ? item.id : item.name, item.id);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString optionalId(const QComboBox *combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
}

} // namespace

ConnectionPage::ConnectionPage(Workspace *workspace, QWidget *parent)
    : ResourcePage(workspace, parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_references(new QWidget(this))
    , m_service(new QComboBox(this))
    , m_ike(new QComboBox(this))
    , m_ipsec(new QComboBox(this))
    , m_localGroup(new QComboBox(this))
    , m_peerGroup(new QComboBox(this))
    , m_peerCidrs(new QPlainTextEdit(this))
    , m_peerAddress(new QLineEdit(this))
    , m_peerId(new QLineEdit(this))
    , m_localId(new QLineEdit(this))
    , m_psk(new QLineEdit(this))
    , m_pskConfirm(new QLineEdit(this))
    , m_showPsk(new QToolButton(this))
    , m_generatePsk(new QToolButton(this))
    , m_strength(new QProgressBar(this))
    , m_strengthText(new QLabel(this))
{
    setTitle(tr("IPsec Site Connection"));
    setSubTitle(tr("The tunnel to one peer gateway: what it connects and how the two ends authenticate."));
    m_name->setPlaceholderText(tr("Optional, e.g. conn"));
    m_peerAddress->setPlaceholderText(tr("The peer gateway's public IP, e.g. 203.0.113.9"));
    m_peerId->setPlaceholderText(tr("Usually the peer address"));
    m_localId->setPlaceholderText(tr("Optional; default: this router's external IP"));
    m_peerCidrs->setPlaceholderText(tr("One CIDR per line"));
    m_peerCidrs->setTabChangesFocus(true); // Tab leaves the box (a CIDR has no tabs)
    m_peerCidrs->setMaximumHeight(70);
    for (QLineEdit *edit : {m_psk, m_pskConfirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    }
    m_pskConfirm->setObjectName(u"psk_confirm"_s);
    m_showPsk->setText(tr("S&how"));
    m_showPsk->setAccessibleName(tr("Show the pre-shared key"));
    m_showPsk->setCheckable(true);
    m_showPsk->setToolTip(tr("Show the pre-shared key while typing"));
    connect(m_showPsk, &QToolButton::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_psk, m_pskConfirm})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_generatePsk->setText(tr("Gene&rate"));
    m_generatePsk->setAccessibleName(tr("Generate a random pre-shared key"));
    m_generatePsk->setToolTip(tr("Fill both key fields with a new random 32-character key"));
    connect(m_generatePsk, &QToolButton::clicked, this, &ConnectionPage::generateKey);
    for (QLineEdit *edit : {m_psk, m_pskConfirm}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_pskGenerated = false;
            updateStrength();
        });
    }
    m_strength->setRange(0, 3);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(8);
    m_strength->setMaximumWidth(120);

    auto *refForm = new QFormLayout(m_references);
    refForm->setContentsMargins(0, 0, 0, 0);
    refForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(refForm, u"vpnservice_id"_s, tr("&VPN service:"), m_service);
    addField(refForm, u"ikepolicy_id"_s, tr("&IKE policy:"), m_ike);
    addField(refForm, u"ipsecpolicy_id"_s, tr("IPsec &policy:"), m_ipsec);
    addField(refForm, u"local_ep_group_id"_s, tr("&Local endpoint group:"), m_localGroup);
    addField(refForm, u"peer_ep_group_id"_s, tr("Peer endpoint &group:"), m_peerGroup);
    addField(refForm, u"peer_cidrs"_s, tr("Peer CIDR&s:"), m_peerCidrs);
    m_localGroupRow = refForm->itemAt(3, QFormLayout::FieldRole)->widget();
    m_peerGroupRow = refForm->itemAt(4, QFormLayout::FieldRole)->widget();
    m_peerCidrsRow = refForm->itemAt(5, QFormLayout::FieldRole)->widget();
    connect(m_service, &QComboBox::currentIndexChanged, this, &ConnectionPage::updateLegacy);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, u"name"_s, tr("Na&me:"), m_name);
    addField(form, u"description"_s, tr("&Description:"), m_description);
    addField(form, u"peer_address"_s, tr("Peer &address:"), m_peerAddress);
    addField(form, u"peer_id"_s, tr("P&eer ID:"), m_peerId);
    addField(form, u"local_id"_s, tr("L&ocal ID:"), m_localId);
    auto *pskRow = new QWidget(this);
    auto *pskLayout = new QHBoxLayout(pskRow);
    pskLayout->setContentsMargins(0, 0, 0, 0);
    pskLayout->addWidget(m_psk, 1);
    pskLayout->addWidget(m_showPsk);
    pskLayout->addWidget(m_generatePsk);
    addField(form, u"psk"_s, tr("Pre-shared &key:"), pskRow);
    m_psk->setObjectName(u"pskEdit"_s);
    watch(m_psk);
    addField(form, u"psk_confirm"_s, tr("Con&firm key:"), m_pskConfirm);
    // Show and Generate belong to the key: Tab goes key, Show, Generate, confirmation (not in
    // creation order).
    m_showPsk->setObjectName(u"showPsk"_s);
    m_generatePsk->setObjectName(u"generatePsk"_s);
    setTabOrder(m_psk, m_showPsk);
    setTabOrder(m_showPsk, m_generatePsk);
    setTabOrder(m_generatePsk, m_pskConfirm);
    auto *strengthRow = new QWidget(this);
    auto *strengthLayout = new QHBoxLayout(strengthRow);
    strengthLayout->setContentsMargins(0, 0, 0, 0);
    strengthLayout->addWidget(m_strength);
    strengthLayout->addWidget(m_strengthText, 1);
    m_strengthText->setObjectName(u"pskStrength"_s);
    form->addRow(QString(), strengthRow);

    connect(m_peerAddress, &QLineEdit::textChanged, this, [this](const QString &address) {
        if (!m_peerIdEdited) {
            const QSignalBlocker blocker(m_peerId);
            m_peerId->setText(address.trimmed());
            revalidate();
        }
    });
    connect(m_peerId, &QLineEdit::textEdited, this, [this] { m_peerIdEdited = true; });
    connect(m_psk, &QLineEdit::textChanged, this, &ConnectionPage::updateStrength);

    ignoreFields({u"mtu"_s, u"dpd"_s, u"initiator"_s, u"admin_state_up"_s});
    auto *general = new QLabel(this);
    general->setWordWrap(true);
    general->hide();
    setGeneralMessageLabel(general);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_references);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch(1);
    updateStrength();
    initializePage();
}

void ConnectionPage::initializePage()
{
    fillReferences();
}

void ConnectionPage::fillReferences()
{
    if (!workspace())
        return;
    const ServerState &state = workspace()->state();
    fillResources(m_service, state.vpnServices);
    fillResources(m_ike, state.ikePolicies);
    fillResources(m_ipsec, state.ipsecPolicies);
    fillResources<EndpointGroup>(m_localGroup, state.endpointGroups,
                                 [](const EndpointGroup &g) { return g.type == EndpointGroupType::Subnet; });
    fillResources<EndpointGroup>(m_peerGroup, state.endpointGroups,
                                 [](const EndpointGroup &g) { return g.type == EndpointGroupType::Cidr; });
    updateLegacy();
}

void ConnectionPage::setReferencesProvided(bool provided)
{
    m_referencesProvided = provided;
    m_references->setVisible(!provided);
    revalidate();
}

void ConnectionPage::setName(const QString &name)
{
    m_name->setText(name);
}

void ConnectionPage::setPeer(const QString &address, const QString &id)
{
    m_peerAddress->setText(address);
    if (!id.isEmpty()) {
        m_peerIdEdited = true;
        m_peerId->setText(id);
    }
}

void ConnectionPage::setPsk(const QString &psk, const QString &confirmation)
{
    m_pskGenerated = false;
    m_psk->setText(psk);
    m_pskConfirm->setText(confirmation);
}

void ConnectionPage::generateKey()
{
    const QString key = generatePsk();
    m_psk->setText(key);
    m_pskConfirm->setText(key);
    m_pskGenerated = true;
    updateStrength();
}

bool ConnectionPage::isLegacyService() const
{
    if (m_referencesProvided || !workspace())
        return false;
    const VpnService *service = workspace()->state().vpnService(optionalId(m_service));
    return service && service->isLegacy();
}

void ConnectionPage::updateLegacy()
{
    const bool legacy = isLegacyService();
    m_localGroupRow->setVisible(!legacy);
    m_peerGroupRow->setVisible(!legacy);
    m_peerCidrsRow->setVisible(legacy);
    if (auto *form = qobject_cast<QFormLayout *>(m_references->layout())) {
        form->setRowVisible(3, !legacy);
        form->setRowVisible(4, !legacy);
        form->setRowVisible(5, legacy);
    }
    revalidate();
}

void ConnectionPage::updateStrength()
{
    const QString psk = m_psk->text();
    const int strength = psk.isEmpty() ? 0 : pskStrength(psk);
    m_strength->setValue(strength);
    static const char *const texts[]
        = {QT_TR_NOOP("weak"), QT_TR_NOOP("fair"), QT_TR_NOOP("good"), QT_TR_NOOP("strong")};
    if (psk.isEmpty())
        m_strengthText->setText(tr("Use a long random key (20+ characters), or generate one."));
    else if (m_pskGenerated)
        m_strengthText->setText(
            tr("Strength: %1. A new random key: the peer needs the same one (reveal it to copy it).")
                .arg(tr(texts[qBound(0, strength, 3)])));
    else
        m_strengthText->setText(tr("Strength: %1").arg(tr(texts[qBound(0, strength, 3)])));
}

void ConnectionPage::showResource(const IpsecSiteConnection &connection)
{
    m_name->setText(connection.name);
    m_description->setText(connection.description);
    selectValue(m_service, connection.vpnserviceId);
    selectValue(m_ike, connection.ikepolicyId);
    selectValue(m_ipsec, connection.ipsecpolicyId);
    for (QComboBox *fixed : {m_service, m_ike, m_ipsec})
        fixed->setEnabled(false);
    updateLegacy();
    if (!connection.localEpGroupId.isEmpty())
        selectValue(m_localGroup, connection.localEpGroupId);
    if (!connection.peerEpGroupId.isEmpty())
        selectValue(m_peerGroup, connection.peerEpGroupId);
    m_peerCidrs->setPlainText(connection.peerCidrs.join(u'\n'));
    m_peerIdEdited = true;
    m_peerAddress->setText(connection.peerAddress);
    m_peerId->setText(connection.peerId);
    m_localId->setText(connection.localId);
    // The key is not shown: empty fields mean "keep the current key".
    m_pskGenerated = false;
    m_psk->clear();
    m_pskConfirm->clear();
    m_psk->setPlaceholderText(tr("Unchanged (type a new key to replace it)"));
}

IpsecSiteConnectionDraft ConnectionPage::draft() const
{
    IpsecSiteConnectionDraft draft;
    draft.name = m_name->text().trimmed();
    draft.description = optionalText(m_description->text());
    if (!m_referencesProvided) {
        draft.vpnserviceId = optionalId(m_service);
        draft.ikepolicyId = optionalId(m_ike);
        draft.ipsecpolicyId = optionalId(m_ipsec);
        if (isLegacyService()) {
            static const QRegularExpression separators(u"[\\s,;]+"_s);
            draft.peerCidrs = m_peerCidrs->toPlainText().split(separators, Qt::SkipEmptyParts);
        } else {
            draft.localEpGroupId = optionalId(m_localGroup);
            draft.peerEpGroupId = optionalId(m_peerGroup);
        }
    }
    draft.peerAddress = m_peerAddress->text().trimmed();
    draft.peerId = m_peerId->text().trimmed();
    draft.localId = optionalText(m_localId->text().trimmed());
    // In an edit an empty key field keeps the current key.
    if (!isEditing() || !m_psk->text().isEmpty())
        draft.psk = Secret(m_psk->text());
    if (m_options)
        m_options->apply(draft);
    return draft;
}

Problems ConnectionPage::validateDraft() const
{
    Problems problems = validateRequest();
    if (isEditing() && m_psk->text().isEmpty()) {
        // Keeping the current key: the empty field is not an empty key.
        problems.removeIf([](const Problem &p) { return p.field == u"psk"; });
    }
    if (m_psk->text() != m_pskConfirm->text()) {
        problems.append({u"psk_confirm"_s, tr("The two keys differ."), Problem::Severity::Error, {}, {}, 400, false});
    }
    for (QComboBox *combo : {m_service, m_ike, m_ipsec}) {
        if (!m_referencesProvided && combo->count() == 0) {
            problems.append({combo->objectName(),
                             tr("Nothing to choose from: create one first."),
                             Problem::Severity::Error,
                             {},
                             {},
                             400,
                             false});
        }
    }
    return problems;
}

ConnectionOptionsPage::ConnectionOptionsPage(Workspace *workspace, ConnectionPage *main, QWidget *parent)
    : DraftPage(workspace, parent)
    , m_main(main)
    , m_mtu(new QSpinBox(this))
    , m_dpdInterval(new QSpinBox(this))
    , m_dpdTimeout(new QSpinBox(this))
    , m_dpdAction(new QComboBox(this))
    , m_initiator(new QComboBox(this))
    , m_adminUp(new QCheckBox(tr("&Administratively up"), this))
{
    setTitle(tr("Connection Options"));
    setSubTitle(tr("Dead peer detection, MTU and who starts the negotiation. The defaults suit most peers."));
    const IpsecSiteConnection defaults;
    m_mtu->setRange(0, 65535);
    m_mtu->setValue(int(defaults.mtu));
    m_dpdInterval->setRange(0, 86400);
    m_dpdInterval->setValue(int(defaults.dpd.interval));
    m_dpdInterval->setSuffix(tr(" s"));
    m_dpdTimeout->setRange(0, 86400);
    m_dpdTimeout->setValue(int(defaults.dpd.timeout));
    m_dpdTimeout->setSuffix(tr(" s"));
    fillChoices(m_dpdAction, allValues<DpdAction>(), *defaults.dpd.action.value());
    fillChoices(m_initiator, allValues<Initiator>(), *defaults.initiator.value());
    m_adminUp->setChecked(true);

    auto *dpd = new QWidget(this);
    auto *dpdLayout = new QHBoxLayout(dpd);
    dpdLayout->setContentsMargins(0, 0, 0, 0);
    dpdLayout->addWidget(m_dpdAction, 1);
    auto *every = new QLabel(tr("E&very"), dpd);
    every->setBuddy(m_dpdInterval);
    dpdLayout->addWidget(every);
    dpdLayout->addWidget(m_dpdInterval);
    auto *giveUp = new QLabel(tr("Give &up after"), dpd);
    giveUp->setBuddy(m_dpdTimeout);
    dpdLayout->addWidget(giveUp);
    dpdLayout->addWidget(m_dpdTimeout);
    m_dpdInterval->setAccessibleName(tr("Dead peer detection interval"));
    m_dpdTimeout->setAccessibleName(tr("Dead peer detection timeout"));
    watch(m_dpdAction);
    watch(m_dpdInterval);
    watch(m_dpdTimeout);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, u"mtu"_s, tr("&MTU:"), m_mtu, tr("The strongSwan driver does not apply the MTU."));
    addField(form, u"dpd"_s, tr("Dead &peer detection:"), dpd);
    m_dpdAction->setObjectName(u"dpdAction"_s);
    addField(form, u"initiator"_s, tr("&Initiator:"), m_initiator);
    addField(form, u"admin_state_up"_s, QString(), m_adminUp);
    setForeignFieldsShown(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    revalidate();
}

void ConnectionOptionsPage::load(const IpsecSiteConnection &connection)
{
    m_mtu->setValue(int(connection.mtu));
    selectValue(m_dpdAction, connection.dpd.action.api());
    m_dpdInterval->setValue(int(connection.dpd.interval));
    m_dpdTimeout->setValue(int(connection.dpd.timeout));
    selectValue(m_initiator, connection.initiator.api());
    m_adminUp->setChecked(connection.adminStateUp);
    setEditing(connection.id);
}

bool ConnectionOptionsPage::loadResource(const ServerState &state, const QString &id)
{
    const IpsecSiteConnection *connection = state.connection(id);
    if (connection)
        load(*connection);
    return connection != nullptr;
}

void ConnectionOptionsPage::apply(IpsecSiteConnectionDraft &draft) const
{
    draft.mtu = m_mtu->value();
    draft.dpd = DpdDraft{choiceOf<DpdAction>(m_dpdAction), m_dpdInterval->value(), m_dpdTimeout->value()};
    draft.initiator = choiceOf<Initiator>(m_initiator);
    draft.adminStateUp = m_adminUp->isChecked();
}

Problems ConnectionOptionsPage::validateDraft() const
{
    // Both pages edit one connection: judge the whole request the main page would send.
    return validate(m_main ? m_main->request() : IpsecSiteConnectionDraft{}, context());
}

} // namespace vpnaas::ui
