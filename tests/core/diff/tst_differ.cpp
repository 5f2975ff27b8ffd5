// The differ on models the databases' own readers made: SQLite runs the DDL in memory, MySQL
// and PostgreSQL parse it (MySQL parser, libpg_query). Each case names the changes in order.

#include "changedescription.h"
#include "db/registry.h"
#include "diff/changeorder.h"
#include "diff/differ.h"

#include <QTest>

using namespace strata;
using strata::test::describe;

namespace {

Realm load(const QString &database, const QString &sql)
{
    const auto choice = databaseByAlias(database);
    if (!choice)
        qFatal("%s", qPrintable(choice.error().message));
    DdlSource source;
    source.text = sql;
    source.sourceName = QStringLiteral("test.sql");
    source.flavour = choice->flavour;
    auto loaded = choice->database->loadDdl(source, TaskControl());
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return loaded->realm;
}

} // namespace

class TestDiffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_data();
    void changes();
    void foreignKeyOrder_data();
    void foreignKeyOrder();
    void renameHintsAndCandidates();
    void mysqlInheritedCollationIsNoChange();
};

void TestDiffer::changes_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");

    const QString users = QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY, name text);");
    QTest::newRow("sqlite identical") << "sqlite" << users << users << QString();
    QTest::newRow("mysql identical")
        << "mysql"
        << "CREATE TABLE users (id int NOT NULL AUTO_INCREMENT, name varchar(64), "
           "PRIMARY KEY (id), KEY by_name (name));"
        << "CREATE TABLE users (id int NOT NULL AUTO_INCREMENT, name varchar(64), "
           "PRIMARY KEY (id), KEY by_name (name));"
        << QString();
    QTest::newRow("postgres identical")
        << "postgres"
        << "CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE users (id serial PRIMARY KEY, "
           "m mood, name text UNIQUE); CREATE INDEX by_m ON users (m) WHERE m IS NOT NULL;"
        << "CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE users (id serial PRIMARY KEY, "
           "m mood, name text UNIQUE); CREATE INDEX by_m ON users (m) WHERE m IS NOT NULL;"
        << QString();
    QTest::newRow("add, drop and modify columns")
        << "sqlite"
        << "CREATE TABLE t (a int, b text NOT NULL, c int DEFAULT 1);"
        << "CREATE TABLE t (a bigint, c int DEFAULT 2, d text);"
        << "modify table t: modify column a(type), drop column b, modify column c(default), "
           "add column d";
    QTest::newRow("null and type at once") << "postgres"
                                           << "CREATE TABLE t (a int);"
                                           << "CREATE TABLE t (a bigint NOT NULL);"
                                           << "modify table t: modify column a(type+null)";
    QTest::newRow("tables dropped in from order, added in to order")
        << "sqlite"
        << "CREATE TABLE old (id int); CREATE TABLE keep (id integer PRIMARY KEY);"
        << "CREATE TABLE keep (id integer PRIMARY KEY); "
           "CREATE TABLE comments (id int, post_id int REFERENCES posts(id)); "
           "CREATE TABLE posts (id integer PRIMARY KEY, keep_id int REFERENCES keep(id)); "
           "CREATE TABLE tags (id int);"
        << "drop table old\nadd table comments with 1 fk\nadd table posts with 1 fk\n"
           "add table tags with 0 fk";
    QTest::newRow("indexes")
        << "postgres"
        << "CREATE TABLE t (a int, b int); CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (b);"
        << "CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX i1 ON t (a); "
           "CREATE INDEX i3 ON t (a, b);"
        << "modify table t: modify index i1, drop index i2, add index i3";
    QTest::newRow("primary key and foreign key")
        << "postgres"
        << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int, b int);"
        << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int, b int REFERENCES p(id), "
           "PRIMARY KEY (a));"
        << "modify table t: modify column a(null), add primary key, add fk p";
    QTest::newRow("checks")
        << "postgres"
        << "CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0), b int);"
        << "CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 1), b int CHECK (b < 9));"
        << "modify table t: modify check (a > 0), add check (b < 9)";
    QTest::newRow("enums")
        << "postgres"
        << "CREATE TYPE e1 AS ENUM ('a'); CREATE TYPE gone AS ENUM ('x'); CREATE TABLE t (a e1);"
        << "CREATE TYPE e1 AS ENUM ('a', 'b'); CREATE TYPE e2 AS ENUM ('z'); "
           "CREATE TABLE t (a e1, b e2);"
        << "modify enum e1\nadd enum e2\nmodify table t: add column b\ndrop enum gone";
    QTest::newRow("schemas") << "postgres"
                             << "CREATE SCHEMA s1; CREATE TABLE s1.t (a int);"
                             << "CREATE SCHEMA s2; CREATE TABLE s2.t (a int);"
                             << "drop schema s1\nadd schema s2\nadd table t with 0 fk";
}

void TestDiffer::changes()
{
    QFETCH(QString, database);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    const auto choice = databaseByAlias(database);
    QVERIFY(choice);
    auto diff = diffRealms(load(database, from), load(database, to), choice->dialect());
    QVERIFY(diff);
    QCOMPARE(describe(diff.value()), expected);
    // The reverse direction is never empty when this one is not, and a side against itself is.
    auto same = diffRealms(load(database, to), load(database, to), choice->dialect());
    QVERIFY(same && same->isEmpty());
}

void TestDiffer::foreignKeyOrder_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("referenced tables first, unvisited ones keep their place")
        << "sqlite"
        << "CREATE TABLE old (id int); CREATE TABLE keep (id integer PRIMARY KEY);"
        << "CREATE TABLE keep (id integer PRIMARY KEY); "
           "CREATE TABLE comments (id int, post_id int REFERENCES posts(id)); "
           "CREATE TABLE posts (id integer PRIMARY KEY, keep_id int REFERENCES keep(id)); "
           "CREATE TABLE tags (id int);"
        << "drop table old\nadd table tags with 0 fk\nadd table posts with 1 fk\n"
           "add table comments with 1 fk";
    QTest::newRow("cycle: tables first, keys after")
        << "postgres" << QString()
        << "CREATE TABLE a (id int PRIMARY KEY, b_id int); "
           "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(id)); "
           "ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b(id);"
        << "add table a with 0 fk\nadd table b with 0 fk\nadd fks to a: add fk b\n"
           "add fks to b: add fk a";
    QTest::newRow("self reference is no cycle")
        << "sqlite" << QString()
        << "CREATE TABLE node (id integer PRIMARY KEY, parent int REFERENCES node(id));"
        << "add table node with 1 fk";
}

void TestDiffer::foreignKeyOrder()
{
    QFETCH(QString, database);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    const auto choice = databaseByAlias(database);
    auto diff = diffRealms(load(database, from), load(database, to), choice->dialect());
    QVERIFY(diff);
    diff->changes = orderByForeignKeys(diff->changes);
    QCOMPARE(describe(diff.value()), expected);
}

void TestDiffer::renameHintsAndCandidates()
{
    const auto sqlite = databaseByAlias(QStringLiteral("sqlite"));
    const Realm from =
        load(QStringLiteral("sqlite"), QStringLiteral("CREATE TABLE t (id int, a text, n int);"));
    const Realm to = load(QStringLiteral("sqlite"),
                          QStringLiteral("CREATE TABLE t (id int, b text, m bigint);"));
    auto plain = diffRealms(from, to, sqlite->dialect());
    QVERIFY(plain);
    QCOMPARE(describe(plain.value()), QStringLiteral("modify table t: drop column a, drop column "
                                                     "n, add column b, add column m"));
    // Only same-typed pairs are offered: a -> b (text), not n -> m (int -> bigint).
    const QList<ColumnRename> candidates = renameCandidates(plain.value());
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.constFirst().from, QStringLiteral("a"));
    QCOMPARE(candidates.constFirst().to, QStringLiteral("b"));

    DiffOptions options;
    options.columnRenames = candidates;
    options.columnRenames.append(
        {QString(), QStringLiteral("t"), QStringLiteral("n"), QStringLiteral("m")});
    auto renamed = diffRealms(from, to, sqlite->dialect(), options);
    QVERIFY(renamed);
    QCOMPARE(describe(renamed.value()),
             QStringLiteral("modify table t: rename column a->b, rename column n->m(type)"));

    options = DiffOptions{};
    options.tableRenames.append({QString(), QStringLiteral("t"), QStringLiteral("u")});
    const Realm toU = load(QStringLiteral("sqlite"),
                           QStringLiteral("CREATE TABLE u (id int, a text, n int, x int);"));
    auto table = diffRealms(from, toU, sqlite->dialect(), options);
    QVERIFY(table);
    QCOMPARE(describe(table.value()),
             QStringLiteral("rename table t->u\nmodify table u: add column x"));
}

void TestDiffer::mysqlInheritedCollationIsNoChange()
{
    const auto mysql = databaseByAlias(QStringLiteral("mysql"));
    const Realm spelled = load(QStringLiteral("mysql"),
                               QStringLiteral("CREATE TABLE t (a varchar(9) CHARACTER SET utf8mb4 "
                                              "COLLATE utf8mb4_bin) DEFAULT CHARSET=utf8mb4 "
                                              "COLLATE=utf8mb4_bin;"));
    const Realm inherited =
        load(QStringLiteral("mysql"), QStringLiteral("CREATE TABLE t (a varchar(9)) DEFAULT "
                                                     "CHARSET=utf8mb4 COLLATE=utf8mb4_bin;"));
    auto diff = diffRealms(spelled, inherited, mysql->dialect());
    QVERIFY(diff);
    QCOMPARE(describe(diff.value()), QString());
    const Realm other =
        load(QStringLiteral("mysql"), QStringLiteral("CREATE TABLE t (a varchar(9) COLLATE "
                                                     "utf8mb4_general_ci) DEFAULT CHARSET=utf8mb4 "
                                                     "COLLATE=utf8mb4_bin;"));
    diff = diffRealms(inherited, other, mysql->dialect());
    QVERIFY(diff);
    QCOMPARE(describe(diff.value()), QStringLiteral("modify table t: modify column a(collation)"));
}

QTEST_GUILESS_MAIN(TestDiffer)
#include "tst_differ.moc"
