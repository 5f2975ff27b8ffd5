#include "hcl/parse/document.h"
#include "hcl/parse/evaluator.h"
#include "hcl/parse/lexer.h"
#include "hcl/parse/parser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "projecttestsupport.h"

using namespace strata;
using namespace projecttest;

namespace {

hcl::Value object(std::initializer_list<std::pair<const char *, hcl::Value>> fields)
{
    hcl::ValueMap map;
    for (const auto &[key, value] : fields)
        map.insert(QString::fromUtf8(key), value);
    return hcl::Value::object(map);
}

hcl::Value strings(std::initializer_list<const char *> items)
{
    hcl::ValueList list;
    for (const char *item : items)
        list.push_back(hcl::Value::string(QString::fromUtf8(item)));
    return hcl::Value::tuple(list);
}

hcl::EvalContext testContext()
{
    hcl::EvalContext context;
    context.baseDirectory = kData;
    const hcl::Value users = hcl::Value::tuple(
        {object({{"name", hcl::Value::string(QStringLiteral("ann"))}, {"tags", strings({"a"})}}),
         object({{"name", hcl::Value::string(QStringLiteral("bob"))},
                 {"tags", strings({"b", "c"})}})});
    context.variables.insert(QStringLiteral("var"),
                             object({{"name", hcl::Value::string(QStringLiteral("world"))},
                                     {"empty", hcl::Value::string(QString())},
                                     {"list", strings({"a", "b", "c"})},
                                     {"n", hcl::Value::number(3)},
                                     {"obj", object({{"k", hcl::Value::string(QStringLiteral("v"))},
                                                     {"x y", hcl::Value::number(1)}})},
                                     {"users", users}}));
    context.variables.insert(QStringLiteral("local"), object({}));
    return context;
}

/// Evaluates `v = <expression>` of a file named atlas.hcl; the result printed as HCL, or the
/// first line of the error.
QString evaluateAttribute(const QByteArray &expression)
{
    const hcl::SourceFile file(QStringLiteral("atlas.hcl"), "v = " + expression + '\n');
    Expected<hcl::Body> body = hcl::parseFile(file);
    if (!body)
        return body.error().message.section(QLatin1Char('\n'), 0, 0);
    const hcl::Evaluator evaluator(file, testContext());
    Expected<hcl::Value> value = evaluator.evaluate(*body->attributes.front().expression);
    if (!value)
        return value.error().message.section(QLatin1Char('\n'), 0, 0);
    return value->toHcl();
}

QString firstErrorLine(const QByteArray &text)
{
    Expected<hcl::Document> document = hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
    return document ? QStringLiteral("<parsed>")
                    : document.error().message.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestHclParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void rejectsSyntax_data();
    void rejectsSyntax();
    void rejectsEvaluation_data();
    void rejectsEvaluation();
    void showsCaretExcerpt();
    void masksPasswordsInExcerpts();
    void rejectsDeepNesting();
    void readsEnvironment();
    void evaluatesFixture_data();
    void evaluatesFixture();
};

void TestHclParser::evaluates_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *expression, const char *expected) {
        QTest::newRow(name) << QByteArray(expression) << QString::fromUtf8(expected);
    };
    row("integer", "42", "42");
    row("float", "3.25", "3.25");
    row("float zero fraction", "2.50", "2.5");
    row("exponent", "1e3", "1000");
    row("negative exponent", "25e-1", "2.5");
    row("unary minus", "-7", "-7");
    row("precedence", "1 + 2 * 3", "7");
    row("parentheses", "(1 + 2) * 3", "9");
    row("mixed arithmetic", "2 * 3 - 4 / 2 % 3", "4");
    row("division", "10 / 4", "2.5");
    row("thirds", "1 / 3", "0.3333333333333333");
    row("modulo", "7 % 3", "1");
    row("numeric string", "\"5\" + 1", "6");
    row("true", "true", "true");
    row("not", "!true", "false");
    row("null", "null", "null");
    row("and before or", "false && true || true", "true");
    row("comparison chain", "1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4", "false");
    row("equality", "\"a\" == \"a\" && 1 != 2", "true");
    row("typed equality", "1 == \"1\"", "false");
    row("escapes", "\"tab\\tquote\\\"back\\\\\"", "\"tab\\tquote\\\"back\\\\\"");
    row("unicode escape", "\"\\u00e9\"", "\"é\"");
    row("long unicode escape", "\"\\U0001F600\"", "\"😀\"");
    row("escaped template", "length(\"$${x}%%{y}\")", "8");
    row("interpolation", "\"Hello, ${var.name}!\"", "\"Hello, world!\"");
    row("number in template", "\"n=${var.n + 1}\"", "\"n=4\"");
    row("template unwraps", "\"${var.list}\"", "[\"a\", \"b\", \"c\"]");
    row("if directive", "\"%{ if var.name == \"world\" }yes%{ else }no%{ endif }\"", "\"yes\"");
    row("if without else", "\"[%{ if var.empty != \"\" }x%{ endif }]\"", "\"[]\"");
    row("for directive", "\"%{ for i, x in var.list }${i}${x},%{ endfor }\"", "\"0a,1b,2c,\"");
    row("strip markers", "\"a  %{~ if true ~}  b  %{~ endif ~}  c\"", "\"abc\"");
    row("strip interpolation", "\"x ${~ var.name ~} y\"", "\"xworldy\"");
    row("heredoc", "<<EOT\nhi ${var.name}\n  there\nEOT", "\"hi world\\n  there\\n\"");
    row("indented heredoc", "<<-SQL\n    a\n      b\n\n    c\n    SQL", "\"a\\n  b\\n\\nc\\n\"");
    row("heredoc directive", "<<EOT\n%{ for x in var.list ~}\n${x}\n%{ endfor ~}\nEOT",
        "\"a\\nb\\nc\\n\"");
    row("tuple", "[1, \"a\", true,]", "[1, \"a\", true]");
    row("multi-line tuple", "[\n  1,\n  2\n]", "[1, 2]");
    row("object", "{ a = 1, \"b c\" = 2, d: 3 }", "{ a = 1, \"b c\" = 2, d = 3 }");
    row("multi-line object", "{\n  a = 1\n  b = [\n    2,\n  ]\n}", "{ a = 1, b = [2] }");
    row("computed key", "{ (var.name) = 1 }", "{ world = 1 }");
    row("index", "var.list[1]", "\"b\"");
    row("key index", "var.obj[\"x y\"]", "1");
    row("attribute", "var.obj.k", "\"v\"");
    row("legacy index", "var.list.0", "\"a\"");
    row("full splat", "var.users[*].name", "[\"ann\", \"bob\"]");
    row("attribute splat", "var.users.*.name", "[\"ann\", \"bob\"]");
    row("splat with index", "var.users[*].tags[0]", "[\"a\", \"b\"]");
    row("nested index", "var.users[0].tags[0]", "\"a\"");
    row("conditional", "var.empty == \"\" ? \"default\" : var.empty", "\"default\"");
    row("nested conditional", "var.n > 2 ? var.n > 5 ? \"big\" : \"mid\" : \"small\"", "\"mid\"");
    row("for tuple", "[for x in var.list : upper(x) if x != \"b\"]", "[\"A\", \"C\"]");
    row("for with index", "[for i, x in var.list : i * 10]", "[0, 10, 20]");
    row("for object", "{for k, v in var.obj : upper(k) => v}", "{ K = \"v\", \"X Y\" = 1 }");
    row("for grouping", "{for x in [\"a\", \"b\", \"a\"] : x => x...}",
        "{ a = [\"a\", \"a\"], b = [\"b\"] }");
    row("lower upper", "\"${lower(\"AbC\")}${upper(\"d\")}\"", "\"abcD\"");
    row("join", "join(\",\", var.list)", "\"a,b,c\"");
    row("split", "split(\",\", \"a,,b\")", "[\"a\", \"\", \"b\"]");
    row("replace", "replace(\"a-b-c\", \"-\", \"_\")", "\"a_b_c\"");
    row("replace regex", "replace(\"a1b22\", \"/([0-9]+)/\", \"<$1>\")", "\"a<1>b<22>\"");
    row("concat", "concat([\"a\"], [\"b\", \"c\"])", "[\"a\", \"b\", \"c\"]");
    row("length string", "length(\"héllo\")", "5");
    row("length list", "length(var.list)", "3");
    row("length object", "length(var.obj)", "2");
    row("coalesce", "coalesce(\"\", null, \"x\")", "\"x\"");
    row("toset", "toset([\"b\", \"a\", \"b\"])", "[\"a\", \"b\"]");
    row("jsonencode", "jsonencode({ a = [1, 2.5, true, null], b = \"<x>\" })",
        R"("{\"a\":[1,2.5,true,null],\"b\":\"\\u003cx\\u003e\"}")");
    row("format verbs", "format(\"%s-%d-%q-%v-%t-%%\", \"a\", 42, \"q\", 1.5, true)",
        R"("a-42-\"q\"-1.5-true-%")");
    row("format width", "format(\"[%5s|%-3d|%05.1f]\", \"ab\", 7, 3.14159)",
        "\"[   ab|7  |003.1]\"");
    row("format list", "format(\"%v\", [1, \"a\"])", R"("[1,\"a\"]")");
    row("expansion", "format(\"%s%s\", [\"a\", \"b\"]...)", "\"ab\"");
    row("urlsetpath", "urlsetpath(\"mysql://root:pass@localhost:3306/\", \"dev\")",
        "\"mysql://root:pass@localhost:3306/dev\"");
    row("urlsetpath keeps query", "urlsetpath(\"postgres://u@h:5432/app?sslmode=disable\", \"/o\")",
        "\"postgres://u@h:5432/o?sslmode=disable\"");
    row("urlqueryset",
        "urlqueryset(\"postgres://u@h/app?sslmode=disable\", \"search_path\", "
        "\"public\")",
        "\"postgres://u@h/app?search_path=public&sslmode=disable\"");
    row("urlqueryset replaces", "urlqueryset(\"mysql://h/db?b=1&a=1&a=2\", \"a\", \"x y\")",
        "\"mysql://h/db?a=x+y&b=1\"");
    row("urlescape", "urlescape(\"a b&c/d~\")", "\"a+b%26c%2Fd~\"");
    row("try", "try(var.missing, \"fallback\")", "\"fallback\"");
    row("can", "[can(var.missing), can(var.name)]", "[false, true]");
    row("trimspace", "trimspace(\"  x \\n\")", "\"x\"");
    row("tostring tonumber", "[tostring(1), tonumber(\"2.5\")]", "[\"1\", 2.5]");
    row("keys values", "[keys(var.obj), values(var.obj)]", "[[\"k\", \"x y\"], [\"v\", 1]]");
    row("merge", "merge({ a = 1 }, { a = 2, b = 3 })", "{ a = 2, b = 3 }");
    row("contains", "contains(var.list, \"b\")", "true");
    row("file", "file(\"files/schema.sql\")", "\"CREATE TABLE t (id int);\\n\"");
}

void TestHclParser::evaluates()
{
    QFETCH(QByteArray, expression);
    QFETCH(QString, expected);
    QCOMPARE(evaluateAttribute(expression), expected);
}

void TestHclParser::rejectsSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QByteArray(text) << QString::fromUtf8(expected);
    };
    row("missing equals", "env \"dev\" {\n  url \"postgres://\"\n}\n",
        "atlas.hcl:2:7: expected \"=\" after attribute name \"url\"");
    row("missing equals before value", "a 1\n",
        "atlas.hcl:1:3: expected \"=\" after attribute name \"a\"");
    row("unterminated string", "a = \"abc\n",
        "atlas.hcl:1:5: unterminated string: a quoted string must end with \" on the same line");
    row("unterminated string at end", "a = \"abc",
        "atlas.hcl:1:5: unterminated string: a quoted string must end with \" on the same line");
    row("unterminated heredoc", "a = <<EOT\nabc\n",
        "atlas.hcl:1:5: unterminated heredoc: expected the marker \"EOT\" on a line of its own");
    row("heredoc marker line", "a = <<EOT x\nEOT\n",
        "atlas.hcl:1:5: invalid heredoc: the line must end right after the marker \"EOT\"");
    row("unterminated block", "env \"x\" {\n  url = 1\n",
        "atlas.hcl:1:9: block \"env\" is not closed: expected \"}\" before the end of the file");
    row("unterminated comment", "a = 1\n/* abc\n",
        "atlas.hcl:2:1: unterminated comment: expected \"*/\" to close it");
    row("missing operand", "a = 1 +\n",
        "atlas.hcl:1:8: expected an expression, found a line break");
    row("unexpected token", "a = )\n", "atlas.hcl:1:5: expected an expression, found \")\"");
    row("missing value at end", "a =",
        "atlas.hcl:1:4: expected an expression, found the end of "
        "the file");
    row("stray brace", "}\n", "atlas.hcl:1:1: unexpected \"}\": no block is open here");
    row("not an item", "\"a\" = 1\n",
        "atlas.hcl:1:1: expected an attribute or a block, found \"\"\"");
    row("duplicate attribute", "a = 1\na = 2\n",
        "atlas.hcl:2:1: attribute \"a\" is already defined at line 1");
    row("two attributes on a line", "a = 1 b = 2\n",
        "atlas.hcl:1:7: expected a line break after the value of attribute \"a\", found \"b\"");
    row("one-line block with two attributes", "a { b = 1, c = 2 }\n",
        "atlas.hcl:1:10: expected \"}\" to close the single-line block \"a\", found \",\"; put "
        "further attributes on their own lines");
    row("one-line nested block", "a { b { c = 1 } }\n",
        "atlas.hcl:1:5: expected a line break or a single attribute after \"{\", found \"b\"");
    row("text after block", "a {\n} b = 1\n",
        "atlas.hcl:2:3: expected a line break after the \"}\" of block \"a\", found \"b\"");
    row("brace on next line", "env \"x\"\n{\n}\n",
        "atlas.hcl:2:1: the \"{\" of block \"env\" must be on the same line as its labels");
    row("label interpolation", "env \"${x}\" {\n}\n",
        "atlas.hcl:1:6: a block label must be a plain string, without \"${\" or \"%{\"");
    row("invalid escape", "a = \"x\\qy\"\n",
        "atlas.hcl:1:7: invalid escape sequence \"\\q\"; write \"\\\\\" for a backslash");
    row("short unicode escape", "a = \"\\u12\"\n",
        "atlas.hcl:1:6: invalid escape sequence: \"\\u\" must be followed by 4 hexadecimal digits");
    row("surrogate escape", "a = \"\\uD800\"\n",
        "atlas.hcl:1:6: invalid escape sequence: U+d800 is not a Unicode character");
    row("invalid character", "a = 1 @\n", "atlas.hcl:1:7: invalid character \"@\"");
    row("column counts characters", "a = \"é€😀\" + @\n", "atlas.hcl:1:13: invalid character \"@\"");
    row("single ampersand", "a = true & false\n",
        "atlas.hcl:1:10: invalid operator \"&\"; did you mean \"&&\"?");
    row("unclosed list", "a = [1, 2\n",
        "atlas.hcl:1:5: the list opened here is not closed: "
        "expected \"]\"");
    row("list separator", "a = [1 2]\n",
        "atlas.hcl:1:8: expected \",\" or \"]\" in the list, found \"2\"");
    row("unclosed object", "a = {\n  b = 1\n",
        "atlas.hcl:1:5: the object opened here is not closed: expected \"}\"");
    row("object separator", "a = { b = 1 c = 2 }\n",
        "atlas.hcl:1:13: expected \",\", a line break or \"}\" after the object item, found \"c\"");
    row("unclosed call", "a = lower(\"x\"\n",
        "atlas.hcl:1:10: the arguments of \"lower\" are not closed: expected \")\"");
    row("ellipsis not last", "a = f(x..., y)\n",
        "atlas.hcl:1:11: \"...\" may only follow the last argument");
    row("unclosed parenthesis", "a = (1 + 2\n",
        "atlas.hcl:2:1: expected \")\" to close the parenthesis, found the end of the file");
    row("conditional colon", "a = true ? 1\n",
        "atlas.hcl:1:13: expected \":\" in the conditional expression, found a line break");
    row("for without in", "a = [for x of y : x]\n",
        "atlas.hcl:1:12: expected \"in\" after the variables of \"for\", found \"of\"");
    row("for object arrow", "a = {for k, v in m : k = v}\n",
        "atlas.hcl:1:24: expected \"=>\" between the key and the value of \"for\", found \"=\"");
    row("attribute name after dot", "a = b.[0]\n",
        "atlas.hcl:1:7: expected an attribute name after \".\", found \"[\"");
    row("unclosed interpolation", "a = \"${x\n",
        "atlas.hcl:1:6: unterminated template sequence: expected \"}\" to close it");
    row("missing endif", "a = \"%{ if true }x\"\n",
        "atlas.hcl:1:6: this %{ if } has no matching %{ endif }");
    row("stray endfor", "a = \"x%{ endfor }\"\n",
        "atlas.hcl:1:7: this %{ endfor } has no matching %{ for }");
    row("two elses", "a = \"%{ if true }a%{ else }b%{ else }c%{ endif }\"\n",
        "atlas.hcl:1:29: a %{ if } can have only one %{ else }");
    row("unknown directive", "a = \"%{ while true }\"\n",
        "atlas.hcl:1:9: expected if, else, endif, for or endfor after \"%{\", found \"while\"");
    row("heredoc opener", "a = << EOT\nEOT\n",
        "atlas.hcl:1:5: invalid heredoc: expected a marker such as EOT right after \"<<\"");
}

void TestHclParser::rejectsSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QCOMPARE(firstErrorLine(text), expected);
}

void TestHclParser::rejectsEvaluation_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *expression, const char *expected) {
        QTest::newRow(name) << QByteArray(expression) << QString::fromUtf8(expected);
    };
    row("unknown function", "lowr(\"A\")", "atlas.hcl:1:5: unknown function \"lowr\"");
    row("too many arguments", "lower(\"a\", \"b\")",
        "atlas.hcl:1:5: function \"lower\" takes 1 argument, got 2");
    row("too few arguments", "join(\",\")",
        "atlas.hcl:1:5: function \"join\" takes at least 2 arguments, got 1");
    row("argument type", "lower([1])",
        "atlas.hcl:1:11: lower: argument 1 must be a string, got "
        "tuple");
    row("list argument type", "join(\",\", \"a\")",
        "atlas.hcl:1:15: join: argument 2 must be a list, got string");
    row("division by zero", "1 / 0", "atlas.hcl:1:9: division by zero");
    row("modulo by zero", "5 % (1 - 1)", "atlas.hcl:1:9: division by zero");
    row("undefined var", "var.x", "atlas.hcl:1:5: undefined variable \"var.x\"");
    row("undefined local", "\"${local.nope}\"",
        "atlas.hcl:1:8: undefined local value "
        "\"local.nope\"");
    row("undefined root", "nope", "atlas.hcl:1:5: undefined variable \"nope\"");
    row("attribute of string", "var.name.foo",
        "atlas.hcl:1:5: cannot read attribute \"foo\" of \"var.name\": it is a string, not an "
        "object");
    row("missing attribute", "var.obj.z", "atlas.hcl:1:5: \"var.obj\" has no attribute \"z\"");
    row("string arithmetic", "\"a\" + 1",
        "atlas.hcl:1:5: the operands of \"+\" must be numbers, got string");
    row("null arithmetic", "1 - null",
        "atlas.hcl:1:9: the operands of \"-\" must be numbers, got "
        "null");
    row("index out of range", "var.list[5]",
        "atlas.hcl:1:14: index 5 is out of range: the list has 3 items");
    row("missing key", "var.obj[\"q\"]", "atlas.hcl:1:13: \"var.obj\" has no key \"q\"");
    row("condition type", "var.name ? 1 : 2",
        "atlas.hcl:1:5: a condition must be true or false, got \"world\"");
    row("list in template", "\"${var.list}x\"",
        "atlas.hcl:1:8: \"var.list\" is a tuple and cannot be used in a string; use join() or "
        "jsonencode()");
    row("null in template", "\"a${null}\"",
        "atlas.hcl:1:9: \"null\" is null and cannot be used in a string");
    row("format type", "format(\"%d\", \"x\")",
        "atlas.hcl:1:18: format: \"%d\" needs a number, got string");
    row("format arguments", "format(\"%s %s\", \"a\")",
        "atlas.hcl:1:5: format: not enough arguments for \"%s\"");
    row("format extra", "format(\"%s\", \"a\", \"b\")",
        "atlas.hcl:1:5: format: too many arguments; the format uses 1 of 2");
    row("duplicate for key", "{ for x in [\"a\", \"a\"] : x => 1 }",
        "atlas.hcl:1:29: duplicate key \"a\"; add \"...\" after the value to group the values by "
        "key");
    row("iterate string", "[for x in var.name : x]",
        "atlas.hcl:1:15: cannot iterate over var.name: it is string, not a list, set or object");
    row("expansion of string", "concat(var.name...)",
        "atlas.hcl:1:12: the argument before \"...\" must be a list, got string");
    row("coalesce empty", "coalesce(\"\", null)",
        "atlas.hcl:1:5: coalesce: every argument is null or an empty string");
    row("try exhausts", "try(var.a, var.b)", "atlas.hcl:1:16: undefined variable \"var.b\"");
}

void TestHclParser::rejectsEvaluation()
{
    QFETCH(QByteArray, expression);
    QFETCH(QString, expected);
    QCOMPARE(evaluateAttribute(expression), expected);
}

void TestHclParser::showsCaretExcerpt()
{
    const QByteArray text = "env \"dev\" {\n  url \"postgres://\"\n}\n";
    Expected<hcl::Document> document = hcl::Document::parse(text, QStringLiteral("atlas.hcl"));
    QVERIFY(!document);
    QCOMPARE(document.error().message,
             QStringLiteral("atlas.hcl:2:7: expected \"=\" after attribute name \"url\"\n"
                            "    url \"postgres://\"\n"
                            "        ^"));

    Expected<hcl::Document> tabs =
        hcl::Document::parse("b {\n\ta = \"é\" + @\n}\n", QStringLiteral("atlas.hcl"));
    QVERIFY(!tabs);
    QCOMPARE(tabs.error().message, QStringLiteral("atlas.hcl:2:12: invalid character \"@\"\n"
                                                  "  \ta = \"é\" + @\n"
                                                  "  \t          ^"));
}

void TestHclParser::masksPasswordsInExcerpts()
{
    const QString message = evaluateAttribute("\"mysql://root:secret@db:3306/app\" + 1 + var.nope")
                                .section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(message, QStringLiteral("atlas.hcl:1:5: the operands of \"+\" must be numbers, got "
                                     "string"));
    const QByteArray line = "v = \"mysql://root:secret@db:3306/app\" + nope\n";
    const hcl::SourceFile file(QStringLiteral("atlas.hcl"), line);
    const QString full = file.error(line.indexOf("nope"), QStringLiteral("undefined")).message;
    QVERIFY2(!full.contains(QLatin1String("secret")), qPrintable(full));
    QCOMPARE(full, QStringLiteral("atlas.hcl:1:41: undefined\n"
                                  "  v = \"mysql://root:****@db:3306/app\" + nope\n"
                                  "                                        ^"));
}

void TestHclParser::rejectsDeepNesting()
{
    const QByteArray deep = "a = " + QByteArray(5000, '[') + QByteArray(5000, ']') + '\n';
    const QString error = firstErrorLine(deep);
    QVERIFY2(error.startsWith(QLatin1String("atlas.hcl:1:")) &&
                 error.endsWith(QLatin1String("nesting is too deep (more than 200 levels)")),
             qPrintable(error));
    const QByteArray sum = "a = 1" + QByteArray(" + 1").repeated(100000) + '\n';
    QCOMPARE(firstErrorLine(sum), QStringLiteral("atlas.hcl:1:4007: the expression is too long "
                                                 "(more than 1000 operators or steps in a row)"));
    const QByteArray traversal = "a = x" + QByteArray(".b").repeated(100000) + '\n';
    QCOMPARE(firstErrorLine(traversal), QStringLiteral("atlas.hcl:1:2006: the expression is too "
                                                       "long (more than 1000 operators or steps "
                                                       "in a row)"));
    QCOMPARE(evaluateAttribute("1" + QByteArray(" + 1").repeated(900)), QStringLiteral("901"));
    const QByteArray blocks = QByteArray("a {\n").repeated(300) + QByteArray("}\n").repeated(300);
    QVERIFY(firstErrorLine(blocks).endsWith(QLatin1String("nesting is too deep (more than 200 "
                                                          "levels)")));
}

void TestHclParser::readsEnvironment()
{
    qputenv("STRATA_TEST_DB_URL", "postgres://u:p@h/db");
    qunsetenv("STRATA_TEST_UNSET");
    QCOMPARE(evaluateAttribute("getenv(\"STRATA_TEST_DB_URL\")"),
             QStringLiteral("\"postgres://u:p@h/db\""));
    QCOMPARE(evaluateAttribute("getenv(\"STRATA_TEST_UNSET\")"), QStringLiteral("\"\""));
    QCOMPARE(evaluateAttribute("getenv(\"STRATA_TEST_UNSET\") == \"\" ? \"fallback\" : \"set\""),
             QStringLiteral("\"fallback\""));
}

void TestHclParser::evaluatesFixture_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *local, const char *expected) {
        QTest::newRow(local) << QString::fromUtf8(local) << QString::fromUtf8(expected);
    };
    row("integer", "42");
    row("float", "3.25");
    row("exponent", "1000");
    row("negative", "-7");
    row("truth", "true");
    row("nothing", "null");
    row("escapes", "\"tab\\tquote\\\"backslash\\\\ é 😀 $${literal} %%{literal}\"");
    row("greeting", "\"Hello, world!\"");
    row("tuple", "[\"a\", \"b\", \"c\"]");
    row("object", "{ a = 1, b = 2, c = 3 }");
    row("multiline", "{ first = \"one\", second = \"two\" }");
    row("nested", "[\"A\", \"C\"]");
    row("mapped", "{ a = 2, b = 4, c = 6 }");
    row("grouped", "{ x = [\"x\", \"x\"], y = [\"y\"] }");
    row("splat", "[1, 2]");
    row("attrsplat", "[3, 4]");
    row("index", "\"b\"");
    row("key", "2");
    row("math", "7");
    row("compare", "true");
    row("choice", "\"world\"");
    row("call", "\"tuple has 3 items\"");
    row("expanded", "[\"x\", \"a\", \"b\", \"c\"]");
    row("directive", "\"named\"");
    row("loop", "\"0=a;1=b;2=c;\"");
    row("stripped", "\"abc\"");
    row("heredoc", "\"Hello world\\n  indented\\n\"");
    row("flush", "\"CREATE TABLE t (\\n  id int\\n);\\n\"");
}

void TestHclParser::evaluatesFixture()
{
    QFETCH(QString, local);
    QFETCH(QString, expected);
    Expected<hcl::Document> document = hcl::Document::parse(
        readFile(kData + QStringLiteral("/constructs.hcl")), QStringLiteral("constructs.hcl"));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    const hcl::Block *locals = document->findBlocks({{QStringLiteral("locals"), {}}}).front();
    hcl::ValueMap evaluated;
    hcl::EvalContext context;
    context.variables.insert(QStringLiteral("var"),
                             object({{"name", hcl::Value::string(QStringLiteral("world"))}}));
    // Locals in file order are enough here: each refers only to earlier ones.
    for (const hcl::Attribute &attribute : locals->body.attributes) {
        context.variables.insert(QStringLiteral("local"), hcl::Value::object(evaluated));
        Expected<hcl::Value> value =
            hcl::Evaluator(document->source(), context).evaluate(*attribute.expression);
        QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
        evaluated.insert(attribute.name, *value);
    }
    QVERIFY(evaluated.contains(local));
    QCOMPARE(evaluated.value(local).toHcl(), expected);
    const QList<const hcl::Block *> labeled =
        document->findBlocks({{QStringLiteral("labeled"), {}}});
    QCOMPARE(labeled.front()->labels,
             QStringList({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
}

QTEST_GUILESS_MAIN(TestHclParser)
#include "tst_hclparser.moc"
