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
 * its name and line and skipped, never fatal.
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
    static CloudConfig load(const QProcessEnvironment &environment, const Locations &locations);
    static CloudConfig load() { return load(QProcessEnvironment::systemEnvironment(), defaultLocations()); }

    /*! The profile the OS_* variables describe, or nothing when none of them is set. */
    static std::optional<CloudProfile> fromEnvironment(const QProcessEnvironment &environment);
};

} // namespace vpnaas::openstack
