// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "preview/configpreview.h"
#include "resources.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

const QString kResourcesView = u"resources"_s;
const QString kPreviewView = u"preview"_s;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_cloudLabel(new QLabel(this))
{
    vpnaasInitResources();
    setWindowTitle(tr("VPNaaS Console"));
    setObjectName(u"MainWindow"_s);

    const QStringList sections{tr("IKE policies"), tr("IPsec policies"), tr("VPN services"),
                               tr("Endpoint groups"), tr("IPsec site connections"), tr("Config preview")};
    m_navigation->addItems(sections);
    m_navigation->setObjectName(u"navigation"_s);

    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createPreviewPage());
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row == m_navigation->count() - 1 ? 1 : 0);
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    setCentralWidget(splitter);

    createMenus();
    statusBar()->addPermanentWidget(m_cloudLabel);
    setCloudDescription(tr("No cloud configured"));
    statusBar()->showMessage(tr("Ready"));

    resize(1200, 760);
    restoreSettings();
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    return {kResourcesView, kPreviewView};
}

bool MainWindow::setView(const QString &name)
{
    if (name == kResourcesView)
        m_navigation->setCurrentRow(0);
    else if (name == kPreviewView)
        m_navigation->setCurrentRow(m_navigation->count() - 1);
    else
        return false;
    return true;
}

QString MainWindow::currentView() const
{
    return m_pages->currentIndex() == 1 ? kPreviewView : kResourcesView;
}

void MainWindow::setCloudDescription(const QString &text)
{
    m_cloudLabel->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Resources"), this, [this] { setView(kResourcesView); });
    view->addAction(tr("Config &preview"), this, [this] { setView(kPreviewView); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VPNaaS Console"), this, [this] {
        QMessageBox::about(this, tr("About VPNaaS Console"),
                           tr("<h3>VPNaaS Console %1</h3><p>A desktop console for OpenStack Neutron "
                              "VPNaaS: wizards, topology, strongSwan config previews and live tunnel "
                              "health.</p><p>Licensed under the Apache License 2.0.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<h2>VPNaaS Console</h2>"), page);
    auto *body = new QLabel(tr("Site-to-site IPsec VPNs of OpenStack Neutron in one place: create them with "
                               "wizards, see how routers, endpoint groups and peers connect, read the "
                               "strongSwan configuration both ends will run, and watch the tunnels live."),
                            page);
    body->setWordWrap(true);
    auto *hint = new QLabel(tr("Choose a resource type on the left. Clouds come from clouds.yaml and the "
                               "OS_* environment variables."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWidget *MainWindow::createPreviewPage()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"previewTabs"_s);
    struct File {
        QString name;
        ConfigSyntax syntax;
    };
    const File files[] = {{u"ipsec.conf"_s, ConfigSyntax::IpsecConf},
                          {u"ipsec.secrets"_s, ConfigSyntax::IpsecSecrets},
                          {u"swanctl.conf"_s, ConfigSyntax::SwanctlConf}};
    for (const File &file : files) {
        auto *preview = new ConfigPreview(tabs);
        preview->setDocument(tr("Example %1").arg(file.name), readResource(u":/vpnaas-samples/"_s + file.name),
                             file.syntax);
        tabs->addTab(preview, file.name);
    }
    return tabs;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

} // namespace vpnaas::ui
