// SPDX-License-Identifier: Apache-2.0
#include "mainactions.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {
const QList<int> kAutoRefreshChoices{0, 5, 15, 30, 60};
} // namespace

MainActions::MainActions(QMainWindow *window, QComboBox *cloudSelector, QWidget *scopeSelector,
                         const QList<ViewEntry> &views)
    : QObject(window)
    , m_window(window)
{
    createActions();
    createToolBar(cloudSelector, scopeSelector);
    createMenus(views);
}

MainActions::~MainActions() = default;

void MainActions::createActions()
{
    m_refresh = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Fetch everything again from the cloud (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainActions::refreshRequested);

    m_edit = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this);
    m_edit->setShortcut(Qt::Key_F2);
    connect(m_edit, &QAction::triggered, this, &MainActions::editRequested);

    m_delete = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &MainActions::deleteRequested);

    m_reveal = new QAction(tr("Re&veal Pre-Shared Key"), this);
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the selected connection's pre-shared key in clear"));
    connect(m_reveal, &QAction::toggled, this, &MainActions::pskRevealToggled);

    m_diagnose = new QAction(QIcon::fromTheme(u"tools-report-bug"_s), tr("Dia&gnose Connection…"), this);
    m_diagnose->setObjectName(u"diagnose"_s);
    m_diagnose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_diagnose->setToolTip(tr("Why is the selected connection's tunnel down, and what to change (Ctrl+Shift+D)"));
    connect(m_diagnose, &QAction::triggered, this, &MainActions::diagnoseRequested);

    m_copyId = new QAction(tr("Copy &ID"), this);
    connect(m_copyId, &QAction::triggered, this, &MainActions::copyIdRequested);

    m_guided = new QAction(QIcon::fromTheme(u"list-add"_s), tr("New &Site-to-Site VPN…"), this);
    m_guided->setShortcut(QKeySequence::New);
    m_guided->setToolTip(tr("Create everything a site-to-site tunnel needs, step by step"));
    connect(m_guided, &QAction::triggered, this, &MainActions::siteToSiteWizardRequested);
    for (ResourceKind kind : kAllResourceKinds) {
        auto *action = new QAction(tr("%1…").arg(resourceTitleName(kind)), this);
        action->setObjectName(u"new-"_s + resourceWizardSlug(kind));
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT resourceWizardRequested(kind); });
        m_newActions.append(action);
    }

    m_resetSandbox = new QAction(tr("Reset &Sandbox…"), this);
    connect(m_resetSandbox, &QAction::triggered, this, &MainActions::resetSandboxRequested);

    m_forgetPassword = new QAction(tr("&Forget Stored Password"), this);
    m_forgetPassword->setObjectName(u"forgetPassword"_s);
    m_forgetPassword->setToolTip(tr("Remove the current cloud's password from the system keyring"));
    connect(m_forgetPassword, &QAction::triggered, this, &MainActions::forgetPasswordRequested);

    m_autoRefreshGroup = new QActionGroup(this);
    for (int seconds : kAutoRefreshChoices) {
        QAction *choice = m_autoRefreshGroup->addAction(seconds == 0 ? tr("Off") : tr("Every %1 s").arg(seconds));
        choice->setCheckable(true);
        choice->setData(seconds);
        connect(choice, &QAction::triggered, this, [this, seconds] { Q_EMIT autoRefreshChosen(seconds); });
    }
}

void MainActions::createToolBar(QComboBox *cloudSelector, QWidget *scopeSelector)
{
    // Toolbar buttons show action texts without "&", but a translated "(&R)" suffix stays: drop it.
    const auto plain = [](QAction *action) {
        static const QRegularExpression accelerator(u"\\(&.\\)|&"_s);
        action->setIconText(action->text().remove(accelerator).remove(u"…"_s).trimmed());
        return action;
    };
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("Cloud:"), bar);
    label->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(cloudSelector);
    bar->addWidget(scopeSelector);
    bar->addSeparator();
    bar->addAction(plain(m_guided));
    bar->addAction(plain(m_refresh));
    bar->addAction(plain(m_edit));
    bar->addAction(plain(m_delete));
    bar->addAction(plain(m_reveal));
    bar->addAction(plain(m_diagnose));
}

void MainActions::createMenus(const QList<ViewEntry> &views)
{
    QMenuBar *menuBar = m_window->menuBar();
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(m_resetSandbox);
    file->addAction(m_forgetPassword);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->addAction(m_guided);
    QMenu *newMenu = edit->addMenu(tr("&New"));
    newMenu->addActions(m_newActions);
    edit->addSeparator();
    edit->addAction(m_edit);
    edit->addAction(m_delete);
    edit->addAction(m_reveal);
    edit->addAction(m_copyId);
    edit->addSeparator();
    edit->addAction(m_diagnose);

    QMenu *view = menuBar->addMenu(tr("&View"));
    for (const ViewEntry &entry : views) {
        const QString name = entry.name;
        view->addAction(entry.title, this, [this, name] { Q_EMIT viewRequested(name); });
    }
    view->addSeparator();
    view->addAction(m_refresh);
    QMenu *autoRefresh = view->addMenu(tr("&Auto-Refresh"));
    autoRefresh->addActions(m_autoRefreshGroup->actions());

    // KDE's layout: the application's settings live in Settings, not in a view.
    QMenu *settings = menuBar->addMenu(tr("&Settings"));
    QAction *configure = settings->addAction(QIcon::fromTheme(u"configure"_s), tr("&Configure VPNaaS Console…"), this,
                                             &MainActions::configureRequested);
    configure->setObjectName(u"configure"_s);
    // The platform's (Cmd+, on macOS), else KDE's Ctrl+Shift+, (most Linux desktops define none).
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    configure->setShortcut(preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)
                                                 : preferences.constFirst());
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    QAction *handbook
        = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("&Handbook"), this, &MainActions::handbookRequested);
    handbook->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About VPNaaS Console"), this, [this] {
        QMessageBox::about(m_window, tr("About VPNaaS Console"),
                           tr("<h3>VPNaaS Console %1</h3><p>A desktop console for OpenStack Neutron "
                              "VPNaaS: wizards, topology, strongSwan config previews and live tunnel "
                              "health.</p><p>Licensed under the Apache License 2.0.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainActions::update(const State &state)
{
    m_refresh->setEnabled(state.connected);
    m_delete->setEnabled(state.connected && state.selected > 0);
    m_edit->setEnabled(state.connected && state.selected == 1);
    m_copyId->setEnabled(state.selected > 0);
    m_reveal->setEnabled(state.connectionSelected);
    m_reveal->setChecked(state.pskRevealed);
    m_diagnose->setEnabled(state.connected && state.canDiagnose);
    m_resetSandbox->setEnabled(state.canResetSandbox);
    m_forgetPassword->setEnabled(state.canForgetPassword);
    const bool canCreate = state.connected && state.hasVpnaas;
    const QString why = state.connected && !state.hasVpnaas
        ? tr("This cloud does not offer VPNaaS: see View ▸ Deployment")
        : QString();
    m_guided->setEnabled(canCreate);
    m_guided->setStatusTip(why);
    for (QAction *action : std::as_const(m_newActions)) {
        action->setEnabled(canCreate);
        action->setStatusTip(why);
    }
}

void MainActions::setAutoRefreshInterval(int seconds)
{
    for (QAction *choice : m_autoRefreshGroup->actions())
        choice->setChecked(choice->data().toInt() == seconds);
}

} // namespace vpnaas::ui
