// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/sitetositerun.h"
#include "workspace/workspace.h"

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace vpnaas::ui {

class ConfigView;
class ConnectionOptionsPage;
class ConnectionPage;
class EndpointGroupPage;
class IkePolicyPage;
class IpsecPolicyPage;
class SiteToSiteWizard;
class VpnServicePage;

/*! The guided wizard's last page: what will be created, the equivalent CLI, the config preview slot. */
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(SiteToSiteWizard *wizard);
    void initializePage() override;

    QString summaryText() const;
    QString cliText() const;
    /*! The strongSwan configuration both gateways will run (the Configuration view). */
    QWidget *configPreviewSlot() const { return m_previewSlot; }
    ConfigView *configView() const { return m_config; }
    /*! Shows what Create is doing now (empty hides it). */
    void setProgress(const QString &text, bool isError);
    /*! Shows a run's report in the page (scrollable, selectable); empty lines hide it. */
    void setReport(const QStringList &lines, bool failed);
    QString progressText() const;
    QString reportText() const;

private:
    SiteToSiteWizard *m_wizard;
    QTextBrowser *m_summary;
    QPlainTextEdit *m_cli;
    QWidget *m_previewSlot;
    ConfigView *m_config;
    QLabel *m_progress;
    QTextBrowser *m_report;
};

/*!
 * "New site-to-site VPN": IKE policy → IPsec policy → VPN service → local subnet group → peer CIDR
 * group → connection (+ options) → summary, each step new or existing. Finish creates the new
 * ones in that order with progress; a failure deletes what this run created, newest first, and
 * says so in a report on the summary page (SiteToSiteRun).
 *
 * The run belongs to its owner (setRunOwner(): the main window), not to the wizard. Closing the
 * wizard in any way while Create runs cancels the run, which then rolls back on its own; closing
 * it during the rollback lets the rollback finish. runStarted() hands the run to whoever shows
 * its outcome once the wizard is gone.
 */
class SiteToSiteWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        IkePage,
        IpsecPage,
        ServicePage,
        LocalGroupPage,
        PeerGroupPage,
        ConnectionPageId,
        OptionsPage,
        SummaryPageId
    };

    explicit SiteToSiteWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~SiteToSiteWizard() override;

    Workspace *workspace() const { return m_workspace; }
    SiteToSitePlan plan() const;
    /*! The project as it will be after Create (planned resources under "planned-…" ids). */
    ServerState plannedState(QString *connectionId = nullptr) const;
    /*! The CLI commands that do what plan() does (the PSK read from $VPN_PSK). */
    QStringList cliCommands(QStringList *notes = nullptr) const;
    /*! Human-readable lines: "New IKE policy “ikepolicy”: aes-256, sha256, group14, v2, 3600 s". */
    QStringList summaryLines() const;

    bool isSubmitting() const { return m_run != nullptr; }
    SiteToSiteRun *run() const { return m_run; }
    /*! Parent of the runs Create starts (default: the workspace); they outlive the wizard. */
    void setRunOwner(QObject *owner) { m_runOwner = owner; }
    QString statusText() const;
    QString connectionId() const { return m_connectionId; }

    IkePolicyPage *ikePolicyPage() const { return m_ike; }
    IpsecPolicyPage *ipsecPolicyPage() const { return m_ipsec; }
    VpnServicePage *vpnServicePage() const { return m_service; }
    EndpointGroupPage *localGroupPage() const { return m_local; }
    EndpointGroupPage *peerGroupPage() const { return m_peer; }
    ConnectionPage *connectionPage() const { return m_connection; }
    ConnectionOptionsPage *optionsPage() const { return m_options; }
    SummaryPage *summaryPage() const { return m_summary; }

    /*!
     * Fills documentation values the guided path needs beyond its defaults (peer CIDR
     * 198.51.100.0/24, peer 203.0.113.9, a random PSK), so screenshots and reviews can reach the
     * later pages.
     */
    void fillSampleInput();

Q_SIGNALS:
    void created(const QString &connectionId);
    void submitFailed(const QString &report);
    /*! Create started \a run (owned by the run owner; it deletes itself after finished()). */
    void runStarted(vpnaas::SiteToSiteRun *run);

public Q_SLOTS:
    void accept() override;
    /*! Escape, the window's close button, close(): while Create runs, cancel it (it rolls back) and close. */
    void reject() override;

protected:
    void initializePage(int id) override;

private:
    void setBusy(bool busy);

    QPointer<Workspace> m_workspace;
    IkePolicyPage *m_ike;
    IpsecPolicyPage *m_ipsec;
    VpnServicePage *m_service;
    EndpointGroupPage *m_local;
    EndpointGroupPage *m_peer;
    ConnectionPage *m_connection;
    ConnectionOptionsPage *m_options;
    SummaryPage *m_summary;
    QPointer<QObject> m_runOwner;
    QPointer<SiteToSiteRun> m_run;
    QString m_connectionId;
};

} // namespace vpnaas::ui
