// SPDX-License-Identifier: Apache-2.0
// "Copy as CLI" against the real thing (run-with-openstack --keystone): every command shape the
// console generates (create for each kind, the connection with its PSK prompt, set, show, delete,
// the project override) runs through POSIX sh with the installed `openstack` CLI and --os-cloud
// resolved from a clouds.yaml in a private XDG_CONFIG_HOME; the console's own client then reads
// the resources back and they must be what the draft says. Choices the installed
// python-neutronclient lacks must carry the note, and the installed client must refuse them.
#include "vpnaas/drafts.h"
#include "workspace/clicommands.h"
#include "workspace/deletionplan.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using namespace vpnaas;

Q_DECLARE_METATYPE(vpnaas::IkePolicyDraft)
Q_DECLARE_METATYPE(vpnaas::IpsecPolicyDraft)

namespace {

const QString kPsk = u"cli-integration psk 'quoted' $HOME \\ 0123456789"_s;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/*! A resource as the server should now have it: \a draft applied to the defaults, with what only
    the server decides (id, project, status) taken from \a actual. */
template<typename T>
T expectedFrom(const DraftFor<T> &draft, const T &actual, T base = T())
{
    applyDraft(base, draft);
    base.id = actual.id;
    base.projectId = actual.projectId;
    if constexpr (requires { base.status; })
        base.status = actual.status;
    if constexpr (std::is_same_v<T, VpnService>) {
        base.externalV4Ip = actual.externalV4Ip;
        base.externalV6Ip = actual.externalV6Ip;
    }
    return base;
}

template<typename T>
const T *byName(const ServerState &state, const QString &name)
{
    for (const T &item : state.items<T>()) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

/*! The id of the resource named \a name, or an empty string. */
template<typename T>
QString idOf(const ServerState &state, const QString &name)
{
    const T *item = byName<T>(state, name);
    return item ? item->id : QString();
}

/*! A struct's fields for a failure message, through the codec-free description. */
template<typename T>
QString dump(const T &value)
{
    QStringList parts;
    ResourceTraits<T>::describe([&](const auto &a) {
        using V = typename std::decay_t<decltype(a)>::Value;
        const V &v = a.value(value);
        QString text;
        if constexpr (std::is_same_v<V, QString>)
            text = v;
        else if constexpr (std::is_same_v<V, bool>)
            text = v ? u"true"_s : u"false"_s;
        else if constexpr (std::is_same_v<V, qint64>)
            text = QString::number(v);
        else if constexpr (std::is_same_v<V, QStringList>)
            text = v.join(u',');
        else if constexpr (requires { v.api(); })
            text = v.api();
        else
            text = u"…"_s;
        parts.append(a.key.toString() + u'=' + text);
    });
    return parts.join(u' ');
}

} // namespace

class TestCliCommandsIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installedClientMatchesTheTable();
    void ikePolicyCreate_data();
    void ikePolicyCreate();
    void ipsecPolicyCreate_data();
    void ipsecPolicyCreate();
    void serviceAndGroupsCreate();
    void setCommandsChangeWhatTheEditSays();
    void connectionCreateAndSet();
    void legacyServiceAndPeerCidrs();
    void showCommandsShowTheResource();
    void projectOverride();
    void deleteCommandsDeleteThePlan();

private:
    Run sh(const QString &script, const QByteArray &input = {});
    Run openstack(const QStringList &arguments);
    bool refresh();
    /*! Sets \a table's row \a id ACTIVE with the harness's neutron-set-status (no agent runs). */
    bool setStatus(const QString &table, const QString &id);
    /*! The script of \a commands for the cloud "it", run by sh; fails the test on a non-zero exit. */
    bool runScript(const QStringList &commands, const QStringList &notes, const QByteArray &input = {});

    QTemporaryDir m_config;
    QNetworkAccessManager m_network;
    Workspace m_workspace;
    cli::CliTarget m_target;
    QVersionNumber m_installed;
};

Run TestCliCommandsIntegration::sh(const QString &script, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"OS_"))
            environment.remove(key); // only --os-cloud may say which cloud
    }
    environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    process.setProcessEnvironment(environment);
    process.start(u"/bin/sh"_s, {u"-e"_s, u"-c"_s, script});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run TestCliCommandsIntegration::openstack(const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted.append(cli::shellQuote(argument));
    return sh(u"openstack "_s + quoted.join(u' '));
}

bool TestCliCommandsIntegration::refresh()
{
    QSignalSpy done(&m_workspace, &Workspace::refreshSucceeded);
    QSignalSpy failed(&m_workspace, &Workspace::refreshFailed);
    m_workspace.refresh();
    const bool ended
        = QTest::qWaitFor([&] { return (!done.isEmpty() || !failed.isEmpty()) && !m_workspace.isRefreshing(); }, 60000);
    if (!ended)
        qWarning("refresh did not end");
    if (!failed.isEmpty())
        qWarning("refresh failed: %s", qPrintable(failed[0][0].value<openstack::ApiError>().userMessage()));
    return failed.isEmpty() && !done.isEmpty();
}

bool TestCliCommandsIntegration::setStatus(const QString &table, const QString &id)
{
    QProcess process;
    process.start(qEnvironmentVariable("NEUTRON_SET_STATUS"), {table, id, u"ACTIVE"_s});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("neutron-set-status: %s", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool TestCliCommandsIntegration::runScript(const QStringList &commands, const QStringList &notes,
                                           const QByteArray &input)
{
    const QString script = cli::script(commands, notes, m_target);
    const Run run = sh(script, input);
    if (run.exitCode != 0) {
        qWarning("exit %d\n--- script ---\n%s\n--- stderr ---\n%s", run.exitCode, qPrintable(script),
                 run.err.constData());
        return false;
    }
    return true;
}

void TestCliCommandsIntegration::initTestCase()
{
    for (const char *name :
         {"KEYSTONE_URL", "KEYSTONE_REGION", "KEYSTONE_DEMO_PASSWORD", "KEYSTONE_ADMIN_PASSWORD", "NEUTRON_SET_STATUS"})
        QVERIFY2(!env(name).isEmpty(), "run through tests/integration/run-with-openstack --keystone");
    QVERIFY(m_config.isValid());
    // What `--os-cloud it` resolves to: openstacksdk reads $XDG_CONFIG_HOME/openstack/clouds.yaml.
    QVERIFY(QDir(m_config.path()).mkpath(u"openstack"_s));
    QFile clouds(m_config.filePath(u"openstack/clouds.yaml"_s));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    const QString cloud = u"  %1:\n    auth:\n      auth_url: %2\n      username: %3\n      password: %4\n"
                          u"      project_name: %3\n      user_domain_name: Default\n"
                          u"      project_domain_name: Default\n    region_name: %5\n"
                          u"    identity_api_version: 3\n"_s;
    clouds.write(
        (u"clouds:\n"_s
         + cloud.arg(u"it"_s, env("KEYSTONE_URL"), u"demo"_s, env("KEYSTONE_DEMO_PASSWORD"), env("KEYSTONE_REGION"))
         + cloud.arg(u"itadmin"_s, env("KEYSTONE_URL"), u"admin"_s, env("KEYSTONE_ADMIN_PASSWORD"),
                     env("KEYSTONE_REGION")))
            .toUtf8());
    clouds.close();

    // The network side, made with the CLI: the external network by admin, the rest by demo.
    const Run setup = sh(u"openstack --os-cloud itadmin network create --external public >/dev/null\n"
                         "openstack --os-cloud itadmin subnet create --network public --subnet-range 172.24.4.0/24 "
                         "--no-dhcp public-subnet >/dev/null\n"
                         "openstack --os-cloud it network create private >/dev/null\n"
                         "openstack --os-cloud it subnet create --network private --subnet-range 10.1.0.0/24 "
                         "private-subnet >/dev/null\n"
                         "openstack --os-cloud it router create --external-gateway public router1 >/dev/null\n"
                         "openstack --os-cloud it router add subnet router1 private-subnet\n"_s);
    QVERIFY2(setup.exitCode == 0, setup.err.constData());

    // The console on the same cloud, as a clouds.yaml profile named "it".
    openstack::CloudProfile profile;
    profile.name = u"it"_s;
    profile.authUrl = QUrl(env("KEYSTONE_URL"));
    profile.username = u"demo"_s;
    profile.password = Secret(env("KEYSTONE_DEMO_PASSWORD"));
    profile.projectName = u"demo"_s;
    profile.userDomainName = u"Default"_s;
    profile.projectDomainName = u"Default"_s;
    profile.regionName = env("KEYSTONE_REGION");
    m_target = cli::cliTarget(profile, false);
    // The cloud's only region is its default: the commands need no --os-region-name.
    QCOMPARE(cli::globalOptions(m_target).join(u' '), u"--os-cloud it"_s);
    QSignalSpy refreshed(&m_workspace, &Workspace::refreshSucceeded);
    m_workspace.connectTo(profile, &m_network);
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(m_workspace.state().routers.size(), 1);

    // The system python: the Debian modules are not in a pyenv one.
    const Run version
        = sh(u"/usr/bin/python3 -c 'import importlib.metadata as m; print(m.version(\"python-neutronclient\"))'"_s);
    QVERIFY2(version.exitCode == 0, version.err.constData());
    m_installed = QVersionNumber::fromString(QString::fromUtf8(version.out.trimmed()));
    QVERIFY(!m_installed.isNull());
    qInfo("python-neutronclient %s", qPrintable(m_installed.toString()));
}

void TestCliCommandsIntegration::installedClientMatchesTheTable()
{
    // The console's table of choices, for the installed release, is what its --help offers.
    for (const QString &noun : {u"ike"_s, u"ipsec"_s}) {
        const Run help = openstack({u"vpn"_s, noun, u"policy"_s, u"create"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        for (const QString &option : cli::cliChoiceOptions()) {
            const QRegularExpression choices(QRegularExpression::escape(option) + u"\\s+\\{([^}]*)\\}"_s);
            const QRegularExpressionMatch match = choices.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(noun + u' ' + option));
            QStringList offered = match.captured(1).split(u',');
            QStringList table = cli::cliChoices(option, m_installed);
            offered.sort();
            table.sort();
            QCOMPARE(table, offered);
        }
    }
}

void TestCliCommandsIntegration::ikePolicyCreate_data()
{
    QTest::addColumn<IkePolicyDraft>("draft");
    const ServerCapabilities zed = ServerCapabilities::zed();
    // Every value the server accepts, over a few policies.
    const auto enc = zed.encryptionAlgorithms();
    const auto auth = zed.authAlgorithms();
    const auto pfs = zed.pfsGroups();
    for (int i = 0; i < 4; ++i) {
        IkePolicyDraft d;
        d.name = u"ike cli %1"_s.arg(i);
        if (i % 2 == 0)
            d.description = u"it's policy $%1"_s.arg(i);
        d.encryptionAlgorithm = Choice<EncryptionAlgorithm>(enc[i % enc.size()]);
        d.authAlgorithm = Choice<AuthAlgorithm>(auth[i % auth.size()]);
        d.pfs = Choice<PfsGroup>(pfs[i % pfs.size()]);
        d.ikeVersion = Choice<IkeVersion>(i % 2 ? IkeVersion::V1 : IkeVersion::V2);
        d.phase1NegotiationMode = Choice<Phase1NegotiationMode>(Phase1NegotiationMode::Main);
        d.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), 1800 + 600 * i};
        QTest::addRow("%d", i) << d;
    }
    IkePolicyDraft newer;
    newer.name = u"ike cli gcm"_s;
    newer.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes256Gcm16);
    QTest::addRow("aes-256-gcm-16: a newer client's choice") << newer;
    IkePolicyDraft group = newer;
    group.name = u"ike cli group19"_s;
    group.encryptionAlgorithm.reset();
    group.pfs = Choice<PfsGroup>(PfsGroup::Group19);
    QTest::addRow("group19: a newer client's choice") << group;
}

void TestCliCommandsIntegration::ikePolicyCreate()
{
    QFETCH(IkePolicyDraft, draft);
    QStringList notes;
    const QStringList commands = cli::createCommands(draft, m_workspace.state(), &notes);
    if (!notes.isEmpty()) {
        // The note names the release; the installed one, if older, must refuse the value.
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"python-neutronclient 11.5.0 or later"_s), qPrintable(notes.first()));
        if (m_installed >= QVersionNumber(11, 5, 0))
            QSKIP("the installed client offers this value; the Zed server does not");
        const Run refused = sh(cli::script(commands, notes, m_target));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("invalid choice"), refused.err.constData());
        return;
    }
    QVERIFY(runScript(commands, notes));
    QVERIFY(refresh());
    const IkePolicy *created = byName<IkePolicy>(m_workspace.state(), *draft.name);
    QVERIFY(created);
    const IkePolicy expected = expectedFrom(draft, *created);
    QVERIFY2(*created == expected, qPrintable(dump(*created) + u"\n"_s + dump(expected)));
}

void TestCliCommandsIntegration::ipsecPolicyCreate_data()
{
    QTest::addColumn<IpsecPolicyDraft>("draft");
    const ServerCapabilities zed = ServerCapabilities::zed();
    const auto enc = zed.encryptionAlgorithms();
    const auto auth = zed.authAlgorithms();
    const auto pfs = zed.pfsGroups();
    const QList<TransformProtocol> transforms{TransformProtocol::Esp, TransformProtocol::Ah, TransformProtocol::AhEsp};
    for (int i = 0; i < 4; ++i) {
        IpsecPolicyDraft d;
        d.name = u"ipsec cli %1"_s.arg(i);
        d.description = u"to Seoul 서울 %1"_s.arg(i);
        d.encryptionAlgorithm = Choice<EncryptionAlgorithm>(enc[(i + 1) % enc.size()]);
        d.authAlgorithm = Choice<AuthAlgorithm>(auth[(i + 1) % auth.size()]);
        d.pfs = Choice<PfsGroup>(pfs[(i + 1) % pfs.size()]);
        d.transformProtocol = Choice<TransformProtocol>(transforms[i % transforms.size()]);
        d.encapsulationMode
            = Choice<EncapsulationMode>(i % 2 ? EncapsulationMode::Transport : EncapsulationMode::Tunnel);
        d.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), 3600 + 60 * i};
        QTest::addRow("%d", i) << d;
    }
    IpsecPolicyDraft newer;
    newer.name = u"ipsec cli cmac"_s;
    newer.authAlgorithm = Choice<AuthAlgorithm>(AuthAlgorithm::AesCmac);
    QTest::addRow("aes-cmac: a newer client's choice") << newer;
}

void TestCliCommandsIntegration::ipsecPolicyCreate()
{
    QFETCH(IpsecPolicyDraft, draft);
    QStringList notes;
    const QStringList commands = cli::createCommands(draft, m_workspace.state(), &notes);
    if (!notes.isEmpty()) {
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"python-neutronclient 11.5.0 or later"_s), qPrintable(notes.first()));
        if (m_installed >= QVersionNumber(11, 5, 0))
            QSKIP("the installed client offers this value; the Zed server does not");
        const Run refused = sh(cli::script(commands, notes, m_target));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("invalid choice"), refused.err.constData());
        return;
    }
    QVERIFY(runScript(commands, notes));
    QVERIFY(refresh());
    const IpsecPolicy *created = byName<IpsecPolicy>(m_workspace.state(), *draft.name);
    QVERIFY(created);
    const IpsecPolicy expected = expectedFrom(draft, *created);
    QVERIFY2(*created == expected, qPrintable(dump(*created) + u"\n"_s + dump(expected)));
}

void TestCliCommandsIntegration::serviceAndGroupsCreate()
{
    const ServerState before = m_workspace.state();
    VpnServiceDraft service;
    service.name = u"vpn cli"_s;
    service.description = u"the router's"_s;
    service.routerId = before.routers.first().id;
    service.adminStateUp = false;
    EndpointGroupDraft local;
    local.name = u"-local cli"_s; // a name the CLI must not take for an option
    local.type = Choice<EndpointGroupType>(EndpointGroupType::Subnet);
    local.endpoints = QStringList{before.subnets.first().id};
    EndpointGroupDraft peer;
    peer.name = u"peer cli"_s;
    peer.description = u"two sites"_s;
    peer.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
    peer.endpoints = QStringList{u"198.51.100.0/24"_s, u"203.0.113.0/25"_s};
    EndpointGroupDraft peer2;
    peer2.name = u"peer cli 2"_s;
    peer2.type = Choice<EndpointGroupType>(EndpointGroupType::Cidr);
    peer2.endpoints = QStringList{u"192.0.2.0/24"_s};
    QStringList notes;
    const QStringList commands = cli::createCommands(service, before, &notes)
        + cli::createCommands(local, before, &notes) + cli::createCommands(peer, before, &notes)
        + cli::createCommands(peer2, before, &notes);
    QVERIFY(notes.isEmpty());
    QVERIFY2(commands[0].contains(u"--router router1"_s), qPrintable(commands[0]));
    QVERIFY2(commands[1].contains(u"--value private-subnet"_s), qPrintable(commands[1]));
    QVERIFY(runScript(commands, notes));
    QVERIFY(refresh());
    const ServerState &state = m_workspace.state();
    const VpnService *s = byName<VpnService>(state, *service.name);
    QVERIFY(s);
    QVERIFY2(*s == expectedFrom(service, *s), qPrintable(dump(*s)));
    for (const EndpointGroupDraft &draft : {local, peer, peer2}) {
        const EndpointGroup *g = byName<EndpointGroup>(state, *draft.name);
        QVERIFY2(g, qPrintable(*draft.name));
        QVERIFY2(*g == expectedFrom(draft, *g), qPrintable(dump(*g)));
    }
}

void TestCliCommandsIntegration::setCommandsChangeWhatTheEditSays()
{
    // Each kind edited as the edit dialog would (changes(original, edited)), sent with `… set`.
    const ServerState before = m_workspace.state();
    const IkePolicy ike = *byName<IkePolicy>(before, u"ike cli 0"_s);
    IkePolicyDraft ikeEdit;
    ikeEdit.name = u"ike cli 0 renamed"_s;
    ikeEdit.description = u"changed by `set`"_s;
    ikeEdit.encryptionAlgorithm = Choice<EncryptionAlgorithm>(EncryptionAlgorithm::Aes256);
    ikeEdit.pfs = Choice<PfsGroup>(PfsGroup::Group14);
    ikeEdit.lifetime = LifetimeDraft{Choice<LifetimeUnits>(LifetimeUnits::Seconds), 7200};
    const IpsecPolicy ipsec = *byName<IpsecPolicy>(before, u"ipsec cli 1"_s);
    IpsecPolicyDraft ipsecEdit;
    ipsecEdit.transformProtocol = Choice<TransformProtocol>(TransformProtocol::Esp);
    ipsecEdit.encapsulationMode = Choice<EncapsulationMode>(EncapsulationMode::Tunnel);
    ipsecEdit.authAlgorithm = Choice<AuthAlgorithm>(AuthAlgorithm::Sha512);
    const VpnService service = *byName<VpnService>(before, u"vpn cli"_s);
    // No agent runs: the harness's "fake agent" settles the service, which PENDING_CREATE would
    // keep from any update.
    QVERIFY(setStatus(u"vpnservices"_s, service.id));
    VpnServiceDraft serviceEdit;
    serviceEdit.adminStateUp = true;
    serviceEdit.description = u"up again"_s;
    const EndpointGroup group = *byName<EndpointGroup>(before, u"peer cli"_s);
    EndpointGroupDraft groupEdit;
    groupEdit.name = u"peer cli renamed"_s;

    QStringList notes;
    const QStringList commands = cli::updateCommands(ike, changes(ike, ikeEdit), before, &notes)
        + cli::updateCommands(ipsec, changes(ipsec, ipsecEdit), before, &notes)
        + cli::updateCommands(service, changes(service, serviceEdit), before, &notes)
        + cli::updateCommands(group, changes(group, groupEdit), before, &notes);
    QCOMPARE(commands.size(), 4);
    QVERIFY(notes.isEmpty());
    QVERIFY(runScript(commands, notes));
    QVERIFY(refresh());
    const ServerState &after = m_workspace.state();
    IkePolicy ikeExpected = ike;
    applyDraft(ikeExpected, changes(ike, ikeEdit));
    QVERIFY2(*after.ikePolicy(ike.id) == ikeExpected, qPrintable(dump(*after.ikePolicy(ike.id))));
    IpsecPolicy ipsecExpected = ipsec;
    applyDraft(ipsecExpected, changes(ipsec, ipsecEdit));
    QVERIFY2(*after.ipsecPolicy(ipsec.id) == ipsecExpected, qPrintable(dump(*after.ipsecPolicy(ipsec.id))));
    VpnService serviceExpected = service;
    applyDraft(serviceExpected, changes(service, serviceEdit));
    serviceExpected.status = after.vpnService(service.id)->status;
    QVERIFY2(*after.vpnService(service.id) == serviceExpected, qPrintable(dump(*after.vpnService(service.id))));
    EndpointGroup groupExpected = group;
    applyDraft(groupExpected, changes(group, groupEdit));
    QVERIFY2(*after.endpointGroup(group.id) == groupExpected, qPrintable(dump(*after.endpointGroup(group.id))));

    // What the CLI cannot say is noted, not sent: clearing a description.
    IkePolicyDraft clear;
    clear.description = QString();
    notes.clear();
    const IkePolicy renamed = *after.ikePolicy(ike.id);
    QVERIFY(cli::updateCommands(renamed, changes(renamed, clear), after, &notes).isEmpty());
    QCOMPARE(notes.size(), 1);
}

void TestCliCommandsIntegration::connectionCreateAndSet()
{
    const ServerState before = m_workspace.state();
    IpsecSiteConnectionDraft d;
    d.name = u"conn cli"_s;
    d.description = u"made by sh"_s;
    d.vpnserviceId = idOf<VpnService>(before, u"vpn cli"_s);
    d.ikepolicyId = idOf<IkePolicy>(before, u"ike cli 1"_s);
    d.ipsecpolicyId = idOf<IpsecPolicy>(before, u"ipsec cli 0"_s);
    d.localEpGroupId = idOf<EndpointGroup>(before, u"-local cli"_s);
    d.peerEpGroupId = idOf<EndpointGroup>(before, u"peer cli renamed"_s);
    for (const std::optional<QString> &reference :
         {d.vpnserviceId, d.ikepolicyId, d.ipsecpolicyId, d.localEpGroupId, d.peerEpGroupId})
        QVERIFY(!reference->isEmpty());
    d.peerAddress = u"203.0.113.9"_s;
    d.peerId = u"@peer.example"_s;
    d.localId = u"@left.example"_s;
    d.psk = Secret(kPsk);
    d.mtu = 1400;
    d.dpd = DpdDraft{Choice<DpdAction>(DpdAction::Restart), 10, 60};
    d.initiator = Choice<Initiator>(Initiator::ResponseOnly);
    d.adminStateUp = false;
    QStringList notes;
    const QStringList commands = cli::createCommands(d, before, &notes);
    QVERIFY(notes.isEmpty());
    QCOMPARE(commands.first(), cli::pskPrompt());
    QVERIFY(!commands.join(u'\n').contains(kPsk));
    // The key typed at the prompt (stdin here).
    QVERIFY(runScript(commands, notes, kPsk.toUtf8() + '\n'));
    QVERIFY(refresh());
    const IpsecSiteConnection *created = byName<IpsecSiteConnection>(m_workspace.state(), *d.name);
    QVERIFY(created);
    const IpsecSiteConnection expected = expectedFrom(d, *created);
    QVERIFY2(*created == expected, qPrintable(dump(*created) + u"\n"_s + dump(expected)));
    QCOMPARE(created->psk.reveal(), kPsk);

    // `… set`: peer, MTU, DPD, initiator, enable, another peer group, a new name.
    const QString id = created->id; // a refresh replaces the state `created` points into
    QVERIFY(setStatus(u"ipsec_site_connections"_s, id));
    QVERIFY(setStatus(u"vpnservices"_s, created->vpnserviceId));
    QVERIFY(refresh());
    const ServerState now = m_workspace.state();
    QVERIFY(now.connection(id));
    const IpsecSiteConnection original = *now.connection(id);
    IpsecSiteConnectionDraft edit;
    edit.name = u"conn cli renamed"_s;
    edit.peerAddress = u"203.0.113.10"_s;
    edit.peerId = u"203.0.113.10"_s;
    edit.mtu = 1380;
    edit.dpd = DpdDraft{Choice<DpdAction>(DpdAction::Hold), 15, 90};
    edit.initiator = Choice<Initiator>(Initiator::BiDirectional);
    edit.adminStateUp = true;
    edit.peerEpGroupId = idOf<EndpointGroup>(now, u"peer cli 2"_s);
    const IpsecSiteConnectionDraft diff = changes(original, edit);
    notes.clear();
    const QStringList set = cli::updateCommands(original, diff, now, &notes);
    QCOMPARE(set.size(), 1);
    QVERIFY(notes.isEmpty());
    QVERIFY(runScript(set, notes));
    QVERIFY(refresh());
    IpsecSiteConnection updated = original;
    applyDraft(updated, diff);
    const IpsecSiteConnection *after = m_workspace.state().connection(original.id);
    QVERIFY(after);
    updated.status = after->status;
    QVERIFY2(*after == updated, qPrintable(dump(*after) + u"\n"_s + dump(updated)));
}

void TestCliCommandsIntegration::legacyServiceAndPeerCidrs()
{
    // The older shape: a service on a subnet and a connection with --peer-cidr (one: the CLI
    // takes one; the API makes it a list), then `… set --peer-cidr`.
    const ServerState before = m_workspace.state();
    VpnServiceDraft service;
    service.name = u"vpn legacy"_s;
    service.routerId = before.routers.first().id;
    service.subnetId = before.subnets.first().id;
    QStringList notes;
    QStringList commands = cli::createCommands(service, before, &notes);
    QVERIFY2(commands.first().contains(u"--subnet private-subnet"_s), qPrintable(commands.first()));
    QVERIFY(runScript(commands, notes));
    QVERIFY(refresh());
    const VpnService *created = byName<VpnService>(m_workspace.state(), *service.name);
    QVERIFY(created);
    QVERIFY2(*created == expectedFrom(service, *created), qPrintable(dump(*created)));
    const QString serviceId = created->id;
    QVERIFY(setStatus(u"vpnservices"_s, serviceId));

    IpsecSiteConnectionDraft d;
    d.name = u"conn legacy"_s;
    d.vpnserviceId = serviceId;
    d.ikepolicyId = idOf<IkePolicy>(before, u"ike cli 1"_s);
    d.ipsecpolicyId = idOf<IpsecPolicy>(before, u"ipsec cli 0"_s);
    d.peerAddress = u"198.51.100.77"_s;
    d.peerId = u"198.51.100.77"_s;
    d.peerCidrs = QStringList{u"192.0.2.0/24"_s};
    d.psk = Secret(kPsk);
    QVERIFY(refresh());
    commands = cli::createCommands(d, m_workspace.state(), &notes);
    QVERIFY(notes.isEmpty());
    QVERIFY(runScript(commands, notes, kPsk.toUtf8() + '\n'));
    QVERIFY(refresh());
    const IpsecSiteConnection *connection = byName<IpsecSiteConnection>(m_workspace.state(), *d.name);
    QVERIFY(connection);
    QVERIFY2(*connection == expectedFrom(d, *connection), qPrintable(dump(*connection)));
    const QString id = connection->id;
    QVERIFY(setStatus(u"ipsec_site_connections"_s, id));
    QVERIFY(refresh());

    const IpsecSiteConnection original = *m_workspace.state().connection(id);
    IpsecSiteConnectionDraft edit;
    edit.peerCidrs = QStringList{u"192.0.2.128/25"_s};
    const IpsecSiteConnectionDraft diff = changes(original, edit);
    commands = cli::updateCommands(original, diff, m_workspace.state(), &notes);
    QCOMPARE(commands.size(), 1);
    QVERIFY(runScript(commands, notes));
    QVERIFY(refresh());
    QCOMPARE(m_workspace.state().connection(id)->peerCidrs, QStringList{u"192.0.2.128/25"_s});
}

void TestCliCommandsIntegration::showCommandsShowTheResource()
{
    const ServerState &state = m_workspace.state();
    const QList<std::pair<ResourceKind, QString>> resources{
        {ResourceKind::IkePolicy, idOf<IkePolicy>(state, u"ike cli 1"_s)},
        {ResourceKind::IpsecPolicy, idOf<IpsecPolicy>(state, u"ipsec cli 0"_s)},
        {ResourceKind::VpnService, idOf<VpnService>(state, u"vpn cli"_s)},
        {ResourceKind::EndpointGroup, idOf<EndpointGroup>(state, u"-local cli"_s)},
        {ResourceKind::IpsecSiteConnection, idOf<IpsecSiteConnection>(state, u"conn cli renamed"_s)},
    };
    for (const auto &[kind, id] : resources) {
        QVERIFY2(!id.isEmpty(), qPrintable(resourceCliNoun(kind)));
        const QString command = cli::showCommand(kind, id, state);
        QVERIFY2(!command.endsWith(id), qPrintable(command)); // by its (unique) name
        // As copied, plus the output format the test reads (before the name: after a "--" that
        // keeps "-local cli" positional, options are names too).
        QString copied = cli::script({command}, {}, m_target);
        copied.replace(u" show "_s, u" show -c ID -f value "_s);
        const Run shown = sh(copied);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(QString::fromUtf8(shown.out.trimmed()), id);
    }
}

void TestCliCommandsIntegration::projectOverride()
{
    // A project other than the cloud's configured one goes as --os-project-id (here demo's own
    // id while clouds.yaml names it by name: keystoneauth scopes by the id).
    const ServerState &state = m_workspace.state();
    const VpnService *service = byName<VpnService>(state, u"vpn cli"_s);
    QVERIFY(service);
    const QString projectId = service->projectId;
    QVERIFY(!projectId.isEmpty());
    cli::CliTarget target = m_target;
    target.projectId = projectId;
    const QString script = cli::script(
        {cli::showCommand(ResourceKind::VpnService, idOf<VpnService>(state, u"vpn cli"_s), state)}, {}, target);
    QVERIFY2(script.contains(u"--os-project-id "_s + projectId), qPrintable(script));
    const Run shown = sh(script + u" -c Project -f value"_s);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QCOMPARE(QString::fromUtf8(shown.out.trimmed()), projectId);
    // A project the user has no role in is refused by Keystone: the option really scopes.
    target.projectId = u"00000000000000000000000000000000"_s;
    const Run refused = sh(cli::script({cli::showCommand(ResourceKind::VpnService, projectId, state)}, {}, target));
    QVERIFY(refused.exitCode != 0);
}

void TestCliCommandsIntegration::deleteCommandsDeleteThePlan()
{
    // The connection with what only it uses, in the plan's order; then everything else.
    const ServerState state = m_workspace.state();
    const IpsecSiteConnection *connection = byName<IpsecSiteConnection>(state, u"conn cli renamed"_s);
    QVERIFY(connection);
    const DeletionPlan plan = planDeletion(ResourceKind::IpsecSiteConnection, {connection->id}, state);
    QVERIFY(!plan.orphans.isEmpty());
    const QList<ResourceRef> steps = plan.steps(true);
    QVERIFY(runScript(cli::deleteCommands(steps, state), {}));
    QVERIFY(refresh());
    for (const ResourceRef &ref : steps) {
        const bool gone = withResource(
            ref.kind, [&]<typename T>(ResourceType<T>) { return m_workspace.state().find<T>(ref.id) == nullptr; });
        QVERIFY2(gone, qPrintable(ref.id));
    }

    QList<ResourceRef> rest;
    const ServerState left = m_workspace.state();
    for (const IpsecSiteConnection &c : left.connections)
        rest.append({ResourceKind::IpsecSiteConnection, c.id});
    for (const VpnService &s : left.vpnServices)
        rest.append({ResourceKind::VpnService, s.id});
    for (const EndpointGroup &g : left.endpointGroups)
        rest.append({ResourceKind::EndpointGroup, g.id});
    for (const IkePolicy &p : left.ikePolicies)
        rest.append({ResourceKind::IkePolicy, p.id});
    for (const IpsecPolicy &p : left.ipsecPolicies)
        rest.append({ResourceKind::IpsecPolicy, p.id});
    QVERIFY(!rest.isEmpty());
    QVERIFY(runScript(cli::deleteCommands(rest, left), {}));
    QVERIFY(refresh());
    const ServerState &empty = m_workspace.state();
    QCOMPARE(empty.vpnServices.size() + empty.endpointGroups.size() + empty.ikePolicies.size()
                 + empty.ipsecPolicies.size() + empty.connections.size(),
             0);
}

QTEST_GUILESS_MAIN(TestCliCommandsIntegration)
#include "tst_cli_commands_integration.moc"
