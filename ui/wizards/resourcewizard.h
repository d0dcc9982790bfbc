// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "workspace/workspace.h"

#include <QPointer>
#include <QWizard>

class QLabel;
class QWizardPage;

namespace vpnaas::ui {

class CliCommandBox;
class ConnectionOptionsPage;
class ConnectionPage;
class DraftPage;
class EndpointGroupPage;
class IkePolicyPage;
class IpsecPolicyPage;
class VpnServicePage;

/*!
 * "New <resource>": the page(s) of one resource type over the workspace. Finish sends the
 * create request; while it runs the wizard is busy (buttons disabled), a refusal shows the
 * server's message and request id at the bottom and keeps everything entered, success closes
 * the wizard and emits created().
 */
class ResourceWizard : public QWizard
{
    Q_OBJECT

public:
    ResourceWizard(ResourceKind kind, Workspace *workspace, QWidget *parent = nullptr);
    ~ResourceWizard() override;

    ResourceKind kind() const { return m_kind; }
    QString createdId() const { return m_createdId; }
    bool isSubmitting() const { return m_submitting; }
    /*! The message under the pages (progress or the server's refusal). */
    QString statusText() const;
    /*!
     * For a connection: what strongSwan will refuse in it, before Create (the lint errors of the
     * connection as it would be); empty when nothing.
     */
    QString lintText() const;

    /*! The `openstack` commands the last page shows under its fields (what Copy commands copies). */
    QString cliText() const;
    CliCommandBox *cliBox() const;

    /*! The pages, in order; the first one submits. */
    const QList<DraftPage *> &resourcePages() const { return m_pages; }
    IkePolicyPage *ikePolicyPage() const;
    IpsecPolicyPage *ipsecPolicyPage() const;
    VpnServicePage *vpnServicePage() const;
    EndpointGroupPage *endpointGroupPage() const;
    ConnectionPage *connectionPage() const;
    ConnectionOptionsPage *connectionOptionsPage() const;

    /*!
     * Fills documentation values where this wizard asks for them (peer 203.0.113.9, CIDR
     * 198.51.100.0/24, a random PSK), so screenshots and reviews can reach the later pages.
     */
    void fillSampleInput();

Q_SIGNALS:
    void created(vpnaas::ResourceKind kind, const QString &id);
    void submitFailed(const QString &message);

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy, const QString &text);
    void updateCli();
    void updateLint();

    ResourceKind m_kind;
    QPointer<Workspace> m_workspace;
    QLabel *m_status = nullptr;
    QLabel *m_lint = nullptr;
    CliCommandBox *m_cli = nullptr;
    QList<DraftPage *> m_pages;
    QString m_createdId;
    bool m_submitting = false;
};

/*!
 * A status line (progress or a refusal) at the bottom of \a page's own layout: under its fields,
 * above the wizard's buttons, word-wrapped and selectable; hidden until it has a text.
 */
QLabel *addWizardStatusLine(QWizardPage *page);
/*! Shows \a text in \a label (hides it when empty), in the error colour when \a isError. */
void showWizardStatus(QLabel *label, const QString &text, bool isError);

} // namespace vpnaas::ui
