#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqliteplanner.h"
#include "planmodels.h"
#include "schemadump.h"
#include "sqlitetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace strata;
using namespace strata::test;

/// Builds the changes from the inspected `from` (A') and `to` (B') schemas, by hand: the differ
/// is tested on its own.
using ChangesBuilder = std::function<QList<SchemaChange>(const Schema &from, const Schema &to)>;
Q_DECLARE_METATYPE(ChangesBuilder)

namespace {

const Table &tableOf(const Schema &schema, const char *name)
{
    static const Table missing;
    const Table *table = schema.table(QString::fromUtf8(name));
    return table ? *table : missing;
}

const Column &columnOf(const Table &table, const char *name)
{
    static const Column missing;
    const Column *column = table.column(QString::fromUtf8(name));
    return column ? *column : missing;
}

QString dumpTable(const Table &table)
{
    Schema schema;
    schema.name = QStringLiteral("main");
    schema.tables = {table};
    return dumpSchema(schema);
}

/// The columns whose values a plan carries over unchanged, from a table of A to one of B.
struct KeptColumns
{
    QString fromTable;
    QString toTable;
    QStringList from;
    QStringList to;
};

const SchemaChange *changeOf(const SchemaDiff &diff, SchemaChange::Kind kind, const QString &from)
{
    for (const SchemaChange &change : diff.changes) {
        const QString name =
            kind == SchemaChange::Kind::ModifyTable ? change.to.name : change.from.name;
        if (change.kind == kind && name == from)
            return &change;
    }
    return nullptr;
}

QList<KeptColumns> keptColumns(const Schema &from, const SchemaDiff &diff)
{
    QList<KeptColumns> kept;
    for (const Table &table : from.tables) {
        if (changeOf(diff, SchemaChange::Kind::DropTable, table.name))
            continue;
        KeptColumns columns{table.name, table.name, {}, {}};
        if (const SchemaChange *rename =
                changeOf(diff, SchemaChange::Kind::RenameTable, table.name))
            columns.toTable = rename->to.name;
        const SchemaChange *modify =
            changeOf(diff, SchemaChange::Kind::ModifyTable, columns.toTable);
        for (const Column &column : table.columns) {
            QString target = column.name;
            if (modify) {
                for (const ColumnChange &change : modify->diff.columns) {
                    if (change.from.name != column.name)
                        continue;
                    const bool pureRename =
                        change.kind == PartChangeKind::Rename && !change.aspects;
                    target = pureRename ? change.to.name : QString();
                }
            }
            if (target.isEmpty())
                continue;
            columns.from.append(column.name);
            columns.to.append(target);
        }
        kept.append(columns);
    }
    return kept;
}

/// The rows of `columns` of `table`, one "a|b" line each, sorted.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    if (columns.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    QSqlQuery query(db);
    if (!query.exec(QLatin1String("SELECT ") + quoted.join(QLatin1String(", ")) +
                    QLatin1String(" FROM \"") + table + QLatin1Char('"')))
        return {query.lastError().text()};
    QStringList result;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        result.append(values.join(QLatin1Char('|')));
    }
    result.sort();
    return result;
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace

/// Plans hand-built diffs between real SQLite files and applies them: the result, inspected
/// again, must be the desired schema, and a plan that loses nothing keeps every row.
class TestSqlitePlanLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void apply_data();
    void apply();

private:
    Expected<std::unique_ptr<SqliteConnection>> open(const QString &file, const QString &sql);

    QTemporaryDir m_tmp;
    int m_files = 0;
};

void TestSqlitePlanLive::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

Expected<std::unique_ptr<SqliteConnection>> TestSqlitePlanLive::open(const QString &file,
                                                                     const QString &sql)
{
    const QString path = m_tmp.filePath(file + QString::number(++m_files) + QLatin1String(".db"));
    QString error;
    if (!writeSqliteDatabaseFile(path, sql, &error))
        return Error{file + QLatin1String(": ") + error};
    const Expected<DatabaseUrl> url =
        DatabaseUrl::parse(QLatin1String("sqlite://") + path + QLatin1String("?_fk=1"));
    if (!url)
        return url.error();
    return SqliteConnection::open(*url);
}

void TestSqlitePlanLive::apply_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("after");
    QTest::addColumn<ChangesBuilder>("changes");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QString>("probed");

    const QString owners =
        QStringLiteral("CREATE TABLE owners (id integer PRIMARY KEY, name text);");
    const QString ownerRows = QStringLiteral("INSERT INTO owners VALUES (1, 'ann'), (2, NULL);");
    const QString pets = QStringLiteral(
        "CREATE TABLE pets (id integer PRIMARY KEY, owner_id integer REFERENCES owners (id) ON "
        "DELETE CASCADE, name text NOT NULL UNIQUE, born date DEFAULT CURRENT_DATE);"
        "CREATE INDEX pets_owner ON pets (owner_id DESC) WHERE owner_id IS NOT NULL;");
    const QString petRows = QStringLiteral(
        "INSERT INTO pets (id, owner_id, name) VALUES (10, 1, 'rex'), (11, 2, 'tom');");

    QTest::newRow("add table") << owners << ownerRows << owners + pets
                               << ChangesBuilder([](const Schema &, const Schema &b) {
                                      return QList<SchemaChange>{addTable(tableOf(b, "pets"))};
                                  })
                               << QString() << QString();

    QTest::newRow("drop a table rows reference")
        << owners + pets << ownerRows + petRows << pets
        << ChangesBuilder([](const Schema &a, const Schema &) {
               return QList<SchemaChange>{dropTable(tableOf(a, "owners"))};
           })
        << QStringLiteral("SELECT count(*) FROM pets") << QStringLiteral("2");

    const QString twoColumns = QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a text);");
    const QString twoRows = QStringLiteral("INSERT INTO t VALUES (1, 'x'), (2, NULL);");

    QTest::newRow("rename table")
        << twoColumns << twoRows
        << QStringLiteral("CREATE TABLE renamed (id integer PRIMARY KEY, a text);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               return QList<SchemaChange>{renameTable(tableOf(a, "t"), tableOf(b, "renamed"))};
           })
        << QString() << QString();

    QTest::newRow("add nullable column and its index")
        << twoColumns << twoRows
        << QStringLiteral(
               "CREATE TABLE t (id integer PRIMARY KEY, a text, b int); CREATE INDEX t_b ON t (b);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               const Table &t = tableOf(b, "t");
               TableDiff diff;
               diff.columns = {addColumn(columnOf(t, "b"))};
               diff.indexes = {addIndex(t.indexes.value(0))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), t, diff)};
           })
        << QString() << QString();

    QTest::newRow("add column with default")
        << twoColumns << twoRows
        << QStringLiteral(
               "CREATE TABLE t (id integer PRIMARY KEY, a text, c text NOT NULL DEFAULT 'x y');")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {addColumn(columnOf(tableOf(b, "t"), "c"))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT group_concat(c, ',') FROM t") << QStringLiteral("x y,x y");

    QTest::newRow("add virtual generated column")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a int);")
        << QStringLiteral("INSERT INTO t VALUES (1, 1), (2, 2);")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a int, c int AS (a + 1));")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {addColumn(columnOf(tableOf(b, "t"), "c"))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT group_concat(c, ',') FROM (SELECT c FROM t ORDER BY id)")
        << QStringLiteral("2,3");

    QTest::newRow("add stored generated column")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a int);")
        << QStringLiteral("INSERT INTO t VALUES (1, 1), (2, 2);")
        << QStringLiteral(
               "CREATE TABLE t (id integer PRIMARY KEY, a int, b int AS (a * 2) STORED);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {addColumn(columnOf(tableOf(b, "t"), "b"))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT group_concat(b, ',') FROM (SELECT b FROM t ORDER BY id)")
        << QStringLiteral("2,4");

    QTest::newRow("drop column")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a text, b int);")
        << QStringLiteral("INSERT INTO t VALUES (1, 'x', 5);") << twoColumns
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {dropColumn(columnOf(tableOf(a, "t"), "b"))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT a FROM t") << QStringLiteral("x");

    QTest::newRow("change column type")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a int);")
        << QStringLiteral("INSERT INTO t VALUES (1, 7), (2, 8);") << twoColumns
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {modifyColumn(columnOf(tableOf(a, "t"), "a"),
                                            columnOf(tableOf(b, "t"), "a"), ColumnAspect::Type)};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT group_concat(a || ':' || typeof(a), ',') FROM t")
        << QStringLiteral("7:text,8:text");

    QTest::newRow("null to not null with default")
        << twoColumns << twoRows
        << QStringLiteral(
               "CREATE TABLE t (id integer PRIMARY KEY, a text NOT NULL DEFAULT 'none');")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {modifyColumn(columnOf(tableOf(a, "t"), "a"),
                                            columnOf(tableOf(b, "t"), "a"),
                                            ColumnAspect::Null | ColumnAspect::Default)};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT group_concat(a, ',') FROM (SELECT a FROM t ORDER BY id)")
        << QStringLiteral("x,none");

    QTest::newRow("rename column")
        << twoColumns << twoRows
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, renamed text);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {renameColumn(columnOf(tableOf(a, "t"), "a"),
                                            columnOf(tableOf(b, "t"), "renamed"))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QString() << QString();

    QTest::newRow("rename and retype column")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a int);")
        << QStringLiteral("INSERT INTO t VALUES (1, 7), (2, 8);")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, b text);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {renameColumn(columnOf(tableOf(a, "t"), "a"),
                                            columnOf(tableOf(b, "t"), "b"), ColumnAspect::Type)};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT group_concat(b || ':' || typeof(b), ',') FROM t")
        << QStringLiteral("7:text,8:text");

    const QString keyless = QStringLiteral("CREATE TABLE k (a text, b int);");
    const QString keylessRows = QStringLiteral("INSERT INTO k VALUES ('x', 1), (NULL, 2);");
    QTest::newRow("add primary key")
        << keyless << keylessRows << QStringLiteral("CREATE TABLE k (a text, b int PRIMARY KEY);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.primaryKey =
                   IndexChange{PartChangeKind::Add, Index(), *tableOf(b, "k").primaryKey};
               return QList<SchemaChange>{modifyTable(tableOf(a, "k"), tableOf(b, "k"), diff)};
           })
        << QString() << QString();

    QTest::newRow("modify primary key")
        << QStringLiteral("CREATE TABLE k (a text NOT NULL, b int, PRIMARY KEY (b));")
        << QStringLiteral("INSERT INTO k VALUES ('x', 1), ('y', 2);")
        << QStringLiteral("CREATE TABLE k (a text NOT NULL, b int, PRIMARY KEY (a, b));")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.primaryKey = IndexChange{PartChangeKind::Modify, *tableOf(a, "k").primaryKey,
                                             *tableOf(b, "k").primaryKey};
               return QList<SchemaChange>{modifyTable(tableOf(a, "k"), tableOf(b, "k"), diff)};
           })
        << QString() << QString();

    const QString indexed = QStringLiteral(
        "CREATE TABLE t (id integer PRIMARY KEY, a text, b int); CREATE INDEX t_a ON t (a);");
    const QString indexedRows = QStringLiteral("INSERT INTO t VALUES (1, 'x', 1), (2, 'y', 2);");
    QTest::newRow("drop index and add another")
        << indexed << indexedRows
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a text, b int);"
                          "CREATE INDEX t_b ON t (b DESC, a);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.indexes = {dropIndex(tableOf(a, "t").indexes.value(0)),
                               addIndex(tableOf(b, "t").indexes.value(0))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QString() << QString();

    QTest::newRow("make an index unique")
        << indexed << indexedRows
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a text, b int);"
                          "CREATE UNIQUE INDEX t_a ON t (a);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.indexes = {
                   modifyIndex(tableOf(a, "t").indexes.value(0), tableOf(b, "t").indexes.value(0))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QString() << QString();

    QTest::newRow("add unique constraint")
        << twoColumns << twoRows
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a text UNIQUE);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.indexes = {addIndex(tableOf(b, "t").indexes.value(0))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QString() << QString();

    const QString plainPets =
        QStringLiteral("CREATE TABLE pets (id integer PRIMARY KEY, owner_id integer, name text);");
    const QString linkedPets = QStringLiteral(
        "CREATE TABLE pets (id integer PRIMARY KEY, owner_id integer, name text, CONSTRAINT "
        "pet_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE);");
    QTest::newRow("add foreign key")
        << owners + plainPets << ownerRows + petRows << owners + linkedPets
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.foreignKeys = {addForeignKey(tableOf(b, "pets").foreignKeys.value(0))};
               return QList<SchemaChange>{
                   modifyTable(tableOf(a, "pets"), tableOf(b, "pets"), diff)};
           })
        << QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check") << QStringLiteral("0");

    QTest::newRow("drop foreign key")
        << owners + linkedPets << ownerRows + petRows << owners + plainPets
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.foreignKeys = {dropForeignKey(tableOf(a, "pets").foreignKeys.value(0))};
               return QList<SchemaChange>{
                   modifyTable(tableOf(a, "pets"), tableOf(b, "pets"), diff)};
           })
        << QString() << QString();

    QTest::newRow("drop a check and add another")
        << QStringLiteral("CREATE TABLE c (a int CHECK (a > 0));")
        << QStringLiteral("INSERT INTO c VALUES (5), (50);")
        << QStringLiteral("CREATE TABLE c (a int, CONSTRAINT a_small CHECK (a < 100));")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.checks = {dropCheck(tableOf(a, "c").checks.value(0)),
                              addCheck(tableOf(b, "c").checks.value(0))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "c"), tableOf(b, "c"), diff)};
           })
        << QString() << QString();

    QTest::newRow("without rowid and strict")
        << twoColumns << twoRows
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a text) WITHOUT ROWID, STRICT;")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.attributes = TableAspect::Options;
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QString() << QString();

    QTest::newRow("copy keeps autoincrement")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, a text);")
        << QStringLiteral("INSERT INTO t (a) VALUES ('x'), ('y');")
        << QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, a text, b int "
                          "NOT NULL DEFAULT 0);")
        << ChangesBuilder([](const Schema &a, const Schema &b) {
               TableDiff diff;
               diff.columns = {addColumn(columnOf(tableOf(b, "t"), "b"))};
               return QList<SchemaChange>{modifyTable(tableOf(a, "t"), tableOf(b, "t"), diff)};
           })
        << QStringLiteral("SELECT name || ':' || seq FROM sqlite_sequence")
        << QStringLiteral("t:2");

    // owners -> pets -> owners: the differ holds the closing key back for AddForeignKeys.
    const QString cyclicOwners = QStringLiteral(
        "CREATE TABLE owners (id integer PRIMARY KEY, favourite_id integer, CONSTRAINT favourite "
        "FOREIGN KEY (favourite_id) REFERENCES pets (id));");
    const QString cyclicPets = QStringLiteral(
        "CREATE TABLE pets (id integer PRIMARY KEY, owner_id integer, CONSTRAINT pet_owner "
        "FOREIGN KEY (owner_id) REFERENCES owners (id), FOREIGN KEY (id) REFERENCES pets (id));");
    QTest::newRow("foreign key cycle")
        << twoColumns << twoRows << twoColumns + cyclicOwners + cyclicPets
        << ChangesBuilder([](const Schema &, const Schema &b) {
               Table ownersFirst = tableOf(b, "owners");
               const QList<ForeignKey> heldBack = ownersFirst.foreignKeys;
               ownersFirst.foreignKeys.clear();
               return QList<SchemaChange>{addTable(ownersFirst), addTable(tableOf(b, "pets")),
                                          addForeignKeys(ownersFirst, heldBack)};
           })
        << QString() << QString();
}

void TestSqlitePlanLive::apply()
{
    QFETCH(QString, before);
    QFETCH(QString, rows);
    QFETCH(QString, after);
    QFETCH(ChangesBuilder, changes);
    QFETCH(QString, probe);
    QFETCH(QString, probed);

    auto current = open(QStringLiteral("a"), before + rows);
    QVERIFY2(current, qPrintable(current ? QString() : current.error().message));
    auto desired = open(QStringLiteral("b"), after);
    QVERIFY2(desired, qPrintable(desired ? QString() : desired.error().message));
    const Expected<Realm> from = (*current)->inspect(TaskControl());
    const Expected<Realm> to = (*desired)->inspect(TaskControl());
    QVERIFY(from && to);
    QVERIFY2(!(*from == *to), "A and B must differ, or the case proves nothing");

    SchemaDiff diff;
    diff.from = *from;
    diff.to = *to;
    diff.changes = changes(from->schemas.front(), to->schemas.front());
    const Expected<Plan> plan = SqlitePlanner::instance().plan(diff, PlanOptions());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));

    const QSqlDatabase db = (*current)->database();
    const QList<KeptColumns> kept = keptColumns(from->schemas.front(), diff);
    QList<QStringList> rowsBefore;
    for (const KeptColumns &columns : kept)
        rowsBefore.append(rowsOf(db, columns.fromTable, columns.from));

    bool destructive = false;
    for (const PlannedStatement &statement : plan->statements) {
        const Status executed = (*current)->execute(statement.sql);
        QVERIFY2(executed, qPrintable(statement.sql + QLatin1String(": ") +
                                      (executed ? QString() : executed.error().message) +
                                      QLatin1String("\nin plan:\n") + plan->text()));
        destructive = destructive || statement.destructive;
    }

    const Expected<Realm> result = (*current)->inspect(TaskControl());
    QVERIFY(result);
    const Schema &got = result->schemas.front();
    const Schema &want = to->schemas.front();
    QStringList gotNames;
    QStringList wantNames;
    for (const Table &table : got.tables)
        gotNames.append(table.name);
    for (const Table &table : want.tables)
        wantNames.append(table.name);
    QCOMPARE(gotNames, wantNames);
    for (const Table &table : want.tables) {
        const Table *applied = got.table(table.name);
        if (*applied == table)
            continue;
        QCOMPARE(dumpTable(*applied), dumpTable(table));
        QFAIL(qPrintable(QLatin1String("table ") + table.name +
                         QLatin1String(" differs beyond what the dump shows\nplan:\n") +
                         plan->text()));
    }

    if (!destructive) {
        for (qsizetype i = 0; i < kept.size(); ++i) {
            QCOMPARE(rowsOf(db, kept[i].toTable, kept[i].to), rowsBefore[i]);
        }
    }
    if (!probe.isEmpty())
        QCOMPARE(scalar(db, probe), probed);
}

QTEST_GUILESS_MAIN(TestSqlitePlanLive)
#include "tst_sqliteplanlive.moc"
