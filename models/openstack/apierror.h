// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace vpnaas::openstack {

/*!
 * Why a request failed: one kind per way it can fail, the HTTP status, Neutron's error type and
 * message (or Keystone's), the X-Openstack-Request-Id to quote to an operator, and the request.
 */
struct ApiError {
    enum class Kind {
        None,
        Configuration, // the cloud profile cannot work (no endpoint, unreadable CA file, ...)
        Network, // connection refused, reset, DNS, ...
        Timeout, // no complete answer within the transfer timeout
        Tls, // certificate verification failed
        Authentication, // 401, also after one re-authentication
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409 (in use, over quota, another conflict: see type)
        BadRequest, // 400 (validation, state)
        Server, // 5xx
        InvalidReply, // a body that is not what the API documents (or one too large to read)
        Canceled,
        /*! A write whose outcome is unknown: it went out, then the connection broke, the answer
            stopped, the deadline passed or a gateway answered 502/504. The server may have done
            it; it is never sent again implicitly. Find out by reading (list, show). */
        OutcomeUnknown,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type; // NeutronError.type, e.g. IKEPolicyInUse
    QString message; // the server's message, or the network layer's
    QString requestId; // X-Openstack-Request-Id
    QString method;
    QUrl url;

    bool isError() const { return kind != Kind::None; }
    /*! True for a write (POST, PUT, DELETE) the server may have carried out although it failed:
        OutcomeUnknown, any 5xx, or an unreadable 2xx reply. Read before trusting "it failed". */
    bool mayHaveCommitted() const;
    /*! One translated sentence for the status bar or a dialog: what failed, the server's words, the request id. */
    QString userMessage() const;

    static Kind kindForStatus(int httpStatus);
};

} // namespace vpnaas::openstack
