// SPDX-License-Identifier: Apache-2.0
#pragma once

// Every wizard page and dialog of the console, opened on the sandbox with input that lets it go
// on: the rows of the tests that check all of them (keyboard access, the capitalisation rule).

#include "diagnosis/diagnosisdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "monitoring/monitoringsettingsdialog.h"
#include "wizards/draftpage.h"
#include "wizards/editdialog.h"
#include "wizards/resourcewizard.h"
#include "wizards/sitetositewizard.h"

#include "itemmodels/cloudlistmodel.h"
#include "itemmodels/resourcekind.h"
#include "sandbox/sandbox.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace vpnaas::ui::testing {

enum class Target { ResourceWizardPage, GuidedPage, Edit, Login, MonitoringSettings, Diagnosis };

/*! The columns target, kind, page and a row for every wizard page and dialog. */
inline void addWindowRows()
{
    using namespace Qt::StringLiterals;
    QTest::addColumn<Target>("target");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("page");
    for (ResourceKind kind : {ResourceKind::IkePolicy, ResourceKind::IpsecPolicy, ResourceKind::VpnService,
                              ResourceKind::EndpointGroup, ResourceKind::IpsecSiteConnection}) {
        const int pages = kind == ResourceKind::IpsecSiteConnection ? 2 : 1;
        for (int page = 0; page < pages; ++page) {
            QTest::addRow("new %s page %d", qPrintable(resourceSlug(kind)), page + 1)
                << Target::ResourceWizardPage << int(kind) << page;
            QTest::addRow("edit %s tab %d", qPrintable(resourceSlug(kind)), page + 1)
                << Target::Edit << int(kind) << page;
        }
    }
    for (int page = SiteToSiteWizard::IkePage; page <= SiteToSiteWizard::SummaryPageId; ++page)
        QTest::addRow("guided page %d", page + 1) << Target::GuidedPage << 0 << page;
    QTest::addRow("login") << Target::Login << 0 << 0;
    QTest::addRow("monitoring settings") << Target::MonitoringSettings << 0 << 0;
    QTest::addRow("diagnosis") << Target::Diagnosis << 0 << 0;
}

/*!
 * \a window on \a sandbox once its first refresh is in, with a second cloud "other" in the
 * cloud list that nothing may reach (http://127.0.0.1:9, refused), and the guided wizard open on
 * its summary with sample input: where a run is started and the cloud then switched. Null when
 * the sandbox did not refresh or the wizard did not open.
 */
inline SiteToSiteWizard *guidedSummaryBesideAnotherCloud(MainWindow &window, sandbox::Sandbox *sandbox)
{
    using namespace Qt::StringLiterals;
    window.setOfflineCloud(sandbox);
    openstack::CloudConfig clouds;
    openstack::CloudProfile other;
    other.name = u"other"_s;
    other.authTypeName = u"none"_s;
    other.endpoint = QUrl(u"http://127.0.0.1:9"_s);
    clouds.clouds.append(other);
    window.setClouds(clouds);
    QSignalSpy refreshed(window.workspace(), &Workspace::refreshSucceeded);
    if (!window.selectCloud(CloudListModel::sandboxName()) || !QTest::qWaitFor([&] { return !refreshed.isEmpty(); }))
        return nullptr;
    return qobject_cast<SiteToSiteWizard *>(window.openWizard(u"site-to-site"_s, 8, true));
}

inline openstack::CloudProfile loginProfile()
{
    using namespace Qt::StringLiterals;
    openstack::CloudProfile p;
    p.name = u"prod"_s;
    p.authUrl = QUrl(u"https://keystone.example.org:5000/v3"_s);
    p.username = u"demo"_s;
    p.userDomainName = u"Default"_s;
    p.projectName = u"demo-project"_s;
    p.projectDomainName = u"Default"_s;
    return p;
}

/*!
 * Opens (not shown, except the guided wizard, which must be to go on) page \a page of what
 * \a target says, for resource kind \a kind; \a defaultButton is the button that goes on
 * (Next, Create, Save, OK, Close). Null when it cannot get there.
 */
inline std::unique_ptr<QWidget> openWindow(Workspace *workspace, Target target, int kind, int page,
                                           QAbstractButton **defaultButton)
{
    using namespace Qt::StringLiterals;
    const ServerState &state = workspace->state();
    switch (target) {
    case Target::ResourceWizardPage: {
        auto wizard = std::make_unique<ResourceWizard>(ResourceKind(kind), workspace);
        wizard->fillSampleInput();
        wizard->show();
        for (int i = 0; i < page; ++i)
            wizard->next();
        const bool last = wizard->currentPage() == static_cast<QWizardPage *>(wizard->resourcePages().last());
        *defaultButton = wizard->button(last ? QWizard::FinishButton : QWizard::NextButton);
        return wizard;
    }
    case Target::GuidedPage: {
        auto wizard = std::make_unique<SiteToSiteWizard>(workspace);
        wizard->fillSampleInput();
        wizard->show();
        while (wizard->currentId() != page) {
            if (!wizard->button(QWizard::NextButton)->isEnabled())
                return nullptr;
            wizard->next();
        }
        *defaultButton
            = wizard->button(page == SiteToSiteWizard::SummaryPageId ? QWizard::FinishButton : QWizard::NextButton);
        return wizard;
    }
    case Target::Edit: {
        const QString id = withResource(ResourceKind(kind), [&]<typename T>(ResourceType<T>) {
            return state.items<T>().isEmpty() ? QString() : state.items<T>().first().id;
        });
        auto dialog = std::make_unique<EditDialog>(ResourceKind(kind), id, workspace);
        if (auto *tabs = dialog->findChild<QTabWidget *>())
            tabs->setCurrentIndex(page);
        // Save needs a change.
        if (auto *description = dialog->findChild<QLineEdit *>(u"description"_s))
            description->setText(u"changed by keyboard"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        *defaultButton = buttons->button(QDialogButtonBox::Save);
        // Neutron refuses any change to a policy a connection uses: then Cancel is the way on.
        if (!(*defaultButton)->isEnabled())
            *defaultButton = buttons->button(QDialogButtonBox::Cancel);
        return dialog;
    }
    case Target::Login: {
        auto dialog = std::make_unique<LoginDialog>(loginProfile(), LoginDialog::Reason::Missing);
        dialog->findChild<QLineEdit *>(u"secret"_s)->setText(u"secret"_s);
        *defaultButton = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        return dialog;
    }
    case Target::MonitoringSettings: {
        auto dialog = std::make_unique<MonitoringSettingsDialog>();
        dialog->setWorkspaceState(state, true);
        *defaultButton = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        return dialog;
    }
    case Target::Diagnosis: {
        const IpsecSiteConnection &connection = state.connections.first();
        auto dialog = std::make_unique<DiagnosisDialog>(connection.id, connection.name);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->setRunning({});
        *defaultButton = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        return dialog;
    }
    }
    return nullptr;
}

} // namespace vpnaas::ui::testing

Q_DECLARE_METATYPE(vpnaas::ui::testing::Target)
