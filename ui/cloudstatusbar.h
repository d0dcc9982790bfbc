// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace vpnaas {
class Workspace;
namespace openstack {
struct ApiError;
struct CloudProfile;
} // namespace openstack
} // namespace vpnaas

namespace vpnaas::ui {

/*!
 * The main window's status bar: the last error on the left (a failed refresh as a red badge),
 * and permanently a busy indicator while requests run, when the workspace was last refreshed and
 * how long it took, and the cloud it talks to (the sandbox as a purple badge that says keys typed
 * into it are stored unencrypted, and where). A cloud whose TLS is not verified or whose
 * credentials go over plain http gets a red badge for as long as it is connected (each warning
 * also logged once, in vpnaas.openstack). "Still waiting for <cloud>…" shows while a request of
 * the workspace is slow. It follows the
 * workspace's refreshes itself; the window reports everything else (messages, other errors) and
 * calls updateCloud() when the connection changed.
 */
class CloudStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit CloudStatusBar(Workspace *workspace, QWidget *parent = nullptr);
    ~CloudStatusBar() override;

    /*! "devstack — demo": the profile's cloud and, when it names one, its project. */
    static QString cloudName(const openstack::CloudProfile &profile);
    /*! "prod · RegionTwo · demo" (cloud, region when set, project or "All projects"), translated. */
    static QString scopeName(const Workspace &workspace);

    void updateCloud();
    /*! Shows \a text as the current error, in plain text. */
    void showError(const QString &text);
    void hideError();
    /*! Shows the busy indicator; false hides it unless a refresh still runs. */
    void setBusy(bool busy);

private:
    void updateRefresh();
    void updateSecurity();
    void onRefreshFailed(const openstack::ApiError &error);
    void updateWaiting();

    QPointer<Workspace> m_workspace;
    QLabel *m_cloudLabel;
    QLabel *m_refreshLabel;
    QLabel *m_errorLabel;
    QLabel *m_securityLabel; // TLS not verified, credentials over http
    quint64 m_loggedConnection = 0; // Workspace::connectionSerial() whose warnings were logged
    QLabel *m_waitingLabel;
    QProgressBar *m_busy;
};

} // namespace vpnaas::ui
