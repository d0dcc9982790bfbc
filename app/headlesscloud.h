// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/workspace.h"

#include <QCommandLineOption>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace vpnaas::sandbox {
class Sandbox;
}

/*!
 * The cloud of a headless command (`render`, `diagnose`): its options (--os-cloud/--cloud,
 * --os-region-name, --os-project-name, --os-project-id, --sandbox), the login the way the
 * window does it (a missing password from resolveSecretHeadless()), and the first refresh.
 */
class HeadlessCloud
{
public:
    HeadlessCloud();
    ~HeadlessCloud();

    void addOptions(QCommandLineParser &parser) const;
    /*!
     * Checks the options, connects and waits for the first refresh (at most 120 s). 0 on
     * success; else the exit status (2 usage, 1 cloud) with \a error set. \a warn gets the
     * configuration's warnings.
     */
    int open(const QCommandLineParser &parser, const std::function<void(const QString &)> &warn, QString *error);

    vpnaas::Workspace &workspace() { return m_workspace; }
    const vpnaas::ServerState &state() const { return m_workspace.state(); }
    bool isSandbox() const { return m_box != nullptr; }
    vpnaas::sandbox::Sandbox *sandbox() const { return m_box.get(); }
    /*! The cloud's name as the window stores settings under it (empty for the sandbox). */
    QString cloudName() const { return m_cloudName; }

private:
    QCommandLineOption m_cloud;
    QCommandLineOption m_region;
    QCommandLineOption m_projectName;
    QCommandLineOption m_projectId;
    QCommandLineOption m_sandbox;
    vpnaas::Workspace m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<vpnaas::sandbox::Sandbox> m_box;
    QString m_cloudName;
};
