// SPDX-License-Identifier: Apache-2.0
#include "apierror.h"

#include <QCoreApplication>

namespace vpnaas::openstack {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::ApiError)
};
} // namespace

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Authentication;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    default:
        if (status >= 500)
            return Kind::Server;
        if (status >= 400)
            return Kind::BadRequest;
        return Kind::None;
    }
}

bool ApiError::mayHaveCommitted() const
{
    if (method.isEmpty() || method == u"GET" || method == u"HEAD")
        return false;
    return kind == Kind::OutcomeUnknown || kind == Kind::Server
        || (kind == Kind::InvalidReply && httpStatus >= 200 && httpStatus < 300);
}

QString ApiError::userMessage() const
{
    QString what;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        what = Text::tr("The cloud configuration cannot be used");
        break;
    case Kind::Network:
        what = Text::tr("The cloud could not be reached");
        break;
    case Kind::Timeout:
        what = Text::tr("The cloud did not answer in time");
        break;
    case Kind::Tls:
        what = Text::tr("The cloud's TLS certificate was not accepted");
        break;
    case Kind::Authentication:
        what = Text::tr("The cloud refused the credentials");
        break;
    case Kind::Forbidden:
        what = Text::tr("Not allowed");
        break;
    case Kind::NotFound:
        what = Text::tr("Not found");
        break;
    case Kind::Conflict:
        // Neutron's 409s: a resource in use (IKEPolicyInUse, SubnetInUse, ...), an exhausted
        // quota (OverQuota), or another conflict with the current state.
        if (type.endsWith(u"InUse"))
            what = Text::tr("In use");
        else if (type == u"OverQuota")
            what = Text::tr("Quota exceeded");
        else
            what = Text::tr("Conflict with the cloud's current state");
        break;
    case Kind::BadRequest:
        what = Text::tr("Refused by the server");
        break;
    case Kind::Server:
        what = Text::tr("The server failed");
        break;
    case Kind::InvalidReply:
        what = Text::tr("The server sent an unexpected reply");
        break;
    case Kind::Canceled:
        what = Text::tr("Canceled");
        break;
    case Kind::OutcomeUnknown:
        what = Text::tr("The outcome is unknown, the server may or may not have done it");
        break;
    }
    QString text = message.isEmpty() ? QString(what + u'.') : QString(what + u": " + message);
    if (httpStatus > 0 && !requestId.isEmpty())
        text += u' ' + Text::tr("(HTTP %1, request %2)").arg(httpStatus).arg(requestId);
    else if (httpStatus > 0)
        text += u' ' + Text::tr("(HTTP %1)").arg(httpStatus);
    return text;
}

} // namespace vpnaas::openstack
