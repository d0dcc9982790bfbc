// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

/*!
 * What an operator changes on the controller and network nodes to enable Neutron VPNaaS with
 * the strongSwan (Debian/Ubuntu) or Libreswan (RHEL family) driver: the INI snippets and the
 * commands that follow. Pure data for the console's Deployment view.
 */
namespace vpnaas::deployment {

enum class Distribution { DebianUbuntu, RedHat };

struct Snippet {
    QString title; // "neutron.conf"
    QString path; // "/etc/neutron/neutron.conf"
    QString where; // "controller (neutron-server)"
    QString text; // INI, with comments
};

/*! The files to edit, in the order to edit them. */
QList<Snippet> snippets(Distribution distribution);
/*! The shell commands after editing: packages, database migration, restarts. */
QString commands(Distribution distribution);
/*! The device driver class the L3 agent loads for \a distribution. */
QString deviceDriver(Distribution distribution);

} // namespace vpnaas::deployment
