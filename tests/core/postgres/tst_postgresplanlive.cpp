// The PostgreSQL planner against a real server: for each pair of schemas (A, B), A and B are
// created from SQL and inspected, the changes from A to B are written by hand (as the differ
// would find them), planned, and run on A. Inspecting A again must then give B, table by
// table. A's tables hold rows first; a plan without destructive statements must keep them all.

#include "planmodels.h"
#include "postgrestestsupport.h"

#include "db/postgres/postgresconnection.h"
#include "db/postgres/postgresdialect.h"
#include "db/postgres/postgresplanner.h"

#include <QTest>

#include <functional>

using namespace strata;
using namespace strata::test;

namespace {

const QString kSchemaA = QStringLiteral("plan_a");
const QString kSchemaB = QStringLiteral("plan_b");
const QString kDatabase = QStringLiteral("strata_tst_planlive");

/// The changes from A to B, built from the inspected models of both.
using DiffBuilder = std::function<QList<SchemaChange>(const Schema &a, const Schema &b)>;

const Table &tableIn(const Schema &schema, const QString &name)
{
    static const Table missing;
    const Table *table = schema.table(name);
    if (!table)
        qWarning().noquote() << "no table" << name << "in" << schema.name;
    return table ? *table : missing;
}

const Column &columnIn(const Table &table, const QString &name)
{
    static const Column missing;
    const Column *column = table.column(name);
    if (!column)
        qWarning().noquote() << "no column" << name << "in" << table.name;
    return column ? *column : missing;
}

const Index &indexIn(const Table &table, const QString &name)
{
    static const Index missing;
    for (const Index &index : table.indexes) {
        if (index.name == name)
            return index;
    }
    qWarning().noquote() << "no index" << name << "in" << table.name;
    return missing;
}

const ForeignKey &foreignKeyIn(const Table &table, const QString &name)
{
    static const ForeignKey missing;
    for (const ForeignKey &key : table.foreignKeys) {
        if (key.name == name)
            return key;
    }
    qWarning().noquote() << "no foreign key" << name << "in" << table.name;
    return missing;
}

const Check &checkIn(const Table &table, const QString &name)
{
    static const Check missing;
    for (const Check &check : table.checks) {
        if (check.name == name)
            return check;
    }
    qWarning().noquote() << "no check" << name << "in" << table.name;
    return missing;
}

const EnumType &enumIn(const Schema &schema, const QString &name)
{
    static const EnumType missing;
    for (const EnumType &type : schema.enums) {
        if (type.name == name)
            return type;
    }
    qWarning().noquote() << "no enum" << name << "in" << schema.name;
    return missing;
}

/// ModifyTable of table `name`, from A's form to B's.
SchemaChange modified(const Schema &a, const Schema &b, const QString &name, const TableDiff &diff)
{
    SchemaChange change = modifyTable(kSchemaA, tableIn(a, name), diff);
    change.to = tableIn(b, name);
    return change;
}

ColumnChange columnModified(const Table &a, const Table &b, const QString &name,
                            ColumnAspects aspects)
{
    return modifyColumn(columnIn(a, name), columnIn(b, name), aspects);
}

QString describe(const Column &column)
{
    QStringList parts{column.type.normalized, column.type.enumName, column.type.enumSchema,
                      column.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL")};
    if (column.defaultValue)
        parts.append(QLatin1String("default ") + column.defaultValue->sql);
    if (column.identity) {
        parts.append(QStringLiteral("identity %1 %2 %3")
                         .arg(column.identity->generation)
                         .arg(column.identity->start)
                         .arg(column.identity->increment));
    }
    if (column.generated)
        parts.append(QLatin1String("generated ") + column.generated->expression);
    parts.append(QLatin1String("comment ") + column.comment);
    parts.append(QLatin1String("collate ") + column.collation);
    return parts.join(QLatin1Char('|'));
}

QString describe(const Index &index)
{
    QStringList parts;
    for (const IndexPart &part : index.parts)
        parts.append(part.column + part.expression +
                     (part.descending ? QStringLiteral(" DESC") : QString()));
    return QStringLiteral("%1 unique=%2 constraint=%3 (%4) type=%5 where=%6 include=%7 comment=%8")
        .arg(index.name)
        .arg(index.unique)
        .arg(index.constraint)
        .arg(parts.join(QLatin1String(", ")), index.type, index.where,
             index.include.join(QLatin1Char(',')), index.comment);
}

QString describe(const ForeignKey &key)
{
    return QStringLiteral("%1 (%2) -> %3.%4 (%5) update=%6 delete=%7")
        .arg(key.name, key.columns.join(QLatin1Char(',')), key.refSchema, key.refTable,
             key.refColumns.join(QLatin1Char(',')), referenceActionSql(key.onUpdate),
             referenceActionSql(key.onDelete));
}

template<typename T, typename Name>
QStringList describeAll(const QList<T> &items, Name name)
{
    QStringList described;
    for (const T &item : items)
        described.append(name(item) + QLatin1String(": ") + describe(item));
    return described;
}

/// The first difference between two inspected schemas, named by table and part; empty when
/// they are the same.
QString firstDifference(const Schema &actual, const Schema &expected)
{
    QStringList actualTables, expectedTables;
    for (const Table &table : actual.tables)
        actualTables.append(table.name);
    for (const Table &table : expected.tables)
        expectedTables.append(table.name);
    if (actualTables != expectedTables) {
        return QStringLiteral("tables: %1, expected %2")
            .arg(actualTables.join(QLatin1String(", ")), expectedTables.join(QLatin1String(", ")));
    }
    for (const Table &want : expected.tables) {
        const Table &got = *actual.table(want.name);
        const QString where = QLatin1String("table \"") + want.name + QLatin1String("\" ");
        const auto columnName = [](const Column &column) {
            return column.name;
        };
        const QStringList gotColumns = describeAll(got.columns, columnName);
        const QStringList wantColumns = describeAll(want.columns, columnName);
        for (qsizetype i = 0; i < std::max(gotColumns.size(), wantColumns.size()); ++i) {
            const QString g = gotColumns.value(i, QStringLiteral("<none>"));
            const QString w = wantColumns.value(i, QStringLiteral("<none>"));
            if (g != w)
                return where + QLatin1String("column ") + QString::number(i + 1) +
                       QLatin1String(": ") + g + QLatin1String(", expected ") + w;
        }
        const QString gotKey = got.primaryKey ? describe(*got.primaryKey) : QStringLiteral("none");
        const QString wantKey =
            want.primaryKey ? describe(*want.primaryKey) : QStringLiteral("none");
        if (gotKey != wantKey)
            return where + QLatin1String("primary key: ") + gotKey + QLatin1String(", expected ") +
                   wantKey;
        const auto indexName = [](const Index &index) {
            return index.name;
        };
        if (got.indexes != want.indexes) {
            return where + QLatin1String("indexes: ") +
                   describeAll(got.indexes, indexName).join(QLatin1String("; ")) +
                   QLatin1String(", expected ") +
                   describeAll(want.indexes, indexName).join(QLatin1String("; "));
        }
        const auto keyName = [](const ForeignKey &key) {
            return key.name;
        };
        if (got.foreignKeys != want.foreignKeys) {
            return where + QLatin1String("foreign keys: ") +
                   describeAll(got.foreignKeys, keyName).join(QLatin1String("; ")) +
                   QLatin1String(", expected ") +
                   describeAll(want.foreignKeys, keyName).join(QLatin1String("; "));
        }
        if (got.checks != want.checks) {
            QStringList g, w;
            for (const Check &check : got.checks)
                g.append(check.name + QLatin1Char(' ') + check.expression);
            for (const Check &check : want.checks)
                w.append(check.name + QLatin1Char(' ') + check.expression);
            return where + QLatin1String("checks: ") + g.join(QLatin1String("; ")) +
                   QLatin1String(", expected ") + w.join(QLatin1String("; "));
        }
        if (got.comment != want.comment)
            return where + QLatin1String("comment: ") + got.comment + QLatin1String(", expected ") +
                   want.comment;
        if (!(got == want))
            return where + QLatin1String("differs in another attribute");
    }
    if (actual.enums != expected.enums) {
        QStringList g, w;
        for (const EnumType &type : actual.enums)
            g.append(type.name + QLatin1Char('(') + type.values.join(QLatin1Char(',')) +
                     QLatin1Char(')'));
        for (const EnumType &type : expected.enums)
            w.append(type.name + QLatin1Char('(') + type.values.join(QLatin1Char(',')) +
                     QLatin1Char(')'));
        return QLatin1String("enums: ") + g.join(QLatin1String(", ")) +
               QLatin1String(", expected ") + w.join(QLatin1String(", "));
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(DiffBuilder)

class TestPostgresPlanLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void planTurnsAIntoB_data();
    void planTurnsAIntoB();

private:
    /// A fresh `schema` holding what `ddl` creates, inspected; nothing on failure (with a warning).
    std::optional<Schema> createAndInspect(const QString &schema, const QString &ddl);
    std::optional<Schema> inspect(const QString &schema);
    qint64 rowCount(const QString &table);

    PostgresTestServer m_server;
    std::optional<DatabaseUrl> m_database;
    std::unique_ptr<PostgresConnection> m_a;
};

void TestPostgresPlanLive::initTestCase()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    m_database = m_server.createDatabase(kDatabase);
    QVERIFY(m_database);
}

void TestPostgresPlanLive::cleanupTestCase()
{
    m_a.reset();
    if (m_database)
        m_server.dropDatabase(kDatabase);
}

std::optional<Schema> TestPostgresPlanLive::inspect(const QString &schema)
{
    auto connection = PostgresConnection::open(withDatabase(*m_database, kDatabase, schema));
    if (!connection) {
        qWarning().noquote() << connection.error().message;
        return std::nullopt;
    }
    auto realm = connection.value()->inspect(TaskControl());
    if (!realm || realm->schemas.size() != 1) {
        qWarning().noquote() << (realm ? QStringLiteral("not one schema") : realm.error().message);
        return std::nullopt;
    }
    return realm->schemas.first();
}

std::optional<Schema> TestPostgresPlanLive::createAndInspect(const QString &schema,
                                                             const QString &ddl)
{
    auto connection = PostgresConnection::open(withDatabase(*m_database, kDatabase, schema));
    if (!connection) {
        qWarning().noquote() << connection.error().message;
        return std::nullopt;
    }
    const QString quoted = QLatin1Char('"') + schema + QLatin1Char('"');
    const Status created = connection.value()->execute(
        QLatin1String("DROP SCHEMA IF EXISTS ") + quoted +
        QLatin1String(" CASCADE; CREATE SCHEMA ") + quoted + QLatin1String("; ") + ddl);
    if (!created) {
        qWarning().noquote() << created.error().message;
        return std::nullopt;
    }
    return inspect(schema);
}

qint64 TestPostgresPlanLive::rowCount(const QString &table)
{
    auto rows =
        m_a->query(QLatin1String("SELECT count(*) FROM ") + postgresQuotedIdentifier(table));
    return rows ? rows->number(0, 0) : -1;
}

void TestPostgresPlanLive::planTurnsAIntoB_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("b");
    QTest::addColumn<DiffBuilder>("changes");
    QTest::addColumn<bool>("destructive");

    QTest::newRow("add table")
        << QStringLiteral("CREATE TABLE keep (id int PRIMARY KEY);")
        << QStringLiteral("INSERT INTO keep VALUES (1), (2);")
        << QStringLiteral("CREATE TABLE keep (id int PRIMARY KEY);"
                          "CREATE TABLE users (id bigserial PRIMARY KEY, name text NOT NULL "
                          "DEFAULT 'x', email varchar(200) UNIQUE, CONSTRAINT name_len CHECK "
                          "(length(name) > 0));"
                          "CREATE INDEX users_name ON users (name DESC) WHERE name <> '';"
                          "COMMENT ON TABLE users IS 'people''s table';"
                          "COMMENT ON COLUMN users.name IS 'full name';"
                          "COMMENT ON INDEX users_name IS 'by name';")
        << DiffBuilder([](const Schema &, const Schema &b) {
               return QList<SchemaChange>{addTable(kSchemaA, tableIn(b, QStringLiteral("users")))};
           })
        << false;
    QTest::newRow("drop table")
        << QStringLiteral("CREATE TABLE keep (id int); CREATE TABLE gone (id int);")
        << QStringLiteral("INSERT INTO keep VALUES (1); INSERT INTO gone VALUES (1);")
        << QStringLiteral("CREATE TABLE keep (id int);")
        << DiffBuilder([](const Schema &a, const Schema &) {
               return QList<SchemaChange>{dropTable(kSchemaA, tableIn(a, QStringLiteral("gone")))};
           })
        << true;
    QTest::newRow("rename table") << QStringLiteral("CREATE TABLE old_name (id int);")
                                  << QStringLiteral("INSERT INTO old_name VALUES (1), (2), (3);")
                                  << QStringLiteral("CREATE TABLE new_name (id int);")
                                  << DiffBuilder([](const Schema &a, const Schema &b) {
                                         SchemaChange rename;
                                         rename.kind = SchemaChange::Kind::RenameTable;
                                         rename.schema = kSchemaA;
                                         rename.from = tableIn(a, QStringLiteral("old_name"));
                                         rename.to = tableIn(b, QStringLiteral("new_name"));
                                         return QList<SchemaChange>{rename};
                                     })
                                  << false;
    QTest::newRow("add columns")
        << QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);")
        << QStringLiteral("INSERT INTO t VALUES (1), (2);")
        << QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, email varchar(100), created "
                          "timestamptz NOT NULL DEFAULT now(), flag boolean NOT NULL DEFAULT "
                          "false, note text COLLATE \"C\");"
                          "COMMENT ON COLUMN t.email IS 'where to write';")
        << DiffBuilder([](const Schema &, const Schema &b) {
               const Table &t = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               for (const QString &name : {QStringLiteral("email"), QStringLiteral("created"),
                                           QStringLiteral("flag"), QStringLiteral("note")})
                   diff.columns.append(addColumn(columnIn(t, name)));
               SchemaChange change = modifyTable(kSchemaA, t, diff);
               return QList<SchemaChange>{change};
           })
        << false;
    QTest::newRow("drop column")
        << QStringLiteral("CREATE TABLE t (id int, gone text, other int); CREATE INDEX t_gone ON "
                          "t (gone, other);")
        << QStringLiteral("INSERT INTO t VALUES (1, 'a', 2);")
        << QStringLiteral("CREATE TABLE t (id int, other int);")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &t = tableIn(a, QStringLiteral("t"));
               TableDiff diff;
               diff.columns = {dropColumn(columnIn(t, QStringLiteral("gone")))};
               diff.indexes = {{PartChangeKind::Drop, indexIn(t, QStringLiteral("t_gone")), {}}};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << true;
    QTest::newRow("modify columns")
        << QStringLiteral("CREATE TABLE t (a int, b varchar(10) NOT NULL, c text, d int DEFAULT 1, "
                          "e text, f text);")
        << QStringLiteral("INSERT INTO t VALUES (1, 'x', 'y', 2, 'z', 'w');")
        << QStringLiteral("CREATE TABLE t (a bigint, b varchar(50), c text NOT NULL DEFAULT "
                          "'none', d int, e text COLLATE \"C\", f varchar(10));")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.columns = {
                   columnModified(from, to, QStringLiteral("a"), ColumnAspect::Type),
                   columnModified(from, to, QStringLiteral("b"),
                                  ColumnAspect::Type | ColumnAspect::Null),
                   columnModified(from, to, QStringLiteral("c"),
                                  ColumnAspect::Null | ColumnAspect::Default),
                   columnModified(from, to, QStringLiteral("d"), ColumnAspect::Default),
                   columnModified(from, to, QStringLiteral("e"), ColumnAspect::Collation),
                   columnModified(from, to, QStringLiteral("f"), ColumnAspect::Type)};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << true; // text to varchar(10) can lose data
    QTest::newRow("comments")
        << QStringLiteral("CREATE TABLE t (id int, note text); COMMENT ON TABLE t IS 'old';"
                          "COMMENT ON COLUMN t.note IS 'gone';")
        << QStringLiteral("INSERT INTO t VALUES (1, 'a');")
        << QStringLiteral("CREATE TABLE t (id int, note text); COMMENT ON TABLE t IS 'new';"
                          "COMMENT ON COLUMN t.id IS 'the key';")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.attributes = TableAspect::Comment;
               diff.columns = {
                   columnModified(from, to, QStringLiteral("id"), ColumnAspect::Comment),
                   columnModified(from, to, QStringLiteral("note"), ColumnAspect::Comment)};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << false;
    QTest::newRow("rename column")
        << QStringLiteral("CREATE TABLE t (id int, old_name int);")
        << QStringLiteral("INSERT INTO t VALUES (1, 2);")
        << QStringLiteral("CREATE TABLE t (id int, new_name bigint);")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {
                   {PartChangeKind::Rename,
                    columnIn(tableIn(a, QStringLiteral("t")), QStringLiteral("old_name")),
                    columnIn(tableIn(b, QStringLiteral("t")), QStringLiteral("new_name")),
                    ColumnAspect::Type}};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << false;
    QTest::newRow("primary keys")
        << QStringLiteral("CREATE TABLE added (id int NOT NULL); CREATE TABLE dropped (id int "
                          "PRIMARY KEY); CREATE TABLE widened (id int PRIMARY KEY, code int NOT "
                          "NULL);")
        << QStringLiteral("INSERT INTO added VALUES (1); INSERT INTO dropped VALUES (1);"
                          "INSERT INTO widened VALUES (1, 1), (2, 1);")
        << QStringLiteral("CREATE TABLE added (id int PRIMARY KEY); CREATE TABLE dropped (id int "
                          "NOT NULL); CREATE TABLE widened (id int, code int, PRIMARY KEY (id, "
                          "code));")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const auto key = [](const Schema &s, const QString &name) {
                   return *tableIn(s, name).primaryKey;
               };
               TableDiff added, dropped, widened;
               added.primaryKey =
                   IndexChange{PartChangeKind::Add, {}, key(b, QStringLiteral("added"))};
               dropped.primaryKey =
                   IndexChange{PartChangeKind::Drop, key(a, QStringLiteral("dropped")), {}};
               widened.primaryKey =
                   IndexChange{PartChangeKind::Modify, key(a, QStringLiteral("widened")),
                               key(b, QStringLiteral("widened"))};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("added"), added),
                                          modified(a, b, QStringLiteral("dropped"), dropped),
                                          modified(a, b, QStringLiteral("widened"), widened)};
           })
        << false;
    QTest::newRow("indexes and unique constraints")
        << QStringLiteral("CREATE TABLE t (id int, a int, b text, c text, d text);"
                          "CREATE INDEX t_gone ON t (a); CREATE INDEX t_rebuilt ON t (a);"
                          "CREATE INDEX t_commented ON t (b); ALTER TABLE t ADD CONSTRAINT "
                          "t_c_key UNIQUE (c);")
        << QStringLiteral("INSERT INTO t VALUES (1, 1, 'a', 'x', 'p'), (2, 2, 'b', 'y', 'q');")
        << QStringLiteral("CREATE TABLE t (id int, a int, b text, c text, d text);"
                          "CREATE UNIQUE INDEX t_rebuilt ON t (a, b); CREATE INDEX t_commented "
                          "ON t (b); COMMENT ON INDEX t_commented IS 'by b';"
                          "CREATE INDEX t_added ON t USING hash (b); ALTER TABLE t ADD "
                          "CONSTRAINT t_d_key UNIQUE (d);")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.indexes = {{PartChangeKind::Modify,
                                indexIn(from, QStringLiteral("t_commented")),
                                indexIn(to, QStringLiteral("t_commented"))},
                               {PartChangeKind::Drop, indexIn(from, QStringLiteral("t_c_key")), {}},
                               {PartChangeKind::Drop, indexIn(from, QStringLiteral("t_gone")), {}},
                               {PartChangeKind::Modify, indexIn(from, QStringLiteral("t_rebuilt")),
                                indexIn(to, QStringLiteral("t_rebuilt"))},
                               {PartChangeKind::Add, {}, indexIn(to, QStringLiteral("t_added"))},
                               {PartChangeKind::Add, {}, indexIn(to, QStringLiteral("t_d_key"))}};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << false;
    QTest::newRow("foreign keys")
        << QStringLiteral(
               "CREATE TABLE parent (id int PRIMARY KEY, code int UNIQUE);"
               "CREATE TABLE child (id int, p int, q int, r int, CONSTRAINT gone FOREIGN "
               "KEY (p) REFERENCES parent, CONSTRAINT changed FOREIGN KEY (q) "
               "REFERENCES parent);")
        << QStringLiteral(
               "INSERT INTO parent VALUES (1, 10); INSERT INTO child VALUES (1, 1, 1, 10);")
        << QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY, code int UNIQUE);"
                          "CREATE TABLE child (id int, p int, q int, r int, CONSTRAINT changed "
                          "FOREIGN KEY (q) REFERENCES parent ON DELETE CASCADE, CONSTRAINT added "
                          "FOREIGN KEY (r) REFERENCES parent (code) ON UPDATE RESTRICT);")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("child"));
               const Table &to = tableIn(b, QStringLiteral("child"));
               TableDiff diff;
               diff.foreignKeys = {
                   {PartChangeKind::Modify, foreignKeyIn(from, QStringLiteral("changed")),
                    foreignKeyIn(to, QStringLiteral("changed"))},
                   {PartChangeKind::Drop, foreignKeyIn(from, QStringLiteral("gone")), {}},
                   {PartChangeKind::Add, {}, foreignKeyIn(to, QStringLiteral("added"))}};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("child"), diff)};
           })
        << false;
    QTest::newRow("checks")
        << QStringLiteral("CREATE TABLE t (id int, CONSTRAINT gone CHECK (id > 0), CONSTRAINT "
                          "changed CHECK (id < 100));")
        << QStringLiteral("INSERT INTO t VALUES (5);")
        << QStringLiteral("CREATE TABLE t (id int, CONSTRAINT changed CHECK (id < 1000), CHECK "
                          "(id <> 7));")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.checks = {{PartChangeKind::Drop, checkIn(from, QStringLiteral("gone")), {}},
                              {PartChangeKind::Modify, checkIn(from, QStringLiteral("changed")),
                               checkIn(to, QStringLiteral("changed"))},
                              {PartChangeKind::Add, {}, checkIn(to, QStringLiteral("t_id_check"))}};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << false;
    QTest::newRow("enums")
        << QStringLiteral("CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TYPE old_kind AS ENUM "
                          "('x'); CREATE TABLE t (id int, m mood, k old_kind, s text);")
        << QStringLiteral("INSERT INTO t VALUES (1, 'ok', 'x', 'a');")
        << QStringLiteral("CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy'); CREATE TYPE "
                          "level AS ENUM ('low', 'high'); CREATE TABLE t (id int, m mood, s text, "
                          "l level NOT NULL DEFAULT 'low');")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.columns = {dropColumn(columnIn(from, QStringLiteral("k"))),
                               addColumn(columnIn(to, QStringLiteral("l")))};
               return QList<SchemaChange>{enumChange(SchemaChange::Kind::ModifyEnum, kSchemaA,
                                                     enumIn(a, QStringLiteral("mood")),
                                                     enumIn(b, QStringLiteral("mood"))),
                                          enumChange(SchemaChange::Kind::AddEnum, kSchemaA, {},
                                                     enumIn(b, QStringLiteral("level"))),
                                          modified(a, b, QStringLiteral("t"), diff),
                                          enumChange(SchemaChange::Kind::DropEnum, kSchemaA,
                                                     enumIn(a, QStringLiteral("old_kind")), {})};
           })
        << true; // the column "k" goes
    QTest::newRow("identity")
        << QStringLiteral("CREATE TABLE t (a int NOT NULL, b int GENERATED BY DEFAULT AS IDENTITY, "
                          "c int GENERATED ALWAYS AS IDENTITY);")
        << QStringLiteral("INSERT INTO t (a) VALUES (1), (2);")
        << QStringLiteral("CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (START WITH 10), b "
                          "int GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 5), "
                          "c int NOT NULL);")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.columns = {
                   columnModified(from, to, QStringLiteral("a"), ColumnAspect::Identity),
                   columnModified(from, to, QStringLiteral("b"), ColumnAspect::Identity),
                   columnModified(from, to, QStringLiteral("c"), ColumnAspect::Identity)};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << false;
    QTest::newRow("serial and generated columns")
        << QStringLiteral("CREATE TABLE t (a int NOT NULL, b serial, c bigint, d int GENERATED "
                          "ALWAYS AS (a * 2) STORED);")
        << QStringLiteral("INSERT INTO t (a, c) VALUES (1, 1), (2, 2);")
        << QStringLiteral("CREATE TABLE t (a serial, b int NOT NULL, c bigserial, d int);")
        << DiffBuilder([](const Schema &a, const Schema &b) {
               const Table &from = tableIn(a, QStringLiteral("t"));
               const Table &to = tableIn(b, QStringLiteral("t"));
               TableDiff diff;
               diff.columns = {
                   columnModified(from, to, QStringLiteral("a"), ColumnAspect::Type),
                   columnModified(from, to, QStringLiteral("b"), ColumnAspect::Type),
                   columnModified(from, to, QStringLiteral("c"),
                                  ColumnAspect::Type | ColumnAspect::Null),
                   columnModified(from, to, QStringLiteral("d"), ColumnAspect::Generated)};
               return QList<SchemaChange>{modified(a, b, QStringLiteral("t"), diff)};
           })
        << false;
    QTest::newRow("foreign key cycle")
        << QStringLiteral("CREATE TABLE keep (id int);")
        << QStringLiteral("INSERT INTO keep VALUES (1);")
        << QStringLiteral("CREATE TABLE keep (id int);"
                          "CREATE TABLE a (id int PRIMARY KEY, b_id int);"
                          "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
                          "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;")
        << DiffBuilder([](const Schema &, const Schema &b) {
               QList<SchemaChange> changes;
               QList<SchemaChange> keys;
               for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
                   Table table = tableIn(b, name);
                   SchemaChange addKeys = addTable(kSchemaA, table);
                   addKeys.kind = SchemaChange::Kind::AddForeignKeys;
                   for (const ForeignKey &key : table.foreignKeys)
                       addKeys.diff.foreignKeys.append({PartChangeKind::Add, {}, key});
                   keys.append(addKeys);
                   table.foreignKeys.clear();
                   changes.append(addTable(kSchemaA, table));
               }
               return changes + keys;
           })
        << false;
}

void TestPostgresPlanLive::planTurnsAIntoB()
{
    STRATA_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, a);
    QFETCH(QString, rows);
    QFETCH(QString, b);
    QFETCH(DiffBuilder, changes);
    QFETCH(bool, destructive);

    const std::optional<Schema> before = createAndInspect(kSchemaA, a);
    QVERIFY(before);
    std::optional<Schema> wanted = createAndInspect(kSchemaB, b);
    QVERIFY(wanted);
    wanted->name = kSchemaA;

    auto connection = PostgresConnection::open(withDatabase(*m_database, kDatabase, kSchemaA));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_a = std::move(connection.value());
    const Status inserted = m_a->execute(rows);
    QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));
    QHash<QString, qint64> counts;
    for (const Table &table : before->tables)
        counts.insert(table.name, rowCount(table.name));

    SchemaDiff diff;
    diff.from.schemas = {*before};
    diff.to.schemas = {*wanted};
    diff.changes = changes(*before, *wanted);
    const Expected<Plan> plan = PostgresPlanner().plan(diff, PlanOptions());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    bool planDestroys = false;
    for (const PlannedStatement &statement : plan->statements) {
        const Status ran = m_a->execute(statement.sql);
        QVERIFY2(ran, qPrintable(statement.sql + QLatin1String(": ") +
                                 (ran ? QString() : ran.error().message) +
                                 QLatin1String("\nplan:\n") + plan->text()));
        planDestroys = planDestroys || statement.destructive;
    }
    QCOMPARE(planDestroys, destructive);

    const std::optional<Schema> after = inspect(kSchemaA);
    QVERIFY(after);
    const QString difference = firstDifference(*after, *wanted);
    QVERIFY2(difference.isEmpty(),
             qPrintable(difference + QLatin1String("\nplan:\n") + plan->text()));

    if (planDestroys)
        return;
    QHash<QString, QString> renamed;
    for (const SchemaChange &change : diff.changes) {
        if (change.kind == SchemaChange::Kind::RenameTable)
            renamed.insert(change.from.name, change.to.name);
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString table = renamed.value(it.key(), it.key());
        QVERIFY2(rowCount(table) == it.value(),
                 qPrintable(QStringLiteral("table \"%1\" has %2 rows, had %3")
                                .arg(table)
                                .arg(rowCount(table))
                                .arg(it.value())));
    }
}

QTEST_GUILESS_MAIN(TestPostgresPlanLive)
#include "tst_postgresplanlive.moc"
