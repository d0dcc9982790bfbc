// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "countersource.h"
#include "samapping.h"
#include "viciendpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace vpnaas::vici {
class ViciClient;
class ViciReply;
} // namespace vpnaas::vici

namespace vpnaas::monitoring {

/*!
 * SA counters from real strongSwan daemons over VICI: one or more ViciEndpoints (network nodes
 * attached to VPN services, peer gateways attached to connections), one ViciClient (child of
 * this object) per endpoint. fetch() runs `list-sas` on every endpoint in parallel, maps the
 * SAs to Neutron connections (mapSas() with the targets of setTargets()) and merges them.
 *
 * Merging: a connection is reported only by the best kind of endpoint configured for it (a
 * VPN service's over a peer gateway's). When every endpoint of that kind failed, the connection
 * is left out of the answer, so the monitor keeps its totals and state instead of switching to
 * the other daemon's SAs (whose counters would then count twice). CHILD_SA unique ids are
 * prefixed with the endpoint's URI ("unix:///run/charon.vici#7"), so two daemons never collide.
 *
 * Errors: fetch() answers exactly once per call, after every endpoint answered or the timeout
 * (setTimeout(), per fetch) passed. An endpoint that cannot be reached, times out or sends
 * something malformed is named in lastErrors(); the healthy endpoints' results are still
 * delivered. Only when no endpoint answered is the error text of done() set. A failed
 * endpoint's connection is dropped and opened again by the next fetch(). Nothing here is a
 * secret (list-sas carries no keys); messages name endpoints by label or URI.
 */
class ViciCounterSource : public QObject, public CounterSource
{
    Q_OBJECT

public:
    explicit ViciCounterSource(QObject *parent = nullptr);
    /*! Fetches still running answer with an error. */
    ~ViciCounterSource() override;

    /*! Clients of endpoints whose URI stays are kept; the others are closed (their fetches fail). */
    void setEndpoints(const QList<ViciEndpoint> &endpoints);
    QList<ViciEndpoint> endpoints() const;
    /*! The Neutron side (see mappingTargets()); used from the next fetch() on. */
    void setTargets(const QList<MappingTarget> &targets) { m_targets = targets; }
    QList<MappingTarget> targets() const { return m_targets; }
    /*! How long one fetch waits for an endpoint (connecting included); default 5000 ms. */
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    void fetch(Done done) override;
    bool isSimulated() const override { return false; }
    QString description() const override;

    /*! Per-endpoint problems of the last finished fetch ("label: what went wrong"); empty when all answered. */
    QStringList lastErrors() const { return m_lastErrors; }
    /*! SAs of the last finished fetch that matched no connection ("label: SA name"). */
    QStringList lastUnmapped() const { return m_lastUnmapped; }

    using TestDone = std::function<void(bool ok, const QString &text)>;
    /*!
     * For a "Test" button: connects to \a uri, runs `version` and calls \a done once, later,
     * with (true, "charon 5.9.8 (Linux 6.1.0, x86_64)") or (false, why). The client lives
     * under \a context: when \a context is deleted first, \a done is not called.
     */
    static void testEndpoint(const QString &uri, QObject *context, const TestDone &done, int timeoutMs = 5000);

Q_SIGNALS:
    /*! After every fetch, before done is called: what lastErrors() and lastUnmapped() now return. */
    void fetchFinished(const QStringList &errors, const QStringList &unmapped);

private:
    struct Link {
        ViciEndpoint endpoint;
        QPointer<vici::ViciClient> client;
    };
    struct Round;

    void startPart(const std::shared_ptr<Round> &round, int index);
    void onListed(const std::shared_ptr<Round> &round, int index, vici::ViciReply *reply);
    void onDeadline(const std::weak_ptr<Round> &weak);
    void finishIfDone(const std::shared_ptr<Round> &round);
    vici::ViciClient *openClient(int index, QString *error);

    QList<Link> m_links;
    QList<MappingTarget> m_targets;
    int m_timeoutMs = 5000;
    QStringList m_lastErrors;
    QStringList m_lastUnmapped;
    std::vector<std::shared_ptr<Round>> m_rounds; // fetches in flight
    QHash<const vici::ViciClient *, QString> m_closeReasons; // why a client's last connection ended
};

} // namespace vpnaas::monitoring
