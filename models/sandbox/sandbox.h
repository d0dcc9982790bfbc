// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandboxnetworkaccessmanager.h"

#include "openstack/cloudprofile.h"
#include "workspace/offlinecloud.h"

#include <memory>

namespace vpnaas::sandbox {

class SandboxServer;
class SandboxSimulator;
class SandboxStore;

/*!
 * The embedded offline cloud: store (SQLite in the user's data directory), server, simulated
 * agent and the network access manager that answers for it. On first start it holds the seed
 * scenario; reset() restores it. cloudProfile() is the profile the client uses to reach it.
 * It is available once open() succeeded (else unavailableReason() is open()'s error); its
 * simulated agent's status changes are announced as statusChanged().
 */
class Sandbox : public OfflineCloud
{
    Q_OBJECT

public:
    /*! \a databasePath empty: the default file in the user's data directory; ":memory:" keeps it in memory. */
    explicit Sandbox(const QString &databasePath = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    /*! Opens the database and seeds an empty one; false with a message on failure. */
    bool open(QString *error);
    /*! Everything back to the seed scenario. */
    bool reset(QString *error) override;

    static QString defaultDatabasePath();
    static QString cloudName();
    openstack::CloudProfile cloudProfile() const override;
    bool isAvailable() const override { return m_simulator != nullptr; }
    QString unavailableReason() const override { return m_openError; }
    /*! The sandbox's simulated SA counters (SandboxCounterSource). */
    std::unique_ptr<monitoring::CounterSource> createCounterSource() override;

    SandboxStore *store() const { return m_store.get(); }
    SandboxServer *server() const { return m_server.get(); }
    SandboxSimulator *simulator() const { return m_simulator.get(); }
    SandboxNetworkAccessManager *networkAccessManager() const override { return m_network.get(); }

private:
    // Destroyed in reverse order: the simulator and the network go before the server they
    // use, the server before the store.
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxNetworkAccessManager> m_network;
    std::unique_ptr<SandboxSimulator> m_simulator;
    QString m_openError;
};

/*! Creates the seed scenario through the server's API; false with the failing step's answer. */
bool seedScenario(SandboxServer &server, QString *error);

} // namespace vpnaas::sandbox
