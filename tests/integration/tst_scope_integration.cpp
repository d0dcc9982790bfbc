// SPDX-License-Identifier: Apache-2.0
// Regions and projects in the console's window against a real Keystone (two projects, two
// regions, three users) and a real neutron-server per region that enforce projects themselves
// (run-with-openstack --keystone): the project switcher, an admin's All projects view with its
// Project column and filter, a member who cannot see the other project, the region switcher,
// and --os-region-name / OS_CLOUD on the real binary.
#include "browser/resourceview.h"
#include "mainwindow.h"
#include "scopeselector.h"

#include "itemmodels/resourcetablemodel.h"
#include "openstack/cloudprofile.h"
#include "openstack/neutronjobs.h"
#include "openstack/projectdirectory.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

namespace {

QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run under tests/integration/run-with-openstack --keystone", name);
    return value;
}

CloudProfile cloudOf(const QString &name, const char *user, const char *password, const char *project)
{
    CloudProfile p;
    p.name = name;
    p.source = u"test"_s;
    p.authUrl = QUrl(env("KEYSTONE_URL"));
    p.username = env(user);
    p.password = Secret(env(password));
    p.projectName = env(project);
    p.userDomainName = env("KEYSTONE_DOMAIN");
    p.projectDomainName = env("KEYSTONE_DOMAIN");
    p.regions = {env("KEYSTONE_REGION"), env("KEYSTONE_REGION_TWO")};
    p.regionName = p.regions.first();
    return p;
}

/*! The names the IKE policy table shows (through its filter), sorted. */
QStringList shownNames(ui::MainWindow &window)
{
    ui::ResourceView *view = window.resourceView(ResourceKind::IkePolicy);
    QAbstractItemModel *model = view->table()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    names.sort();
    return names;
}

QString projectCellOf(ui::MainWindow &window, const QString &name)
{
    ui::ResourceView *view = window.resourceView(ResourceKind::IkePolicy);
    QAbstractItemModel *model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return model->index(row, view->model()->projectColumn()).data().toString();
    }
    return {};
}

bool waitForRefresh(Workspace *workspace, int count = 1)
{
    QSignalSpy done(workspace, &Workspace::refreshSucceeded);
    QSignalSpy failed(workspace, &Workspace::refreshFailed);
    const bool ok = QTest::qWaitFor([&] { return done.size() >= count || !failed.isEmpty(); }, 60000);
    if (!failed.isEmpty())
        qWarning("refresh failed: %s", qPrintable(failed.first().first().value<ApiError>().userMessage()));
    return ok && failed.isEmpty();
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(u"no \"%1\" in %2"_s.arg(text, box->objectName())));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

} // namespace

class TestScopeIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memberSwitchesProject();
    void memberOfOneProjectSeesOnlyIt();
    void adminSeesAllProjects();
    void regionSwitcher();
    void commandLineBeatsTheRemembered_data();
    void commandLineBeatsTheRemembered();

private:
    /*! Shows \a window on the clouds of \a config and chooses \a cloud (its refresh follows). */
    void open(ui::MainWindow &window, const CloudConfig &config, const QString &cloud);
    /*! Creates IKE policy \a name as \a profile's user in its project and region. */
    void createPolicy(const CloudProfile &profile, const QString &name);

    QNetworkAccessManager m_network;
};

void TestScopeIntegration::open(ui::MainWindow &window, const CloudConfig &config, const QString &cloud)
{
    window.setNetworkAccessManager(&m_network);
    window.setClouds(config);
    window.show();
    window.selectCloud(cloud);
}

void TestScopeIntegration::createPolicy(const CloudProfile &profile, const QString &name)
{
    Workspace workspace;
    workspace.connectTo(profile, &m_network);
    QVERIFY(waitForRefresh(&workspace));
    IkePolicyDraft draft;
    draft.name = name;
    auto *job = workspace.create<IkePolicy>(draft);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
}

void TestScopeIntegration::initTestCase()
{
    // One policy per project in RegionOne, one in demo in RegionTwo.
    createPolicy(cloudOf(u"seed"_s, "KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_A"),
                 u"ike-demo"_s);
    createPolicy(cloudOf(u"seed"_s, "KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_B"),
                 u"ike-beta"_s);
    CloudProfile two = cloudOf(u"seed"_s, "KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_A");
    two.regionName = two.regions.last();
    createPolicy(two, u"ike-demo-region-two"_s);
}

void TestScopeIntegration::memberSwitchesProject()
{
    QSettings().clear();
    CloudConfig config;
    config.clouds = {cloudOf(u"alice"_s, "KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_A")};
    ui::MainWindow window;
    open(window, config, u"alice"_s);
    QVERIFY(waitForRefresh(window.workspace()));
    QCOMPARE(shownNames(window), QStringList{u"ike-demo"_s});

    ui::ScopeSelector *scope = window.scopeSelector();
    QTRY_VERIFY(scope->projectBox()->isVisible());
    QCOMPARE(scope->projectBox()->currentText(), env("KEYSTONE_PROJECT_A"));
    QCOMPARE(scope->projectBox()->count(), 2); // demo and beta: no All projects for a member
    QVERIFY(scope->projectBox()->findText(u"All projects"_s) < 0);

    choose(scope->projectBox(), env("KEYSTONE_PROJECT_B"));
    QVERIFY(waitForRefresh(window.workspace()));
    QCOMPARE(window.workspace()->projectId(), env("KEYSTONE_PROJECT_B_ID"));
    QCOMPARE(shownNames(window), QStringList{u"ike-beta"_s});
    QVERIFY2(window.windowTitle().contains(env("KEYSTONE_PROJECT_B")), qPrintable(window.windowTitle()));
    // Remembered for the next start: the project, never a secret.
    QCOMPARE(QSettings().value(u"clouds/alice/project"_s).toString(), env("KEYSTONE_PROJECT_B_ID"));
}

void TestScopeIntegration::memberOfOneProjectSeesOnlyIt()
{
    QSettings().clear();
    CloudConfig config;
    config.clouds = {cloudOf(u"bob"_s, "KEYSTONE_ONE_USER", "KEYSTONE_ONE_PASSWORD", "KEYSTONE_PROJECT_A")};
    ui::MainWindow window;
    open(window, config, u"bob"_s);
    QVERIFY(waitForRefresh(window.workspace()));
    QCOMPARE(shownNames(window), QStringList{u"ike-demo"_s});
    QTRY_VERIFY(window.scopeSelector()->projectBox()->isVisible());
    QCOMPARE(window.scopeSelector()->projectBox()->count(), 1);
    QVERIFY(!window.workspace()->isAdmin());
}

void TestScopeIntegration::adminSeesAllProjects()
{
    QSettings().clear();
    CloudConfig config;
    config.clouds = {cloudOf(u"ops"_s, "KEYSTONE_ADMIN_USER", "KEYSTONE_ADMIN_PASSWORD", "KEYSTONE_ADMIN_PROJECT")};
    ui::MainWindow window;
    open(window, config, u"ops"_s);
    QVERIFY(waitForRefresh(window.workspace()));
    // The admin's own project first: nothing of demo's or beta's mixed in.
    QCOMPARE(shownNames(window), QStringList{});
    ui::ScopeSelector *scope = window.scopeSelector();
    QTRY_VERIFY(scope->projectBox()->findText(u"All projects"_s) >= 0);
    ui::ResourceView *view = window.resourceView(ResourceKind::IkePolicy);
    QVERIFY(view->table()->isColumnHidden(view->model()->projectColumn()));

    choose(scope->projectBox(), u"All projects"_s);
    QVERIFY(waitForRefresh(window.workspace()));
    QTRY_COMPARE(shownNames(window), (QStringList{u"ike-beta"_s, u"ike-demo"_s}));
    QVERIFY(!view->table()->isColumnHidden(view->model()->projectColumn()));
    // Named from Keystone's project list (an admin may read it).
    QTRY_COMPARE(projectCellOf(window, u"ike-demo"_s), env("KEYSTONE_PROJECT_A"));
    QCOMPARE(projectCellOf(window, u"ike-beta"_s), env("KEYSTONE_PROJECT_B"));
    QVERIFY2(window.windowTitle().contains(u"All projects"_s), qPrintable(window.windowTitle()));

    // The filter: one project's rows, and new resources go to it.
    QVERIFY(scope->filterBox()->isVisible());
    scope->filterBox()->setCurrentIndex(scope->filterBox()->findText(env("KEYSTONE_PROJECT_B")));
    QCOMPARE(shownNames(window), QStringList{u"ike-beta"_s});
    QCOMPARE(window.workspace()->createProject(), env("KEYSTONE_PROJECT_B_ID"));
    IkePolicyDraft draft;
    draft.name = u"ike-by-admin"_s;
    auto *job = window.workspace()->create<IkePolicy>(draft);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
    QTRY_COMPARE(shownNames(window), (QStringList{u"ike-beta"_s, u"ike-by-admin"_s}));
    QCOMPARE(projectCellOf(window, u"ike-by-admin"_s), env("KEYSTONE_PROJECT_B"));

    // The next start finds the admin's All projects view again.
    ui::MainWindow again;
    open(again, config, u"ops"_s);
    QTRY_VERIFY_WITH_TIMEOUT(again.workspace()->allProjects(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(again), (QStringList{u"ike-beta"_s, u"ike-by-admin"_s, u"ike-demo"_s}), 30000);
}

void TestScopeIntegration::regionSwitcher()
{
    QSettings().clear();
    CloudConfig config;
    config.clouds = {cloudOf(u"alice"_s, "KEYSTONE_BOTH_USER", "KEYSTONE_BOTH_PASSWORD", "KEYSTONE_PROJECT_A")};
    ui::MainWindow window;
    open(window, config, u"alice"_s);
    QVERIFY(waitForRefresh(window.workspace()));
    ui::ScopeSelector *scope = window.scopeSelector();
    QVERIFY(scope->regionBox()->isVisible());
    QCOMPARE(scope->regionBox()->count(), 2);
    choose(scope->regionBox(), env("KEYSTONE_REGION_TWO"));
    QVERIFY(waitForRefresh(window.workspace()));
    QCOMPARE(window.workspace()->profile().regionName, env("KEYSTONE_REGION_TWO"));
    QCOMPARE(shownNames(window), QStringList{u"ike-demo-region-two"_s});
    QVERIFY2(window.windowTitle().contains(env("KEYSTONE_REGION_TWO")), qPrintable(window.windowTitle()));
    QCOMPARE(QSettings().value(u"clouds/alice/region"_s).toString(), env("KEYSTONE_REGION_TWO"));

    // The next window on this cloud starts where the user left it.
    ui::MainWindow again;
    open(again, config, u"alice"_s);
    QVERIFY(waitForRefresh(again.workspace()));
    QCOMPARE(again.workspace()->profile().regionName, env("KEYSTONE_REGION_TWO"));
    QCOMPARE(shownNames(again), QStringList{u"ike-demo-region-two"_s});
}

void TestScopeIntegration::commandLineBeatsTheRemembered_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("osCloud");
    QTest::addColumn<QString>("osRegion");
    QTest::addColumn<QString>("expectedNeutron"); // the variable naming the server that must be asked

    // Remembered in every row: cloud "one" in RegionOne.
    QTest::addRow("remembered") << QStringList() << QString() << QString() << u"NEUTRON_URL"_s;
    QTest::addRow("--os-region-name") << QStringList{u"--os-region-name"_s, env("KEYSTONE_REGION_TWO")} << QString()
                                      << QString() << u"NEUTRON_URL_REGION_TWO"_s;
    QTest::addRow("OS_REGION_NAME") << QStringList() << QString() << env("KEYSTONE_REGION_TWO")
                                    << u"NEUTRON_URL_REGION_TWO"_s;
    QTest::addRow("--os-region-name beats OS_REGION_NAME")
        << QStringList{u"--os-region-name"_s, env("KEYSTONE_REGION")} << QString() << env("KEYSTONE_REGION_TWO")
        << u"NEUTRON_URL"_s;
    QTest::addRow("OS_CLOUD names the other cloud (its region)")
        << QStringList() << u"two"_s << QString() << u"NEUTRON_URL_REGION_TWO"_s;
}

void TestScopeIntegration::commandLineBeatsTheRemembered()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, osCloud);
    QFETCH(QString, osRegion);
    QFETCH(QString, expectedNeutron);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(u".config/openstack"_s);
    QDir(home.path()).mkpath(u".config/vpnaas-console"_s);
    QFile clouds(home.filePath(u".config/openstack/clouds.yaml"_s));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    const QString auth
        = u"{auth_url: '%1', username: '%2', password: '%3', project_name: '%4', "
          u"user_domain_name: Default, project_domain_name: Default}"_s.arg(
              env("KEYSTONE_URL"), env("KEYSTONE_BOTH_USER"), env("KEYSTONE_BOTH_PASSWORD"), env("KEYSTONE_PROJECT_A"));
    clouds.write(
        u"clouds:\n  one:\n    auth: %1\n    regions: [%2, %3]\n"
        u"  two:\n    auth: %1\n    region_name: %3\n"_s.arg(auth, env("KEYSTONE_REGION"), env("KEYSTONE_REGION_TWO"))
            .toUtf8());
    clouds.close();
    QFile settings(home.filePath(u".config/vpnaas-console/vpnaas-console.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[cloud]\nlast=one\n");
    settings.close();

    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"OS_"_s))
            environment.remove(key);
    }
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"vpnaas.openstack.info=true"_s);
    if (!osCloud.isEmpty())
        environment.insert(u"OS_CLOUD"_s, osCloud);
    if (!osRegion.isEmpty())
        environment.insert(u"OS_REGION_NAME"_s, osRegion);
    console.setProcessEnvironment(environment);
    console.setWorkingDirectory(home.path());
    console.start(QStringLiteral(VPNAAS_BINARY_DIR) + u"/bin/vpnaas-console"_s,
                  arguments + QStringList{u"--screenshot"_s, home.filePath(u"shot.png"_s)});
    QVERIFY(console.waitForFinished(90000));
    const QString log = QString::fromUtf8(console.readAllStandardError());
    QCOMPARE(console.exitCode(), 0);
    const QString wanted = env(qPrintable(expectedNeutron));
    const QString other = expectedNeutron == u"NEUTRON_URL" ? env("NEUTRON_URL_REGION_TWO") : env("NEUTRON_URL");
    QVERIFY2(log.contains(u"GET "_s + wanted + u"/v2.0/vpn/ikepolicies"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"GET "_s + other), qPrintable(log));
    QVERIFY2(!log.contains(env("KEYSTONE_BOTH_PASSWORD")), "the password is in the log");
}

QTEST_MAIN(TestScopeIntegration)
#include "tst_scope_integration.moc"
