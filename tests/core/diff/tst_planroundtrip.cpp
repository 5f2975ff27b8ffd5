// Plans checked by the databases themselves: for seeded random schema pairs (A, B), create A on
// a dev session, run plan(A -> B) there, inspect, and the result must be B as the same database
// makes it from scratch (the differ finds nothing between them). With rows in A's tables, a
// plan without destructive statements keeps every row. $STRATA_ROUNDTRIP_PAIRS sets the number
// of pairs per database (40 by default, CI), $STRATA_ROUNDTRIP_SEED replays one pair.

#include "changedescription.h"
#include "db/registry.h"
#include "diff/differ.h"
#include "randomschema.h"

#include <QTest>

using namespace strata;
using strata::test::describe;
using strata::test::RandomSchema;

namespace {

std::optional<DatabaseUrl> devUrlFor(const QString &database)
{
    QString text;
    if (database == QLatin1String("sqlite"))
        text = QStringLiteral("sqlite://dev?mode=memory");
    else if (database == QLatin1String("mysql"))
        text = QString::fromUtf8(qgetenv("STRATA_TEST_MYSQL_URL"));
    else if (!qEnvironmentVariableIsEmpty("STRATA_TEST_POSTGRES_URL"))
        text = QString::fromUtf8(qgetenv("STRATA_TEST_POSTGRES_URL")) +
               QStringLiteral("&search_path=public");
    if (text.isEmpty())
        return std::nullopt;
    auto url = DatabaseUrl::parse(text);
    return url ? std::optional<DatabaseUrl>(url.value()) : std::nullopt;
}

/// The schema a session reports, which the generated models must be called to compare.
QString sessionSchema(const QString &database)
{
    if (database == QLatin1String("sqlite"))
        return QStringLiteral("main");
    if (database == QLatin1String("mysql"))
        return QStringLiteral("app");
    return QStringLiteral("public");
}

Realm realmOf(const Schema &schema)
{
    Realm realm;
    realm.schemas.append(schema);
    return realm;
}

Realm emptyRealm(const QString &schema)
{
    Schema empty;
    empty.name = schema;
    Realm realm;
    realm.schemas.append(empty);
    return realm;
}

/// Runs a plan statement by statement; the message names the failing one.
Status runPlan(DevSession &session, const Plan &plan)
{
    for (const PlannedStatement &statement : plan.statements) {
        if (Status ran = session.execute(statement.sql, TaskControl()); !ran)
            return Error{statement.sql + QStringLiteral("\n  -> ") + ran.error().message};
    }
    return Ok{};
}

/// Creates `schema` on `session` through the planner (every table an AddTable change) and
/// returns what the database made of it.
Expected<Realm> create(DevSession &session, const DatabaseChoice &database, const Schema &schema)
{
    auto diff = diffRealms(emptyRealm(schema.name), realmOf(schema), database.dialect());
    if (!diff)
        return diff.error();
    const Planner *planner = database.database->planner(database.flavour);
    if (!planner)
        return Error{QStringLiteral("no planner")};
    auto plan = planner->plan(diff.value(), PlanOptions{});
    if (!plan)
        return plan.error();
    if (Status ran = runPlan(session, plan.value()); !ran)
        return ran.error();
    return session.inspect(TaskControl());
}

QString quotedFor(const QString &database, const QString &name)
{
    return database == QLatin1String("postgres") ? QLatin1Char('"') + name + QLatin1Char('"')
                                                 : QLatin1Char('`') + name + QLatin1Char('`');
}

} // namespace

class TestPlanRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plannedSchemaIsTheDesiredOne_data();
    void plannedSchemaIsTheDesiredOne();
};

void TestPlanRoundTrip::plannedSchemaIsTheDesiredOne_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<quint32>("seed");
    const int pairs = qEnvironmentVariableIsSet("STRATA_ROUNDTRIP_PAIRS")
                          ? qEnvironmentVariableIntValue("STRATA_ROUNDTRIP_PAIRS")
                          : 40;
    const bool one = qEnvironmentVariableIsSet("STRATA_ROUNDTRIP_SEED");
    for (const char *database : {"sqlite", "mysql", "postgres"}) {
        if (one) {
            const auto seed = quint32(qEnvironmentVariableIntValue("STRATA_ROUNDTRIP_SEED"));
            QTest::addRow("%s seed %u", database, seed) << QString::fromLatin1(database) << seed;
            continue;
        }
        for (int i = 1; i <= pairs; ++i)
            QTest::addRow("%s seed %d", database, i) << QString::fromLatin1(database) << quint32(i);
    }
}

void TestPlanRoundTrip::plannedSchemaIsTheDesiredOne()
{
    QFETCH(QString, database);
    QFETCH(quint32, seed);
    const auto devUrl = devUrlFor(database);
    if (!devUrl) {
        if (qgetenv("CI") == "true")
            QFAIL("no test server for this database");
        QSKIP("no test server for this database");
    }
    const auto choice = databaseByAlias(database);
    QVERIFY(choice);
    DatabaseChoice chosen = choice.value();

    RandomSchema random(database, seed);
    const Schema a = random.schema(sessionSchema(database));
    QStringList applied;
    const Schema b = random.changed(a, &applied);
    const QString replay = QStringLiteral("seed %1 on %2 (replay: STRATA_ROUNDTRIP_SEED=%1), "
                                          "changes: %3")
                               .arg(seed)
                               .arg(database, applied.join(QStringLiteral("; ")));

    auto sessionA = chosen.database->openDevSession(devUrl.value(), TaskControl());
    QVERIFY2(sessionA, sessionA ? "" : qPrintable(sessionA.error().message));
    auto sessionB = chosen.database->openDevSession(devUrl.value(), TaskControl());
    QVERIFY2(sessionB, sessionB ? "" : qPrintable(sessionB.error().message));
    // A MariaDB dev server normalizes as MariaDB: plan with the flavour it is.
    auto current = create(*sessionA.value(), chosen, a);
    QVERIFY2(current, qPrintable(replay + QStringLiteral("\ncreating A: ") +
                                 (current ? QString() : current.error().message)));
    auto desired = create(*sessionB.value(), chosen, b);
    QVERIFY2(desired, qPrintable(replay + QStringLiteral("\ncreating B: ") +
                                 (desired ? QString() : desired.error().message)));

    for (const QString &insert : random.rows(a, 3)) {
        const Status inserted = sessionA.value()->execute(insert, TaskControl());
        QVERIFY2(inserted,
                 qPrintable(replay + QStringLiteral("\n") + insert + QStringLiteral(": ") +
                            (inserted ? QString() : inserted.error().message)));
    }

    auto diff = diffRealms(current.value(), desired.value(), chosen.dialect());
    QVERIFY(diff);
    const Planner *planner = chosen.database->planner(chosen.flavour);
    QVERIFY(planner);
    auto plan = planner->plan(diff.value(), PlanOptions{});
    QVERIFY2(plan, qPrintable(replay + QStringLiteral("\nplanning: ") +
                              (plan ? QString() : plan.error().message)));
    const Status ran = runPlan(*sessionA.value(), plan.value());
    QVERIFY2(ran,
             qPrintable(replay + QStringLiteral("\nplan:\n") + plan->text() +
                        QStringLiteral("\nfailed: ") + (ran ? QString() : ran.error().message)));

    auto after = sessionA.value()->inspect(TaskControl());
    QVERIFY(after);
    auto left = diffRealms(after.value(), desired.value(), chosen.dialect());
    QVERIFY(left);
    QVERIFY2(left->isEmpty(),
             qPrintable(replay + QStringLiteral("\nplan:\n") + plan->text() +
                        QStringLiteral("\nstill differs:\n") + describe(left.value())));

    bool destructive = false;
    for (const PlannedStatement &statement : plan->statements)
        destructive = destructive || statement.destructive;
    if (destructive)
        return;
    for (const Table &table : a.tables) {
        if (!b.table(table.name))
            continue;
        auto count = sessionA.value()->queryValue(QStringLiteral("SELECT COUNT(*) FROM ") +
                                                      quotedFor(database, table.name),
                                                  TaskControl());
        QVERIFY(count);
        QVERIFY2(
            count.value() == QLatin1String("3"),
            qPrintable(
                replay + QStringLiteral("\nplan:\n") + plan->text() +
                QStringLiteral("\ntable %1 has %2 rows, not 3").arg(table.name, count.value())));
    }
}

QTEST_GUILESS_MAIN(TestPlanRoundTrip)
#include "tst_planroundtrip.moc"
