// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace vpnaas::monitoring {

/*!
 * A strongSwan charon the console reads SA counters from, and what it is attached to: a VPN
 * service (the charon on the network node, in the router's namespace) or the peer gateway of
 * one connection. `uri` is strongSwan's VICI URI: `unix:///absolute/path` (also for a socket
 * forwarded over SSH) or `tcp://host:port` (`tcp://[v6]:port`). Plain value type; stored in
 * QSettings as a QVariantMap (toVariant()/fromVariant()). Holds no secrets.
 */
struct ViciEndpoint {
    enum class Scope { VpnService, PeerGateway };

    QString uri;
    Scope scope = Scope::VpnService;
    /*! The VPN service id (Scope::VpnService) or the connection id (Scope::PeerGateway). */
    QString targetId;
    /*! What the user calls it ("network node 1"); may be empty. */
    QString label = {};

    bool operator==(const ViciEndpoint &) const = default;

    /*! The label, else the URI: how messages name this endpoint. */
    QString displayName() const { return label.isEmpty() ? uri : label; }

    /*! "vpn-service" / "peer-gateway": the stored form. */
    static QString scopeName(Scope scope);
    static std::optional<Scope> scopeFromName(const QString &name);
    /*! "VPN service" / "peer gateway", translated. */
    static QString scopeTitle(Scope scope);

    QVariantMap toVariant() const;
    /*! std::nullopt with \a reason for anything that is not a valid endpoint (never throws). */
    static std::optional<ViciEndpoint> fromVariant(const QVariant &value, QString *reason = nullptr);
    static QVariantList toVariantList(const QList<ViciEndpoint> &endpoints);
    /*!
     * The valid endpoints of a stored list; every skipped entry (not a map, invalid, a
     * duplicate) adds one sentence to \a skipped. A value that is not a list gives no endpoints
     * and one sentence; an invalid QVariant (nothing stored) gives neither.
     */
    static QList<ViciEndpoint> fromVariantList(const QVariant &value, QStringList *skipped = nullptr);
};

/*! Empty when \a uri is a VICI URI the client can open; else one translated sentence saying what to fix. */
QString viciUriProblem(const QString &uri);

/*! Every problem of \a endpoint, one translated sentence each; empty when it can be used. */
QStringList validateViciEndpoint(const ViciEndpoint &endpoint);

} // namespace vpnaas::monitoring
