// SPDX-License-Identifier: Apache-2.0
#include "resourcewizard.h"

#include "clicommandbox.h"
#include "connectionpages.h"
#include "endpointgrouppage.h"
#include "policypages.h"
#include "resourcepages.h"
#include "servicepage.h"

#include "browser/statusstyle.h"

#include "openstack/job.h"
#include "strongswan/strongswanlint.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

namespace {
/*!
 * Adds \a widget at the end of \a page's own layout, after its fields: QWizard's layout is a
 * grid whose cell (0, 0) a widget added to it lands in, over the header (as the guided wizard's
 * report once did).
 */
void addBelowFields(QWizardPage *page, QWidget *widget, int stretch = 0)
{
    if (!page->layout())
        new QVBoxLayout(page);
    if (auto *box = qobject_cast<QBoxLayout *>(page->layout())) {
        // A widget that grows takes the room a trailing stretch kept below the fields.
        if (stretch > 0 && box->count() > 0 && box->itemAt(box->count() - 1)->spacerItem())
            delete box->takeAt(box->count() - 1);
        box->addWidget(widget, stretch);
    } else if (auto *form = qobject_cast<QFormLayout *>(page->layout()))
        form->addRow(widget);
    else
        Q_ASSERT_X(false, "addBelowFields", "a page laid out by a box or form layout");
}
} // namespace

QLabel *addWizardStatusLine(QWizardPage *page)
{
    auto *label = new QLabel(page);
    label->setObjectName(u"wizardStatus"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    addBelowFields(page, label);
    return label;
}

void showWizardStatus(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? statusColor(u"ERROR"_s, palette) : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

ResourceWizard::ResourceWizard(ResourceKind kind, Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_kind(kind)
    , m_workspace(workspace)
{
    setObjectName(u"wizard-"_s + resourceSlug(kind));
    setWindowTitle(tr("New %1").arg(resourceTitleName(kind)));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_pages = createResourcePages(kind, workspace, this);
    for (DraftPage *page : std::as_const(m_pages))
        addPage(page);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    // Create is on the last page only, so that is where the same with the CLI, its progress and
    // its refusal show.
    m_cli = new CliCommandBox(m_pages.last());
    addBelowFields(m_pages.last(), m_cli, 1);
    if (kind == ResourceKind::IpsecSiteConnection) {
        m_lint = addWizardStatusLine(m_pages.last());
        m_lint->setObjectName(u"lintStatus"_s);
    }
    m_status = addWizardStatusLine(m_pages.last());
    for (DraftPage *page : std::as_const(m_pages))
        connect(page, &QWizardPage::completeChanged, this, &ResourceWizard::updateCli);
    connect(this, &QWizard::currentIdChanged, this, &ResourceWizard::updateCli);
    updateCli();
    resize(660, 700);
}

QString ResourceWizard::cliText() const
{
    return m_cli->text();
}

CliCommandBox *ResourceWizard::cliBox() const
{
    return m_cli;
}

void ResourceWizard::updateLint()
{
    ConnectionPage *page = connectionPage();
    if (!m_lint || !page || !m_workspace)
        return;
    strongswan::LintOptions options;
    options.dialect = strongswan::dialectFor(m_workspace->capabilities());
    QStringList errors;
    for (const strongswan::Finding &finding :
         strongswan::lintPlannedConnection(m_workspace->state(), page->draft(), options)) {
        if (finding.isError())
            errors.append(finding.message);
    }
    showWizardStatus(
        m_lint, errors.isEmpty() ? QString() : tr("This connection will not come up: %1").arg(errors.join(u"\n"_s)),
        true);
}

QString ResourceWizard::lintText() const
{
    return m_lint && m_lint->isVisibleTo(this) ? m_lint->text() : QString();
}

void ResourceWizard::updateCli()
{
    updateLint();
    if (!m_cli || m_pages.isEmpty())
        return;
    QStringList notes;
    const QStringList commands
        = m_pages.first()->cliCommands(m_workspace ? m_workspace->state() : ServerState{}, &notes);
    m_cli->setCommands(commands, notes, cli::cliTarget(m_workspace));
}

ResourceWizard::~ResourceWizard() = default;

namespace {
template<typename P>
P *pageOfType(const QList<DraftPage *> &pages)
{
    for (DraftPage *page : pages) {
        if (auto *typed = qobject_cast<P *>(page))
            return typed;
    }
    return nullptr;
}
} // namespace

IkePolicyPage *ResourceWizard::ikePolicyPage() const
{
    return pageOfType<IkePolicyPage>(m_pages);
}

IpsecPolicyPage *ResourceWizard::ipsecPolicyPage() const
{
    return pageOfType<IpsecPolicyPage>(m_pages);
}

VpnServicePage *ResourceWizard::vpnServicePage() const
{
    return pageOfType<VpnServicePage>(m_pages);
}

EndpointGroupPage *ResourceWizard::endpointGroupPage() const
{
    return pageOfType<EndpointGroupPage>(m_pages);
}

ConnectionPage *ResourceWizard::connectionPage() const
{
    return pageOfType<ConnectionPage>(m_pages);
}

ConnectionOptionsPage *ResourceWizard::connectionOptionsPage() const
{
    return pageOfType<ConnectionOptionsPage>(m_pages);
}

void ResourceWizard::fillSampleInput()
{
    if (ConnectionPage *connection = connectionPage()) {
        connection->setPeer(u"203.0.113.9"_s);
        connection->generateKey();
    }
    if (EndpointGroupPage *group = endpointGroupPage())
        group->setCidrs({u"198.51.100.0/24"_s});
}

QString ResourceWizard::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void ResourceWizard::setBusy(bool busy, const QString &text)
{
    m_submitting = busy;
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::NextButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy && (which != QWizard::FinishButton || currentPage()->isComplete()));
    }
    currentPage()->setEnabled(!busy);
    showWizardStatus(m_status, text, false);
}

void ResourceWizard::accept()
{
    if (m_submitting || !m_workspace || !m_workspace->isConnected())
        return;
    openstack::Job *job = m_pages.first()->submit(m_workspace);
    if (!job)
        return;
    setBusy(true, tr("Creating the %1…").arg(resourceNameInSentence(m_kind)));
    connect(job, &openstack::Job::finished, this, [this](openstack::Job *done) {
        setBusy(false, {});
        if (done->error().isError()) {
            const QString message = tr("The server refused it: %1").arg(done->error().userMessage());
            showWizardStatus(m_status, message, true);
            Q_EMIT submitFailed(message);
            return;
        }
        m_createdId = done->resourceId();
        Q_EMIT created(m_kind, m_createdId);
        QWizard::accept();
    });
    job->start();
}

} // namespace vpnaas::ui
