// SPDX-License-Identifier: Apache-2.0
#include "monitoringsettingsdialog.h"

#include "browser/statusstyle.h"

#include "alertnotifier.h"

#include "itemmodels/resourcekind.h"
#include "monitoring/vicicountersource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

namespace {
enum EndpointColumn { TargetColumn, WhereColumn, UriColumn, TestColumn, EndpointColumnCount };
}

MonitoringSettingsDialog::MonitoringSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_interval(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Show desktop &notifications for alerts"), this))
    , m_endpointGroup(new QGroupBox(tr("strongSwan Counters (VICI Endpoints)"), this))
    , m_table(new QTableWidget(0, EndpointColumnCount, this))
    , m_target(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_formMessage(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
{
    setObjectName(u"monitoringSettingsDialog"_s);
    setWindowTitle(tr("Configure VPNaaS Console"));
    m_interval->setRange(1, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setObjectName(u"pollInterval"_s);
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setObjectName(u"retentionDays"_s);
    m_notifications->setObjectName(u"notifications"_s);

    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Poll Neutron and counters every:"), m_interval);
    form->addRow(tr("&Keep history for:"), m_retention);
    form->addRow(QString(), m_notifications);
    if (!AlertNotifier().hasTray()) {
        auto *noTray = new QLabel(tr("This desktop has no system tray: alerts go to the status bar and the event log."),
                                  general);
        noTray->setWordWrap(true);
        noTray->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(noTray);
    }

    m_table->setObjectName(u"endpointTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Attached To"), tr("Where"), tr("VICI Address"), tr("Test")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Attached endpoints"));
    m_target->setObjectName(u"endpointTarget"_s);
    m_target->setAccessibleName(tr("Attach to"));
    m_uri->setObjectName(u"endpointUri"_s);
    m_uri->setAccessibleName(tr("VICI address"));
    m_uri->setPlaceholderText(tr("unix:///run/vici-node1.sock or tcp://192.0.2.10:4502"));
    m_uri->setClearButtonEnabled(true);
    m_formMessage->setObjectName(u"endpointMessage"_s);
    m_formMessage->setWordWrap(true);
    auto *add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(u"addEndpoint"_s);
    m_remove->setObjectName(u"removeEndpoint"_s);
    m_test->setObjectName(u"testEndpoint"_s);

    auto *help = new QLabel(
        tr("<p>Counters come from the strongSwan charon that carries the tunnel, through its VICI socket. "
           "On a network node, attach the VPN service; on a peer gateway you run, attach the connection.</p>"
           "<p><b>SSH-forwarded socket</b> (nothing opened on the node): "
           "<code>ssh -N -L "
           "/run/user/$UID/vici-node1.sock:/var/lib/neutron/ipsec/&lt;router-id&gt;/var/run/charon.vici "
           "root@node1</code> (a router's charon on a Neutron network node; <code>/var/run/charon.vici</code> "
           "elsewhere), "
           "then <code>unix:///run/user/$UID/vici-node1.sock</code>.<br>"
           "<b>TCP listener</b> (unauthenticated: management network only): set "
           "<code>charon.plugins.vici.socket = tcp://192.0.2.10:4502</code>, then "
           "<code>tcp://192.0.2.10:4502</code>.</p>"),
        this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_target, 2);
    formRow->addWidget(m_uri, 3);
    formRow->addWidget(add);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addStretch(1);
    buttonsRow->addWidget(m_test);
    buttonsRow->addWidget(m_remove);
    auto *endpoints = new QVBoxLayout(m_endpointGroup);
    endpoints->addWidget(help);
    endpoints->addWidget(m_table, 1);
    endpoints->addLayout(buttonsRow);
    endpoints->addLayout(formRow);
    endpoints->addWidget(m_formMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &MonitoringSettingsDialog::addFromForm);
    connect(m_uri, &QLineEdit::returnPressed, this, &MonitoringSettingsDialog::addFromForm);
    connect(m_remove, &QPushButton::clicked, this, &MonitoringSettingsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &MonitoringSettingsDialog::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_table->selectedItems().isEmpty();
        m_remove->setEnabled(selected);
        m_test->setEnabled(selected);
    });
    m_remove->setEnabled(false);
    m_test->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(m_endpointGroup, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

MonitoringSettingsDialog::~MonitoringSettingsDialog() = default;

void MonitoringSettingsDialog::setSettings(const MonitoringController::Settings &settings)
{
    m_interval->setValue(settings.intervalSeconds);
    m_retention->setValue(settings.retentionDays);
    m_notifications->setChecked(settings.notifications);
}

MonitoringController::Settings MonitoringSettingsDialog::settings() const
{
    return {m_interval->value(), m_retention->value(), m_notifications->isChecked()};
}

void MonitoringSettingsDialog::setWorkspaceState(const ServerState &state, bool realCloud)
{
    m_state = state;
    m_target->clear();
    for (const VpnService &s : state.vpnServices) {
        m_target->addItem(
            tr("VPN service %1 — network node").arg(resourceDisplayName(ResourceKind::VpnService, s.id, state)),
            QVariantList{int(monitoring::ViciEndpoint::Scope::VpnService), s.id});
    }
    for (const IpsecSiteConnection &c : state.connections) {
        m_target->addItem(tr("Connection %1 — peer gateway %2")
                              .arg(resourceDisplayName(ResourceKind::IpsecSiteConnection, c.id, state), c.peerAddress),
                          QVariantList{int(monitoring::ViciEndpoint::Scope::PeerGateway), c.id});
    }
    m_endpointGroup->setEnabled(realCloud);
    if (!realCloud)
        m_formMessage->setText(
            tr("The sandbox simulates its counters. strongSwan endpoints are attached on a real cloud."));
    else if (m_target->count() == 0)
        m_formMessage->setText(tr("This project has no VPN service or connection to attach an endpoint to."));
    fillTable();
}

void MonitoringSettingsDialog::setEndpoints(const QList<monitoring::ViciEndpoint> &endpoints)
{
    m_endpoints = endpoints;
    fillTable();
}

QString MonitoringSettingsDialog::targetText(const monitoring::ViciEndpoint &endpoint) const
{
    const ResourceKind kind = endpoint.scope == monitoring::ViciEndpoint::Scope::VpnService
        ? ResourceKind::VpnService
        : ResourceKind::IpsecSiteConnection;
    return resourceDisplayName(kind, endpoint.targetId, m_state);
}

void MonitoringSettingsDialog::fillTable()
{
    m_table->setRowCount(int(m_endpoints.size()));
    for (int row = 0; row < m_endpoints.size(); ++row) {
        const monitoring::ViciEndpoint &e = m_endpoints[row];
        m_table->setItem(row, TargetColumn, new QTableWidgetItem(targetText(e)));
        m_table->setItem(row, WhereColumn,
                         new QTableWidgetItem(e.scope == monitoring::ViciEndpoint::Scope::VpnService
                                                  ? tr("network node")
                                                  : tr("peer gateway")));
        m_table->setItem(row, UriColumn, new QTableWidgetItem(e.uri));
        m_table->setItem(row, TestColumn, new QTableWidgetItem(tr("not tested")));
    }
    m_table->resizeColumnsToContents();
}

bool MonitoringSettingsDialog::addFromForm()
{
    const QVariantList target = m_target->currentData().toList();
    if (target.size() != 2) {
        m_formMessage->setText(
            tr("Choose what the endpoint belongs to: a VPN service or a connection's peer gateway."));
        return false;
    }
    monitoring::ViciEndpoint endpoint;
    endpoint.uri = m_uri->text().trimmed();
    endpoint.scope = monitoring::ViciEndpoint::Scope(target[0].toInt());
    endpoint.targetId = target[1].toString();
    if (const QString problem = monitoring::viciUriProblem(endpoint.uri); !problem.isEmpty()) {
        m_formMessage->setText(problem);
        m_uri->setFocus();
        return false;
    }
    for (const monitoring::ViciEndpoint &e : std::as_const(m_endpoints)) {
        if (e.scope == endpoint.scope && e.targetId == endpoint.targetId && e.uri == endpoint.uri) {
            m_formMessage->setText(tr("This endpoint is already attached there."));
            return false;
        }
    }
    m_endpoints.append(endpoint);
    m_uri->clear();
    m_formMessage->setText(tr("Added. Test it, then OK to start reading its counters."));
    fillTable();
    m_table->selectRow(int(m_endpoints.size()) - 1);
    return true;
}

void MonitoringSettingsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_endpoints.size())
        return;
    m_endpoints.removeAt(row);
    fillTable();
}

void MonitoringSettingsDialog::testSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_endpoints.size())
        return;
    QTableWidgetItem *item = m_table->item(row, TestColumn);
    item->setText(tr("testing…"));
    const QString uri = m_endpoints[row].uri;
    QPointer<QTableWidget> table(m_table);
    monitoring::ViciCounterSource::testEndpoint(uri, this, [table, row, uri](bool ok, const QString &text) {
        if (!table || row >= table->rowCount() || table->item(row, UriColumn)->text() != uri)
            return;
        table->item(row, TestColumn)->setText(ok ? tr("OK: %1").arg(text) : tr("failed: %1").arg(text));
        table->item(row, TestColumn)
            ->setForeground(ok ? table->palette().text() : QBrush(statusColor(u"ERROR"_s, table->palette())));
    });
}

} // namespace vpnaas::ui
