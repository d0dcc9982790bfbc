// SPDX-License-Identifier: Apache-2.0
#include "headlesscloud.h"
#include "headlesslogin.h"

#include "openstack/cloudconfigloader.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCloud)
};

} // namespace

HeadlessCloud::HeadlessCloud()
    : m_cloud({u"os-cloud"_s, u"cloud"_s}, Text::tr("The cloud from clouds.yaml (or \"envvars\"); default: OS_CLOUD."),
              u"name"_s)
    , m_region(u"os-region-name"_s, Text::tr("The region of the cloud; default: OS_REGION_NAME."), u"name"_s)
    , m_projectName(u"os-project-name"_s, Text::tr("The project, by name."), u"name"_s)
    , m_projectId(u"os-project-id"_s, Text::tr("The project, by id."), u"id"_s)
    , m_sandbox(u"sandbox"_s, Text::tr("The built-in offline sandbox."))
{
}

HeadlessCloud::~HeadlessCloud() = default;

void HeadlessCloud::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_cloud, m_region, m_projectName, m_projectId, m_sandbox});
}

int HeadlessCloud::open(const QCommandLineParser &parser, const std::function<void(const QString &)> &warn,
                        QString *error)
{
    // As with `openstack`: --os-cloud, else OS_CLOUD.
    const QString cloudName = parser.isSet(m_cloud) ? parser.value(m_cloud) : qEnvironmentVariable("OS_CLOUD");
    if (cloudName.isEmpty() == !parser.isSet(m_sandbox) || (parser.isSet(m_cloud) && parser.isSet(m_sandbox))) {
        *error = Text::tr("give exactly one of --os-cloud NAME (or OS_CLOUD) and --sandbox");
        return 2;
    }
    if (parser.isSet(m_projectName) && parser.isSet(m_projectId)) {
        *error = Text::tr("--os-project-name and --os-project-id exclude each other");
        return 2;
    }
    if (parser.isSet(m_sandbox)) {
        m_box = std::make_unique<vpnaas::sandbox::Sandbox>();
        QString reason;
        if (!m_box->open(&reason)) {
            *error = Text::tr("the sandbox is not available: %1").arg(reason);
            return 1;
        }
        m_workspace.connectTo(m_box->cloudProfile(), m_box->networkAccessManager(), true);
    } else {
        // --os-cloud names the cloud: the user's explicit choice (CloudConfigLoader).
        const vpnaas::openstack::CloudConfig config = vpnaas::openstack::CloudConfigLoader::load(cloudName);
        for (const QString &problem : config.errors + config.warnings)
            warn(problem);
        const vpnaas::openstack::CloudProfile *found = config.cloud(cloudName);
        if (!found) {
            *error = Text::tr("no cloud named \"%1\"").arg(cloudName);
            return 2;
        }
        vpnaas::openstack::CloudProfile profile = *found;
        const QString regionName
            = parser.isSet(m_region) ? parser.value(m_region) : qEnvironmentVariable("OS_REGION_NAME");
        if (!vpnaas::openstack::CloudConfigLoader::selectRegion(profile, regionName, error))
            return 2;
        if (parser.isSet(m_projectId)) {
            profile.projectId = parser.value(m_projectId);
            profile.projectName.clear();
        } else if (parser.isSet(m_projectName)) {
            profile.projectName = parser.value(m_projectName);
            profile.projectId.clear();
        }
        for (const QString &warning : profile.securityWarnings())
            warn(warning);
        // A password left out of clouds.yaml (as Horizon's is): keyring, else terminal, else fail.
        const std::optional<vpnaas::openstack::CloudProfile> resolved = resolveSecretHeadless(profile, error);
        if (!resolved)
            return 1;
        m_cloudName = cloudName;
        m_workspace.connectTo(*resolved, &m_network, false);
    }
    QEventLoop loop;
    QString refreshError;
    QObject::connect(&m_workspace, &vpnaas::Workspace::refreshSucceeded, &loop, &QEventLoop::quit);
    QObject::connect(&m_workspace, &vpnaas::Workspace::refreshFailed, &loop, [&](const vpnaas::openstack::ApiError &e) {
        refreshError = e.userMessage();
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, [&] {
        refreshError = Text::tr("no answer from the cloud within 120 s");
        loop.quit();
    });
    loop.exec();
    if (!refreshError.isEmpty()) {
        *error = refreshError;
        return 1;
    }
    return 0;
}
