// SPDX-License-Identifier: Apache-2.0
#include "sitetositewizard.h"

#include "clicommandbox.h"
#include "connectionpages.h"
#include "endpointgrouppage.h"
#include "policypages.h"
#include "resourcewizard.h"
#include "servicepage.h"

#include "browser/statusstyle.h"
#include "config/configview.h"
#include "workspace/clicommands.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
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

/*! The name of existing resource \a id, or its id. */
QString existingName(ResourceKind kind, const QString &id, const ServerState &state)
{
    const QString name = resourceDisplayName(kind, id, state);
    return name.isEmpty() ? id : name;
}

QString lifetimeText(const std::optional<LifetimeDraft> &lifetime)
{
    return lifetime && lifetime->value ? QCoreApplication::translate("SiteToSiteWizard", "%1 s").arg(*lifetime->value)
                                       : QString();
}

} // namespace

SummaryPage::SummaryPage(SiteToSiteWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
    , m_cli(new QPlainTextEdit(this))
    , m_previewSlot(new QWidget(this))
    , m_config(new ConfigView(this))
    , m_progress(new QLabel(this))
    , m_report(new QTextBrowser(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be created. Create sends it in this order; if a step fails, what this run "
                   "created is deleted again."));
    m_summary->setObjectName(u"summary"_s);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setMaximumHeight(150);
    m_cli->setObjectName(u"cli"_s);
    m_cli->setReadOnly(true);
    // Read-only, but reachable and scrollable with the keyboard (arrows, Page Up/Down, Ctrl+A, Ctrl+C).
    m_cli->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_cli->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("Cop&y Commands"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_cli->toPlainText()); });
    m_previewSlot->setObjectName(u"configPreviewSlot"_s);
    auto *previewLayout = new QVBoxLayout(m_previewSlot);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_config);

    auto *cliPage = new QWidget(this);
    auto *cliHeader = new QHBoxLayout;
    auto *cliLabel = new QLabel(tr("The same with the openstack CLI:"), cliPage);
    cliLabel->setBuddy(m_cli);
    cliHeader->addWidget(cliLabel, 1);
    cliHeader->addWidget(copy);
    auto *cliLayout = new QVBoxLayout(cliPage);
    cliLayout->setContentsMargins(0, 0, 0, 0);
    cliLayout->addLayout(cliHeader);
    cliLayout->addWidget(m_cli, 1);

    // What, how (CLI) and what it becomes on both gateways (the strongSwan files).
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"summaryTabs"_s);
    tabs->addTab(cliPage, tr("&OpenStack CLI"));
    tabs->addTab(m_previewSlot, tr("&strongSwan Configuration"));
    tabs->tabBar()->setAccessibleName(tr("Summary views"));
    // What Create does now, and what happened when it failed: in the page's own layout, so the
    // report has room, scrolls and can be selected and copied.
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();
    m_report->setObjectName(u"runReport"_s);
    m_report->setAccessibleName(tr("Report"));
    m_report->setOpenLinks(false);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_report->setFrameShape(QFrame::StyledPanel);
    m_report->setMinimumHeight(120);
    m_report->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 2);
    layout->addWidget(tabs, 1);
}

void SummaryPage::setProgress(const QString &text, bool isError)
{
    m_progress->setText(text);
    QPalette palette = m_progress->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? statusColor(u"ERROR"_s, palette) : QApplication::palette().color(QPalette::WindowText));
    m_progress->setPalette(palette);
    m_progress->setVisible(!text.isEmpty());
}

void SummaryPage::setReport(const QStringList &lines, bool failed)
{
    // While a report shows, the plan above it gives up its spare room.
    m_summary->setMaximumHeight(lines.isEmpty() ? 150 : 96);
    if (lines.isEmpty()) {
        m_report->clear();
        m_report->hide();
        return;
    }
    const QColor color = failed ? statusColor(u"ERROR"_s, palette()) : palette().color(QPalette::WindowText);
    QString html = u"<p style='color:%1'><b>%2</b></p>"_s.arg(color.name(), lines.first().toHtmlEscaped());
    if (lines.size() > 1) {
        html += u"<ul style='margin-left:-20px'>"_s;
        for (qsizetype i = 1; i < lines.size(); ++i)
            html += u"<li>%1</li>"_s.arg(lines[i].toHtmlEscaped());
        html += u"</ul>"_s;
    }
    m_report->setHtml(html);
    m_report->show();
}

QString SummaryPage::progressText() const
{
    return m_progress->isVisibleTo(this) ? m_progress->text() : QString();
}

QString SummaryPage::reportText() const
{
    return m_report->isVisibleTo(this) ? m_report->toPlainText() : QString();
}

void SummaryPage::initializePage()
{
    QString connectionId;
    if (const Workspace *workspace = m_wizard->workspace()) {
        m_config->setServerDialect(strongswan::dialectFor(workspace->capabilities()));
    }
    m_config->setState(m_wizard->plannedState(&connectionId));
    m_config->setTarget(ResourceKind::IpsecSiteConnection, connectionId);
    QString html = u"<ul style='margin-left:-20px'>"_s;
    for (const QString &line : m_wizard->summaryLines())
        html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    // What strongSwan will refuse, before anything is created (the lint errors of the preview).
    const QString errorColor = statusColor(u"ERROR"_s, palette()).name();
    for (const strongswan::Finding &finding : m_config->findings()) {
        if (finding.isError()) {
            html += u"<li style='color:%1'>%2</li>"_s.arg(
                errorColor, tr("This connection will not come up: %1").arg(finding.message).toHtmlEscaped());
        }
    }
    html += u"</ul>"_s;
    m_summary->setHtml(html);
    QStringList notes;
    const QStringList commands = m_wizard->cliCommands(&notes);
    m_cli->setPlainText(cli::script(commands, notes, cli::cliTarget(m_wizard->workspace())));
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
{
    setObjectName(u"wizard-site-to-site"_s);
    setWindowTitle(tr("New Site-to-Site VPN"));
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
    setButtonText(QWizard::FinishButton, tr("&Create"));
    resize(780, 680);
}

SiteToSiteWizard::~SiteToSiteWizard()
{
    // Destroyed without being closed (its parent went): the run must not be left creating.
    if (m_run && m_run->state() == SiteToSiteRun::State::Creating)
        m_run->cancel();
}

void SiteToSiteWizard::fillSampleInput()
{
    m_peer->setCidrs({u"198.51.100.0/24"_s});
    m_connection->setPeer(u"203.0.113.9"_s);
    m_connection->generateKey();
}

void SiteToSiteWizard::initializePage(int id)
{
    if (id == LocalGroupPage)
        m_local->setFixedRouter(m_service->routerId());
    QWizard::initializePage(id);
}

ServerState SiteToSiteWizard::plannedState(QString *connectionId) const
{
    return vpnaas::plannedState(m_workspace ? m_workspace->state() : ServerState{}, plan(), connectionId);
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
    return planCliCommands(plan(), m_workspace->state(), notes);
}

QStringList SiteToSiteWizard::summaryLines() const
{
    const ServerState &state = m_workspace->state();
    const SiteToSitePlan p = plan();
    QStringList lines;
    if (p.ikePolicy.isNew()) {
        const IkePolicyDraft &d = *p.ikePolicy.draft;
        lines.append(tr("New IKE policy “%1”: %2, %3, %4, IKE %5, %6 mode, lifetime %7")
                         .arg(d.name.value_or(QString()), d.encryptionAlgorithm->api(), d.authAlgorithm->api(),
                              d.pfs->api(), d.ikeVersion->api(), d.phase1NegotiationMode->api(),
                              lifetimeText(d.lifetime)));
    } else {
        lines.append(
            tr("Existing IKE policy “%1”").arg(existingName(ResourceKind::IkePolicy, p.ikePolicy.existingId, state)));
    }
    if (p.ipsecPolicy.isNew()) {
        const IpsecPolicyDraft &d = *p.ipsecPolicy.draft;
        lines.append(tr("New IPsec policy “%1”: %2 %3, %4, %5, %6, lifetime %7")
                         .arg(d.name.value_or(QString()), d.transformProtocol->api(), d.encapsulationMode->api(),
                              d.encryptionAlgorithm->api(), d.authAlgorithm->api(), d.pfs->api(),
                              lifetimeText(d.lifetime)));
    } else {
        lines.append(tr("Existing IPsec policy “%1”")
                         .arg(existingName(ResourceKind::IpsecPolicy, p.ipsecPolicy.existingId, state)));
    }
    if (p.vpnService.isNew()) {
        const VpnServiceDraft &d = *p.vpnService.draft;
        const Router *router = state.router(d.routerId.value_or(QString()));
        lines.append(tr("New VPN service “%1” on router %2 (gateway %3)")
                         .arg(d.name.value_or(QString()), router ? router->name : d.routerId.value_or(QString()),
                              router ? router->gatewayIp(4) : QString()));
    } else {
        lines.append(tr("Existing VPN service “%1”")
                         .arg(existingName(ResourceKind::VpnService, p.vpnService.existingId, state)));
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
                             .arg(existingName(ResourceKind::EndpointGroup, part->existingId, state)));
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
    const QString report = m_summary->reportText();
    return report.isEmpty() ? m_summary->progressText() : report;
}

void SiteToSiteWizard::setBusy(bool busy)
{
    // Cancel stays: closing while Create runs means "stop and undo" (reject()).
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::FinishButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy);
    }
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setText(busy ? tr("Stop and undo") : tr("Cancel"));
}

void SiteToSiteWizard::reject()
{
    if (m_run && m_run->state() == SiteToSiteRun::State::Creating) {
        m_run->cancel();
    }
    QWizard::reject();
}

void SiteToSiteWizard::accept()
{
    if (m_run || !m_workspace || !m_workspace->isConnected())
        return;
    QObject *owner = m_runOwner ? m_runOwner.data() : static_cast<QObject *>(m_workspace.data());
    auto *run = new SiteToSiteRun(m_workspace, plan(), owner);
    m_run = run;
    connect(run, &SiteToSiteRun::finished, run, &QObject::deleteLater);
    setBusy(true);
    m_summary->setReport({}, false);
    connect(run, &SiteToSiteRun::progress, this, [this](int step, int total, const QString &description) {
        m_summary->setProgress(tr("%1 (%2 of %3)…").arg(description).arg(step).arg(total), false);
    });
    connect(run, &SiteToSiteRun::rollingBack, this,
            [this](const QString &description) { m_summary->setProgress(tr("Undoing: %1…").arg(description), true); });
    connect(run, &SiteToSiteRun::finished, this, [this, run](bool ok) {
        m_run = nullptr;
        setBusy(false);
        m_summary->setProgress({}, false);
        if (ok) {
            m_connectionId = run->connectionId();
            Q_EMIT created(m_connectionId);
            QWizard::accept();
            return;
        }
        const QString report = run->report();
        m_summary->setReport(run->reportLines(), true);
        Q_EMIT submitFailed(report);
    });
    Q_EMIT runStarted(run);
    run->start();
}

} // namespace vpnaas::ui
