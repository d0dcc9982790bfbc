// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resourcepage.h"

#include "vpnaas/ipsecsiteconnection.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace vpnaas::ui {

class ConnectionOptionsPage;

/*!
 * IPsec site connection, first page: what it connects (service, policies, endpoint groups or
 * legacy peer CIDRs as the service requires), the peer (address, id) and the pre-shared key
 * (masked, with confirmation and a strength hint). In the guided wizard the references come
 * from the earlier pages and their pickers are hidden.
 */
class ConnectionPage : public ResourcePage<IpsecSiteConnection>
{
    Q_OBJECT

public:
    explicit ConnectionPage(Workspace *workspace, QWidget *parent = nullptr);
    void initializePage() override;

    void setOptionsPage(ConnectionOptionsPage *options) { m_options = options; }
    /*! Hides the service/policy/group pickers: the guided wizard fills those ids in itself. */
    void setReferencesProvided(bool provided);
    void setName(const QString &name);
    void setPeer(const QString &address, const QString &id = {});
    void setPsk(const QString &psk, const QString &confirmation);
    /*! Generate: both key fields get a new random key (generatePsk()), still masked. */
    void generateKey();

    /*! Everything this page and the options page set (ids empty when provided by the wizard). */
    IpsecSiteConnectionDraft draft() const override;
    bool isLegacyService() const;

protected:
    /*! Edit mode: service and policies cannot change; the key stays as it is unless a new one is typed. */
    void showResource(const IpsecSiteConnection &connection) override;
    Problems validateDraft() const override;

private:
    void fillReferences();
    void updateLegacy();
    void updateStrength();

    ConnectionOptionsPage *m_options = nullptr;
    bool m_referencesProvided = false;
    QLineEdit *m_name, *m_description;
    QWidget *m_references;
    QComboBox *m_service, *m_ike, *m_ipsec, *m_localGroup, *m_peerGroup;
    QPlainTextEdit *m_peerCidrs;
    QWidget *m_localGroupRow = nullptr, *m_peerGroupRow = nullptr, *m_peerCidrsRow = nullptr;
    QLineEdit *m_peerAddress, *m_peerId, *m_localId, *m_psk, *m_pskConfirm;
    QToolButton *m_showPsk, *m_generatePsk;
    QProgressBar *m_strength;
    QLabel *m_strengthText;
    bool m_peerIdEdited = false;
    bool m_pskGenerated = false; // the key fields hold a key Generate made, not typed since
};

/*! IPsec site connection, second page: MTU, dead peer detection, initiator, admin state. */
class ConnectionOptionsPage : public DraftPage
{
    Q_OBJECT

public:
    ConnectionOptionsPage(Workspace *workspace, ConnectionPage *main, QWidget *parent = nullptr);

    /*! Applies this page's values to \a draft. */
    void apply(IpsecSiteConnectionDraft &draft) const;
    void load(const IpsecSiteConnection &connection);
    bool loadResource(const ServerState &state, const QString &id) override;

protected:
    Problems validateDraft() const override;

private:
    ConnectionPage *m_main;
    QSpinBox *m_mtu, *m_dpdInterval, *m_dpdTimeout;
    QComboBox *m_dpdAction, *m_initiator;
    QCheckBox *m_adminUp;
};

} // namespace vpnaas::ui
