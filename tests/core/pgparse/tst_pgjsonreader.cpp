// The JSON reader behind the PostgreSQL parser: what libpg_query writes reads back exactly, and
// malformed or hostile text gives an error instead of a crash or a half-read tree.

#include "db/postgres/parse/pgjsonreader.h"

#include <QTest>

using namespace strata::pgjson;
using namespace Qt::StringLiterals;

class TestPgJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNodesAndDefaults();
    void unescapesStrings();
    void numbers();
    void appendsTreesToOneDocument();
    void malformedInputIsAnError_data();
    void malformedInputIsAnError();
    void nestingIsLimited();
};

void TestPgJsonReader::readsNodesAndDefaults()
{
    QString error;
    const auto document = Document::parse(
        R"({"stmts":[{"stmt":{"CreateStmt":{"relation":{"relname":"t"},"if_not_exists":true,)"
        R"("tableElts":[{"ColumnDef":{"colname":"a"}},{"ColumnDef":{"colname":"b"}}]}}}]})"_ba,
        &error);
    QVERIFY2(document, qPrintable(error));
    const Value statement = document->root().value("stmts"_L1).at(0).value("stmt"_L1);
    QCOMPARE(statement.firstKey(), "CreateStmt"_L1);
    const Value body = statement.firstValue();
    QCOMPARE(body.value("relation"_L1).value("relname"_L1).toString(), u"t"_s);
    QVERIFY(body.value("if_not_exists"_L1).toBool());
    QVERIFY(!body.value("missing_ok"_L1).toBool());
    QVERIFY(body.value("missing_ok"_L1).isUndefined());
    QVERIFY(!body.contains("missing_ok"_L1));
    const Value elements = body.value("tableElts"_L1).toArray();
    QCOMPARE(elements.size(), 2);
    QStringList names;
    for (const Value element : elements)
        names.append(element.firstValue().value("colname"_L1).toString());
    QCOMPARE(names, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(elements.last().firstValue().value("colname"_L1).toString(), u"b"_s);
    // Reading through values of the wrong kind gives undefined values, never a crash.
    QVERIFY(elements.value("x"_L1).isUndefined());
    QVERIFY(body.at(0).isUndefined());
    QVERIFY(Value().value("x"_L1).value("y"_L1).isUndefined());
    QCOMPARE(Value().size(), 0);
    QVERIFY(Value().begin() == Value().end());
}

void TestPgJsonReader::unescapesStrings()
{
    QString error;
    const auto document = Document::parse(
        R"(["a\"b\\c\/d","\n\t\r\b\f","\u00e9\u20ac","\ud83d\ude00","caf\u00e9 é",""])"_ba, &error);
    QVERIFY2(document, qPrintable(error));
    const Value list = document->root();
    QCOMPARE(list.at(0).toString(), u"a\"b\\c/d"_s);
    QCOMPARE(list.at(1).toString(), u"\n\t\r\b\f"_s);
    QCOMPARE(list.at(2).toString(), u"\u00e9\u20ac"_s);
    QCOMPARE(list.at(3).toString(), QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(list.at(4).toString(), u"caf\u00e9 \u00e9"_s);
    QVERIFY(list.at(5).isString());
    QVERIFY(list.at(5).toString().isEmpty());
}

void TestPgJsonReader::numbers()
{
    QString error;
    const auto document = Document::parse(
        R"([0,-5,2147483648,9223372036854775807,1.5,2.0,1e3,99999999999999999999,null])"_ba,
        &error);
    QVERIFY2(document, qPrintable(error));
    const Value list = document->root();
    QCOMPARE(list.at(0).toInt(7), 0);
    QCOMPARE(list.at(1).toInt(), -5);
    QCOMPARE(list.at(2).toInt(7), 7);
    QCOMPARE(list.at(2).toInteger(), 2147483648LL);
    QCOMPARE(list.at(3).toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(list.at(4).toInt(7), 7);
    QCOMPARE(list.at(5).toInt(), 2);
    QCOMPARE(list.at(6).toInteger(), 1000);
    QCOMPARE(list.at(7).toInteger(7), 7);
    QVERIFY(list.at(8).isNull());
    QCOMPARE(list.at(8).toInt(7), 7);
}

void TestPgJsonReader::appendsTreesToOneDocument()
{
    Document document;
    QString error;
    const Value first = document.append(R"({"a":"one"})"_ba, &error);
    const Value broken = document.append(R"({"a":)"_ba, &error);
    QVERIFY(broken.isUndefined());
    QVERIFY(!error.isEmpty());
    const Value second = document.append(R"({"a":"two"})"_ba, &error);
    QCOMPARE(first.value("a"_L1).toString(), u"one"_s);
    QCOMPARE(second.value("a"_L1).toString(), u"two"_s);
    QCOMPARE(document.root().value("a"_L1).toString(), u"one"_s);
}

void TestPgJsonReader::malformedInputIsAnError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << "  "_ba;
    QTest::newRow("open object") << R"({"a":1)"_ba;
    QTest::newRow("open array") << "[1,2"_ba;
    QTest::newRow("open string") << R"(["abc)"_ba;
    QTest::newRow("escape at end") << R"(["abc\)"_ba;
    QTest::newRow("bad escape") << R"(["\x"])"_ba;
    QTest::newRow("short unicode escape") << R"(["\u12"])"_ba;
    QTest::newRow("lone high surrogate") << R"(["\ud800"])"_ba;
    QTest::newRow("lone low surrogate") << R"(["\udc00"])"_ba;
    QTest::newRow("raw newline in string") << "[\"a\nb\"]"_ba;
    QTest::newRow("missing colon") << R"({"a" 1})"_ba;
    QTest::newRow("unquoted key") << "{a:1}"_ba;
    QTest::newRow("trailing comma") << "[1,]"_ba;
    QTest::newRow("bad literal") << "[tru]"_ba;
    QTest::newRow("bad number") << "[-]"_ba;
    QTest::newRow("bad fraction") << "[1.]"_ba;
    QTest::newRow("bad exponent") << "[1e]"_ba;
    QTest::newRow("garbage after") << "{} x"_ba;
    QTest::newRow("two documents") << "{}{}"_ba;
}

void TestPgJsonReader::malformedInputIsAnError()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Document::parse(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Document::parse(json, nullptr));
}

void TestPgJsonReader::nestingIsLimited()
{
    const auto nested = [](int depth) -> QByteArray {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    };
    QString error;
    QVERIFY2(Document::parse(nested(Document::kNestingLimit), &error), qPrintable(error));
    QVERIFY(!Document::parse(nested(Document::kNestingLimit + 1), &error));
    QVERIFY2(error.contains("too deeply nested"_L1), qPrintable(error));
    QVERIFY(!Document::parse(QByteArray(1000000, '['), &error));
}

QTEST_GUILESS_MAIN(TestPgJsonReader)
#include "tst_pgjsonreader.moc"
