// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "strongswan/finding.h"
#include "strongswan/strongswanrenderer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;

namespace vpnaas::ui {

class ConfigPreview;

/*!
 * "Config": the strongSwan files both ends of a VPN service will run — our side as the Neutron
 * driver renders them (ipsec.conf, ipsec.secrets, strongswan.conf) and as swanctl.conf, and the
 * peer's side of one connection (strongSwan swanctl.conf / ipsec.conf / ipsec.secrets and the
 * strongswan.conf drop-in strongswan.d/vpnaas-peer.conf, Libreswan ipsec.conf / ipsec.secrets). Highlighted, lint
 * findings listed beside the text and marked in it; PSKs masked (also in copies and screenshots) until "Reveal"; Save
 * (0600 for secrets) and Export all.
 */
class ConfigView : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigView(QWidget *parent = nullptr);
    ~ConfigView() override;

    void setState(const ServerState &state);
    /*! Shows the service (VPN service) or the connection's service with that connection as the peer side. */
    bool setTarget(ResourceKind kind, const QString &id);
    QString serviceId() const { return m_serviceId; }
    QString connectionId() const;

    void setSecretsRevealed(bool revealed);
    bool secretsRevealed() const;
    void setDialect(strongswan::Dialect dialect);
    /*!
     * The dialect of the server's neutron-vpnaas, from its extensions (vpn-aes-ctr: 2025.1 and
     * later, otherwise Zed), unless the user picked one in the selector.
     */
    void setServerDialect(strongswan::Dialect dialect);
    strongswan::Dialect dialect() const;

    /*! Writes every file under \a directory (own/, peer/), secrets 0600; false with \a error. */
    bool exportAll(const QString &directory, QString *error) const;
    /*! Saves the file of the current tab to \a path (0600 when it holds a PSK). */
    bool saveCurrent(const QString &path, QString *error) const;

    QTabWidget *tabs() const { return m_tabs; }
    ConfigPreview *preview(const QString &fileName) const;
    const strongswan::Findings &findings() const { return m_findings; }
    QListWidget *findingsList() const { return m_findingsList; }

private:
    void render();
    void fillConnections();
    void showFinding(int row);
    QList<strongswan::ConfigFile> files(bool revealSecrets) const;

    ServerState m_state;
    QString m_serviceId;
    QString m_preferredConnection;
    QLabel *m_title;
    QComboBox *m_connection;
    QComboBox *m_dialect;
    bool m_dialectChosen = false; // picked by the user: the server's release no longer moves it
    QCheckBox *m_reveal;
    QTabWidget *m_tabs;
    QListWidget *m_findingsList;
    strongswan::Findings m_findings;
};

} // namespace vpnaas::ui
