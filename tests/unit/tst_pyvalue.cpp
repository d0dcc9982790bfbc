// SPDX-License-Identifier: Apache-2.0
#include "sandbox/pyvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vpnaas::sandbox;

namespace {
/*! One JSON value from its text ("null", "'a'" is not JSON: strings are written "\"a\""). */
QJsonValue value(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().first();
}
} // namespace

class TestPyValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repr_data();
    void repr();
    void toInt_data();
    void toInt();
    void toBool_data();
    void toBool();
    void uuidLike_data();
    void uuidLike();
    void compare_data();
    void compare();
};

void TestPyValue::repr_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("repr");
    QTest::addColumn<QString>("str");
    QTest::addRow("null") << QByteArray("null") << u"None"_s << u"None"_s;
    QTest::addRow("true") << QByteArray("true") << u"True"_s << u"True"_s;
    QTest::addRow("integer") << QByteArray("12") << u"12"_s << u"12"_s;
    QTest::addRow("float") << QByteArray("1.5") << u"1.5"_s << u"1.5"_s;
    // Beyond qint64: a float (found by fuzz_sandbox, undefined behaviour before).
    QTest::addRow("huge") << QByteArray("3e111") << u"3e+111"_s << u"3e+111"_s;
    QTest::addRow("huge negative") << QByteArray("-1e19") << u"-1e+19"_s << u"-1e+19"_s;
    QTest::addRow("largest whole qint64 double")
        << QByteArray("9223372036854774784") << u"9223372036854774784"_s << u"9223372036854774784"_s;
    QTest::addRow("text") << QByteArray(R"("abc")") << u"'abc'"_s << u"abc"_s;
    QTest::addRow("quote inside") << QByteArray(R"("it's")") << uR"("it's")"_s << u"it's"_s;
    QTest::addRow("both quotes") << QByteArray(R"("a'b\"c")") << uR"('a\'b"c')"_s << uR"(a'b"c)"_s;
    QTest::addRow("control characters") << QByteArray(R"("a\nb\t\u0001")") << uR"('a\nb\t\x01')"_s << u"a\nb\t\x01"_s;
    QTest::addRow("list") << QByteArray(R"([1, "x", null])") << u"[1, 'x', None]"_s << u"[1, 'x', None]"_s;
    QTest::addRow("dict") << QByteArray(R"({"a": [], "b": false})") << u"{'a': [], 'b': False}"_s
                          << u"{'a': [], 'b': False}"_s;
}

void TestPyValue::repr()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, repr);
    QFETCH(QString, str);
    QCOMPARE(py::repr(value(json)), repr);
    QCOMPARE(py::str(value(json)), str);
}

void TestPyValue::toInt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<std::optional<qint64>>("result");
    QTest::addRow("number") << QByteArray("42") << std::optional<qint64>(42);
    QTest::addRow("float truncates") << QByteArray("4.9") << std::optional<qint64>(4);
    QTest::addRow("bool") << QByteArray("true") << std::optional<qint64>(1);
    QTest::addRow("text with spaces and sign") << QByteArray(R"(" -7 ")") << std::optional<qint64>(-7);
    QTest::addRow("text float") << QByteArray(R"("1.5")") << std::optional<qint64>();
    QTest::addRow("word") << QByteArray(R"("soon")") << std::optional<qint64>();
    QTest::addRow("null") << QByteArray("null") << std::optional<qint64>();
    QTest::addRow("list") << QByteArray("[1]") << std::optional<qint64>();
    // Beyond qint64 (found by fuzz_sandbox, undefined behaviour before): the ends of the range.
    QTest::addRow("huge") << QByteArray("1.47778e91") << std::optional<qint64>(std::numeric_limits<qint64>::max());
    QTest::addRow("huge negative") << QByteArray("-3e111") << std::optional<qint64>(std::numeric_limits<qint64>::min());
    QTest::addRow("2^63") << QByteArray("9223372036854775808")
                          << std::optional<qint64>(std::numeric_limits<qint64>::max());
}

void TestPyValue::toInt()
{
    QFETCH(QByteArray, json);
    QFETCH(std::optional<qint64>, result);
    QCOMPARE(py::toInt(value(json)), result);
}

void TestPyValue::toBool_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<std::optional<bool>>("result");
    QTest::addRow("false") << QByteArray("false") << std::optional<bool>(false);
    QTest::addRow("Yes") << QByteArray(R"("Yes")") << std::optional<bool>(true);
    QTest::addRow("off") << QByteArray(R"(" off ")") << std::optional<bool>(false);
    QTest::addRow("1") << QByteArray("1") << std::optional<bool>(true);
    QTest::addRow("2") << QByteArray("2") << std::optional<bool>();
    QTest::addRow("maybe") << QByteArray(R"("maybe")") << std::optional<bool>();
    QTest::addRow("null") << QByteArray("null") << std::optional<bool>();
}

void TestPyValue::toBool()
{
    QFETCH(QByteArray, json);
    QFETCH(std::optional<bool>, result);
    QCOMPARE(py::toBool(value(json)), result);
}

void TestPyValue::uuidLike_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("uuid");
    QTest::addRow("canonical") << QByteArray(R"("6b8618fe-a865-4a64-aeeb-63ef8ff65145")") << true;
    QTest::addRow("no dashes") << QByteArray(R"("6b8618fea8654a64aeeb63ef8ff65145")") << true;
    QTest::addRow("braces and urn") << QByteArray(R"("urn:uuid:{6b8618fe-a865-4a64-aeeb-63ef8ff65145}")") << true;
    QTest::addRow("too short") << QByteArray(R"("6b8618fe")") << false;
    QTest::addRow("not hex") << QByteArray(R"("zb8618fe-a865-4a64-aeeb-63ef8ff65145")") << false;
    QTest::addRow("number") << QByteArray("7") << false;
}

void TestPyValue::uuidLike()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, uuid);
    QCOMPARE(py::isUuidLike(value(json)), uuid);
}

void TestPyValue::compare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("result");
    QTest::addRow("None first") << QByteArray("null") << QByteArray(R"("a")") << -1;
    QTest::addRow("None equal") << QByteArray("null") << QByteArray("null") << 0;
    QTest::addRow("numbers") << QByteArray("10") << QByteArray("9") << 1;
    QTest::addRow("bool and number") << QByteArray("true") << QByteArray("1") << 0;
    QTest::addRow("text by code points") << QByteArray(R"("B")") << QByteArray(R"("a")") << -1;
}

void TestPyValue::compare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, result);
    QCOMPARE(py::compare(value(a), value(b)), result);
    QCOMPARE(py::compare(value(b), value(a)), -result);
}

QTEST_GUILESS_MAIN(TestPyValue)
#include "tst_pyvalue.moc"
