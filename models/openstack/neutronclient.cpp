// SPDX-License-Identifier: Apache-2.0
#include "neutronclient.h"

#include "session.h"

namespace vpnaas::openstack {

NeutronClient::NeutronClient(Session *session, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_network(network)
{
}

NeutronClient::~NeutronClient() = default;

Session *NeutronClient::session() const
{
    return m_session;
}

} // namespace vpnaas::openstack
