// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QCoreApplication;

/*!
 * `vpnaas-console diagnose …`: why one IPsec site connection is down, without a window.
 *
 *   diagnose --os-cloud NAME|--sandbox --connection ID|NAME [--vici URI]… [--peer-vici URI]…
 *            [--log FILE] [--peer-log FILE] [--no-initiate] [--timeout SECONDS] [--json]
 *
 * Evidence: charon's log over VICI from the network node(s) (--vici; default: the endpoints
 * the window saved for this cloud) and the peer gateway (--peer-vici), or log files copied from
 * them (--log, --peer-log: charon's filelog or syslog lines). When the tunnel is not up and a
 * charon is attached, the connection is started there to watch a negotiation (--no-initiate:
 * only listen). The sandbox's connections have simulated evidence, labelled so.
 * Exit status: 0 healthy, 1 a problem was diagnosed, 2 cannot tell (the output says which
 * evidence is missing) or a usage error, 3 the cloud could not be read.
 */
int runDiagnoseCommand(QCoreApplication &app, const QStringList &arguments);
