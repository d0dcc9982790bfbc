// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "neutronapi.h"
#include "sandboxstore.h"

#include "vpnaas/capabilities.h"

#include <QJsonObject>

namespace vpnaas::sandbox {

/*!
 * What a request handler decided: a refusal, or the store changes to commit and the reply to
 * send once they are committed. Handlers only read the store; SandboxServer commits.
 */
struct HandlerResult {
    std::optional<Refusal> refusal;
    QList<SandboxStore::Change> changes;
    int status = 200;
    /*! The whole reply body; empty with status 204. */
    QJsonObject reply;

    static HandlerResult refused(Refusal error) { return {std::move(error), {}, 0, {}}; }
    static HandlerResult answered(int status, QJsonObject reply, QList<SandboxStore::Change> changes = {})
    {
        return {std::nullopt, std::move(changes), status, std::move(reply)};
    }
};

/*! What a handler knows of the request beyond its body. */
struct RequestContext {
    const SandboxStore &store;
    const ServerCapabilities &capabilities;
    /*! The server's attribute maps for these capabilities. */
    const AttributeMaps &attributes;
    /*! The request context's project; empty: an admin without one. */
    QString projectId;
};

/*! A new resource id, as neutron makes them. */
QString newResourceId();

} // namespace vpnaas::sandbox
