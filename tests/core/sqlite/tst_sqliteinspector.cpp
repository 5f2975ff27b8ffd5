#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqliteddlloader.h"
#include "db/sqlite/sqliteinspector.h"
#include "schemadump.h"
#include "sqlitetestsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

QString joinedNames(const QStringList &names)
{
    return names.join(QLatin1Char(','));
}

} // namespace

/// What inspection makes of each fixture: the model contents a user sees in the tree and the HCL.
class TestSqliteInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void columns_data();
    void columns();
    void columnOrder_data();
    void columnOrder();
    void primaryKey_data();
    void primaryKey();
    void indexes_data();
    void indexes();
    void foreignKeys_data();
    void foreignKeys();
    void checks_data();
    void checks();
    void tableOptions_data();
    void tableOptions();
    void tableNames_data();
    void tableNames();
    void fileDatabaseMatchesDdl_data();
    void fileDatabaseMatchesDdl();
    void cancelBeforeStart();
    void cancelBetweenStages();
    void reportsStages();
    void unknownSchema();

private:
    const Table *table(const QString &fixture, const QString &name) const;

    QHash<QString, Schema> m_fixtures;
    QTemporaryDir m_tmp;
};

void TestSqliteInspector::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    for (const QString &fixture : sqliteFixtureNames()) {
        const QString path = sqliteFixturePath(fixture);
        const QString sql = readText(path);
        QVERIFY2(!sql.isEmpty(), qPrintable(path));
        const Expected<Realm> realm = loadSqliteDdl(sql, QFileInfo(path).fileName(), TaskControl());
        QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
        QCOMPARE(realm->schemas.size(), 1);
        QCOMPARE(realm->schemas.front().name, QStringLiteral("main"));
        m_fixtures.insert(fixture, realm->schemas.front());
    }
}

const Table *TestSqliteInspector::table(const QString &fixture, const QString &name) const
{
    const auto it = m_fixtures.constFind(fixture);
    return it == m_fixtures.constEnd() ? nullptr : it->table(name);
}

void TestSqliteInspector::columns_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *fixture, const char *tableName, const char *column,
                        const char *expected) {
        QTest::addRow("%s.%s.%s", fixture, tableName, column)
            << QString::fromUtf8(fixture) << QString::fromUtf8(tableName)
            << QString::fromUtf8(column) << QString::fromUtf8(expected);
    };
    row("constraints", "users", "id", "id integer [INTEGER] null autoincrement");
    row("constraints", "users", "email", "email varchar(255) [VARCHAR(255)] not null");
    row("constraints", "users", "age", "age int [INT] null");
    row("constraints", "memberships", "org_id",
        "org_id integer [INTEGER] not null default=literal:0");
    row("constraints", "memberships", "team_code",
        "team_code text [TEXT] null default=literal:'none'");
    row("defaults", "settings", "retries", "retries int [INT] null default=literal:3");
    row("defaults", "settings", "ratio", "ratio real [REAL] null default=literal:1.5");
    row("defaults", "settings", "offset_value",
        "offset_value integer [INTEGER] null default=literal:-1");
    row("defaults", "settings", "label", "label text [TEXT] null default=literal:'it''s'");
    row("defaults", "settings", "quoted", "quoted text [TEXT] null default=literal:\"dq\"");
    row("defaults", "settings", "enabled", "enabled boolean [BOOLEAN] null default=literal:true");
    row("defaults", "settings", "created_at",
        "created_at datetime [DATETIME] null default=expression:CURRENT_TIMESTAMP");
    row("defaults", "settings", "slug",
        "slug text [TEXT] null default=expression:lower('ABC') || 'x'");
    row("defaults", "settings", "payload", "payload blob [BLOB] null default=literal:x'00ff'");
    row("defaults", "settings", "note", "note text [TEXT] null default=literal:NULL");
    row("defaults", "settings", "untyped", "untyped blob [] null");
    row("defaults", "settings", "amount",
        "amount numeric(10, 2) [Numeric(10,   2)] not null default=literal:0");
    row("quoting", "my table", "the id", "the id integer [INTEGER] null");
    row("quoting", "my table", "back`tick", "back`tick text [TEXT] null");
    row("quoting", "my table", "a\"b", "a\"b text [TEXT] not null");
    row("quoting", "my table", "square col", "square col integer [INTEGER] null");
    row("quoting", "my table", "single", "single text [TEXT] null");
    row("quoting", "order items", "amount (€)", "amount (€) real [REAL] null");
    row("options", "kv", "k", "k text [TEXT] not null");
    row("options", "measurements", "fahrenheit",
        "fahrenheit real [REAL] null generated=virtual:(celsius * 9 / 5 + 32)");
    row("options", "measurements", "label",
        "label text [TEXT] null generated=stored:('t=' || (celsius))");
    row("options", "counters", "id", "id integer [INTEGER] null autoincrement");
    row("options", "counters", "n", "n integer [INTEGER] not null default=literal:0");
    row("sequelize", "Users", "id", "id integer [INTEGER] null autoincrement");
    row("sequelize", "Users", "name", "name varchar(255) [VARCHAR(255)] not null");
    row("sequelize", "Users", "createdAt", "createdAt datetime [DATETIME] not null");
    row("sequelize", "Tasks", "complete", "complete tinyint [TINYINT(1)] null default=literal:0");
    row("sequelize", "Tasks", "userID", "userID integer [INTEGER] not null");
    row("ts-sequelize", "Tasks", "id", "id integer [INTEGER] null autoincrement");
}

void TestSqliteInspector::columns()
{
    QFETCH(QString, fixture);
    QFETCH(QString, tableName);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    const Table *t = table(fixture, tableName);
    QVERIFY(t);
    const Column *c = t->column(column);
    QVERIFY2(c, qPrintable(column));
    QCOMPARE(describeColumn(*c), expected);
}

void TestSqliteInspector::columnOrder_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sequelize Users") << QStringLiteral("sequelize") << QStringLiteral("Users")
                                     << QStringLiteral("id,name,email,createdAt,updatedAt");
    QTest::newRow("sequelize Tasks") << QStringLiteral("sequelize") << QStringLiteral("Tasks")
                                     << QStringLiteral("id,complete,createdAt,updatedAt,userID");
    QTest::newRow("ts Tasks") << QStringLiteral("ts-sequelize") << QStringLiteral("Tasks")
                              << QStringLiteral("id,complete,userID,createdAt,updatedAt");
    QTest::newRow("quoted") << QStringLiteral("quoting") << QStringLiteral("my table")
                            << QStringLiteral("the id,back`tick,a\"b,square col,single");
}

void TestSqliteInspector::columnOrder()
{
    QFETCH(QString, fixture);
    QFETCH(QString, tableName);
    QFETCH(QString, expected);
    const Table *t = table(fixture, tableName);
    QVERIFY(t);
    QStringList names;
    for (const Column &c : t->columns)
        names.append(c.name);
    QCOMPARE(joinedNames(names), expected);
}

void TestSqliteInspector::primaryKey_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *fixture, const char *tableName, const char *expected) {
        QTest::addRow("%s.%s", fixture, tableName)
            << QString::fromUtf8(fixture) << QString::fromUtf8(tableName)
            << QString::fromUtf8(expected);
    };
    row("constraints", "users", "(id)");
    row("constraints", "teams", "(org_id, code)");
    row("constraints", "memberships", "(team_code, user_id)");
    row("indexes", "posts", "(id)");
    row("quoting", "my table", "(the id)");
    row("options", "kv", "(k)");
    row("options", "both_options", "(a)");
    row("options", "counters", "(id)");
    row("defaults", "settings", "(id)");
    row("sequelize", "Tasks", "(id)");
}

void TestSqliteInspector::primaryKey()
{
    QFETCH(QString, fixture);
    QFETCH(QString, tableName);
    QFETCH(QString, expected);
    const Table *t = table(fixture, tableName);
    QVERIFY(t);
    QVERIFY(t->primaryKey);
    QCOMPARE(t->primaryKey->name, QString());
    QCOMPARE(describeIndex(*t->primaryKey), expected);
}

void TestSqliteInspector::indexes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("posts") << QStringLiteral("indexes") << QStringLiteral("posts")
                           << QStringLiteral(
                                  "posts, odd ({coalesce(title, 'a,b')}, {replace(slug, ')', '(') "
                                  "COLLATE NOCASE})\n"
                                  "posts_live (author_id) where deleted = 0 AND published_at IS "
                                  "NOT NULL\n"
                                  "posts_recent (published_at desc, id)\n"
                                  "posts_slug unique (slug)\n"
                                  "posts_title_lower ({lower(title)}, {substr(slug, 1, 3)} desc, "
                                  "author_id)\n"
                                  "sqlite_autoindex_posts_1 unique (author_id, slug)");
    QTest::newRow("unique column constraint")
        << QStringLiteral("constraints") << QStringLiteral("users")
        << QStringLiteral("sqlite_autoindex_users_1 unique (email)");
    QTest::newRow("no index for a composite primary key")
        << QStringLiteral("constraints") << QStringLiteral("teams") << QString();
    QTest::newRow("no index for a WITHOUT ROWID key")
        << QStringLiteral("options") << QStringLiteral("kv") << QString();
    QTest::newRow("quoted names") << QStringLiteral("quoting") << QStringLiteral("my table")
                                  << QStringLiteral("idx on \"a\"b\" (a\"b desc, back`tick)");
    QTest::newRow("sequelize") << QStringLiteral("sequelize") << QStringLiteral("Tasks")
                               << QString();
}

void TestSqliteInspector::indexes()
{
    QFETCH(QString, fixture);
    QFETCH(QString, tableName);
    QFETCH(QString, expected);
    const Table *t = table(fixture, tableName);
    QVERIFY(t);
    QStringList lines;
    for (const Index &index : t->indexes)
        lines.append(index.name + QLatin1Char(' ') + describeIndex(index));
    QCOMPARE(lines.join(QLatin1Char('\n')), expected);
}

void TestSqliteInspector::foreignKeys_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("self reference")
        << QStringLiteral("constraints") << QStringLiteral("users")
        << QStringLiteral("0: (manager_id) -> users (id) on update NO ACTION on delete SET NULL");
    QTest::newRow("every action, named and unnamed, pragma order")
        << QStringLiteral("constraints") << QStringLiteral("memberships")
        << QStringLiteral(
               "0: (backup_id) -> users (id) on update NO ACTION on delete NO ACTION\n"
               "1: (approver_id) -> users (id) on update NO ACTION on delete RESTRICT\n"
               "membership_team: (org_id, team_code) -> teams (org_id, code) on update CASCADE "
               "on delete SET DEFAULT\n"
               "membership_user: (user_id) -> users (id) on update RESTRICT on delete CASCADE");
    QTest::newRow("quoted names")
        << QStringLiteral("quoting") << QStringLiteral("order items")
        << QStringLiteral("fk, with comma: (table id) -> my table (the id) on update NO ACTION "
                          "on delete CASCADE");
    QTest::newRow("sequelize")
        << QStringLiteral("sequelize") << QStringLiteral("Tasks")
        << QStringLiteral("0: (userID) -> Users (id) on update CASCADE on delete CASCADE");
    QTest::newRow("ts sequelize")
        << QStringLiteral("ts-sequelize") << QStringLiteral("Tasks")
        << QStringLiteral("0: (userID) -> Users (id) on update CASCADE on delete CASCADE");
}

void TestSqliteInspector::foreignKeys()
{
    QFETCH(QString, fixture);
    QFETCH(QString, tableName);
    QFETCH(QString, expected);
    const Table *t = table(fixture, tableName);
    QVERIFY(t);
    QStringList lines;
    for (const ForeignKey &key : t->foreignKeys)
        lines.append(describeForeignKey(key));
    QCOMPARE(lines.join(QLatin1Char('\n')), expected);
}

void TestSqliteInspector::checks_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unnamed and named")
        << QStringLiteral("constraints") << QStringLiteral("users")
        << QStringLiteral("=(age >= 0)\n"
                          "email_has_at=(email LIKE '%@%' AND email <> 'CHECK (x)')");
    QTest::newRow("after a table constraint without comma")
        << QStringLiteral("constraints") << QStringLiteral("memberships")
        << QStringLiteral("distinct_people=(approver_id IS NULL OR approver_id <> user_id)");
    QTest::newRow("bracket-quoted") << QStringLiteral("quoting") << QStringLiteral("order items")
                                    << QStringLiteral("positive amount=([amount (€)] > 0)");
    QTest::newRow("none") << QStringLiteral("sequelize") << QStringLiteral("Users") << QString();
}

void TestSqliteInspector::checks()
{
    QFETCH(QString, fixture);
    QFETCH(QString, tableName);
    QFETCH(QString, expected);
    const Table *t = table(fixture, tableName);
    QVERIFY(t);
    QStringList lines;
    for (const Check &check : t->checks) {
        QVERIFY(check.enforced);
        lines.append(check.name + QLatin1Char('=') + check.expression);
    }
    QCOMPARE(lines.join(QLatin1Char('\n')), expected);
}

void TestSqliteInspector::tableOptions_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<bool>("withoutRowid");
    QTest::addColumn<bool>("strict");
    QTest::newRow("kv") << QStringLiteral("kv") << true << false;
    QTest::newRow("measurements") << QStringLiteral("measurements") << false << true;
    QTest::newRow("both_options") << QStringLiteral("both_options") << true << true;
    QTest::newRow("counters") << QStringLiteral("counters") << false << false;
}

void TestSqliteInspector::tableOptions()
{
    QFETCH(QString, tableName);
    QFETCH(bool, withoutRowid);
    QFETCH(bool, strict);
    const Table *t = table(QStringLiteral("options"), tableName);
    QVERIFY(t);
    QCOMPARE(t->withoutRowid, withoutRowid);
    QCOMPARE(t->strict, strict);
}

void TestSqliteInspector::tableNames_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("constraints") << readText(sqliteFixturePath(QStringLiteral("constraints")))
                                 << QStringLiteral("memberships,teams,users");
    QTest::newRow("sequelize") << readText(sqliteFixturePath(QStringLiteral("sequelize")))
                               << QStringLiteral("Tasks,Users");
    QTest::newRow("byte-wise order, internal tables hidden")
        << QStringLiteral("CREATE TABLE b (x); CREATE TABLE \"é\" (x); CREATE TABLE _z (x);"
                          "CREATE TABLE A (x INTEGER PRIMARY KEY AUTOINCREMENT);"
                          "CREATE VIEW v AS SELECT 1; CREATE TABLE \"B b\" (x);")
        << QStringLiteral("A,B b,_z,b,é");
    QTest::newRow("virtual table and its shadow tables")
        << QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(title, body);")
        << QStringLiteral("docs,docs_config,docs_content,docs_data,docs_docsize,docs_idx");
}

void TestSqliteInspector::tableNames()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const Expected<Realm> realm = loadSqliteDdl(sql, QStringLiteral("schema.sql"), TaskControl());
    QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
    QStringList names;
    for (const Table &t : realm->schemas.front().tables)
        names.append(t.name);
    QCOMPARE(joinedNames(names), expected);
}

void TestSqliteInspector::fileDatabaseMatchesDdl_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &fixture : sqliteFixtureNames())
        QTest::newRow(qPrintable(fixture)) << fixture;
}

void TestSqliteInspector::fileDatabaseMatchesDdl()
{
    QFETCH(QString, fixture);
    const QString path = m_tmp.filePath(fixture + QLatin1String(".db"));
    QString error;
    QVERIFY2(writeSqliteDatabaseFile(path, readText(sqliteFixturePath(fixture)), &error),
             qPrintable(error));
    const auto url = DatabaseUrl::parse(QLatin1String("sqlite://") + path);
    QVERIFY(url);
    auto connection = SqliteConnection::open(*url);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    const Expected<Realm> realm = (*connection)->inspect(TaskControl());
    QVERIFY2(realm, qPrintable(realm ? QString() : realm.error().message));
    QCOMPARE(realm->schemas.size(), 1);
    QCOMPARE(dumpSchema(realm->schemas.front()), dumpSchema(m_fixtures.value(fixture)));
    QVERIFY(realm->schemas.front() == m_fixtures.value(fixture));
}

void TestSqliteInspector::cancelBeforeStart()
{
    TaskControl control;
    control.cancel();
    const Expected<Realm> loaded =
        loadSqliteDdl(QStringLiteral("CREATE TABLE t (a);"), QStringLiteral("schema.sql"), control);
    QVERIFY(!loaded);
    QVERIFY(loaded.error().cancelled);

    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite://cancel?mode=memory"));
    QVERIFY(url);
    auto connection = SqliteConnection::open(*url);
    QVERIFY(connection);
    const Expected<Realm> inspected = (*connection)->inspect(control);
    QVERIFY(!inspected);
    QVERIFY(inspected.error().cancelled);
    const Expected<Schema> schema =
        inspectSqliteSchema((*connection)->database(), QStringLiteral("main"), control);
    QVERIFY(!schema);
    QVERIFY(schema.error().cancelled);
}

void TestSqliteInspector::cancelBetweenStages()
{
    QStringList stages;
    TaskControl control;
    control = TaskControl([&](const QString &stage, int, int) {
        stages.append(stage);
        if (stage == QLatin1String("Reading indexes"))
            control.cancel();
    });
    const Expected<Realm> realm =
        loadSqliteDdl(readText(sqliteFixturePath(QStringLiteral("constraints"))),
                      QStringLiteral("constraints.sql"), control);
    QVERIFY(!realm);
    QVERIFY(realm.error().cancelled);
    QCOMPARE(stages.last(), QStringLiteral("Reading indexes"));
}

void TestSqliteInspector::reportsStages()
{
    QStringList stages;
    const TaskControl control([&](const QString &stage, int, int) { stages.append(stage); });
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite://stages?mode=memory"));
    QVERIFY(url);
    auto connection = SqliteConnection::open(*url);
    QVERIFY(connection);
    QVERIFY((*connection)->execute(QStringLiteral("CREATE TABLE t (a)")));
    const Expected<Realm> realm = (*connection)->inspect(control);
    QVERIFY(realm);
    QCOMPARE(realm->tableCount(), 1);
    QCOMPARE(stages,
             (QStringList{QStringLiteral("Reading tables"), QStringLiteral("Reading columns"),
                          QStringLiteral("Reading indexes"), QStringLiteral("Reading foreign keys"),
                          QStringLiteral("Reading checks")}));
}

void TestSqliteInspector::unknownSchema()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite://unknown?mode=memory"));
    QVERIFY(url);
    auto connection = SqliteConnection::open(*url);
    QVERIFY(connection);
    const Expected<Schema> schema =
        inspectSqliteSchema((*connection)->database(), QStringLiteral("aux"), TaskControl());
    QVERIFY(!schema);
    QCOMPARE(schema.error().message,
             QStringLiteral("SQLite schema \"aux\" does not exist in this database: SQLite calls "
                            "the database file \"main\" and attached databases by their ATTACH "
                            "name."));
}

QTEST_GUILESS_MAIN(TestSqliteInspector)
#include "tst_sqliteinspector.moc"
