// SPDX-License-Identifier: Apache-2.0
#include "resourcewizard.h"

#include "connectionpages.h"
#include "endpointgrouppage.h"
#include "policypages.h"
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
    palette.setColor(QPalette::WindowText, isError ? statusColor(u"ERROR"_s, palette) : QApplication::palette().color(QPalette::WindowText));
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
    switch (kind) {
    case ResourceKind::IkePolicy:
        addPage(m_ike = new IkePolicyPage(workspace, this));
        break;
    case ResourceKind::IpsecPolicy:
        addPage(m_ipsec = new IpsecPolicyPage(workspace, this));
        break;
    case ResourceKind::VpnService:
        addPage(m_service = new VpnServicePage(workspace, this));
        break;
    case ResourceKind::EndpointGroup:
        addPage(m_group = new EndpointGroupPage(workspace, this));
        break;
    case ResourceKind::IpsecSiteConnection:
        m_connection = new ConnectionPage(workspace, this);
        m_options = new ConnectionOptionsPage(workspace, m_connection, this);
        m_connection->setOptionsPage(m_options);
        addPage(m_connection);
        addPage(m_options);
        break;
    }
    setButtonText(QWizard::FinishButton, tr("Create"));
    m_status = addWizardStatusLine(this);
    resize(640, 560);
}

ResourceWizard::~ResourceWizard() = default;

void ResourceWizard::fillSampleInput()
{
    if (m_connection) {
        m_connection->setPeer(u"203.0.113.9"_s);
        const QString psk = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_connection->setPsk(psk, psk);
    }
    if (m_group)
        m_group->setCidrs({u"198.51.100.0/24"_s});
}

QString ResourceWizard::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

openstack::Job *ResourceWizard::makeJob()
{
    switch (m_kind) {
    case ResourceKind::IkePolicy:
        return m_workspace->create<IkePolicy>(m_ike->draft());
    case ResourceKind::IpsecPolicy:
        return m_workspace->create<IpsecPolicy>(m_ipsec->draft());
    case ResourceKind::VpnService:
        return m_workspace->create<VpnService>(m_service->draft());
    case ResourceKind::EndpointGroup:
        return m_workspace->create<EndpointGroup>(m_group->draft());
    case ResourceKind::IpsecSiteConnection:
        return m_workspace->create<IpsecSiteConnection>(m_connection->draft());
    }
    return nullptr;
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
    openstack::Job *job = makeJob();
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
        m_createdId = [&] {
            switch (m_kind) {
            case ResourceKind::IkePolicy:
                return static_cast<openstack::CreateIkePolicyJob *>(done)->created().id;
            case ResourceKind::IpsecPolicy:
                return static_cast<openstack::CreateIpsecPolicyJob *>(done)->created().id;
            case ResourceKind::VpnService:
                return static_cast<openstack::CreateVpnServiceJob *>(done)->created().id;
            case ResourceKind::EndpointGroup:
                return static_cast<openstack::CreateEndpointGroupJob *>(done)->created().id;
            case ResourceKind::IpsecSiteConnection:
                return static_cast<openstack::CreateIpsecSiteConnectionJob *>(done)->created().id;
            }
            return QString();
        }();
        Q_EMIT created(m_kind, m_createdId);
        QWizard::accept();
    });
    job->start();
}

} // namespace vpnaas::ui
