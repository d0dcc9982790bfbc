// SPDX-License-Identifier: Apache-2.0
#include "requestgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace differential {

using namespace vpnaas;

namespace {

constexpr ResourceKind kIke = ResourceKind::IkePolicy;
constexpr ResourceKind kIpsec = ResourceKind::IpsecPolicy;
constexpr ResourceKind kServices = ResourceKind::VpnService;
constexpr ResourceKind kGroups = ResourceKind::EndpointGroup;
constexpr ResourceKind kConnections = ResourceKind::IpsecSiteConnection;

/*! The collection's name in URLs and in the report's rows ("endpoint-groups"). */
QString collectionOf(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return collectionSegment<T>().toString(); });
}

/*! The JSON envelope's key for one resource ("endpoint_group"). */
QString singularOf(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::singular.toString(); });
}

QString pathOf(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::path.toString(); });
}

/*! Lists sort only resources that have sort keys (endpoint groups have none). */
bool sortable(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return !sortKeys<T>().isEmpty(); });
}

/*!
 * What a field of a show or list may name (fields=): every attribute of the resource, in its
 * description's order, the project also under its older name tenant_id (before project_id).
 */
QStringList attributesOf(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) {
        QStringList keys;
        ResourceTraits<T>::describe([&keys](const auto &a) {
            if (a.has(attr::Project))
                keys.append(u"tenant_id"_s);
            keys.append(a.key.toString());
        });
        return keys;
    });
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

/*! A request body's inner object and what it tests. */
struct RequestGenerator::Draft {
    QString label;
    QJsonObject object;
    QString notes; // e.g. " (no live vpnservice)": a reference that had to be made up
    bool mutated = false;

    QString fullLabel() const { return label + notes; }
};

/*! A broken variant of a valid request: what it tests and how it breaks it. */
struct RequestGenerator::Mutation {
    QString label;
    std::function<void(QJsonObject &)> apply;
};

// ---- the world ---------------------------------------------------------------------------------

QList<int> World::live(ResourceKind kind, const std::function<bool(const Resource &)> &accept) const
{
    QList<int> indexes;
    const QList<Resource> &all = resources(kind);
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].alive && (!accept || accept(all[i])))
            indexes.append(i);
    }
    return indexes;
}

void World::apply(const Operation &operation, int status, const QByteArray &body)
{
    QList<Resource> &all = m_resources[index(operation.resource)];
    Resource *target = operation.target >= 0 ? &all[operation.target] : nullptr;
    switch (operation.type) {
    case Operation::Type::Create:
    case Operation::Type::Malformed:
        if (operation.method == "POST" && status == 201)
            record(operation.resource, body);
        break;
    case Operation::Type::Update:
        if (status == 200 && target)
            target->name = QJsonDocument::fromJson(body)[singularOf(operation.resource)][u"name"].toString();
        break;
    case Operation::Type::Delete:
        if (status == 204 && target)
            target->alive = false;
        break;
    case Operation::Type::StatusFlip:
        if (status == 0 && target)
            target->status = operation.status;
        break;
    case Operation::Type::Show:
    case Operation::Type::List:
        break;
    }
}

void World::record(ResourceKind kind, const QByteArray &body)
{
    const QJsonObject item = QJsonDocument::fromJson(body)[singularOf(kind)].toObject();
    Resource r;
    r.id = item[u"id"].toString();
    r.name = item[u"name"].toString();
    r.status = item[u"status"].toString();
    if (kind == kServices) {
        r.variant = item[u"subnet_id"].isString() ? u"legacy"_s : u"groups"_s;
    } else if (kind == kConnections) {
        r.variant = item[u"peer_cidrs"].toArray().isEmpty() ? u"groups"_s : u"legacy"_s;
    } else if (kind == kGroups) {
        r.variant = item[u"type"].toString();
        for (const QJsonValue &e : item[u"endpoints"].toArray())
            r.endpoints.append(e.toString());
    } else if (kind == kIpsec) {
        r.variant = item[u"transform_protocol"].toString();
    }
    m_resources[index(kind)].append(r);
}

// ---- the generator -----------------------------------------------------------------------------

RequestGenerator::RequestGenerator(quint32 seed, const World &world)
    : m_world(world)
    , m_random(seed)
{
}

ResourceKind RequestGenerator::pickKind()
{
    return kAllResourceKinds.at(std::size_t(roll(int(kAllResourceKinds.size()))));
}

int RequestGenerator::weighted(const QList<int> &weights)
{
    int sum = 0;
    for (int w : weights)
        sum += w;
    int r = roll(sum);
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return int(weights.size()) - 1;
}

QString RequestGenerator::unknownId()
{
    auto hex = [this](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i)
            s += QChar(u"0123456789abcdef"[roll(16)]);
        return s;
    };
    return hex(8) + u'-' + hex(4) + u"-4"_s + hex(3) + u'-' + QChar(u"89ab"[roll(4)]) + hex(3) + u'-' + hex(12);
}

QString RequestGenerator::nextName(const QString &prefix)
{
    return u"%1-%2"_s.arg(prefix).arg(++m_names, 3, 10, QChar(u'0'));
}

RequestGenerator::Target RequestGenerator::target(ResourceKind kind)
{
    const QList<Resource> &resources = m_world.resources(kind);
    const QList<int> alive = m_world.live(kind);
    QList<int> dead;
    for (int i = 0; i < resources.size(); ++i) {
        if (!resources[i].alive)
            dead.append(i);
    }
    // Mostly a live one, sometimes a deleted one, rarely an id that never existed.
    const int r = roll(100);
    if (r < 95 && !dead.isEmpty() && (r >= 85 || alive.isEmpty())) {
        const int i = pickInt(dead);
        return {resources[i].id, u"deleted"_s, i};
    }
    if (r < 95 && !alive.isEmpty()) {
        const int i = pickInt(alive);
        return {resources[i].id, QString(), i};
    }
    return {unknownId(), u"unknown id"_s, -1};
}

QString RequestGenerator::reference(ResourceKind kind, const std::function<bool(const Resource &)> &accept,
                                    QString *label)
{
    const QList<int> candidates = m_world.live(kind, accept);
    if (candidates.isEmpty()) {
        *label += u" (no live %1)"_s.arg(singularOf(kind));
        return unknownId();
    }
    return m_world.resources(kind)[pickInt(candidates)].id;
}

QJsonObject RequestGenerator::lifetime()
{
    const int value = pickInt({60, 1800, 3600, 7200, 28800, 86400});
    switch (roll(4)) {
    case 0:
        return {{u"units"_s, u"seconds"_s}, {u"value"_s, value}};
    case 1:
        return {{u"value"_s, value}};
    case 2:
        return {{u"units"_s, u"seconds"_s}};
    default:
        return {};
    }
}

QJsonObject RequestGenerator::dpd()
{
    QJsonObject o;
    if (chance(60))
        o.insert(u"action"_s, pickText({u"hold"_s, u"clear"_s, u"restart"_s, u"disabled"_s, u"restart-by-peer"_s}));
    const int interval = pickInt({10, 15, 30, 60});
    if (chance(60))
        o.insert(u"interval"_s, interval);
    if (chance(60) || o.contains(u"interval"))
        o.insert(u"timeout"_s, interval + pickInt({1, 60, 90, 150}));
    return o;
}

RequestGenerator::Draft RequestGenerator::mutate(Draft draft, const QList<Mutation> &mutations)
{
    const Mutation &m = mutations.at(roll(int(mutations.size())));
    m.apply(draft.object);
    draft.label = m.label;
    draft.mutated = true;
    return draft;
}

Operation RequestGenerator::next()
{
    static const QList<int> createWeights{14, 14, 20, 24, 28};
    switch (weighted({28, 19, 10, 17, 12, 9, 5})) {
    case 0:
        return create(kAllResourceKinds.at(std::size_t(weighted(createWeights))));
    case 1:
        return update(kAllResourceKinds.at(std::size_t(weighted({16, 16, 22, 14, 32}))));
    case 2:
        return show(pickKind());
    case 3:
        return list(pickKind());
    case 4:
        return remove(kAllResourceKinds.at(std::size_t(weighted({15, 15, 15, 20, 20}))));
    case 5:
        return flipStatus();
    default:
        return malformed();
    }
}

/*! Invalid variants shared by both policy kinds (create and update). */
QList<RequestGenerator::Mutation> RequestGenerator::policyMutations(bool creating,
                                                                    const std::function<QString()> &unknownId)
{
    QList<Mutation> m{
        {u"bad auth_algorithm md5"_s, [](QJsonObject &o) { o[u"auth_algorithm"_s] = u"md5"_s; }},
        {u"auth_algorithm aes-xcbc (2025.1 only)"_s, [](QJsonObject &o) { o[u"auth_algorithm"_s] = u"aes-xcbc"_s; }},
        {u"bad encryption_algorithm"_s, [](QJsonObject &o) { o[u"encryption_algorithm"_s] = u"aes-512"_s; }},
        {u"encryption aes-256-gcm-16 (2025.1 only)"_s,
         [](QJsonObject &o) { o[u"encryption_algorithm"_s] = u"aes-256-gcm-16"_s; }},
        {u"encryption aes-128-ctr (vpn-aes-ctr only)"_s,
         [](QJsonObject &o) { o[u"encryption_algorithm"_s] = u"aes-128-ctr"_s; }},
        {u"bad pfs group99"_s, [](QJsonObject &o) { o[u"pfs"_s] = u"group99"_s; }},
        {u"pfs group19 (2025.1 only)"_s, [](QJsonObject &o) { o[u"pfs"_s] = u"group19"_s; }},
        {u"pfs in capitals"_s, [](QJsonObject &o) { o[u"pfs"_s] = u"Group5"_s; }},
        {u"pfs not a string"_s, [](QJsonObject &o) { o[u"pfs"_s] = 5; }},
        {u"lifetime 10"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"value"_s, 10}};
         }},
        {u"lifetime 59 seconds"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"units"_s, u"seconds"_s}, {u"value"_s, 59}};
         }},
        {u"negative lifetime"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"value"_s, -3600}};
         }},
        {u"lifetime in kilobytes"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"units"_s, u"kilobytes"_s}, {u"value"_s, 1000}};
         }},
        {u"lifetime in minutes"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"units"_s, u"minutes"_s}};
         }},
        {u"lifetime value not a number"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"value"_s, u"abc"_s}};
         }},
        {u"lifetime value as text"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"value"_s, u"7200"_s}};
         }},
        {u"lifetime not a dict"_s, [](QJsonObject &o) { o[u"lifetime"_s] = 3600; }},
        {u"lifetime with unknown key"_s,
         [](QJsonObject &o) {
             o[u"lifetime"_s] = QJsonObject{{u"value"_s, 3600}, {u"kilobytes"_s, 1}};
         }},
        {u"unknown attribute"_s, [](QJsonObject &o) { o[u"colour"_s] = u"red"_s; }},
        {u"name too long"_s, [](QJsonObject &o) { o[u"name"_s] = QString(256, u'n'); }},
        {u"name not a string"_s, [](QJsonObject &o) { o[u"name"_s] = 42; }},
        {u"description null"_s, [](QJsonObject &o) { o[u"description"_s] = QJsonValue(); }},
        {u"id given"_s, [unknownId](QJsonObject &o) { o[u"id"_s] = unknownId(); }},
    };
    if (creating) {
        m.append({u"tenant_id and project_id differ"_s, [](QJsonObject &o) {
                      o[u"tenant_id"_s] = u"fake_project_id"_s;
                      o[u"project_id"_s] = u"other_project"_s;
                  }});
    } else {
        m.append({u"tenant_id on update"_s, [](QJsonObject &o) { o[u"tenant_id"_s] = u"fake_project_id"_s; }});
        m.append({u"project_id on update"_s, [](QJsonObject &o) { o[u"project_id"_s] = u"fake_project_id"_s; }});
    }
    return m;
}

RequestGenerator::Draft RequestGenerator::ikePolicy(bool creating)
{
    Draft d{u"valid"_s, {}, {}};
    if (creating || chance(50))
        d.object.insert(u"name"_s, nextName(u"ike"_s));
    if (chance(20))
        d.object.insert(u"description"_s, u"IKE policy %1"_s.arg(m_names));
    if (chance(40))
        d.object.insert(u"auth_algorithm"_s, pickText({u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s}));
    if (chance(40))
        d.object.insert(u"encryption_algorithm"_s, pickText({u"3des"_s, u"aes-128"_s, u"aes-192"_s, u"aes-256"_s}));
    if (chance(25))
        d.object.insert(u"phase1_negotiation_mode"_s, pickText({u"main"_s, u"aggressive"_s}));
    if (chance(35))
        d.object.insert(u"ike_version"_s, pickText({u"v1"_s, u"v2"_s}));
    if (chance(40))
        d.object.insert(u"pfs"_s, pickText({u"group2"_s, u"group5"_s, u"group14"_s}));
    if (chance(35))
        d.object.insert(u"lifetime"_s, lifetime());
    if (creating && chance(5))
        d.object.insert(u"tenant_id"_s, u"fake_project_id"_s);
    if (creating && chance(3))
        d.object.insert(u"project_id"_s, u"other_project"_s); // admin may create for another project
    if (chance(creating ? 60 : 50))
        return d;
    QList<Mutation> m = policyMutations(creating, [this] { return unknownId(); });
    m.append({u"bad phase1_negotiation_mode"_s, [](QJsonObject &o) { o[u"phase1_negotiation_mode"_s] = u"quick"_s; }});
    m.append({u"bad ike_version"_s, [](QJsonObject &o) { o[u"ike_version"_s] = u"v3"_s; }});
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::ipsecPolicy(bool creating)
{
    Draft d{u"valid"_s, {}, {}};
    if (creating || chance(50))
        d.object.insert(u"name"_s, nextName(u"ipsec"_s));
    if (chance(20))
        d.object.insert(u"description"_s, u"IPsec policy %1"_s.arg(m_names));
    if (chance(35))
        d.object.insert(u"transform_protocol"_s, pickText({u"esp"_s, u"esp"_s, u"ah"_s, u"ah-esp"_s}));
    if (chance(35))
        d.object.insert(u"auth_algorithm"_s, pickText({u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s}));
    if (chance(35))
        d.object.insert(u"encryption_algorithm"_s, pickText({u"3des"_s, u"aes-128"_s, u"aes-192"_s, u"aes-256"_s}));
    if (chance(30))
        d.object.insert(u"encapsulation_mode"_s, pickText({u"tunnel"_s, u"transport"_s}));
    if (chance(35))
        d.object.insert(u"pfs"_s, pickText({u"group2"_s, u"group5"_s, u"group14"_s}));
    if (chance(30))
        d.object.insert(u"lifetime"_s, lifetime());
    if (chance(creating ? 60 : 50))
        return d;
    QList<Mutation> m = policyMutations(creating, [this] { return unknownId(); });
    m.append({u"bad transform_protocol"_s, [](QJsonObject &o) { o[u"transform_protocol"_s] = u"esp-ah"_s; }});
    m.append({u"bad encapsulation_mode"_s, [](QJsonObject &o) { o[u"encapsulation_mode"_s] = u"tunel"_s; }});
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::vpnService()
{
    Draft d{u"valid"_s, {{u"name"_s, nextName(u"vpn"_s)}, {u"router_id"_s, m_world.network().routerId}}, {}};
    if (chance(25)) {
        d.object.insert(u"subnet_id"_s, m_world.network().subnetId);
        d.label = u"valid legacy (subnet)"_s;
    } else if (chance(8)) {
        d.object.insert(u"subnet_id"_s, QJsonValue());
        d.label = u"valid, subnet_id null"_s;
    }
    if (chance(15))
        d.object.insert(u"admin_state_up"_s, false);
    if (chance(15))
        d.object.insert(u"description"_s, u"service %1"_s.arg(m_names));
    if (chance(60))
        return d;
    const QList<Mutation> m{
        {u"router without gateway"_s,
         [this](QJsonObject &o) { o[u"router_id"_s] = m_world.network().routerWithoutGatewayId; }},
        {u"unknown router"_s, [this](QJsonObject &o) { o[u"router_id"_s] = unknownId(); }},
        {u"router_id not a UUID"_s, [](QJsonObject &o) { o[u"router_id"_s] = u"router1"_s; }},
        {u"missing router_id"_s, [](QJsonObject &o) { o.remove(u"router_id"_s); }},
        {u"subnet not on the router"_s,
         [this](QJsonObject &o) { o[u"subnet_id"_s] = m_world.network().detachedSubnetId; }},
        {u"unknown subnet"_s, [this](QJsonObject &o) { o[u"subnet_id"_s] = unknownId(); }},
        {u"subnet_id not a UUID"_s, [](QJsonObject &o) { o[u"subnet_id"_s] = u"private-subnet"_s; }},
        {u"status in POST"_s, [](QJsonObject &o) { o[u"status"_s] = u"ACTIVE"_s; }},
        {u"external_v4_ip in POST"_s, [](QJsonObject &o) { o[u"external_v4_ip"_s] = u"172.24.4.10"_s; }},
        {u"admin_state_up not a boolean"_s, [](QJsonObject &o) { o[u"admin_state_up"_s] = u"maybe"_s; }},
        {u"admin_state_up as text"_s, [](QJsonObject &o) { o[u"admin_state_up"_s] = u"false"_s; }},
        {u"admin_state_up as 0"_s, [](QJsonObject &o) { o[u"admin_state_up"_s] = 0; }},
        {u"flavor_id without the flavors plugin"_s, [this](QJsonObject &o) { o[u"flavor_id"_s] = unknownId(); }},
        {u"unknown attribute"_s, [](QJsonObject &o) { o[u"colour"_s] = u"red"_s; }},
        {u"name too long"_s, [](QJsonObject &o) { o[u"name"_s] = QString(256, u'v'); }},
    };
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::vpnServiceUpdate()
{
    Draft d{u"valid"_s, {}, {}};
    if (chance(50))
        d.object.insert(u"name"_s, nextName(u"vpn"_s));
    if (chance(40))
        d.object.insert(u"description"_s, u"updated %1"_s.arg(m_names));
    if (chance(40))
        d.object.insert(u"admin_state_up"_s, chance(50));
    if (chance(65))
        return d;
    const QList<Mutation> m{
        {u"router_id is not updatable"_s, [this](QJsonObject &o) { o[u"router_id"_s] = m_world.network().routerId; }},
        {u"subnet_id is not updatable"_s, [this](QJsonObject &o) { o[u"subnet_id"_s] = m_world.network().subnetId; }},
        {u"status is read-only"_s, [](QJsonObject &o) { o[u"status"_s] = u"ACTIVE"_s; }},
        {u"external_v4_ip is read-only"_s, [](QJsonObject &o) { o[u"external_v4_ip"_s] = u"172.24.4.10"_s; }},
        {u"flavor_id is not updatable"_s, [this](QJsonObject &o) { o[u"flavor_id"_s] = unknownId(); }},
        {u"admin_state_up not a boolean"_s, [](QJsonObject &o) { o[u"admin_state_up"_s] = u"maybe"_s; }},
        {u"unknown attribute"_s, [](QJsonObject &o) { o[u"colour"_s] = u"red"_s; }},
        {u"tenant_id on update"_s, [](QJsonObject &o) { o[u"tenant_id"_s] = u"fake_project_id"_s; }},
    };
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::endpointGroup()
{
    static const QStringList v4{u"192.168.1.0/24"_s, u"192.168.2.0/24"_s, u"192.168.3.0/24"_s,  u"10.20.0.0/16"_s,
                                u"172.16.5.0/24"_s,  u"198.18.0.0/15"_s,  u"192.168.100.0/24"_s};
    Draft d{u"valid cidr"_s, {{u"name"_s, nextName(u"ep"_s)}, {u"type"_s, u"cidr"_s}}, {}};
    switch (weighted({45, 10, 30, 8, 7})) {
    case 0: {
        QStringList endpoints;
        const int count = 1 + roll(3);
        while (endpoints.size() < count) {
            const QString cidr = pickText(v4);
            if (!endpoints.contains(cidr)) // Zed loops for minutes on a duplicate (Launchpad 2129681)
                endpoints.append(cidr);
        }
        d.object.insert(u"endpoints"_s, QJsonArray::fromStringList(endpoints));
        break;
    }
    case 1:
        d.label = u"valid cidr IPv6"_s;
        d.object.insert(u"endpoints"_s, QJsonArray{u"2001:db8:%1::/64"_s.arg(roll(100))});
        break;
    case 2: {
        d.label = u"valid subnet"_s;
        d.object.insert(u"type"_s, u"subnet"_s);
        const int which = weighted({70, 15, 15});
        d.object.insert(u"endpoints"_s,
                        which == 0       ? QJsonArray{m_world.network().subnetId}
                            : which == 1 ? QJsonArray{m_world.network().detachedSubnetId}
                                         : QJsonArray{m_world.network().subnetId, m_world.network().detachedSubnetId});
        break;
    }
    case 3:
        d.label = u"valid vlan/network/router type"_s;
        d.object.insert(u"type"_s, pickText({u"vlan"_s, u"network"_s, u"router"_s}));
        d.object.insert(u"endpoints"_s, QJsonArray{u"100"_s});
        break;
    default:
        d.label = u"mixed IP versions in one group"_s;
        d.object.insert(u"endpoints"_s, QJsonArray{u"192.168.7.0/24"_s, u"2001:db8:7::/64"_s});
        break;
    }
    if (chance(15))
        d.object.insert(u"description"_s, u"group %1"_s.arg(m_names));
    if (chance(65))
        return d;
    const QList<Mutation> m{
        {u"bad CIDR /33"_s,
         [](QJsonObject &o) {
             o[u"type"_s] = u"cidr"_s;
             o[u"endpoints"_s] = QJsonArray{u"10.0.0.0/33"_s};
         }},
        {u"bad CIDR address"_s,
         [](QJsonObject &o) {
             o[u"type"_s] = u"cidr"_s;
             o[u"endpoints"_s] = QJsonArray{u"300.1.1.0/24"_s};
         }},
        {u"CIDR not a CIDR"_s,
         [](QJsonObject &o) {
             o[u"type"_s] = u"cidr"_s;
             o[u"endpoints"_s] = QJsonArray{u"192.168.1.0/24"_s, u"not-a-cidr"_s};
         }},
        {u"no endpoints"_s, [](QJsonObject &o) { o[u"endpoints"_s] = QJsonArray(); }},
        {u"missing endpoints"_s, [](QJsonObject &o) { o.remove(u"endpoints"_s); }},
        {u"missing type"_s, [](QJsonObject &o) { o.remove(u"type"_s); }},
        {u"bad type"_s, [](QJsonObject &o) { o[u"type"_s] = u"bogus"_s; }},
        {u"unknown subnet"_s,
         [this](QJsonObject &o) {
             o[u"type"_s] = u"subnet"_s;
             o[u"endpoints"_s] = QJsonArray{unknownId()};
         }},
        {u"subnet endpoint not a UUID"_s,
         [](QJsonObject &o) {
             o[u"type"_s] = u"subnet"_s;
             o[u"endpoints"_s] = QJsonArray{u"private-subnet"_s};
         }},
        {u"endpoints not a list"_s, [](QJsonObject &o) { o[u"endpoints"_s] = u"192.168.1.0/24"_s; }},
        {u"unknown attribute"_s, [](QJsonObject &o) { o[u"colour"_s] = u"red"_s; }},
        {u"id given"_s, [this](QJsonObject &o) { o[u"id"_s] = unknownId(); }},
    };
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::endpointGroupUpdate()
{
    Draft d{u"valid"_s, {}, {}};
    if (chance(70))
        d.object.insert(u"name"_s, nextName(u"ep"_s));
    if (chance(40))
        d.object.insert(u"description"_s, u"updated %1"_s.arg(m_names));
    if (chance(60))
        return d;
    const QList<Mutation> m{
        {u"endpoints are not updatable"_s, [](QJsonObject &o) { o[u"endpoints"_s] = QJsonArray{u"192.168.9.0/24"_s}; }},
        {u"type is not updatable"_s, [](QJsonObject &o) { o[u"type"_s] = u"cidr"_s; }},
        {u"unknown attribute"_s, [](QJsonObject &o) { o[u"colour"_s] = u"red"_s; }},
        {u"name not a string"_s, [](QJsonObject &o) { o[u"name"_s] = true; }},
        {u"project_id on update"_s, [](QJsonObject &o) { o[u"project_id"_s] = u"fake_project_id"_s; }},
    };
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::connection()
{
    const bool legacy = chance(25);
    Draft d{legacy ? u"valid legacy"_s : u"valid"_s, {}, {}};
    QString &label = d.notes;
    QJsonObject &o = d.object;
    o.insert(u"name"_s, nextName(u"conn"_s));
    o.insert(
        u"vpnservice_id"_s,
        reference(
            kServices, [legacy](const Resource &r) { return r.variant == (legacy ? u"legacy" : u"groups"); }, &label));
    o.insert(u"ikepolicy_id"_s, reference(kIke, {}, &label));
    o.insert(u"ipsecpolicy_id"_s,
             reference(
                 kIpsec, [](const Resource &r) { return r.variant != u"ah-esp"; }, &label));
    const QString peer = pickText({u"203.0.113."_s, u"198.51.100."_s}) + QString::number(1 + roll(254));
    o.insert(u"peer_address"_s, peer);
    o.insert(u"peer_id"_s, chance(70) ? peer : u"@site-%1.example"_s.arg(m_names));
    o.insert(u"psk"_s, u"secret-%1"_s.arg(m_names));
    if (legacy) {
        QStringList cidrs{u"192.168.%1.0/24"_s.arg(10 + roll(50))};
        if (chance(30))
            cidrs.append(u"10.%1.0.0/16"_s.arg(100 + roll(50)));
        o.insert(u"peer_cidrs"_s, QJsonArray::fromStringList(cidrs));
    } else {
        o.insert(u"local_ep_group_id"_s,
                 reference(
                     kGroups,
                     [this](const Resource &r) {
                         return r.variant == u"subnet" && r.endpoints == QStringList{m_world.network().subnetId};
                     },
                     &label));
        o.insert(u"peer_ep_group_id"_s,
                 reference(
                     kGroups,
                     [](const Resource &r) {
                         return r.variant == u"cidr" && !r.endpoints.isEmpty()
                             && !r.endpoints.join(u' ').contains(u':');
                     },
                     &label));
    }
    if (chance(20))
        o.insert(u"mtu"_s, pickInt({0, 68, 1280, 1400, 1500, 9000}));
    if (chance(20))
        o.insert(u"dpd"_s, dpd());
    if (chance(15))
        o.insert(u"initiator"_s, pickText({u"bi-directional"_s, u"response-only"_s}));
    if (chance(10))
        o.insert(u"admin_state_up"_s, false);
    if (chance(10))
        o.insert(u"local_id"_s, u"@local-%1"_s.arg(m_names));
    if (chance(10))
        o.insert(u"description"_s, u"connection %1"_s.arg(m_names));
    m_peerAddresses.append(peer);
    if (chance(55))
        return d;

    auto group = [this](const std::function<bool(const Resource &)> &accept) {
        QString ignored;
        return reference(kGroups, accept, &ignored);
    };
    QList<Mutation> m{
        {u"missing vpnservice_id"_s, [](QJsonObject &x) { x.remove(u"vpnservice_id"_s); }},
        {u"missing ikepolicy_id"_s, [](QJsonObject &x) { x.remove(u"ikepolicy_id"_s); }},
        {u"missing ipsecpolicy_id"_s, [](QJsonObject &x) { x.remove(u"ipsecpolicy_id"_s); }},
        {u"missing peer_address"_s, [](QJsonObject &x) { x.remove(u"peer_address"_s); }},
        {u"missing peer_id"_s, [](QJsonObject &x) { x.remove(u"peer_id"_s); }},
        {u"missing psk"_s, [](QJsonObject &x) { x.remove(u"psk"_s); }},
        {u"unknown vpnservice"_s, [this](QJsonObject &x) { x[u"vpnservice_id"_s] = unknownId(); }},
        {u"unknown ikepolicy"_s, [this](QJsonObject &x) { x[u"ikepolicy_id"_s] = unknownId(); }},
        {u"unknown ipsecpolicy"_s, [this](QJsonObject &x) { x[u"ipsecpolicy_id"_s] = unknownId(); }},
        {u"vpnservice_id not a UUID"_s, [](QJsonObject &x) { x[u"vpnservice_id"_s] = u"vpn"_s; }},
        {u"peer address 999.1.1.1"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"999.1.1.1"_s; }},
        {u"peer address not an address"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"not an address!"_s; }},
        // The namespace has no DNS: both refuse a host name the same way.
        {u"host name peer"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"vpn.example.org"_s; }},
        {u"IPv6 peer, IPv4-only gateway"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"2001:db8::5"_s; }},
        {u"dpd timeout below interval"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"interval"_s, 60}, {u"timeout"_s, 30}};
         }},
        {u"dpd interval equals default timeout"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"interval"_s, 120}};
         }},
        {u"bad dpd action"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"action"_s, u"explode"_s}};
         }},
        {u"dpd with unknown key"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"retries"_s, 3}};
         }},
        {u"negative dpd interval"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"interval"_s, -1}, {u"timeout"_s, 30}};
         }},
        {u"mtu 10"_s, [](QJsonObject &x) { x[u"mtu"_s] = 10; }},
        {u"mtu 67"_s, [](QJsonObject &x) { x[u"mtu"_s] = 67; }},
        {u"negative mtu"_s, [](QJsonObject &x) { x[u"mtu"_s] = -1; }},
        {u"mtu not a number"_s, [](QJsonObject &x) { x[u"mtu"_s] = u"big"_s; }},
        {u"mtu as text"_s, [](QJsonObject &x) { x[u"mtu"_s] = u"1400"_s; }},
        {u"bad initiator"_s, [](QJsonObject &x) { x[u"initiator"_s] = u"both"_s; }},
        {u"psk not a string"_s, [](QJsonObject &x) { x[u"psk"_s] = 1234; }},
        {u"admin_state_up not a boolean"_s, [](QJsonObject &x) { x[u"admin_state_up"_s] = u"maybe"_s; }},
        {u"status in POST"_s, [](QJsonObject &x) { x[u"status"_s] = u"ACTIVE"_s; }},
        {u"route_mode in POST"_s, [](QJsonObject &x) { x[u"route_mode"_s] = u"static"_s; }},
        {u"unknown attribute"_s, [](QJsonObject &x) { x[u"colour"_s] = u"red"_s; }},
        {u"ah-esp IPsec policy"_s,
         [this](QJsonObject &x) {
             QString ignored;
             x[u"ipsecpolicy_id"_s] = reference(
                 kIpsec, [](const Resource &r) { return r.variant == u"ah-esp"; }, &ignored);
         }},
    };
    if (legacy) {
        m.append({u"legacy without peer_cidrs"_s, [](QJsonObject &x) { x.remove(u"peer_cidrs"_s); }});
        m.append({u"legacy with endpoint groups"_s, [group](QJsonObject &x) {
                      x[u"local_ep_group_id"_s] = group([](const Resource &r) { return r.variant == u"subnet"; });
                      x[u"peer_ep_group_id"_s] = group([](const Resource &r) { return r.variant == u"cidr"; });
                  }});
        m.append({u"legacy with a bad peer CIDR"_s,
                  [](QJsonObject &x) { x[u"peer_cidrs"_s] = QJsonArray{u"10.0.0.0/40"_s}; }});
        m.append({u"legacy with mixed peer CIDRs"_s, [](QJsonObject &x) {
                      x[u"peer_cidrs"_s] = QJsonArray{u"192.168.50.0/24"_s, u"2001:db8:50::/64"_s};
                  }});
        m.append({u"legacy with IPv6 peer CIDRs"_s,
                  [](QJsonObject &x) { x[u"peer_cidrs"_s] = QJsonArray{u"2001:db8:51::/64"_s}; }});
        m.append({u"peer_cidrs not a list"_s, [](QJsonObject &x) { x[u"peer_cidrs"_s] = u"192.168.50.0/24"_s; }});
    } else {
        m.append({u"peer_cidrs with endpoint groups"_s,
                  [](QJsonObject &x) { x[u"peer_cidrs"_s] = QJsonArray{u"192.168.60.0/24"_s}; }});
        m.append({u"peer_cidrs instead of endpoint groups"_s, [](QJsonObject &x) {
                      x.remove(u"local_ep_group_id"_s);
                      x.remove(u"peer_ep_group_id"_s);
                      x[u"peer_cidrs"_s] = QJsonArray{u"192.168.61.0/24"_s};
                  }});
        m.append({u"no endpoint groups"_s, [](QJsonObject &x) {
                      x.remove(u"local_ep_group_id"_s);
                      x.remove(u"peer_ep_group_id"_s);
                  }});
        m.append({u"missing local endpoint group"_s, [](QJsonObject &x) { x.remove(u"local_ep_group_id"_s); }});
        m.append({u"missing peer endpoint group"_s, [](QJsonObject &x) { x.remove(u"peer_ep_group_id"_s); }});
        m.append({u"peer endpoint group null"_s, [](QJsonObject &x) { x[u"peer_ep_group_id"_s] = QJsonValue(); }});
        m.append({u"local group of type cidr"_s, [group](QJsonObject &x) {
                      x[u"local_ep_group_id"_s] = group([](const Resource &r) { return r.variant == u"cidr"; });
                  }});
        m.append({u"peer group of type subnet"_s, [group](QJsonObject &x) {
                      x[u"peer_ep_group_id"_s] = group([](const Resource &r) { return r.variant == u"subnet"; });
                  }});
        m.append({u"IPv6 peer group, IPv4 local group"_s, [group](QJsonObject &x) {
                      x[u"peer_ep_group_id"_s] = group([](const Resource &r) {
                          return r.variant == u"cidr" && r.endpoints.join(u' ').contains(u':')
                              && !r.endpoints.join(u' ').contains(u'.');
                      });
                  }});
        m.append({u"peer group mixing IP versions"_s, [group](QJsonObject &x) {
                      x[u"peer_ep_group_id"_s] = group([](const Resource &r) {
                          return r.variant == u"cidr" && r.endpoints.join(u' ').contains(u':')
                              && r.endpoints.join(u' ').contains(u'.');
                      });
                  }});
        m.append({u"local group with a subnet off the router"_s, [this, group](QJsonObject &x) {
                      x[u"local_ep_group_id"_s] = group([this](const Resource &r) {
                          return r.variant == u"subnet" && r.endpoints.contains(m_world.network().detachedSubnetId);
                      });
                  }});
        m.append(
            {u"unknown local endpoint group"_s, [this](QJsonObject &x) { x[u"local_ep_group_id"_s] = unknownId(); }});
        m.append(
            {u"local endpoint group not a UUID"_s, [](QJsonObject &x) { x[u"local_ep_group_id"_s] = u"ep_subnet"_s; }});
        m.append({u"legacy service with endpoint groups"_s, [this](QJsonObject &x) {
                      QString ignored;
                      x[u"vpnservice_id"_s] = reference(
                          kServices, [](const Resource &r) { return r.variant == u"legacy"; }, &ignored);
                  }});
    }
    return mutate(d, m);
}

RequestGenerator::Draft RequestGenerator::connectionUpdate(const Resource *target)
{
    const bool legacy = target && target->variant == u"legacy";
    Draft d{u"valid"_s, {}, {}};
    QJsonObject &o = d.object;
    if (chance(40))
        o.insert(u"name"_s, nextName(u"conn"_s));
    if (chance(20))
        o.insert(u"description"_s, u"updated %1"_s.arg(m_names));
    if (chance(20))
        o.insert(u"mtu"_s, pickInt({0, 68, 1280, 1400, 1500}));
    if (chance(25))
        o.insert(u"dpd"_s, dpd());
    if (chance(15))
        o.insert(u"initiator"_s, pickText({u"bi-directional"_s, u"response-only"_s}));
    if (chance(15))
        o.insert(u"admin_state_up"_s, chance(50));
    if (chance(15)) {
        const QString peer = u"203.0.113."_s + QString::number(1 + roll(254));
        o.insert(u"peer_address"_s, peer);
        m_peerAddresses.append(peer);
    }
    if (chance(10))
        o.insert(u"peer_id"_s, u"@peer-%1"_s.arg(m_names));
    if (chance(10))
        o.insert(u"psk"_s, u"new-secret-%1"_s.arg(m_names));
    if (chance(10))
        o.insert(u"local_id"_s, chance(50) ? QString() : u"@local-%1"_s.arg(m_names));
    if (legacy && chance(25)) {
        // One CIDR: the server rebuilds the list from a set, so several would come back in any order.
        o.insert(u"peer_cidrs"_s, QJsonArray{u"192.168.%1.0/24"_s.arg(10 + roll(50))});
    }
    if (!legacy && chance(15)) {
        QString ignored;
        o.insert(u"peer_ep_group_id"_s,
                 reference(
                     kGroups,
                     [](const Resource &r) { return r.variant == u"cidr" && !r.endpoints.join(u' ').contains(u':'); },
                     &ignored));
        d.label = u"valid, other peer group"_s;
    }
    if (chance(55))
        return d;
    QList<Mutation> m{
        {u"vpnservice_id is not updatable"_s,
         [this](QJsonObject &x) {
             QString ignored;
             x[u"vpnservice_id"_s] = reference(kServices, {}, &ignored);
         }},
        {u"ikepolicy_id is not updatable"_s,
         [this](QJsonObject &x) {
             QString ignored;
             x[u"ikepolicy_id"_s] = reference(kIke, {}, &ignored);
         }},
        {u"dpd timeout below interval"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"interval"_s, 60}, {u"timeout"_s, 30}};
         }},
        {u"dpd interval above the current timeout"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"interval"_s, 500}};
         }},
        {u"bad dpd action"_s,
         [](QJsonObject &x) {
             x[u"dpd"_s] = QJsonObject{{u"action"_s, u"explode"_s}};
         }},
        {u"mtu 10"_s, [](QJsonObject &x) { x[u"mtu"_s] = 10; }},
        {u"negative mtu"_s, [](QJsonObject &x) { x[u"mtu"_s] = -5; }},
        {u"peer address 999.1.1.1"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"999.1.1.1"_s; }},
        {u"IPv6 peer, IPv4-only gateway"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"2001:db8::7"_s; }},
        {u"host name peer"_s, [](QJsonObject &x) { x[u"peer_address"_s] = u"gw.example.org"_s; }},
        {u"bad initiator"_s, [](QJsonObject &x) { x[u"initiator"_s] = u"both"_s; }},
        {u"status is read-only"_s, [](QJsonObject &x) { x[u"status"_s] = u"ACTIVE"_s; }},
        {u"auth_mode is read-only"_s, [](QJsonObject &x) { x[u"auth_mode"_s] = u"cert"_s; }},
        {u"unknown attribute"_s, [](QJsonObject &x) { x[u"colour"_s] = u"red"_s; }},
        {u"tenant_id on update"_s, [](QJsonObject &x) { x[u"tenant_id"_s] = u"fake_project_id"_s; }},
    };
    if (legacy) {
        m.append({u"legacy: endpoint groups"_s, [this](QJsonObject &x) {
                      QString ignored;
                      x[u"local_ep_group_id"_s] = reference(
                          kGroups, [](const Resource &r) { return r.variant == u"subnet"; }, &ignored);
                  }});
        m.append(
            {u"legacy: bad peer CIDR"_s, [](QJsonObject &x) { x[u"peer_cidrs"_s] = QJsonArray{u"10.0.0.0/40"_s}; }});
        m.append({u"legacy: IPv6 peer CIDR"_s,
                  [](QJsonObject &x) { x[u"peer_cidrs"_s] = QJsonArray{u"2001:db8:52::/64"_s}; }});
    } else {
        m.append({u"peer_cidrs on an endpoint-group connection"_s,
                  [](QJsonObject &x) { x[u"peer_cidrs"_s] = QJsonArray{u"192.168.62.0/24"_s}; }});
        m.append({u"local group of type cidr"_s, [this](QJsonObject &x) {
                      QString ignored;
                      x[u"local_ep_group_id"_s] = reference(
                          kGroups, [](const Resource &r) { return r.variant == u"cidr"; }, &ignored);
                  }});
        m.append(
            {u"unknown peer endpoint group"_s, [this](QJsonObject &x) { x[u"peer_ep_group_id"_s] = unknownId(); }});
        m.append({u"peer endpoint group null"_s, [](QJsonObject &x) { x[u"peer_ep_group_id"_s] = QJsonValue(); }});
        m.append({u"IPv6 peer group"_s, [this](QJsonObject &x) {
                      QString ignored;
                      x[u"peer_ep_group_id"_s] = reference(
                          kGroups,
                          [](const Resource &r) {
                              return r.variant == u"cidr" && r.endpoints.join(u' ').contains(u':')
                                  && !r.endpoints.join(u' ').contains(u'.');
                          },
                          &ignored);
                  }});
    }
    return mutate(d, m);
}

Operation RequestGenerator::create(ResourceKind kind)
{
    if (kind == kConnections && chance(75)) {
        // A connection needs a service, both policies and a subnet and a CIDR endpoint group:
        // create a missing one first, so that connections (and their ACTIVE/DOWN paths) exist.
        const QList<std::pair<ResourceKind, std::function<bool(const Resource &)>>> needs{
            {kServices, [](const Resource &r) { return r.variant == u"groups"; }},
            {kIke, {}},
            {kIpsec, [](const Resource &r) { return r.variant != u"ah-esp"; }},
            {kGroups,
             [this](const Resource &r) {
                 return r.variant == u"subnet" && r.endpoints == QStringList{m_world.network().subnetId};
             }},
            {kGroups, [](const Resource &r) { return r.variant == u"cidr" && !r.endpoints.join(u' ').contains(u':'); }},
        };
        for (const auto &[needed, accept] : needs) {
            if (m_world.live(needed, accept).isEmpty())
                return create(needed);
        }
    }
    Draft d;
    if (kind == kIke)
        d = ikePolicy(true);
    else if (kind == kIpsec)
        d = ipsecPolicy(true);
    else if (kind == kServices)
        d = vpnService();
    else if (kind == kGroups)
        d = endpointGroup();
    else
        d = connection();
    Operation op;
    op.type = Operation::Type::Create;
    op.resource = kind;
    op.kind = u"create "_s + collectionOf(kind);
    op.label = d.fullLabel();
    op.mutated = d.mutated;
    op.method = "POST";
    op.path = pathOf(kind);
    op.body = json({{singularOf(kind), d.object}});
    return op;
}

Operation RequestGenerator::update(ResourceKind kind)
{
    Target t = target(kind);
    // Services and connections: mostly ones an agent has moved on (ACTIVE, DOWN, ...), which
    // the server lets change; a pending one is refused.
    const QList<int> settled
        = m_world.live(kind, [](const Resource &r) { return !r.status.isEmpty() && !r.status.startsWith(u"PENDING"); });
    if (!settled.isEmpty() && chance(50)) {
        t = Target();
        t.index = pickInt(settled);
        t.id = m_world.resources(kind)[t.index].id;
    }
    const Resource *resource = t.index >= 0 ? &m_world.resources(kind)[t.index] : nullptr;
    Draft d;
    if (kind == kIke)
        d = ikePolicy(false);
    else if (kind == kIpsec)
        d = ipsecPolicy(false);
    else if (kind == kServices)
        d = vpnServiceUpdate();
    else if (kind == kGroups)
        d = endpointGroupUpdate();
    else
        d = connectionUpdate(resource);
    if (!t.label.isEmpty())
        d.notes += u", "_s + t.label;
    if (resource && !resource->status.isEmpty())
        d.notes += u", "_s + resource->status;
    Operation op;
    op.type = Operation::Type::Update;
    op.resource = kind;
    op.kind = u"update "_s + collectionOf(kind);
    op.label = d.fullLabel();
    op.mutated = d.mutated;
    op.method = "PUT";
    op.path = pathOf(kind) + u'/' + t.id;
    op.body = json({{singularOf(kind), d.object}});
    op.target = t.index;
    return op;
}

Operation RequestGenerator::show(ResourceKind kind)
{
    const Target t = target(kind);
    QString path = pathOf(kind) + u'/' + t.id;
    QString label = t.label.isEmpty() ? u"live"_s : t.label;
    if (chance(30)) {
        const QStringList attributes = attributesOf(kind);
        QStringList fields;
        for (int i = 1 + roll(3); i > 0; --i)
            fields.append(u"fields="_s + (chance(10) ? u"colour"_s : pickText(attributes)));
        path += u'?' + fields.join(u'&');
        label += u", fields"_s;
    }
    Operation op;
    op.type = Operation::Type::Show;
    op.resource = kind;
    op.kind = u"show "_s + collectionOf(kind);
    op.label = label;
    op.method = "GET";
    op.path = path;
    op.target = t.index;
    return op;
}

Operation RequestGenerator::list(ResourceKind kind)
{
    QStringList query;
    QString label;
    const QList<Resource> &resources = m_world.resources(kind);
    auto anyName = [&]() -> QString {
        const QList<int> alive = m_world.live(kind);
        return alive.isEmpty() ? u"nobody"_s : resources[pickInt(alive)].name;
    };
    auto marker = [&]() -> QString {
        const int r = roll(100);
        const QList<int> alive = m_world.live(kind);
        if (r < 70 && !alive.isEmpty())
            return resources[pickInt(alive)].id;
        if (r < 85 && !resources.isEmpty())
            return resources[roll(int(resources.size()))].id;
        label += u" (marker not found)"_s;
        return unknownId();
    };
    const bool hasSortKeys = sortable(kind);
    switch (weighted({12, 10, 18, 10, 4, 18, 12})) {
    case 0:
        label = u"everything"_s;
        break;
    case 1: {
        label = u"fields"_s;
        const QStringList attributes = attributesOf(kind);
        for (int i = 1 + roll(3); i > 0; --i)
            query.append(u"fields="_s + (chance(10) ? u"colour"_s : pickText(attributes)));
        break;
    }
    case 2: {
        label = u"page"_s;
        query.append(u"limit=%1"_s.arg(pickInt({0, 1, 2, 3, 5})));
        if (chance(60)) {
            query.append(u"marker="_s + marker());
            label += u" after a marker"_s;
        }
        if (chance(30)) {
            query.append(u"page_reverse="_s + pickText({u"True"_s, u"true"_s, u"False"_s}));
            label += u" reverse"_s;
        }
        if (chance(25)) {
            query.append(u"fields=name"_s);
            label += u" with fields"_s;
        }
        break;
    }
    case 3: {
        if (!hasSortKeys) {
            label = u"sort key on endpoint groups"_s;
            query = {u"sort_key=name"_s, u"sort_dir=asc"_s};
            break;
        }
        label = u"sorted"_s;
        const QString key
            = kind == kServices && chance(30) ? u"router_id"_s : pickText({u"name"_s, u"name"_s, u"tenant_id"_s});
        query = {u"sort_key="_s + key, u"sort_dir="_s + pickText({u"asc"_s, u"desc"_s})};
        if (chance(25))
            query += {u"sort_key=name"_s, u"sort_dir=asc"_s};
        if (chance(40))
            query.append(u"limit=%1"_s.arg(1 + roll(3)));
        if (chance(20))
            query.append(u"marker="_s + marker());
        break;
    }
    case 4:
        label = u"sorted by id"_s;
        if (!hasSortKeys) {
            label = u"sort by id on endpoint groups"_s;
        }
        query = {u"sort_key=id"_s, u"sort_dir="_s + pickText({u"asc"_s, u"desc"_s})};
        break;
    case 5: {
        label = u"filter"_s;
        QStringList filters{u"name"_s, u"name"_s, u"tenant_id"_s, u"colour"_s};
        if (kind == kIke || kind == kIpsec)
            filters += {u"pfs"_s, u"auth_algorithm"_s, u"encryption_algorithm"_s, u"lifetime_value"_s};
        if (kind == kServices || kind == kConnections)
            filters += {u"status"_s, u"status"_s, u"admin_state_up"_s};
        if (kind == kServices)
            filters += {u"router_id"_s, u"subnet_id"_s};
        if (kind == kGroups)
            filters += {u"endpoint_type"_s, u"endpoint_type"_s, u"type"_s};
        if (kind == kConnections)
            filters += {u"peer_address"_s, u"mtu"_s, u"vpnservice_id"_s, u"initiator"_s, u"dpd_action"_s};
        const QString filter = pickText(filters);
        label += u' ' + filter;
        if (filter == u"name") {
            query.append(u"name="_s + anyName());
            if (chance(30))
                query.append(u"name="_s + (chance(50) ? anyName() : u"no-such-name"_s));
        } else if (filter == u"tenant_id") {
            query.append(u"tenant_id="_s + pickText({u"fake_project_id"_s, u"other_project"_s}));
        } else if (filter == u"colour") {
            query.append(u"colour=red"_s);
        } else if (filter == u"pfs") {
            query.append(u"pfs="_s + pickText({u"group5"_s, u"group14"_s, u"group2"_s}));
        } else if (filter == u"auth_algorithm") {
            query.append(u"auth_algorithm="_s + pickText({u"sha1"_s, u"sha256"_s}));
        } else if (filter == u"encryption_algorithm") {
            query.append(u"encryption_algorithm="_s + pickText({u"aes-128"_s, u"aes-256"_s}));
        } else if (filter == u"status") {
            query.append(u"status="_s + pickText({u"PENDING_CREATE"_s, u"ACTIVE"_s, u"DOWN"_s}));
        } else if (filter == u"admin_state_up") {
            query.append(u"admin_state_up="_s + pickText({u"true"_s, u"false"_s, u"True"_s, u"1"_s, u"maybe"_s}));
        } else if (filter == u"router_id") {
            query.append(u"router_id="_s
                         + (chance(80) ? m_world.network().routerId : m_world.network().routerWithoutGatewayId));
        } else if (filter == u"subnet_id") {
            query.append(u"subnet_id="_s + m_world.network().subnetId);
        } else if (filter == u"endpoint_type") {
            query.append(u"endpoint_type="_s + pickText({u"cidr"_s, u"subnet"_s}));
        } else if (filter == u"type") {
            query.append(u"type=cidr"_s);
        } else if (filter == u"peer_address") {
            query.append(u"peer_address="_s
                         + (m_peerAddresses.isEmpty() ? u"203.0.113.1"_s : pickText(m_peerAddresses)));
        } else if (filter == u"mtu") {
            query.append(u"mtu="_s + pickText({u"1500"_s, u"1400"_s, u"big"_s}));
        } else if (filter == u"vpnservice_id") {
            QString ignored;
            query.append(u"vpnservice_id="_s + reference(kServices, {}, &ignored));
        } else if (filter == u"initiator") {
            query.append(u"initiator=response-only"_s);
        } else if (filter == u"lifetime_value") {
            query.append(u"lifetime_value="_s + pickText({u"3600"_s, u"7200"_s}));
        } else if (filter == u"dpd_action") {
            query.append(u"dpd_action="_s + pickText({u"hold"_s, u"restart"_s}));
        }
        break;
    }
    default: {
        const int which = roll(7);
        const QStringList labels{u"limit -1"_s,
                                 u"limit not a number"_s,
                                 u"sort_key without sort_dir"_s,
                                 u"status is no sort key"_s,
                                 u"peer_address is no sort key"_s,
                                 u"bad sort_dir"_s,
                                 u"sort_dir without sort_key"_s};
        label = labels[which];
        switch (which) {
        case 0:
            query = {u"limit=-1"_s};
            break;
        case 1:
            query = {u"limit=abc"_s};
            break;
        case 2:
            query = {u"sort_key=name"_s};
            break;
        case 3:
            query = {u"sort_key=status"_s, u"sort_dir=asc"_s};
            break;
        case 4:
            query = {u"sort_key=peer_address"_s, u"sort_dir=desc"_s};
            break;
        case 5:
            query = {u"sort_key=name"_s, u"sort_dir=up"_s};
            break;
        default:
            query = {u"sort_dir=asc"_s};
            break;
        }
        break;
    }
    }
    Operation op;
    op.type = Operation::Type::List;
    op.resource = kind;
    op.kind = u"list "_s + collectionOf(kind);
    op.label = label;
    op.method = "GET";
    op.path = pathOf(kind) + (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
    return op;
}

Operation RequestGenerator::remove(ResourceKind kind)
{
    const Target t = target(kind);
    QString label = t.label.isEmpty() ? u"live"_s : t.label;
    if (t.index >= 0 && !m_world.resources(kind)[t.index].status.isEmpty())
        label += u", "_s + m_world.resources(kind)[t.index].status;
    Operation op;
    op.type = Operation::Type::Delete;
    op.resource = kind;
    op.kind = u"delete "_s + collectionOf(kind);
    op.label = label;
    op.method = "DELETE";
    op.path = pathOf(kind) + u'/' + t.id;
    op.target = t.index;
    return op;
}

Operation RequestGenerator::flipStatus()
{
    const ResourceKind kind = chance(50) ? kServices : kConnections;
    // Mostly what an agent does: move a pending resource on.
    const QList<int> pending = m_world.live(kind, [](const Resource &r) { return r.status.startsWith(u"PENDING"); });
    Target t;
    if (!pending.isEmpty() && chance(70)) {
        t.index = pickInt(pending);
        t.id = m_world.resources(kind)[t.index].id;
    } else {
        t = target(kind);
    }
    const QString status
        = QStringList{u"ACTIVE"_s, u"DOWN"_s, u"ERROR"_s, u"PENDING_CREATE"_s, u"PENDING_UPDATE"_s, u"PENDING_DELETE"_s}
              .at(weighted({40, 30, 8, 10, 6, 6}));
    Operation op;
    op.type = Operation::Type::StatusFlip;
    op.resource = kind;
    op.kind = u"status flip"_s;
    op.label = (t.label.isEmpty() ? u"live"_s : t.label) + u" → "_s + status;
    op.method = "SET";
    op.path = collectionOf(kind) + u'/' + t.id;
    op.target = t.index;
    op.targetId = t.id;
    op.status = status;
    return op;
}

Operation RequestGenerator::malformed()
{
    const ResourceKind kind = pickKind();
    const QString singular = singularOf(kind);
    const bool put = chance(40);
    const Target t = put ? target(kind) : Target();
    const QList<std::pair<QString, QByteArray>> bodies{
        {u"truncated JSON"_s, (u"{\"%1\": {\"name\": \"x\","_s.arg(singular)).toUtf8()},
        {u"not JSON"_s, QByteArrayLiteral("name=x")},
        {u"trailing comma"_s, (u"{\"%1\": {\"name\": \"x\",}}"_s.arg(singular)).toUtf8()},
        {u"resource is a string"_s, (u"{\"%1\": \"x\"}"_s.arg(singular)).toUtf8()},
        {u"resource is a list"_s, (u"{\"%1\": []}"_s.arg(singular)).toUtf8()},
        {u"wrong envelope"_s, QByteArrayLiteral("{\"resource\": {\"name\": \"x\"}}")},
        {u"empty object"_s, QByteArrayLiteral("{}")},
        {u"empty body"_s, QByteArray()},
        {u"empty resource"_s, (u"{\"%1\": {}}"_s.arg(singular)).toUtf8()},
    };
    const auto &[label, body] = bodies.at(roll(int(bodies.size())));
    QString fullLabel = label + (put ? u" (update)"_s : u" (create)"_s);
    if (!t.label.isEmpty())
        fullLabel += u", "_s + t.label;
    Operation op;
    op.type = Operation::Type::Malformed;
    op.resource = kind;
    op.kind = u"malformed "_s + collectionOf(kind);
    op.label = fullLabel;
    op.method = put ? "PUT" : "POST";
    op.path = put ? pathOf(kind) + u'/' + t.id : pathOf(kind);
    op.body = body;
    op.target = t.index;
    return op;
}

} // namespace differential
