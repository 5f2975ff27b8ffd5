// Inspection against a real MySQL/MariaDB server ($STRATA_TEST_MYSQL_URL): scripts are executed
// in fresh databases, inspected, and written as Atlas HCL and SQL, which must match the golden
// files under tests/data/mysql/golden/<server dialect>/ (MariaDB and MySQL spell collations,
// display widths and defaults differently). STRATA_UPDATE_GOLDEN=1 writes them; review the
// diff before committing it.

#include "mysqltestsupport.h"

#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace strata;
using namespace strata::test;

class TestMysqlInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sequelizeOutputMatchesGolden_data();
    void sequelizeOutputMatchesGolden();
    void sequelizeOutputHasTheGuidesStructure_data() { sequelizeOutputMatchesGolden_data(); }
    void sequelizeOutputHasTheGuidesStructure();
    void sequelizeOutputMatchesTheAtlasGuide();
    void constructsMatchGoldens();
    void constructsModel();
    void writtenSqlRecreatesTheSameSchema();
    void realmWithTwoSchemas();
    void queryCountDoesNotGrowWithTables();
    void cancelStopsInspection();

private:
    /// tests/data/mysql/golden/<server dialect>/; skips when that server has no goldens yet.
    QString goldenBase() const;
    Realm inspectScript(const QString &database, const QString &script);
    std::unique_ptr<MysqlConnection> m_server;
};

void TestMysqlInspector::init()
{
    STRATA_REQUIRE_MYSQL();
    if (!m_server)
        m_server = connectToMysqlServer();
    QVERIFY2(m_server, "cannot connect to the server in STRATA_TEST_MYSQL_URL");
}

QString TestMysqlInspector::goldenBase() const
{
    return QStringLiteral(MYSQL_TEST_DATA "/golden/") + m_server->dialectName() + QLatin1Char('/');
}

Realm TestMysqlInspector::inspectScript(const QString &database, const QString &script)
{
    QString error;
    if (!recreateDatabaseWithScript(*m_server, database, script, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    auto connection = MysqlConnection::open(mysqlUrl(database));
    if (!connection) {
        qWarning().noquote() << connection.error().message;
        return {};
    }
    auto realm = connection.value()->inspect(TaskControl());
    if (!realm) {
        qWarning().noquote() << realm.error().message;
        return {};
    }
    return realm.value();
}

void TestMysqlInspector::sequelizeOutputMatchesGolden_data()
{
    QTest::addColumn<QString>("flavour");
    QTest::newRow("mysql") << QStringLiteral("mysql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

void TestMysqlInspector::sequelizeOutputMatchesGolden()
{
    QFETCH(QString, flavour);
    const QString script =
        readText(QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/") + flavour +
                 QLatin1String(".sql"));
    QVERIFY(!script.isEmpty());
    const Realm realm = inspectScript(QLatin1String("strata_test_seq_") + flavour, script);
    QCOMPARE(realm.schemas.size(), 1);
    const Dialect *dialect = dialectByName(m_server->dialectName());
    QVERIFY(dialect);
    QString expected;
    if (!QFileInfo::exists(goldenBase()) &&
        qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") != 1)
        QSKIP("no goldens for this server yet: run with STRATA_UPDATE_GOLDEN=1 and review them");
    QDir().mkpath(goldenBase());
    const QString golden = goldenBase() + QLatin1String("sequelize-") + flavour;
    const QString hcl = writeAtlasHcl(realm, *dialect);
    QVERIFY(matchesGolden(hcl, golden + QLatin1String(".hcl"), &expected));
    const QString sql = writeSchemaSql(realm, *dialect, QStringLiteral("  "));
    QVERIFY(matchesGolden(sql, golden + QLatin1String(".out.sql"), &expected));
}

void TestMysqlInspector::sequelizeOutputHasTheGuidesStructure()
{
    QFETCH(QString, flavour);
    const QString script =
        readText(QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/") + flavour +
                 QLatin1String(".sql"));
    const Realm realm = inspectScript(QLatin1String("strata_test_seq_") + flavour, script);
    QCOMPARE(realm.schemas.size(), 1);
    const Schema &schema = realm.schemas.front();
    QCOMPARE(schema.charset, QStringLiteral("utf8mb4"));
    QVERIFY(!schema.collation.isEmpty());
    QCOMPARE(schema.tables.size(), 2);
    QCOMPARE(schema.tables.at(0).name, QStringLiteral("Tasks"));
    const Table &tasks = schema.tables.at(0);
    const Column *complete = tasks.column(QStringLiteral("complete"));
    QVERIFY(complete);
    QCOMPARE(complete->type.normalized, QStringLiteral("bool"));
    QVERIFY(complete->nullable);
    QVERIFY(complete->defaultValue);
    QCOMPARE(complete->defaultValue->sql, QStringLiteral("0"));
    QCOMPARE(tasks.indexes.size(), 1);
    QCOMPARE(tasks.indexes.front().name, QStringLiteral("userID"));
    QCOMPARE(tasks.foreignKeys.size(), 1);
    QCOMPARE(tasks.foreignKeys.front().name, QStringLiteral("Tasks_ibfk_1"));
    QCOMPARE(tasks.foreignKeys.front().refTable, QStringLiteral("Users"));
    QCOMPARE(tasks.foreignKeys.front().onUpdate, ReferenceAction::Cascade);
    QVERIFY(tasks.column(QStringLiteral("id"))->autoIncrement);
    QCOMPARE(tasks.column(QStringLiteral("id"))->type.normalized, QStringLiteral("int"));

    const QString hcl = writeAtlasHcl(realm, *dialectByName(m_server->dialectName()));
    QVERIFY(hcl.contains(QLatin1String("  index \"userID\" {\n    columns = [column.userID]\n")));
    QVERIFY(hcl.contains(QLatin1String("  foreign_key \"Tasks_ibfk_1\" {\n")));
    QVERIFY(hcl.contains(QLatin1String("ref_columns = [table.Users.column.id]")));
    QVERIFY(hcl.contains(QLatin1String(
        "  column \"complete\" {\n    null    = true\n    type    = bool\n    default = 0\n  }")));
    QVERIFY(hcl.contains(QLatin1String("    type           = int\n    auto_increment = true\n")));
    QVERIFY(!hcl.contains(QLatin1String("engine")));
}

/// The guide's `atlas schema inspect` output (the reference page lost its line breaks) must be
/// ours compared without whitespace, once the three things that differ by setup are mapped: the
/// schema is called "dev", MySQL 8's default collation, and the guide's model load order, which
/// gave ON DELETE NO ACTION where today's provider output says CASCADE.
void TestMysqlInspector::sequelizeOutputMatchesTheAtlasGuide()
{
    const QString page =
        readText(QStringLiteral(STRATA_SHARED_DIR "/reference/000_75b5ff2751e2d3de.txt"));
    QString guide;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("table \"Tasks\" {"))) {
            guide = line;
            break;
        }
    }
    QVERIFY2(!guide.isEmpty(), "the guide's inspect output is missing from the reference page");
    const QString script =
        readText(QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/mysql.sql"));
    Realm realm = inspectScript(QStringLiteral("strata_test_seq_guide"), script);
    QCOMPARE(realm.schemas.size(), 1);
    Schema &schema = realm.schemas.front();
    schema.name = QStringLiteral("dev");
    schema.collation = QStringLiteral("utf8mb4_0900_ai_ci");
    for (Table &table : schema.tables) {
        table.collation = schema.collation;
        for (ForeignKey &key : table.foreignKeys)
            key.onDelete = ReferenceAction::NoAction;
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString ours =
        writeAtlasHcl(realm, *dialectByName(m_server->dialectName())).remove(space);
    QCOMPARE(ours.trimmed(), QString(guide).remove(space).trimmed());
}

void TestMysqlInspector::constructsMatchGoldens()
{
    const Realm realm = inspectScript(QStringLiteral("strata_test_constructs"),
                                      readText(QStringLiteral(MYSQL_TEST_DATA "/constructs.sql")));
    QCOMPARE(realm.schemas.size(), 1);
    const Dialect *dialect = dialectByName(m_server->dialectName());
    QString expected;
    if (!QFileInfo::exists(goldenBase()) &&
        qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") != 1)
        QSKIP("no goldens for this server yet: run with STRATA_UPDATE_GOLDEN=1 and review them");
    QDir().mkpath(goldenBase());
    const QString golden = goldenBase() + QLatin1String("constructs");
    QVERIFY(
        matchesGolden(writeAtlasHcl(realm, *dialect), golden + QLatin1String(".hcl"), &expected));
    QVERIFY(matchesGolden(writeSchemaSql(realm, *dialect, QStringLiteral("  ")),
                          golden + QLatin1String(".out.sql"), &expected));
}

void TestMysqlInspector::constructsModel()
{
    const Realm realm = inspectScript(QStringLiteral("strata_test_constructs"),
                                      readText(QStringLiteral(MYSQL_TEST_DATA "/constructs.sql")));
    QCOMPARE(realm.schemas.size(), 1);
    const Schema &schema = realm.schemas.front();
    const Table *users = schema.table(QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->comment, QStringLiteral("people who log in"));
    const Column *id = users->column(QStringLiteral("id"));
    QCOMPARE(id->type.normalized, QStringLiteral("bigint"));
    QVERIFY(id->type.isUnsigned);
    QVERIFY(id->autoIncrement);
    QCOMPARE(users->column(QStringLiteral("email"))->comment, QStringLiteral("login, unique"));
    const Column *name = users->column(QStringLiteral("name"));
    QCOMPARE(name->charset, QStringLiteral("latin1"));
    QCOMPARE(name->collation, QStringLiteral("latin1_bin"));
    QVERIFY(!name->defaultValue); // DEFAULT NULL is no default
    QCOMPARE(users->column(QStringLiteral("email"))->charset, QString()); // same as the table
    QCOMPARE(users->column(QStringLiteral("nick"))->defaultValue->sql,
             QStringLiteral("'it''s me'"));
    // MariaDB keeps JSON as longtext with a json_valid check named after the column.
    QCOMPARE(users->column(QStringLiteral("settings"))->type.normalized,
             QStringLiteral("longtext"));
    QVERIFY(std::any_of(users->checks.cbegin(), users->checks.cend(), [](const Check &check) {
        return check.name == QLatin1String("settings") &&
               check.expression == QLatin1String("json_valid(`settings`)");
    }));
    QCOMPARE(users->column(QStringLiteral("active"))->type.normalized, QStringLiteral("bool"));
    QCOMPARE(users->column(QStringLiteral("level"))->type.normalized,
             QStringLiteral("enum('low','mid','high')"));
    QCOMPARE(users->column(QStringLiteral("score"))->type.normalized,
             QStringLiteral("decimal(10,2)"));
    const Column *created = users->column(QStringLiteral("created_at"));
    QCOMPARE(created->defaultValue->kind, ColumnDefault::Kind::Expression);
    QVERIFY(created->defaultValue->sql.startsWith(QLatin1String("current_timestamp"),
                                                  Qt::CaseInsensitive));
    const Column *updated = users->column(QStringLiteral("updated_at"));
    QCOMPARE(updated->type.normalized, QStringLiteral("timestamp(6)"));
    QCOMPARE(updated->onUpdate.toLower(), QStringLiteral("current_timestamp(6)"));
    const Column *uuid = users->column(QStringLiteral("uuid"));
    QCOMPARE(uuid->defaultValue->kind, ColumnDefault::Kind::Expression);
    QCOMPARE(uuid->defaultValue->sql, QStringLiteral("(uuid())"));
    QVERIFY(users->column(QStringLiteral("email_domain"))->generated);
    QVERIFY(!users->column(QStringLiteral("email_domain"))->generated->stored);
    QVERIFY(users->column(QStringLiteral("score_x2"))->generated->stored);

    QCOMPARE(users->checks.size(), 2); // age_positive, and MariaDB's JSON check (see above)
    QCOMPARE(users->checks.front().name, QStringLiteral("age_positive"));

    QStringList indexNames;
    for (const Index &index : users->indexes)
        indexNames.append(index.name);
    QCOMPARE(indexNames,
             (QStringList{QStringLiteral("users_bio"), QStringLiteral("users_created_desc"),
                          QStringLiteral("users_email"), QStringLiteral("users_level_age"),
                          QStringLiteral("users_name_prefix")}));
    QCOMPARE(users->indexes.at(0).type, QStringLiteral("FULLTEXT"));
    QVERIFY(users->indexes.at(2).unique);
    QCOMPARE(users->indexes.at(4).parts.front().prefixLength, 64);
    QCOMPARE(users->indexes.at(1).comment, QStringLiteral("newest first"));
    if (m_server->version().isAtLeast(m_server->version().isMariaDb() ? 10 : 8,
                                      m_server->version().isMariaDb() ? 8 : 0))
        QVERIFY(users->indexes.at(1).parts.front().descending);

    const Table *teams = schema.table(QStringLiteral("teams"));
    QCOMPARE(teams->charset, QStringLiteral("latin1"));
    QCOMPARE(teams->foreignKeys.size(), 2);
    QCOMPARE(teams->foreignKeys.at(0).name, QStringLiteral("teams_owner"));
    QCOMPARE(teams->foreignKeys.at(0).onDelete, ReferenceAction::Cascade);
    QCOMPARE(teams->foreignKeys.at(0).onUpdate, ReferenceAction::Restrict);
    QCOMPARE(teams->foreignKeys.at(1).refTable, QStringLiteral("teams"));
    QCOMPARE(teams->foreignKeys.at(1).onDelete, ReferenceAction::SetNull);

    const Table *memberships = schema.table(QStringLiteral("memberships"));
    QCOMPARE(memberships->primaryKey->parts.at(0).column, QStringLiteral("team_id"));
    QCOMPARE(memberships->primaryKey->parts.at(1).column, QStringLiteral("user_id"));
    QCOMPARE(memberships->foreignKeys.size(), 2);
    QCOMPARE(memberships->foreignKeys.at(0).name, QStringLiteral("memberships_ibfk_1"));

    const Table *places = schema.table(QStringLiteral("places"));
    QCOMPARE(places->engine, QStringLiteral("MyISAM"));
    QCOMPARE(places->indexes.front().type, QStringLiteral("SPATIAL"));

    const Table *audit = schema.table(QStringLiteral("audit log"));
    QVERIFY(audit);
    QVERIFY(!audit->primaryKey);
    QVERIFY(audit->column(QStringLiteral("what`s")));
}

void TestMysqlInspector::writtenSqlRecreatesTheSameSchema()
{
    const Realm realm = inspectScript(QStringLiteral("strata_test_constructs"),
                                      readText(QStringLiteral(MYSQL_TEST_DATA "/constructs.sql")));
    QCOMPARE(realm.schemas.size(), 1);
    const Dialect *dialect = dialectByName(m_server->dialectName());
    const QString sql = writeSchemaSql(realm, *dialect, QStringLiteral("  "));
    Realm again = inspectScript(QStringLiteral("strata_test_constructs_again"), sql);
    QCOMPARE(again.schemas.size(), 1);
    again.schemas.front().name = realm.schemas.front().name;
    QCOMPARE(writeAtlasHcl(again, *dialect), writeAtlasHcl(realm, *dialect));
    QVERIFY(again == realm);
    // What the server keeps must be the same too: MariaDB's JSON columns come back as `json`
    // with their column-level json_valid check, not as longtext plus a table-level check.
    const QMap<QString, QString> original =
        showCreateTables(*m_server, QStringLiteral("strata_test_constructs"));
    const QMap<QString, QString> rebuilt =
        showCreateTables(*m_server, QStringLiteral("strata_test_constructs_again"));
    QCOMPARE(rebuilt.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        QCOMPARE(withSortedDefinitions(rebuilt.value(it.key())), withSortedDefinitions(it.value()));
}

void TestMysqlInspector::realmWithTwoSchemas()
{
    QString error;
    QVERIFY2(recreateDatabaseWithScript(*m_server, QStringLiteral("strata_test_realm_a"),
                                        QStringLiteral("CREATE TABLE users (id int PRIMARY KEY);"
                                                       "CREATE TABLE only_a (id int PRIMARY KEY);"),
                                        &error),
             qPrintable(error));
    QVERIFY2(recreateDatabaseWithScript(
                 *m_server, QStringLiteral("strata_test_realm_b"),
                 QStringLiteral("CREATE TABLE users (id int PRIMARY KEY, a_id int, CONSTRAINT "
                                "b_to_a FOREIGN KEY (a_id) REFERENCES strata_test_realm_a.users "
                                "(id)) CHARSET latin1;"),
                 &error),
             qPrintable(error));
    auto connection = MysqlConnection::open(mysqlUrl(QString()));
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error().message));
    auto realm = connection.value()->inspect(TaskControl());
    QVERIFY2(realm, realm ? "" : qPrintable(realm.error().message));
    QStringList names;
    Realm two;
    for (const Schema &schema : realm->schemas) {
        names.append(schema.name);
        if (schema.name.startsWith(QLatin1String("strata_test_realm_")))
            two.schemas.append(schema);
    }
    for (const char *system : {"mysql", "information_schema", "performance_schema", "sys"})
        QVERIFY2(!names.contains(QLatin1String(system)), system);
    QCOMPARE(two.schemas.size(), 2);
    QCOMPARE(two.schemas.at(0).tables.size(), 2);
    const ForeignKey &key = two.schemas.at(1).tables.front().foreignKeys.front();
    QCOMPARE(key.refSchema, QStringLiteral("strata_test_realm_a"));
    const QString hcl = writeAtlasHcl(two, *dialectByName(connection.value()->dialectName()));
    QVERIFY(hcl.contains(QLatin1String("table \"strata_test_realm_a\" \"users\" {")));
    QVERIFY(hcl.contains(QLatin1String("table \"only_a\" {")));
    QVERIFY(
        hcl.contains(QLatin1String("ref_columns = [table.strata_test_realm_a.users.column.id]")));
    QVERIFY(hcl.contains(QLatin1String("schema \"strata_test_realm_b\" {")));
}

void TestMysqlInspector::queryCountDoesNotGrowWithTables()
{
    QString few = QStringLiteral("CREATE TABLE t0 (id int PRIMARY KEY);");
    QString many;
    for (int i = 0; i < 30; ++i) {
        many += QStringLiteral("CREATE TABLE t%1 (id int PRIMARY KEY, p int, KEY (p), CHECK (p > "
                               "0)%2);")
                    .arg(i)
                    .arg(i > 0 ? QStringLiteral(", FOREIGN KEY (p) REFERENCES t%1 (id)").arg(i - 1)
                               : QString());
    }
    QString error;
    QVERIFY2(
        recreateDatabaseWithScript(*m_server, QStringLiteral("strata_test_count_few"), few, &error),
        qPrintable(error));
    QVERIFY2(recreateDatabaseWithScript(*m_server, QStringLiteral("strata_test_count_many"), many,
                                        &error),
             qPrintable(error));
    int counts[2] = {0, 0};
    int tables[2] = {0, 0};
    const QString databases[2] = {QStringLiteral("strata_test_count_few"),
                                  QStringLiteral("strata_test_count_many")};
    for (int i = 0; i < 2; ++i) {
        auto connection = MysqlConnection::open(mysqlUrl(databases[i]));
        QVERIFY(connection);
        const int before = connection.value()->statementCount();
        auto realm = connection.value()->inspect(TaskControl());
        QVERIFY(realm);
        counts[i] = connection.value()->statementCount() - before;
        tables[i] = realm->tableCount();
    }
    QCOMPARE(tables[0], 1);
    QCOMPARE(tables[1], 30);
    QCOMPARE(counts[0], counts[1]);
    QVERIFY(counts[1] <= 7);
}

void TestMysqlInspector::cancelStopsInspection()
{
    auto connection = MysqlConnection::open(mysqlUrl(QString()));
    QVERIFY(connection);
    const TaskControl control;
    control.cancel();
    auto realm = connection.value()->inspect(control);
    QVERIFY(!realm);
    QVERIFY(realm.error().cancelled);
}

QTEST_GUILESS_MAIN(TestMysqlInspector)
#include "tst_mysqlinspector.moc"
