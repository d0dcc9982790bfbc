// SPDX-License-Identifier: Apache-2.0
#include "logindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

using openstack::CloudProfile;

bool isApplicationCredential(const CloudProfile &profile)
{
    return profile.authType() == CloudProfile::AuthType::ApplicationCredential;
}

/*! "name (domain)" or the id alone. */
QString withDomain(const QString &name, const QString &id, const QString &domainName, const QString &domainId)
{
    if (name.isEmpty())
        return id;
    const QString domain = !domainName.isEmpty() ? domainName : domainId;
    return domain.isEmpty() ? name : LoginDialog::tr("%1 (domain %2)").arg(name, domain);
}

/*! A read-only value: selectable, and announced with its label's text. */
QLabel *valueLabel(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

LoginDialog::LoginDialog(const CloudProfile &profile, Reason reason, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"LoginDialog"_s);
    const bool appCredential = isApplicationCredential(profile);
    setWindowTitle(tr("Log In to “%1”").arg(profile.name));

    auto *layout = new QVBoxLayout(this);
    QString intro;
    switch (reason) {
    case Reason::Missing:
        intro = appCredential ? tr("Cloud “%1” needs the secret of its application credential: clouds.yaml, "
                                   "secure.yaml and OS_APPLICATION_CREDENTIAL_SECRET do not give it.")
                                    .arg(profile.name)
                              : tr("Cloud “%1” needs a password: clouds.yaml, secure.yaml and OS_PASSWORD do not "
                                   "give it.")
                                    .arg(profile.name);
        break;
    case Reason::Refused:
        intro = appCredential ? tr("Keystone refused the secret. Enter it again.")
                              : tr("Keystone refused the password. Enter it again.");
        break;
    case Reason::StoredRefused:
        intro = appCredential ? tr("Keystone refused the secret stored in the system keyring. Enter the current one: "
                                   "it replaces the stored one.")
                              : tr("Keystone refused the password stored in the system keyring. Enter the current "
                                   "one: it replaces the stored one.");
        break;
    }
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"reason"_s);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto addValue = [this, form](const QString &labelText, const QString &value, const QString &name) {
        QLabel *field = valueLabel(value, labelText.chopped(1), this);
        field->setObjectName(name);
        auto *label = new QLabel(labelText, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addValue(tr("Cloud:"), profile.name, u"cloud"_s);
    if (appCredential) {
        const QString credential = !profile.applicationCredentialName.isEmpty() ? profile.applicationCredentialName
                                                                                : profile.applicationCredentialId;
        addValue(tr("Application credential:"), credential, u"applicationCredential"_s);
        if (!profile.username.isEmpty() || !profile.userId.isEmpty())
            addValue(tr("User:"),
                     withDomain(profile.username, profile.userId, profile.userDomainName, profile.userDomainId),
                     u"user"_s);
    } else {
        addValue(tr("User:"),
                 withDomain(profile.username, profile.userId, profile.userDomainName, profile.userDomainId), u"user"_s);
    }
    const QString project
        = withDomain(profile.projectName, profile.projectId, profile.projectDomainName, profile.projectDomainId);
    addValue(tr("Project:"), project.isEmpty() ? tr("none given") : project, u"project"_s);
    addValue(tr("Auth URL:"), profile.authUrl.toDisplayString(QUrl::RemoveUserInfo), u"authUrl"_s);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(false);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *secretLabel = new QLabel(appCredential ? tr("&Secret:") : tr("&Password:"), this);
    secretLabel->setBuddy(m_secret);
    m_secret->setAccessibleName(appCredential ? tr("Secret") : tr("Password"));
    form->addRow(secretLabel, m_secret);

    m_remember = new QCheckBox(tr("&Remember in the system keyring"), this);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setChecked(reason == Reason::StoredRefused);
    m_remember->setToolTip(tr("Keep it in the desktop's keyring (Secret Service), never in a file of the console"));
    form->addRow(m_remember);
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(u"keyringNote"_s);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();
    form->addRow(m_keyringNote);

    for (const QString &warning : profile.securityWarnings()) {
        auto *label = new QLabel(warning, this);
        label->setWordWrap(true);
        label->setObjectName(u"securityWarning"_s);
        layout->addWidget(label);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_secret, &QLineEdit::textChanged, this, &LoginDialog::updateOk);
    updateOk();
    m_secret->setFocus();
    setMinimumWidth(440);
}

LoginDialog::~LoginDialog() = default;

Secret LoginDialog::secret() const
{
    return Secret(m_secret->text());
}

bool LoginDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setKeyringUnavailable(const QString &reason)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keyringNote->setText(tr("%1 The password is kept for this session only.").arg(reason));
    m_keyringNote->show();
}

void LoginDialog::updateOk()
{
    // Keystone refuses an empty password or secret: there is nothing to send.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_secret->text().isEmpty());
}

} // namespace vpnaas::ui
