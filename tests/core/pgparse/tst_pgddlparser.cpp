// Unit tests of the PostgreSQL DDL parser, without a server: catalog type names, the names the
// server gives constraints, defaults and checks as pg_get_expr() prints them, exact error and
// "ignored" messages, and hostile input.

#include "db/postgres/parse/pgddlparser.h"
#include "load/schemaloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace Qt::StringLiterals;

namespace {

/// Parses `ddl` and returns the public schema; fails the calling test on an error.
Schema parsedPublic(const QString &ddl, QStringList *warnings = nullptr)
{
    auto parsed = parsePostgresDdl(ddl, QStringLiteral("schema.sql"));
    if (!parsed) {
        qWarning().noquote() << parsed.error().message;
        return {};
    }
    if (warnings)
        *warnings = parsed->warnings;
    for (const Schema &schema : parsed->realm.schemas) {
        if (schema.name == QLatin1String("public"))
            return schema;
    }
    return {};
}

QString errorOf(const QString &ddl)
{
    auto parsed = parsePostgresDdl(ddl, QStringLiteral("schema.sql"));
    return parsed ? QString() : parsed.error().message;
}

} // namespace

class TestPgDdlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnTypes_data();
    void columnTypes();
    void serialColumns();
    void generatedConstraintNames_data();
    void generatedConstraintNames();
    void primaryKeyColumnsAreNotNull();
    void defaults_data();
    void defaults();
    void checks_data();
    void checks();
    void identityAndGenerated();
    void indexes();
    void alterTable();
    void renames();
    void enumsAndComments();
    void schemaQualifiedNames();
    void searchPathChangesTheDefaultSchema();
    void ignoredStatementsWarn();
    void functionBodyWithInnerSemicolons();
    void errors_data();
    void errors();
    void tooDeepExpressionNamesItsStatement();
    void hostileInputNeverCrashes_data();
    void hostileInputNeverCrashes();
    void cancelStopsTheParse();
    void loaderParsesWithoutDevDatabase();
};

void TestPgDdlParser::columnTypes_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("int4") << u"int4"_s << u"integer"_s;
    QTest::newRow("int") << u"int"_s << u"integer"_s;
    QTest::newRow("int8") << u"int8"_s << u"bigint"_s;
    QTest::newRow("int2") << u"int2"_s << u"smallint"_s;
    QTest::newRow("varchar(n)") << u"varchar(64)"_s << u"character varying(64)"_s;
    QTest::newRow("varchar") << u"varchar"_s << u"character varying"_s;
    QTest::newRow("char") << u"char"_s << u"character(1)"_s;
    QTest::newRow("char(8)") << u"CHAR(8)"_s << u"character(8)"_s;
    QTest::newRow("bool") << u"bool"_s << u"boolean"_s;
    QTest::newRow("float4") << u"float4"_s << u"real"_s;
    QTest::newRow("float") << u"float"_s << u"double precision"_s;
    QTest::newRow("float(20)") << u"float(20)"_s << u"real"_s;
    QTest::newRow("decimal") << u"decimal(10,2)"_s << u"numeric(10,2)"_s;
    QTest::newRow("numeric(12)") << u"numeric(12)"_s << u"numeric(12)"_s;
    QTest::newRow("timestamptz") << u"timestamptz"_s << u"timestamptz"_s;
    QTest::newRow("timestamp with time zone") << u"TIMESTAMP WITH TIME ZONE"_s << u"timestamptz"_s;
    QTest::newRow("timestamp(3)") << u"timestamp(3)"_s << u"timestamp(3)"_s;
    QTest::newRow("timestamp(6)") << u"timestamp(6)"_s << u"timestamp"_s;
    QTest::newRow("time") << u"time"_s << u"time"_s;
    QTest::newRow("timetz") << u"timetz"_s << u"timetz"_s;
    QTest::newRow("text[]") << u"text[]"_s << u"text[]"_s;
    QTest::newRow("int[][]") << u"int[][]"_s << u"integer[]"_s;
    QTest::newRow("jsonb") << u"JSONB"_s << u"jsonb"_s;
    QTest::newRow("bit varying") << u"bit varying(5)"_s << u"bit varying(5)"_s;
    QTest::newRow("double precision") << u"double precision"_s << u"double precision"_s;
}

void TestPgDdlParser::columnTypes()
{
    QFETCH(QString, written);
    QFETCH(QString, normalized);
    const Schema schema =
        parsedPublic(QLatin1String("CREATE TABLE t (c ") + written + QLatin1String(");"));
    QCOMPARE(schema.tables.size(), 1);
    QCOMPARE(schema.tables.front().columns.front().type.normalized, normalized);
}

void TestPgDdlParser::serialColumns()
{
    const Schema schema = parsedPublic(QStringLiteral(
        "CREATE TABLE \"Users\" (a serial, b bigserial, c smallserial, d serial4);"));
    const Table &table = schema.tables.front();
    const QStringList expected = {QStringLiteral("serial"), QStringLiteral("bigserial"),
                                  QStringLiteral("smallserial"), QStringLiteral("serial")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(table.columns.at(i).type.normalized, expected.at(i));
        QVERIFY(!table.columns.at(i).nullable);
        QVERIFY(!table.columns.at(i).defaultValue);
    }
}

void TestPgDdlParser::generatedConstraintNames_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("column constraints")
        << u"CREATE TABLE p (id int PRIMARY KEY);CREATE TABLE t (id int PRIMARY KEY, e text UNIQUE, p int REFERENCES p, n int CHECK (n > 0));"_s
        << QStringList{u"t_pkey"_s, u"t_e_key"_s, u"t_p_fkey"_s, u"t_n_check"_s};
    QTest::newRow("multi-column")
        << u"CREATE TABLE t (a int, b int, UNIQUE (a, b), CHECK (a < b), FOREIGN KEY (a, b) REFERENCES t (a, b));"_s
        << QStringList{u"t_a_b_key"_s, u"t_check"_s, u"t_a_b_fkey"_s};
    QTest::newRow("collisions are numbered")
        << u"CREATE TABLE t (a int CHECK (a > 0) CHECK (a < 9));"_s
        << QStringList{u"t_a_check"_s, u"t_a_check1"_s};
    QTest::newRow("long names are cut to 63 bytes")
        << u"CREATE TABLE a_table_with_a_really_quite_long_name_for_testing (a_column_with_an_equally_long_name_for_testing int UNIQUE);"_s
        << QStringList{u"a_table_with_a_really_quite_l_a_column_with_an_equally_long_key"_s};
    QTest::newRow("primary key and unique on one column merge")
        << u"CREATE TABLE t (id int PRIMARY KEY UNIQUE);"_s << QStringList{u"t_pkey"_s};
    QTest::newRow("unnamed indexes")
        << u"CREATE TABLE t (a int, b text); CREATE INDEX ON t (a, b);CREATE INDEX ON t (lower(b)); CREATE INDEX ON t ((a + 1));CREATE UNIQUE INDEX ON t (a);"_s
        << QStringList{u"t_a_b_idx"_s, u"t_lower_idx"_s, u"t_expr_idx"_s, u"t_a_idx"_s};
}

void TestPgDdlParser::generatedConstraintNames()
{
    QFETCH(QString, ddl);
    QFETCH(QStringList, names);
    const Schema schema = parsedPublic(ddl);
    const Table *table = schema.table(QStringLiteral("t"));
    if (!table)
        table = &schema.tables.front();
    QStringList got;
    if (table->primaryKey)
        got.append(table->primaryKey->name);
    for (const Index &index : table->indexes)
        got.append(index.name);
    for (const Check &check : table->checks)
        got.append(check.name);
    for (const ForeignKey &key : table->foreignKeys)
        got.append(key.name);
    got.sort();
    names.sort();
    QCOMPARE(got, names);
}

void TestPgDdlParser::primaryKeyColumnsAreNotNull()
{
    const Schema schema = parsedPublic(
        QStringLiteral("CREATE TABLE t (a int, b int NULL, c int, PRIMARY KEY (a, b));"));
    const Table &table = schema.tables.front();
    QVERIFY(!table.columns.at(0).nullable);
    QVERIFY(!table.columns.at(1).nullable);
    QVERIFY(table.columns.at(2).nullable);
}

void TestPgDdlParser::defaults_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("sql");
    const int literal = int(ColumnDefault::Kind::Literal);
    const int expression = int(ColumnDefault::Kind::Expression);
    QTest::newRow("varchar") << u"c varchar(9) DEFAULT 'x'"_s << literal << u"'x'"_s;
    QTest::newRow("quote") << u"c text DEFAULT 'it''s'"_s << literal << u"'it''s'"_s;
    QTest::newRow("integer") << u"c int DEFAULT 42"_s << literal << u"42"_s;
    QTest::newRow("negative") << u"c int DEFAULT -1"_s << literal << u"-1"_s;
    QTest::newRow("numeric string") << u"c numeric(10,2) DEFAULT '0.00'"_s << literal << u"0.00"_s;
    QTest::newRow("double string") << u"c float8 DEFAULT '0.50'"_s << literal << u"0.5"_s;
    QTest::newRow("boolean") << u"c bool DEFAULT false"_s << literal << u"false"_s;
    QTest::newRow("boolean text") << u"c boolean DEFAULT 'yes'"_s << literal << u"true"_s;
    QTest::newRow("now") << u"c timestamptz DEFAULT now()"_s << expression << u"now()"_s;
    QTest::newRow("current_timestamp")
        << u"c timestamp DEFAULT CURRENT_TIMESTAMP"_s << expression << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("jsonb cast") << u"c jsonb DEFAULT '{}'::jsonb"_s << literal << u"'{}'"_s;
    QTest::newRow("array") << u"c int[] DEFAULT '{}'"_s << literal << u"'{}'"_s;
    QTest::newRow("concatenation")
        << u"c text DEFAULT 'a' || 'b'"_s << expression << u"('a'::text || 'b'::text)"_s;
    QTest::newRow("function of varchar")
        << u"c text DEFAULT lower('X')"_s << expression << u"lower('X'::text)"_s;
}

void TestPgDdlParser::defaults()
{
    QFETCH(QString, column);
    QFETCH(int, kind);
    QFETCH(QString, sql);
    const Schema schema =
        parsedPublic(QLatin1String("CREATE TABLE t (") + column + QLatin1String(");"));
    const Column &c = schema.tables.front().columns.front();
    QVERIFY(c.defaultValue);
    QCOMPARE(int(c.defaultValue->kind), kind);
    QCOMPARE(c.defaultValue->sql, sql);
}

void TestPgDdlParser::checks_data()
{
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("printed");
    QTest::newRow("integer") << u"a int"_s << u"a > 0"_s << u"(a > 0)"_s;
    QTest::newRow("negative literal") << u"a int"_s << u"a > -1"_s << u"(a > '-1'::integer)"_s;
    QTest::newRow("numeric vs integer")
        << u"a numeric"_s << u"a >= 0"_s << u"(a >= (0)::numeric)"_s;
    QTest::newRow("and") << u"a int, b int"_s << u"a > 0 AND b < a"_s << u"((a > 0) AND (b < a))"_s;
    QTest::newRow("varchar in")
        << u"s varchar(9)"_s << u"s IN ('a', 'b')"_s
        << u"((s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"_s;
    QTest::newRow("text in") << u"s text"_s << u"s IN ('a', 'b')"_s
                             << u"(s = ANY (ARRAY['a'::text, 'b'::text]))"_s;
    QTest::newRow("varchar equals")
        << u"s varchar"_s << u"s <> ''"_s << u"((s)::text <> ''::text)"_s;
    QTest::newRow("char_length") << u"s varchar(9)"_s << u"char_length(s) > 2"_s
                                 << u"(char_length((s)::text) > 2)"_s;
    QTest::newRow("between") << u"a int"_s << u"a BETWEEN 1 AND 9"_s
                             << u"((a >= 1) AND (a <= 9))"_s;
    QTest::newRow("is not null") << u"a int"_s << u"a IS NOT NULL"_s << u"(a IS NOT NULL)"_s;
    QTest::newRow("like") << u"s text"_s << u"s LIKE 'a%'"_s << u"(s ~~ 'a%'::text)"_s;
    QTest::newRow("quoted column")
        << u"\"Order\" int"_s << u"\"Order\" > 1"_s << u"(\"Order\" > 1)"_s;
}

void TestPgDdlParser::checks()
{
    QFETCH(QString, columns);
    QFETCH(QString, check);
    QFETCH(QString, printed);
    const Schema schema = parsedPublic(QLatin1String("CREATE TABLE t (") + columns +
                                       QLatin1String(", CHECK (") + check + QLatin1String("));"));
    QCOMPARE(schema.tables.front().checks.size(), 1);
    QCOMPARE(schema.tables.front().checks.front().expression, printed);
}

void TestPgDdlParser::identityAndGenerated()
{
    const Schema schema = parsedPublic(
        QStringLiteral("CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (START WITH 10 "
                       "INCREMENT BY 5), b bigint GENERATED BY DEFAULT AS IDENTITY (INCREMENT BY "
                       "-2), c numeric, d numeric GENERATED ALWAYS AS (c * 2) STORED);"));
    const Table &table = schema.tables.front();
    QCOMPARE(table.columns.at(0).identity, (Identity{QStringLiteral("ALWAYS"), 10, 5}));
    QVERIFY(!table.columns.at(0).nullable);
    QCOMPARE(table.columns.at(1).identity, (Identity{QStringLiteral("BY DEFAULT"), -1, -2}));
    QCOMPARE(table.columns.at(3).generated,
             (GeneratedExpression{QStringLiteral("(c * (2)::numeric)"), true}));
}

void TestPgDdlParser::indexes()
{
    const Schema schema = parsedPublic(QStringLiteral(
        "CREATE TABLE t (a int, b text, c jsonb);CREATE UNIQUE INDEX t_ab ON t (a DESC, lower(b)) "
        "INCLUDE (c) WHERE a > 0;CREATE INDEX t_c ON t USING gin (c);"));
    const Table &table = schema.tables.front();
    QCOMPARE(table.indexes.size(), 2);
    const Index &ab = table.indexes.at(0);
    QVERIFY(ab.unique);
    QCOMPARE(ab.parts.size(), 2);
    QCOMPARE(ab.parts.at(0).column, QStringLiteral("a"));
    QVERIFY(ab.parts.at(0).descending);
    QCOMPARE(ab.parts.at(1).expression, QStringLiteral("lower(b)"));
    QCOMPARE(ab.include, QStringList{QStringLiteral("c")});
    QCOMPARE(ab.where, QStringLiteral("(a > 0)"));
    QCOMPARE(table.indexes.at(1).type, QStringLiteral("GIN"));
}

void TestPgDdlParser::alterTable()
{
    const Schema schema = parsedPublic(QStringLiteral(
        "CREATE TABLE t (id int, a int, b text DEFAULT 'x', c int NOT NULL);ALTER TABLE t ADD "
        "COLUMN d int NOT NULL DEFAULT 0, DROP COLUMN a;ALTER TABLE t ADD PRIMARY KEY (id), ADD "
        "CONSTRAINT t_d UNIQUE (d);ALTER TABLE t ADD CONSTRAINT t_c_check CHECK (c > 0), DROP "
        "CONSTRAINT t_d;ALTER TABLE t ALTER COLUMN b DROP DEFAULT, ALTER COLUMN c DROP NOT NULL,  "
        "ALTER COLUMN b SET NOT NULL, ALTER COLUMN d SET DEFAULT 5;"));
    const Table &table = schema.tables.front();
    QStringList names;
    for (const Column &column : table.columns)
        names.append(column.name);
    QCOMPARE(names, (QStringList{u"id"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(table.primaryKey->name, QStringLiteral("t_pkey"));
    QVERIFY(!table.columns.at(0).nullable);
    QVERIFY(table.indexes.isEmpty());
    QCOMPARE(table.checks.size(), 1);
    QVERIFY(!table.columns.at(1).defaultValue);
    QVERIFY(!table.columns.at(1).nullable);
    QVERIFY(table.columns.at(2).nullable);
    QCOMPARE(table.columns.at(3).defaultValue->sql, QStringLiteral("5"));
}

void TestPgDdlParser::renames()
{
    auto parsed = parsePostgresDdl(
        QStringLiteral(
            "CREATE TABLE a (id int PRIMARY KEY, \"lower\" text CHECK (\"lower\" <> 'lower'));"
            "CREATE TABLE b (a_id int REFERENCES a);"
            "ALTER TABLE a RENAME COLUMN id TO key;"
            "ALTER TABLE a RENAME COLUMN \"lower\" TO \"Upper\";"
            "ALTER TABLE a RENAME TO c;"),
        QStringLiteral("schema.sql"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const Schema &schema = parsed->realm.schemas.front();
    const Table &b = schema.tables.at(0);
    QCOMPARE(b.foreignKeys.front().refTable, QStringLiteral("c"));
    QCOMPARE(b.foreignKeys.front().refColumns, QStringList{QStringLiteral("key")});
    const Table &c = schema.tables.at(1);
    QCOMPARE(c.primaryKey->parts.front().column, QStringLiteral("key"));
    QCOMPARE(c.checks.front().expression, QStringLiteral("(\"Upper\" <> 'lower'::text)"));
    QVERIFY(parsed->warnings.isEmpty());
}

void TestPgDdlParser::enumsAndComments()
{
    const Schema schema = parsedPublic(QStringLiteral(
        "CREATE TYPE mood AS ENUM ('sad', 'happy');ALTER TYPE mood ADD VALUE 'ok' BEFORE "
        "'happy';CREATE TABLE t (m mood DEFAULT 'sad');COMMENT ON TABLE t IS 'Table'; COMMENT ON "
        "COLUMN t.m IS 'Mood';COMMENT ON SCHEMA public IS 'Main';"));
    QCOMPARE(schema.enums.size(), 1);
    QCOMPARE(schema.enums.front().values, (QStringList{u"sad"_s, u"ok"_s, u"happy"_s}));
    const Column &column = schema.tables.front().columns.front();
    QCOMPARE(column.type.enumName, QStringLiteral("mood"));
    QCOMPARE(column.defaultValue->sql, QStringLiteral("'sad'"));
    QCOMPARE(column.comment, QStringLiteral("Mood"));
    QCOMPARE(schema.tables.front().comment, QStringLiteral("Table"));
    QCOMPARE(schema.comment, QStringLiteral("Main"));
}

void TestPgDdlParser::schemaQualifiedNames()
{
    auto parsed = parsePostgresDdl(
        QStringLiteral("CREATE SCHEMA app; CREATE TABLE users (id int PRIMARY KEY);CREATE TABLE "
                       "app.orders (id int, user_id int REFERENCES public.users);CREATE TYPE "
                       "app.state AS ENUM ('a'); ALTER TABLE app.orders ADD s app.state;"),
        QStringLiteral("schema.sql"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->realm.schemas.size(), 2);
    const Schema &app = parsed->realm.schemas.at(0);
    QCOMPARE(app.name, QStringLiteral("app"));
    const Table &orders = app.tables.front();
    QCOMPARE(orders.foreignKeys.front().refSchema, QStringLiteral("public"));
    QCOMPARE(orders.foreignKeys.front().refColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(orders.columns.at(2).type.enumName, QStringLiteral("state"));
    QVERIFY(orders.columns.at(2).type.enumSchema.isEmpty());
    QCOMPARE(parsed->realm.schemas.at(1).name, QStringLiteral("public"));
    QCOMPARE(parsed->realm.schemas.at(1).comment, QStringLiteral("standard public schema"));
}

void TestPgDdlParser::searchPathChangesTheDefaultSchema()
{
    auto parsed = parsePostgresDdl(
        QStringLiteral("CREATE SCHEMA s; SET search_path TO s, public; CREATE TABLE t (a int);"),
        QStringLiteral("schema.sql"));
    QVERIFY(parsed);
    QCOMPARE(parsed->realm.schemas.at(0).name, QStringLiteral("public"));
    QVERIFY(parsed->realm.schemas.at(0).tables.isEmpty());
    QCOMPARE(parsed->realm.schemas.at(1).tables.front().name, QStringLiteral("t"));
}

void TestPgDdlParser::ignoredStatementsWarn()
{
    QStringList warnings;
    const Schema schema = parsedPublic(
        QStringLiteral("CREATE TABLE t (a int);\nCREATE OR REPLACE FUNCTION f() RETURNS int AS $$ "
                       "SELECT 1 $$ LANGUAGE sql;\n-- a comment before the trigger\nCREATE TRIGGER "
                       "tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\nGRANT SELECT ON "
                       "t TO PUBLIC;\nCREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE VIEW v AS "
                       "SELECT 1;\nINSERT INTO t VALUES (1);\nBEGIN; COMMIT;\n"),
        &warnings);
    QCOMPARE(schema.tables.size(), 1);
    QCOMPARE(warnings, (QStringList{u"ignored: CREATE FUNCTION at line 2 of schema.sql"_s,
                                    u"ignored: CREATE TRIGGER at line 4 of schema.sql"_s,
                                    u"ignored: GRANT at line 5 of schema.sql"_s,
                                    u"ignored: CREATE EXTENSION at line 6 of schema.sql"_s,
                                    u"ignored: CREATE VIEW at line 7 of schema.sql"_s,
                                    u"ignored: INSERT at line 8 of schema.sql"_s}));
}

void TestPgDdlParser::functionBodyWithInnerSemicolons()
{
    QStringList warnings;
    const Schema schema =
        parsedPublic(QStringLiteral("CREATE TABLE a (x int);\n"
                                    "CREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
                                    "BEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;\n"
                                    "CREATE TABLE b (y int);\n"),
                     &warnings);
    QCOMPARE(schema.tables.size(), 2);
    QCOMPARE(warnings,
             QStringList{QStringLiteral("ignored: CREATE FUNCTION at line 2 of schema.sql")});
}

void TestPgDdlParser::errors_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax")
        << u"CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  id int,\n  x FOO BAR\n);"_s
        << u"schema.sql:5:9: syntax error at or near \"BAR\""_s;
    QTest::newRow("syntax after non-ASCII")
        << u"CREATE TABLE \"é\" (x int) FOO;"_s
        << u"schema.sql:1:25: syntax error at or near \"FOO\""_s;
    QTest::newRow("unterminated string")
        << u"CREATE TABLE t (a text DEFAULT 'x);"_s
        << u"schema.sql:1:32: unterminated quoted string at or near \"'x);\""_s;
    QTest::newRow("at end") << u"CREATE TABLE t ("_s
                            << u"schema.sql:1:17: syntax error at end of input"_s;
    QTest::newRow("missing table") << u"CREATE TABLE t (a int);\nCREATE INDEX ON u (a);"_s
                                   << u"schema.sql:2:1: relation \"u\" does not exist"_s;
    QTest::newRow("missing referenced table")
        << u"CREATE TABLE t (a int REFERENCES nowhere);"_s
        << u"schema.sql:1:1: relation \"nowhere\" does not exist"_s;
    QTest::newRow("duplicate table") << u"CREATE TABLE t (a int);\n  CREATE TABLE t (a int);"_s
                                     << u"schema.sql:2:3: relation \"t\" already exists"_s;
    QTest::newRow("missing schema")
        << u"CREATE TABLE nope.t (a int);"_s << u"schema.sql:1:1: schema \"nope\" does not exist"_s;
    QTest::newRow("two primary keys")
        << u"CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY);"_s
        << u"schema.sql:1:1: multiple primary keys for table \"t\" are not allowed"_s;
    // The server refuses a script that does not parse before it runs any of it: a syntax
    // error later in the script is reported, not the earlier statement's model error.
    QTest::newRow("syntax error after a model error")
        << u"CREATE INDEX ON u (a);\nCREATE TABLE t (a int) FOO;"_s
        << u"schema.sql:2:24: syntax error at or near \"FOO\""_s;
    QTest::newRow("model error, then a statement only the whole script parses")
        << u"CREATE INDEX ON u (a);\nCREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC "
           u"SELECT 1; SELECT 2; END;"_s
        << u"schema.sql:1:1: relation \"u\" does not exist"_s;
    QTest::newRow("model error in the last statement")
        << u"CREATE TABLE t (a int);\nCREATE TABLE t (b int);"_s
        << u"schema.sql:2:1: relation \"t\" already exists"_s;
    QTest::newRow("nul")
        << QStringLiteral("CREATE TABLE t (a int);\n") + QChar(0)
        << u"schema.sql:2:1: the file contains a NUL character; PostgreSQL DDL is text"_s;
}

void TestPgDdlParser::errors()
{
    QFETCH(QString, ddl);
    QFETCH(QString, message);
    QCOMPARE(errorOf(ddl), message);
}

void TestPgDdlParser::tooDeepExpressionNamesItsStatement()
{
    const QString deep = QStringLiteral("CREATE TABLE t (a int CHECK (") +
                         QStringLiteral("a + (").repeated(900) + QStringLiteral("a") +
                         QString(900, QLatin1Char(')')) + QStringLiteral(" > 0));");
    const QString message = errorOf(QStringLiteral("CREATE TABLE s (a int);\n\n  ") + deep);
    QVERIFY2(message.startsWith(QLatin1String("schema.sql:3:3: the statement is nested too "
                                              "deeply for Strata to read")),
             qPrintable(message));
}

void TestPgDdlParser::hostileInputNeverCrashes_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<bool>("parses");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("only comments") << QStringLiteral("-- nothing\n/* at all */") << true;
    QTest::newRow("parser stack exhausted")
        << QStringLiteral("CREATE TABLE t (a int CHECK (") + QString(200000, QLatin1Char('(')) +
               QStringLiteral("a > 0") + QString(200000, QLatin1Char(')')) + QStringLiteral("));")
        << false;
    QTest::newRow("deep parentheses")
        << QStringLiteral("CREATE TABLE t (a int CHECK (") + QString(5000, QLatin1Char('(')) +
               QStringLiteral("a > 0") + QString(5000, QLatin1Char(')')) + QStringLiteral("));")
        << true;
    QTest::newRow("deep but fine")
        << QStringLiteral("CREATE TABLE t (a int CHECK (") + QString(200, QLatin1Char('(')) +
               QStringLiteral("a > 0") + QString(200, QLatin1Char(')')) + QStringLiteral("));")
        << true;
    QTest::newRow("binary garbage") << QString::fromLatin1("\x01\x02\xff\xfe CREATE \x7f") << false;
    QTest::newRow("long identifier")
        << QStringLiteral("CREATE TABLE ") + QString(10000, QLatin1Char('x')) +
               QStringLiteral(" (a int);")
        << true;
    QTest::newRow("unknown type") << QStringLiteral("CREATE TABLE t (a geometry(Point, 4326));")
                                  << true;
    QTest::newRow("foreign key to itself without key")
        << QStringLiteral("CREATE TABLE t (a int REFERENCES t);") << false;
}

void TestPgDdlParser::hostileInputNeverCrashes()
{
    QFETCH(QString, ddl);
    QFETCH(bool, parses);
    auto parsed = parsePostgresDdl(ddl, QStringLiteral("schema.sql"));
    QCOMPARE(bool(parsed), parses);
    if (!parsed)
        QVERIFY(parsed.error().message.startsWith(QLatin1String("schema.sql:")));
}

void TestPgDdlParser::cancelStopsTheParse()
{
    QString ddl;
    for (int i = 0; i < 200; ++i)
        ddl += QStringLiteral("CREATE TABLE t%1 (a int);\n").arg(i);
    TaskControl control;
    control.cancel();
    auto parsed =
        parsePostgresDdl(ddl, QStringLiteral("schema.sql"), QStringLiteral("public"), control);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().cancelled);
}

void TestPgDdlParser::loaderParsesWithoutDevDatabase()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("schema.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE t (id serial PRIMARY KEY);\nCREATE FUNCTION f() RETURNS int AS "
               "'SELECT 1' LANGUAGE sql;\n");
    file.close();
    LoadRequest request;
    request.url = DatabaseUrl::parse(QLatin1String("file://") + file.fileName()).value();
    request.dialect = QStringLiteral("postgres");
    auto loaded = loadSchema(request, {});
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->database.flavour, QStringLiteral("postgres"));
    QCOMPARE(loaded->realm.schemas.front().name, QStringLiteral("public"));
    QCOMPARE(loaded->realm.schemas.front().tables.front().primaryKey->name,
             QStringLiteral("t_pkey"));
    QCOMPARE(loaded->warnings,
             QStringList{QStringLiteral("ignored: CREATE FUNCTION at line 2 of schema.sql")});
}

QTEST_GUILESS_MAIN(TestPgDdlParser)
#include "tst_pgddlparser.moc"
