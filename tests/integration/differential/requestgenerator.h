// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/resourcetraits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

namespace differential {

using vpnaas::ResourceKind;

/*! A resource the run created, known by the real server's id. */
struct Resource {
    QString id;
    QString name;
    bool alive = true;
    /*! Services and connections: "legacy" (subnet, peer CIDRs) or "groups"; endpoint groups:
        their type; IPsec policies: their transform protocol. */
    QString variant;
    QStringList endpoints; // endpoint groups
    QString status; // services and connections
};

/*! One step of the run: a request to both sides, or a status flip written to both databases. */
struct Operation {
    enum class Type { Create, Update, Show, List, Delete, StatusFlip, Malformed };

    Type type = Type::Show;
    ResourceKind resource = ResourceKind::IkePolicy;
    QString kind; // the report's row: "create ikepolicies", "status flip", ...
    QString label; // the case: "valid", "bad pfs", ...
    bool mutated = false; // label names a mutation of a valid body
    QByteArray method; // "SET" for a status flip
    QString path; // with the query; a status flip: "<collection>/<id>"
    QByteArray body;
    int target = -1; // index in World::resources(resource) of the resource acted on, else -1
    QString targetId; // a status flip: the real id whose status it writes
    QString status; // a status flip: the status it writes
};

/*!
 * What the generator knows of the cloud: the set-up's network side and every resource the run
 * created, per kind in creation order. Only the real server's answers go in (apply()): which
 * creates succeeded, what is gone, which status an agent set. The generator's choices never
 * depend on the values of generated ids, so one seed and the same answers give one sequence.
 */
class World
{
public:
    /*! The set-up's ids on the real server that requests name. */
    struct Network {
        QString routerId;
        QString routerWithoutGatewayId; // refused as a VPN service's router
        QString subnetId; // on routerId
        QString detachedSubnetId; // on no router
    };

    World() = default;
    explicit World(const Network &network)
        : m_network(network)
    {
    }

    const Network &network() const { return m_network; }
    const QList<Resource> &resources(ResourceKind kind) const { return m_resources[index(kind)]; }
    /*! Indexes of the live resources of \a kind that \a accept takes (all when it is empty). */
    QList<int> live(ResourceKind kind, const std::function<bool(const Resource &)> &accept = {}) const;

    /*!
     * Takes in the real side's answer to \a operation: \a status is the HTTP status (a status
     * flip: neutron-set-status's exit code), \a body the answer's body.
     */
    void apply(const Operation &operation, int status, const QByteArray &body);

private:
    static std::size_t index(ResourceKind kind) { return std::size_t(kind); }
    void record(ResourceKind kind, const QByteArray &body);

    Network m_network;
    std::array<QList<Resource>, vpnaas::kAllResourceKinds.size()> m_resources;
};

/*!
 * The seeded sequence of VPNaaS requests, valid and invalid: creates, updates, shows, lists
 * (fields, pages, sorts, filters), deletes, agent status flips and malformed bodies. Pure: it
 * draws from its own QRandomGenerator and reads only \a world (which must outlive it), so the
 * same seed and the same answers fed into the world give the same operations.
 */
class RequestGenerator
{
public:
    RequestGenerator(quint32 seed, const World &world);

    /*! The next operation; feed the real answer to World::apply() before asking for another. */
    Operation next();

private:
    struct Draft;
    struct Mutation;
    struct Target {
        QString id; // the real side's id (or an id nobody has)
        QString label; // "" for a live resource, "deleted", "unknown id"
        int index = -1;
    };

    int roll(int n) { return n <= 0 ? 0 : int(m_random.bounded(n)); }
    bool chance(int percent) { return roll(100) < percent; }
    QString pickText(const QStringList &items) { return items.at(roll(int(items.size()))); }
    int pickInt(const QList<int> &items) { return items.at(roll(int(items.size()))); }
    ResourceKind pickKind();
    int weighted(const QList<int> &weights);
    QString unknownId();
    QString nextName(const QString &prefix);
    Target target(ResourceKind kind);
    QString reference(ResourceKind kind, const std::function<bool(const Resource &)> &accept, QString *label);
    QJsonObject lifetime();
    QJsonObject dpd();

    Operation create(ResourceKind kind);
    Operation update(ResourceKind kind);
    Operation show(ResourceKind kind);
    Operation list(ResourceKind kind);
    Operation remove(ResourceKind kind);
    Operation flipStatus();
    Operation malformed();

    Draft ikePolicy(bool creating);
    Draft ipsecPolicy(bool creating);
    Draft vpnService();
    Draft vpnServiceUpdate();
    Draft endpointGroup();
    Draft endpointGroupUpdate();
    Draft connection();
    Draft connectionUpdate(const Resource *target);
    Draft mutate(Draft draft, const QList<Mutation> &mutations);
    static QList<Mutation> policyMutations(bool creating, const std::function<QString()> &unknownId);

    const World &m_world;
    QRandomGenerator m_random;
    int m_names = 0;
    QStringList m_peerAddresses; // every peer address requested so far (list filters name them)
};

} // namespace differential
