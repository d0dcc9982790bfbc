// SPDX-License-Identifier: Apache-2.0
#include "policypages.h"

#include "neworexisting.h"

#include "workspace/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

template<typename E>
void selectApi(QComboBox *combo, E value)
{
    const int index = combo->findData(apiName(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

PolicyPageBase::PolicyPageBase(Workspace *workspace, const QString &title, const QString &exampleName, QWidget *parent)
    : DraftPage(workspace, parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_lifetime(new QSpinBox(this))
    , m_form(new QFormLayout)
    , m_choice(new NewOrExisting(this))
    , m_formWidget(new QWidget(this))
{
    setTitle(title);

    m_lifetime->setRange(1, 2147483647);
    m_lifetime->setValue(3600);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setGroupSeparatorShown(true);
    m_name->setPlaceholderText(tr("Optional, e.g. %1").arg(exampleName));

    m_formWidget->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(m_form, u"name"_s, tr("Na&me:"), m_name);
    addField(m_form, u"description"_s, tr("&Description:"), m_description);

    layOutNewOrExisting(m_choice, m_formWidget);
}

void PolicyPageBase::setName(const QString &name)
{
    m_name->setText(name);
}

QString PolicyPageBase::name() const
{
    return m_name->text().trimmed();
}

QString PolicyPageBase::description() const
{
    return m_description->text();
}

qint64 PolicyPageBase::lifetime() const
{
    return m_lifetime->value();
}

void PolicyPageBase::fillExisting(const QList<std::pair<QString, QString>> &idsAndNames)
{
    m_choice->setItems(idsAndNames);
}

IkePolicyPage::IkePolicyPage(Workspace *workspace, QWidget *parent)
    : IkePolicyPageBase(workspace, tr("IKE Policy"), u"ikepolicy"_s, parent)
    , m_encryption(new QComboBox(this))
    , m_auth(new QComboBox(this))
    , m_pfs(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_mode(new QComboBox(this))
{
    setSubTitle(tr("Phase 1: how the two gateways authenticate each other and protect their own negotiation."));
    addField(form(), u"encryption_algorithm"_s, tr("&Encryption:"), m_encryption);
    addField(form(), u"auth_algorithm"_s, tr("&Integrity:"), m_auth);
    addField(form(), u"pfs"_s, tr("Diffie-&Hellman group:"), m_pfs);
    addField(form(), u"ike_version"_s, tr("IKE &version:"), m_version);
    addField(form(), u"phase1_negotiation_mode"_s, tr("&Phase 1 mode:"), m_mode,
             tr("Aggressive mode exists for IKEv1 only and exposes the PSK to offline guessing."));
    addField(form(), u"lifetime"_s, tr("&Lifetime:"), m_lifetime);
    initializePage();
}

void IkePolicyPage::initializePage()
{
    const ServerCapabilities caps = workspace() ? workspace()->capabilities() : ServerCapabilities::zed();
    const IkePolicy defaults;
    const bool first = m_encryption->count() == 0;
    fillChoices(m_encryption, caps.encryptionAlgorithms(), *defaults.encryptionAlgorithm.value());
    fillChoices(m_auth, caps.authAlgorithms(), *defaults.authAlgorithm.value());
    fillChoices(m_pfs, caps.pfsGroups(), *defaults.pfs.value());
    fillChoices(m_version, allValues<IkeVersion>(), *defaults.ikeVersion.value());
    fillChoices(m_mode, allValues<Phase1NegotiationMode>(), *defaults.phase1NegotiationMode.value());
    if (first) {
        // Strong by default; the server's defaults stay marked in the lists.
        selectApi(m_encryption, EncryptionAlgorithm::Aes256);
        selectApi(m_auth, AuthAlgorithm::Sha256);
        selectApi(m_pfs, PfsGroup::Group14);
        selectApi(m_version, IkeVersion::V2);
    }
    QList<std::pair<QString, QString>> existing;
    if (workspace()) {
        for (const IkePolicy &policy : workspace()->state().ikePolicies)
            existing.append({policy.id, policy.name});
    }
    fillExisting(existing);
    revalidate();
}

void IkePolicyPage::showResource(const IkePolicy &policy)
{
    m_name->setText(policy.name);
    m_description->setText(policy.description);
    selectValue(m_encryption, policy.encryptionAlgorithm.api());
    selectValue(m_auth, policy.authAlgorithm.api());
    selectValue(m_pfs, policy.pfs.api());
    selectValue(m_version, policy.ikeVersion.api());
    selectValue(m_mode, policy.phase1NegotiationMode.api());
    m_lifetime->setValue(int(qBound(qint64(1), policy.lifetime.value, qint64(2147483647))));
}

IkePolicyDraft IkePolicyPage::draft() const
{
    IkePolicyDraft draft;
    draft.name = name();
    draft.description = optionalText(description());
    draft.encryptionAlgorithm = choiceOf<EncryptionAlgorithm>(m_encryption);
    draft.authAlgorithm = choiceOf<AuthAlgorithm>(m_auth);
    draft.pfs = choiceOf<PfsGroup>(m_pfs);
    draft.ikeVersion = choiceOf<IkeVersion>(m_version);
    draft.phase1NegotiationMode = choiceOf<Phase1NegotiationMode>(m_mode);
    draft.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), lifetime()};
    return draft;
}

Problems IkePolicyPage::validateDraft() const
{
    if (usesExisting())
        return {};
    return validateRequest();
}

IpsecPolicyPage::IpsecPolicyPage(Workspace *workspace, QWidget *parent)
    : IpsecPolicyPageBase(workspace, tr("IPsec Policy"), u"ipsecpolicy"_s, parent)
    , m_transform(new QComboBox(this))
    , m_encapsulation(new QComboBox(this))
    , m_encryption(new QComboBox(this))
    , m_auth(new QComboBox(this))
    , m_pfs(new QComboBox(this))
{
    setSubTitle(tr("Phase 2: how the traffic between the two networks is protected."));
    addField(form(), u"transform_protocol"_s, tr("&Transform protocol:"), m_transform);
    addField(form(), u"encapsulation_mode"_s, tr("Encap&sulation:"), m_encapsulation);
    addField(form(), u"encryption_algorithm"_s, tr("&Encryption:"), m_encryption);
    addField(form(), u"auth_algorithm"_s, tr("&Integrity:"), m_auth);
    addField(form(), u"pfs"_s, tr("P&FS group:"), m_pfs);
    addField(form(), u"lifetime"_s, tr("&Lifetime:"), m_lifetime);
    initializePage();
}

void IpsecPolicyPage::initializePage()
{
    const ServerCapabilities caps = workspace() ? workspace()->capabilities() : ServerCapabilities::zed();
    const IpsecPolicy defaults;
    const bool first = m_encryption->count() == 0;
    fillChoices(m_transform, allValues<TransformProtocol>(), *defaults.transformProtocol.value());
    fillChoices(m_encapsulation, allValues<EncapsulationMode>(), *defaults.encapsulationMode.value());
    fillChoices(m_encryption, caps.encryptionAlgorithms(), *defaults.encryptionAlgorithm.value());
    fillChoices(m_auth, caps.authAlgorithms(), *defaults.authAlgorithm.value());
    fillChoices(m_pfs, caps.pfsGroups(), *defaults.pfs.value());
    if (first) {
        selectApi(m_encryption, EncryptionAlgorithm::Aes256);
        selectApi(m_auth, AuthAlgorithm::Sha256);
        selectApi(m_pfs, PfsGroup::Group14);
    }
    QList<std::pair<QString, QString>> existing;
    if (workspace()) {
        for (const IpsecPolicy &policy : workspace()->state().ipsecPolicies)
            existing.append({policy.id, policy.name});
    }
    fillExisting(existing);
    revalidate();
}

void IpsecPolicyPage::showResource(const IpsecPolicy &policy)
{
    m_name->setText(policy.name);
    m_description->setText(policy.description);
    selectValue(m_transform, policy.transformProtocol.api());
    selectValue(m_encapsulation, policy.encapsulationMode.api());
    selectValue(m_encryption, policy.encryptionAlgorithm.api());
    selectValue(m_auth, policy.authAlgorithm.api());
    selectValue(m_pfs, policy.pfs.api());
    m_lifetime->setValue(int(qBound(qint64(1), policy.lifetime.value, qint64(2147483647))));
}

IpsecPolicyDraft IpsecPolicyPage::draft() const
{
    IpsecPolicyDraft draft;
    draft.name = name();
    draft.description = optionalText(description());
    draft.transformProtocol = choiceOf<TransformProtocol>(m_transform);
    draft.encapsulationMode = choiceOf<EncapsulationMode>(m_encapsulation);
    draft.encryptionAlgorithm = choiceOf<EncryptionAlgorithm>(m_encryption);
    draft.authAlgorithm = choiceOf<AuthAlgorithm>(m_auth);
    draft.pfs = choiceOf<PfsGroup>(m_pfs);
    draft.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), lifetime()};
    return draft;
}

Problems IpsecPolicyPage::validateDraft() const
{
    if (usesExisting())
        return {};
    return validateRequest();
}

} // namespace vpnaas::ui
