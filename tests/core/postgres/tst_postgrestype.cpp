// Atlas's spelling of PostgreSQL catalog types and defaults, without a server: what
// format_type() and pg_get_expr() return, and what Atlas prints for it.

#include "db/postgres/postgrestype.h"

#include <QTest>

using namespace strata;

class TestPostgresType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellsTypes_data();
    void spellsTypes();
    void classifiesDefaults_data();
    void classifiesDefaults();
    void enumColumnsReferToTheirType();
};

void TestPostgresType::spellsTypes_data()
{
    QTest::addColumn<QString>("formatType");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("hcl");
    const auto row = [](const char *format, const char *sql, const char *hcl) {
        QTest::newRow(format) << QString::fromLatin1(format) << QString::fromLatin1(sql)
                              << QString::fromLatin1(hcl);
    };
    row("integer", "integer", "integer");
    row("character varying(255)", "character varying(255)", "character_varying(255)");
    row("character varying", "character varying", "character_varying");
    row("character(3)", "character(3)", "character(3)");
    row("timestamp with time zone", "timestamptz", "timestamptz");
    row("timestamp(6) with time zone", "timestamptz", "timestamptz");
    row("timestamp(4) without time zone", "timestamp(4)", "timestamp(4)");
    row("time(2) with time zone", "timetz(2)", "timetz(2)");
    row("numeric(10,2)", "numeric(10,2)", "numeric(10,2)");
    row("numeric(12,0)", "numeric(12)", "numeric(12)");
    row("double precision", "double precision", "double_precision");
    row("jsonb", "jsonb", "jsonb");
    row("bit varying(5)", "bit varying(5)", "bit_varying(5)");
    row("integer[]", "integer[]", "sql(\"integer[]\")");
    row("character varying(10)[]", "character varying(10)[]", "sql(\"character varying(10)[]\")");
    row("tsvector", "tsvector", "tsvector");
    row("ltree", "ltree", "sql(\"ltree\")");
    row("", "", "sql(\"\")");
}

void TestPostgresType::spellsTypes()
{
    QFETCH(QString, formatType);
    QFETCH(QString, sql);
    QFETCH(QString, hcl);
    const ColumnType type = postgresColumnType(
        {formatType, QStringLiteral("b"), QString(), QString()}, QStringLiteral("public"));
    QCOMPARE(type.normalized, sql);
    QCOMPARE(type.raw, formatType);
    QCOMPARE(postgresHclType(type), hcl);
}

void TestPostgresType::classifiesDefaults_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("normalizedType");
    QTest::addColumn<int>("kind"); // -1 none, 0 literal, 1 expression
    QTest::addColumn<QString>("value");
    const auto row = [](const char *name, const char *type, const char *expression,
                        const char *normalized, int kind, const char *value) {
        QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(expression)
                            << QString::fromLatin1(normalized) << kind
                            << QString::fromLatin1(value);
    };
    row("serial", "integer", "nextval('\"Users_id_seq\"'::regclass)", "serial", -1, "");
    row("bigserial", "bigint", "nextval('public.t_id_seq'::regclass)", "bigserial", -1, "");
    row("smallserial", "smallint", "nextval('t_x_seq'::regclass)", "smallserial", -1, "");
    row("nextval on text", "text", "nextval('t_x_seq'::regclass)", "text", -1, "");
    row("other sequence", "integer", "nextval('counter'::regclass)", "integer", 1,
        "nextval('counter'::regclass)");
    row("bool", "boolean", "false", "boolean", 0, "false");
    row("number", "integer", "0", "integer", 0, "0");
    row("negative", "integer", "'-1'::integer", "integer", 0, "-1");
    row("text cast", "text", "'it''s'::text", "text", 0, "'it''s'");
    row("varchar cast", "character varying(10)", "'a'::character varying", "character varying(10)",
        0, "'a'");
    row("json", "jsonb", "'{}'::jsonb", "jsonb", 0, "'{}'");
    row("array", "text[]", "'{}'::text[]", "text[]", 0, "'{}'");
    row("function", "timestamp with time zone", "now()", "timestamptz", 1, "now()");
    row("keyword", "timestamp(4) without time zone", "CURRENT_TIMESTAMP", "timestamp(4)", 1,
        "CURRENT_TIMESTAMP");
    row("bool cast of text", "boolean", "'maybe'::text", "boolean", 1, "'maybe'::text");
    row("empty", "integer", "", "integer", 1, "");
}

void TestPostgresType::classifiesDefaults()
{
    QFETCH(QString, type);
    QFETCH(QString, expression);
    QFETCH(QString, normalizedType);
    QFETCH(int, kind);
    QFETCH(QString, value);
    Column column;
    column.type = postgresColumnType({type, QStringLiteral("b"), QString(), QString()},
                                     QStringLiteral("public"));
    applyPostgresDefault(column, expression);
    QCOMPARE(column.type.normalized, normalizedType);
    QCOMPARE(column.defaultValue.has_value(), kind >= 0);
    if (kind < 0)
        return;
    QCOMPARE(int(column.defaultValue->kind), kind);
    QCOMPARE(column.defaultValue->sql, value);
}

void TestPostgresType::enumColumnsReferToTheirType()
{
    Column column;
    column.type = postgresColumnType({QStringLiteral("status"), QStringLiteral("e"),
                                      QStringLiteral("status"), QStringLiteral("public")},
                                     QStringLiteral("public"));
    QCOMPARE(postgresHclType(column.type), QStringLiteral("enum.status"));
    QVERIFY(column.type.enumSchema.isEmpty());
    applyPostgresDefault(column, QStringLiteral("'active'::status"));
    QVERIFY(column.defaultValue);
    QCOMPARE(column.defaultValue->sql, QStringLiteral("'active'"));

    const ColumnType other = postgresColumnType({QStringLiteral("crm.tier"), QStringLiteral("e"),
                                                 QStringLiteral("tier"), QStringLiteral("crm")},
                                                QStringLiteral("sales"));
    QCOMPARE(other.enumName, QStringLiteral("tier"));
    QCOMPARE(other.enumSchema, QStringLiteral("crm"));
}

QTEST_GUILESS_MAIN(TestPostgresType)
#include "tst_postgrestype.moc"
