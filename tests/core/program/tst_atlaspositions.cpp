// `-- atlas:pos` directives as the TypeScript Sequelize provider prints them.

#include "program/atlaspositions.h"

#include <QTest>

using namespace strata;

class TestAtlasPositions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesProviderOutput();
    void resolvesRelativePaths();
    void keepsPathsWithSpacesAndColons();
    void ignoresMalformedDirectives();
    void appliesToTablesByName();
};

void TestAtlasPositions::parsesProviderOutput()
{
    const QString ddl =
        QStringLiteral("-- atlas:pos Users[type=table] /home/me/app/models/user.ts:4-14\n"
                       "-- atlas:pos Tasks[type=table] /home/me/app/models/task.ts:4-15\n\n"
                       "CREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER PRIMARY KEY);\n");
    const auto positions = parseAtlasPositions(ddl, QStringLiteral("/elsewhere"));
    QCOMPARE(positions.size(), 2);
    QCOMPARE(positions.value(QStringLiteral("Users")),
             (SourcePosition{QStringLiteral("/home/me/app/models/user.ts"), 4, 14}));
    QCOMPARE(positions.value(QStringLiteral("Tasks")),
             (SourcePosition{QStringLiteral("/home/me/app/models/task.ts"), 4, 15}));
}

void TestAtlasPositions::resolvesRelativePaths()
{
    const auto positions = parseAtlasPositions(
        QStringLiteral("-- atlas:pos Users[type=table] models/user.ts:4-14\r\n"),
        QStringLiteral("/srv/project"));
    QCOMPARE(positions.value(QStringLiteral("Users")),
             (SourcePosition{QStringLiteral("/srv/project/models/user.ts"), 4, 14}));
}

void TestAtlasPositions::keepsPathsWithSpacesAndColons()
{
    const auto positions = parseAtlasPositions(
        QStringLiteral("  --  atlas:pos Order Items[type=table] /a b/c:d/item.ts:7\n"),
        QStringLiteral("/"));
    QCOMPARE(positions.value(QStringLiteral("Order Items")),
             (SourcePosition{QStringLiteral("/a b/c:d/item.ts"), 7, 7}));
}

void TestAtlasPositions::ignoresMalformedDirectives()
{
    const auto positions = parseAtlasPositions(
        QStringLiteral("-- atlas:pos Users[type=table] models/user.ts\n"
                       "-- atlas:pos Tasks[type=table] models/task.ts:9-3\n"
                       "-- atlas:pos Views[type=view] models/view.ts:1-2\n"
                       "CREATE TABLE t (a int); -- atlas:pos T[type=table] x.ts:1-2\n"),
        QStringLiteral("/"));
    QVERIFY(positions.isEmpty());
}

void TestAtlasPositions::appliesToTablesByName()
{
    Realm realm;
    Schema schema;
    schema.name = QStringLiteral("main");
    Table users;
    users.name = QStringLiteral("Users");
    Table tasks;
    tasks.name = QStringLiteral("Tasks");
    schema.tables = {users, tasks};
    realm.schemas = {schema};
    applyAtlasPositions(
        realm, {{QStringLiteral("Users"), SourcePosition{QStringLiteral("/m/user.ts"), 4, 14}}});
    QCOMPARE(realm.schemas[0].tables[0].source.file, QStringLiteral("/m/user.ts"));
    QVERIFY(!realm.schemas[0].tables[1].source.isValid());
}

QTEST_GUILESS_MAIN(TestAtlasPositions)
#include "tst_atlaspositions.moc"
