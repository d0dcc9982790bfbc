// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/cloudprofile.h"

#include "vpnaas/secret.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vpnaas::ui {

/*!
 * Asks for the password (or application credential secret) a cloud profile lacks, the way
 * `openstack` prompts for it: it shows which cloud, user (or application credential), project
 * and auth URL (without user-info) the secret is for, a masked field and "Remember in the
 * system keyring". The secret is never shown: the field is masked and has no reveal toggle.
 * OK ("Log In") needs a non-empty secret: Keystone refuses an empty one.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason {
        Missing, // the profile has no secret and none is stored
        Refused, // Keystone refused the secret typed in this dialog
        StoredRefused, // Keystone refused the secret from the system keyring
    };

    LoginDialog(const openstack::CloudProfile &profile, Reason reason, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Secret secret() const;
    bool remember() const;
    void setRemember(bool remember);
    /*! No keyring can be used: the check box is off and disabled, \a reason says why. */
    void setKeyringUnavailable(const QString &reason);

    QLineEdit *secretField() const { return m_secret; }
    QCheckBox *rememberBox() const { return m_remember; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit *m_secret = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keyringNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vpnaas::ui
