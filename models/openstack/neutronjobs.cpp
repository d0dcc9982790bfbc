// SPDX-License-Identifier: Apache-2.0
#include "neutronjobs.h"

#include "neutronclient.h"

using namespace Qt::StringLiterals;

namespace vpnaas::openstack {

template<typename T>
int ListJob<T>::maxPages() const
{
    return client() ? client()->options().maxPages : 1;
}

template class ListJob<IkePolicy>;
template class ListJob<IpsecPolicy>;
template class ListJob<VpnService>;
template class ListJob<EndpointGroup>;
template class ListJob<IpsecSiteConnection>;
template class ListJob<Router>;
template class ListJob<Network>;
template class ListJob<Subnet>;

ExtensionsJob::ExtensionsJob(NeutronClient *client, QObject *parent)
    : Job(client, parent)
{
}

void ExtensionsJob::run()
{
    send("GET", u"/v2.0/extensions"_s, {}, [this](const Response &response) {
        const auto decoded = codec::decodeExtensions(response.body);
        if (!decoded.ok())
            return finishWithInvalidReply(decoded.error, response);
        for (const codec::Extension &extension : *decoded.value)
            m_aliases.append(extension.alias);
        finishSuccessfully();
    });
}

RouterInterfacesJob::RouterInterfacesJob(NeutronClient *client, QString routerId, QObject *parent)
    : Job(client, parent)
    , m_routerId(std::move(routerId))
{
}

void RouterInterfacesJob::run()
{
    QUrlQuery query;
    query.addQueryItem(u"device_id"_s, m_routerId);
    send("GET", u"/v2.0/ports?"_s + query.toString(QUrl::FullyEncoded), {}, [this](const Response &response) {
        const auto decoded = codec::decodeRouterInterfacePorts(response.body);
        if (!decoded.ok())
            return finishWithInvalidReply(decoded.error, response);
        m_interfaces = *decoded.value;
        finishSuccessfully();
    });
}

} // namespace vpnaas::openstack
