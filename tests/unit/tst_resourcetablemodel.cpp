// SPDX-License-Identifier: Apache-2.0
// The resource tables: columns per type over the sandbox seed, in-place updates by id (no reset,
// persistent indexes survive), masked pre-shared keys, weak-choice marks, usage counts.
#include "itemmodels/resourcetablemodel.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace vpnaas;

Q_DECLARE_METATYPE(vpnaas::ResourceKind)

namespace {

ServerState seedState()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    if (!sandbox.open(&error))
        qFatal("sandbox: %s", qPrintable(error));
    return sandbox.server()->state();
}

/*! The seed scenario with \a count connections (copies of its own, with their own id and name). */
ServerState withConnections(int count, const QString &prefix = u"c"_s)
{
    ServerState state = seedState();
    const IpsecSiteConnection model = state.connections.first();
    state.connections.clear();
    for (int i = 0; i < count; ++i) {
        IpsecSiteConnection c = model;
        c.id = u"%1-%2"_s.arg(prefix).arg(i);
        c.name = u"conn %1"_s.arg(i);
        state.connections.append(c);
    }
    return state;
}

QStringList ids(const ResourceTableModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.idAt(row));
    return result;
}

QStringList column(const ResourceTableModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestResourceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedRows_data();
    void seedRows();
    void updatesInPlace();
    void statusesInPlace_data();
    void statusesInPlace();
    void inBackground_data();
    void inBackground();
    void pskIsMaskedUntilRevealed();
    void weakChoicesAreMarked();
    void sortRoleIsNumeric();
    void projectColumn_data();
    void projectColumn();
};

void TestResourceTableModel::seedRows_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QString>("firstHeader");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("statusColumn");
    QTest::addColumn<QString>("usedBy");

    QTest::newRow("ike") << ResourceKind::IkePolicy << u"Name"_s << QStringList{u"ikepolicy"_s} << -1
                         << u"1 connection"_s;
    QTest::newRow("ipsec") << ResourceKind::IpsecPolicy << u"Name"_s << QStringList{u"ipsecpolicy"_s} << -1
                           << u"1 connection"_s;
    QTest::newRow("services") << ResourceKind::VpnService << u"Name"_s << QStringList{u"vpn"_s} << 1
                              << u"1 connection"_s;
    QTest::newRow("groups") << ResourceKind::EndpointGroup << u"Name"_s << QStringList{u"ep_subnet"_s, u"ep_cidr"_s}
                            << -1 << u"1 connection"_s;
    QTest::newRow("connections") << ResourceKind::IpsecSiteConnection << u"Name"_s << QStringList{u"conn"_s} << 1
                                 << QString();
}

void TestResourceTableModel::seedRows()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QString, firstHeader);
    QFETCH(QStringList, names);
    QFETCH(int, statusColumn);
    QFETCH(QString, usedBy);

    ResourceTableModel model(kind);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(seedState());

    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), firstHeader);
    QCOMPARE(model.columnCount(), ResourceTableModel::headers(kind).size());
    QCOMPARE(column(model, 0), names);
    QCOMPARE(model.statusColumn(), statusColumn);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowOf(model.idAt(row)), row);
        QCOMPARE(model.index(row, 0).data(ResourceTableModel::IdRole).toString(), model.idAt(row));
        if (statusColumn >= 0) {
            QCOMPARE(model.index(row, statusColumn).data().toString(),
                     model.index(row, 0).data(ResourceTableModel::StatusRole).toString());
        }
    }
    if (!usedBy.isEmpty()) {
        const int usedByColumn = int(ResourceTableModel::headers(kind).indexOf(u"Used By"_s));
        QVERIFY(usedByColumn > 0);
        QCOMPARE(model.index(0, usedByColumn).data().toString(), usedBy);
    }
    QCOMPARE(model.rowOf(u"no-such-id"_s), -1);
    QCOMPARE(model.idAt(99), QString());
}

void TestResourceTableModel::updatesInPlace()
{
    ServerState state;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        IkePolicy policy;
        policy.id = u"id-"_s + name;
        policy.name = name;
        state.ikePolicies.append(policy);
    }
    ResourceTableModel model(ResourceKind::IkePolicy);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(state);
    QCOMPARE(model.rowCount(), 4);

    const QPersistentModelIndex keptA(model.index(0, 0));
    const QPersistentModelIndex keptD(model.index(3, 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // b and c go, d changes, e arrives; a is untouched.
    ServerState next;
    next.ikePolicies = {state.ikePolicies[0], state.ikePolicies[3]};
    next.ikePolicies[1].pfs = PfsGroup::Group14;
    IkePolicy added;
    added.id = u"id-e"_s;
    added.name = u"e"_s;
    next.ikePolicies.append(added);
    model.setState(next);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1); // one contiguous block
    QCOMPARE(removed[0][1].toInt(), 1);
    QCOMPARE(removed[0][2].toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(column(model, 0), (QStringList{u"a"_s, u"d"_s, u"e"_s}));
    QVERIFY(keptA.isValid());
    QCOMPARE(keptA.row(), 0);
    QVERIFY(keptD.isValid());
    QCOMPARE(keptD.row(), 1);
    QCOMPARE(model.rowOf(u"id-e"_s), 2);
    QCOMPARE(model.rowOf(u"id-b"_s), -1);

    // The same state again changes nothing.
    changed.clear();
    model.setState(next);
    QCOMPARE(changed.size(), 0);

    model.setState({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!keptA.isValid());
}

void TestResourceTableModel::statusesInPlace_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<bool>("hasStatus");
    QTest::addRow("connections") << ResourceKind::IpsecSiteConnection << true;
    QTest::addRow("services") << ResourceKind::VpnService << true;
    QTest::addRow("policies have none") << ResourceKind::IkePolicy << false;
}

// A poll's status flips change their rows only: one dataChanged per changed row, the status
// cell and StatusRole follow; unknown ids and unchanged statuses change nothing.
void TestResourceTableModel::statusesInPlace()
{
    QFETCH(ResourceKind, kind);
    QFETCH(bool, hasStatus);
    ResourceTableModel model(kind);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(seedState());
    QVERIFY(model.rowCount() > 0);
    const QString id = model.idAt(0);
    const QString before = model.index(0, 0).data(ResourceTableModel::StatusRole).toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatuses({{id, u"DOWN"_s}, {u"no-such-id"_s, u"ERROR"_s}});
    QCOMPARE(reset.size(), 0);
    if (!hasStatus) {
        QCOMPARE(changed.size(), 0);
        return;
    }
    QVERIFY(before != u"DOWN");
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, model.statusColumn()).data().toString(), u"DOWN"_s);
    QCOMPARE(model.index(0, 0).data(ResourceTableModel::StatusRole).toString(), u"DOWN"_s);
    model.setStatuses({{id, u"DOWN"_s}});
    QCOMPARE(changed.size(), 1);
}

void TestResourceTableModel::inBackground_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addRow("first load") << u"first"_s;
    QTest::addRow("unchanged rows change nothing") << u"unchanged"_s;
    QTest::addRow("some gone, some new") << u"mixed"_s;
    QTest::addRow("a newer state supersedes") << u"newer"_s;
    QTest::addRow("a status set meanwhile: computed again") << u"status"_s;
    QTest::addRow("setState() meanwhile wins") << u"sync"_s;
}

// The rows built on the thread pool end exactly as setState() would leave them, through the same
// removes, in-place changes and appends; what supersedes a computation in flight wins.
void TestResourceTableModel::inBackground()
{
    QFETCH(QString, scenario);
    ResourceTableModel model(ResourceKind::IpsecSiteConnection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ServerState big = withConnections(3000);
    if (scenario != u"first")
        model.setState(big);
    ServerState expected = big;
    QSignalSpy applied(&model, &ResourceTableModel::stateApplied);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    if (scenario == u"mixed") {
        expected.connections.remove(100, 50); // a block gone
        expected.connections.removeLast();
        expected.connections[10].name = u"renamed"_s;
        expected.connections.append(withConnections(20, u"new"_s).connections);
    } else if (scenario == u"newer") {
        model.setStateInBackground(withConnections(10, u"old"_s));
        expected = withConnections(2500, u"newer"_s);
    } else if (scenario == u"status") {
        expected.connections[0].name = u"first renamed"_s;
    }
    model.setStateInBackground(expected);
    QVERIFY(model.isUpdating());
    if (scenario == u"status")
        model.setStatuses({{expected.connections[5].id, u"ERROR"_s}}); // rows changed under the computation
    if (scenario == u"sync") {
        expected = withConnections(5, u"sync"_s);
        model.setState(expected);
        QCOMPARE(ids(model).size(), 5);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!model.isUpdating(), 10000);
    QThreadPool::globalInstance()->waitForDone(); // nothing still on its way
    QCoreApplication::processEvents();

    QStringList wanted;
    for (const IpsecSiteConnection &c : std::as_const(expected.connections))
        wanted.append(c.id);
    if (scenario == u"mixed") {
        // The survivors keep their rows, the new ones are appended.
        QCOMPARE(ids(model).mid(0, wanted.size() - 20), wanted.mid(0, wanted.size() - 20));
    }
    QCOMPARE(ids(model), wanted);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!applied.isEmpty());
    for (int row : {0, qMin(10, int(wanted.size()) - 1), int(wanted.size()) - 1})
        QCOMPARE(model.index(row, 0).data().toString(), expected.connections[row].name);
    if (scenario == u"unchanged") {
        QCOMPARE(inserted.size() + removed.size() + changed.size(), 0);
    } else if (scenario == u"mixed") {
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
    } else if (scenario == u"status") {
        QCOMPARE(model.index(5, model.statusColumn()).data().toString(), expected.connections[5].status.api());
    }
    QCOMPARE(model.rowOf(wanted.last()), int(wanted.size()) - 1);
}

void TestResourceTableModel::pskIsMaskedUntilRevealed()
{
    const ServerState state = seedState();
    const QString secret = state.connections.first().psk.reveal();
    QVERIFY(!secret.isEmpty());
    ResourceTableModel model(ResourceKind::IpsecSiteConnection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(state);
    const int psk = model.pskColumn();
    QVERIFY(psk > 0);
    QCOMPARE(model.headerData(psk, Qt::Horizontal).toString(), u"Pre-Shared Key"_s);

    // No role of any cell carries the key.
    const QList<int> roles{Qt::DisplayRole,
                           Qt::ToolTipRole,
                           Qt::EditRole,
                           ResourceTableModel::SortRole,
                           ResourceTableModel::SearchRole,
                           ResourceTableModel::IdRole};
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role : roles)
            QVERIFY2(!model.index(0, c).data(role).toString().contains(secret),
                     qPrintable(u"column %1 role %2"_s.arg(c).arg(role)));
    }
    QCOMPARE(model.index(0, psk).data().toString(), Secret::mask());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPskRevealed(model.idAt(0), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, psk).data().toString(), secret);
    QVERIFY(!model.index(0, psk).data(ResourceTableModel::SearchRole).toString().contains(secret));
    model.setPskRevealed(model.idAt(0), false);
    QCOMPARE(model.index(0, psk).data().toString(), Secret::mask());

    // Revealing is per connection and forgotten when the connection goes.
    model.setPskRevealed(model.idAt(0), true);
    model.setState({});
    model.setState(state);
    QCOMPARE(model.index(0, psk).data().toString(), Secret::mask());
}

void TestResourceTableModel::weakChoicesAreMarked()
{
    ServerState state;
    IkePolicy weak; // the server defaults: aes-128, sha1, group5
    weak.id = u"weak"_s;
    IkePolicy strong;
    strong.id = u"strong"_s;
    strong.authAlgorithm = AuthAlgorithm::Sha256;
    strong.pfs = PfsGroup::Group14;
    state.ikePolicies = {weak, strong};
    ResourceTableModel model(ResourceKind::IkePolicy);
    model.setState(state);
    const int integrity = 2, pfs = 3, encryption = 1;
    QVERIFY(model.index(0, integrity).data(ResourceTableModel::WeakRole).toBool());
    QVERIFY(model.index(0, pfs).data(ResourceTableModel::WeakRole).toBool());
    QVERIFY(!model.index(0, encryption).data(ResourceTableModel::WeakRole).toBool());
    QVERIFY(model.index(0, integrity).data(Qt::ToolTipRole).toString().contains(u"weak"_s));
    QVERIFY(!model.index(1, integrity).data(ResourceTableModel::WeakRole).toBool());
    QVERIFY(!model.index(1, pfs).data(ResourceTableModel::WeakRole).toBool());
}

void TestResourceTableModel::sortRoleIsNumeric()
{
    ServerState state;
    for (qint64 mtu : {9000, 1500, 68}) {
        IpsecSiteConnection connection;
        connection.id = QString::number(mtu);
        connection.mtu = mtu;
        state.connections.append(connection);
    }
    ResourceTableModel model(ResourceKind::IpsecSiteConnection);
    model.setState(state);
    const int mtu = int(ResourceTableModel::headers(ResourceKind::IpsecSiteConnection).indexOf(u"MTU"_s));
    QCOMPARE(model.index(0, mtu).data(ResourceTableModel::SortRole).typeId(), QMetaType::LongLong);
    QVERIFY(model.index(2, mtu).data(ResourceTableModel::SortRole).toLongLong()
            < model.index(1, mtu).data(ResourceTableModel::SortRole).toLongLong());
}

void TestResourceTableModel::projectColumn_data()
{
    QTest::addColumn<int>("kind");
    for (ResourceKind kind : {ResourceKind::IkePolicy, ResourceKind::IpsecPolicy, ResourceKind::VpnService,
                              ResourceKind::EndpointGroup, ResourceKind::IpsecSiteConnection})
        QTest::addRow("%s", qPrintable(resourceSlug(kind))) << int(kind);
}

void TestResourceTableModel::projectColumn()
{
    QFETCH(int, kind);
    const auto resourceKind = ResourceKind(kind);
    ServerState state = seedState();
    // Every resource of the seed in project "p-a" except the first, in "p-b".
    withResource(resourceKind, [&]<typename T>(ResourceType<T>) {
        QList<T> &items = state.items<T>();
        if (items.size() < 2) { // the seed has one of most kinds: a second of the first
            T copy = items.value(0);
            copy.id = u"second"_s;
            items.append(copy);
        }
        for (T &item : items)
            item.projectId = u"p-a"_s;
        items.first().projectId = u"p-b"_s;
    });
    ResourceTableModel model(resourceKind);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(state);
    QVERIFY(model.rowCount() >= 2);
    const int column = model.projectColumn();
    QCOMPARE(column, model.columnCount() - 1);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), u"Project"_s);
    // Ids until Keystone names them; the name where it does, the id where it does not.
    QCOMPARE(model.index(0, column).data().toString(), u"p-b"_s);
    QCOMPARE(model.projectAt(0), u"p-b"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProjectNames({{u"p-a"_s, u"alpha"_s}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, column).data().toString(), u"p-b"_s);
    QCOMPARE(model.index(1, column).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(1, column).data(ResourceTableModel::SortRole).toString(), u"alpha"_s);
    QVERIFY(model.index(1, 0).data(ResourceTableModel::SearchRole).toString().contains(u"alpha"_s));
    QVERIFY(model.index(1, column).data(Qt::ToolTipRole).toString().contains(u"p-a"_s));
    QCOMPARE(model.projectAt(1), u"p-a"_s);
}

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
