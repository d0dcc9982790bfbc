// SPDX-License-Identifier: Apache-2.0
#include "servicepage.h"

#include "neworexisting.h"

#include "workspace/workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

VpnServicePage::VpnServicePage(Workspace *workspace, QWidget *parent)
    : ResourcePage(workspace, parent)
    , m_choice(new NewOrExisting(this))
    , m_formWidget(new QWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_router(new QComboBox(this))
    , m_subnet(new QComboBox(this))
    , m_adminUp(new QCheckBox(tr("&Administratively up"), this))
{
    setTitle(tr("VPN Service"));
    setSubTitle(tr("The router that terminates the tunnels. Its external gateway IP is this side's VPN address."));

    m_adminUp->setChecked(true);
    m_name->setPlaceholderText(tr("Optional, e.g. vpn"));
    auto *form = m_form = new QFormLayout(m_formWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, u"name"_s, tr("Na&me:"), m_name);
    addField(form, u"description"_s, tr("&Description:"), m_description);
    addField(form, u"router_id"_s, tr("&Router:"), m_router);
    addField(form, u"subnet_id"_s, tr("Local &subnet (legacy):"), m_subnet,
             tr("Leave at “none” and use endpoint groups: a subnet here makes a legacy service whose "
                "connections take peer CIDRs."));
    addField(form, u"admin_state_up"_s, QString(), m_adminUp);
    connect(m_router, &QComboBox::currentIndexChanged, this, &VpnServicePage::fillSubnets);

    layOutNewOrExisting(m_choice, m_formWidget);
    initializePage();
}

void VpnServicePage::initializePage()
{
    const QString currentRouter = m_router->currentData().toString();
    QList<std::pair<QString, QString>> existing;
    {
        const QSignalBlocker blockRouter(m_router);
        m_router->clear();
        if (workspace()) {
            const ServerState &state = workspace()->state();
            for (const Router &router : state.routers) {
                const QString name = router.name.isEmpty() ? router.id : router.name;
                const QString gateway = router.gatewayIp(4).isEmpty() ? router.gatewayIp(6) : router.gatewayIp(4);
                m_router->addItem(gateway.isEmpty() ? tr("%1 — no external gateway").arg(name)
                                                    : tr("%1 — gateway %2").arg(name, gateway),
                                  router.id);
            }
            for (const VpnService &service : state.vpnServices) {
                const Router *router = state.router(service.routerId);
                existing.append({service.id,
                                 tr("%1 (router %2)")
                                     .arg(service.name.isEmpty() ? service.id : service.name,
                                          router ? router->name : service.routerId)});
            }
        }
        // Prefer a router with a gateway and no service yet.
        int preferred = m_router->findData(currentRouter);
        if (preferred < 0 && workspace()) {
            const ServerState &state = workspace()->state();
            for (int i = 0; i < m_router->count() && preferred < 0; ++i) {
                const Router *router = state.router(m_router->itemData(i).toString());
                const bool hasService = std::any_of(state.vpnServices.cbegin(), state.vpnServices.cend(),
                                                    [&](const VpnService &s) { return s.routerId == router->id; });
                if (router->hasGateway() && !hasService)
                    preferred = i;
            }
        }
        m_router->setCurrentIndex(preferred >= 0 ? preferred : 0);
    }
    m_choice->setItems(existing);
    fillSubnets();
}

void VpnServicePage::fillSubnets()
{
    const QString current = m_subnet->currentData().toString();
    {
        const QSignalBlocker blocker(m_subnet);
        m_subnet->clear();
        m_subnet->addItem(tr("none — use endpoint groups (recommended)"), QString());
        if (workspace()) {
            const ServerState &state = workspace()->state();
            if (const Router *router = state.router(m_router->currentData().toString())) {
                for (const RouterInterface &interface : router->interfaces) {
                    const Subnet *subnet = state.subnet(interface.subnetId);
                    const QString text = subnet
                        ? (subnet->name.isEmpty() ? subnet->cidr : u"%1 (%2)"_s.arg(subnet->name, subnet->cidr))
                        : interface.subnetId;
                    m_subnet->addItem(text, interface.subnetId);
                }
            }
        }
        const int index = m_subnet->findData(current);
        m_subnet->setCurrentIndex(index >= 0 ? index : 0);
    }
    revalidate();
}

QString VpnServicePage::routerId() const
{
    if (usesExisting() && workspace()) {
        const VpnService *service = workspace()->state().vpnService(existingId());
        return service ? service->routerId : QString();
    }
    return m_router->currentData().toString();
}

void VpnServicePage::setName(const QString &name)
{
    m_name->setText(name);
}

void VpnServicePage::setLegacySubnetOffered(bool offered)
{
    m_form->setRowVisible(3, offered);
    if (!offered)
        m_subnet->setCurrentIndex(0);
}

void VpnServicePage::showResource(const VpnService &service)
{
    m_name->setText(service.name);
    m_description->setText(service.description);
    selectValue(m_router, service.routerId);
    fillSubnets();
    selectValue(m_subnet, service.subnetId);
    m_router->setEnabled(false);
    m_subnet->setEnabled(false);
    m_adminUp->setChecked(service.adminStateUp);
}

VpnServiceDraft VpnServicePage::draft() const
{
    VpnServiceDraft draft;
    draft.name = m_name->text().trimmed();
    draft.description = optionalText(m_description->text());
    if (m_router->currentIndex() >= 0)
        draft.routerId = m_router->currentData().toString();
    const QString subnet = m_subnet->currentData().toString();
    if (!subnet.isEmpty())
        draft.subnetId = subnet;
    draft.adminStateUp = m_adminUp->isChecked();
    return draft;
}

Problems VpnServicePage::validateDraft() const
{
    if (usesExisting())
        return {};
    Problems problems = validateRequest();
    if (m_router->count() == 0)
        problems.append({u"router_id"_s,
                         tr("This project has no router. Create a router with an external gateway first."),
                         Problem::Severity::Error,
                         {},
                         {},
                         400,
                         false});
    return problems;
}

} // namespace vpnaas::ui
