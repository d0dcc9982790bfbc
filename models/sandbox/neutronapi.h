// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/capabilities.h"
#include "vpnaas/operation.h"
#include "vpnaas/resourcetraits.h"

#include <QJsonObject>
#include <QList>

#include <array>

/*!
 * neutron-server's API layer, the part between the HTTP body and the VPN plugin (neutron
 * api/v2/base.py prepare_request_body() over neutron-lib's attribute maps, Zed): envelope checks,
 * the project, unknown, required and read-only attributes, then conversion and validation of
 * each attribute in the map's order. The attribute maps are generated from the resources'
 * descriptions (ResourceTraits<T>::describe). Every request-level refusal the sandbox answers
 * comes from here, worded by vpnaas/servermessages.h. Pure functions.
 */
namespace vpnaas::sandbox {

/*! A refusal: the HTTP status and the NeutronError type and message the server answers with. */
struct Refusal {
    int status = 400;
    QString type;
    QString message;

    bool operator==(const Refusal &other) const = default;
};

/*! HTTPBadRequest with \a message, the API layer's most common answer. */
Refusal badRequest(const QString &message);

/*! An attribute's convert_to in neutron-lib. */
enum class Convert { None, Boolean, Int, List, NoneToEmptyDict };
/*! An attribute's validator in neutron-lib. */
enum class Check { None, String, Uuid, UuidOrNone, Values, NonNegative, SubnetListOrNone, Lifetime, Dpd };

/*! One attribute of a neutron-lib attribute map. */
struct ApiAttribute {
    QString name;
    bool post = false;
    bool put = false;
    bool required = false; // allow_post without a default
    QJsonValue defaultValue;
    Convert convert = Convert::None;
    Check check = Check::None;
    int maxLength = -1; // Check::String; -1: any length
    QStringList values; // Check::Values

    bool operator==(const ApiAttribute &other) const = default;
};

/*!
 * neutron-lib's attribute map of \a kind (api/definitions/vpn.py, vpn_endpoint_groups.py,
 * vpn_flavors.py) in its order, tenant_id where the map has it and project_id appended as
 * populate_project_info() does; the algorithm lists are those \a capabilities accept.
 */
QList<ApiAttribute> attributeMap(ResourceKind kind, const ServerCapabilities &capabilities);
const ApiAttribute *findAttribute(const QList<ApiAttribute> &attributes, const QString &name);

/*!
 * The attribute maps of the five resources for one server's capabilities, built once: a
 * server's capabilities do not change, and building a map on every request cost more than
 * the rest of the request.
 */
class AttributeMaps
{
public:
    explicit AttributeMaps(const ServerCapabilities &capabilities);
    const QList<ApiAttribute> &of(ResourceKind kind) const { return m_maps.at(std::size_t(kind)); }

private:
    std::array<QList<ApiAttribute>, kAllResourceKinds.size()> m_maps;
};

/*! An attribute's convert_to applied to \a value; \a error gets the reason when it raises. */
QJsonValue convertValue(Convert convert, const QJsonValue &value, QString *error);
/*! The attribute's validators; the reason for "Invalid input for X. Reason: ...", empty if valid. */
QString checkValue(const ApiAttribute &attribute, const QJsonValue &value);

/*! The resource object of a request as the plugin receives it, in the server's key order. */
struct ApiRequest {
    QList<std::pair<QString, QJsonValue>> items;

    bool contains(const QString &key) const;
    QJsonValue value(const QString &key) const;
    void set(const QString &key, const QJsonValue &value);
    QJsonObject object() const;
    /*! str() of the Python dict (the server prints it in some messages). */
    QString pyDict() const;
};

/*! What prepareRequestBody() gives the plugin, or the refusal. */
struct PreparedRequest {
    std::optional<Refusal> error;
    ApiRequest request;
};

/*!
 * neutron's Resource deserializer and Controller.prepare_request_body(): the \a resource object
 * ("ikepolicy") of \a body, checked, completed with defaults (create), converted and validated.
 * \a projectId is the request context's project (empty: an admin without one, see
 * projectHeaderSet()).
 */
PreparedRequest prepareRequestBody(const QByteArray &body, const QString &resource,
                                   const QList<ApiAttribute> &attributes, Operation operation,
                                   const QString &projectId);

/*! populate_project_id()'s refusal when neither the context nor the body names a project. */
QString noProjectMessage();

/*! Request headers, as QNetworkRequest::rawHeaderList() pairs (names in any case). */
using Headers = QList<std::pair<QByteArray, QByteArray>>;
/*!
 * noauth's context (neutron/auth.py NoauthFakeProjectId, oslo.context from_environ()): the first
 * of X-Project-Id, X-Tenant-Id, X-Tenant present sets the project; a non-empty one keeps the
 * fake project out, and the request then runs with wsgi's get_admin_context(): admin, no
 * project. Its value is never used.
 */
bool projectHeaderSet(const Headers &headers);

} // namespace vpnaas::sandbox
