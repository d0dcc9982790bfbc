// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cloudprofile.h"

#include <QProcessEnvironment>

namespace vpnaas::openstack {

/*!
 * Finds clouds the way openstacksdk 0.101 (openstack/config/loader.py) does. The first clouds.yaml,
 * the first secure.yaml (merged into it key by key) and the first clouds-public.yaml are each taken
 * from OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE (not for clouds-public) and then the folders
 * of Locations, in openstacksdk's CONFIG_SEARCH_PATH order (.yaml, .yml, .json in each). A cloud's
 * profile: (or the older cloud:) names an entry of clouds-public.yaml's public-clouds: whose values
 * are the base the cloud's own values override (auth merged key by key). Every region of regions:
 * is kept (CloudProfile::regions) with its values: applied (CloudProfile::regionProfiles);
 * OS_REGION_NAME selects one as openstackclient's --os-region-name does (selectRegion()). OS_CLOUD
 * names the default; plain OS_* variables make a cloud named "envvars".
 *
 * Pure apart from reading those files; a malformed file is reported with its name and line and
 * skipped, never fatal, and so is one past the input limits (1 MiB, 20,000 values once YAML aliases
 * are expanded, 64 levels): an alias bomb is refused in milliseconds. A profile that is not in
 * clouds-public.yaml is an error for that cloud (openstacksdk would fall back to the vendor files it
 * ships, which the console does not have), and the cloud is loaded without it, as openstacksdk does
 * when it finds none.
 *
 * Unlike openstacksdk, a file from the working directory is not trusted with the user's secrets:
 * its clouds are marked CloudProfile::fromWorkingDirectory (the console does not connect to them
 * on its own), and so are clouds that take their profile from a clouds-public.yaml there; a
 * secure.yaml is merged into a clouds.yaml of another folder only when neither is in the working
 * directory, when OS_CLIENT_SECURE_FILE/OS_CLIENT_CONFIG_FILE name them, or for \a chosenCloud,
 * the cloud the user named on the command line. What was withheld is said in CloudConfig::warnings.
 */
class CloudConfigLoader
{
public:
    /*!
     * The folders searched, in this order (openstacksdk's CONFIG_SEARCH_PATH); an empty one is
     * skipped. locationsFor() computes them as openstacksdk does; tests point them at temporary
     * folders.
     */
    struct Locations {
        QString currentDir; // os.getcwd()
        QString userConfigDir; // appdirs user_config_dir: $XDG_CONFIG_HOME/openstack, else ~/.config/openstack
        QString unixConfigDir; // ~/.config/openstack (or $SNAP_REAL_HOME/.config/openstack), always
        QString siteConfigDir; // appdirs site_config_dir, multipath: $XDG_CONFIG_DIRS (default /etc/xdg) + /openstack
        QString systemDir = QStringLiteral("/etc/openstack");
        QString home; // what "~/" in cacert, cert and key stands for; empty: QDir::homePath()

        /*! The folders in search order, without the empty ones. */
        QStringList directories() const;
    };

    /*!
     * The folders openstacksdk searches for a process with \a environment (HOME, XDG_CONFIG_HOME,
     * XDG_CONFIG_DIRS, SNAP_REAL_HOME) started in \a currentDir. As appdirs 1.4.4 with
     * multipath (openstacksdk passes multipath='/etc'), several XDG_CONFIG_DIRS entries make one
     * folder name joined by ':' ("/a/openstack:/b/openstack"), which in practice never exists: only
     * a single entry is searched. An empty XDG_CONFIG_HOME or XDG_CONFIG_DIRS counts as set, as
     * os.getenv() sees it; relative folders are taken from \a currentDir.
     */
    static Locations locationsFor(const QProcessEnvironment &environment, const QString &currentDir);
    /*! locationsFor() the console's own environment and working directory. */
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

    /*!
     * Selects \a region of \a profile as openstackclient's --os-region-name does (openstacksdk's
     * _get_region()): an empty \a region changes nothing; a cloud that names no regions takes any
     * name; otherwise the name must be one of CloudProfile::regions (case sensitive) and the
     * profile becomes CloudProfile::forRegion(). On a name that is not one of them, returns false,
     * leaves \a profile unchanged and sets \a error (translated) to a message naming the valid
     * ones. The loader applies OS_REGION_NAME with it.
     */
    static bool selectRegion(CloudProfile &profile, const QString &region, QString *error = nullptr);
};

} // namespace vpnaas::openstack
