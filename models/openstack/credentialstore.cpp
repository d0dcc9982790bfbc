// SPDX-License-Identifier: Apache-2.0
#include "credentialstore.h"

#include "openstacklogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::CredentialStore)
};

/*! Calls \a done with \a result later, in \a context's thread, only while \a context lives. */
void answerLater(QObject *context, CredentialStore::Callback done, CredentialStore::Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

CredentialStore::Result noSessionBus()
{
    return {CredentialStore::Status::Unavailable,
            {},
            Text::tr("No system keyring is available: there is no D-Bus session bus to reach one on.")};
}

/*!
 * QtKeychain's outcome as ours. EntryNotFound is "nothing stored"; every other error means the
 * keyring could not be used: NoBackendAvailable (no Secret Service, no KWallet), AccessDenied
 * (libsecret's SECRET_ERROR_IS_LOCKED: locked and not unlocked), AccessDeniedByUser (a dismissed
 * prompt), OtherError (libsecret's D-Bus errors, e.g. "The name org.freedesktop.secrets was not
 * provided by any .service files"; QtKeychain 0.13 libsecret.cpp gerrorToCode()).
 */
CredentialStore::Result resultOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {CredentialStore::Status::NotFound, {}, {}};
    default:
        break;
    }
    const QString reason = job.errorString().isEmpty() ? Text::tr("unknown error") : job.errorString();
    return {CredentialStore::Status::Unavailable, {}, Text::tr("The system keyring is not available: %1").arg(reason)};
}

void configure(QKeychain::Job &job, const QString &key)
{
    job.setKey(key);
    // Never QtKeychain's plain-text QSettings store: a secret is in the keyring or nowhere.
    job.setInsecureFallback(false);
    job.setAutoDelete(true);
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return u"vpnaas-console"_s;
}

QString CredentialStore::key(const CloudProfile &profile)
{
    QString identity;
    if (profile.authType() == CloudProfile::AuthType::ApplicationCredential) {
        if (!profile.applicationCredentialId.isEmpty())
            identity = u"application-credential-id:"_s + profile.applicationCredentialId;
        else
            identity = u"application-credential:"_s + profile.applicationCredentialName + u" user:"_s
                + (profile.userId.isEmpty() ? profile.username : profile.userId);
    } else if (!profile.userId.isEmpty()) {
        identity = u"user-id:"_s + profile.userId;
    } else {
        const QString domain = !profile.userDomainId.isEmpty() ? QString(u"domain-id:"_s + profile.userDomainId)
                                                               : QString(u"domain:"_s + profile.userDomainName);
        identity = u"user:"_s + profile.username + u' ' + domain;
    }
    const QString authUrl = profile.authUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
    return u"cloud:%1 auth-url:%2 %3"_s.arg(profile.name, authUrl, identity);
}

bool CredentialStore::needsSecret(const CloudProfile &profile)
{
    switch (profile.authType()) {
    case CloudProfile::AuthType::Password:
    case CloudProfile::AuthType::ApplicationCredential:
        return secretOf(profile).isEmpty();
    default:
        return false;
    }
}

Secret CredentialStore::secretOf(const CloudProfile &profile)
{
    return profile.authType() == CloudProfile::AuthType::ApplicationCredential ? profile.applicationCredentialSecret
                                                                               : profile.password;
}

CloudProfile CredentialStore::withSecret(CloudProfile profile, const Secret &secret)
{
    if (profile.authType() == CloudProfile::AuthType::ApplicationCredential)
        profile.applicationCredentialSecret = secret;
    else
        profile.password = secret;
    return profile;
}

QString CredentialStore::environmentVariable(const CloudProfile &profile)
{
    return profile.authType() == CloudProfile::AuthType::ApplicationCredential ? u"OS_APPLICATION_CREDENTIAL_SECRET"_s
                                                                               : u"OS_PASSWORD"_s;
}

Secret CredentialStore::environmentSecret(const CloudProfile &profile)
{
    return Secret(qEnvironmentVariable(environmentVariable(profile).toLatin1().constData()));
}

QString CredentialStore::configKey(const CloudProfile &profile)
{
    return profile.authType() == CloudProfile::AuthType::ApplicationCredential ? u"application_credential_secret"_s
                                                                               : u"password"_s;
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

bool KeychainCredentialStore::sessionBusAvailable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    // libdbus and GDBus both fall back to the systemd user bus socket.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo(runtime + u"/bus"_s).exists();
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    if (!sessionBusAvailable())
        return answerLater(context, std::move(done), noSessionBus());
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    configure(*job, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(*finished);
        if (result.status == Status::Ok)
            result.secret = Secret(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        qCDebug(lcOpenStack) << "keyring read:" << int(result.status) << result.secret;
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const Secret &secret, QObject *context, Callback done)
{
    if (!sessionBusAvailable())
        return answerLater(context, std::move(done), noSessionBus());
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    configure(*job, key);
    job->setTextData(secret.reveal());
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const Result result = resultOf(*finished);
        qCDebug(lcOpenStack) << "keyring write:" << int(result.status);
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::forget(const QString &key, QObject *context, Callback done)
{
    if (!sessionBusAvailable())
        return answerLater(context, std::move(done), noSessionBus());
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    configure(*job, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const Result result = resultOf(*finished);
        qCDebug(lcOpenStack) << "keyring forget:" << int(result.status);
        done(result);
    });
    job->start();
}

} // namespace vpnaas::openstack
