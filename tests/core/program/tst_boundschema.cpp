#include "load/boundschema.h"

#include <QTest>

using namespace strata;

/// The schema a URL binds decides whether `schema inspect` prints one schema or a realm, as
/// Atlas decides it.
class TestBoundSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundSchema_data();
    void boundSchema();
};

void TestBoundSchema::boundSchema_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("schema");
    QTest::newRow("sqlite") << QStringLiteral("sqlite://file:app.db?_fk=1")
                            << QStringLiteral("main");
    QTest::newRow("mysql db") << QStringLiteral("mysql://u:p@h:3306/app") << QStringLiteral("app");
    QTest::newRow("mysql server") << QStringLiteral("mysql://u:p@h:3306/") << QString();
    QTest::newRow("postgres search_path")
        << QStringLiteral("postgres://h/app?search_path=public&sslmode=disable")
        << QStringLiteral("public");
    QTest::newRow("postgres database") << QStringLiteral("postgres://h/app") << QString();
    QTest::newRow("docker mysql") << QStringLiteral("docker://mysql/8/dev")
                                  << QStringLiteral("dev");
    QTest::newRow("docker mysql server") << QStringLiteral("docker://mysql/8") << QString();
    QTest::newRow("docker postgres")
        << QStringLiteral("docker://postgres/16/dev?search_path=public")
        << QStringLiteral("public");
    QTest::newRow("docker postgres database")
        << QStringLiteral("docker://postgres/16/dev") << QString();
    QTest::newRow("file") << QStringLiteral("file://schema.sql") << QString();
}

void TestBoundSchema::boundSchema()
{
    QFETCH(QString, text);
    QFETCH(QString, schema);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(url.hasValue());
    QCOMPARE(strata::boundSchema(url.value()), schema);
}

QTEST_GUILESS_MAIN(TestBoundSchema)
#include "tst_boundschema.moc"
