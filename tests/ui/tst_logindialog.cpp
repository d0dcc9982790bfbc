// SPDX-License-Identifier: Apache-2.0
// The login dialog shows whose secret it asks for (cloud, user or application credential,
// project, auth URL without user-info), masks the secret and never shows it anywhere else, labels
// every field for screen readers and the keyboard, and says when the keyring cannot keep it.
#include "logindialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;
using vpnaas::ui::LoginDialog;

Q_DECLARE_METATYPE(vpnaas::openstack::CloudProfile)

namespace {

CloudProfile horizonProfile()
{
    CloudProfile p;
    p.name = u"prod"_s;
    p.authUrl = QUrl(u"https://keystone.example.org:5000/v3"_s);
    p.username = u"demo"_s;
    p.userDomainName = u"Default"_s;
    p.projectName = u"demo-project"_s;
    p.projectDomainName = u"Default"_s;
    return p;
}

QString valueOf(const LoginDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label ? label->text() : u"<missing>"_s;
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhoseSecret_data();
    void showsWhoseSecret();
    void reasons_data();
    void reasons();
    void secretIsNeverShown();
    void labelsAreBuddiesWithMnemonics();
    void okNeedsASecret();
    void keyringUnavailable();
};

void TestLoginDialog::showsWhoseSecret_data()
{
    QTest::addColumn<CloudProfile>("profile");
    QTest::addColumn<QString>("secretLabel");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("authUrl");

    QTest::addRow("password") << horizonProfile() << u"&Password:"_s << u"demo (domain Default)"_s << u"<missing>"_s
                              << u"demo-project (domain Default)"_s << u"https://keystone.example.org:5000/v3"_s;
    CloudProfile p = horizonProfile();
    p.authUrl = QUrl(u"http://demo:hunter2@127.0.0.1:15000/v3"_s);
    p.username.clear();
    p.userId = u"u-123"_s;
    p.projectName.clear();
    p.projectId = u"p-456"_s;
    QTest::addRow("ids, user-info in the auth URL")
        << p << u"&Password:"_s << u"u-123"_s << u"<missing>"_s << u"p-456"_s << u"http://127.0.0.1:15000/v3"_s;
    p = horizonProfile();
    p.authTypeName = u"v3applicationcredential"_s;
    p.applicationCredentialId = u"ac-1"_s;
    p.username.clear();
    p.projectName.clear();
    p.projectDomainName.clear();
    QTest::addRow("application credential by id") << p << u"&Secret:"_s << u"<missing>"_s << u"ac-1"_s
                                                  << u"none given"_s << u"https://keystone.example.org:5000/v3"_s;
    p = horizonProfile();
    p.authTypeName = u"v3applicationcredential"_s;
    p.applicationCredentialName = u"ci"_s;
    QTest::addRow("application credential by name and user")
        << p << u"&Secret:"_s << u"demo (domain Default)"_s << u"ci"_s << u"demo-project (domain Default)"_s
        << u"https://keystone.example.org:5000/v3"_s;
}

void TestLoginDialog::showsWhoseSecret()
{
    QFETCH(CloudProfile, profile);
    QFETCH(QString, secretLabel);
    QFETCH(QString, user);
    QFETCH(QString, credential);
    QFETCH(QString, project);
    QFETCH(QString, authUrl);
    LoginDialog dialog(profile, LoginDialog::Reason::Missing);
    QCOMPARE(dialog.windowTitle(), u"Log In to “prod”"_s);
    QCOMPARE(valueOf(dialog, u"cloud"_s), u"prod"_s);
    QCOMPARE(valueOf(dialog, u"user"_s), user);
    QCOMPARE(valueOf(dialog, u"applicationCredential"_s), credential);
    QCOMPARE(valueOf(dialog, u"project"_s), project);
    QCOMPARE(valueOf(dialog, u"authUrl"_s), authUrl);
    const QLabel *buddyOfSecret = nullptr;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(u"hunter2"), qPrintable(label->text()));
        if (label->buddy() == dialog.secretField())
            buddyOfSecret = label;
    }
    QVERIFY(buddyOfSecret);
    QCOMPARE(buddyOfSecret->text(), secretLabel);
    QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Password);
}

void TestLoginDialog::reasons_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("rememberChecked");
    QTest::addRow("missing") << int(LoginDialog::Reason::Missing) << u"needs a password"_s << false;
    QTest::addRow("refused") << int(LoginDialog::Reason::Refused) << u"Keystone refused the password."_s << false;
    QTest::addRow("stored refused") << int(LoginDialog::Reason::StoredRefused)
                                    << u"refused the password stored in the system keyring"_s << true;
}

void TestLoginDialog::reasons()
{
    QFETCH(int, reason);
    QFETCH(QString, says);
    QFETCH(bool, rememberChecked);
    LoginDialog dialog(horizonProfile(), LoginDialog::Reason(reason));
    const QString text = valueOf(dialog, u"reason"_s);
    QVERIFY2(text.contains(says), qPrintable(text));
    QCOMPARE(dialog.rememberBox()->isChecked(), rememberChecked);
    QCOMPARE(dialog.remember(), rememberChecked);
}

void TestLoginDialog::secretIsNeverShown()
{
    const QString secret = u"correct-horse-battery"_s;
    LoginDialog dialog(horizonProfile(), LoginDialog::Reason::Missing);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.secretField(), secret);
    QCOMPARE(dialog.secret().reveal(), secret);
    QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.secretField()->displayText().contains(u"correct"));
    // No reveal action on the field, no label or tooltip that repeats it.
    QVERIFY(dialog.secretField()->actions().isEmpty());
    for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
        QVERIFY(!widget->toolTip().contains(secret));
        QVERIFY(!widget->accessibleName().contains(secret));
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            QVERIFY(!label->text().contains(secret));
    }
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(dialog.secretField());
    QVERIFY(accessible);
    QVERIFY(!accessible->text(QAccessible::Value).contains(u"correct"));
}

void TestLoginDialog::labelsAreBuddiesWithMnemonics()
{
    LoginDialog dialog(horizonProfile(), LoginDialog::Reason::Missing);
    // Title Case for the title and buttons, sentence case for labels (KDE HIG).
    QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Ok)->text(), u"&Log In"_s);
    QCOMPARE(dialog.rememberBox()->text(), u"&Remember in the system keyring"_s);
    int buddies = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        ++buddies;
        QVERIFY2(label->text().endsWith(u':'), qPrintable(label->text()));
        // Sentence case: no word after the first starts upper case, except names (URL).
        const QStringList words = label->text().chopped(1).remove(u'&').split(u' ');
        for (qsizetype i = 1; i < words.size(); ++i)
            QVERIFY2(words[i].front().isLower() || words[i] == u"URL", qPrintable(label->text()));
        // A screen reader names the field after its label.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label->buddy());
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), label->text().chopped(1).remove(u'&'));
    }
    QCOMPARE(buddies, 5); // cloud, user, project, auth URL, password
    // The one editable field has a mnemonic.
    bool mnemonic = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        mnemonic = mnemonic || (label->buddy() == dialog.secretField() && label->text().contains(u'&'));
    QVERIFY(mnemonic);
}

void TestLoginDialog::okNeedsASecret()
{
    LoginDialog dialog(horizonProfile(), LoginDialog::Reason::Missing);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.secretField(), u"x"_s);
    QVERIFY(ok->isEnabled());
    dialog.secretField()->clear();
    QVERIFY(!ok->isEnabled());
}

void TestLoginDialog::keyringUnavailable()
{
    LoginDialog dialog(horizonProfile(), LoginDialog::Reason::StoredRefused);
    QVERIFY(dialog.remember());
    dialog.setKeyringUnavailable(u"No system keyring is available."_s);
    QVERIFY(!dialog.rememberBox()->isEnabled());
    QVERIFY(!dialog.remember());
    const auto *note = dialog.findChild<QLabel *>(u"keyringNote"_s);
    QVERIFY(note && !note->isHidden());
    QVERIFY2(note->text().contains(u"kept for this session only"), qPrintable(note->text()));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
