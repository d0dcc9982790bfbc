// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cloudprofile.h"

#include <QProcessEnvironment>

namespace vpnaas::openstack {

/*!
 * Finds clouds the way openstacksdk does: the first clouds.yaml (and secure.yaml, merged into
 * it) of OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE, ./, ~/.config/openstack/,
 * /etc/openstack/ (also .yml and .json); OS_CLOUD names the default; plain OS_* variables make a
 * cloud named "envvars". Pure apart from reading those files; a malformed file is reported with
 * its name and line and skipped, never fatal, and so is one past the input limits (1 MiB, 20,000
 * values once YAML aliases are expanded, 64 levels): an alias bomb is refused in milliseconds.
 *
 * Unlike openstacksdk, a file from the working directory is not trusted with the user's secrets:
 * its clouds are marked CloudProfile::fromWorkingDirectory (the console does not connect to them
 * on its own), and a secure.yaml is merged into a clouds.yaml of another folder only when neither
 * is in the working directory, when OS_CLIENT_SECURE_FILE/OS_CLIENT_CONFIG_FILE name them, or for
 * \a chosenCloud, the cloud the user named on the command line. What was withheld is said in
 * CloudConfig::warnings.
 */
class CloudConfigLoader
{
public:
    struct Locations {
        QString currentDir;
        QString configHome; // ~/.config
        QString systemDir = QStringLiteral("/etc/openstack");
    };

    static Locations defaultLocations();
    static CloudConfig load(const QProcessEnvironment &environment, const Locations &locations,
                            const QString &chosenCloud = {});
    static CloudConfig load(const QString &chosenCloud = {})
    {
        return load(QProcessEnvironment::systemEnvironment(), defaultLocations(), chosenCloud);
    }

    /*!
     * The clouds of one clouds.yaml text, as load() reads them from \a path (the same limits and
     * messages), without looking at any other file or the environment.
     */
    static CloudConfig fromText(const QByteArray &text, const QString &path);

    /*! The profile the OS_* variables describe, or nothing when none of them is set. */
    static std::optional<CloudProfile> fromEnvironment(const QProcessEnvironment &environment);
};

} // namespace vpnaas::openstack
