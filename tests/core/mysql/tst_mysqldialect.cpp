// MysqlDialect without a server: the HCL attributes and DDL it writes for a model built in code,
// including the parts no MariaDB fixture can produce (expression key parts, HASH indexes).

#include "db/mysql/mysqldialect.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QTest>

using namespace strata;

class TestMysqlDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry();
    void quoting();
    void columnDefinitions();
    void keyClauses();
    void tableOptionsAndHcl();
};

namespace {

Column column(const QString &name, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type.raw = type;
    c.type.normalized = type;
    c.nullable = nullable;
    return c;
}

} // namespace

void TestMysqlDialect::registry()
{
    QCOMPARE(dialectByName(QStringLiteral("mysql"))->name(), QStringLiteral("mysql"));
    QCOMPARE(dialectByName(QStringLiteral("MariaDB"))->name(), QStringLiteral("mariadb"));
    QCOMPARE(dialectByName(QStringLiteral("maria"))->name(), QStringLiteral("mariadb"));
    QCOMPARE(dialectByName(QStringLiteral("sqlite"))->name(), QStringLiteral("sqlite"));
}

void TestMysqlDialect::quoting()
{
    const MysqlDialect dialect(MysqlDialect::Flavour::MySql);
    QCOMPARE(dialect.quoteIdentifier(QStringLiteral("a`b")), QStringLiteral("`a``b`"));
    QCOMPARE(dialect.quoteString(QStringLiteral("it's a\\b")), QStringLiteral("'it''s a\\\\b'"));
}

void TestMysqlDialect::columnDefinitions()
{
    const MysqlDialect dialect(MysqlDialect::Flavour::MariaDb);
    const Table table;
    Column id = column(QStringLiteral("id"), QStringLiteral("bigint"), false);
    id.type.isUnsigned = true;
    id.autoIncrement = true;
    QCOMPARE(dialect.columnDefinitionSql(id, table),
             QStringLiteral("`id` bigint unsigned NOT NULL AUTO_INCREMENT"));
    Column name = column(QStringLiteral("name"), QStringLiteral("varchar(10)"));
    name.charset = QStringLiteral("latin1");
    name.collation = QStringLiteral("latin1_bin");
    name.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, QStringLiteral("'x'")};
    name.comment = QStringLiteral("it's");
    // Atlas's planner: COLLATE last, the comment Go-quoted (sql/mysql/migrate.go column()).
    QCOMPARE(dialect.columnDefinitionSql(name, table),
             QStringLiteral("`name` varchar(10) CHARSET latin1 NULL DEFAULT 'x' COMMENT \"it's\" "
                            "COLLATE latin1_bin"));
    Column stamp = column(QStringLiteral("at"), QStringLiteral("timestamp(6)"), false);
    stamp.defaultValue =
        ColumnDefault{ColumnDefault::Kind::Expression, QStringLiteral("current_timestamp(6)")};
    stamp.onUpdate = QStringLiteral("current_timestamp(6)");
    QCOMPARE(dialect.columnDefinitionSql(stamp, table),
             QStringLiteral("`at` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE "
                            "current_timestamp(6)"));
    Column generated = column(QStringLiteral("g"), QStringLiteral("int"));
    generated.generated = GeneratedExpression{QStringLiteral("`a` + 1"), true};
    QCOMPARE(dialect.columnDefinitionSql(generated, table),
             QStringLiteral("`g` int AS (`a` + 1) STORED"));
    // MySQL takes NULL after the expression (Atlas: `int AS (c1*2) NOT NULL`); MariaDB does not.
    QCOMPARE(MysqlDialect(MysqlDialect::Flavour::MySql).columnDefinitionSql(generated, table),
             QStringLiteral("`g` int AS (`a` + 1) STORED NULL"));
}

void TestMysqlDialect::keyClauses()
{
    const MysqlDialect dialect(MysqlDialect::Flavour::MySql);
    Table table;
    table.name = QStringLiteral("t");
    table.primaryKey =
        Index{QStringLiteral("PRIMARY"), true, {{QStringLiteral("id"), {}, false, 0}}, {}, {}, {}};
    table.indexes.append(Index{
        QStringLiteral("mixed"),
        false,
        {{QStringLiteral("name"), {}, true, 64}, {{}, QStringLiteral("lower(`email`)"), false, 0}},
        {},
        {},
        QStringLiteral("a comment")});
    table.indexes.append(Index{QStringLiteral("ft"),
                               false,
                               {{QStringLiteral("body"), {}, false, 0}},
                               {},
                               QStringLiteral("FULLTEXT"),
                               {}});
    table.indexes.append(Index{QStringLiteral("h"),
                               true,
                               {{QStringLiteral("k"), {}, false, 0}},
                               {},
                               QStringLiteral("HASH"),
                               {}});
    QCOMPARE(dialect.keyClausesSql(table),
             (QStringList{QStringLiteral("PRIMARY KEY (`id`)"),
                          QStringLiteral("INDEX `mixed` (`name` (64) DESC, (lower(`email`))) "
                                         "COMMENT \"a comment\""),
                          QStringLiteral("FULLTEXT INDEX `ft` (`body`)"),
                          QStringLiteral("UNIQUE INDEX `h` USING HASH (`k`)")}));
    QCOMPARE(dialect.hclIndexAttributes(table.indexes.at(1)),
             (QList<HclAttribute>{{QStringLiteral("type"), QStringLiteral("FULLTEXT")}}));
    QVERIFY(dialect.hclIndexAttributes(table.indexes.at(0)).isEmpty());
}

void TestMysqlDialect::tableOptionsAndHcl()
{
    const MysqlDialect dialect(MysqlDialect::Flavour::MySql);
    Realm realm;
    Schema schema;
    schema.name = QStringLiteral("app");
    schema.charset = QStringLiteral("utf8mb4");
    schema.collation = QStringLiteral("utf8mb4_0900_ai_ci");
    Table table;
    table.name = QStringLiteral("t");
    table.charset = QStringLiteral("latin1");
    table.collation = QStringLiteral("latin1_swedish_ci");
    table.engine = QStringLiteral("MyISAM");
    table.comment = QStringLiteral("c");
    Column id = column(QStringLiteral("id"), QStringLiteral("int"), false);
    id.type.isUnsigned = true;
    table.columns.append(id);
    Column kind = column(QStringLiteral("kind"), QStringLiteral("enum('a','b')"));
    kind.charset = QStringLiteral("utf8mb4");
    table.columns.append(kind);
    schema.tables.append(table);
    realm.schemas.append(schema);
    QCOMPARE(
        dialect.tableOptionsSql(table, schema),
        QStringLiteral("CHARSET latin1 COLLATE latin1_swedish_ci COMMENT \"c\" ENGINE MyISAM"));
    QCOMPARE(writeAtlasHcl(realm, dialect), QStringLiteral("table \"t\" {\n"
                                                           "  schema  = schema.app\n"
                                                           "  comment = \"c\"\n"
                                                           "  charset = \"latin1\"\n"
                                                           "  collate = \"latin1_swedish_ci\"\n"
                                                           "  engine  = MyISAM\n"
                                                           "  column \"id\" {\n"
                                                           "    null     = false\n"
                                                           "    type     = int\n"
                                                           "    unsigned = true\n"
                                                           "  }\n"
                                                           "  column \"kind\" {\n"
                                                           "    null    = true\n"
                                                           "    type    = enum(\"a\",\"b\")\n"
                                                           "    charset = \"utf8mb4\"\n"
                                                           "  }\n"
                                                           "}\n"
                                                           "schema \"app\" {\n"
                                                           "  charset = \"utf8mb4\"\n"
                                                           "  collate = \"utf8mb4_0900_ai_ci\"\n"
                                                           "}\n"));
}

QTEST_GUILESS_MAIN(TestMysqlDialect)
#include "tst_mysqldialect.moc"
