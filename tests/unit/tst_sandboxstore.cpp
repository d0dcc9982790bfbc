// SPDX-License-Identifier: Apache-2.0
#include "killedwriter.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace vpnaas::sandbox;

namespace {

QJsonObject body(const QString &id, int n)
{
    return {{u"id"_s, id}, {u"name"_s, u"item-%1"_s.arg(n)}, {u"padding"_s, QString(200, u'x')}};
}

/*! Child mode: writes resources one transaction at a time and reports each commit on stdout. */
int writer(const QString &path)
{
    SandboxStore store(path);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int n = 0;; ++n) {
        const QString id = u"id-%1"_s.arg(n);
        // Two rows per transaction: a resource and an update of another one, like a subnet create.
        if (!store.apply({{u"ikepolicies"_s, id, body(id, n)}, {u"meta"_s, u"last"_s, body(id, n)}}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    }
}

int mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryOnly();
    void persistsAcrossReopen();
    void survivesKillDuringWrites();
    void unusableFile();
    void filesArePrivate_data();
    void filesArePrivate();
    void batchIsAllOrNothing_data();
    void batchIsAllOrNothing();
};

void TestSandboxStore::memoryOnly()
{
    SandboxStore store;
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(store.isEmpty());
    QVERIFY(store.apply({{u"networks"_s, u"b"_s, body(u"b"_s, 1)}, {u"networks"_s, u"a"_s, body(u"a"_s, 2)}}, &error));
    QCOMPARE(store.list(u"networks"_s).size(), 2);
    QCOMPARE(store.list(u"networks"_s).first().value(u"id").toString(), u"b"_s); // creation order
    QVERIFY(store.apply({{u"networks"_s, u"b"_s, std::nullopt}}, &error));
    QVERIFY(!store.get(u"networks"_s, u"b"_s));
    QVERIFY(store.get(u"networks"_s, u"a"_s));
}

void TestSandboxStore::persistsAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/dir/sandbox.sqlite"_s);
    QString error;
    {
        SandboxStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.apply({{u"ikepolicies"_s, u"1"_s, body(u"1"_s, 1)}, {u"ikepolicies"_s, u"2"_s, body(u"2"_s, 2)}},
                            &error));
        QVERIFY(store.apply({{u"ikepolicies"_s, u"1"_s, body(u"1"_s, 10)}}, &error)); // update keeps its place
        QVERIFY(store.apply({{u"ikepolicies"_s, u"3"_s, body(u"3"_s, 3)}, {u"ikepolicies"_s, u"2"_s, std::nullopt}},
                            &error));
        QVERIFY(store.setMeta(u"seeded"_s, u"yes"_s, &error));
    }
    SandboxStore again(path);
    QVERIFY(again.open(&error));
    const QList<QJsonObject> items = again.list(u"ikepolicies"_s);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).value(u"name").toString(), u"item-10"_s);
    QCOMPARE(items.at(1).value(u"id").toString(), u"3"_s);
    QCOMPARE(again.meta(u"seeded"_s), u"yes"_s);
    QVERIFY(again.clear(&error));
    SandboxStore cleared(path);
    QVERIFY(cleared.open(&error));
    QVERIFY(cleared.isEmpty());
}

void TestSandboxStore::survivesKillDuringWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    QString failure;
    const QStringList committed = vpnaas::test::commitsBeforeKill(path, 200, &failure);
    QVERIFY2(!committed.isEmpty(), qPrintable(failure));

    SandboxStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    for (const QString &id : std::as_const(committed))
        QVERIFY2(store.get(u"ikepolicies"_s, id), qPrintable(id + u" was committed but is gone"_s));
    // Every transaction is whole: the "meta" row always names the last resource that exists.
    const QString last = store.get(u"meta"_s, u"last"_s)->value(u"id").toString();
    QVERIFY(store.get(u"ikepolicies"_s, last));
    QVERIFY(store.list(u"ikepolicies"_s).size() >= committed.size());
    QVERIFY(store.list(u"ikepolicies"_s).size() <= committed.size() + 1);
}

void TestSandboxStore::unusableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-db.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'Z'));
    file.close();
    SandboxStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestSandboxStore::filesArePrivate_data()
{
    QTest::addColumn<int>("umask");
    QTest::addColumn<int>("existingMode"); // of a file an older version left; 0: none
    QTest::addRow("new, umask 022") << 022 << 0;
    QTest::addRow("new, umask 000") << 0 << 0;
    QTest::addRow("new, umask 077") << 077 << 0;
    QTest::addRow("existing 0644, umask 022") << 022 << 0644;
    QTest::addRow("existing 0666, umask 000") << 0 << 0666;
}

// The PSKs typed into the sandbox are in this file in clear: it and its WAL/SHM files are the
// owner's alone (0600), in a new folder that is too (0700), whatever the umask.
void TestSandboxStore::filesArePrivate()
{
    QFETCH(int, umask);
    QFETCH(int, existingMode);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"data"_s);
    const QString path = folder + u"/sandbox.sqlite"_s;
    if (existingMode) {
        QVERIFY(QDir().mkpath(folder));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(existingMode)) == 0);
    }
    const mode_t old = ::umask(mode_t(umask));
    SandboxStore store(path);
    QString error;
    const bool opened = store.open(&error);
    const bool applied = opened && store.apply({{u"ikepolicies"_s, u"1"_s, body(u"1"_s, 1)}}, &error);
    ::umask(old);
    QVERIFY2(opened && applied, qPrintable(error));
    if (!existingMode)
        QCOMPARE(mode(folder), 0700);
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        QCOMPARE(mode(file), 0600);
}

void TestSandboxStore::batchIsAllOrNothing_data()
{
    QTest::addColumn<bool>("inMemory");
    QTest::addColumn<bool>("commit");
    QTest::addRow("file, committed") << false << true;
    QTest::addRow("file, rolled back") << false << false;
    QTest::addRow("memory, committed") << true << true;
    QTest::addRow("memory, rolled back") << true << false;
}

// Between beginBatch() and commitBatch() the writes are one transaction; a rollback restores
// the store, on disk and in memory, as it was (clear() included).
void TestSandboxStore::batchIsAllOrNothing()
{
    QFETCH(bool, inMemory);
    QFETCH(bool, commit);
    QTemporaryDir dir;
    const QString path = inMemory ? QString() : dir.filePath(u"sandbox.sqlite"_s);
    QString error;
    {
        SandboxStore store(path);
        QVERIFY(store.open(&error));
        QVERIFY(store.apply({{u"networks"_s, u"before"_s, body(u"before"_s, 0)}}, &error));
        QVERIFY2(store.beginBatch(&error), qPrintable(error));
        QVERIFY(!store.beginBatch(&error));
        QVERIFY(store.clear(&error));
        QVERIFY(store.apply({{u"networks"_s, u"a"_s, body(u"a"_s, 1)}}, &error));
        QVERIFY(store.apply({{u"networks"_s, u"b"_s, body(u"b"_s, 2)}}, &error));
        QCOMPARE(store.list(u"networks"_s).size(), 2); // visible inside the batch
        if (commit) {
            QVERIFY2(store.commitBatch(&error), qPrintable(error));
        } else {
            store.rollbackBatch();
        }
        QVERIFY(!store.inBatch());
        const QStringList expected = commit ? QStringList{u"a"_s, u"b"_s} : QStringList{u"before"_s};
        QStringList ids;
        for (const QJsonObject &item : store.list(u"networks"_s))
            ids.append(item.value(u"id").toString());
        QCOMPARE(ids, expected);
        QVERIFY(store.apply({{u"networks"_s, u"after"_s, body(u"after"_s, 3)}}, &error)); // writes go on
    }
    if (inMemory)
        return;
    SandboxStore again(path);
    QVERIFY(again.open(&error));
    QCOMPARE(again.list(u"networks"_s).size(), commit ? 3 : 2);
    QCOMPARE(again.list(u"networks"_s).last().value(u"id").toString(), u"after"_s);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return writer(QString::fromLocal8Bit(argv[2]));
    TestSandboxStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sandboxstore.moc"
