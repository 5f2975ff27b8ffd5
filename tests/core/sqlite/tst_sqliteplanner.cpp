#include "../writers/writermodels.h"
#include "db/registry.h"
#include "db/sqlite/sqliteplanner.h"
#include "planmodels.h"

#include <QTest>

using namespace strata;
using namespace strata::test;
using namespace writermodels;

Q_DECLARE_METATYPE(strata::SchemaDiff)
Q_DECLARE_METATYPE(strata::PlanOptions)

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString text(const QString &value)
{
    return value;
}

template<typename... Parts>
QStringList strings(const Parts &...parts)
{
    return {text(parts)...};
}

/// A migration file's text: one line each, every line ended.
template<typename... Parts>
QString lines(const Parts &...parts)
{
    return strings(parts...).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

const QString kForeignKeysOff = QStringLiteral(
    "-- Disable the enforcement of foreign-keys constraints\nPRAGMA foreign_keys = off;");
const QString kForeignKeysOn = QStringLiteral(
    "-- Enable back the enforcement of foreign-keys constraints\nPRAGMA foreign_keys = on;");

PlanOptions qualifiedBy(const char *qualifier)
{
    PlanOptions options;
    options.qualifier = str(qualifier);
    return options;
}

PlanOptions indented()
{
    PlanOptions options;
    options.indent = QStringLiteral("  ");
    return options;
}

Table withChecks(Table t, const QList<Check> &checks)
{
    t.checks = checks;
    return t;
}

Table withIndexes(Table t, const QList<Index> &indexes)
{
    t.indexes = indexes;
    return t;
}

Table withForeignKeys(Table t, const QList<ForeignKey> &keys)
{
    t.foreignKeys = keys;
    return t;
}

/// users (id bigint) as Atlas's TestPlanChanges builds it.
Table atlasUsers()
{
    return table("users", {column("id", "bigint")});
}

Table pets()
{
    return withPrimaryKey(
        table("pets", {column("id", "integer"), column("owner_id", "integer", true),
                       column("name", "text", true)}),
        {part("id")});
}

Table owners()
{
    return withPrimaryKey(table("owners", {column("id", "integer")}), {part("id")});
}

ForeignKey petOwner()
{
    return foreignKey("pet_owner", {QStringLiteral("owner_id")}, "owners", {QStringLiteral("id")},
                      ReferenceAction::NoAction, ReferenceAction::Cascade);
}

} // namespace

/// The planner's text for each change kind, against Atlas's sql/sqlite/migrate_test.go where
/// Atlas has the case.
class TestSqlitePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryReturnsPlanner();
    void plan_data();
    void plan();
    void errors_data();
    void errors();
    void statementFlags();
};

void TestSqlitePlanner::registryReturnsPlanner()
{
    for (const Database *database : registeredDatabases()) {
        if (database->name() == QLatin1String("sqlite")) {
            QCOMPARE(database->planner(QStringLiteral("sqlite")), &SqlitePlanner::instance());
            return;
        }
    }
    QFAIL("no sqlite database registered");
}

void TestSqlitePlanner::plan_data()
{
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("expected");

    const Table posts =
        withChecks(table("posts", {column("id", "integer"), column("text", "text", true)}),
                   {check("", "(text <> '')"), check("positive_id", "(id <> 0)")});
    QTest::newRow("add table with checks (Atlas)")
        << diffOf({addTable(posts)}) << PlanOptions()
        << lines("-- Create \"posts\" table",
                 "CREATE TABLE `posts` (`id` integer NOT NULL, `text` text NULL, CHECK (text <> "
                 "''), CONSTRAINT `positive_id` CHECK (id <> 0));");

    Table autoPosts = withPrimaryKey(posts, {part("id")});
    autoPosts.columns[0] = autoIncrement(autoPosts.columns[0]);
    QTest::newRow("add table with AUTOINCREMENT (Atlas)")
        << diffOf({addTable(autoPosts)}) << PlanOptions()
        << lines("-- Create \"posts\" table",
                 "CREATE TABLE `posts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `text` "
                 "text NULL, CHECK (text <> ''), CONSTRAINT `positive_id` CHECK (id <> 0));");

    const Table people = withIndexes(
        withPrimaryKey(table("people", {column("id", "integer"), column("email", "text"),
                                        column("name", "text", true)}),
                       {part("id")}),
        {index("sqlite_autoindex_people_1", {part("email")}, true),
         index("people_name", {part("name", true)}, false, "name IS NOT NULL")});
    QTest::newRow("add table with indexes")
        << diffOf({addTable(people)}) << PlanOptions()
        << lines("-- Create \"people\" table",
                 "CREATE TABLE `people` (`id` integer NOT NULL, `email` text NOT NULL, `name` "
                 "text NULL, PRIMARY KEY (`id`), UNIQUE (`email`));",
                 "-- Create index \"people_name\" to table: \"people\"",
                 "CREATE INDEX `people_name` ON `people` (`name` DESC) WHERE name IS NOT NULL;");

    QTest::newRow("cli-migrate-diff.txtar (Atlas)")
        << diffOf({addTable(table("users", {column("id", "int")}))}) << PlanOptions()
        << lines("-- Create \"users\" table", "CREATE TABLE `users` (`id` int NOT NULL);");

    const Table main = table("t", {column("a", "int")});
    QTest::newRow("no qualifier by default (Atlas)")
        << diffOf({addTable(main)}) << PlanOptions()
        << lines("-- Create \"t\" table", "CREATE TABLE `t` (`a` int NOT NULL);");
    QTest::newRow("custom qualifier (Atlas)")
        << diffOf({addTable(main)}) << qualifiedBy("other")
        << lines("-- Create \"t\" table", "CREATE TABLE `other`.`t` (`a` int NOT NULL);");
    PlanOptions qualified;
    qualified.qualify = true;
    QTest::newRow("qualified by the table's schema")
        << diffOf({addTable(main)}) << qualified
        << lines("-- Create \"t\" table", "CREATE TABLE `main`.`t` (`a` int NOT NULL);");

    QTest::newRow("indented (Atlas)")
        << diffOf({addTable(withPrimaryKey(
               table("t1", {column("a", "int"), column("b", "int"), column("id", "int")}),
               {part("id")}))})
        << indented()
        << lines("-- Create \"t1\" table", "CREATE TABLE `t1` (", "  `a` int NOT NULL,",
                 "  `b` int NOT NULL,", "  `id` int NOT NULL,", "  PRIMARY KEY (`id`)", ");");

    // A cycle: pets -> owners -> pets. The differ holds pets' key back; SQLite declares it in
    // pets' CREATE TABLE anyway, as Atlas does.
    const ForeignKey ownerFavourite =
        foreignKey("favourite", {QStringLiteral("favourite_id")}, "pets", {QStringLiteral("id")},
                   ReferenceAction::NoAction, ReferenceAction::SetNull);
    const Table cyclicOwners =
        withForeignKeys(withPrimaryKey(table("owners", {column("id", "integer"),
                                                        column("favourite_id", "integer", true)}),
                                       {part("id")}),
                        {ownerFavourite});
    const Table cyclicPets = withForeignKeys(pets(), {petOwner()});
    SchemaDiff cycle =
        diffOf({addTable(pets()), addTable(cyclicOwners), addForeignKeys(pets(), {petOwner()})});
    cycle.to = realm({cyclicOwners, cyclicPets});
    QTest::newRow("foreign key cycle")
        << cycle << PlanOptions()
        << lines("-- Create \"pets\" table",
                 "CREATE TABLE `pets` (`id` integer NOT NULL, `owner_id` integer NULL, `name` "
                 "text NULL, PRIMARY KEY (`id`), CONSTRAINT `pet_owner` FOREIGN KEY "
                 "(`owner_id`) REFERENCES `owners` (`id`) ON UPDATE NO ACTION ON DELETE "
                 "CASCADE);",
                 "-- Create \"owners\" table",
                 "CREATE TABLE `owners` (`id` integer NOT NULL, `favourite_id` integer NULL, "
                 "PRIMARY KEY (`id`), CONSTRAINT `favourite` FOREIGN KEY (`favourite_id`) "
                 "REFERENCES `pets` (`id`) ON UPDATE NO ACTION ON DELETE SET NULL);");

    QTest::newRow("drop table (Atlas)")
        << diffOf({dropTable(table("posts", {column("id", "integer")}))}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Drop \"posts\" table", "DROP TABLE `posts`;", kForeignKeysOn);
    QTest::newRow("drop table ignores the qualifier")
        << diffOf({dropTable(table("posts", {column("id", "integer")}))}) << qualifiedBy("other")
        << lines(kForeignKeysOff, "-- Drop \"posts\" table", "DROP TABLE `posts`;", kForeignKeysOn);

    QTest::newRow("rename table (Atlas)")
        << diffOf({renameTable(table("t1", {}), table("t2", {}))}) << PlanOptions()
        << lines("-- Rename a table from \"t1\" to \"t2\"", "ALTER TABLE `t1` RENAME TO `t2`;");
    QTest::newRow("rename table qualified")
        << diffOf({renameTable(table("t1", {}), table("t2", {}))}) << qualifiedBy("other")
        << lines("-- Rename a table from \"t1\" to \"t2\"",
                 "ALTER TABLE `other`.`t1` RENAME TO `other`.`t2`;");

    const Column name = column("name", "varchar(255)");
    TableDiff addNameAndIndex;
    addNameAndIndex.columns = {addColumn(name)};
    addNameAndIndex.indexes = {addIndex(index("id_key", {part("id")}))};
    Table usersWithName = atlasUsers();
    usersWithName.columns.append(name);
    usersWithName.indexes = {index("id_key", {part("id")})};
    QTest::newRow("add column and index (Atlas)")
        << diffOf({modifyTable(atlasUsers(), usersWithName, addNameAndIndex)}) << PlanOptions()
        << lines("-- Add column \"name\" to table: \"users\"",
                 "ALTER TABLE `users` ADD COLUMN `name` varchar(255) NOT NULL;",
                 "-- Create index \"id_key\" to table: \"users\"",
                 "CREATE INDEX `id_key` ON `users` (`id`);");

    const Column virtualColumn = generated(column("nid", "bigint"), "1", false);
    Table usersWithVirtual = atlasUsers();
    usersWithVirtual.columns.append(virtualColumn);
    TableDiff addVirtual;
    addVirtual.columns = {addColumn(virtualColumn)};
    QTest::newRow("add virtual column")
        << diffOf({modifyTable(atlasUsers(), usersWithVirtual, addVirtual)}) << PlanOptions()
        << lines("-- Add column \"nid\" to table: \"users\"",
                 "ALTER TABLE `users` ADD COLUMN `nid` bigint NOT NULL AS (1) VIRTUAL;");

    const Column storedColumn = generated(column("nid", "bigint"), "1", true);
    Table usersWithStored = atlasUsers();
    usersWithStored.columns.append(storedColumn);
    TableDiff addStored;
    addStored.columns = {addColumn(storedColumn)};
    QTest::newRow("add stored column copies (Atlas)")
        << diffOf({modifyTable(atlasUsers(), usersWithStored, addStored)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_users\" table",
                 "CREATE TABLE `new_users` (`id` bigint NOT NULL, `nid` bigint NOT NULL AS (1) "
                 "STORED);",
                 "-- Copy rows from old table \"users\" to new temporary table \"new_users\"",
                 "INSERT INTO `new_users` (`id`) SELECT `id` FROM `users`;",
                 "-- Drop \"users\" table after copying rows", "DROP TABLE `users`;",
                 "-- Rename temporary table \"new_users\" to \"users\"",
                 "ALTER TABLE `new_users` RENAME TO `users`;", kForeignKeysOn);

    const Column nullRank = column("rank", "int", true);
    const Column rank = literal(column("rank", "int"), "1");
    const Column nullNick = column("nick", "text", true);
    const Column nick = literal(column("nick", "text"), "'a8m'");
    const Table usersBefore = table("users", {column("id", "bigint"), nullRank, nullNick, name});
    const Table usersAfter =
        withChecks(table("users", {column("id", "bigint"), rank, nick}), {check("", "(id <> 0)")});
    TableDiff nullToDefault;
    nullToDefault.columns = {
        modifyColumn(nullRank, rank, ColumnAspect::Null | ColumnAspect::Default),
        modifyColumn(nullNick, nick, ColumnAspect::Null | ColumnAspect::Default), dropColumn(name)};
    nullToDefault.checks = {addCheck(check("", "(id <> 0)"))};
    QTest::newRow("not null with default, drop column, add check (Atlas)")
        << diffOf({modifyTable(usersBefore, usersAfter, nullToDefault)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_users\" table",
                 "CREATE TABLE `new_users` (`id` bigint NOT NULL, `rank` int NOT NULL DEFAULT "
                 "1, `nick` text NOT NULL DEFAULT 'a8m', CHECK (id <> 0));",
                 "-- Copy rows from old table \"users\" to new temporary table \"new_users\"",
                 "INSERT INTO `new_users` (`id`, `rank`, `nick`) SELECT `id`, IFNULL(`rank`, 1) "
                 "AS `rank`, IFNULL(`nick`, 'a8m') AS `nick` FROM `users`;",
                 "-- Drop \"users\" table after copying rows", "DROP TABLE `users`;",
                 "-- Rename temporary table \"new_users\" to \"users\"",
                 "ALTER TABLE `new_users` RENAME TO `users`;", kForeignKeysOn);

    const Column c1 = column("c1", "varchar(255)");
    const Column c2 = column("c2", "bigint");
    TableDiff replaceColumn;
    replaceColumn.columns = {dropColumn(c1), addColumn(c2)};
    QTest::newRow("nothing to copy (Atlas)")
        << diffOf({modifyTable(table("users", {c1}), table("users", {c2}), replaceColumn)})
        << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_users\" table",
                 "CREATE TABLE `new_users` (`c2` bigint NOT NULL);",
                 "-- Drop \"users\" table without copying rows (no columns)", "DROP TABLE `users`;",
                 "-- Rename temporary table \"new_users\" to \"users\"",
                 "ALTER TABLE `new_users` RENAME TO `users`;", kForeignKeysOn);

    TableDiff renameA;
    renameA.columns = {renameColumn(column("a", "int"), column("b", "int"))};
    QTest::newRow("rename column (Atlas)")
        << diffOf({modifyTable(table("t1", {column("a", "int")}), table("t1", {column("b", "int")}),
                               renameA)})
        << PlanOptions()
        << lines("-- Rename a column from \"a\" to \"b\"",
                 "ALTER TABLE `t1` RENAME COLUMN `a` TO `b`;");

    TableDiff renameAndRetype;
    renameAndRetype.columns = {
        renameColumn(column("a", "int"), column("b", "text"), ColumnAspect::Type)};
    QTest::newRow("rename and retype column copies")
        << diffOf({modifyTable(table("t1", {column("id", "int"), column("a", "int")}),
                               table("t1", {column("id", "int"), column("b", "text")}),
                               renameAndRetype)})
        << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_t1\" table",
                 "CREATE TABLE `new_t1` (`id` int NOT NULL, `b` text NOT NULL);",
                 "-- Copy rows from old table \"t1\" to new temporary table \"new_t1\"",
                 "INSERT INTO `new_t1` (`id`, `b`) SELECT `id`, `a` FROM `t1`;",
                 "-- Drop \"t1\" table after copying rows", "DROP TABLE `t1`;",
                 "-- Rename temporary table \"new_t1\" to \"t1\"",
                 "ALTER TABLE `new_t1` RENAME TO `t1`;", kForeignKeysOn);

    const Index indexA = index("a", {part("a")});
    const Index indexB = index("b", {part("a")});
    TableDiff renameIndex;
    renameIndex.indexes = {addIndex(indexB), dropIndex(indexA)};
    QTest::newRow("create and drop index (Atlas rename index)")
        << diffOf(
               {modifyTable(withIndexes(table("t1", {column("a", "int")}), {indexA}),
                            withIndexes(table("t1", {column("a", "int")}), {indexB}), renameIndex)})
        << PlanOptions()
        << lines("-- Create index \"b\" to table: \"t1\"", "CREATE INDEX `b` ON `t1` (`a`);",
                 "-- Drop index \"a\" from table: \"t1\"", "DROP INDEX `a`;");

    const Table petsNamed = withIndexes(pets(), {index("pets_name", {part("name")})});
    const Table petsUniqueName = withIndexes(pets(), {index("pets_name", {part("name")}, true)});
    TableDiff makeUnique;
    makeUnique.indexes = {modifyIndex(petsNamed.indexes[0], petsUniqueName.indexes[0])};
    const QString copyPets = QStringLiteral(
        "-- Copy rows from old table \"pets\" to new temporary table \"new_pets\"\n"
        "INSERT INTO `new_pets` (`id`, `owner_id`, `name`) SELECT `id`, `owner_id`, `name` FROM "
        "`pets`;\n"
        "-- Drop \"pets\" table after copying rows\nDROP TABLE `pets`;\n"
        "-- Rename temporary table \"new_pets\" to \"pets\"\n"
        "ALTER TABLE `new_pets` RENAME TO `pets`;");
    QTest::newRow("modify index copies")
        << diffOf({modifyTable(petsNamed, petsUniqueName, makeUnique)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_pets\" table",
                 "CREATE TABLE `new_pets` (`id` integer NOT NULL, `owner_id` integer NULL, "
                 "`name` text NULL, PRIMARY KEY (`id`));",
                 copyPets, "-- Create index \"pets_name\" to table: \"pets\"",
                 "CREATE UNIQUE INDEX `pets_name` ON `pets` (`name`);", kForeignKeysOn);

    const Table petsUniqueConstraint =
        withIndexes(pets(), {index("sqlite_autoindex_pets_1", {part("name")}, true)});
    TableDiff addUnique;
    addUnique.indexes = {addIndex(petsUniqueConstraint.indexes[0])};
    QTest::newRow("add unique constraint copies")
        << diffOf({modifyTable(pets(), petsUniqueConstraint, addUnique)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_pets\" table",
                 "CREATE TABLE `new_pets` (`id` integer NOT NULL, `owner_id` integer NULL, "
                 "`name` text NULL, PRIMARY KEY (`id`), UNIQUE (`name`));",
                 copyPets, kForeignKeysOn);

    const Table petsWithOwner = withForeignKeys(pets(), {petOwner()});
    TableDiff addOwner;
    addOwner.foreignKeys = {addForeignKey(petOwner())};
    const QString createPetsWithOwner = QStringLiteral(
        "CREATE TABLE `new_pets` (`id` integer NOT NULL, `owner_id` integer NULL, `name` text "
        "NULL, PRIMARY KEY (`id`), CONSTRAINT `pet_owner` FOREIGN KEY (`owner_id`) REFERENCES "
        "`owners` (`id`) ON UPDATE NO ACTION ON DELETE CASCADE);");
    QTest::newRow("add foreign key copies")
        << diffOf({modifyTable(pets(), petsWithOwner, addOwner)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_pets\" table", createPetsWithOwner, copyPets,
                 kForeignKeysOn);
    TableDiff dropOwner;
    dropOwner.foreignKeys = {dropForeignKey(petOwner())};
    QTest::newRow("drop foreign key copies")
        << diffOf({modifyTable(petsWithOwner, pets(), dropOwner)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_pets\" table",
                 "CREATE TABLE `new_pets` (`id` integer NOT NULL, `owner_id` integer NULL, "
                 "`name` text NULL, PRIMARY KEY (`id`));",
                 copyPets, kForeignKeysOn);

    const Column ownerColumn = column("owner_id", "integer", true);
    Table petsWithoutOwnerColumn = pets();
    petsWithoutOwnerColumn.columns.removeAt(1);
    TableDiff addOwnerColumn;
    addOwnerColumn.columns = {addColumn(ownerColumn)};
    addOwnerColumn.foreignKeys = {addForeignKey(petOwner())};
    QTest::newRow("add column with foreign key copies")
        << diffOf({modifyTable(petsWithoutOwnerColumn, petsWithOwner, addOwnerColumn)})
        << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_pets\" table", createPetsWithOwner,
                 "-- Copy rows from old table \"pets\" to new temporary table \"new_pets\"",
                 "INSERT INTO `new_pets` (`id`, `name`) SELECT `id`, `name` FROM `pets`;",
                 "-- Drop \"pets\" table after copying rows", "DROP TABLE `pets`;",
                 "-- Rename temporary table \"new_pets\" to \"pets\"",
                 "ALTER TABLE `new_pets` RENAME TO `pets`;", kForeignKeysOn);

    const Column kind = literal(column("kind", "text"), "'cat'");
    Table petsWithKind = pets();
    petsWithKind.columns.append(kind);
    TableDiff addKind;
    addKind.columns = {addColumn(kind)};
    QTest::newRow("add column with default copies")
        << diffOf({modifyTable(pets(), petsWithKind, addKind)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_pets\" table",
                 "CREATE TABLE `new_pets` (`id` integer NOT NULL, `owner_id` integer NULL, "
                 "`name` text NULL, `kind` text NOT NULL DEFAULT 'cat', PRIMARY KEY (`id`));",
                 copyPets, kForeignKeysOn);

    const Table tags = table("tags", {column("a", "text", true), column("b", "int")});
    const Table taggedByB = withPrimaryKey(tags, {part("b")});
    TableDiff addKey;
    addKey.primaryKey = IndexChange{PartChangeKind::Add, Index(), *taggedByB.primaryKey};
    const QString copyTags =
        QStringLiteral("-- Copy rows from old table \"tags\" to new temporary table \"new_tags\"\n"
                       "INSERT INTO `new_tags` (`a`, `b`) SELECT `a`, `b` FROM `tags`;\n"
                       "-- Drop \"tags\" table after copying rows\nDROP TABLE `tags`;\n"
                       "-- Rename temporary table \"new_tags\" to \"tags\"\n"
                       "ALTER TABLE `new_tags` RENAME TO `tags`;");
    QTest::newRow("add primary key copies")
        << diffOf({modifyTable(tags, taggedByB, addKey)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_tags\" table",
                 "CREATE TABLE `new_tags` (`a` text NULL, `b` int NOT NULL, PRIMARY KEY (`b`));",
                 copyTags, kForeignKeysOn);
    TableDiff changeKey;
    const Table taggedByAB = withPrimaryKey(tags, {part("a"), part("b")});
    changeKey.primaryKey =
        IndexChange{PartChangeKind::Modify, *taggedByB.primaryKey, *taggedByAB.primaryKey};
    QTest::newRow("modify primary key copies")
        << diffOf({modifyTable(taggedByB, taggedByAB, changeKey)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_tags\" table",
                 "CREATE TABLE `new_tags` (`a` text NULL, `b` int NOT NULL, PRIMARY KEY (`a`, "
                 "`b`));",
                 copyTags, kForeignKeysOn);
    TableDiff dropKey;
    dropKey.primaryKey = IndexChange{PartChangeKind::Drop, *taggedByB.primaryKey, Index()};
    QTest::newRow("drop primary key copies")
        << diffOf({modifyTable(taggedByB, tags, dropKey)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_tags\" table",
                 "CREATE TABLE `new_tags` (`a` text NULL, `b` int NOT NULL);", copyTags,
                 kForeignKeysOn);

    const Table checkedTags = withChecks(tags, {check("b_positive", "(b > 0)")});
    TableDiff dropBPositive;
    dropBPositive.checks = {dropCheck(checkedTags.checks[0])};
    QTest::newRow("drop check copies")
        << diffOf({modifyTable(checkedTags, tags, dropBPositive)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_tags\" table",
                 "CREATE TABLE `new_tags` (`a` text NULL, `b` int NOT NULL);", copyTags,
                 kForeignKeysOn);

    Table strictTags = taggedByB;
    strictTags.withoutRowid = true;
    strictTags.strict = true;
    TableDiff options;
    options.attributes = TableAspect::Options;
    QTest::newRow("table options copy")
        << diffOf({modifyTable(taggedByB, strictTags, options)}) << PlanOptions()
        << lines(kForeignKeysOff, "-- Create \"new_tags\" table",
                 "CREATE TABLE `new_tags` (`a` text NULL, `b` int NOT NULL, PRIMARY KEY (`b`)) "
                 "WITHOUT ROWID, STRICT;",
                 copyTags, kForeignKeysOn);

    const Column bigB = column("b", "bigint");
    TableDiff retypeB;
    retypeB.columns = {modifyColumn(tags.columns[1], bigB, ColumnAspect::Type)};
    QTest::newRow("copy qualified and indented")
        << diffOf({modifyTable(tags, table("tags", {column("a", "text", true), bigB}), retypeB)}) <<
        [] {
            PlanOptions o = qualifiedBy("other");
            o.indent = QStringLiteral("  ");
            return o;
        }()
        << lines(kForeignKeysOff, "-- Create \"new_tags\" table",
                 "CREATE TABLE `other`.`new_tags` (", "  `a` text NULL,", "  `b` bigint NOT NULL",
                 ");", copyTags, kForeignKeysOn);

    const Column commented = [] {
        Column c = column("a", "text", true);
        c.comment = QStringLiteral("SQLite keeps no comments");
        return c;
    }();
    TableDiff commentOnly;
    commentOnly.columns = {modifyColumn(tags.columns[0], commented, ColumnAspect::Comment)};
    commentOnly.attributes = TableAspect::Comment;
    QTest::newRow("comments plan nothing")
        << diffOf({modifyTable(tags, table("tags", {commented, tags.columns[1]}), commentOnly)})
        << PlanOptions() << QString();

    QTest::newRow("empty diff") << SchemaDiff() << PlanOptions() << QString();
}

void TestSqlitePlanner::plan()
{
    QFETCH(SchemaDiff, diff);
    QFETCH(PlanOptions, options);
    QFETCH(QString, expected);

    const Expected<Plan> plan = SqlitePlanner::instance().plan(diff, options);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->text(), expected);
}

void TestSqlitePlanner::errors_data()
{
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<QString>("message");

    SchemaChange addSchema;
    addSchema.kind = SchemaChange::Kind::AddSchema;
    addSchema.schema = QStringLiteral("other");
    addSchema.schemaTo.name = QStringLiteral("other");
    QTest::newRow("add schema")
        << diffOf({addSchema})
        << QStringLiteral("Unsupported change for SQLite: add schema \"other\". An SQLite "
                          "database file is one schema; keep the tables in \"main\" or use "
                          "another database file.");

    SchemaChange dropSchema;
    dropSchema.kind = SchemaChange::Kind::DropSchema;
    dropSchema.schemaFrom.name = QStringLiteral("other");
    QTest::newRow("drop schema")
        << diffOf({dropSchema})
        << QStringLiteral("Unsupported change for SQLite: drop schema \"other\". An SQLite "
                          "database file is one schema; delete the file instead.");

    SchemaChange addEnum;
    addEnum.kind = SchemaChange::Kind::AddEnum;
    addEnum.enumTo.name = QStringLiteral("mood");
    QTest::newRow("add enum")
        << diffOf({addEnum})
        << QStringLiteral("Unsupported change for SQLite: enum type \"mood\". SQLite has no enum "
                          "types; use a CHECK constraint instead.");

    TableDiff engine;
    engine.attributes = TableAspect::Engine;
    const Table t = table("t", {column("a", "int")});
    QTest::newRow("table engine")
        << diffOf({modifyTable(t, t, engine)})
        << QStringLiteral("Cannot plan the change to table \"t\": SQLite tables have no storage "
                          "engine. Remove it from the desired schema.");

    TableDiff charset;
    Column latin = column("a", "int");
    latin.charset = QStringLiteral("latin1");
    charset.columns = {modifyColumn(t.columns[0], latin, ColumnAspect::Charset)};
    QTest::newRow("column charset")
        << diffOf({modifyTable(t, table("t", {latin}), charset)})
        << QStringLiteral("Cannot plan the change to column \"a\" of table \"t\": SQLite columns "
                          "have no character set. Remove it from the desired schema.");

    QTest::newRow("foreign keys of a table not created")
        << diffOf({addForeignKeys(pets(), {petOwner()})})
        << QStringLiteral("Cannot add the foreign keys of table \"pets\" on their own: SQLite "
                          "declares foreign keys only in CREATE TABLE, and this plan does not "
                          "create the table. Diff the table as a modified table instead.");

    TableDiff twice;
    twice.columns = {modifyColumn(t.columns[0], column("a", "text"), ColumnAspect::Type),
                     renameColumn(column("b", "int"), column("a", "text"))};
    QTest::newRow("column changed twice in a copy")
        << diffOf({modifyTable(t, table("t", {column("a", "text")}), twice)})
        << QStringLiteral("Cannot copy table \"t\": column \"a\" is changed twice. Check the "
                          "rename hints.");
}

void TestSqlitePlanner::errors()
{
    QFETCH(SchemaDiff, diff);
    QFETCH(QString, message);

    const Expected<Plan> plan = SqlitePlanner::instance().plan(diff, PlanOptions());
    QVERIFY(!plan);
    QCOMPARE(plan.error().message, message);
}

void TestSqlitePlanner::statementFlags()
{
    const Table tags = table("tags", {column("a", "text", true), column("b", "int")});
    TableDiff dropA;
    dropA.columns = {dropColumn(tags.columns[0])};
    TableDiff addIndexOnB;
    addIndexOnB.indexes = {addIndex(index("tags_b", {part("b")}))};
    const Table tagsB = table("tags", {column("b", "int")});
    const SchemaDiff diff =
        diffOf({dropTable(pets()), modifyTable(tags, tagsB, dropA),
                modifyTable(tagsB, withIndexes(tagsB, {index("tags_b", {part("b")})}), addIndexOnB),
                addTable(owners())});

    const Expected<Plan> plan = SqlitePlanner::instance().plan(diff, PlanOptions());
    QVERIFY(plan);
    QStringList flags;
    for (const PlannedStatement &statement : plan->statements) {
        flags.append(statement.sql.section(QLatin1Char(' '), 0, 2) + QLatin1String(" | ") +
                     QString::number(statement.change) +
                     (statement.destructive ? QLatin1String(" destructive") : QString()) +
                     (statement.reversible ? QString() : QLatin1String(" irreversible")));
    }
    QCOMPARE(flags,
             strings("PRAGMA foreign_keys = | -1 irreversible", "DROP TABLE `pets` | 0 destructive",
                     "CREATE TABLE `new_tags` | 1", "INSERT INTO `new_tags` | 1 irreversible",
                     "DROP TABLE `tags` | 1 destructive irreversible",
                     "ALTER TABLE `new_tags` | 1 irreversible", "CREATE INDEX `tags_b` | 2",
                     "CREATE TABLE `owners` | 3", "PRAGMA foreign_keys = | -1 irreversible"));
}

QTEST_GUILESS_MAIN(TestSqlitePlanner)
#include "tst_sqliteplanner.moc"
