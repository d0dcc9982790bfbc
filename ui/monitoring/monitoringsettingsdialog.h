// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "monitoringcontroller.h"

#include "vpnaas/serverstate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vpnaas::ui {

/*!
 * Monitoring settings: poll interval, history retention, desktop notifications, and the
 * strongSwan VICI endpoints of this cloud (a VPN service's network node or a connection's peer
 * gateway, reached over VICI's TCP listener or an SSH-forwarded UNIX socket). Each endpoint
 * can be tested (VICI `version`) before it is kept. Nothing is applied until OK.
 */
class MonitoringSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MonitoringSettingsDialog(QWidget *parent = nullptr);
    ~MonitoringSettingsDialog() override;

    void setSettings(const MonitoringController::Settings &settings);
    MonitoringController::Settings settings() const;
    /*! What endpoints can be attached to; \a realCloud false disables them (sandbox, offline). */
    void setWorkspaceState(const ServerState &state, bool realCloud);
    void setEndpoints(const QList<monitoring::ViciEndpoint> &endpoints);
    QList<monitoring::ViciEndpoint> endpoints() const { return m_endpoints; }

    /*! Adds the endpoint in the form; false (with the reason shown) when it is not valid. */
    bool addFromForm();
    QLineEdit *uriEdit() const { return m_uri; }
    QComboBox *targetBox() const { return m_target; }
    QLabel *formMessage() const { return m_formMessage; }
    QTableWidget *endpointTable() const { return m_table; }

private:
    void fillTable();
    void removeSelected();
    void testSelected();
    QString targetText(const monitoring::ViciEndpoint &endpoint) const;

    QSpinBox *m_interval;
    QSpinBox *m_retention;
    QCheckBox *m_notifications;
    QGroupBox *m_endpointGroup;
    QTableWidget *m_table;
    QComboBox *m_target;
    QLineEdit *m_uri;
    QLabel *m_formMessage;
    QPushButton *m_remove;
    QPushButton *m_test;
    ServerState m_state;
    QList<monitoring::ViciEndpoint> m_endpoints;
};

} // namespace vpnaas::ui
