#include "db/registry.h"
#include "dialect/dialect.h"
#include "goldenfile.h"
#include "sqlgen/sqlwriter.h"
#include "writermodels.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace strata;

namespace {

const Dialect &sqlite()
{
    return *dialectByName(QStringLiteral("sqlite"));
}

/// Splits writer output into statements: comment lines dropped, a statement ends at a line
/// ending with ';' (statements may span lines when an expression does).
QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (current.isEmpty() && (line.startsWith(QLatin1String("-- ")) || line.isEmpty()))
            continue;
        current += (current.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        if (line.endsWith(QLatin1Char(';'))) {
            current.chop(1);
            result.append(current);
            current.clear();
        }
    }
    return result;
}

/// An in-memory SQLite database with the realm's extra schemas attached, closed on scope exit.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const Realm &realm)
        : m_name(QStringLiteral("tst_sqlwriter_%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        for (const Schema &schema : realm.schemas) {
            if (schema.name != QLatin1String("main"))
                run(QLatin1String("ATTACH DATABASE ':memory:' AS ") + schema.name);
        }
    }
    ~ScratchDatabase() { QSqlDatabase::removeDatabase(m_name); }

    /// Runs one statement; the error text on failure, empty on success.
    QString run(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql))
            return {};
        return sql + QLatin1String(": ") + query.lastError().text();
    }

    /// Rows of a pragma table function called with (object, schema), columns joined by '|'.
    QStringList rows(const QString &sql, const QString &object, const QString &schema)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        query.addBindValue(object);
        query.addBindValue(schema);
        QStringList result;
        if (!query.exec())
            return {query.lastError().text()};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            result.append(values.join(QLatin1Char('|')));
        }
        return result;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

class TestSqlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesGoldenFile_data();
    void writesGoldenFile();
    void emptyRealmPrintsNothing();
    void recreatesModelInSqlite_data();
    void recreatesModelInSqlite();
    void quotesForSqlite_data();
    void quotesForSqlite();
    void spellsSqliteDefaults_data();
    void spellsSqliteDefaults();
};

void TestSqlWriter::writesGoldenFile_data()
{
    QTest::addColumn<Realm>("realm");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("golden");

    using namespace writermodels;
    const QString none;
    const QString twoSpaces = QStringLiteral("  ");
    QTest::newRow("atlas oracle") << oracleUsers() << none << QStringLiteral("oracle_users.sql");
    QTest::newRow("keys") << keys() << none << QStringLiteral("keys.sql");
    QTest::newRow("indexes") << indexes() << none << QStringLiteral("indexes.sql");
    QTest::newRow("foreign keys") << foreignKeys() << none << QStringLiteral("foreign_keys.sql");
    QTest::newRow("checks") << checks() << none << QStringLiteral("checks.sql");
    QTest::newRow("defaults") << defaults() << none << QStringLiteral("defaults.sql");
    QTest::newRow("identifiers") << identifiers() << none << QStringLiteral("identifiers.sql");
    QTest::newRow("table options") << tableOptions() << none << QStringLiteral("table_options.sql");
    QTest::newRow("table options indented")
        << tableOptions() << twoSpaces << QStringLiteral("table_options_indented.sql");
    QTest::newRow("generated columns")
        << generatedColumns() << none << QStringLiteral("generated.sql");
    QTest::newRow("empty table") << emptyTable() << none << QStringLiteral("empty_table.sql");
    QTest::newRow("empty schema") << emptySchema() << none << QStringLiteral("empty_schema.sql");
    QTest::newRow("two schemas") << twoSchemas() << none << QStringLiteral("two_schemas.sql");
    QTest::newRow("seed guide") << seedSqlite() << none << QStringLiteral("seed_sqlite.sql");
    QTest::newRow("seed guide indented")
        << seedSqlite() << twoSpaces << QStringLiteral("seed_sqlite_indented.sql");
}

void TestSqlWriter::writesGoldenFile()
{
    QFETCH(Realm, realm);
    QFETCH(QString, indent);
    QFETCH(QString, golden);

    const QString actual = writeSchemaSql(realm, sqlite(), indent);
    const QString expected = readGolden(golden);
    showIfDifferent(actual, expected);
    QCOMPARE(actual, expected);
}

void TestSqlWriter::emptyRealmPrintsNothing()
{
    QCOMPARE(writeSchemaSql(Realm{}, sqlite()), QString());
}

void TestSqlWriter::recreatesModelInSqlite_data()
{
    QTest::addColumn<Realm>("realm");
    QTest::addColumn<QString>("indent");

    using namespace writermodels;
    QTest::newRow("atlas oracle") << oracleUsers() << QString();
    QTest::newRow("keys") << keys() << QString();
    QTest::newRow("indexes") << indexes() << QString();
    QTest::newRow("foreign keys") << foreignKeys() << QString();
    QTest::newRow("checks") << checks() << QString();
    QTest::newRow("defaults") << defaults() << QString();
    QTest::newRow("identifiers") << identifiers() << QString();
    QTest::newRow("table options") << tableOptions() << QStringLiteral("  ");
    QTest::newRow("generated columns") << generatedColumns() << QString();
    QTest::newRow("two schemas") << twoSchemas() << QString();
    QTest::newRow("seed guide") << seedSqlite() << QStringLiteral("  ");
}

void TestSqlWriter::recreatesModelInSqlite()
{
    QFETCH(Realm, realm);
    QFETCH(QString, indent);

    ScratchDatabase db(realm);
    for (const QString &statement : statements(writeSchemaSql(realm, sqlite(), indent))) {
        const QString error = db.run(statement);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    for (const Schema &schema : realm.schemas) {
        for (const Table &table : schema.tables) {
            QStringList expectedColumns;
            for (const Column &column : table.columns) {
                expectedColumns.append(column.name + QLatin1Char('|') +
                                       QString::number(column.nullable ? 0 : 1));
            }
            QCOMPARE(
                db.rows(QStringLiteral("SELECT name, \"notnull\" FROM pragma_table_xinfo(?, ?)"),
                        table.name, schema.name),
                expectedColumns);

            const QStringList indexes =
                db.rows(QStringLiteral("SELECT name, \"unique\" FROM pragma_index_list(?, ?)"),
                        table.name, schema.name);
            for (const Index &index : table.indexes) {
                const QString expected =
                    index.name + QLatin1Char('|') + QString::number(index.unique ? 1 : 0);
                QVERIFY2(indexes.contains(expected),
                         qPrintable(expected + QLatin1String(" not in ") +
                                    indexes.join(QLatin1String(", "))));
                QStringList expectedParts;
                for (const IndexPart &part : index.parts) {
                    expectedParts.append(
                        (part.isExpression() ? QStringLiteral("<expr>") : part.column) +
                        QLatin1Char('|') + QString::number(part.descending));
                }
                QCOMPARE(db.rows(QStringLiteral("SELECT coalesce(name, '<expr>'), desc "
                                                "FROM pragma_index_xinfo(?, ?) WHERE key = 1"),
                                 index.name, schema.name),
                         expectedParts);
            }
            const QStringList foreignKeys =
                db.rows(QStringLiteral("SELECT DISTINCT id FROM pragma_foreign_key_list(?, ?)"),
                        table.name, schema.name);
            QCOMPARE(foreignKeys.size(), table.foreignKeys.size());
        }
    }
}

void TestSqlWriter::quotesForSqlite_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("users") << QStringLiteral("`users`");
    QTest::newRow("backtick") << QStringLiteral("a`b") << QStringLiteral("`a``b`");
    QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("`a\"b`");
    QTest::newRow("space") << QStringLiteral("my table") << QStringLiteral("`my table`");
}

void TestSqlWriter::quotesForSqlite()
{
    QFETCH(QString, identifier);
    QFETCH(QString, expected);

    QCOMPARE(sqlite().quoteIdentifier(identifier), expected);
    QCOMPARE(sqlite().quoteString(QStringLiteral("it's")), QStringLiteral("'it''s'"));
}

void TestSqlWriter::spellsSqliteDefaults_data()
{
    QTest::addColumn<bool>("literal");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number") << true << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("negative") << true << QStringLiteral("-1.5") << QStringLiteral("-1.5");
    QTest::newRow("quoted") << true << QStringLiteral("'a''b'") << QStringLiteral("'a''b'");
    QTest::newRow("unquoted literal")
        << true << QStringLiteral("it's here") << QStringLiteral("'it''s here'");
    QTest::newRow("keyword") << false << QStringLiteral("CURRENT_TIMESTAMP")
                             << QStringLiteral("CURRENT_TIMESTAMP");
    QTest::newRow("function") << false << QStringLiteral("lower('x')")
                              << QStringLiteral("(lower('x'))");
    QTest::newRow("already parenthesized")
        << false << QStringLiteral("(1 + 1)") << QStringLiteral("(1 + 1)");
    QTest::newRow("two groups") << false << QStringLiteral("(1) + (2)")
                                << QStringLiteral("((1) + (2))");
    QTest::newRow("paren in string")
        << false << QStringLiteral("(')') || x") << QStringLiteral("((')') || x)");
}

void TestSqlWriter::spellsSqliteDefaults()
{
    QFETCH(bool, literal);
    QFETCH(QString, sql);
    QFETCH(QString, expected);

    const ColumnDefault value{
        literal ? ColumnDefault::Kind::Literal : ColumnDefault::Kind::Expression, sql};
    QCOMPARE(sqlite().defaultValueSql(value), expected);
}

QTEST_GUILESS_MAIN(TestSqlWriter)
#include "tst_sqlwriter.moc"
