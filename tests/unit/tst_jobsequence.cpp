// SPDX-License-Identifier: Apache-2.0
// Jobs one after another over the sandbox: order, results handed to later steps, skipped
// steps, the first failure stops the rest and says where and why.
#include "workspace/jobsequence.h"

#include "openstack/neutronjobs.h"
#include "openstack/session.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxnetworkaccessmanager.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::openstack;

class TestJobSequence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsInOrder();
    void stopsAtTheFirstFailure();
    void emptySequenceFinishesLater();
    void destroyingMidStepRunsNothingMore();

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<NeutronClient> m_client;
};

void TestJobSequence::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(u":memory:"_s);
    QString error;
    QVERIFY2(m_sandbox->open(&error), qPrintable(error));
    m_session = std::make_unique<Session>(m_sandbox->cloudProfile(), m_sandbox->networkAccessManager());
    m_client = std::make_unique<NeutronClient>(m_session.get(), m_sandbox->networkAccessManager());
}

void TestJobSequence::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_sandbox.reset();
}

void TestJobSequence::runsInOrder()
{
    JobSequence sequence;
    QString createdId;
    QStringList started;
    IkePolicyDraft draft;
    draft.name = u"first"_s;
    sequence.append({u"create"_s, [&]() -> Job * { return new CreateIkePolicyJob(m_client.get(), draft); },
                     [&](Job *job) { createdId = static_cast<CreateIkePolicyJob *>(job)->created().id; }});
    sequence.append({u"skipped"_s, []() -> Job * { return nullptr; }});
    // Uses what the first step returned.
    sequence.append({u"delete"_s, [&]() -> Job * { return new DeleteIkePolicyJob(m_client.get(), createdId); }});
    connect(&sequence, &JobSequence::stepStarted, this,
            [&](int, const QString &description) { started.append(description); });
    QSignalSpy finished(&sequence, &JobSequence::finished);
    sequence.start();
    QVERIFY(sequence.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished[0][0].toBool(), true);
    QCOMPARE(started, (QStringList{u"create"_s, u"delete"_s}));
    QCOMPARE(sequence.completedSteps(), 3);
    QCOMPARE(sequence.failedStep(), -1);
    QVERIFY(!createdId.isEmpty());
    QVERIFY(!m_sandbox->server()->state().ikePolicy(createdId));
}

void TestJobSequence::stopsAtTheFirstFailure()
{
    JobSequence sequence;
    const QString inUse = m_sandbox->server()->state().ikePolicies.first().id;
    bool thirdRan = false;
    IkePolicyDraft draft;
    draft.name = u"kept"_s;
    sequence.append({u"create"_s, [&]() -> Job * { return new CreateIkePolicyJob(m_client.get(), draft); }});
    sequence.append({u"delete in use"_s, [&]() -> Job * { return new DeleteIkePolicyJob(m_client.get(), inUse); }});
    sequence.append({u"never"_s, [&]() -> Job * {
                         thirdRan = true;
                         return nullptr;
                     }});
    QSignalSpy finished(&sequence, &JobSequence::finished);
    sequence.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished[0][0].toBool(), false);
    QCOMPARE(sequence.failedStep(), 1);
    QCOMPARE(sequence.completedSteps(), 1);
    QCOMPARE(sequence.error().httpStatus, 409);
    QCOMPARE(sequence.error().type, u"IKEPolicyInUse"_s);
    QVERIFY(!thirdRan);
    QVERIFY(!sequence.isRunning());
}

void TestJobSequence::emptySequenceFinishesLater()
{
    JobSequence sequence;
    QSignalSpy finished(&sequence, &JobSequence::finished);
    sequence.start();
    QCOMPARE(finished.size(), 0); // never inside start()
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toBool(), true);
}

void TestJobSequence::destroyingMidStepRunsNothingMore()
{
    // A request that never answers; destroying the sequence cancels it. With continueOnFailure
    // that cancel must not start the next step: its lambda may capture a destroyed owner.
    m_sandbox->networkAccessManager()->injectFault({"POST",
                                                    u"/v2.0/vpn/ikepolicies"_s,
                                                    0,
                                                    {},
                                                    {},
                                                    1,
                                                    {},
                                                    sandbox::SandboxNetworkAccessManager::Fault::Mode::Hang});
    auto sequence = std::make_unique<JobSequence>();
    sequence->setContinueOnFailure(true);
    int laterSteps = 0;
    IkePolicyDraft draft;
    draft.name = u"hangs"_s;
    sequence->append({u"hangs"_s, [&]() -> Job * { return new CreateIkePolicyJob(m_client.get(), draft); }});
    sequence->append({u"after"_s, [&]() -> Job * {
                          ++laterSteps;
                          return nullptr;
                      }});
    QSignalSpy started(sequence.get(), &JobSequence::stepStarted);
    sequence->start();
    QTRY_COMPARE(started.size(), 1);
    QTRY_COMPARE(m_sandbox->networkAccessManager()->pendingFaults(), 0); // the request is out
    sequence.reset();
    QCOMPARE(laterSteps, 0);
}

QTEST_GUILESS_MAIN(TestJobSequence)
#include "tst_jobsequence.moc"
