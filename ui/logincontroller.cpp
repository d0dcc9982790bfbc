// SPDX-License-Identifier: Apache-2.0
#include "logincontroller.h"

#include "openstack/apierror.h"
#include "workspace/workspace.h"

#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

using openstack::CloudProfile;
using openstack::CredentialStore;

LoginController::LoginController(Workspace *workspace, CredentialStore *store, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_store(store)
    , m_window(window)
{
    connect(workspace, &Workspace::refreshSucceeded, this, &LoginController::onRefreshSucceeded);
    connect(workspace, &Workspace::refreshFailed, this, &LoginController::onRefreshFailed);
}

LoginController::~LoginController() = default;

void LoginController::connectTo(const CloudProfile &profile, QNetworkAccessManager *network)
{
    ++m_attempt;
    if (LoginDialog *previous = m_dialog) {
        // Another cloud was chosen while the dialog asked: that answer is not wanted any more.
        m_dialog = nullptr;
        previous->disconnect(this);
        previous->close();
    }
    m_network = network;
    m_origin = Origin::Configured;
    m_rememberAfterLogin = false;
    m_rememberChoice = false;
    m_storedRefused = false;
    m_keyringUnavailable.clear();
    const Secret fromEnvironment = CredentialStore::environmentSecret(profile);
    if (!CredentialStore::needsSecret(profile) || !m_store || !fromEnvironment.isEmpty()) {
        // As `openstack --os-cloud NAME`: OS_PASSWORD (OS_APPLICATION_CREDENTIAL_SECRET) fills it.
        m_pending
            = CredentialStore::needsSecret(profile) ? CredentialStore::withSecret(profile, fromEnvironment) : profile;
        m_workspace->connectTo(m_pending, network, false);
        m_serial = m_workspace->connectionSerial();
        return;
    }
    // The previous cloud's data must not stay on screen under the new cloud's name while the
    // keyring or the user answers.
    m_workspace->disconnectFromCloud();
    m_pending = profile;
    const quint64 attempt = m_attempt;
    m_store->read(CredentialStore::key(profile), this, [this, attempt](const CredentialStore::Result &result) {
        if (attempt == m_attempt)
            onStored(result);
    });
}

void LoginController::onStored(const CredentialStore::Result &result)
{
    switch (result.status) {
    case CredentialStore::Status::Ok:
        connectWith(result.secret, Origin::Keyring);
        return;
    case CredentialStore::Status::NotFound:
        break;
    case CredentialStore::Status::Unavailable:
        m_keyringUnavailable = result.message;
        break;
    }
    prompt(LoginDialog::Reason::Missing);
}

void LoginController::prompt(LoginDialog::Reason reason)
{
    if (m_dialog)
        return;
    m_dialog = new LoginDialog(m_pending, reason, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_keyringUnavailable.isEmpty())
        m_dialog->setKeyringUnavailable(m_keyringUnavailable);
    else if (reason != LoginDialog::Reason::Missing)
        m_dialog->setRemember(m_rememberChoice || reason == LoginDialog::Reason::StoredRefused);
    connect(m_dialog, &QDialog::finished, this, &LoginController::onDialogFinished);
    m_dialog->open();
}

void LoginController::onDialogFinished(int result)
{
    LoginDialog *dialog = m_dialog;
    m_dialog = nullptr;
    if (!dialog)
        return;
    if (result != QDialog::Accepted) {
        m_workspace->disconnectFromCloud();
        Q_EMIT disconnected();
        Q_EMIT message(m_pending.authType() == CloudProfile::AuthType::ApplicationCredential
                           ? tr("Not connected to “%1”: no application credential secret given.").arg(m_pending.name)
                           : tr("Not connected to “%1”: no password given.").arg(m_pending.name));
        return;
    }
    m_rememberChoice = dialog->remember();
    m_rememberAfterLogin = m_rememberChoice;
    const Secret secret = dialog->secret();
    dialog->secretField()->clear();
    if (m_storedRefused && !m_rememberAfterLogin && m_store) {
        // Keystone refused what the keyring holds and the user does not want the new one kept:
        // the refused one goes, so the next start asks instead of failing again.
        m_store->forget(CredentialStore::key(m_pending), this, [](const CredentialStore::Result &) {});
        m_storedRefused = false;
    }
    connectWith(secret, Origin::Dialog);
}

void LoginController::connectWith(const Secret &secret, Origin origin)
{
    m_origin = origin;
    m_workspace->connectTo(CredentialStore::withSecret(m_pending, secret), m_network, false);
    m_serial = m_workspace->connectionSerial();
}

bool LoginController::isOurConnection() const
{
    return m_workspace && m_workspace->isConnected() && m_workspace->connectionSerial() == m_serial
        && !m_workspace->isSimulated();
}

QString LoginController::keptForSessionText(const QString &reason) const
{
    return tr("%1 The password of “%2” is kept for this session only.").arg(reason, m_pending.name);
}

void LoginController::onRefreshSucceeded()
{
    if (!isOurConnection() || m_origin != Origin::Dialog)
        return;
    m_storedRefused = false;
    if (!m_rememberAfterLogin) {
        if (!m_keyringUnavailable.isEmpty())
            Q_EMIT message(keptForSessionText(m_keyringUnavailable));
        return;
    }
    m_rememberAfterLogin = false;
    const QString cloud = m_pending.name;
    m_store->write(CredentialStore::key(m_pending), CredentialStore::secretOf(m_workspace->profile()), this,
                   [this, cloud](const CredentialStore::Result &result) {
                       if (result.status == CredentialStore::Status::Ok) {
                           Q_EMIT message(tr("The password of “%1” is stored in the system keyring.").arg(cloud));
                       } else {
                           m_keyringUnavailable = result.message;
                           Q_EMIT message(keptForSessionText(result.message));
                       }
                   });
}

void LoginController::onRefreshFailed(const openstack::ApiError &error)
{
    if (!isOurConnection() || error.kind != openstack::ApiError::Kind::Authentication || m_origin == Origin::Configured)
        return;
    const LoginDialog::Reason reason
        = m_origin == Origin::Keyring ? LoginDialog::Reason::StoredRefused : LoginDialog::Reason::Refused;
    if (m_origin == Origin::Keyring)
        m_storedRefused = true;
    m_origin = Origin::Configured; // one prompt per refusal
    m_rememberAfterLogin = false;
    // Not from inside the workspace's signal: disconnecting stops its refreshes (an auto-refresh
    // would send the refused password again and again, and Keystone may lock the account).
    const quint64 attempt = m_attempt;
    QTimer::singleShot(0, this, [this, attempt, reason] {
        if (attempt != m_attempt)
            return;
        m_workspace->disconnectFromCloud();
        Q_EMIT disconnected();
        prompt(reason);
    });
}

bool LoginController::canForget() const
{
    if (!m_store)
        return false;
    const CloudProfile &profile = m_workspace->isConnected() ? m_workspace->profile() : m_pending;
    if (m_workspace->isSimulated() || profile.name.isEmpty())
        return false;
    const CloudProfile::AuthType type = profile.authType();
    return type == CloudProfile::AuthType::Password || type == CloudProfile::AuthType::ApplicationCredential;
}

void LoginController::forgetStoredSecret()
{
    if (!canForget())
        return;
    const CloudProfile &profile = m_workspace->isConnected() ? m_workspace->profile() : m_pending;
    const QString cloud = profile.name;
    m_rememberAfterLogin = false;
    m_store->forget(CredentialStore::key(profile), this, [this, cloud](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Status::Unavailable)
            Q_EMIT message(result.message);
        else
            Q_EMIT message(tr("No password of “%1” is stored in the system keyring any more.").arg(cloud));
    });
}

} // namespace vpnaas::ui
