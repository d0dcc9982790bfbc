// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnosis.h"

#include "vpnaas/serverstate.h"

namespace vpnaas::diagnosis {

/*!
 * The sandbox negotiates nothing, so to show a newcomer what a diagnosis looks like it makes
 * up the evidence: both ends' charon log lines as strongSwan 5.9.8 words them (from the real
 * failures recorded in tests/data/charon-logs), with the connection's own addresses, ids,
 * subnets and policies, and Evidence::simulated set so that every view labels it.
 */

/*! The failures the sandbox can show: healthy, psk-mismatch, ike-proposal-mismatch, ts-mismatch, peer-unreachable,
 * one-way-traffic. */
QStringList simulatedCodes();

/*! What the sandbox shows for \a connection until the user picks another: health when ACTIVE, else a PSK mismatch. */
QString defaultSimulation(const IpsecSiteConnection &connection);

/*! The made-up evidence of failure \a code (see simulatedCodes()) for connection \a connectionId of \a state. */
Evidence simulatedEvidence(const ServerState &state, const QString &connectionId, const QString &code,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace vpnaas::diagnosis
