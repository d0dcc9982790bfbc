// SPDX-License-Identifier: Apache-2.0
#include "configview.h"

#include "browser/statusstyle.h"
#include "preview/configpreview.h"

#include "strongswan/strongswanlint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

ConfigSyntax syntaxFor(const QString &name)
{
    if (name.endsWith(u"swanctl.conf"))
        return ConfigSyntax::SwanctlConf;
    if (name.endsWith(u".secrets"))
        return ConfigSyntax::IpsecSecrets;
    if (name.endsWith(u"strongswan.conf") || name.contains(u"strongswan.d/"))
        return ConfigSyntax::SwanctlConf; // the same nested-section syntax
    return ConfigSyntax::IpsecConf;
}

bool writeFile(const QString &path, const strongswan::ConfigFile &file, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    if (file.secret)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600, like the driver
    out.write(file.text.toUtf8());
    if (!out.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

} // namespace

ConfigView::ConfigView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_connection(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_reveal(new QCheckBox(tr("&Reveal pre-shared keys"), this))
    , m_tabs(new QTabWidget(this))
    , m_findingsList(new QListWidget(this))
{
    setObjectName(u"configView"_s);
    m_title->setObjectName(u"configTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the window
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connection->setMinimumContentsLength(10);
    m_dialect->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dialect->setMinimumContentsLength(10);
    m_connection->setObjectName(u"configConnection"_s);
    m_connection->setToolTip(tr("The connection whose peer side is shown"));
    m_dialect->setObjectName(u"configDialect"_s);
    m_dialect->addItem(tr("Neutron 2025.1 and later"), int(strongswan::Dialect::Master));
    m_dialect->addItem(tr("Neutron Zed (Debian 12)"), int(strongswan::Dialect::Zed));
    m_dialect->setToolTip(tr("The driver release whose algorithm names ipsec.conf uses"));
    m_reveal->setObjectName(u"configReveal"_s);
    m_reveal->setToolTip(tr("Show the keys in clear; until then copies, saves and screenshots get masks"));
    m_tabs->setObjectName(u"configTabs"_s);
    m_findingsList->setObjectName(u"configFindings"_s);
    m_findingsList->setWordWrap(true);
    m_findingsList->setMinimumWidth(160);
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        m_preferredConnection = m_connection->currentData().toString();
        render();
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ConfigView::render);
    connect(m_dialect, &QComboBox::activated, this, [this] { m_dialectChosen = true; });
    connect(m_reveal, &QCheckBox::toggled, this, &ConfigView::render);
    connect(m_findingsList, &QListWidget::currentRowChanged, this, &ConfigView::showFinding);

    auto *save = new QPushButton(tr("Save F&ile…"), this);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString name = m_tabs->tabText(m_tabs->currentIndex());
        const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(name), name.section(u'/', -1));
        QString error;
        if (!path.isEmpty() && !saveCurrent(path, &error))
            QMessageBox::warning(this, tr("Save"), tr("Could not save: %1").arg(error));
    });
    auto *exportAllButton = new QPushButton(tr("Export &All…"), this);
    connect(exportAllButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the configuration into"));
        QString error;
        if (!dir.isEmpty() && !exportAll(dir, &error))
            QMessageBox::warning(this, tr("Export"), tr("Could not export: %1").arg(error));
    });

    // Two rows, so the view never makes the window wider than the rest does.
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Peer side of:"), this));
    bar->addWidget(m_connection);
    bar->addWidget(m_dialect);
    bar->addWidget(m_reveal);
    bar->addStretch(1);
    bar->addWidget(save);
    bar->addWidget(exportAllButton);

    auto *findingsSide = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsSide);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(new QLabel(tr("<b>Findings</b>"), findingsSide));
    findingsLayout->addWidget(m_findingsList, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(findingsSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 280});
    splitter->setObjectName(u"configSplitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    render();
}

ConfigView::~ConfigView() = default;

void ConfigView::setState(const ServerState &state)
{
    m_state = state;
    if (!m_serviceId.isEmpty() && !m_state.vpnService(m_serviceId))
        m_serviceId.clear();
    if (m_serviceId.isEmpty() && !m_state.vpnServices.isEmpty())
        m_serviceId = m_state.vpnServices.first().id;
    fillConnections();
    render();
}

bool ConfigView::setTarget(ResourceKind kind, const QString &id)
{
    if (kind == ResourceKind::VpnService && m_state.vpnService(id)) {
        m_serviceId = id;
    } else if (kind == ResourceKind::IpsecSiteConnection) {
        const IpsecSiteConnection *connection = m_state.connection(id);
        if (!connection || !m_state.vpnService(connection->vpnserviceId))
            return false;
        m_serviceId = connection->vpnserviceId;
        m_preferredConnection = id;
    } else {
        return false;
    }
    fillConnections();
    render();
    return true;
}

QString ConfigView::connectionId() const
{
    return m_connection->currentData().toString();
}

void ConfigView::setSecretsRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

bool ConfigView::secretsRevealed() const
{
    return m_reveal->isChecked();
}

void ConfigView::setDialect(strongswan::Dialect dialect)
{
    m_dialect->setCurrentIndex(m_dialect->findData(int(dialect)));
}

void ConfigView::setServerDialect(strongswan::Dialect dialect)
{
    if (!m_dialectChosen)
        setDialect(dialect);
}

strongswan::Dialect ConfigView::dialect() const
{
    return strongswan::Dialect(m_dialect->currentData().toInt());
}

void ConfigView::fillConnections()
{
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    for (const IpsecSiteConnection &c : m_state.connections) {
        if (c.vpnserviceId == m_serviceId)
            m_connection->addItem(u"%1 (%2)"_s.arg(c.name.isEmpty() ? c.id.left(8) : c.name, c.peerAddress), c.id);
    }
    const int index = m_connection->findData(m_preferredConnection);
    m_connection->setCurrentIndex(index >= 0 ? index : 0);
    m_connection->setEnabled(m_connection->count() > 0);
}

QList<strongswan::ConfigFile> ConfigView::files(bool revealSecrets) const
{
    QList<strongswan::ConfigFile> result;
    if (m_serviceId.isEmpty())
        return result;
    strongswan::RenderOptions options;
    options.dialect = strongswan::Dialect(m_dialect->currentData().toInt());
    options.revealSecrets = revealSecrets;
    for (strongswan::ConfigFile file : strongswan::renderOwnSide(m_state, m_serviceId, options)) {
        file.name = u"own/"_s + file.name;
        result.append(file);
    }
    if (!connectionId().isEmpty()) {
        for (strongswan::ConfigFile file : strongswan::renderPeerSide(m_state, connectionId(), options)) {
            file.name = u"peer/"_s + file.name;
            result.append(file);
        }
    }
    return result;
}

ConfigPreview *ConfigView::preview(const QString &fileName) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == fileName)
            return qobject_cast<ConfigPreview *>(m_tabs->widget(i));
    }
    return nullptr;
}

void ConfigView::render()
{
    const int currentTab = m_tabs->currentIndex();
    const VpnService *service = m_state.vpnService(m_serviceId);
    m_title->setText(service ? tr("<b>VPN service “%1”</b> — router %2")
                                   .arg((service->name.isEmpty() ? service->id : service->name).toHtmlEscaped(),
                                        m_state.router(service->routerId)
                                            ? m_state.router(service->routerId)->name.toHtmlEscaped()
                                            : service->routerId)
                             : tr("<b>No VPN service</b> — create one to see its configuration"));
    const QList<strongswan::ConfigFile> rendered = files(m_reveal->isChecked());
    // Reuse the tabs when the file list is the same (a refresh), so the scroll position stays.
    bool sameTabs = m_tabs->count() == rendered.size();
    for (int i = 0; sameTabs && i < rendered.size(); ++i)
        sameTabs = m_tabs->tabText(i) == rendered[i].name;
    if (!sameTabs) {
        while (m_tabs->count() > 0) {
            QWidget *page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            page->deleteLater();
        }
    }
    for (int i = 0; i < rendered.size(); ++i) {
        ConfigPreview *preview
            = sameTabs ? qobject_cast<ConfigPreview *>(m_tabs->widget(i)) : new ConfigPreview(m_tabs);
        if (!sameTabs)
            m_tabs->addTab(preview, rendered[i].name);
        if (preview->text() != rendered[i].text)
            preview->setDocument(rendered[i].name, rendered[i].text, syntaxFor(rendered[i].name));
    }
    if (currentTab >= 0 && currentTab < m_tabs->count())
        m_tabs->setCurrentIndex(currentTab);

    m_findings = m_serviceId.isEmpty() ? strongswan::Findings{} : strongswan::lint(m_state, m_serviceId);
    m_findingsList->clear();
    QList<int> marked;
    const QString ipsecConf = rendered.isEmpty() ? QString() : rendered.first().text;
    const QStringList lines = ipsecConf.split(u'\n');
    for (const strongswan::Finding &finding : std::as_const(m_findings)) {
        const QString prefix = finding.severity == strongswan::Finding::Severity::Error ? u"✖ "_s
            : finding.severity == strongswan::Finding::Severity::Warning                ? u"⚠ "_s
                                                                                        : u"ℹ "_s;
        auto *item = new QListWidgetItem(prefix + finding.message, m_findingsList);
        const QColor color = finding.severity == strongswan::Finding::Severity::Error
            ? statusColor(u"ERROR"_s, palette())
            : finding.severity == strongswan::Finding::Severity::Warning ? warningColor(palette())
                                                                         : palette().color(QPalette::Text);
        item->setForeground(color);
        // Where in ipsec.conf: the finding's key inside its connection's section.
        int line = -1;
        bool inConn = finding.connectionId.isEmpty();
        for (int i = 0; i < lines.size() && !finding.key.isEmpty(); ++i) {
            if (lines[i].startsWith(u"conn "))
                inConn = finding.connectionId.isEmpty() || lines[i].mid(5).trimmed() == finding.connectionId;
            if (inConn && lines[i].trimmed().startsWith(finding.key + u'=')) {
                line = i;
                break;
            }
        }
        item->setData(Qt::UserRole, line);
        if (line >= 0)
            marked.append(line);
    }
    if (m_findings.isEmpty())
        new QListWidgetItem(tr("Nothing to report."), m_findingsList);
    if (ConfigPreview *own = m_tabs->count() > 0 ? qobject_cast<ConfigPreview *>(m_tabs->widget(0)) : nullptr)
        own->markLines(marked, warningColor(palette()));
}

void ConfigView::showFinding(int row)
{
    QListWidgetItem *item = m_findingsList->item(row);
    if (!item || item->data(Qt::UserRole).toInt() < 0)
        return;
    m_tabs->setCurrentIndex(0);
    if (auto *own = qobject_cast<ConfigPreview *>(m_tabs->widget(0)))
        own->showLine(item->data(Qt::UserRole).toInt());
}

bool ConfigView::exportAll(const QString &directory, QString *error) const
{
    const QDir root(directory);
    for (const strongswan::ConfigFile &file : files(m_reveal->isChecked())) {
        const QString path = root.filePath(file.name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error)
                *error = tr("cannot create %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            return false;
        }
        if (!writeFile(path, file, error))
            return false;
    }
    return true;
}

bool ConfigView::saveCurrent(const QString &path, QString *error) const
{
    const QList<strongswan::ConfigFile> all = files(m_reveal->isChecked());
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= all.size()) {
        if (error)
            *error = tr("nothing to save");
        return false;
    }
    return writeFile(path, all[index], error);
}

} // namespace vpnaas::ui
