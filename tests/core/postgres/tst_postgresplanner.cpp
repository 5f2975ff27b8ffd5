// The PostgreSQL planner against exact SQL. Where Atlas's own tests hold the case
// (sql/postgres/migrate_test.go, internal/integration/testdata/postgres/cli-migrate-diff.txtar)
// the expected text is Atlas's, byte for byte; the comment lines are Atlas's migrate-file
// comments (sql/postgres/migrate.go), first letter upper-cased as its formatter writes them.

#include "planmodels.h"

#include "db/postgres/postgresplanner.h"
#include "db/registry.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

Q_DECLARE_METATYPE(strata::SchemaDiff)
Q_DECLARE_METATYPE(strata::PlanOptions)

namespace {

PlanOptions unqualified()
{
    return {};
}

PlanOptions qualified()
{
    PlanOptions options;
    options.qualify = true;
    return options;
}

QString stmt(const QString &comment, const QString &sql)
{
    return QLatin1String("-- ") + comment + QLatin1Char('\n') + sql + QLatin1String(";\n");
}

Table users()
{
    return table(QStringLiteral("users"), {column(QStringLiteral("id"), QStringLiteral("bigint"))});
}

} // namespace

class TestPostgresPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseHasThePlanner();
    void schemasAndEnums_data();
    void schemasAndEnums() { planMatches(); }
    void tables_data();
    void tables() { planMatches(); }
    void alterTable_data();
    void alterTable() { planMatches(); }
    void columns_data();
    void columns() { planMatches(); }
    void impossibleChangesFail_data();
    void impossibleChangesFail();
    void statementsCarryChangeAndFlags();

private:
    void planMatches();
    static void addColumns();
};

void TestPostgresPlanner::databaseHasThePlanner()
{
    auto postgres = databaseByAlias(QStringLiteral("postgresql"));
    QVERIFY(postgres);
    const Planner *planner = postgres->database->planner(postgres->flavour);
    QVERIFY(planner);
    QVERIFY(dynamic_cast<const PostgresPlanner *>(planner));
}

void TestPostgresPlanner::addColumns()
{
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("expected");
}

void TestPostgresPlanner::planMatches()
{
    QFETCH(SchemaDiff, diff);
    QFETCH(PlanOptions, options);
    QFETCH(QString, expected);
    const Expected<Plan> plan = PostgresPlanner().plan(diff, options);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->text(), expected);
}

void TestPostgresPlanner::schemasAndEnums_data()
{
    addColumns();
    const auto schema = [](const QString &name, const QString &comment = {}) {
        Schema s;
        s.name = name;
        s.comment = comment;
        return s;
    };
    QTest::newRow("add schema") << diffOf({schemaChange(SchemaChange::Kind::AddSchema, {},
                                                        schema(QStringLiteral("test")))})
                                << unqualified()
                                << stmt(QStringLiteral("Add new schema named \"test\""),
                                        QStringLiteral("CREATE SCHEMA \"test\""));
    QTest::newRow("add schema public is guarded")
        << diffOf(
               {schemaChange(SchemaChange::Kind::AddSchema, {}, schema(QStringLiteral("public")))})
        << unqualified()
        << stmt(QStringLiteral("Add new schema named \"public\""),
                QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"public\""));
    QTest::newRow("add schema with comment")
        << diffOf({schemaChange(SchemaChange::Kind::AddSchema, {},
                                schema(QStringLiteral("sales"), QStringLiteral("Sales' data")))})
        << unqualified()
        << stmt(QStringLiteral("Add new schema named \"sales\""),
                QStringLiteral("CREATE SCHEMA \"sales\"")) +
               stmt(QStringLiteral("Set comment to schema: \"sales\""),
                    QStringLiteral("COMMENT ON SCHEMA \"sales\" IS 'Sales'' data'"));
    QTest::newRow("drop schema") << diffOf({schemaChange(SchemaChange::Kind::DropSchema,
                                                         schema(QStringLiteral("atlas")), {})})
                                 << unqualified()
                                 << stmt(QStringLiteral("Drop schema named \"atlas\""),
                                         QStringLiteral("DROP SCHEMA \"atlas\" CASCADE"));
    QTest::newRow("modify schema comment")
        << diffOf({schemaChange(SchemaChange::Kind::ModifySchema,
                                schema(QStringLiteral("public"), QStringLiteral("old")),
                                schema(QStringLiteral("public"), QStringLiteral("new")))})
        << unqualified()
        << stmt(QStringLiteral("Set comment to schema: \"public\""),
                QStringLiteral("COMMENT ON SCHEMA \"public\" IS 'new'"));

    const EnumType state{QStringLiteral("state"), {QStringLiteral("on"), QStringLiteral("off")}};
    QTest::newRow("add enum")
        << diffOf({enumChange(SchemaChange::Kind::AddEnum, QStringLiteral("public"), {}, state)})
        << unqualified()
        << stmt(QStringLiteral("Create enum type \"state\""),
                QStringLiteral("CREATE TYPE \"state\" AS ENUM ('on', 'off')"));
    QTest::newRow("add enum qualified")
        << diffOf({enumChange(SchemaChange::Kind::AddEnum, QStringLiteral("public"), {}, state)})
        << qualified()
        << stmt(QStringLiteral("Create enum type \"state\""),
                QStringLiteral("CREATE TYPE \"public\".\"state\" AS ENUM ('on', 'off')"));
    QTest::newRow("drop enum qualified")
        << diffOf({enumChange(SchemaChange::Kind::DropEnum, QStringLiteral("public"),
                              {QStringLiteral("de"), {QStringLiteral("on")}}, {})})
        << qualified()
        << stmt(QStringLiteral("Drop enum type \"de\""),
                QStringLiteral("DROP TYPE \"public\".\"de\""));
    EnumType withUnknown = state;
    withUnknown.values.append(QStringLiteral("unknown"));
    QTest::newRow("enum value appended")
        << diffOf({enumChange(SchemaChange::Kind::ModifyEnum, QStringLiteral("public"), state,
                              withUnknown)})
        << unqualified()
        << stmt(QStringLiteral("Add value to enum type: \"state\""),
                QStringLiteral("ALTER TYPE \"state\" ADD VALUE 'unknown'"));
    QTest::newRow("enum value appended qualified")
        << diffOf({enumChange(SchemaChange::Kind::ModifyEnum, QStringLiteral("public"), state,
                              withUnknown)})
        << qualified()
        << stmt(QStringLiteral("Add value to enum type: \"state\""),
                QStringLiteral("ALTER TYPE \"public\".\"state\" ADD VALUE 'unknown'"));
    const EnumType spread{QStringLiteral("state"),
                          {QStringLiteral("first"), QStringLiteral("on"), QStringLiteral("middle"),
                           QStringLiteral("off"), QStringLiteral("last")}};
    QTest::newRow("enum values before, between and after")
        << diffOf({enumChange(SchemaChange::Kind::ModifyEnum, QStringLiteral("public"), state,
                              spread)})
        << unqualified()
        << stmt(QStringLiteral("Add value to enum type: \"state\""),
                QStringLiteral("ALTER TYPE \"state\" ADD VALUE 'first' BEFORE 'on'")) +
               stmt(QStringLiteral("Add value to enum type: \"state\""),
                    QStringLiteral("ALTER TYPE \"state\" ADD VALUE 'middle' AFTER 'on'")) +
               stmt(QStringLiteral("Add value to enum type: \"state\""),
                    QStringLiteral("ALTER TYPE \"state\" ADD VALUE 'last'"));
}

void TestPostgresPlanner::tables_data()
{
    addColumns();
    // cli-migrate-diff.txtar, 1.sql.
    QTest::newRow("create table (cli-migrate-diff 1.sql)")
        << diffOf({addTable(QStringLiteral("script_cli_migrate_diff"),
                            table(QStringLiteral("users"),
                                  {column(QStringLiteral("id"), QStringLiteral("bigint"))},
                                  {QStringLiteral("id")}))})
        << unqualified()
        << QStringLiteral(
               "-- Create \"users\" table\n"
               "CREATE TABLE \"users\" (\"id\" bigint NOT NULL, PRIMARY KEY (\"id\"));\n");
    QTest::newRow("create table with identity start")
        << diffOf({addTable(
               QStringLiteral("public"),
               table(
                   QStringLiteral("posts"),
                   {withIdentity(column(QStringLiteral("id"), QStringLiteral("integer")), 1024)}))})
        << unqualified()
        << stmt(QStringLiteral("Create \"posts\" table"),
                QStringLiteral("CREATE TABLE \"posts\" (\"id\" integer NOT NULL GENERATED BY "
                               "DEFAULT AS IDENTITY (START WITH 1024))"));
    QTest::newRow("create table with identity start and increment")
        << diffOf({addTable(
               QStringLiteral("public"),
               table(QStringLiteral("posts"),
                     {withIdentity(column(QStringLiteral("id"), QStringLiteral("integer")), 100,
                                   2)}))})
        << unqualified()
        << stmt(QStringLiteral("Create \"posts\" table"),
                QStringLiteral("CREATE TABLE \"posts\" (\"id\" integer NOT NULL GENERATED BY "
                               "DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 2))"));
    Column generated = column(QStringLiteral("nid"), QStringLiteral("integer"));
    generated.generated = GeneratedExpression{QStringLiteral("id+1"), true};
    QTest::newRow("create table with generated column")
        << diffOf({addTable(
               QStringLiteral("public"),
               table(QStringLiteral("posts"),
                     {column(QStringLiteral("id"), QStringLiteral("integer")), generated}))})
        << unqualified()
        << stmt(QStringLiteral("Create \"posts\" table"),
                QStringLiteral("CREATE TABLE \"posts\" (\"id\" integer NOT NULL, \"nid\" integer "
                               "NOT NULL GENERATED ALWAYS AS (id+1) STORED)"));
    Table checked = table(QStringLiteral("posts"),
                          {withIdentity(column(QStringLiteral("id"), QStringLiteral("integer"))),
                           column(QStringLiteral("text"), QStringLiteral("text"), true)});
    checked.checks = {Check{QStringLiteral("id_nonzero"), QStringLiteral("(\"id\" > 0)"), true},
                      Check{QStringLiteral("a_in_b"), QStringLiteral("(a) in (b)"), true}};
    QTest::newRow("create table with checks")
        << diffOf({addTable(QStringLiteral("public"), checked)}) << unqualified()
        << stmt(QStringLiteral("Create \"posts\" table"),
                QStringLiteral("CREATE TABLE \"posts\" (\"id\" integer NOT NULL GENERATED BY "
                               "DEFAULT AS IDENTITY, \"text\" text NULL, CONSTRAINT \"id_nonzero\" "
                               "CHECK (\"id\" > 0), CONSTRAINT \"a_in_b\" CHECK ((a) in (b)))"));
    Table commented =
        table(QStringLiteral("posts"), {column(QStringLiteral("id"), QStringLiteral("integer"))});
    commented.comment = QStringLiteral("a8m's posts");
    Index idx = index(QStringLiteral("idx"), {QStringLiteral("id")});
    idx.comment = QStringLiteral("a8m's index");
    commented.indexes = {idx};
    // The reverse of Atlas's "drop table with comments" case, which is this table's creation.
    QTest::newRow("create table with index and comments")
        << diffOf({addTable(QStringLiteral("public"), commented)}) << unqualified()
        << stmt(QStringLiteral("Create \"posts\" table"),
                QStringLiteral("CREATE TABLE \"posts\" (\"id\" integer NOT NULL)")) +
               stmt(QStringLiteral("Create index \"idx\" to table: \"posts\""),
                    QStringLiteral("CREATE INDEX \"idx\" ON \"posts\" (\"id\")")) +
               stmt(QStringLiteral("Set comment to table: \"posts\""),
                    QStringLiteral("COMMENT ON TABLE \"posts\" IS 'a8m''s posts'")) +
               stmt(QStringLiteral("Set comment to index: \"idx\" on table: \"posts\""),
                    QStringLiteral("COMMENT ON INDEX \"idx\" IS 'a8m''s index'"));
    const Table enums = table(QStringLiteral("users"),
                              {enumColumn(QStringLiteral("state"), QStringLiteral("state")),
                               enumColumn(QStringLiteral("status"), QStringLiteral("status"))});
    QTest::newRow("create table with enums qualified")
        << diffOf({addTable(QStringLiteral("public"), enums)}) << qualified()
        << stmt(QStringLiteral("Create \"users\" table"),
                QStringLiteral("CREATE TABLE \"public\".\"users\" (\"state\" \"public\".\"state\" "
                               "NOT NULL, \"status\" \"public\".\"status\" NOT NULL)"));
    Table unique = table(QStringLiteral("users"),
                         {column(QStringLiteral("id"), QStringLiteral("bigint")),
                          column(QStringLiteral("nickname"), QStringLiteral("text"))},
                         {QStringLiteral("id")});
    unique.indexes = {
        uniqueConstraint(QStringLiteral("unique_nickname"), {QStringLiteral("nickname")}),
        index(QStringLiteral("users_nickname_idx"), {QStringLiteral("nickname")}, true)};
    QTest::newRow("create table with unique constraint and unique index")
        << diffOf({addTable(QStringLiteral("public"), unique)}) << unqualified()
        << stmt(QStringLiteral("Create \"users\" table"),
                QStringLiteral("CREATE TABLE \"users\" (\"id\" bigint NOT NULL, \"nickname\" text "
                               "NOT NULL, PRIMARY KEY (\"id\"), CONSTRAINT \"unique_nickname\" "
                               "UNIQUE (\"nickname\"))")) +
               stmt(QStringLiteral("Create index \"users_nickname_idx\" to table: \"users\""),
                    QStringLiteral("CREATE UNIQUE INDEX \"users_nickname_idx\" ON \"users\" "
                                   "(\"nickname\")"));
    PlanOptions indented;
    indented.indent = QStringLiteral("  ");
    // TestIndentedPlan, third case.
    QTest::newRow("create table indented")
        << diffOf({addTable(QStringLiteral("public"),
                            table(QStringLiteral("t1"),
                                  {column(QStringLiteral("a"), QStringLiteral("integer")),
                                   column(QStringLiteral("b"), QStringLiteral("integer")),
                                   column(QStringLiteral("id"), QStringLiteral("integer"))},
                                  {QStringLiteral("id")}))})
        << indented
        << stmt(QStringLiteral("Create \"t1\" table"),
                QStringLiteral("CREATE TABLE \"t1\" (\n  \"a\" integer NOT NULL,\n  \"b\" integer "
                               "NOT NULL,\n  \"id\" integer NOT NULL,\n  PRIMARY KEY (\"id\")\n)"));
    PlanOptions qualifier;
    qualifier.qualifier = QStringLiteral("tenant");
    QTest::newRow("create table with a qualifier")
        << diffOf({addTable(QStringLiteral("public"),
                            table(QStringLiteral("t"),
                                  {enumColumn(QStringLiteral("s"), QStringLiteral("state"))}))})
        << qualifier
        << stmt(QStringLiteral("Create \"t\" table"),
                QStringLiteral(
                    "CREATE TABLE \"tenant\".\"t\" (\"s\" \"tenant\".\"state\" NOT NULL)"));
    QTest::newRow("drop table")
        << diffOf({dropTable(QStringLiteral("public"),
                             table(QStringLiteral("posts"),
                                   {column(QStringLiteral("id"), QStringLiteral("integer"))}))})
        << unqualified()
        << stmt(QStringLiteral("Drop \"posts\" table"), QStringLiteral("DROP TABLE \"posts\""));
    QTest::newRow("drop table qualified")
        << diffOf({dropTable(QStringLiteral("public"), enums)}) << qualified()
        << stmt(QStringLiteral("Drop \"users\" table"),
                QStringLiteral("DROP TABLE \"public\".\"users\""));
    SchemaChange rename;
    rename.kind = SchemaChange::Kind::RenameTable;
    rename.schema = QStringLiteral("s1");
    rename.from.name = QStringLiteral("t1");
    rename.to.name = QStringLiteral("t2");
    QTest::newRow("rename table") << diffOf({rename}) << unqualified()
                                  << stmt(QStringLiteral("Rename a table from \"t1\" to \"t2\""),
                                          QStringLiteral("ALTER TABLE \"t1\" RENAME TO \"t2\""));
    QTest::newRow("rename table qualified")
        << diffOf({rename}) << qualified()
        << stmt(QStringLiteral("Rename a table from \"t1\" to \"t2\""),
                QStringLiteral("ALTER TABLE \"s1\".\"t1\" RENAME TO \"s1\".\"t2\""));

    // A foreign-key cycle: both tables first, their keys added afterwards (sqlx.DetachCycles).
    Table events = table(QStringLiteral("events"),
                         {column(QStringLiteral("id"), QStringLiteral("bigint")),
                          column(QStringLiteral("location_id"), QStringLiteral("bigint"))},
                         {QStringLiteral("id")});
    Table locations = table(QStringLiteral("locations"),
                            {column(QStringLiteral("id"), QStringLiteral("bigint")),
                             column(QStringLiteral("event_id"), QStringLiteral("bigint"))},
                            {QStringLiteral("id")});
    SchemaChange eventKeys = addTable(QStringLiteral("public"), events);
    eventKeys.kind = SchemaChange::Kind::AddForeignKeys;
    eventKeys.diff.foreignKeys = {
        {PartChangeKind::Add,
         {},
         foreignKey(QStringLiteral("fk_events_location"), {QStringLiteral("location_id")},
                    QStringLiteral("locations"), {QStringLiteral("id")})}};
    SchemaChange locationKeys = addTable(QStringLiteral("public"), locations);
    locationKeys.kind = SchemaChange::Kind::AddForeignKeys;
    locationKeys.diff.foreignKeys = {
        {PartChangeKind::Add,
         {},
         foreignKey(QStringLiteral("fk_locations_event"), {QStringLiteral("event_id")},
                    QStringLiteral("events"), {QStringLiteral("id")}, ReferenceAction::Cascade)}};
    const SchemaDiff cycle =
        diffOf({addTable(QStringLiteral("public"), events),
                addTable(QStringLiteral("public"), locations), eventKeys, locationKeys});
    QTest::newRow("foreign key cycle")
        << cycle << unqualified()
        << stmt(QStringLiteral("Create \"events\" table"),
                QStringLiteral("CREATE TABLE \"events\" (\"id\" bigint NOT NULL, \"location_id\" "
                               "bigint NOT NULL, PRIMARY KEY (\"id\"))")) +
               stmt(QStringLiteral("Create \"locations\" table"),
                    QStringLiteral("CREATE TABLE \"locations\" (\"id\" bigint NOT NULL, "
                                   "\"event_id\" bigint NOT NULL, PRIMARY KEY (\"id\"))")) +
               stmt(
                   QStringLiteral("Modify \"events\" table"),
                   QStringLiteral("ALTER TABLE \"events\" ADD CONSTRAINT \"fk_events_location\" "
                                  "FOREIGN KEY (\"location_id\") REFERENCES \"locations\" (\"id\") "
                                  "ON UPDATE NO ACTION ON DELETE NO ACTION")) +
               stmt(
                   QStringLiteral("Modify \"locations\" table"),
                   QStringLiteral("ALTER TABLE \"locations\" ADD CONSTRAINT \"fk_locations_event\" "
                                  "FOREIGN KEY (\"event_id\") REFERENCES \"events\" (\"id\") ON "
                                  "UPDATE NO ACTION ON DELETE CASCADE"));
    // Atlas's builder breaks the line before each foreign key of an ALTER TABLE when the plan
    // is indented, as in files `atlas migrate diff --format '{{ sql . "  " }}'` writes.
    SchemaChange licenses =
        addTable(QStringLiteral("public"),
                 table(QStringLiteral("licenses"),
                       {column(QStringLiteral("product_id"), QStringLiteral("text"))}));
    licenses.kind = SchemaChange::Kind::AddForeignKeys;
    licenses.diff.foreignKeys = {
        {PartChangeKind::Add,
         {},
         foreignKey(QStringLiteral("fk_products_licenses"), {QStringLiteral("product_id")},
                    QStringLiteral("products"), {QStringLiteral("id")})}};
    QTest::newRow("foreign keys added indented")
        << diffOf({licenses}) << indented
        << stmt(QStringLiteral("Modify \"licenses\" table"),
                QStringLiteral("ALTER TABLE \"licenses\" ADD\n CONSTRAINT \"fk_products_licenses\" "
                               "FOREIGN KEY (\"product_id\") REFERENCES \"products\" (\"id\") ON "
                               "UPDATE NO ACTION ON DELETE NO ACTION"));
}

void TestPostgresPlanner::alterTable_data()
{
    addColumns();
    Table pets = table(QStringLiteral("pets"),
                       {column(QStringLiteral("id"), QStringLiteral("bigint")),
                        column(QStringLiteral("user_id"), QStringLiteral("bigint"))});
    const ForeignKey petsUser =
        foreignKey(QStringLiteral("pets_user_id_fkey"), {QStringLiteral("user_id")},
                   QStringLiteral("users"), {QStringLiteral("id")}, ReferenceAction::Cascade);
    TableDiff dropKey;
    dropKey.foreignKeys = {{PartChangeKind::Drop, petsUser, {}}};
    QTest::newRow("drop foreign key")
        << diffOf({modifyTable(QStringLiteral("public"), pets, dropKey)}) << unqualified()
        << stmt(QStringLiteral("Modify \"pets\" table"),
                QStringLiteral("ALTER TABLE \"pets\" DROP CONSTRAINT \"pets_user_id_fkey\""));
    TableDiff addKey;
    addKey.foreignKeys = {{PartChangeKind::Add, {}, petsUser}};
    QTest::newRow("add foreign key")
        << diffOf({modifyTable(QStringLiteral("public"), pets, addKey)}) << unqualified()
        << stmt(QStringLiteral("Modify \"pets\" table"),
                QStringLiteral("ALTER TABLE \"pets\" ADD CONSTRAINT \"pets_user_id_fkey\" FOREIGN "
                               "KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON UPDATE NO "
                               "ACTION ON DELETE CASCADE"));
    ForeignKey setNull = petsUser;
    setNull.onDelete = ReferenceAction::SetNull;
    TableDiff modifyKey;
    modifyKey.foreignKeys = {{PartChangeKind::Modify, petsUser, setNull}};
    QTest::newRow("modify foreign key")
        << diffOf({modifyTable(QStringLiteral("public"), pets, modifyKey)}) << unqualified()
        << stmt(QStringLiteral("Modify \"pets\" table"),
                QStringLiteral("ALTER TABLE \"pets\" DROP CONSTRAINT \"pets_user_id_fkey\", ADD "
                               "CONSTRAINT \"pets_user_id_fkey\" FOREIGN KEY (\"user_id\") "
                               "REFERENCES \"users\" (\"id\") ON UPDATE NO ACTION ON DELETE SET "
                               "NULL"));

    TableDiff dropIndex;
    dropIndex.indexes = {
        {PartChangeKind::Drop, index(QStringLiteral("name_index"), {QStringLiteral("name")}), {}}};
    QTest::newRow("drop index")
        << diffOf({modifyTable(QStringLiteral("public"), users(), dropIndex)}) << unqualified()
        << stmt(QStringLiteral("Drop index \"name_index\" from table: \"users\""),
                QStringLiteral("DROP INDEX \"name_index\""));
    QTest::newRow("drop index qualified")
        << diffOf({modifyTable(QStringLiteral("public"), users(), dropIndex)}) << qualified()
        << stmt(QStringLiteral("Drop index \"name_index\" from table: \"users\""),
                QStringLiteral("DROP INDEX \"public\".\"name_index\""));
    TableDiff addIndex;
    addIndex.indexes = {
        {PartChangeKind::Add, {}, index(QStringLiteral("i"), {QStringLiteral("c")})}};
    QTest::newRow("add index") << diffOf(
                                      {modifyTable(QStringLiteral("public"),
                                                   table(QStringLiteral("posts"), {}), addIndex)})
                               << unqualified()
                               << stmt(QStringLiteral("Create index \"i\" to table: \"posts\""),
                                       QStringLiteral("CREATE INDEX \"i\" ON \"posts\" (\"c\")"));
    PlanOptions concurrent;
    concurrent.concurrentIndexCreate = true;
    concurrent.concurrentIndexDrop = true;
    TableDiff concurrently;
    concurrently.indexes = {
        {PartChangeKind::Add, {}, index(QStringLiteral("add_con"), {QStringLiteral("id")})},
        {PartChangeKind::Drop, index(QStringLiteral("drop_con"), {QStringLiteral("id")}), {}}};
    QTest::newRow("indexes concurrently")
        << diffOf({modifyTable(QStringLiteral("public"), users(), concurrently)}) << concurrent
        << stmt(QStringLiteral("Drop index \"drop_con\" from table: \"users\""),
                QStringLiteral("DROP INDEX CONCURRENTLY \"drop_con\"")) +
               stmt(QStringLiteral("Create index \"add_con\" to table: \"users\""),
                    QStringLiteral("CREATE INDEX CONCURRENTLY \"add_con\" ON \"users\" (\"id\")"));
    Index fromKey = index(QStringLiteral("id_key"), {QStringLiteral("id")});
    fromKey.comment = QStringLiteral("foo");
    Index toKey = fromKey;
    toKey.comment = QStringLiteral("bar");
    TableDiff indexComment;
    indexComment.indexes = {{PartChangeKind::Modify, fromKey, toKey}};
    QTest::newRow("modify index comment")
        << diffOf({modifyTable(QStringLiteral("public"), users(), indexComment)}) << unqualified()
        << stmt(QStringLiteral("Set comment to index: \"id_key\" on table: \"users\""),
                QStringLiteral("COMMENT ON INDEX \"id_key\" IS 'bar'"));
    Index wider =
        index(QStringLiteral("id_key"), {QStringLiteral("id"), QStringLiteral("name")}, true);
    TableDiff rebuild;
    rebuild.indexes = {
        {PartChangeKind::Modify, index(QStringLiteral("id_key"), {QStringLiteral("id")}), wider}};
    QTest::newRow("modify index rebuilds it")
        << diffOf({modifyTable(QStringLiteral("public"), users(), rebuild)}) << unqualified()
        << stmt(QStringLiteral("Drop index \"id_key\" from table: \"users\""),
                QStringLiteral("DROP INDEX \"id_key\"")) +
               stmt(QStringLiteral("Create index \"id_key\" to table: \"users\""),
                    QStringLiteral(
                        "CREATE UNIQUE INDEX \"id_key\" ON \"users\" (\"id\", \"name\")"));
    const Index nickname =
        uniqueConstraint(QStringLiteral("unique_nickname"), {QStringLiteral("nickname")});
    TableDiff dropUnique;
    dropUnique.indexes = {{PartChangeKind::Drop, nickname, {}}};
    QTest::newRow("drop unique constraint")
        << diffOf({modifyTable(QStringLiteral("public"), users(), dropUnique)}) << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" DROP CONSTRAINT \"unique_nickname\""));
    TableDiff addUnique;
    addUnique.indexes = {{PartChangeKind::Add, {}, nickname}};
    QTest::newRow("add unique constraint")
        << diffOf({modifyTable(QStringLiteral("public"), users(), addUnique)}) << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" ADD CONSTRAINT \"unique_nickname\" UNIQUE "
                               "(\"nickname\")"));
    TableDiff indexToUnique;
    indexToUnique.indexes = {
        {PartChangeKind::Modify,
         index(QStringLiteral("unique_nickname"), {QStringLiteral("nickname")}), nickname}};
    QTest::newRow("index becomes unique constraint")
        << diffOf({modifyTable(QStringLiteral("public"), users(), indexToUnique)}) << unqualified()
        << stmt(QStringLiteral("Drop index \"unique_nickname\" from table: \"users\""),
                QStringLiteral("DROP INDEX \"unique_nickname\"")) +
               stmt(QStringLiteral("Modify \"users\" table"),
                    QStringLiteral("ALTER TABLE \"users\" ADD CONSTRAINT \"unique_nickname\" "
                                   "UNIQUE (\"nickname\")"));

    const Table testUsers =
        table(QStringLiteral("users"), {column(QStringLiteral("id"), QStringLiteral("integer"))});
    TableDiff dropPrimary;
    dropPrimary.primaryKey =
        IndexChange{PartChangeKind::Drop, index({}, {QStringLiteral("id")}), {}};
    QTest::newRow("drop primary key")
        << diffOf({modifyTable(QStringLiteral("test"), testUsers, dropPrimary)}) << qualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"test\".\"users\" DROP CONSTRAINT \"users_pkey\""));
    TableDiff addPrimary;
    addPrimary.primaryKey = IndexChange{PartChangeKind::Add, {}, index({}, {QStringLiteral("id")})};
    QTest::newRow("add primary key")
        << diffOf({modifyTable(QStringLiteral("test"), testUsers, addPrimary)}) << qualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"test\".\"users\" ADD PRIMARY KEY (\"id\")"));
    TableDiff modifyPrimary;
    modifyPrimary.columns = {dropColumn(column(QStringLiteral("email"), QStringLiteral("text"))),
                             addColumn(column(QStringLiteral("name"), QStringLiteral("text")))};
    modifyPrimary.primaryKey =
        IndexChange{PartChangeKind::Modify, index({}, {QStringLiteral("email")}),
                    index({}, {QStringLiteral("name")})};
    QTest::newRow("modify primary key")
        << diffOf({modifyTable(QStringLiteral("public"), users(), modifyPrimary)}) << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" DROP CONSTRAINT \"users_pkey\", DROP COLUMN "
                               "\"email\", ADD COLUMN \"name\" text NOT NULL, ADD PRIMARY KEY "
                               "(\"name\")"));

    // Atlas's large modify case, with the changes in the order its differ emits them: checks
    // (with the table attributes) before columns, then indexes. Constraint drops move first.
    TableDiff large;
    large.checks = {
        {PartChangeKind::Drop,
         Check{QStringLiteral("id_nonzero"), QStringLiteral("(\"id\" <> 0)"), true},
         {}},
        {PartChangeKind::Modify,
         Check{QStringLiteral("id_iseven"), QStringLiteral("(\"id\" % 2 = 0)"), true},
         Check{QStringLiteral("id_iseven"), QStringLiteral("((\"id\") % 2 = 0)"), true}},
        {PartChangeKind::Add,
         {},
         Check{QStringLiteral("name_not_empty"), QStringLiteral("(\"name\" <> '')"), true}}};
    large.columns = {
        addColumn(withComment(
            withDefault(column(QStringLiteral("name"), QStringLiteral("character varying(255)")),
                        QStringLiteral("'logged_in'")),
            QStringLiteral("foo"))),
        addColumn(withComment(
            withDefault(column(QStringLiteral("last"), QStringLiteral("character varying(255)")),
                        QStringLiteral("'logged_in'"), ColumnDefault::Kind::Expression),
            QStringLiteral("bar")))};
    Index descending = index(QStringLiteral("id_key"), {QStringLiteral("id")});
    descending.parts[0].descending = true;
    descending.where = QStringLiteral("success");
    descending.comment = QStringLiteral("comment");
    Index include = index(QStringLiteral("include_key"), {QStringLiteral("id")});
    include.include = {QStringLiteral("a"), QStringLiteral("b")};
    large.indexes = {{PartChangeKind::Add, {}, descending}, {PartChangeKind::Add, {}, include}};
    QTest::newRow("modify checks, columns and indexes")
        << diffOf({modifyTable(QStringLiteral("public"), users(), large)}) << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" DROP CONSTRAINT \"id_nonzero\", DROP "
                               "CONSTRAINT \"id_iseven\", ADD CONSTRAINT \"id_iseven\" CHECK "
                               "((\"id\") % 2 = 0), ADD CONSTRAINT \"name_not_empty\" CHECK "
                               "(\"name\" <> ''), ADD COLUMN \"name\" character varying(255) NOT "
                               "NULL DEFAULT 'logged_in', ADD COLUMN \"last\" character "
                               "varying(255) NOT NULL DEFAULT 'logged_in'")) +
               stmt(QStringLiteral("Create index \"id_key\" to table: \"users\""),
                    QStringLiteral(
                        "CREATE INDEX \"id_key\" ON \"users\" (\"id\" DESC) WHERE success")) +
               stmt(QStringLiteral("Create index \"include_key\" to table: \"users\""),
                    QStringLiteral("CREATE INDEX \"include_key\" ON \"users\" (\"id\") INCLUDE "
                                   "(\"a\", \"b\")")) +
               stmt(QStringLiteral("Set comment to column: \"name\" on table: \"users\""),
                    QStringLiteral("COMMENT ON COLUMN \"users\".\"name\" IS 'foo'")) +
               stmt(QStringLiteral("Set comment to column: \"last\" on table: \"users\""),
                    QStringLiteral("COMMENT ON COLUMN \"users\".\"last\" IS 'bar'")) +
               stmt(QStringLiteral("Set comment to index: \"id_key\" on table: \"users\""),
                    QStringLiteral("COMMENT ON INDEX \"id_key\" IS 'comment'"));

    TableDiff tableComment;
    tableComment.attributes = TableAspect::Comment;
    Table commented = users();
    commented.comment = QStringLiteral("foo");
    QTest::newRow("table comment qualified")
        << diffOf({modifyTable(QStringLiteral("public"), commented, tableComment)}) << qualified()
        << stmt(QStringLiteral("Set comment to table: \"users\""),
                QStringLiteral("COMMENT ON TABLE \"public\".\"users\" IS 'foo'"));

    // Atlas: foreign keys are dropped before the tables they reference.
    Table posts = table(QStringLiteral("posts"),
                        {column(QStringLiteral("id"), QStringLiteral("integer")),
                         column(QStringLiteral("author_id"), QStringLiteral("integer"))});
    TableDiff dropAuthor;
    dropAuthor.foreignKeys = {{PartChangeKind::Drop,
                               foreignKey(QStringLiteral("author"), {QStringLiteral("author_id")},
                                          QStringLiteral("users"), {QStringLiteral("id")}),
                               {}}};
    QTest::newRow("drop foreign key, then the table it references")
        << diffOf({modifyTable(QStringLiteral("public"), posts, dropAuthor),
                   dropTable(QStringLiteral("public"), users())})
        << unqualified()
        << stmt(QStringLiteral("Modify \"posts\" table"),
                QStringLiteral("ALTER TABLE \"posts\" DROP CONSTRAINT \"author\"")) +
               stmt(QStringLiteral("Drop \"users\" table"), QStringLiteral("DROP TABLE \"users\""));
    // A column drop takes its indexes and foreign keys with it (skipAutoChanges).
    TableDiff dropWithParts;
    dropWithParts.columns = {
        dropColumn(column(QStringLiteral("author_id"), QStringLiteral("integer")))};
    dropWithParts.indexes = {
        {PartChangeKind::Drop,
         index(QStringLiteral("posts_author"), {QStringLiteral("id"), QStringLiteral("author_id")}),
         {}}};
    dropWithParts.foreignKeys = dropAuthor.foreignKeys;
    QTest::newRow("dropped column takes its index and key")
        << diffOf({modifyTable(QStringLiteral("public"), posts, dropWithParts)}) << unqualified()
        << stmt(QStringLiteral("Modify \"posts\" table"),
                QStringLiteral("ALTER TABLE \"posts\" DROP COLUMN \"author_id\""));
}

void TestPostgresPlanner::columns_data()
{
    addColumns();
    // cli-migrate-diff.txtar, 2.sql.
    TableDiff createTime;
    createTime.columns = {addColumn(
        withDefault(column(QStringLiteral("create_time"), QStringLiteral("timestamp(4)")),
                    QStringLiteral("CURRENT_TIMESTAMP(4)"), ColumnDefault::Kind::Expression))};
    QTest::newRow("add column (cli-migrate-diff 2.sql)")
        << diffOf({modifyTable(QStringLiteral("script_cli_migrate_diff"), users(), createTime)})
        << unqualified()
        << QStringLiteral("-- Modify \"users\" table\n"
                          "ALTER TABLE \"users\" ADD COLUMN \"create_time\" timestamp(4) NOT NULL "
                          "DEFAULT CURRENT_TIMESTAMP(4);\n");
    const Column bigintId = column(QStringLiteral("id"), QStringLiteral("bigint"));
    TableDiff identity;
    identity.columns = {
        dropColumn(column(QStringLiteral("name"), QStringLiteral("character varying"))),
        modifyColumn(withComment(withIdentity(bigintId), QStringLiteral("comment")),
                     withIdentity(bigintId, 1024), ColumnAspect::Identity | ColumnAspect::Comment)};
    QTest::newRow("identity start and comment")
        << diffOf({modifyTable(QStringLiteral("public"), users(), identity)}) << unqualified()
        << stmt(
               QStringLiteral("Modify \"users\" table"),
               QStringLiteral("ALTER TABLE \"users\" DROP COLUMN \"name\", ALTER COLUMN \"id\" SET "
                              "GENERATED BY DEFAULT SET START WITH 1024 SET INCREMENT BY 1 "
                              "RESTART")) +
               stmt(QStringLiteral("Set comment to column: \"id\" on table: \"users\""),
                    QStringLiteral("COMMENT ON COLUMN \"users\".\"id\" IS ''"));
    TableDiff defaults;
    defaults.columns = {
        modifyColumn(withDefault(column(QStringLiteral("one"), QStringLiteral("bigint")),
                                 QStringLiteral("'one'")),
                     column(QStringLiteral("one"), QStringLiteral("bigint")),
                     ColumnAspect::Default),
        modifyColumn(withDefault(column(QStringLiteral("two"), QStringLiteral("bigint")),
                                 QStringLiteral("'two'")),
                     column(QStringLiteral("two"), QStringLiteral("bigint")),
                     ColumnAspect::Default),
        modifyColumn(withIdentity(bigintId), withIdentity(bigintId, 1024), ColumnAspect::Identity)};
    QTest::newRow("drop defaults, alter identity")
        << diffOf({modifyTable(QStringLiteral("public"), users(), defaults)}) << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" ALTER COLUMN \"one\" DROP DEFAULT, ALTER "
                               "COLUMN \"two\" DROP DEFAULT, ALTER COLUMN \"id\" SET GENERATED BY "
                               "DEFAULT SET START WITH 1024 SET INCREMENT BY 1 RESTART"));
    TableDiff addDropIdentity;
    addDropIdentity.columns = {
        modifyColumn(bigintId, withIdentity(bigintId, 10, 1, QStringLiteral("ALWAYS")),
                     ColumnAspect::Identity),
        modifyColumn(withIdentity(column(QStringLiteral("seq"), QStringLiteral("integer"))),
                     column(QStringLiteral("seq"), QStringLiteral("integer")),
                     ColumnAspect::Identity)};
    QTest::newRow("add and drop identity")
        << diffOf({modifyTable(QStringLiteral("public"), users(), addDropIdentity)})
        << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" ALTER COLUMN \"id\" ADD GENERATED ALWAYS AS "
                               "IDENTITY (START WITH 10), ALTER COLUMN \"seq\" DROP IDENTITY"));
    Column generated = column(QStringLiteral("c1"), QStringLiteral("integer"));
    generated.generated = GeneratedExpression{QStringLiteral("id+1"), true};
    TableDiff dropExpression;
    dropExpression.columns = {modifyColumn(generated,
                                           column(QStringLiteral("c1"), QStringLiteral("integer")),
                                           ColumnAspect::Generated)};
    QTest::newRow("drop generation expression")
        << diffOf({modifyTable(QStringLiteral("public"), table(QStringLiteral("posts"), {}),
                               dropExpression)})
        << unqualified()
        << stmt(QStringLiteral("Modify \"posts\" table"),
                QStringLiteral("ALTER TABLE \"posts\" ALTER COLUMN \"c1\" DROP EXPRESSION"));
    TableDiff nullsAndDefaults;
    nullsAndDefaults.columns = {
        modifyColumn(
            column(QStringLiteral("a"), QStringLiteral("text"), true),
            withDefault(column(QStringLiteral("a"), QStringLiteral("text")), QStringLiteral("'x'")),
            ColumnAspect::Null | ColumnAspect::Default),
        modifyColumn(column(QStringLiteral("b"), QStringLiteral("integer")),
                     column(QStringLiteral("b"), QStringLiteral("bigint"), true),
                     ColumnAspect::Type | ColumnAspect::Null)};
    QTest::newRow("type, null and default")
        << diffOf({modifyTable(QStringLiteral("public"), users(), nullsAndDefaults)})
        << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"users\" ALTER COLUMN \"a\" SET NOT NULL, ALTER "
                               "COLUMN \"a\" SET DEFAULT 'x', ALTER COLUMN \"b\" TYPE bigint, "
                               "ALTER COLUMN \"b\" DROP NOT NULL"));
    Column collated = column(QStringLiteral("name"), QStringLiteral("text"));
    collated.collation = QStringLiteral("C");
    TableDiff collation;
    collation.columns = {modifyColumn(column(QStringLiteral("name"), QStringLiteral("text")),
                                      collated, ColumnAspect::Collation)};
    QTest::newRow("collation")
        << diffOf({modifyTable(QStringLiteral("public"), users(), collation)}) << unqualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral(
                    "ALTER TABLE \"users\" ALTER COLUMN \"name\" TYPE text COLLATE \"C\""));
    TableDiff comment;
    comment.columns = {modifyColumn(
        withComment(column(QStringLiteral("state"), QStringLiteral("text")), QStringLiteral("bar")),
        withComment(column(QStringLiteral("state"), QStringLiteral("text")), QStringLiteral("foo")),
        ColumnAspect::Comment)};
    QTest::newRow("column comment")
        << diffOf({modifyTable(QStringLiteral("public"), users(), comment)}) << unqualified()
        << stmt(QStringLiteral("Set comment to column: \"state\" on table: \"users\""),
                QStringLiteral("COMMENT ON COLUMN \"users\".\"state\" IS 'foo'"));
    TableDiff toEnums;
    toEnums.columns = {modifyColumn(column(QStringLiteral("state"), QStringLiteral("text")),
                                    enumColumn(QStringLiteral("state"), QStringLiteral("state")),
                                    ColumnAspect::Type),
                       modifyColumn(column(QStringLiteral("status"), QStringLiteral("text")),
                                    enumColumn(QStringLiteral("status"), QStringLiteral("status"),
                                               QStringLiteral("test")),
                                    ColumnAspect::Type),
                       dropColumn(enumColumn(QStringLiteral("dc1"), QStringLiteral("de"))),
                       dropColumn(enumColumn(QStringLiteral("dc2"), QStringLiteral("de")))};
    QTest::newRow("enum column types qualified")
        << diffOf({modifyTable(QStringLiteral("public"), users(), toEnums)}) << qualified()
        << stmt(QStringLiteral("Modify \"users\" table"),
                QStringLiteral("ALTER TABLE \"public\".\"users\" ALTER COLUMN \"state\" TYPE "
                               "\"public\".\"state\", ALTER COLUMN \"status\" TYPE "
                               "\"test\".\"status\", DROP COLUMN \"dc1\", DROP COLUMN \"dc2\""));
    TableDiff renameOnly;
    renameOnly.columns = {{PartChangeKind::Rename,
                           column(QStringLiteral("a"), QStringLiteral("integer")),
                           column(QStringLiteral("b"), QStringLiteral("integer")),
                           {}}};
    const Table t1 = table(QStringLiteral("t1"), {});
    QTest::newRow("rename column qualified")
        << diffOf({modifyTable(QStringLiteral("s1"), t1, renameOnly)}) << qualified()
        << stmt(QStringLiteral("Rename a column from \"a\" to \"b\""),
                QStringLiteral("ALTER TABLE \"s1\".\"t1\" RENAME COLUMN \"a\" TO \"b\""));
    TableDiff renameAndAdd = renameOnly;
    renameAndAdd.columns.append(addColumn(column(QStringLiteral("c"), QStringLiteral("integer"))));
    QTest::newRow("rename and add column qualified")
        << diffOf({modifyTable(QStringLiteral("s1"), t1, renameAndAdd)}) << qualified()
        << stmt(QStringLiteral("Modify \"t1\" table"),
                QStringLiteral("ALTER TABLE \"s1\".\"t1\" ADD COLUMN \"c\" integer NOT NULL")) +
               stmt(QStringLiteral("Rename a column from \"a\" to \"b\""),
                    QStringLiteral("ALTER TABLE \"s1\".\"t1\" RENAME COLUMN \"a\" TO \"b\""));
    TableDiff renameAndWiden;
    renameAndWiden.columns = {
        {PartChangeKind::Rename, column(QStringLiteral("a"), QStringLiteral("integer")),
         column(QStringLiteral("b"), QStringLiteral("bigint")), ColumnAspect::Type}};
    QTest::newRow("renamed column altered under its old name")
        << diffOf({modifyTable(QStringLiteral("s1"), t1, renameAndWiden)}) << unqualified()
        << stmt(QStringLiteral("Modify \"t1\" table"),
                QStringLiteral("ALTER TABLE \"t1\" ALTER COLUMN \"a\" TYPE bigint")) +
               stmt(QStringLiteral("Rename a column from \"a\" to \"b\""),
                    QStringLiteral("ALTER TABLE \"t1\" RENAME COLUMN \"a\" TO \"b\""));

    const Table posts = table(QStringLiteral("posts"), {});
    TableDiff dropSerial;
    dropSerial.columns = {
        modifyColumn(column(QStringLiteral("c1"), QStringLiteral("smallserial")),
                     column(QStringLiteral("c1"), QStringLiteral("integer")), ColumnAspect::Type),
        modifyColumn(column(QStringLiteral("c2"), QStringLiteral("serial")),
                     column(QStringLiteral("c2"), QStringLiteral("integer")), ColumnAspect::Type)};
    QTest::newRow("serial dropped")
        << diffOf({modifyTable(QStringLiteral("public"), posts, dropSerial)}) << qualified()
        << stmt(QStringLiteral("Modify \"posts\" table"),
                QStringLiteral(
                    "ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"c1\" DROP DEFAULT, "
                    "ALTER COLUMN \"c1\" TYPE integer, ALTER COLUMN \"c2\" DROP DEFAULT")) +
               stmt(QStringLiteral("Drop sequence used by serial column \"c1\""),
                    QStringLiteral("DROP SEQUENCE IF EXISTS \"public\".\"posts_c1_seq\"")) +
               stmt(QStringLiteral("Drop sequence used by serial column \"c2\""),
                    QStringLiteral("DROP SEQUENCE IF EXISTS \"public\".\"posts_c2_seq\""));
    TableDiff addSerial;
    addSerial.columns = {modifyColumn(column(QStringLiteral("c1"), QStringLiteral("integer")),
                                      column(QStringLiteral("c1"), QStringLiteral("serial")),
                                      ColumnAspect::Type),
                         modifyColumn(column(QStringLiteral("c2"), QStringLiteral("integer")),
                                      column(QStringLiteral("c2"), QStringLiteral("bigserial")),
                                      ColumnAspect::Type)};
    QTest::newRow("serial added")
        << diffOf({modifyTable(QStringLiteral("public"), posts, addSerial)}) << qualified()
        << stmt(QStringLiteral("Create sequence for serial column \"c1\""),
                QStringLiteral("CREATE SEQUENCE IF NOT EXISTS \"public\".\"posts_c1_seq\" OWNED BY "
                               "\"public\".\"posts\".\"c1\"")) +
               stmt(
                   QStringLiteral("Create sequence for serial column \"c2\""),
                   QStringLiteral("CREATE SEQUENCE IF NOT EXISTS \"public\".\"posts_c2_seq\" OWNED "
                                  "BY \"public\".\"posts\".\"c2\"")) +
               stmt(QStringLiteral("Modify \"posts\" table"),
                    QStringLiteral(
                        "ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"c1\" SET DEFAULT "
                        "nextval('\"public\".\"posts_c1_seq\"'), ALTER COLUMN \"c2\" SET "
                        "DEFAULT nextval('\"public\".\"posts_c2_seq\"'), ALTER COLUMN "
                        "\"c2\" TYPE bigint"));
    TableDiff serialAddedUnqualified;
    serialAddedUnqualified.columns = {addSerial.columns.first()};
    QTest::newRow("serial added unqualified")
        << diffOf({modifyTable(QStringLiteral("public"), posts, serialAddedUnqualified)})
        << unqualified()
        << stmt(QStringLiteral("Create sequence for serial column \"c1\""),
                QStringLiteral("CREATE SEQUENCE IF NOT EXISTS \"posts_c1_seq\" OWNED BY "
                               "\"posts\".\"c1\"")) +
               stmt(QStringLiteral("Modify \"posts\" table"),
                    QStringLiteral("ALTER TABLE \"posts\" ALTER COLUMN \"c1\" SET DEFAULT "
                                   "nextval('\"posts_c1_seq\"')"));
    TableDiff serialWidened;
    serialWidened.columns = {
        modifyColumn(column(QStringLiteral("c1"), QStringLiteral("smallserial")),
                     column(QStringLiteral("c1"), QStringLiteral("serial")), ColumnAspect::Type),
        modifyColumn(column(QStringLiteral("c2"), QStringLiteral("serial")),
                     column(QStringLiteral("c2"), QStringLiteral("bigserial")),
                     ColumnAspect::Type)};
    QTest::newRow("serial widened")
        << diffOf({modifyTable(QStringLiteral("public"), posts, serialWidened)}) << qualified()
        << stmt(QStringLiteral("Modify \"posts\" table"),
                QStringLiteral("ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"c1\" TYPE integer, "
                               "ALTER COLUMN \"c2\" TYPE bigint"));
}

void TestPostgresPlanner::impossibleChangesFail_data()
{
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<PlanOptions>("options");
    QTest::addColumn<QString>("message");
    const EnumType state{QStringLiteral("state"), {QStringLiteral("on"), QStringLiteral("off")}};
    QTest::newRow("enum value removed")
        << diffOf({enumChange(SchemaChange::Kind::ModifyEnum, QStringLiteral("public"), state,
                              {QStringLiteral("state"), {QStringLiteral("on")}})})
        << unqualified()
        << QStringLiteral("Cannot plan the change to enum type \"state\": PostgreSQL cannot "
                          "remove the value \"off\" from an enum type. Keep the value, or drop "
                          "the type and create it again in a hand-written migration.");
    QTest::newRow("enum values reordered")
        << diffOf({enumChange(
               SchemaChange::Kind::ModifyEnum, QStringLiteral("public"), state,
               {QStringLiteral("state"), {QStringLiteral("off"), QStringLiteral("on")}})})
        << unqualified()
        << QStringLiteral("Cannot plan the change to enum type \"state\": PostgreSQL cannot "
                          "reorder the values of an enum type (value \"off\" moved). Keep the old "
                          "order, or drop the type and create it again in a hand-written "
                          "migration.");
    QTest::newRow("nullable serial")
        << diffOf({addTable(QStringLiteral("public"),
                            table(QStringLiteral("posts"),
                                  {column(QStringLiteral("id"), QStringLiteral("serial"), true)}))})
        << unqualified()
        << QStringLiteral("Cannot plan the change to column \"id\" of table \"posts\": a serial "
                          "column must be NOT NULL. Make the column NOT NULL, or use an integer "
                          "type with an identity instead.");
    TableDiff unnamed;
    unnamed.checks = {{PartChangeKind::Modify, Check{{}, QStringLiteral("(a > 0)"), true},
                       Check{{}, QStringLiteral("(a > 1)"), true}}};
    QTest::newRow("unnamed check modified")
        << diffOf({modifyTable(QStringLiteral("public"), users(), unnamed)}) << unqualified()
        << QStringLiteral("Cannot plan the change to table \"users\": an unnamed check "
                          "constraint cannot be dropped or changed. Give the check a name in the "
                          "schema.");
    Column generated = column(QStringLiteral("c"), QStringLiteral("integer"));
    generated.generated = GeneratedExpression{QStringLiteral("id+1"), true};
    TableDiff toGenerated;
    toGenerated.columns = {modifyColumn(column(QStringLiteral("c"), QStringLiteral("integer")),
                                        generated, ColumnAspect::Generated)};
    QTest::newRow("column becomes generated")
        << diffOf({modifyTable(QStringLiteral("public"), users(), toGenerated)}) << unqualified()
        << QStringLiteral("Cannot plan the change to column \"c\" of table \"users\": PostgreSQL "
                          "can only drop a generation expression in place. Drop the column and "
                          "add it again.");
    TableDiff engine;
    engine.attributes = TableAspect::Engine;
    QTest::newRow("table engine")
        << diffOf({modifyTable(QStringLiteral("public"), users(), engine)}) << unqualified()
        << QStringLiteral("Cannot plan the change to table \"users\": PostgreSQL tables have no "
                          "charset, collation, engine or table options; remove them from the "
                          "schema.");
    PlanOptions qualifier;
    qualifier.qualifier = QStringLiteral("tenant");
    QTest::newRow("qualifier over two schemas")
        << diffOf(
               {dropTable(QStringLiteral("a"), users()), dropTable(QStringLiteral("b"), users())})
        << qualifier
        << QStringLiteral("The changes span 2 schemas, but a plan qualified with schema "
                          "\"tenant\" covers one: plan without a qualifier, or one schema at a "
                          "time.");
}

void TestPostgresPlanner::impossibleChangesFail()
{
    QFETCH(SchemaDiff, diff);
    QFETCH(PlanOptions, options);
    QFETCH(QString, message);
    const Expected<Plan> plan = PostgresPlanner().plan(diff, options);
    QVERIFY2(!plan, qPrintable(plan ? plan->text() : QString()));
    QCOMPARE(plan.error().message, message);
}

void TestPostgresPlanner::statementsCarryChangeAndFlags()
{
    Schema sales;
    sales.name = QStringLiteral("sales");
    const EnumType state{QStringLiteral("state"), {QStringLiteral("on")}};
    EnumType grown = state;
    grown.values.append(QStringLiteral("off"));
    TableDiff narrow;
    narrow.columns = {modifyColumn(column(QStringLiteral("id"), QStringLiteral("bigint")),
                                   column(QStringLiteral("id"), QStringLiteral("integer")),
                                   ColumnAspect::Type)};
    TableDiff widen;
    widen.columns = {
        modifyColumn(column(QStringLiteral("name"), QStringLiteral("character varying(10)")),
                     column(QStringLiteral("name"), QStringLiteral("text")), ColumnAspect::Type)};
    TableDiff dropped;
    dropped.columns = {dropColumn(column(QStringLiteral("name"), QStringLiteral("text")))};
    const SchemaDiff diff = diffOf({
        schemaChange(SchemaChange::Kind::DropSchema, sales, {}),
        enumChange(SchemaChange::Kind::ModifyEnum, QStringLiteral("public"), state, grown),
        addTable(QStringLiteral("public"), users()),
        modifyTable(QStringLiteral("public"), users(), narrow),
        modifyTable(QStringLiteral("public"), users(), widen),
        modifyTable(QStringLiteral("public"), users(), dropped),
        dropTable(QStringLiteral("public"), users()),
    });
    const Expected<Plan> plan = PostgresPlanner().plan(diff, {});
    QVERIFY(plan);
    QStringList flags;
    for (const PlannedStatement &statement : plan->statements) {
        flags.append(
            QString::number(statement.change) +
            (statement.destructive ? QLatin1String(" destructive") : QLatin1String(" safe")) +
            (statement.reversible ? QLatin1String(" reversible") : QLatin1String(" once")));
    }
    QCOMPARE(flags, (QStringList{QStringLiteral("0 destructive once"),
                                 QStringLiteral("1 safe once"), QStringLiteral("2 safe reversible"),
                                 QStringLiteral("3 destructive reversible"),
                                 QStringLiteral("4 safe reversible"),
                                 QStringLiteral("5 destructive reversible"),
                                 QStringLiteral("6 destructive reversible")}));
    // A schema drop makes the plan qualified, as Atlas plans a realm.
    QCOMPARE(plan->statements.at(2).sql,
             QStringLiteral("CREATE TABLE \"public\".\"users\" (\"id\" bigint NOT NULL)"));
}

QTEST_GUILESS_MAIN(TestPostgresPlanner)
#include "tst_postgresplanner.moc"
