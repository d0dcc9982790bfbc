// SPDX-License-Identifier: Apache-2.0
#include "resourcewizard.h"

#include "connectionpages.h"
#include "endpointgrouppage.h"
#include "policypages.h"
#include "resourcepages.h"
#include "servicepage.h"

#include "browser/statusstyle.h"

#include "openstack/job.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

QLabel *addWizardStatusLine(QWizard *wizard)
{
    // QWizard has no status area; its layout keeps the button row last, so insert above it.
    auto *label = new QLabel(wizard);
    label->setObjectName(u"wizardStatus"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(12, 4, 12, 4);
    label->hide();
    if (auto *layout = qobject_cast<QBoxLayout *>(wizard->layout()))
        layout->insertWidget(layout->count() - 1, label);
    else if (wizard->layout())
        wizard->layout()->addWidget(label);
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
    setWindowTitle(tr("New %1").arg(resourceSingularName(kind)));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_pages = createResourcePages(kind, workspace, this);
    for (DraftPage *page : std::as_const(m_pages))
        addPage(page);
    setButtonText(QWizard::FinishButton, tr("Create"));
    m_status = addWizardStatusLine(this);
    resize(640, 560);
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
        const QString psk = QUuid::createUuid().toString(QUuid::WithoutBraces);
        connection->setPsk(psk, psk);
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
    setBusy(true, tr("Creating the %1…").arg(resourceSingularName(m_kind).toLower()));
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
