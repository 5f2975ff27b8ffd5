// MysqlPlanner without a server: hand-built SchemaDiffs in, Plan::text() out, compared with the
// exact text Atlas writes. Where Atlas has the case, the expected SQL is the string of its tests
// (sql/mysql/migrate_test.go: TestPlanChanges, TestIndentedPlan, TestMigrate_ApplyChanges,
// TestMigrate_DetachCycles; internal/integration/testdata/mysql/cli-migrate-diff.txt and
// cli-inspect-file.txtar), with the comment line Atlas's file formatter adds.

#include "db/mysql/mysqldatabase.h"
#include "db/mysql/mysqlplanner.h"

#include <QTest>

using namespace strata;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(strata::SchemaDiff)
Q_DECLARE_METATYPE(strata::PlanOptions)

class TestMysqlPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansAsAtlas_data();
    void plansAsAtlas();
    void refusesWhatTheServerCannotDo_data();
    void refusesWhatTheServerCannotDo();
    void flagsStatements();
    void databaseHandsOutOnePlannerPerFlavour();
};

namespace {

using Kind = SchemaChange::Kind;

Column col(const QString &name, const QString &type, bool nullable = false)
{
    Column c;
    c.name = name;
    c.type.raw = type;
    c.type.normalized = type;
    c.nullable = nullable;
    return c;
}

Column autoIncrement(Column column)
{
    column.autoIncrement = true;
    return column;
}

Column generated(Column column, const QString &expression, bool stored)
{
    column.generated = GeneratedExpression{expression, stored};
    return column;
}

IndexPart part(const QString &column, bool descending = false, int prefix = 0)
{
    IndexPart p;
    p.column = column;
    p.descending = descending;
    p.prefixLength = prefix;
    return p;
}

Index index(const QString &name, const QList<IndexPart> &parts, bool unique = false)
{
    Index i;
    i.name = name;
    i.unique = unique;
    i.parts = parts;
    return i;
}

Index primaryKey(const QStringList &columns)
{
    Index key;
    key.name = u"PRIMARY"_s;
    key.unique = true;
    for (const QString &column : columns)
        key.parts.append(part(column));
    return key;
}

ForeignKey foreignKey(const QString &name, const QString &column, const QString &refTable,
                      const QString &refColumn,
                      ReferenceAction onDelete = ReferenceAction::NoAction)
{
    ForeignKey key;
    key.name = name;
    key.columns = {column};
    key.refTable = refTable;
    key.refColumns = {refColumn};
    key.onDelete = onDelete;
    return key;
}

Table tableOf(const QString &name, const QList<Column> &columns)
{
    Table table;
    table.name = name;
    table.columns = columns;
    return table;
}

SchemaChange tableChange(Kind kind, const Table &from, const Table &to,
                         const QString &schema = u"app"_s)
{
    SchemaChange change;
    change.kind = kind;
    change.schema = schema;
    change.from = from;
    change.to = to;
    return change;
}

SchemaChange addTable(const Table &table, const QString &schema = u"app"_s)
{
    return tableChange(Kind::AddTable, {}, table, schema);
}

SchemaChange modifyTable(const Table &from, const Table &to, const TableDiff &diff)
{
    SchemaChange change = tableChange(Kind::ModifyTable, from, to);
    change.diff = diff;
    return change;
}

/// A modify change whose table is `to`, with only the diff mattering for the SQL.
SchemaChange modifyTable(const Table &to, const TableDiff &diff)
{
    return modifyTable(to, to, diff);
}

SchemaChange schemaChange(Kind kind, const Schema &from, const Schema &to)
{
    SchemaChange change;
    change.kind = kind;
    change.schema = kind == Kind::DropSchema ? from.name : to.name;
    change.schemaFrom = from;
    change.schemaTo = to;
    return change;
}

Schema schemaNamed(const QString &name, const QString &charset = {}, const QString &collation = {})
{
    Schema schema;
    schema.name = name;
    schema.charset = charset;
    schema.collation = collation;
    return schema;
}

/// A diff of one schema "app" (a schema-bound plan: names stay unqualified).
SchemaDiff diffOf(const QList<SchemaChange> &changes)
{
    SchemaDiff diff;
    diff.from.schemas = {schemaNamed(u"app"_s)};
    diff.to.schemas = {schemaNamed(u"app"_s)};
    diff.changes = changes;
    return diff;
}

ColumnChange columnChange(PartChangeKind kind, const Column &from, const Column &to,
                          ColumnAspects aspects = {})
{
    return ColumnChange{kind, from, to, aspects};
}

PlanOptions qualified(const QString &qualifier = {})
{
    PlanOptions options;
    options.qualify = true;
    options.qualifier = qualifier;
    return options;
}

PlanOptions indented()
{
    PlanOptions options;
    options.indent = u"  "_s;
    return options;
}

Check check(const QString &name, const QString &expression, bool enforced = true)
{
    return Check{name, expression, enforced};
}

/// MariaDB's `json`: longtext in utf8mb4_bin plus the json_valid check named after the column.
Table withJsonColumn(Table table, const QString &name)
{
    table.charset = u"utf8mb4"_s;
    table.collation = u"utf8mb4_general_ci"_s;
    Column doc = col(name, u"longtext"_s, true);
    doc.collation = u"utf8mb4_bin"_s;
    table.columns.append(doc);
    table.checks.append(check(name, u"json_valid(`"_s + name + u"`)"_s));
    return table;
}

Expected<Plan> planFor(const QString &flavour, const SchemaDiff &diff, const PlanOptions &options)
{
    return MysqlPlanner(mysqlFlavourNamed(flavour)).plan(diff, options);
}

} // namespace

void TestMysqlPlanner::plansAsAtlas_data()
{
    QTest::addColumn<QString>("flavour");
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("expected");
    const QString both = u"mysql mariadb"_s;
    auto row = [](const char *name, const QString &flavour, const SchemaDiff &diff,
                  const PlanOptions &options, const QString &expected) {
        for (const QString &one : flavour.split(u' ')) {
            QTest::addRow("%s (%s)", name, qPrintable(one)) << one << diff << options << expected;
        }
    };

    // Schemas (TestPlanChanges).
    row("add schema", both,
        diffOf({schemaChange(Kind::AddSchema, {}, schemaNamed(u"test"_s, u"latin"_s))}), {},
        u"-- Add new schema named \"test\"\nCREATE DATABASE `test` CHARSET latin;\n"_s);
    row("drop schema", both,
        diffOf({schemaChange(Kind::DropSchema, schemaNamed(u"atlas"_s, u"latin"_s), {})}), {},
        u"-- Drop schema named \"atlas\"\nDROP DATABASE `atlas`;\n"_s);
    row("modify schema charset", both,
        diffOf({schemaChange(Kind::ModifySchema, schemaNamed(u"test"_s, u"latin1"_s),
                             schemaNamed(u"test"_s, u"utf8"_s))}),
        {}, u"-- Modify \"test\" schema\nALTER DATABASE `test` CHARSET utf8;\n"_s);
    row("modify schema charset and collation", both,
        diffOf({schemaChange(Kind::ModifySchema, schemaNamed(u"test"_s, u"latin1"_s),
                             schemaNamed(u"test"_s, u"utf8mb4"_s, u"utf8mb4_bin"_s))}),
        {},
        u"-- Modify \"test\" schema\nALTER DATABASE `test` CHARSET utf8mb4 COLLATE utf8mb4_bin;\n"_s);

    // Tables (TestPlanChanges).
    Table posts = tableOf(
        u"posts"_s, {autoIncrement(col(u"id"_s, u"bigint"_s)), col(u"text"_s, u"text"_s, true)});
    posts.primaryKey = primaryKey({u"id"_s});
    row("create table", both, diffOf({addTable(posts)}), {},
        u"-- Create \"posts\" table\nCREATE TABLE `posts` (`id` bigint NOT NULL AUTO_INCREMENT, "
        "`text` text NULL, PRIMARY KEY (`id`));\n"_s);
    Table pets = tableOf(u"pets"_s, {col(u"id"_s, u"int"_s)});
    pets.engine = u"MyISAM"_s;
    row("create table with engine", both, diffOf({addTable(pets)}), {},
        u"-- Create \"pets\" table\nCREATE TABLE `pets` (`id` int NOT NULL) ENGINE MyISAM;\n"_s);
    Table attributed = posts;
    attributed.columns.append(col(u"ch"_s, u"char"_s));
    attributed.charset = u"utf8mb4"_s;
    attributed.collation = u"utf8mb4_bin"_s;
    attributed.comment = u"posts comment"_s;
    attributed.checks = {check(u"id_nonzero"_s, u"(`id` > 0)"_s)};
    attributed.indexes = {index(u"text_prefix"_s, {part(u"text"_s, true, 100)})};
    // Atlas's case also has COMPRESSION="ZLIB" and AUTO_INCREMENT 100, which the model lacks.
    row("create table with attributes, prefix index and check", both,
        diffOf({addTable(attributed)}), {},
        u"-- Create \"posts\" table\nCREATE TABLE `posts` (`id` bigint NOT NULL AUTO_INCREMENT, "
        "`text` text NULL, `ch` char NOT NULL, PRIMARY KEY (`id`), INDEX `text_prefix` (`text` "
        "(100) DESC), CONSTRAINT `id_nonzero` CHECK (`id` > 0)) CHARSET utf8mb4 COLLATE "
        "utf8mb4_bin COMMENT \"posts comment\";\n"_s);
    Table withText = posts;
    Column uuid = col(u"uuid"_s, u"char(36)"_s, true);
    uuid.charset = u"utf8mb4"_s;
    uuid.collation = u"utf8mb4_bin"_s;
    withText.columns.append(uuid);
    Index fulltext = index(u"text"_s, {part(u"text"_s)});
    fulltext.type = u"FULLTEXT"_s;
    fulltext.comment = u"text index"_s;
    withText.indexes = {fulltext};
    // Atlas's case adds WITH PARSER `ngram`, which the model lacks.
    row("create table with column charset and fulltext index", both, diffOf({addTable(withText)}),
        {},
        u"-- Create \"posts\" table\nCREATE TABLE `posts` (`id` bigint NOT NULL AUTO_INCREMENT, "
        "`text` text NULL, `uuid` char(36) CHARSET utf8mb4 NULL COLLATE utf8mb4_bin, PRIMARY KEY "
        "(`id`), FULLTEXT INDEX `text` (`text`) COMMENT \"text index\");\n"_s);
    row("drop table", both,
        diffOf(
            {tableChange(Kind::DropTable, tableOf(u"posts"_s, {col(u"id"_s, u"bigint"_s)}), {})}),
        {}, u"-- Drop \"posts\" table\nDROP TABLE `posts`;\n"_s);
    row("rename table", both,
        diffOf({tableChange(Kind::RenameTable, tableOf(u"t1"_s, {}), tableOf(u"t2"_s, {}))}), {},
        u"-- Rename a table from \"t1\" to \"t2\"\nRENAME TABLE `t1` TO `t2`;\n"_s);
    row("rename table qualified", both,
        diffOf(
            {tableChange(Kind::RenameTable, tableOf(u"t1"_s, {}), tableOf(u"t2"_s, {}), u"s1"_s)}),
        qualified(),
        u"-- Rename a table from \"t1\" to \"t2\"\nRENAME TABLE `s1`.`t1` TO `s1`.`t2`;\n"_s);

    // Qualifiers (TestPlanChanges "Empty qualifier", "Custom qualifier"; TestDefaultPlan).
    const Table t = tableOf(u"t"_s, {col(u"a"_s, u"int"_s)});
    row("unqualified", both, diffOf({addTable(t, u"d"_s)}), {},
        u"-- Create \"t\" table\nCREATE TABLE `t` (`a` int NOT NULL);\n"_s);
    row("custom qualifier", both, diffOf({addTable(t, u"d"_s)}), qualified(u"other"_s),
        u"-- Create \"t\" table\nCREATE TABLE `other`.`t` (`a` int NOT NULL);\n"_s);
    row("qualified by its schema", both,
        diffOf({addTable(tableOf(u"t1"_s, {col(u"a"_s, u"int"_s)}), u"s1"_s)}), qualified(),
        u"-- Create \"t1\" table\nCREATE TABLE `s1`.`t1` (`a` int NOT NULL);\n"_s);
    SchemaDiff realm = diffOf({addTable(tableOf(u"users"_s, {col(u"id"_s, u"int"_s)}), u"s1"_s)});
    Table orders = tableOf(u"orders"_s, {col(u"id"_s, u"int"_s), col(u"user_id"_s, u"int"_s)});
    orders.foreignKeys = {foreignKey(u"owner"_s, u"user_id"_s, u"users"_s, u"id"_s)};
    realm.changes.append(addTable(orders, u"s1"_s));
    realm.to.schemas = {schemaNamed(u"s1"_s), schemaNamed(u"s2"_s)};
    row("a realm of two schemas qualifies every name, references too", both, realm, {},
        u"-- Create \"users\" table\nCREATE TABLE `s1`.`users` (`id` int NOT NULL);\n"
        "-- Create \"orders\" table\nCREATE TABLE `s1`.`orders` (`id` int NOT NULL, `user_id` "
        "int NOT NULL, CONSTRAINT `owner` FOREIGN KEY (`user_id`) REFERENCES `s1`.`users` "
        "(`id`) ON UPDATE NO ACTION ON DELETE NO ACTION);\n"_s);

    // Indentation (TestIndentedPlan).
    row(
        "indented one column", both,
        diffOf({addTable(tableOf(u"t1"_s, {col(u"a"_s, u"int"_s)}), u"s1"_s)}),
        [] {
            PlanOptions options = qualified();
            options.indent = u"  "_s;
            return options;
        }(),
        u"-- Create \"t1\" table\nCREATE TABLE `s1`.`t1` (\n  `a` int NOT NULL\n);\n"_s);
    Table indentedTable =
        tableOf(u"t1"_s, {col(u"a"_s, u"int"_s), col(u"b"_s, u"int"_s), col(u"id"_s, u"int"_s)});
    indentedTable.primaryKey = primaryKey({u"id"_s});
    indentedTable.indexes = {index(u"idx"_s, {part(u"a"_s), part(u"b"_s)})};
    row("indented keys", both, diffOf({addTable(indentedTable)}), indented(),
        u"-- Create \"t1\" table\nCREATE TABLE `t1` (\n  `a` int NOT NULL,\n  `b` int NOT NULL,\n"
        "  `id` int NOT NULL,\n  PRIMARY KEY (`id`),\n  INDEX `idx` (`a`, `b`)\n);\n"_s);
    Table checked = indentedTable;
    checked.indexes.clear();
    checked.checks = {check(u"ck1"_s, u"a > 0"_s), check(u"ck2"_s, u"a > 0"_s)};
    checked.comment = u"Comment"_s;
    row("indented checks and comment", both, diffOf({addTable(checked)}), indented(),
        u"-- Create \"t1\" table\nCREATE TABLE `t1` (\n  `a` int NOT NULL,\n  `b` int NOT NULL,\n"
        "  `id` int NOT NULL,\n  PRIMARY KEY (`id`),\n  CONSTRAINT `ck1` CHECK (a > 0),\n"
        "  CONSTRAINT `ck2` CHECK (a > 0)\n) COMMENT \"Comment\";\n"_s);

    // The CLI's files (cli-migrate-diff.txt, cli-inspect-file.txtar).
    Table users = tableOf(u"users"_s, {autoIncrement(col(u"id"_s, u"bigint"_s))});
    users.primaryKey = primaryKey({u"id"_s});
    users.charset = u"utf8mb4"_s;
    users.collation = u"utf8mb4_general_ci"_s;
    row("cli migrate diff 1.sql", both, diffOf({addTable(users)}), {},
        u"-- Create \"users\" table\nCREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT, "
        "PRIMARY KEY (`id`)) CHARSET utf8mb4 COLLATE utf8mb4_general_ci;\n"_s);
    Column createTime = col(u"create_time"_s, u"timestamp(6)"_s);
    createTime.defaultValue =
        ColumnDefault{ColumnDefault::Kind::Expression, u"CURRENT_TIMESTAMP(6)"_s};
    row("cli migrate diff 2.sql", u"mysql"_s,
        diffOf({modifyTable(users, {{}, {columnChange(PartChangeKind::Add, {}, createTime)}})}), {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `create_time` timestamp(6) NOT "
        "NULL DEFAULT CURRENT_TIMESTAMP(6);\n"_s);
    createTime.defaultValue->sql = u"(current_timestamp(6))"_s;
    row("cli migrate diff maria107/2.sql", u"mariadb"_s,
        diffOf({modifyTable(users, {{}, {columnChange(PartChangeKind::Add, {}, createTime)}})}), {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `create_time` timestamp(6) NOT "
        "NULL DEFAULT (current_timestamp(6));\n"_s);
    Table inspected = tableOf(u"users"_s, {col(u"id"_s, u"int"_s)});
    inspected.primaryKey = primaryKey({u"id"_s});
    inspected.charset = u"utf8mb4"_s;
    inspected.collation = u"utf8mb4_0900_ai_ci"_s;
    row("cli inspect file", u"mysql"_s, diffOf({addTable(inspected)}), {},
        u"-- Create \"users\" table\nCREATE TABLE `users` (`id` int NOT NULL, PRIMARY KEY (`id`)) "
        "CHARSET utf8mb4 COLLATE utf8mb4_0900_ai_ci;\n"_s);

    // Foreign-key cycles (TestMigrate_DetachCycles): created without the keys, added after.
    Table cycleUsers =
        tableOf(u"users"_s, {col(u"id"_s, u"bigint"_s), col(u"workplace_id"_s, u"bigint"_s, true)});
    Table workplaces = tableOf(u"workplaces"_s,
                               {col(u"id"_s, u"bigint"_s), col(u"owner_id"_s, u"bigint"_s, true)});
    SchemaChange addWorkplaceKey = tableChange(Kind::AddForeignKeys, {}, cycleUsers);
    addWorkplaceKey.diff.foreignKeys = {
        {PartChangeKind::Add,
         {},
         foreignKey(u"workplace"_s, u"workplace_id"_s, u"workplaces"_s, u"id"_s)}};
    SchemaChange addOwnerKey = tableChange(Kind::AddForeignKeys, {}, workplaces);
    addOwnerKey.diff.foreignKeys = {
        {PartChangeKind::Add, {}, foreignKey(u"owner"_s, u"owner_id"_s, u"users"_s, u"id"_s)}};
    // Atlas's unit test leaves the actions out; inspected keys always have them.
    row("foreign key cycle", both,
        diffOf({addTable(cycleUsers), addTable(workplaces), addWorkplaceKey, addOwnerKey}), {},
        u"-- Create \"users\" table\nCREATE TABLE `users` (`id` bigint NOT NULL, `workplace_id` "
        "bigint NULL);\n-- Create \"workplaces\" table\nCREATE TABLE `workplaces` (`id` bigint NOT "
        "NULL, `owner_id` bigint NULL);\n-- Modify \"users\" table\nALTER TABLE `users` ADD "
        "CONSTRAINT `workplace` FOREIGN KEY (`workplace_id`) REFERENCES `workplaces` (`id`) ON "
        "UPDATE NO ACTION ON DELETE NO ACTION;\n-- Modify \"workplaces\" table\nALTER TABLE "
        "`workplaces` ADD CONSTRAINT `owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) "
        "ON UPDATE NO ACTION ON DELETE NO ACTION;\n"_s);

    // Columns (TestPlanChanges).
    const Table usersId = tableOf(u"users"_s, {col(u"id"_s, u"bigint"_s)});
    Index idKey = index(u"id_key"_s, {part(u"id"_s)});
    idKey.comment = u"comment"_s;
    row("add column and index", both,
        diffOf({modifyTable(
            usersId, {{},
                      {columnChange(PartChangeKind::Add, {}, col(u"name"_s, u"varchar(255)"_s))},
                      {},
                      {{PartChangeKind::Add, {}, idKey}}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `name` varchar(255) NOT NULL, "
        "ADD INDEX `id_key` (`id`) COMMENT \"comment\";\n"_s);
    Index hashKey = idKey;
    hashKey.type = u"HASH"_s;
    row("add hash index", both,
        diffOf({modifyTable(usersId, {{}, {}, {}, {{PartChangeKind::Add, {}, hashKey}}})}), {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD INDEX `id_key` USING HASH (`id`) "
        "COMMENT \"comment\";\n"_s);
    const Table c1 = tableOf(u"users"_s, {col(u"c1"_s, u"int"_s)});
    const SchemaDiff addStored = diffOf(
        {modifyTable(c1, {{},
                          {columnChange(PartChangeKind::Add, {},
                                        generated(col(u"c3"_s, u"int"_s), u"c1*c2"_s, true))}})});
    row("add stored generated column", u"mysql"_s, addStored, {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `c3` int AS (c1*c2) STORED "
        "NOT NULL;\n"_s);
    row("add stored generated column (mariadb takes no NOT NULL)", u"mariadb"_s, addStored, {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `c3` int AS (c1*c2) STORED;\n"_s);
    row("add virtual generated column (mysql)", u"mysql"_s,
        diffOf({modifyTable(
            c1, {{},
                 {columnChange(PartChangeKind::Add, {},
                               generated(col(u"c2"_s, u"int"_s, true), u"c1*2"_s, false))}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `c2` int AS (c1*2) VIRTUAL "
        "NULL;\n"_s);
    row("add virtual generated column (mariadb takes no NULL)", u"mariadb"_s,
        diffOf({modifyTable(
            c1, {{},
                 {columnChange(PartChangeKind::Add, {},
                               generated(col(u"c2"_s, u"int"_s, true), u"c1*2"_s, false))}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD COLUMN `c2` int AS (c1*2) VIRTUAL;\n"_s);
    const Column plainC = col(u"c"_s, u"int"_s);
    const Column storedC = generated(plainC, u"1"_s, true);
    row("stored generated column to regular", u"mysql"_s,
        diffOf({modifyTable(
            tableOf(u"users"_s, {plainC}),
            {{},
             {columnChange(PartChangeKind::Modify, storedC, plainC, ColumnAspect::Generated)}})}),
        {}, u"-- Modify \"users\" table\nALTER TABLE `users` MODIFY COLUMN `c` int NOT NULL;\n"_s);
    row("regular column to stored generated", u"mysql"_s,
        diffOf({modifyTable(
            tableOf(u"users"_s, {storedC}),
            {{},
             {columnChange(PartChangeKind::Modify, plainC, storedC, ColumnAspect::Generated)}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` MODIFY COLUMN `c` int AS (1) STORED NOT "
        "NULL;\n"_s);
    Column named = col(u"name"_s, u"varchar(255)"_s, true);
    named.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, u"'x'"_s};
    named.comment = u"who \"we\" are"_s;
    row("modify column null, default and comment", both,
        diffOf({modifyTable(
            tableOf(u"users"_s, {named}),
            {{},
             {columnChange(PartChangeKind::Modify, col(u"name"_s, u"varchar(255)"_s), named,
                           ColumnAspect::Null | ColumnAspect::Default | ColumnAspect::Comment)}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` MODIFY COLUMN `name` varchar(255) NULL "
        "DEFAULT 'x' COMMENT \"who \\\"we\\\" are\";\n"_s);
    Column stamp = col(u"at"_s, u"timestamp(6)"_s, true);
    Column stampTo = stamp;
    stampTo.onUpdate = u"CURRENT_TIMESTAMP(6)"_s;
    Column serial = col(u"id"_s, u"bigint"_s);
    Column title = col(u"title"_s, u"varchar(20)"_s);
    Column titleTo = title;
    titleTo.charset = u"latin1"_s;
    titleTo.collation = u"latin1_bin"_s;
    row("modify column auto_increment, on update, charset and collation", u"mysql"_s,
        diffOf({modifyTable(
            tableOf(u"t"_s, {autoIncrement(serial), titleTo, stampTo}),
            {{},
             {columnChange(PartChangeKind::Modify, serial, autoIncrement(serial),
                           ColumnAspect::AutoIncrement),
              columnChange(PartChangeKind::Modify, title, titleTo,
                           ColumnAspect::Charset | ColumnAspect::Collation),
              columnChange(PartChangeKind::Modify, stamp, stampTo, ColumnAspect::OnUpdate)}})}),
        {},
        u"-- Modify \"t\" table\nALTER TABLE `t` MODIFY COLUMN `id` bigint NOT NULL "
        "AUTO_INCREMENT, MODIFY COLUMN `title` varchar(20) CHARSET latin1 NOT NULL COLLATE "
        "latin1_bin, MODIFY COLUMN `at` timestamp(6) NULL ON UPDATE CURRENT_TIMESTAMP(6);\n"_s);
    row("drop column and the index on it", both,
        diffOf({modifyTable(
            tableOf(u"users"_s, {col(u"id"_s, u"bigint"_s)}),
            {{},
             {columnChange(PartChangeKind::Drop, named, {})},
             {},
             {{PartChangeKind::Drop, index(u"name_index"_s, {part(u"name"_s)}), {}}}})}),
        {}, u"-- Modify \"users\" table\nALTER TABLE `users` DROP COLUMN `name`;\n"_s);
    row("drop index", both,
        diffOf({modifyTable(
            tableOf(u"users"_s, {col(u"id"_s, u"bigint"_s), named}),
            {{},
             {},
             {},
             {{PartChangeKind::Drop, index(u"name_index"_s, {part(u"name"_s)}), {}}}})}),
        {}, u"-- Modify \"users\" table\nALTER TABLE `users` DROP INDEX `name_index`;\n"_s);
    const Table s1t1 = tableOf(u"t1"_s, {col(u"b"_s, u"int"_s)});
    SchemaChange renameColumn = modifyTable(
        s1t1,
        {{}, {columnChange(PartChangeKind::Rename, col(u"a"_s, u"int"_s), col(u"b"_s, u"int"_s))}});
    renameColumn.schema = u"s1"_s;
    row("rename column", both, diffOf({renameColumn}), qualified(),
        u"-- Modify \"t1\" table\nALTER TABLE `s1`.`t1` RENAME COLUMN `a` TO `b`;\n"_s);
    SchemaChange renameAndRetype =
        modifyTable(tableOf(u"t1"_s, {col(u"b"_s, u"bigint"_s)}),
                    {{},
                     {columnChange(PartChangeKind::Rename, col(u"a"_s, u"int"_s),
                                   col(u"b"_s, u"bigint"_s), ColumnAspect::Type)}});
    renameAndRetype.schema = u"s1"_s;
    // Atlas's CHANGE COLUMN spelling (its MySQL 5.6 case), used when more than the name changes.
    row("rename and retype column", both, diffOf({renameAndRetype}), qualified(),
        u"-- Modify \"t1\" table\nALTER TABLE `s1`.`t1` CHANGE COLUMN `a` `b` bigint NOT NULL;\n"_s);

    // Primary keys (TestPlanChanges).
    Table keyed = tableOf(u"users"_s, {col(u"id"_s, u"bigint"_s)});
    row("drop primary key", both,
        diffOf({modifyTable(
            keyed, {{}, {}, IndexChange{PartChangeKind::Drop, primaryKey({u"id"_s}), {}}})}),
        {}, u"-- Modify \"users\" table\nALTER TABLE `users` DROP PRIMARY KEY;\n"_s);
    row("add primary key with qualifier", both,
        diffOf({modifyTable(
            keyed, {{}, {}, IndexChange{PartChangeKind::Add, {}, primaryKey({u"id"_s})}})}),
        qualified(u"dev"_s),
        u"-- Modify \"users\" table\nALTER TABLE `dev`.`users` ADD PRIMARY KEY (`id`);\n"_s);
    Index hashPrimary = primaryKey({u"id"_s});
    hashPrimary.type = u"HASH"_s;
    row("modify primary key", both,
        diffOf({modifyTable(
            keyed,
            {{}, {}, IndexChange{PartChangeKind::Modify, hashPrimary, primaryKey({u"id"_s})}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` DROP PRIMARY KEY, ADD PRIMARY KEY "
        "(`id`);\n"_s);

    // Indexes rebuilt in two statements (TestMigrate_ApplyChanges).
    const Table spouses =
        tableOf(u"users"_s, {col(u"id"_s, u"bigint"_s), col(u"spouse_id"_s, u"bigint"_s, true)});
    Index spouseTo = index(u"id_spouse_id"_s, {part(u"spouse_id"_s), part(u"id"_s, true)});
    spouseTo.comment = u"comment"_s;
    row("modify index", both,
        diffOf({modifyTable(
            spouses,
            {{},
             {},
             {},
             {{PartChangeKind::Modify,
               index(u"id_spouse_id"_s, {part(u"id"_s), part(u"spouse_id"_s)}), spouseTo}}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` DROP INDEX `id_spouse_id`;\n"
        "-- Modify \"users\" table\nALTER TABLE `users` ADD INDEX `id_spouse_id` (`spouse_id`, "
        "`id` DESC) COMMENT \"comment\";\n"_s);

    // Foreign keys (TestPlanChanges; the add is its drop's reverse statement).
    Table petsFk = tableOf(u"pets"_s, {col(u"id"_s, u"bigint"_s), col(u"user_id"_s, u"bigint"_s)});
    const ForeignKey userKey =
        foreignKey(u"user_id"_s, u"user_id"_s, u"users"_s, u"id"_s, ReferenceAction::Cascade);
    row("drop foreign key", both,
        diffOf({modifyTable(petsFk, {{}, {}, {}, {}, {{PartChangeKind::Drop, userKey, {}}}})}), {},
        u"-- Modify \"pets\" table\nALTER TABLE `pets` DROP FOREIGN KEY `user_id`;\n"_s);
    row("add foreign key", both,
        diffOf({modifyTable(petsFk, {{}, {}, {}, {}, {{PartChangeKind::Add, {}, userKey}}})}), {},
        u"-- Modify \"pets\" table\nALTER TABLE `pets` ADD CONSTRAINT `user_id` FOREIGN KEY "
        "(`user_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE CASCADE;\n"_s);
    ForeignKey restricted = userKey;
    restricted.onDelete = ReferenceAction::Restrict;
    row("modify foreign key action", both,
        diffOf({modifyTable(petsFk,
                            {{}, {}, {}, {}, {{PartChangeKind::Modify, restricted, userKey}}})}),
        {},
        u"-- Modify \"pets\" table\nALTER TABLE `pets` DROP FOREIGN KEY `user_id`;\n"
        "-- Modify \"pets\" table\nALTER TABLE `pets` ADD CONSTRAINT `user_id` FOREIGN KEY "
        "(`user_id`) REFERENCES `users` (`id`) ON UPDATE NO ACTION ON DELETE CASCADE;\n"_s);
    Table petsIndexed = petsFk;
    petsIndexed.indexes = {index(u"user_id"_s, {part(u"user_id"_s)})};
    ForeignKey toOwners = userKey;
    toOwners.refTable = u"owners"_s;
    row("modify foreign key reference drops the key's index", both,
        diffOf({modifyTable(petsIndexed, petsIndexed,
                            {{}, {}, {}, {}, {{PartChangeKind::Modify, userKey, toOwners}}})}),
        {},
        u"-- Modify \"pets\" table\nALTER TABLE `pets` DROP FOREIGN KEY `user_id`, DROP INDEX "
        "`user_id`;\n-- Modify \"pets\" table\nALTER TABLE `pets` ADD CONSTRAINT `user_id` FOREIGN "
        "KEY (`user_id`) REFERENCES `owners` (`id`) ON UPDATE NO ACTION ON DELETE CASCADE;\n"_s);

    // Checks (TestPlanChanges): MariaDB has no DROP CHECK, MySQL keeps Atlas's spelling.
    row("drop check", both,
        diffOf({modifyTable(
            usersId, {{},
                      {},
                      {},
                      {},
                      {},
                      {{PartChangeKind::Drop, check(u"id_nonzero"_s, u"(id > 0)"_s), {}}}})}),
        {}, u"-- Modify \"users\" table\nALTER TABLE `users` DROP CONSTRAINT `id_nonzero`;\n"_s);
    row("add check", both,
        diffOf({modifyTable(usersId,
                            {{},
                             {},
                             {},
                             {},
                             {},
                             {{PartChangeKind::Add, {}, check(u"id_nonzero"_s, u"(id > 0)"_s)}}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ADD CONSTRAINT `id_nonzero` CHECK (id > "
        "0);\n"_s);
    const QList<CheckChange> checkChanges = {
        {PartChangeKind::Modify, check(u"check1"_s, u"(id > 0)"_s, false),
         check(u"check1"_s, u"(id > 0)"_s)},
        {PartChangeKind::Modify, check(u"check2"_s, u"(id > 0)"_s),
         check(u"check2"_s, u"(id > 0)"_s, false)},
        {PartChangeKind::Modify, check(u"check3"_s, u"(id > 0)"_s),
         check(u"check3"_s, u"(id >= 0)"_s)}};
    row("modify checks", u"mysql"_s,
        diffOf({modifyTable(usersId, {{}, {}, {}, {}, {}, checkChanges})}), {},
        u"-- Modify \"users\" table\nALTER TABLE `users` ALTER CHECK `check1` ENFORCED, ALTER "
        "CHECK `check2` NOT ENFORCED, DROP CHECK `check3`, ADD CONSTRAINT `check3` CHECK (id >= "
        "0);\n"_s);
    row("modify check expression", u"mariadb"_s,
        diffOf({modifyTable(usersId, {{}, {}, {}, {}, {}, {checkChanges.at(2)}})}), {},
        u"-- Modify \"users\" table\nALTER TABLE `users` DROP CONSTRAINT `check3`, ADD CONSTRAINT "
        "`check3` CHECK (id >= 0);\n"_s);

    // Table attributes, then checks, then columns: Atlas's differ order.
    Table restyled = usersId;
    restyled.comment = u"people"_s;
    restyled.charset = u"latin1"_s;
    restyled.collation = u"latin1_bin"_s;
    restyled.engine = u"MyISAM"_s;
    row("table attributes before checks and columns", both,
        diffOf({modifyTable(usersId, restyled,
                            {TableAspect::Comment | TableAspect::Charset | TableAspect::Collation |
                                 TableAspect::Engine,
                             {columnChange(PartChangeKind::Add, {}, col(u"age"_s, u"int"_s, true))},
                             {},
                             {},
                             {},
                             {{PartChangeKind::Add, {}, check(u"adult"_s, u"(`age` >= 18)"_s)}}})}),
        {},
        u"-- Modify \"users\" table\nALTER TABLE `users` COMMENT \"people\", CHARSET latin1, "
        "COLLATE latin1_bin, ENGINE MyISAM, ADD CONSTRAINT `adult` CHECK (`age` >= 18), ADD "
        "COLUMN `age` int NULL;\n"_s);
    Table uncommented = restyled;
    uncommented.comment.clear();
    row("remove table comment", both,
        diffOf({modifyTable(restyled, uncommented, {TableAspect::Comment})}), {},
        u"-- Modify \"users\" table\nALTER TABLE `users` COMMENT \"\";\n"_s);

    // MariaDB's json: the column carries the json_valid check, MODIFY COLUMN adds or drops it.
    const Table plain = tableOf(u"t"_s, {col(u"id"_s, u"int"_s)});
    const Table withDoc = withJsonColumn(plain, u"doc"_s);
    const Column doc = withDoc.columns.at(1);
    row("add json column", u"mariadb"_s,
        diffOf({modifyTable(plain, withDoc,
                            {{},
                             {columnChange(PartChangeKind::Add, {}, doc)},
                             {},
                             {},
                             {},
                             {{PartChangeKind::Add, {}, withDoc.checks.front()}}})}),
        {}, u"-- Modify \"t\" table\nALTER TABLE `t` ADD COLUMN `doc` json NULL;\n"_s);
    row("create table with json column", u"mariadb"_s, diffOf({addTable(withDoc)}), {},
        u"-- Create \"t\" table\nCREATE TABLE `t` (`id` int NOT NULL, `doc` json NULL) CHARSET "
        "utf8mb4 COLLATE utf8mb4_general_ci;\n"_s);
    Table docWithoutCheck = withDoc;
    docWithoutCheck.checks.clear();
    row("drop json check keeps a longtext column", u"mariadb"_s,
        diffOf({modifyTable(
            withDoc, docWithoutCheck,
            {{}, {}, {}, {}, {}, {{PartChangeKind::Drop, withDoc.checks.front(), {}}}})}),
        {},
        u"-- Modify \"t\" table\nALTER TABLE `t` MODIFY COLUMN `doc` longtext NULL COLLATE "
        "utf8mb4_bin;\n"_s);
    row("drop json column", u"mariadb"_s,
        diffOf({modifyTable(withDoc, plain,
                            {{},
                             {columnChange(PartChangeKind::Drop, doc, {})},
                             {},
                             {},
                             {},
                             {{PartChangeKind::Drop, withDoc.checks.front(), {}}}})}),
        {}, u"-- Modify \"t\" table\nALTER TABLE `t` DROP COLUMN `doc`;\n"_s);
    Table mysqlJson = plain;
    mysqlJson.columns.append(col(u"doc"_s, u"json"_s, true));
    row("add json column", u"mysql"_s,
        diffOf(
            {modifyTable(plain, mysqlJson,
                         {{}, {columnChange(PartChangeKind::Add, {}, mysqlJson.columns.at(1))}})}),
        {}, u"-- Modify \"t\" table\nALTER TABLE `t` ADD COLUMN `doc` json NULL;\n"_s);
}

void TestMysqlPlanner::plansAsAtlas()
{
    QFETCH(QString, flavour);
    QFETCH(SchemaDiff, diff);
    QFETCH(PlanOptions, options);
    QFETCH(QString, expected);
    const Expected<Plan> plan = planFor(flavour, diff, options);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->text(), expected);
}

void TestMysqlPlanner::refusesWhatTheServerCannotDo_data()
{
    QTest::addColumn<QString>("flavour");
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("message");

    const Column plainC = col(u"c"_s, u"int"_s);
    const Table users = tableOf(u"users"_s, {plainC});
    auto generatedChange = [&](const Column &from, const Column &to) {
        return diffOf({modifyTable(
            users,
            {{}, {columnChange(PartChangeKind::Modify, from, to, ColumnAspect::Generated)}})});
    };
    QTest::newRow("regular to virtual")
        << u"mysql"_s << generatedChange(plainC, generated(plainC, u"1"_s, false)) << PlanOptions()
        << u"Cannot modify table \"users\": column \"c\" cannot become a VIRTUAL generated column "
           "in place; drop it and add it again."_s;
    QTest::newRow("virtual to regular")
        << u"mysql"_s << generatedChange(generated(plainC, u"1"_s, false), plainC) << PlanOptions()
        << u"Cannot modify table \"users\": VIRTUAL generated column \"c\" cannot become a regular "
           "column in place; drop it and add it again."_s;
    QTest::newRow("virtual to stored")
        << u"mysql"_s
        << generatedChange(generated(plainC, u"1"_s, false), generated(plainC, u"1"_s, true))
        << PlanOptions()
        << u"Cannot modify table \"users\": generated column \"c\" cannot change between VIRTUAL "
           "and STORED in place; drop it and add it again."_s;
    QTest::newRow("table without columns")
        << u"mysql"_s << diffOf({addTable(tableOf(u"users"_s, {}))}) << PlanOptions()
        << u"Cannot create table \"users\": it has no columns. Add a column to it."_s;
    QTest::newRow("modify to no columns")
        << u"mysql"_s
        << diffOf({modifyTable(users, tableOf(u"users"_s, {}),
                               {{}, {columnChange(PartChangeKind::Drop, plainC, {})}})})
        << PlanOptions()
        << u"Cannot modify table \"users\": it would have no columns left; drop the table "
           "instead."_s;
    SchemaDiff twoSchemas = diffOf({addTable(users, u"s1"_s), addTable(users, u"s2"_s)});
    QTest::newRow("qualifier over two schemas")
        << u"mysql"_s << twoSchemas << qualified(u"dev"_s)
        << u"Cannot write the changes of 2 schemas with the qualifier \"dev\": a qualifier names "
           "one schema. Plan each schema on its own, or leave the qualifier out."_s;
    SchemaChange addEnum;
    addEnum.kind = Kind::AddEnum;
    addEnum.schema = u"app"_s;
    addEnum.enumTo = EnumType{u"status"_s, {u"a"_s}};
    QTest::newRow("enum types")
        << u"mariadb"_s << diffOf({addEnum}) << PlanOptions()
        << u"Cannot plan a change of enum type \"status\": MySQL and MariaDB have no enum types, "
           "only enum columns."_s;
    QTest::newRow("enforcement on mariadb")
        << u"mariadb"_s
        << diffOf({modifyTable(users, {{},
                                       {},
                                       {},
                                       {},
                                       {},
                                       {{PartChangeKind::Modify, check(u"c1"_s, u"(c > 0)"_s),
                                         check(u"c1"_s, u"(c > 0)"_s, false)}}})})
        << PlanOptions()
        << u"Cannot modify table \"users\": MariaDB always enforces checks; drop check \"c1\" "
           "instead."_s;
    QTest::newRow("unnamed check drop")
        << u"mysql"_s
        << diffOf({modifyTable(
               users, {{}, {}, {}, {}, {}, {{PartChangeKind::Drop, check({}, u"(c > 0)"_s), {}}}})})
        << PlanOptions()
        << u"Cannot modify table \"users\": an unnamed check cannot be dropped; name it in the "
           "current schema first."_s;
    Table nullable = tableOf(u"pets"_s, {col(u"owner_id"_s, u"int"_s)});
    nullable.foreignKeys = {
        foreignKey(u"owner"_s, u"owner_id"_s, u"users"_s, u"id"_s, ReferenceAction::SetNull)};
    QTest::newRow("set null on a not null column")
        << u"mysql"_s << diffOf({addTable(nullable)}) << PlanOptions()
        << u"Foreign key \"owner\" of table \"pets\" sets column \"owner_id\" to NULL, but the "
           "column is NOT NULL; make the column nullable or choose another action."_s;
    Column identity = plainC;
    identity.identity = Identity{u"ALWAYS"_s, 1, 1};
    QTest::newRow("identity column")
        << u"mysql"_s
        << diffOf({modifyTable(users, {{},
                                       {columnChange(PartChangeKind::Modify, plainC, identity,
                                                     ColumnAspect::Identity)}})})
        << PlanOptions()
        << u"Column \"c\" of table \"users\" is an identity column, which MySQL and MariaDB do "
           "not have; use AUTO_INCREMENT instead."_s;
    Table defaultEngine = users;
    Table myisam = users;
    myisam.engine = u"MyISAM"_s;
    QTest::newRow("back to the default engine")
        << u"mysql"_s << diffOf({modifyTable(myisam, defaultEngine, {TableAspect::Engine})})
        << PlanOptions()
        << u"Cannot modify table \"users\": the server's default engine has no name here; name "
           "the engine the table should use."_s;
}

void TestMysqlPlanner::refusesWhatTheServerCannotDo()
{
    QFETCH(QString, flavour);
    QFETCH(SchemaDiff, diff);
    QFETCH(PlanOptions, options);
    QFETCH(QString, message);
    const Expected<Plan> plan = planFor(flavour, diff, options);
    QVERIFY2(!plan, plan ? qPrintable(plan->text()) : "");
    QCOMPARE(plan.error().message, message);
}

/// Which statements lose data, which have no reverse, and which change each comes from.
void TestMysqlPlanner::flagsStatements()
{
    const Table before = tableOf(u"t"_s, {col(u"id"_s, u"int"_s), col(u"name"_s, u"varchar(50)"_s),
                                          col(u"note"_s, u"varchar(50)"_s)});
    Table after = tableOf(u"t"_s, {col(u"id"_s, u"bigint"_s), col(u"name"_s, u"varchar(20)"_s)});
    after.comment = u"c"_s;
    const QList<SchemaChange> changes = {
        schemaChange(Kind::AddSchema, {}, schemaNamed(u"extra"_s)),
        addTable(tableOf(u"new"_s, {col(u"id"_s, u"int"_s)})),
        modifyTable(before, after,
                    {{},
                     {columnChange(PartChangeKind::Modify, before.columns.at(0),
                                   after.columns.at(0), ColumnAspect::Type)}}),
        modifyTable(before, after,
                    {{},
                     {columnChange(PartChangeKind::Modify, before.columns.at(1),
                                   after.columns.at(1), ColumnAspect::Type)}}),
        modifyTable(before, after,
                    {{}, {columnChange(PartChangeKind::Drop, before.columns.at(2), {})}}),
        modifyTable(before, after, {TableAspect::Comment}),
        tableChange(Kind::DropTable, tableOf(u"old"_s, {col(u"id"_s, u"int"_s)}), {}),
        schemaChange(Kind::DropSchema, schemaNamed(u"gone"_s), {}),
    };
    const Expected<Plan> plan = planFor(u"mariadb"_s, diffOf(changes), {});
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->statements.size(), 8);
    struct Flags
    {
        int change;
        bool destructive;
        bool reversible;
        const char *sql;
    };
    const Flags expected[] = {
        // Atlas's topLevel: schemas are created and dropped before any table change, and the
        // change index refers to Plan::changes, the order the planner rendered.
        {0, false, true, "CREATE DATABASE `extra`"},
        {1, true, false, "DROP DATABASE `gone`"},
        {2, false, true, "CREATE TABLE `app`.`new` (`id` int NOT NULL)"},
        {3, false, true, "ALTER TABLE `app`.`t` MODIFY COLUMN `id` bigint NOT NULL"},
        {4, true, true, "ALTER TABLE `app`.`t` MODIFY COLUMN `name` varchar(20) NOT NULL"},
        {5, true, false, "ALTER TABLE `app`.`t` DROP COLUMN `note`"},
        {6, false, false, "ALTER TABLE `app`.`t` COMMENT \"c\""},
        {7, true, false, "DROP TABLE `app`.`old`"},
    };
    for (int i = 0; i < 8; ++i) {
        const PlannedStatement &statement = plan->statements.at(i);
        QCOMPARE(statement.sql, QString::fromUtf8(expected[i].sql));
        QCOMPARE(statement.change, expected[i].change);
        QCOMPARE(statement.destructive, expected[i].destructive);
        QCOMPARE(statement.reversible, expected[i].reversible);
    }
}

void TestMysqlPlanner::databaseHandsOutOnePlannerPerFlavour()
{
    const MysqlDatabase database;
    const Planner *mysql = database.planner(u"mysql"_s);
    const Planner *mariadb = database.planner(u"mariadb"_s);
    QVERIFY(mysql && mariadb);
    QVERIFY(mysql != mariadb);
    QCOMPARE(database.planner(u"mysql"_s), mysql);
    // The flavours differ where the servers do: MariaDB has no DROP CHECK.
    const SchemaDiff diff = diffOf({modifyTable(
        tableOf(u"t"_s, {col(u"id"_s, u"int"_s)}),
        {{},
         {},
         {},
         {},
         {},
         {{PartChangeKind::Modify, check(u"c"_s, u"(id > 0)"_s), check(u"c"_s, u"(id > 1)"_s)}}})});
    QVERIFY(mysql->plan(diff, {})->text().contains(u"DROP CHECK `c`"_s));
    QVERIFY(mariadb->plan(diff, {})->text().contains(u"DROP CONSTRAINT `c`"_s));
}

QTEST_GUILESS_MAIN(TestMysqlPlanner)
#include "tst_mysqlplanner.moc"
