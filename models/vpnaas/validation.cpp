// SPDX-License-Identifier: Apache-2.0
#include "validation.h"

#include "servermessages.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::Validation)
};

constexpr qsizetype kMaxStringLength = 255;
constexpr qint64 kMinLifetime = NestedTraits<Lifetime>::minimumValue;
constexpr qint64 kMinMtuV4 = 68;
constexpr qint64 kMinMtuV6 = 1280;

/*! Collects problems with the server's wording next to ours. */
class Checker
{
public:
    explicit Checker(const ValidationContext &context)
        : m_context(context)
    {
    }

    bool creating() const { return m_context.operation == Operation::Create; }
    const ServerState *state() const { return m_context.state; }
    bool complete() const { return m_context.state && m_context.state->complete; }
    const ServerCapabilities &caps() const { return m_context.capabilities; }
    const QString &target() const { return m_context.targetId; }

    void error(const QString &field, const QString &message, const QString &code, const QString &serverMessage,
               int httpStatus = 400)
    {
        m_problems.append({field, message, Problem::Severity::Error, code, serverMessage, httpStatus, true});
    }

    void clientError(const QString &field, const QString &message)
    {
        m_problems.append({field, message, Problem::Severity::Error, {}, {}, 400, false});
    }

    void warning(const QString &field, const QString &message)
    {
        m_problems.append({field, message, Problem::Severity::Warning, {}, {}, 0, false});
    }

    void invalidInput(const QString &field, const QString &message, const QString &reason)
    {
        error(field, message, u"HTTPBadRequest"_s, servermessages::invalidInput(field, reason));
    }

    template<typename T>
    void required(const QString &field, const std::optional<T> &value)
    {
        if (creating() && !value) {
            error(field, Text::tr("This field is required."), u"HTTPBadRequest"_s,
                  servermessages::requiredNotSpecified(field));
        }
    }

    template<typename T>
    void notUpdatable(const QString &field, const std::optional<T> &value)
    {
        if (!creating() && value) {
            error(field, Text::tr("This field cannot be changed after creation."), u"HTTPBadRequest"_s,
                  servermessages::readOnlyAttribute(field));
        }
    }

    void text(const QString &field, const std::optional<QString> &value)
    {
        if (value && value->size() > kMaxStringLength) {
            invalidInput(field, Text::tr("At most %1 characters.").arg(kMaxStringLength),
                         servermessages::exceedsMaximumLength(*value, kMaxStringLength));
        }
    }

    void uuid(const QString &field, const std::optional<QString> &value)
    {
        if (value && !value->isNull() && !isUuid(*value)) {
            invalidInput(field, Text::tr("Not a valid resource id (UUID)."), servermessages::notValidUuid(*value));
        }
    }

    template<typename E, typename Accepts>
    void choice(const QString &field, const std::optional<Choice<E>> &value, Accepts accepts)
    {
        if (!value)
            return;
        const auto known = value->value();
        if (!known || !accepts(*known)) {
            invalidInput(field, Text::tr("\"%1\" is not a value this server accepts.").arg(value->api()),
                         servermessages::notInValidValues(value->api()));
        }
    }

    template<typename E>
    void choice(const QString &field, const std::optional<Choice<E>> &value)
    {
        choice(field, value, [](E) { return true; });
    }

    void lifetime(const std::optional<LifetimeDraft> &value)
    {
        if (!value)
            return;
        const QString field = u"lifetime"_s;
        if (value->units && !value->units->isKnown()) {
            invalidInput(field, Text::tr("The only lifetime unit is seconds."),
                         servermessages::notInValidValues(value->units->api()));
        }
        if (value->value && *value->value < kMinLifetime) {
            invalidInput(field, Text::tr("The lifetime must be at least %1 seconds.").arg(kMinLifetime),
                         servermessages::tooSmall(*value->value, kMinLifetime));
        }
    }

    void nonNegative(const QString &field, const std::optional<qint64> &value, const QString &label)
    {
        if (value && *value < 0) {
            invalidInput(field, Text::tr("%1 must not be negative.").arg(label),
                         servermessages::notNonNegative(*value));
        }
    }

    /*! Resource \a id of type T does not exist: the server's 404 (ResourceTraits<T>). */
    template<typename T>
    void notFound(const QString &field, const QString &id)
    {
        error(field, Text::tr("The resource does not exist (any more)."), ResourceTraits<T>::notFoundType.toString(),
              ResourceTraits<T>::notFoundMessage.toString().arg(id), 404);
    }

    void weak(const QString &field, const QString &api)
    {
        warning(field, Text::tr("%1 is considered weak; newer OpenStack releases remove it.").arg(api));
    }

    Problems take() { return std::move(m_problems); }

private:
    const ValidationContext &m_context;
    Problems m_problems;
};

QString joined(const QStringList &list)
{
    return list.join(u", ");
}

template<typename Draft>
void weakAlgorithms(Checker &c, const Draft &d)
{
    if (d.encryptionAlgorithm && d.encryptionAlgorithm->value() && isWeak(*d.encryptionAlgorithm->value()))
        c.weak(u"encryption_algorithm"_s, d.encryptionAlgorithm->api());
    if (d.authAlgorithm && d.authAlgorithm->value() && isWeak(*d.authAlgorithm->value()))
        c.weak(u"auth_algorithm"_s, d.authAlgorithm->api());
    if (d.pfs && d.pfs->value() && isWeak(*d.pfs->value()))
        c.weak(u"pfs"_s, d.pfs->api());
}

template<typename Draft>
void policyAlgorithms(Checker &c, const Draft &d)
{
    const ServerCapabilities &caps = c.caps();
    c.choice(u"auth_algorithm"_s, d.authAlgorithm, [&](AuthAlgorithm v) { return caps.accepts(v); });
    c.choice(u"encryption_algorithm"_s, d.encryptionAlgorithm, [&](EncryptionAlgorithm v) { return caps.accepts(v); });
    c.choice(u"pfs"_s, d.pfs, [&](PfsGroup v) { return caps.accepts(v); });
    c.lifetime(d.lifetime);
}

/*! A policy (or service, group) that connections use cannot be changed or deleted (ResourceTraits<T>::inUse*). */
template<typename T>
void inUse(Checker &c)
{
    using Traits = ResourceTraits<T>;
    if (!c.state() || c.target().isEmpty() || Traits::inUseType.isEmpty())
        return;
    const QList<IpsecSiteConnection> users = connectionsUsing(Traits::kind, c.target(), *c.state());
    if (users.isEmpty())
        return;
    QStringList names;
    for (const IpsecSiteConnection &user : users)
        names.append(user.name.isEmpty() ? user.id : user.name);
    c.error(QString(), Text::tr("In use by: %1.").arg(joined(names)), Traits::inUseType.toString(),
            Traits::inUseMessage.toString().arg(c.target()), Traits::inUseStatus);
}

void pendingState(Checker &c, const Choice<ResourceStatus> &status)
{
    if (status.value() && isPending(*status.value())) {
        c.error(u"status"_s,
                Text::tr("The resource is %1; wait until the agent has finished with it.").arg(status.api()),
                u"VPNStateInvalidToUpdate"_s,
                u"Invalid state %1 of vpnaas resource %2 for updating"_s.arg(status.api(), c.target()));
    }
}

QStringList cidrsOf(const EndpointGroup &group, const ServerState &state, bool *complete)
{
    QStringList cidrs;
    *complete = true;
    for (const QString &endpoint : group.endpoints) {
        if (group.type == EndpointGroupType::Cidr) {
            cidrs.append(endpoint);
        } else if (const Subnet *subnet = state.subnet(endpoint)) {
            cidrs.append(subnet->cidr);
        } else {
            *complete = false;
        }
    }
    return cidrs;
}

QSet<int> versionsOf(const QStringList &cidrs)
{
    QSet<int> versions;
    for (const QString &cidr : cidrs)
        versions.insert(ipVersionOf(cidr));
    versions.remove(0);
    return versions;
}

bool overlaps(const QString &a, const QString &b)
{
    const auto na = QHostAddress::parseSubnet(a);
    const auto nb = QHostAddress::parseSubnet(b);
    if (na.second < 0 || nb.second < 0 || na.first.protocol() != nb.first.protocol())
        return false;
    return na.first.isInSubnet(nb) || nb.first.isInSubnet(na);
}

} // namespace

// ---- building blocks -----------------------------------------------------------------------

bool isUuid(QStringView text)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(text.toString()).hasMatch();
}

namespace {
/*! An IP literal as Neutron (netaddr) reads it: no whitespace, IPv4 only as four decimal parts. */
QHostAddress strictAddress(QStringView text)
{
    static const QRegularExpression v4(u"^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"_s);
    if (text.isEmpty() || text.trimmed().size() != text.size())
        return {};
    if (!text.contains(u':') && !v4.match(text.toString()).hasMatch())
        return {};
    QHostAddress address;
    if (!address.setAddress(text.toString()) || !address.scopeId().isEmpty())
        return {};
    return address;
}
} // namespace

bool isCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return false;
    const QStringView prefix = text.mid(slash + 1);
    bool ok = false;
    const int length = prefix.toInt(&ok);
    if (!ok || prefix.isEmpty() || !prefix.front().isDigit() || (prefix.size() > 1 && prefix.startsWith(u'0')))
        return false;
    const QHostAddress address = strictAddress(text.left(slash));
    if (address.isNull())
        return false;
    return length >= 0 && length <= (address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
}

int ipVersionOf(QStringView addressOrCidr)
{
    const qsizetype slash = addressOrCidr.indexOf(u'/');
    const QHostAddress address = strictAddress(slash < 0 ? addressOrCidr : addressOrCidr.left(slash));
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return 4;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return 6;
    return 0;
}

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

bool isHostName(QStringView text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    QStringView name = text.endsWith(u'.') ? text.chopped(1) : text;
    static const QRegularExpression label(u"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    const auto labels = name.split(u'.');
    for (const QStringView part : labels) {
        if (!label.match(part.toString()).hasMatch())
            return false;
    }
    // A last label of digits only is an (invalid) IPv4 address, not a name: "999.1.1.1".
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    return !digits.match(labels.last().toString()).hasMatch();
}

int pskStrength(const QString &psk)
{
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar ch : psk) {
        lower |= ch.isLower();
        upper |= ch.isUpper();
        digit |= ch.isDigit();
        other |= !ch.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    if (psk.size() >= 32 || (psk.size() >= 20 && classes >= 3))
        return 3;
    if (psk.size() >= 16 && classes >= 2)
        return 2;
    if (psk.size() >= 10)
        return 1;
    return 0;
}

QString generatePsk(int length)
{
    static constexpr QStringView alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QRandomGenerator *random = QRandomGenerator::system();
    const qsizetype size = qMax(length, 32);
    QString psk;
    psk.reserve(size);
    while (psk.size() < size)
        psk.append(alphabet.at(random->bounded(int(alphabet.size())))); // bounded() is unbiased
    return psk;
}

QList<IpsecSiteConnection> connectionsUsing(ResourceKind kind, const QString &id, const ServerState &state)
{
    QList<IpsecSiteConnection> users;
    for (const IpsecSiteConnection &c : state.connections) {
        bool uses = false;
        ResourceTraits<IpsecSiteConnection>::describe([&](const auto &a) {
            if constexpr (std::is_same_v<typename std::decay_t<decltype(a)>::Value, QString>)
                uses = uses || (a.references == kind && a.value(c) == id);
        });
        if (uses)
            users.append(c);
    }
    return users;
}

// ---- IKE policy ----------------------------------------------------------------------------

Problems validate(const IkePolicyDraft &d, const ValidationContext &context)
{
    Checker c(context);
    c.notUpdatable(u"project_id"_s, d.projectId);
    c.text(u"name"_s, d.name);
    c.text(u"description"_s, d.description);
    policyAlgorithms(c, d);
    c.choice(u"phase1_negotiation_mode"_s, d.phase1NegotiationMode);
    c.choice(u"ike_version"_s, d.ikeVersion);
    weakAlgorithms(c, d);
    if (d.phase1NegotiationMode && *d.phase1NegotiationMode == Phase1NegotiationMode::Aggressive) {
        if (d.ikeVersion && *d.ikeVersion == IkeVersion::V2)
            c.warning(u"phase1_negotiation_mode"_s,
                      Text::tr("Aggressive mode exists only in IKEv1; IKEv2 ignores it."));
        else
            c.warning(u"phase1_negotiation_mode"_s,
                      Text::tr("Aggressive mode with a pre-shared key exposes a hash of the key to offline attacks."));
    }
    if (!c.creating() && c.state()) {
        if (!c.state()->ikePolicy(c.target()) && c.complete())
            c.notFound<IkePolicy>(QString(), c.target());
        inUse<IkePolicy>(c);
    }
    return c.take();
}

// ---- IPsec policy --------------------------------------------------------------------------

Problems validate(const IpsecPolicyDraft &d, const ValidationContext &context)
{
    Checker c(context);
    c.notUpdatable(u"project_id"_s, d.projectId);
    c.text(u"name"_s, d.name);
    c.text(u"description"_s, d.description);
    policyAlgorithms(c, d);
    c.choice(u"transform_protocol"_s, d.transformProtocol);
    c.choice(u"encapsulation_mode"_s, d.encapsulationMode);
    weakAlgorithms(c, d);
    if (d.transformProtocol && *d.transformProtocol == TransformProtocol::AhEsp) {
        c.warning(u"transform_protocol"_s,
                  Text::tr("The strongSwan and Libreswan drivers refuse connections that use ah-esp."));
    }
    if (!c.creating() && c.state()) {
        if (!c.state()->ipsecPolicy(c.target()) && c.complete())
            c.notFound<IpsecPolicy>(QString(), c.target());
        inUse<IpsecPolicy>(c);
    }
    return c.take();
}

// ---- VPN service ---------------------------------------------------------------------------

Problems validate(const VpnServiceDraft &d, const ValidationContext &context)
{
    Checker c(context);
    c.required(u"router_id"_s, d.routerId);
    c.notUpdatable(u"router_id"_s, d.routerId);
    c.notUpdatable(u"subnet_id"_s, d.subnetId);
    c.notUpdatable(u"flavor_id"_s, d.flavorId);
    c.notUpdatable(u"project_id"_s, d.projectId);
    c.text(u"name"_s, d.name);
    c.text(u"description"_s, d.description);
    c.uuid(u"router_id"_s, d.routerId);
    c.uuid(u"subnet_id"_s, d.subnetId);
    c.uuid(u"flavor_id"_s, d.flavorId);
    if (d.flavorId && !d.flavorId->isNull() && !c.caps().flavors) {
        c.clientError(u"flavor_id"_s, Text::tr("This server has no VPN flavors (vpn-flavors extension)."));
    }
    if (d.subnetId && !d.subnetId->isNull()) {
        c.warning(u"subnet_id"_s,
                  Text::tr("A subnet makes this a legacy service: its connections use peer CIDRs "
                           "instead of endpoint groups."));
    }
    const ServerState *state = c.state();
    if (c.creating() && state && d.routerId && isUuid(*d.routerId)) {
        const Router *router = state->router(*d.routerId);
        if (!router && c.complete()) {
            c.notFound<Router>(u"router_id"_s, *d.routerId);
        } else if (router && !router->hasGateway()) {
            c.error(u"router_id"_s, Text::tr("The router has no external gateway."), u"RouterIsNotExternal"_s,
                    u"Router %1 has no external network gateway set"_s.arg(router->id));
        }
        if (router && d.subnetId && !d.subnetId->isNull()) {
            const bool attached = std::any_of(router->interfaces.cbegin(), router->interfaces.cend(),
                                              [&](const RouterInterface &i) { return i.subnetId == *d.subnetId; });
            // The server only asks whether the router has a port on it: an unknown subnet is "not connected".
            if (!attached && c.complete()) {
                c.error(u"subnet_id"_s, Text::tr("The subnet is not attached to the router."),
                        u"SubnetIsNotConnectedToRouter"_s,
                        u"Subnet %1 is not connected to Router %2"_s.arg(*d.subnetId, router->id));
            }
        }
    }
    if (!c.creating() && state) {
        if (const VpnService *service = state->vpnService(c.target()))
            pendingState(c, service->status);
        else if (c.complete())
            c.notFound<VpnService>(QString(), c.target());
    }
    return c.take();
}

// ---- endpoint group ------------------------------------------------------------------------

Problems validate(const EndpointGroupDraft &d, const ValidationContext &context)
{
    Checker c(context);
    c.required(u"type"_s, d.type);
    c.notUpdatable(u"type"_s, d.type);
    c.notUpdatable(u"endpoints"_s, d.endpoints);
    c.notUpdatable(u"project_id"_s, d.projectId);
    c.text(u"name"_s, d.name);
    c.text(u"description"_s, d.description);
    c.choice(u"type"_s, d.type);
    if (!c.creating())
        return c.take();

    const QString field = u"endpoints"_s;
    const QStringList endpoints = d.endpoints.value_or(QStringList());
    if (endpoints.isEmpty()) {
        c.error(field, Text::tr("Add at least one endpoint."), u"MissingEndpointForEndpointGroup"_s,
                u"No endpoints specified for endpoint group '%1'"_s.arg(d.name.value_or(QString())));
        return c.take();
    }
    if (QSet<QString>(endpoints.cbegin(), endpoints.cend()).size() != endpoints.size()) {
        // Zed loops for about three minutes on a duplicate before it fails (Launchpad 2129681).
        c.clientError(field, Text::tr("Each endpoint may appear only once."));
    }
    const auto type = d.type ? d.type->value() : std::nullopt;
    if (type == EndpointGroupType::Cidr) {
        for (const QString &endpoint : endpoints) {
            if (!isCidr(endpoint)) {
                c.error(field, Text::tr("\"%1\" is not a CIDR such as 192.0.2.0/24.").arg(endpoint),
                        u"InvalidEndpointInEndpointGroup"_s,
                        u"Endpoint '%1' is invalid for group type 'cidr': Invalid CIDR"_s.arg(endpoint));
            }
        }
        if (versionsOf(endpoints).size() > 1)
            c.warning(field, Text::tr("IPv4 and IPv6 CIDRs are mixed; no connection can use this group."));
    } else if (type == EndpointGroupType::Subnet) {
        for (const QString &endpoint : endpoints) {
            if (!isUuid(endpoint)) {
                c.error(field, Text::tr("\"%1\" is not a subnet id.").arg(endpoint),
                        u"InvalidEndpointInEndpointGroup"_s,
                        u"Endpoint '%1' is invalid for group type 'subnet': Invalid UUID"_s.arg(endpoint));
            } else if (c.complete() && !c.state()->subnet(endpoint)) {
                c.error(field, Text::tr("Subnet %1 does not exist.").arg(endpoint),
                        u"NonExistingSubnetInEndpointGroup"_s,
                        u"Subnet %1 in endpoint group does not exist"_s.arg(endpoint));
            }
        }
    } else if (type) {
        c.warning(u"type"_s, Text::tr("Connections accept only subnet (local) and cidr (peer) endpoint groups."));
    }
    return c.take();
}

// ---- IPsec site connection -----------------------------------------------------------------

Problems validate(const IpsecSiteConnectionDraft &d, const ValidationContext &context)
{
    Checker c(context);
    const ServerState *state = c.state();
    const IpsecSiteConnection *existing = (!c.creating() && state) ? state->connection(c.target()) : nullptr;

    c.required(u"vpnservice_id"_s, d.vpnserviceId);
    c.required(u"ikepolicy_id"_s, d.ikepolicyId);
    c.required(u"ipsecpolicy_id"_s, d.ipsecpolicyId);
    c.required(u"peer_address"_s, d.peerAddress);
    c.required(u"peer_id"_s, d.peerId);
    c.required(u"psk"_s, d.psk);
    c.notUpdatable(u"vpnservice_id"_s, d.vpnserviceId);
    c.notUpdatable(u"ikepolicy_id"_s, d.ikepolicyId);
    c.notUpdatable(u"ipsecpolicy_id"_s, d.ipsecpolicyId);
    c.notUpdatable(u"project_id"_s, d.projectId);
    for (const auto &[field, value] : {std::pair{u"name"_s, d.name},
                                       {u"description"_s, d.description},
                                       {u"peer_address"_s, d.peerAddress},
                                       {u"peer_id"_s, d.peerId},
                                       {u"local_id"_s, d.localId}}) {
        c.text(field, value);
    }
    c.uuid(u"vpnservice_id"_s, d.vpnserviceId);
    c.uuid(u"ikepolicy_id"_s, d.ikepolicyId);
    c.uuid(u"ipsecpolicy_id"_s, d.ipsecpolicyId);
    c.uuid(u"local_ep_group_id"_s, d.localEpGroupId);
    c.uuid(u"peer_ep_group_id"_s, d.peerEpGroupId);
    c.choice(u"initiator"_s, d.initiator);

    // PSK: the server takes anything; an empty or guessable key is ours to stop.
    if (d.psk) {
        if (d.psk->isEmpty())
            c.clientError(u"psk"_s, Text::tr("The pre-shared key must not be empty."));
        else if (d.psk->length() > kMaxStringLength)
            c.clientError(u"psk"_s, Text::tr("At most %1 characters.").arg(kMaxStringLength));
        else if (pskStrength(d.psk->reveal()) == 0)
            c.warning(u"psk"_s, Text::tr("This pre-shared key is short and easy to guess."));
    }
    if (d.peerId && d.peerId->isEmpty())
        c.clientError(u"peer_id"_s, Text::tr("The peer ID must not be empty (use the peer address if unsure)."));
    // Neutron takes any string here (neutron-lib `type:string`, no format check in the VPN
    // plugin), and its strongSwan driver writes the ids into ipsec.conf and ipsec.secrets
    // unescaped: a line break would add lines of its own to the router's files.
    for (const auto &[field, value] : {std::pair{u"peer_id"_s, d.peerId}, {u"local_id"_s, d.localId}}) {
        if (value && hasControlCharacter(*value)) {
            c.clientError(field,
                          Text::tr("An IKE identity cannot contain line breaks, tabs or other control "
                                   "characters: they would break the router's configuration files."));
        }
    }

    // Peer address: an IP, or a name the server resolves once (and stores the address).
    int peerVersion = 0;
    if (d.peerAddress) {
        peerVersion = ipVersionOf(*d.peerAddress);
        if (peerVersion == 0 && !isHostName(*d.peerAddress)) {
            c.error(u"peer_address"_s, Text::tr("Not an IP address or a host name."), u"VPNPeerAddressNotResolved"_s,
                    u"Peer address %1 cannot be resolved"_s.arg(*d.peerAddress));
        } else if (peerVersion == 0) {
            c.warning(u"peer_address"_s,
                      Text::tr("The server resolves this name once and stores the first address it gets."));
        }
    }

    // MTU and DPD: after the server's defaults (create) or the previous values (update).
    c.nonNegative(u"mtu"_s, d.mtu, Text::tr("The MTU"));
    if (d.dpd) {
        c.choice(u"dpd"_s, d.dpd->action);
        c.nonNegative(u"dpd"_s, d.dpd->interval, Text::tr("The DPD interval"));
        c.nonNegative(u"dpd"_s, d.dpd->timeout, Text::tr("The DPD timeout"));
        if (d.dpd->action && (*d.dpd->action == DpdAction::Disabled || *d.dpd->action == DpdAction::RestartByPeer)) {
            c.warning(u"dpd"_s,
                      Text::tr("strongSwan's ipsec.conf has no DPD action \"%1\": the router's starter "
                               "ignores this connection (\"bad argument value\"), so it never comes up.")
                          .arg(d.dpd->action->api()));
        }
        const Dpd base = existing ? existing->dpd : Dpd();
        const bool known = c.creating() || existing || (d.dpd->interval && d.dpd->timeout);
        const qint64 interval = d.dpd->interval.value_or(base.interval);
        const qint64 timeout = d.dpd->timeout.value_or(base.timeout);
        if (known && timeout <= interval) {
            c.error(u"dpd"_s, Text::tr("The DPD timeout must be longer than the interval."),
                    u"IPsecSiteConnectionDpdIntervalValueError"_s,
                    u"ipsec_site_connection dpd_timeout is equal to or less than dpd_interval"_s);
        }
    }
    if (d.initiator && *d.initiator == Initiator::ResponseOnly)
        c.warning(u"initiator"_s, Text::tr("The strongSwan driver ignores response-only: it always initiates."));

    // Peer CIDRs (legacy mode) and endpoint groups.
    const QStringList peerCidrs = d.peerCidrs.value_or(existing ? existing->peerCidrs : QStringList());
    for (const QString &cidr : peerCidrs) {
        if (!isCidr(cidr)) {
            c.invalidInput(u"peer_cidrs"_s, Text::tr("\"%1\" is not a CIDR such as 192.0.2.0/24.").arg(cidr),
                           servermessages::notValidSubnet(cidr));
        }
    }
    auto merged
        = [&](const std::optional<QString> &value, const QString &previous) { return value ? *value : previous; };
    const QString localGroupId = merged(d.localEpGroupId, existing ? existing->localEpGroupId : QString());
    const QString peerGroupId = merged(d.peerEpGroupId, existing ? existing->peerEpGroupId : QString());
    const bool modeKnown = c.creating() || existing;
    const bool anyGroup = !localGroupId.isEmpty() || !peerGroupId.isEmpty();
    if (!peerCidrs.isEmpty() && anyGroup) {
        c.error(u"peer_cidrs"_s, Text::tr("Use either peer CIDRs (legacy service) or endpoint groups, not both."),
                u"PeerCidrsInvalid"_s, u"Peer CIDRs cannot be specified, when using endpoint groups"_s);
    }

    const VpnService *service = nullptr;
    if (state) {
        const QString serviceId = d.vpnserviceId.value_or(existing ? existing->vpnserviceId : QString());
        service = state->vpnService(serviceId);
        if (!service && c.creating() && c.complete() && isUuid(serviceId)) {
            c.notFound<VpnService>(u"vpnservice_id"_s, serviceId);
        }
    }
    auto missingGroups = [&] {
        QString which;
        if (localGroupId.isEmpty() && peerGroupId.isEmpty())
            which = u"local and peer"_s;
        else
            which = localGroupId.isEmpty() ? u"local"_s : u"peer"_s;
        const QString suffix = which.contains(u' ') ? u"s"_s : QString();
        c.error(localGroupId.isEmpty() ? u"local_ep_group_id"_s : u"peer_ep_group_id"_s,
                Text::tr("Choose a local (subnet) and a peer (CIDR) endpoint group."),
                u"MissingRequiredEndpointGroup"_s,
                u"Missing endpoint group%1 %2 for IPSec site-to-site connection"_s.arg(suffix, which));
    };
    if (modeKnown && service && service->isLegacy()) {
        if (peerCidrs.isEmpty()) {
            c.error(u"peer_cidrs"_s, Text::tr("This (legacy) service needs peer CIDRs."), u"MissingPeerCidrs"_s,
                    u"Missing peer CIDRs for IPsec site-to-site connection"_s);
        }
        if (anyGroup) {
            c.error(u"local_ep_group_id"_s, Text::tr("A legacy service (with a subnet) cannot use endpoint groups."),
                    u"InvalidEndpointGroup"_s,
                    u"Endpoint group%1 %2 cannot be specified, when VPN Service has subnet specified"_s.arg(
                        !localGroupId.isEmpty() && !peerGroupId.isEmpty() ? u"s"_s : QString(),
                        !localGroupId.isEmpty() && !peerGroupId.isEmpty()
                            ? u"local and peer"_s
                            : (!localGroupId.isEmpty() ? u"local"_s : u"peer"_s)));
        }
    } else if (modeKnown && (service || peerCidrs.isEmpty())) {
        if (service && !peerCidrs.isEmpty() && !anyGroup)
            c.error(u"peer_cidrs"_s, Text::tr("Peer CIDRs need a legacy service (one with a subnet)."),
                    u"PeerCidrsInvalid"_s, u"Peer CIDRs cannot be specified, when using endpoint groups"_s);
        if (localGroupId.isEmpty() || peerGroupId.isEmpty())
            missingGroups();
    }

    // What the groups and the service resolve to: IP versions, types, MTU minimum, overlap.
    QStringList localCidrs, remoteCidrs;
    bool localKnown = false, remoteKnown = false;
    if (state) {
        auto group = [&](const QString &id, const QString &field, EndpointGroupType expected, QStringList *cidrs,
                         bool *known) {
            if (id.isEmpty())
                return;
            const EndpointGroup *g = state->endpointGroup(id);
            if (!g) {
                if (c.complete() && isUuid(id)) {
                    c.notFound<EndpointGroup>(field, id);
                }
                return;
            }
            if (!(g->type == expected)) {
                const bool local = expected == EndpointGroupType::Subnet;
                c.error(field,
                        local ? Text::tr("The local endpoint group must be of type subnet.")
                              : Text::tr("The peer endpoint group must be of type cidr."),
                        u"WrongEndpointGroupType"_s,
                        u"Endpoint group %1 type is '%2' and should be '%3'"_s.arg(g->id, g->type.api(),
                                                                                   apiName(expected)));
                return;
            }
            // Every local subnet (that exists) must be an interface of the service's router.
            const Router *router = service ? state->router(service->routerId) : nullptr;
            if (expected == EndpointGroupType::Subnet && router && c.complete()) {
                for (const QString &subnetId : g->endpoints) {
                    const bool attached = std::any_of(router->interfaces.cbegin(), router->interfaces.cend(),
                                                      [&](const RouterInterface &i) { return i.subnetId == subnetId; });
                    if (state->subnet(subnetId) && !attached) {
                        c.error(field, Text::tr("Subnet %1 is not attached to the service's router.").arg(subnetId),
                                u"SubnetIsNotConnectedToRouter"_s,
                                u"Subnet %1 is not connected to Router %2"_s.arg(subnetId, router->id));
                        break;
                    }
                }
            }
            *cidrs = cidrsOf(*g, *state, known);
            if (versionsOf(*cidrs).size() > 1) {
                c.error(
                    field, Text::tr("The group mixes IPv4 and IPv6."), u"MixedIPVersionsForIPSecEndpoints"_s,
                    u"Endpoints in group %1 do not have the same IP version, as required for IPSec site-to-site connection"_s
                        .arg(g->id));
            }
        };
        if (service && service->isLegacy()) {
            if (const Subnet *subnet = state->subnet(service->subnetId)) {
                localCidrs = {subnet->cidr};
                localKnown = true;
            }
            remoteCidrs = peerCidrs;
            remoteKnown = !peerCidrs.isEmpty();
            if (versionsOf(peerCidrs).size() > 1) {
                c.error(u"peer_cidrs"_s, Text::tr("The peer CIDRs mix IPv4 and IPv6."),
                        u"MixedIPVersionsForPeerCidrs"_s,
                        u"Peer CIDRs do not have the same IP version, as required for IPSec site-to-site connection"_s);
            }
        } else {
            group(localGroupId, u"local_ep_group_id"_s, EndpointGroupType::Subnet, &localCidrs, &localKnown);
            group(peerGroupId, u"peer_ep_group_id"_s, EndpointGroupType::Cidr, &remoteCidrs, &remoteKnown);
        }
    }
    const QSet<int> localVersions = versionsOf(localCidrs);
    const QSet<int> remoteVersions = versionsOf(remoteCidrs);
    if (localVersions.size() == 1 && remoteVersions.size() == 1 && localVersions != remoteVersions) {
        c.error(u"peer_ep_group_id"_s, Text::tr("The local and peer sides use different IP versions."),
                u"MixedIPVersionsForIPSecConnection"_s,
                u"IP versions are not compatible between peer and local endpoints"_s);
    }
    if (localKnown && remoteKnown) {
        for (const QString &local : std::as_const(localCidrs)) {
            for (const QString &remote : std::as_const(remoteCidrs)) {
                if (overlaps(local, remote))
                    c.warning(u"peer_ep_group_id"_s, Text::tr("Local %1 and peer %2 overlap.").arg(local, remote));
            }
        }
    }

    if (d.mtu && *d.mtu > 0) {
        const int localVersion = localVersions.size() == 1 ? *localVersions.cbegin() : 4;
        const qint64 minimum = localVersion == 6 ? kMinMtuV6 : kMinMtuV4;
        if (*d.mtu < minimum) {
            c.error(u"mtu"_s, Text::tr("The MTU must be at least %1 for IPv%2.").arg(minimum).arg(localVersion),
                    u"IPsecSiteConnectionMtuError"_s,
                    u"ipsec_site_connection MTU %1 is too small for ipv%2"_s.arg(*d.mtu).arg(localVersion));
        }
    }

    if (service && peerVersion != 0) {
        const QString gateway = peerVersion == 6 ? service->externalV6Ip : service->externalV4Ip;
        if (gateway.isEmpty()) {
            c.error(u"peer_address"_s,
                    Text::tr("The router has no IPv%1 gateway address to reach this peer from.").arg(peerVersion),
                    u"ExternalNetworkHasNoSubnet"_s,
                    u"Router's %1 external network has no IPv%2 subnet"_s.arg(service->routerId).arg(peerVersion));
        }
    }

    if (state && c.creating()) {
        if (d.ikepolicyId && isUuid(*d.ikepolicyId) && c.complete() && !state->ikePolicy(*d.ikepolicyId)) {
            c.notFound<IkePolicy>(u"ikepolicy_id"_s, *d.ikepolicyId);
        }
        if (d.ipsecpolicyId && isUuid(*d.ipsecpolicyId)) {
            const IpsecPolicy *policy = state->ipsecPolicy(*d.ipsecpolicyId);
            if (!policy && c.complete()) {
                c.notFound<IpsecPolicy>(u"ipsecpolicy_id"_s, *d.ipsecpolicyId);
            } else if (policy && policy->transformProtocol == TransformProtocol::AhEsp) {
                c.error(u"ipsecpolicy_id"_s, Text::tr("The strongSwan and Libreswan drivers do not support ah-esp."),
                        u"IpsecValidationFailure"_s,
                        u"IPSec does not support IPsec Policy attribute transform_protocol with value 'ah-esp'"_s);
            }
        }
    }
    if (!c.creating() && state) {
        if (existing)
            pendingState(c, existing->status);
        else if (c.complete())
            c.notFound<IpsecSiteConnection>(QString(), c.target());
    }
    return c.take();
}

// ---- delete --------------------------------------------------------------------------------

Problems validateDelete(ResourceKind kind, const ValidationContext &context)
{
    Checker c(context);
    if (!c.state())
        return c.take();
    withResource(kind, [&c]<typename T>(ResourceType<T>) {
        if (!c.state()->find<T>(c.target()) && c.complete())
            c.notFound<T>(QString(), c.target());
        inUse<T>(c);
    });
    return c.take();
}

} // namespace vpnaas
