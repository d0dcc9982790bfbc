// SPDX-License-Identifier: Apache-2.0
// The differential test's request generator without a server: a simulated cloud answers (valid
// creates succeed), and the same seed must give the same operations, other seeds other ones, and
// every body must stay within the resource's description unless a mutation is named.
#include "requestgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace differential;
using namespace vpnaas;

namespace {

constexpr int kSteps = 300;

const World::Network kNetwork{u"0a000000-0000-4000-8000-000000000001"_s, u"0a000000-0000-4000-8000-000000000002"_s,
                              u"0a000000-0000-4000-8000-000000000003"_s, u"0a000000-0000-4000-8000-000000000004"_s};

QString singularOf(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::singular.toString(); });
}

/*!
 * A cloud that accepts what is not a mutation: creates echo the request with an id (services and
 * connections PENDING_CREATE), updates, deletes and status flips succeed on live resources, and
 * everything else is refused or not found.
 */
class SimulatedCloud
{
public:
    explicit SimulatedCloud(const World &world)
        : m_world(world)
    {
    }

    std::pair<int, QByteArray> answer(const Operation &op)
    {
        const QString singular = singularOf(op.resource);
        const Resource *target = op.target >= 0 ? &m_world.resources(op.resource).at(op.target) : nullptr;
        const bool live = target && target->alive;
        switch (op.type) {
        case Operation::Type::Create: {
            if (op.mutated)
                return {400, {}};
            QJsonObject item = QJsonDocument::fromJson(op.body)[singular].toObject();
            item.insert(u"id"_s, u"5e000000-0000-4000-8000-%1"_s.arg(++m_ids, 12, 10, QChar(u'0')));
            if (op.resource == ResourceKind::VpnService || op.resource == ResourceKind::IpsecSiteConnection)
                item.insert(u"status"_s, u"PENDING_CREATE"_s);
            return {201, QJsonDocument(QJsonObject{{singular, item}}).toJson()};
        }
        case Operation::Type::Update: {
            if (!live)
                return {404, {}};
            if (op.mutated)
                return {400, {}};
            const QJsonObject request = QJsonDocument::fromJson(op.body)[singular].toObject();
            const QJsonObject item{{u"name"_s, request.value(u"name"_s).toString(target->name)}};
            return {200, QJsonDocument(QJsonObject{{singular, item}}).toJson()};
        }
        case Operation::Type::Delete:
            return {live ? 204 : 404, {}};
        case Operation::Type::StatusFlip:
            return {live ? 0 : 1, {}};
        case Operation::Type::Show:
        case Operation::Type::List:
            return {200, {}};
        case Operation::Type::Malformed:
            return {400, {}};
        }
        return {500, {}};
    }

private:
    const World &m_world;
    int m_ids = 0;
};

/*! \a steps operations of \a seed against the simulated cloud. */
QList<Operation> run(quint32 seed, int steps = kSteps)
{
    World world(kNetwork);
    RequestGenerator generator(seed, world);
    SimulatedCloud cloud(world);
    QList<Operation> operations;
    for (int i = 0; i < steps; ++i) {
        const Operation op = generator.next();
        const auto [status, body] = cloud.answer(op);
        world.apply(op, status, body);
        operations.append(op);
    }
    return operations;
}

QString shown(const Operation &op)
{
    return u"[%1: %2] %3 %4 %5"_s.arg(op.kind, op.label, QString::fromLatin1(op.method), op.path,
                                      QString::fromUtf8(op.body));
}

QStringList shown(const QList<Operation> &operations)
{
    QStringList lines;
    for (const Operation &op : operations)
        lines.append(shown(op));
    return lines;
}

/*! The keys a request of \a kind may name: allowed on create (or update), the project also as tenant_id. */
QSet<QString> allowedKeys(ResourceKind kind, bool creating)
{
    return withResource(kind, [creating]<typename T>(ResourceType<T>) {
        QSet<QString> keys;
        ResourceTraits<T>::describe([&](const auto &a) {
            if (creating ? !allowedOnCreate(a.access) : !allowedOnUpdate(a.access))
                return;
            keys.insert(a.key.toString());
            if (a.has(attr::Project))
                keys.insert(u"tenant_id"_s);
        });
        return keys;
    });
}

/*! The parts of \a kind's nested attribute \a key (lifetime, dpd); empty for a plain attribute. */
QSet<QString> nestedKeys(ResourceKind kind, const QString &key)
{
    return withResource(kind, [&key]<typename T>(ResourceType<T>) {
        QSet<QString> keys;
        ResourceTraits<T>::describe([&](const auto &a) {
            using V = typename std::decay_t<decltype(a)>::Value;
            if constexpr (isNested<V>) {
                if (a.key == key)
                    NestedTraits<V>::describe([&](const auto &part) { keys.insert(part.key.toString()); });
            }
        });
        return keys;
    });
}

/*! Every attribute \a kind has, the project also as tenant_id. */
QSet<QString> describedKeys(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) {
        QSet<QString> keys;
        ResourceTraits<T>::describe([&](const auto &a) {
            keys.insert(a.key.toString());
            if (a.has(attr::Project))
                keys.insert(u"tenant_id"_s);
        });
        return keys;
    });
}

} // namespace

class TestRequestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameOperations_data();
    void sameSeedSameOperations();
    void differentSeedsDiffer();
    void everyKindOfOperation();
    void bodiesStayWithinTheDescription_data();
    void bodiesStayWithinTheDescription();
    void fieldsNameDescribedAttributes();
    void answersDecide();
};

void TestRequestGenerator::sameSeedSameOperations_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addRow("the test's default seed") << quint32(20261126);
    QTest::addRow("seed 7") << quint32(7);
    QTest::addRow("seed 0") << quint32(0);
}

void TestRequestGenerator::sameSeedSameOperations()
{
    QFETCH(quint32, seed);
    const QStringList first = shown(run(seed));
    QCOMPARE(first.size(), kSteps);
    QCOMPARE(shown(run(seed)), first);
}

void TestRequestGenerator::differentSeedsDiffer()
{
    const QStringList a = shown(run(1)), b = shown(run(2)), c = shown(run(20261126));
    QVERIFY(a != b);
    QVERIFY(a != c);
    QVERIFY(b != c);
}

void TestRequestGenerator::everyKindOfOperation()
{
    QSet<Operation::Type> types;
    QSet<ResourceKind> created;
    for (const Operation &op : run(20261126)) {
        types.insert(op.type);
        if (op.type == Operation::Type::Create && !op.mutated)
            created.insert(op.resource);
    }
    QCOMPARE(types.size(), 7);
    QCOMPARE(created.size(), int(kAllResourceKinds.size()));
}

void TestRequestGenerator::bodiesStayWithinTheDescription_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {20261126u, 7u, 1u, 2u, 3u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestRequestGenerator::bodiesStayWithinTheDescription()
{
    QFETCH(quint32, seed);
    int checked = 0;
    for (const Operation &op : run(seed)) {
        if (op.type != Operation::Type::Create && op.type != Operation::Type::Update)
            continue;
        const bool creating = op.type == Operation::Type::Create;
        const QString singular = singularOf(op.resource);
        const QJsonObject envelope = QJsonDocument::fromJson(op.body).object();
        QCOMPARE(envelope.keys(), QStringList{singular});
        if (op.mutated) {
            // A mutation says what it breaks, never "valid ...".
            QVERIFY2(!op.label.startsWith(u"valid"), qPrintable(shown(op)));
            continue;
        }
        const QSet<QString> allowed = allowedKeys(op.resource, creating);
        const QJsonObject item = envelope.value(singular).toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            QVERIFY2(allowed.contains(it.key()), qPrintable(it.key() + u" in "_s + shown(op)));
            const QSet<QString> parts = nestedKeys(op.resource, it.key());
            for (const QString &part : it.value().toObject().keys())
                QVERIFY2(parts.contains(part), qPrintable(it.key() + u'.' + part + u" in "_s + shown(op)));
        }
        ++checked;
    }
    QVERIFY(checked > 50);
}

void TestRequestGenerator::fieldsNameDescribedAttributes()
{
    // Shows and lists with fields=: an attribute of the resource, or the deliberately unknown colour.
    int fields = 0;
    for (const quint32 seed : {20261126u, 7u}) {
        for (const Operation &op : run(seed)) {
            if (op.type != Operation::Type::Show && op.type != Operation::Type::List)
                continue;
            const QSet<QString> described = describedKeys(op.resource);
            for (const QString &item : op.path.section(u'?', 1).split(u'&')) {
                if (!item.startsWith(u"fields="))
                    continue;
                const QString field = item.mid(7);
                QVERIFY2(described.contains(field) || field == u"colour", qPrintable(shown(op)));
                ++fields;
            }
        }
    }
    QVERIFY(fields > 20);
}

void TestRequestGenerator::answersDecide()
{
    // The same seed against a cloud that refuses every create: nothing ever exists, so every
    // target is a made-up id, and the sequence differs from the one where creates succeed.
    World world(kNetwork);
    RequestGenerator generator(20261126, world);
    QList<Operation> refused;
    for (int i = 0; i < kSteps; ++i) {
        const Operation op = generator.next();
        world.apply(op, op.type == Operation::Type::Create ? 400 : 404, {});
        refused.append(op);
    }
    for (const ResourceKind kind : kAllResourceKinds)
        QVERIFY(world.resources(kind).isEmpty());
    for (const Operation &op : std::as_const(refused))
        QCOMPARE(op.target, -1);
    QVERIFY(shown(refused) != shown(run(20261126)));
}

QTEST_GUILESS_MAIN(TestRequestGenerator)
#include "tst_requestgenerator.moc"
