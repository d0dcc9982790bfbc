// SPDX-License-Identifier: Apache-2.0
// Proposals as charon logs them, as keywords, as Neutron API values, and compared.
#include "diagnosis/proposal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::diagnosis;

class TestProposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data()
    {
        QTest::addColumn<QString>("transform");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("api"); // the Neutron value, empty when none
        QTest::newRow("aes cbc") << u"AES_CBC_128"_s << u"aes128"_s << u"aes-128"_s;
        QTest::newRow("aes 256") << u"AES_CBC_256"_s << u"aes256"_s << u"aes-256"_s;
        QTest::newRow("3des") << u"3DES_CBC"_s << u"3des"_s << u"3des"_s;
        QTest::newRow("ctr") << u"AES_CTR_192"_s << u"aes192ctr"_s << u"aes-192-ctr"_s;
        QTest::newRow("gcm") << u"AES_GCM_16_256"_s << u"aes256gcm16"_s << u"aes-256-gcm-16"_s;
        QTest::newRow("ccm") << u"AES_CCM_8_128"_s << u"aes128ccm8"_s << u"aes-128-ccm-8"_s;
        QTest::newRow("sha1") << u"HMAC_SHA1_96"_s << u"sha1"_s << u"sha1"_s;
        QTest::newRow("sha256") << u"HMAC_SHA2_256_128"_s << u"sha256"_s << u"sha256"_s;
        QTest::newRow("sha384") << u"HMAC_SHA2_384_192"_s << u"sha384"_s << u"sha384"_s;
        QTest::newRow("sha512") << u"HMAC_SHA2_512_256"_s << u"sha512"_s << u"sha512"_s;
        QTest::newRow("md5") << u"HMAC_MD5_96"_s << u"md5"_s << QString();
        QTest::newRow("xcbc") << u"AES_XCBC_96"_s << u"aesxcbc"_s << u"aes-xcbc"_s;
        QTest::newRow("prf") << u"PRF_HMAC_SHA2_256"_s << u"prfsha256"_s << QString();
        QTest::newRow("modp1536") << u"MODP_1536"_s << u"modp1536"_s << u"group5"_s;
        QTest::newRow("modp2048") << u"MODP_2048"_s << u"modp2048"_s << u"group14"_s;
        QTest::newRow("modp subgroup") << u"MODP_2048_256"_s << u"modp2048s256"_s << u"group24"_s;
        QTest::newRow("ecp") << u"ECP_256"_s << u"ecp256"_s << u"group19"_s;
        QTest::newRow("brainpool") << u"ECP_384_BP"_s << u"ecp384bp"_s << u"group29"_s;
        QTest::newRow("curve25519") << u"CURVE_25519"_s << u"curve25519"_s << u"group31"_s;
        QTest::newRow("unknown") << u"CAMELLIA_CBC_128"_s << u"camellia_cbc_128"_s << QString();
    }

    void keywords()
    {
        QFETCH(QString, transform);
        QFETCH(QString, keyword);
        QFETCH(QString, api);
        QCOMPARE(transformKeyword(transform), keyword);
        QCOMPARE(apiValueOfKeyword(keyword), api);
    }

    void parsesLists()
    {
        const QList<Proposal> proposals = parseProposals(
            u"IKE:AES_CBC_128/AES_CBC_192/HMAC_SHA1_96/HMAC_SHA2_256_128/PRF_HMAC_SHA1/MODP_1536/MODP_2048, "
            "IKE:AES_GCM_16_128/PRF_HMAC_SHA2_256/ECP_256"_s);
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals[0].protocol, u"IKE"_s);
        QCOMPARE(proposals[0].encryption, (QStringList{u"aes128"_s, u"aes192"_s}));
        QCOMPARE(proposals[0].integrity, (QStringList{u"sha1"_s, u"sha256"_s}));
        QCOMPARE(proposals[0].prf, QStringList{u"prfsha1"_s});
        QCOMPARE(proposals[0].dhGroups, (QStringList{u"modp1536"_s, u"modp2048"_s}));
        QCOMPARE(proposals[0].keywords(), u"aes128-sha1-modp1536"_s);
        QCOMPARE(proposals[1].keywords(), u"aes128gcm16-ecp256"_s);
        QCOMPARE(proposals[1].integrity, QStringList());

        const QList<Proposal> esp = parseProposals(u"ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ"_s);
        QCOMPARE(esp.size(), 1);
        QCOMPARE(esp[0].keywords(), u"aes256-sha256"_s);
        QCOMPARE(esp[0].dhGroups, QStringList());
        QCOMPARE(parseProposals(u"garbage, :x"_s).size(), 0);
    }

    void compares_data()
    {
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<bool>("encryption");
        QTest::addColumn<bool>("integrity");
        QTest::addColumn<bool>("dh");
        QTest::newRow("same") << u"IKE:AES_CBC_128/HMAC_SHA1_96/MODP_1536"_s
                              << u"IKE:AES_CBC_128/HMAC_SHA1_96/MODP_1536"_s << false << false << false;
        QTest::newRow("all differ") << u"IKE:AES_CBC_128/HMAC_SHA1_96/MODP_1536"_s
                                    << u"IKE:AES_CBC_256/HMAC_SHA2_256_128/MODP_2048"_s << true << true << true;
        QTest::newRow("shared among several")
            << u"IKE:AES_CBC_128/HMAC_SHA1_96/MODP_1536"_s
            << u"IKE:AES_CBC_256/AES_CBC_128/HMAC_SHA1_96/MODP_2048/MODP_1536"_s << false << false << false;
        QTest::newRow("pfs only") << u"ESP:AES_CBC_128/HMAC_SHA1_96/MODP_1536"_s
                                  << u"ESP:AES_CBC_128/HMAC_SHA1_96/MODP_2048"_s << false << false << true;
        QTest::newRow("pfs on one side") << u"ESP:AES_CBC_128/HMAC_SHA1_96/MODP_1536"_s
                                         << u"ESP:AES_CBC_128/HMAC_SHA1_96/NO_EXT_SEQ"_s << false << false << true;
        QTest::newRow("aead vs integrity")
            << u"ESP:AES_GCM_16_128"_s << u"ESP:AES_CBC_128/HMAC_SHA1_96"_s << true << false << false;
    }

    void compares()
    {
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        const ProposalDifference difference
            = compareProposals(parseProposals(ours).constFirst(), parseProposals(theirs).constFirst());
        QTEST(difference.encryption, "encryption");
        QTEST(difference.integrity, "integrity");
        QTEST(difference.dhGroup, "dh");
    }
};

QTEST_GUILESS_MAIN(TestProposal)
#include "tst_proposal.moc"
