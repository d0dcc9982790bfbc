// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logindialog.h"

#include "openstack/cloudprofile.h"
#include "openstack/credentialstore.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace vpnaas {
class Workspace;
namespace openstack {
struct ApiError;
} // namespace openstack
} // namespace vpnaas

namespace vpnaas::ui {

/*!
 * Logs in like the `openstack` CLI and remembers like a desktop app. connectTo() hands the
 * workspace a profile with its secret: as configured when it has one (or needs none: token,
 * `none`); else OS_PASSWORD (or OS_APPLICATION_CREDENTIAL_SECRET), as `openstack --os-cloud`
 * takes it; else the one the system keyring holds for it (CredentialStore::key()); else the one
 * the user types into a LoginDialog. Cancel leaves the console unconnected and says so.
 *
 * A secret typed with "Remember in the system keyring" is stored once Keystone accepted it (the
 * first refresh succeeded), replacing what was stored. When Keystone refuses (401) a secret that
 * came from the keyring or the dialog, the dialog asks again ("the stored password was
 * refused"). Without a usable keyring the dialog and message() say the secret is kept for this
 * session only. The workspace keeps the resolved profile, so later reconnects that reuse
 * Workspace::profile() need no prompt. Secrets are never logged or shown.
 *
 * The store and the workspace are not owned; the dialog is a child of the window.
 */
class LoginController : public QObject
{
    Q_OBJECT

public:
    LoginController(Workspace *workspace, openstack::CredentialStore *store, QWidget *window);
    ~LoginController() override;

    void setCredentialStore(openstack::CredentialStore *store) { m_store = store; }
    openstack::CredentialStore *credentialStore() const { return m_store; }

    /*! Connects the workspace to \a profile through \a network (not owned), asking for its secret first when needed. */
    void connectTo(const openstack::CloudProfile &profile, QNetworkAccessManager *network);
    /*! The open login dialog, or null. */
    LoginDialog *dialog() const { return m_dialog; }
    /*! A cloud is current whose password or application credential secret may be stored. */
    bool canForget() const;
    /*! Removes the current cloud's secret from the system keyring (the session keeps using it). */
    void forgetStoredSecret();

Q_SIGNALS:
    /*! A status line for the user (stored, forgotten, canceled, no keyring). */
    void message(const QString &text);
    /*! The login was canceled or is asked again: the workspace was disconnected. */
    void disconnected();

private:
    enum class Origin { Configured, Keyring, Dialog };

    void onStored(const openstack::CredentialStore::Result &result);
    void prompt(LoginDialog::Reason reason);
    void onDialogFinished(int result);
    void connectWith(const Secret &secret, Origin origin);
    void onRefreshSucceeded();
    void onRefreshFailed(const openstack::ApiError &error);
    bool isOurConnection() const;
    QString keptForSessionText(const QString &reason) const;

    QPointer<Workspace> m_workspace;
    QPointer<openstack::CredentialStore> m_store;
    QPointer<QWidget> m_window;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<LoginDialog> m_dialog;

    openstack::CloudProfile m_pending; // the profile being logged into, without its secret
    quint64 m_attempt = 0; // bumped by connectTo(): answers of an older attempt are dropped
    quint64 m_serial = 0; // the workspace's connectionSerial() of our last connectTo
    Origin m_origin = Origin::Configured;
    bool m_rememberAfterLogin = false; // store the secret once Keystone accepted it
    bool m_rememberChoice = false; // the check box as the user left it
    bool m_storedRefused = false; // the keyring's secret was refused: drop it unless replaced
    QString m_keyringUnavailable; // why the keyring cannot be used, once known
};

} // namespace vpnaas::ui
