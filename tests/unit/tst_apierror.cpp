// SPDX-License-Identifier: Apache-2.0
#include "openstack/apierror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::openstack;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userMessage_data();
    void userMessage();
};

void TestApiError::userMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    // Neutron answers 409 for resources in use, for an exhausted quota and for other conflicts:
    // the headline says which (a quota is not "in use").
    QTest::addRow("409 in use") << 409 << u"IKEPolicyInUse"_s << u"IKEPolicy abc is in use"_s
                                << u"In use: IKEPolicy abc is in use (HTTP 409)"_s;
    QTest::addRow("409 over quota") << 409 << u"OverQuota"_s << u"Quota exceeded for resources: ['ikepolicy']."_s
                                    << u"Quota exceeded: Quota exceeded for resources: ['ikepolicy']. (HTTP 409)"_s;
    QTest::addRow("409 other conflict") << 409 << u"IpAddressAlreadyAllocated"_s << u"taken"_s
                                        << u"Conflict with the cloud's current state: taken (HTTP 409)"_s;
    QTest::addRow("409 without a type") << 409 << QString() << QString()
                                        << u"Conflict with the cloud's current state. (HTTP 409)"_s;
    QTest::addRow("404") << 404 << u"IKEPolicyNotFound"_s << u"gone"_s << u"Not found: gone (HTTP 404)"_s;
}

void TestApiError::userMessage()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    ApiError error;
    error.kind = ApiError::kindForStatus(status);
    error.httpStatus = status;
    error.type = type;
    error.message = message;
    QCOMPARE(error.userMessage(), expected);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
