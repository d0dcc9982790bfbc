// SPDX-License-Identifier: Apache-2.0
#include "endpointgrouppage.h"

#include "neworexisting.h"

#include "workspace/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

EndpointGroupPage::EndpointGroupPage(Workspace *workspace, QWidget *parent)
    : ResourcePage(workspace, parent)
    , m_choice(new NewOrExisting(this))
    , m_formWidget(new QWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_endpointsStack(new QStackedWidget(this))
    , m_router(new QComboBox(this))
    , m_subnets(new QListWidget(this))
    , m_cidrs(new QPlainTextEdit(this))
{
    setTitle(tr("Endpoint Group"));
    setSubTitle(tr("The networks on one side of a tunnel: local subnets of a router, or the peer's CIDRs."));

    m_type->addItem(tr("subnet — local subnets behind a router"), apiName(EndpointGroupType::Subnet));
    m_type->addItem(tr("cidr — the peer's networks"), apiName(EndpointGroupType::Cidr));
    m_name->setPlaceholderText(tr("Optional, e.g. ep_subnet"));

    auto *subnetSide = new QWidget(this);
    auto *subnetLayout = new QVBoxLayout(subnetSide);
    subnetLayout->setContentsMargins(0, 0, 0, 0);
    m_router->setObjectName(u"router"_s);
    subnetLayout->addWidget(m_router);
    subnetLayout->addWidget(m_subnets);
    m_subnets->setMaximumHeight(140);
    m_cidrs->setPlaceholderText(tr("One CIDR per line, e.g.\n192.168.1.0/24"));
    m_cidrs->setMaximumHeight(120);
    m_cidrs->setTabChangesFocus(true);
    m_endpointsStack->addWidget(subnetSide);
    m_endpointsStack->addWidget(m_cidrs);

    auto *form = new QFormLayout(m_formWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, u"name"_s, tr("Na&me:"), m_name);
    addField(form, u"description"_s, tr("&Description:"), m_description);
    addField(form, u"type"_s, tr("&Type:"), m_type);
    QLabel *endpointsLabel = addField(form, u"endpoints"_s, tr("&Endpoints:"), m_endpointsStack);
    m_subnets->setAccessibleName(tr("Subnets"));
    m_cidrs->setAccessibleName(accessibleLabelText(endpointsLabel->text()));
    watch(m_subnets);
    watch(m_cidrs);
    m_subnets->setObjectName(u"subnets"_s);
    m_cidrs->setObjectName(u"cidrs"_s);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, endpointsLabel] {
        m_endpointsStack->setCurrentIndex(type() == EndpointGroupType::Subnet ? 0 : 1);
        // The label's mnemonic goes to what the stack shows now.
        endpointsLabel->setBuddy(focusTarget(m_endpointsStack));
        fillExisting();
        revalidate();
    });
    connect(m_router, &QComboBox::currentIndexChanged, this, &EndpointGroupPage::fillSubnets);

    layOutNewOrExisting(m_choice, m_formWidget);
    initializePage();
}

void EndpointGroupPage::initializePage()
{
    fillRouters();
    fillExisting();
}

void EndpointGroupPage::fillRouters()
{
    const QString current = m_fixedRouter.isEmpty() ? m_router->currentData().toString() : m_fixedRouter;
    {
        const QSignalBlocker blocker(m_router);
        m_router->clear();
        if (workspace()) {
            for (const Router &router : workspace()->state().routers) {
                if (!m_fixedRouter.isEmpty() && router.id != m_fixedRouter)
                    continue;
                m_router->addItem(
                    tr("Subnets attached to router %1").arg(router.name.isEmpty() ? router.id : router.name),
                    router.id);
            }
        }
        const int index = m_router->findData(current);
        m_router->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_router->setEnabled(m_fixedRouter.isEmpty());
    fillSubnets();
}

void EndpointGroupPage::fillSubnets()
{
    QSet<QString> checked;
    for (int i = 0; i < m_subnets->count(); ++i) {
        if (m_subnets->item(i)->checkState() == Qt::Checked)
            checked.insert(m_subnets->item(i)->data(Qt::UserRole).toString());
    }
    {
        const QSignalBlocker blocker(m_subnets);
        m_subnets->clear();
        if (workspace()) {
            const ServerState &state = workspace()->state();
            if (const Router *router = state.router(m_router->currentData().toString())) {
                for (const RouterInterface &interface : router->interfaces) {
                    const Subnet *subnet = state.subnet(interface.subnetId);
                    auto *item = new QListWidgetItem(
                        subnet ? (subnet->name.isEmpty() ? subnet->cidr : u"%1 — %2"_s.arg(subnet->name, subnet->cidr))
                               : interface.subnetId,
                        m_subnets);
                    item->setData(Qt::UserRole, interface.subnetId);
                    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                    // One interface is the common case: pick it.
                    item->setCheckState(checked.contains(interface.subnetId) || router->interfaces.size() == 1
                                            ? Qt::Checked
                                            : Qt::Unchecked);
                }
            }
        }
    }
    revalidate();
}

void EndpointGroupPage::fillExisting()
{
    QList<std::pair<QString, QString>> existing;
    if (workspace()) {
        const ServerState &state = workspace()->state();
        for (const EndpointGroup &group : state.endpointGroups) {
            if (group.type.api() != apiName(type()))
                continue;
            // A subnet group's endpoints are subnet ids: show what the user knows them by.
            QStringList endpoints;
            for (const QString &endpoint : group.endpoints) {
                const Subnet *subnet = group.type == EndpointGroupType::Subnet ? state.subnet(endpoint) : nullptr;
                endpoints.append(!subnet                      ? endpoint
                                     : subnet->name.isEmpty() ? subnet->cidr
                                                              : u"%1 %2"_s.arg(subnet->name, subnet->cidr));
            }
            existing.append(
                {group.id, u"%1 (%2)"_s.arg(group.name.isEmpty() ? group.id : group.name, endpoints.join(u", "_s))});
        }
    }
    m_choice->setItems(existing);
}

void EndpointGroupPage::setFixedType(EndpointGroupType type)
{
    m_type->setCurrentIndex(m_type->findData(apiName(type)));
    m_type->setEnabled(false);
    m_typeFixed = true;
    setTitle(type == EndpointGroupType::Subnet ? tr("Local Endpoint Group") : tr("Peer Endpoint Group"));
    setSubTitle(type == EndpointGroupType::Subnet ? tr("The subnets on this side that the tunnel connects.")
                                                  : tr("The networks behind the peer gateway, as CIDRs."));
}

void EndpointGroupPage::setFixedRouter(const QString &routerId)
{
    m_fixedRouter = routerId;
    fillRouters();
}

void EndpointGroupPage::setName(const QString &name)
{
    m_name->setText(name);
}

void EndpointGroupPage::setCidrs(const QStringList &cidrs)
{
    m_cidrs->setPlainText(cidrs.join(u'\n'));
}

EndpointGroupType EndpointGroupPage::type() const
{
    return fromApiName<EndpointGroupType>(m_type->currentData().toString()).value_or(EndpointGroupType::Subnet);
}

void EndpointGroupPage::showResource(const EndpointGroup &group)
{
    m_name->setText(group.name);
    m_description->setText(group.description);
    selectValue(m_type, group.type.api());
    m_type->setEnabled(false);
    if (group.type == EndpointGroupType::Cidr) {
        m_cidrs->setPlainText(group.endpoints.join(u'\n'));
    } else {
        for (int i = 0; i < m_subnets->count(); ++i) {
            QListWidgetItem *item = m_subnets->item(i);
            item->setCheckState(group.endpoints.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
        }
    }
    m_endpointsStack->setEnabled(false);
}

EndpointGroupDraft EndpointGroupPage::draft() const
{
    EndpointGroupDraft draft;
    draft.name = m_name->text().trimmed();
    draft.description = optionalText(m_description->text());
    draft.type = Choice<EndpointGroupType>(type());
    QStringList endpoints;
    if (type() == EndpointGroupType::Subnet) {
        for (int i = 0; i < m_subnets->count(); ++i) {
            if (m_subnets->item(i)->checkState() == Qt::Checked)
                endpoints.append(m_subnets->item(i)->data(Qt::UserRole).toString());
        }
    } else {
        static const QRegularExpression separators(u"[\\s,;]+"_s);
        endpoints = m_cidrs->toPlainText().split(separators, Qt::SkipEmptyParts);
    }
    draft.endpoints = endpoints;
    return draft;
}

Problems EndpointGroupPage::validateDraft() const
{
    if (usesExisting())
        return {};
    Problems problems = validateRequest();
    if (type() == EndpointGroupType::Subnet && m_subnets->count() == 0) {
        for (Problem &problem : problems) {
            if (problem.field == u"endpoints")
                problem.message = tr("The router has no subnet attached. Attach one (router interface) first.");
        }
    }
    return problems;
}

} // namespace vpnaas::ui
