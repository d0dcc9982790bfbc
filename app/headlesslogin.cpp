// SPDX-License-Identifier: Apache-2.0
#include "headlesslogin.h"

#include "openstack/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using vpnaas::Secret;
using vpnaas::openstack::CloudProfile;
using vpnaas::openstack::CredentialStore;
using vpnaas::openstack::KeychainCredentialStore;

namespace {

class HeadlessLogin
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessLogin)
};

/*! What the system keyring holds for \a profile, waiting at most \a timeoutMs; \a note says why not. */
std::optional<Secret> fromKeyring(const CloudProfile &profile, int timeoutMs, QString *note)
{
    if (!KeychainCredentialStore::sessionBusAvailable()) {
        *note = HeadlessLogin::tr("no D-Bus session bus, so no system keyring");
        return std::nullopt;
    }
    KeychainCredentialStore store;
    QEventLoop loop;
    std::optional<CredentialStore::Result> result;
    store.read(CredentialStore::key(profile), &loop, [&](const CredentialStore::Result &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result) {
        *note = HeadlessLogin::tr("the system keyring did not answer within %1 s").arg(timeoutMs / 1000);
        return std::nullopt;
    }
    switch (result->status) {
    case CredentialStore::Status::Ok:
        return result->secret;
    case CredentialStore::Status::NotFound:
        *note = HeadlessLogin::tr("none is stored in the system keyring");
        break;
    case CredentialStore::Status::Unavailable:
        *note = result->message;
        break;
    }
    return std::nullopt;
}

/*!
 * One line read from the terminal on stdin (the caller checked it is one) with echo off, restored
 * afterwards; the prompt on stderr. Nothing when the input ended before a line.
 */
std::optional<Secret> fromTerminal(const QString &prompt)
{
    termios saved = {};
    if (::tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ECHONL);
    // Echo off before the prompt shows: what is typed after it is never echoed or flushed away.
    if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    bool complete = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            complete = true;
            break;
        }
        line.push_back(char(c));
    }
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!complete && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    Secret secret(QString::fromLocal8Bit(line.data(), qsizetype(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace

std::optional<CloudProfile> resolveSecretHeadless(const CloudProfile &profile, QString *error, int keyringTimeoutMs)
{
    if (!CredentialStore::needsSecret(profile))
        return profile;
    if (const Secret fromEnvironment = CredentialStore::environmentSecret(profile); !fromEnvironment.isEmpty())
        return CredentialStore::withSecret(profile, fromEnvironment);
    QString note;
    if (std::optional<Secret> stored = fromKeyring(profile, keyringTimeoutMs, &note))
        return CredentialStore::withSecret(profile, *stored);

    const bool appCredential = profile.authType() == CloudProfile::AuthType::ApplicationCredential;
    if (::isatty(STDIN_FILENO)) {
        const QString who = appCredential
            ? (profile.applicationCredentialName.isEmpty() ? profile.applicationCredentialId
                                                           : profile.applicationCredentialName)
            : (profile.username.isEmpty() ? profile.userId : profile.username);
        const QString prompt = appCredential
            ? HeadlessLogin::tr("Secret of application credential %1 of cloud \"%2\": ").arg(who, profile.name)
            : HeadlessLogin::tr("Password of %1 for cloud \"%2\": ").arg(who, profile.name);
        if (std::optional<Secret> typed = fromTerminal(prompt); typed && !typed->isEmpty())
            return CredentialStore::withSecret(profile, *typed);
        *error = appCredential
            ? HeadlessLogin::tr("no application credential secret given for cloud \"%1\"").arg(profile.name)
            : HeadlessLogin::tr("no password given for cloud \"%1\"").arg(profile.name);
        return std::nullopt;
    }
    *error = appCredential
        ? HeadlessLogin::tr("cloud \"%1\" has no application credential secret (%2) and there is no terminal to "
                            "ask on: set OS_APPLICATION_CREDENTIAL_SECRET, or application_credential_secret: in "
                            "secure.yaml, or log in once in the window with \"Remember in the system keyring\"")
              .arg(profile.name, note)
        : HeadlessLogin::tr("cloud \"%1\" has no password (%2) and there is no terminal to ask on: set "
                            "OS_PASSWORD, or password: in secure.yaml, or log in once in the window with "
                            "\"Remember in the system keyring\"")
              .arg(profile.name, note);
    return std::nullopt;
}
