// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandboxnetworkaccessmanager.h"

#include "openstack/cloudprofile.h"
#include "workspace/offlinecloud.h"

#include <memory>
#include <optional>

namespace vpnaas::sandbox {

class SandboxServer;
class SandboxSimulator;
class SandboxStore;

/*!
 * The embedded offline cloud: store (SQLite in the user's data directory), server, simulated
 * agent and the network access manager that answers for it. On first start it holds the seed
 * scenario; reset() restores it. Seeding and reset are one transaction each: a crash in the
 * middle leaves the previous state, never part of the scenario. cloudProfile() is the profile
 * the client uses to reach it; its source is the database file, where the PSKs typed into the
 * sandbox are stored unencrypted (0600, in a 0700 folder).
 *
 * Nothing is created until the sandbox is used: open(), which the window calls when the sandbox
 * is chosen, opens (and creates) the database, so a console that only talks to real clouds never
 * writes a sandbox file. It is available once open() succeeded (else unavailableReason() is
 * open()'s error); its simulated agent's status changes are announced as statusChanged().
 */
class Sandbox : public OfflineCloud
{
    Q_OBJECT

public:
    /*! \a databasePath empty: the default file in the user's data directory; ":memory:" keeps it in memory. */
    explicit Sandbox(const QString &databasePath = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    /*! Opens the database and seeds an empty one; false with a message on failure. Once only. */
    bool open(QString *error) override;
    /*! Whether open() was called (and the database file may exist). */
    bool wasOpened() const { return m_opened; }
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
    /*! The simulated agent's delay, also for a simulator that open() makes later. */
    void setAgentDelay(int milliseconds);
    SandboxNetworkAccessManager *networkAccessManager() const override { return m_network.get(); }

private:
    bool seedInOneTransaction(QString *error);

    // Destroyed in reverse order: the simulator and the network go before the server they
    // use, the server before the store.
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxNetworkAccessManager> m_network;
    std::unique_ptr<SandboxSimulator> m_simulator;
    QString m_openError;
    std::optional<int> m_agentDelay;
    bool m_opened = false;
};

/*!
 * Creates the seed scenario through the server's API; false with the failing step's answer.
 * The caller makes it one transaction (SandboxStore::beginBatch()), as Sandbox does.
 */
bool seedScenario(SandboxServer &server, QString *error);

} // namespace vpnaas::sandbox
