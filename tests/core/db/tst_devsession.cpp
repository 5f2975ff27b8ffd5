// Each database's dev session on the real thing: statements run in a scratch space, the model
// comes back under the dev URL's names, a failing statement says why, and the scratch space is
// gone afterwards. MySQL and PostgreSQL use $STRATA_TEST_MYSQL_URL / $STRATA_TEST_POSTGRES_URL.

#include "db/registry.h"

#include <QTest>

using namespace strata;

namespace {

std::optional<DatabaseUrl> devUrlFor(const QString &database)
{
    QByteArray text;
    if (database == QLatin1String("sqlite"))
        text = "sqlite://dev?mode=memory";
    else if (database == QLatin1String("mysql"))
        text = qgetenv("STRATA_TEST_MYSQL_URL");
    else
        text = qgetenv("STRATA_TEST_POSTGRES_URL");
    if (text.isEmpty())
        return std::nullopt;
    auto url = DatabaseUrl::parse(QString::fromUtf8(text));
    return url ? std::optional<DatabaseUrl>(url.value()) : std::nullopt;
}

QStringList schemaNames(const Realm &realm)
{
    QStringList names;
    for (const Schema &schema : realm.schemas)
        names.append(schema.name);
    return names;
}

} // namespace

class TestDevSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAndInspects_data();
    void runsAndInspects();
};

void TestDevSession::runsAndInspects_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("schema");
    QTest::newRow("sqlite") << "sqlite"
                            << "main";
    QTest::newRow("mariadb") << "mysql"
                             << "app";
    QTest::newRow("postgres") << "postgres"
                              << "public";
}

void TestDevSession::runsAndInspects()
{
    QFETCH(QString, database);
    QFETCH(QString, schema);
    const auto devUrl = devUrlFor(database);
    if (!devUrl) {
        if (qgetenv("CI") == "true")
            QFAIL("no test server for this database");
        QSKIP("no test server for this database");
    }
    // The PostgreSQL test URL names no search_path: bind the session to public.
    DatabaseUrl url = devUrl.value();
    if (database == QLatin1String("postgres"))
        url =
            DatabaseUrl::parse(url.toString(false) + QStringLiteral("&search_path=public")).value();
    const Database *db = databaseForUrl(url);
    QVERIFY(db);
    {
        auto session = db->openDevSession(url, TaskControl());
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        QVERIFY(session.value()->execute(QStringLiteral("CREATE TABLE t1 (id int NOT NULL, "
                                                        "name varchar(20), PRIMARY KEY (id))"),
                                         TaskControl()));
        const Status failed =
            session.value()->execute(QStringLiteral("CREATE TABLE t1 (id int)"), TaskControl());
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("t1")),
                 qPrintable(failed.error().message));
        auto realm = session.value()->inspect(TaskControl());
        QVERIFY2(realm, realm ? "" : qPrintable(realm.error().message));
        QCOMPARE(schemaNames(realm.value()), QStringList{schema});
        QCOMPARE(realm->schemas.constFirst().tables.size(), 1);
        QCOMPARE(realm->schemas.constFirst().tables.constFirst().name, QStringLiteral("t1"));
    }
    // A second session starts empty: the first one's scratch space is gone with it.
    auto again = db->openDevSession(url, TaskControl());
    QVERIFY(again);
    auto realm = again.value()->inspect(TaskControl());
    QVERIFY(realm);
    QVERIFY(realm->schemas.isEmpty() || realm->schemas.constFirst().tables.isEmpty());
}

QTEST_GUILESS_MAIN(TestDevSession)
#include "tst_devsession.moc"
