// SPDX-License-Identifier: Apache-2.0
#include "sitetositewizard.h"

#include "connectionpages.h"
#include "endpointgrouppage.h"
#include "policypages.h"
#include "resourcewizard.h"
#include "servicepage.h"

#include "config/configview.h"
#include "workspace/clicommands.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

template<typename T>
QStringList namesOf(const QList<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names.append(item.name);
    return names;
}

/*! \a base, or base-2, base-3, … whichever is not taken yet. */
QString freeName(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = u"%1-%2"_s.arg(base).arg(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

/*! How the CLI should name an existing resource: its name when unique in the project, else its id. */
template<typename T>
QString cliReference(const QList<T> &items, const QString &id)
{
    QString name;
    int sameName = 0;
    for (const T &item : items) {
        if (item.id == id)
            name = item.name;
    }
    if (name.isEmpty())
        return id;
    for (const T &item : items)
        sameName += item.name == name ? 1 : 0;
    return sameName == 1 ? name : id;
}

template<typename T>
QString existingName(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return item.name.isEmpty() ? item.id : item.name;
    }
    return id;
}

QString lifetimeText(const std::optional<LifetimeDraft> &lifetime)
{
    return lifetime && lifetime->value ? QCoreApplication::translate("SiteToSiteWizard", "%1 s").arg(*lifetime->value) : QString();
}

} // namespace

SummaryPage::SummaryPage(SiteToSiteWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
    , m_cli(new QPlainTextEdit(this))
    , m_previewSlot(new QWidget(this))
    , m_config(new ConfigView(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be created. Create sends it in this order; if a step fails, what this run "
                   "created is deleted again."));
    m_summary->setObjectName(u"summary"_s);
    m_summary->setMaximumHeight(150);
    m_cli->setObjectName(u"cli"_s);
    m_cli->setReadOnly(true);
    m_cli->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("Copy commands"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_cli->toPlainText()); });
    m_previewSlot->setObjectName(u"configPreviewSlot"_s);
    auto *previewLayout = new QVBoxLayout(m_previewSlot);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_config);

    auto *cliPage = new QWidget(this);
    auto *cliHeader = new QHBoxLayout;
    cliHeader->addWidget(new QLabel(tr("The same with the openstack CLI:"), cliPage), 1);
    cliHeader->addWidget(copy);
    auto *cliLayout = new QVBoxLayout(cliPage);
    cliLayout->setContentsMargins(0, 0, 0, 0);
    cliLayout->addLayout(cliHeader);
    cliLayout->addWidget(m_cli, 1);

    // What, how (CLI) and what it becomes on both gateways (the strongSwan files).
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"summaryTabs"_s);
    tabs->addTab(cliPage, tr("openstack CLI"));
    tabs->addTab(m_previewSlot, tr("strongSwan configuration"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
}

void SummaryPage::initializePage()
{
    QString connectionId;
    m_config->setState(m_wizard->plannedState(&connectionId));
    m_config->setTarget(ResourceKind::IpsecSiteConnection, connectionId);
    QString html = u"<ul style='margin-left:-20px'>"_s;
    for (const QString &line : m_wizard->summaryLines())
        html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    html += u"</ul>"_s;
    m_summary->setHtml(html);
    QStringList notes;
    QStringList commands = m_wizard->cliCommands(&notes);
    for (QString &command : commands)
        command = cli::wrapped(command);
    for (const QString &note : std::as_const(notes))
        commands.prepend(u"# "_s + note);
    m_cli->setPlainText(commands.join(u"\n\n"_s));
}

QString SummaryPage::summaryText() const
{
    return m_summary->toPlainText();
}

QString SummaryPage::cliText() const
{
    return m_cli->toPlainText();
}

SiteToSiteWizard::SiteToSiteWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_ike(new IkePolicyPage(workspace, this))
    , m_ipsec(new IpsecPolicyPage(workspace, this))
    , m_service(new VpnServicePage(workspace, this))
    , m_local(new EndpointGroupPage(workspace, this))
    , m_peer(new EndpointGroupPage(workspace, this))
    , m_connection(new ConnectionPage(workspace, this))
    , m_options(new ConnectionOptionsPage(workspace, m_connection, this))
    , m_summary(new SummaryPage(this))
    , m_status(nullptr)
{
    setObjectName(u"wizard-site-to-site"_s);
    setWindowTitle(tr("New site-to-site VPN"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    const ServerState &state = workspace->state();
    m_ike->setAllowExisting(true);
    m_ike->setName(freeName(u"ikepolicy"_s, namesOf(state.ikePolicies)));
    m_ipsec->setAllowExisting(true);
    m_ipsec->setName(freeName(u"ipsecpolicy"_s, namesOf(state.ipsecPolicies)));
    m_service->setAllowExisting(true);
    m_service->setLegacySubnetOffered(false);
    m_service->setName(freeName(u"vpn"_s, namesOf(state.vpnServices)));
    m_local->setFixedType(EndpointGroupType::Subnet);
    m_local->setAllowExisting(true);
    m_local->setName(freeName(u"ep_subnet"_s, namesOf(state.endpointGroups)));
    m_peer->setFixedType(EndpointGroupType::Cidr);
    m_peer->setAllowExisting(true);
    m_peer->setName(freeName(u"ep_cidr"_s, namesOf(state.endpointGroups)));
    m_connection->setReferencesProvided(true);
    m_connection->setOptionsPage(m_options);
    m_connection->setName(freeName(u"conn"_s, namesOf(state.connections)));

    setPage(IkePage, m_ike);
    setPage(IpsecPage, m_ipsec);
    setPage(ServicePage, m_service);
    setPage(LocalGroupPage, m_local);
    setPage(PeerGroupPage, m_peer);
    setPage(ConnectionPageId, m_connection);
    setPage(OptionsPage, m_options);
    setPage(SummaryPageId, m_summary);
    setButtonText(QWizard::FinishButton, tr("Create"));
    m_status = addWizardStatusLine(this);
    resize(780, 680);
}

SiteToSiteWizard::~SiteToSiteWizard() = default;

void SiteToSiteWizard::initializePage(int id)
{
    if (id == LocalGroupPage)
        m_local->setFixedRouter(m_service->routerId());
    QWizard::initializePage(id);
}

ServerState SiteToSiteWizard::plannedState(QString *connectionId) const
{
    // The project as it will be after Create: what exists plus the planned resources under
    // placeholder ids, so the renderers can show the files both gateways will run.
    ServerState state = m_workspace ? m_workspace->state() : ServerState{};
    const SiteToSitePlan p = plan();
    const auto planned = [](const char *kind) { return u"planned-%1"_s.arg(QLatin1StringView(kind)); };
    QString ike = p.ikePolicy.existingId, ipsec = p.ipsecPolicy.existingId, service = p.vpnService.existingId,
            local = p.localGroup.existingId, peer = p.peerGroup.existingId;
    if (p.ikePolicy.isNew()) {
        const IkePolicyDraft &d = *p.ikePolicy.draft;
        IkePolicy policy;
        policy.id = ike = planned("ikepolicy");
        policy.name = d.name.value_or(QString());
        policy.authAlgorithm = d.authAlgorithm.value_or(policy.authAlgorithm);
        policy.encryptionAlgorithm = d.encryptionAlgorithm.value_or(policy.encryptionAlgorithm);
        policy.phase1NegotiationMode = d.phase1NegotiationMode.value_or(policy.phase1NegotiationMode);
        policy.ikeVersion = d.ikeVersion.value_or(policy.ikeVersion);
        policy.pfs = d.pfs.value_or(policy.pfs);
        if (d.lifetime && d.lifetime->value)
            policy.lifetime.value = *d.lifetime->value;
        state.ikePolicies.append(policy);
    }
    if (p.ipsecPolicy.isNew()) {
        const IpsecPolicyDraft &d = *p.ipsecPolicy.draft;
        IpsecPolicy policy;
        policy.id = ipsec = planned("ipsecpolicy");
        policy.name = d.name.value_or(QString());
        policy.transformProtocol = d.transformProtocol.value_or(policy.transformProtocol);
        policy.encapsulationMode = d.encapsulationMode.value_or(policy.encapsulationMode);
        policy.authAlgorithm = d.authAlgorithm.value_or(policy.authAlgorithm);
        policy.encryptionAlgorithm = d.encryptionAlgorithm.value_or(policy.encryptionAlgorithm);
        policy.pfs = d.pfs.value_or(policy.pfs);
        if (d.lifetime && d.lifetime->value)
            policy.lifetime.value = *d.lifetime->value;
        state.ipsecPolicies.append(policy);
    }
    if (p.vpnService.isNew()) {
        const VpnServiceDraft &d = *p.vpnService.draft;
        VpnService s;
        s.id = service = planned("vpnservice");
        s.name = d.name.value_or(QString());
        s.routerId = d.routerId.value_or(QString());
        s.subnetId = d.subnetId.value_or(QString());
        s.adminStateUp = d.adminStateUp.value_or(true);
        if (const Router *router = state.router(s.routerId)) {
            s.externalV4Ip = router->gatewayIp(4); // what the server snapshots at create time
            s.externalV6Ip = router->gatewayIp(6);
        }
        state.vpnServices.append(s);
    }
    for (auto [part, id, kind] : {std::tuple{&p.localGroup, &local, "local-group"}, std::tuple{&p.peerGroup, &peer, "peer-group"}}) {
        if (!part->isNew())
            continue;
        EndpointGroup group;
        group.id = *id = planned(kind);
        group.name = part->draft->name.value_or(QString());
        group.type = part->draft->type.value_or(group.type);
        group.endpoints = part->draft->endpoints.value_or(QStringList());
        state.endpointGroups.append(group);
    }
    const IpsecSiteConnectionDraft &d = p.connection;
    IpsecSiteConnection c;
    c.id = planned("connection");
    c.name = d.name.value_or(QString());
    c.peerAddress = d.peerAddress.value_or(QString());
    c.peerId = d.peerId.value_or(QString());
    c.localId = d.localId.value_or(QString());
    c.psk = d.psk.value_or(Secret());
    c.mtu = d.mtu.value_or(c.mtu);
    c.initiator = d.initiator.value_or(c.initiator);
    if (d.dpd) {
        c.dpd.action = d.dpd->action.value_or(c.dpd.action);
        c.dpd.interval = d.dpd->interval.value_or(c.dpd.interval);
        c.dpd.timeout = d.dpd->timeout.value_or(c.dpd.timeout);
    }
    c.adminStateUp = d.adminStateUp.value_or(true);
    c.vpnserviceId = service;
    c.ikepolicyId = ike;
    c.ipsecpolicyId = ipsec;
    c.localEpGroupId = local;
    c.peerEpGroupId = peer;
    state.connections.append(c);
    if (connectionId)
        *connectionId = c.id;
    return state;
}

SiteToSitePlan SiteToSiteWizard::plan() const
{
    SiteToSitePlan plan;
    if (m_ike->usesExisting())
        plan.ikePolicy.existingId = m_ike->existingId();
    else
        plan.ikePolicy.draft = m_ike->draft();
    if (m_ipsec->usesExisting())
        plan.ipsecPolicy.existingId = m_ipsec->existingId();
    else
        plan.ipsecPolicy.draft = m_ipsec->draft();
    if (m_service->usesExisting())
        plan.vpnService.existingId = m_service->existingId();
    else
        plan.vpnService.draft = m_service->draft();
    if (m_local->usesExisting())
        plan.localGroup.existingId = m_local->existingId();
    else
        plan.localGroup.draft = m_local->draft();
    if (m_peer->usesExisting())
        plan.peerGroup.existingId = m_peer->existingId();
    else
        plan.peerGroup.draft = m_peer->draft();
    plan.connection = m_connection->draft();
    return plan;
}

QStringList SiteToSiteWizard::cliCommands(QStringList *notes) const
{
    const ServerState &state = m_workspace->state();
    const SiteToSitePlan p = plan();
    QStringList commands;
    cli::ConnectionReferences refs;
    if (p.ikePolicy.isNew()) {
        commands.append(cli::createIkePolicy(*p.ikePolicy.draft, notes));
        refs.ikepolicy = p.ikePolicy.draft->name.value_or(QString());
    } else {
        refs.ikepolicy = cliReference(state.ikePolicies, p.ikePolicy.existingId);
    }
    if (p.ipsecPolicy.isNew()) {
        commands.append(cli::createIpsecPolicy(*p.ipsecPolicy.draft, notes));
        refs.ipsecpolicy = p.ipsecPolicy.draft->name.value_or(QString());
    } else {
        refs.ipsecpolicy = cliReference(state.ipsecPolicies, p.ipsecPolicy.existingId);
    }
    if (p.vpnService.isNew()) {
        commands.append(cli::createVpnService(*p.vpnService.draft,
                                              cliReference(state.routers, p.vpnService.draft->routerId.value_or(QString()))));
        refs.vpnservice = p.vpnService.draft->name.value_or(QString());
    } else {
        refs.vpnservice = cliReference(state.vpnServices, p.vpnService.existingId);
    }
    if (p.localGroup.isNew()) {
        QStringList subnets;
        for (const QString &id : p.localGroup.draft->endpoints.value_or(QStringList()))
            subnets.append(cliReference(state.subnets, id));
        commands.append(cli::createEndpointGroup(*p.localGroup.draft, subnets));
        refs.localEndpointGroup = p.localGroup.draft->name.value_or(QString());
    } else {
        refs.localEndpointGroup = cliReference(state.endpointGroups, p.localGroup.existingId);
    }
    if (p.peerGroup.isNew()) {
        commands.append(cli::createEndpointGroup(*p.peerGroup.draft, p.peerGroup.draft->endpoints.value_or(QStringList())));
        refs.peerEndpointGroup = p.peerGroup.draft->name.value_or(QString());
    } else {
        refs.peerEndpointGroup = cliReference(state.endpointGroups, p.peerGroup.existingId);
    }
    commands.append(cli::pskPrompt());
    commands.append(cli::createConnection(p.connection, refs, notes));
    return commands;
}

QStringList SiteToSiteWizard::summaryLines() const
{
    const ServerState &state = m_workspace->state();
    const SiteToSitePlan p = plan();
    QStringList lines;
    if (p.ikePolicy.isNew()) {
        const IkePolicyDraft &d = *p.ikePolicy.draft;
        lines.append(tr("New IKE policy “%1”: %2, %3, %4, IKE %5, %6 mode, lifetime %7")
                         .arg(d.name.value_or(QString()), d.encryptionAlgorithm->api(), d.authAlgorithm->api(), d.pfs->api(),
                              d.ikeVersion->api(), d.phase1NegotiationMode->api(), lifetimeText(d.lifetime)));
    } else {
        lines.append(tr("Existing IKE policy “%1”").arg(existingName(state.ikePolicies, p.ikePolicy.existingId)));
    }
    if (p.ipsecPolicy.isNew()) {
        const IpsecPolicyDraft &d = *p.ipsecPolicy.draft;
        lines.append(tr("New IPsec policy “%1”: %2 %3, %4, %5, %6, lifetime %7")
                         .arg(d.name.value_or(QString()), d.transformProtocol->api(), d.encapsulationMode->api(),
                              d.encryptionAlgorithm->api(), d.authAlgorithm->api(), d.pfs->api(), lifetimeText(d.lifetime)));
    } else {
        lines.append(tr("Existing IPsec policy “%1”").arg(existingName(state.ipsecPolicies, p.ipsecPolicy.existingId)));
    }
    if (p.vpnService.isNew()) {
        const VpnServiceDraft &d = *p.vpnService.draft;
        const Router *router = state.router(d.routerId.value_or(QString()));
        lines.append(tr("New VPN service “%1” on router %2 (gateway %3)")
                         .arg(d.name.value_or(QString()), router ? router->name : d.routerId.value_or(QString()),
                              router ? router->gatewayIp(4) : QString()));
    } else {
        lines.append(tr("Existing VPN service “%1”").arg(existingName(state.vpnServices, p.vpnService.existingId)));
    }
    for (const auto *part : {&p.localGroup, &p.peerGroup}) {
        const bool local = part == &p.localGroup;
        if (part->isNew()) {
            QStringList endpoints;
            for (const QString &endpoint : part->draft->endpoints.value_or(QStringList())) {
                const Subnet *subnet = state.subnet(endpoint);
                endpoints.append(subnet ? subnet->cidr : endpoint);
            }
            lines.append((local ? tr("New local endpoint group “%1”: %2") : tr("New peer endpoint group “%1”: %2"))
                             .arg(part->draft->name.value_or(QString()), endpoints.join(u", "_s)));
        } else {
            lines.append((local ? tr("Existing local endpoint group “%1”") : tr("Existing peer endpoint group “%1”"))
                             .arg(existingName(state.endpointGroups, part->existingId)));
        }
    }
    const IpsecSiteConnectionDraft &c = p.connection;
    lines.append(tr("New IPsec site connection “%1” to peer %2 (ID %3), pre-shared key set, DPD %4, MTU %5")
                     .arg(c.name.value_or(QString()), c.peerAddress.value_or(QString()), c.peerId.value_or(QString()),
                          c.dpd && c.dpd->action ? c.dpd->action->api() : QString())
                     .arg(c.mtu.value_or(1500)));
    return lines;
}

QString SiteToSiteWizard::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void SiteToSiteWizard::setBusy(bool busy)
{
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy);
    }
}

void SiteToSiteWizard::accept()
{
    if (m_run || !m_workspace || !m_workspace->isConnected())
        return;
    m_run = new SiteToSiteRun(m_workspace, plan(), this);
    setBusy(true);
    connect(m_run, &SiteToSiteRun::progress, this, [this](int step, int total, const QString &description) {
        showWizardStatus(m_status, tr("%1 (%2 of %3)…").arg(description).arg(step).arg(total), false);
    });
    connect(m_run, &SiteToSiteRun::rollingBack, this, [this](const QString &description) {
        showWizardStatus(m_status, tr("A step failed; undoing: %1…").arg(description), true);
    });
    connect(m_run, &SiteToSiteRun::finished, this, [this](bool ok) {
        SiteToSiteRun *run = m_run;
        m_run = nullptr;
        run->deleteLater();
        setBusy(false);
        if (ok) {
            m_connectionId = run->connectionId();
            showWizardStatus(m_status, {}, false);
            Q_EMIT created(m_connectionId);
            QWizard::accept();
            return;
        }
        const QString report = run->report();
        showWizardStatus(m_status, report, true);
        Q_EMIT submitFailed(report);
    });
    m_run->start();
}

} // namespace vpnaas::ui
