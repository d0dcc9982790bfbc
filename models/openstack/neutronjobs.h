// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "job.h"
#include "listquery.h"
#include "neutronclient.h"
#include "session.h"

#include "vpnaas/capabilities.h"
#include "vpnaas/codec.h"

#include "perf/background.h"
#include "perf/stallwatch.h"

#include <QJsonDocument>
#include <QUrlQuery>

/*!
 * One job class per REST operation: ListJob/ShowJob/CreateJob/UpdateJob/DeleteJob over the
 * resource type (aliases below name them), plus the extension probe and router interfaces.
 * Each decodes its reply into value types; QJsonObject never leaves here.
 */
namespace vpnaas::openstack {

/*! GET a whole collection, following *_links "next" to the end. */
template<typename T>
class ListJob : public Job
{
public:
    explicit ListJob(NeutronClient *client, ListQuery query = {}, QObject *parent = nullptr)
        : Job(client, parent)
        , m_query(std::move(query))
    {
    }

    const QList<T> &items() const { return m_items; }
    int pageCount() const { return m_pages; }

protected:
    void run() override
    {
        const QString path = ResourceTraits<T>::path.toString();
        for (const ListQuery::Sort &sort : std::as_const(m_query.sort)) {
            if (!allowedSortKeys(path).contains(sort.key)) {
                ApiError error;
                error.kind = ApiError::Kind::Configuration;
                error.message = QStringLiteral("%1 cannot be sorted by %2").arg(path, sort.key);
                finishWithError(error);
                return;
            }
        }
        NeutronClient *neutron = client();
        if (!m_query.ownProjectOnly || !neutron || !neutron->options().scopeListsToProject || !neutron->session()) {
            fetch(m_query.toQueryString());
            return;
        }
        // The token's project is known once the token is: ask for it first.
        neutron->session()->withToken(this, [this](const ApiError &error) {
            if (isFinished())
                return;
            if (error.isError()) {
                finishWithError(error);
                return;
            }
            ListQuery query = m_query;
            const Session *session = client() ? client()->session() : nullptr;
            if (session && !session->projectId().isEmpty())
                query.filters.append({QStringLiteral("project_id"), session->projectId()});
            fetch(query.toQueryString());
        });
    }

private:
    void fetch(const QString &query)
    {
        const QString path = ResourceTraits<T>::path.toString();
        send("GET", query.isEmpty() ? path : path + u'?' + query, {}, [this, query](const Response &response) {
            // A page of 10,000 connections takes ~100 ms to decode: never on the caller's
            // (GUI) thread. The watcher dies with the job; the promise outlives both safely.
            perf::runInBackground(
                this, [body = response.body] { return codec::decodeList<T>(body); },
                [this, query, response](codec::Decoded<Page<T>> &&page) {
                    const perf::Scope scope("ListJob page");
                    if (!isFinished())
                        onPage(page, query, response);
                });
        });
    }

    void onPage(const codec::Decoded<Page<T>> &page, const QString &query, const Response &response)
    {
        if (!page.ok()) {
            finishWithInvalidReply(page.error, response);
            return;
        }
        if (m_items.isEmpty())
            m_items = page.value->items; // shared, not 10,000 copies
        else
            m_items += page.value->items;
        ++m_pages;
        if (!page.value->hasNext() || page.value->items.isEmpty()) {
            finishSuccessfully();
            return;
        }
        // Keep our endpoint (the server builds links from its own idea of its host).
        const QString next = page.value->next.query(QUrl::FullyEncoded);
        if (next == query || m_pages >= maxPages()) {
            finishWithInvalidReply(QStringLiteral("pagination does not end"), response);
            return;
        }
        fetch(next);
    }
    int maxPages() const;

    ListQuery m_query;
    QList<T> m_items;
    int m_pages = 0;
};

/*! "/v2.0/vpn/ikepolicies/<id>", the id percent-encoded. */
template<typename T>
QString memberPath(const QString &id)
{
    return ResourceTraits<T>::path.toString() + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

/*! GET one resource by id. */
template<typename T>
class ShowJob : public Job
{
public:
    ShowJob(NeutronClient *client, QString id, QObject *parent = nullptr)
        : Job(client, parent)
        , m_id(std::move(id))
    {
        setResourceId(m_id);
    }
    const T &item() const { return m_item; }

protected:
    void run() override
    {
        send("GET", memberPath<T>(m_id), {}, [this](const Response &response) {
            const auto decoded = codec::decodeSingle<T>(response.body);
            if (!decoded.ok())
                return finishWithInvalidReply(decoded.error, response);
            m_item = *decoded.value;
            finishSuccessfully();
        });
    }

private:
    QString m_id;
    T m_item;
};

/*! POST a draft; the reply is the created resource with the server's defaults. */
template<typename T, typename Draft>
class CreateJob : public Job
{
public:
    CreateJob(NeutronClient *client, Draft draft, QObject *parent = nullptr)
        : Job(client, parent)
        , m_draft(std::move(draft))
    {
    }
    const T &created() const { return m_created; }

protected:
    void run() override
    {
        const QByteArray body = QJsonDocument(codec::encodeCreate(m_draft)).toJson(QJsonDocument::Compact);
        send("POST", ResourceTraits<T>::path.toString(), body, [this](const Response &response) {
            const auto decoded = codec::decodeSingle<T>(response.body);
            if (!decoded.ok())
                return finishWithInvalidReply(decoded.error, response);
            m_created = *decoded.value;
            setResourceId(m_created.id);
            finishSuccessfully();
        });
    }

private:
    Draft m_draft;
    T m_created;
};

/*! PUT the updatable attributes a draft sets. */
template<typename T, typename Draft>
class UpdateJob : public Job
{
public:
    UpdateJob(NeutronClient *client, QString id, Draft draft, QObject *parent = nullptr)
        : Job(client, parent)
        , m_id(std::move(id))
        , m_draft(std::move(draft))
    {
        setResourceId(m_id);
    }
    const T &updated() const { return m_updated; }

protected:
    void run() override
    {
        const QByteArray body = QJsonDocument(codec::encodeUpdate(m_draft)).toJson(QJsonDocument::Compact);
        send("PUT", memberPath<T>(m_id), body, [this](const Response &response) {
            const auto decoded = codec::decodeSingle<T>(response.body);
            if (!decoded.ok())
                return finishWithInvalidReply(decoded.error, response);
            m_updated = *decoded.value;
            finishSuccessfully();
        });
    }

private:
    QString m_id;
    Draft m_draft;
    T m_updated;
};

/*! DELETE one resource (204). */
template<typename T>
class DeleteJob : public Job
{
public:
    DeleteJob(NeutronClient *client, QString id, QObject *parent = nullptr)
        : Job(client, parent)
        , m_id(std::move(id))
    {
        setResourceId(m_id);
    }
    const QString &id() const { return m_id; }

protected:
    void run() override
    {
        send("DELETE", memberPath<T>(m_id), {}, [this](const Response &) { finishSuccessfully(); });
    }

private:
    QString m_id;
};

/*! GET /v2.0/extensions: which VPNaaS extensions (and so which algorithm lists) the server has. */
class ExtensionsJob : public Job
{
    Q_OBJECT

public:
    explicit ExtensionsJob(NeutronClient *client, QObject *parent = nullptr);
    QStringList aliases() const { return m_aliases; }
    ServerCapabilities capabilities() const { return ServerCapabilities::fromExtensionAliases(m_aliases); }

protected:
    void run() override;

private:
    QStringList m_aliases;
};

/*! The internal interfaces (subnets) of a router, from its ports. */
class RouterInterfacesJob : public Job
{
    Q_OBJECT

public:
    RouterInterfacesJob(NeutronClient *client, QString routerId, QObject *parent = nullptr);
    const QList<RouterInterface> &interfaces() const { return m_interfaces; }

protected:
    void run() override;

private:
    QString m_routerId;
    QList<RouterInterface> m_interfaces;
};

using ListIkePoliciesJob = ListJob<IkePolicy>;
using ListIpsecPoliciesJob = ListJob<IpsecPolicy>;
using ListVpnServicesJob = ListJob<VpnService>;
using ListEndpointGroupsJob = ListJob<EndpointGroup>;
using ListIpsecSiteConnectionsJob = ListJob<IpsecSiteConnection>;
using ListRoutersJob = ListJob<Router>;
using ListNetworksJob = ListJob<Network>;
using ListSubnetsJob = ListJob<Subnet>;
using ShowIkePolicyJob = ShowJob<IkePolicy>;
using ShowIpsecPolicyJob = ShowJob<IpsecPolicy>;
using ShowVpnServiceJob = ShowJob<VpnService>;
using ShowEndpointGroupJob = ShowJob<EndpointGroup>;
using ShowIpsecSiteConnectionJob = ShowJob<IpsecSiteConnection>;
using ShowRouterJob = ShowJob<Router>;
using ShowNetworkJob = ShowJob<Network>;
using ShowSubnetJob = ShowJob<Subnet>;
using CreateIkePolicyJob = CreateJob<IkePolicy, IkePolicyDraft>;
using CreateIpsecPolicyJob = CreateJob<IpsecPolicy, IpsecPolicyDraft>;
using CreateVpnServiceJob = CreateJob<VpnService, VpnServiceDraft>;
using CreateEndpointGroupJob = CreateJob<EndpointGroup, EndpointGroupDraft>;
using CreateIpsecSiteConnectionJob = CreateJob<IpsecSiteConnection, IpsecSiteConnectionDraft>;
using UpdateIkePolicyJob = UpdateJob<IkePolicy, IkePolicyDraft>;
using UpdateIpsecPolicyJob = UpdateJob<IpsecPolicy, IpsecPolicyDraft>;
using UpdateVpnServiceJob = UpdateJob<VpnService, VpnServiceDraft>;
using UpdateEndpointGroupJob = UpdateJob<EndpointGroup, EndpointGroupDraft>;
using UpdateIpsecSiteConnectionJob = UpdateJob<IpsecSiteConnection, IpsecSiteConnectionDraft>;
using DeleteIkePolicyJob = DeleteJob<IkePolicy>;
using DeleteIpsecPolicyJob = DeleteJob<IpsecPolicy>;
using DeleteVpnServiceJob = DeleteJob<VpnService>;
using DeleteEndpointGroupJob = DeleteJob<EndpointGroup>;
using DeleteIpsecSiteConnectionJob = DeleteJob<IpsecSiteConnection>;

} // namespace vpnaas::openstack
