// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cloudprofile.h"

#include "vpnaas/secret.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace vpnaas::openstack {

/*!
 * Where the password (or application credential secret) of one cloud identity is kept between
 * runs: the system keyring. Asynchronous like the keyring itself: every call answers \a done
 * later, in \a context's thread and only while \a context lives (never from inside the call).
 *
 * A secret is filed under key(): the cloud's name, its auth URL without user-info and the user
 * (or application credential), so a secret never reaches another user or another Keystone
 * under the same cloud name. Nothing is written to QSettings or any file of ours; no secret is
 * logged. A keyring that cannot be used (no Secret Service on the session bus, no session bus,
 * locked and not unlocked, access dismissed) is Status::Unavailable with its reason, distinct
 * from Status::NotFound.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok, // read: found (secret); write: stored; forget: removed
        NotFound, // read or forget: nothing is stored under the key
        Unavailable, // no usable keyring (message says why); nothing was read or stored
    };
    struct Result {
        Status status = Status::Ok;
        Secret secret; // read only
        QString message; // Unavailable: the keyring's reason, translated where it is ours
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    /*! Stores \a secret under \a key, replacing what was there. */
    virtual void write(const QString &key, const Secret &secret, QObject *context, Callback done) = 0;
    virtual void forget(const QString &key, QObject *context, Callback done) = 0;

    /*! The keyring's service name the console files its secrets under. */
    static QString serviceName();
    /*! The key of \a profile's secret: cloud name, auth URL without user-info, user or application credential. */
    static QString key(const CloudProfile &profile);
    /*!
     * \a profile authenticates with a password or an application credential secret and has none
     * (a Horizon clouds.yaml leaves it out). Token and `none` auth never need one.
     */
    static bool needsSecret(const CloudProfile &profile);
    /*! The password, or the application credential secret for that auth type. */
    static Secret secretOf(const CloudProfile &profile);
    /*! \a profile with its password (or application credential secret) set to \a secret. */
    static CloudProfile withSecret(CloudProfile profile, const Secret &secret);
    /*! "OS_PASSWORD" or "OS_APPLICATION_CREDENTIAL_SECRET": what to set instead of a prompt. */
    static QString environmentVariable(const CloudProfile &profile);
    /*!
     * The secret environmentVariable() gives, for any cloud: `openstack --os-cloud NAME` takes
     * OS_PASSWORD as --os-password's default for a named cloud too. Empty when unset.
     */
    static Secret environmentSecret(const CloudProfile &profile);
    /*! "password" or "application_credential_secret": the clouds.yaml/secure.yaml key. */
    static QString configKey(const CloudProfile &profile);
};

/*!
 * The system keyring through QtKeychain (the Secret Service on Linux: GNOME Keyring, KWallet's
 * Secret Service, KeePassXC). QtKeychain's insecure fallback (a plain-text QSettings file) is
 * never enabled. Without a session bus (DBUS_SESSION_BUS_ADDRESS unset and no
 * $XDG_RUNTIME_DIR/bus) every call answers Unavailable at once, without D-Bus activation or X11
 * autolaunch.
 */
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const Secret &secret, QObject *context, Callback done) override;
    void forget(const QString &key, QObject *context, Callback done) override;

    /*! A session bus to reach a keyring on seems to exist (see the class comment). */
    static bool sessionBusAvailable();
};

} // namespace vpnaas::openstack
