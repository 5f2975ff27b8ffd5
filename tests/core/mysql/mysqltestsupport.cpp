#include "mysqltestsupport.h"

#include "db/mysql/mysqlquoting.h"
#include "db/mysql/mysqlstatementsplitter.h"

#include <QDebug>
#include <QFile>
#include <QUrl>

namespace strata::test {

QString mysqlServerUrlText()
{
    return qEnvironmentVariable("STRATA_TEST_MYSQL_URL").trimmed();
}

QString missingMysqlServerReason()
{
    return QStringLiteral("STRATA_TEST_MYSQL_URL is not set: start a server with "
                          "packaging/testservers/start-all.sh (eval its output) or export "
                          "STRATA_TEST_MYSQL_URL=<the URL it prints>");
}

DatabaseUrl mysqlUrl(const QString &database)
{
    QUrl url(mysqlServerUrlText());
    url.setPath(database.isEmpty() ? QString() : QLatin1Char('/') + database);
    auto parsed = DatabaseUrl::parse(url.toString());
    if (!parsed) {
        qWarning().noquote() << parsed.error().message;
        return DatabaseUrl();
    }
    return parsed.value();
}

std::unique_ptr<MysqlConnection> connectToMysqlServer()
{
    auto connection = MysqlConnection::open(mysqlUrl(QString()));
    if (!connection) {
        qWarning().noquote() << connection.error().message;
        return nullptr;
    }
    return std::move(connection.value());
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool recreateDatabaseWithScript(MysqlConnection &connection, const QString &database,
                                const QString &script, QString *error)
{
    const QString name = QLatin1Char('`') + database + QLatin1Char('`');
    // Other test databases may reference this one (realm tests); drop it regardless.
    QStringList statements{QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"),
                           QLatin1String("DROP DATABASE IF EXISTS ") + name,
                           QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"),
                           QLatin1String("CREATE DATABASE ") + name, QLatin1String("USE ") + name};
    for (const MysqlStatement &statement : splitMysqlStatements(script))
        statements.append(statement.text);
    for (const QString &statement : statements) {
        if (const Status status = connection.execute(statement); !status) {
            *error = status.error().message;
            return false;
        }
    }
    return true;
}

QStringList schemasWithPrefix(MysqlConnection &connection, const QString &prefix)
{
    QStringList names;
    const Status status = connection.query(
        QLatin1String("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME "
                      "LIKE '") +
            QString(prefix).replace(QLatin1Char('_'), QLatin1String("\\_")) + QLatin1String("%'"),
        [&names](const MysqlRow &row) { names.append(row.text(0)); });
    if (!status)
        qWarning().noquote() << status.error().message;
    return names;
}

QMap<QString, QString> showCreateTables(MysqlConnection &connection, const QString &database)
{
    QStringList tables;
    Status status = connection.query(
        QLatin1String("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '") +
            database + QLatin1String("' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"),
        [&tables](const MysqlRow &row) { tables.append(row.text(0)); });
    QMap<QString, QString> texts;
    for (const QString &table : tables) {
        if (status) {
            status = connection.query(
                QLatin1String("SHOW CREATE TABLE ") + mysqlQuotedIdentifier(database) +
                    QLatin1Char('.') + mysqlQuotedIdentifier(table),
                [&texts, &table](const MysqlRow &row) { texts.insert(table, row.text(1)); });
        }
    }
    if (!status)
        qWarning().noquote() << status.error().message;
    return texts;
}

QString withSortedDefinitions(const QString &showCreateTable)
{
    QStringList lines = showCreateTable.split(QLatin1Char('\n'));
    if (lines.size() < 3)
        return showCreateTable;
    QStringList body = lines.mid(1, lines.size() - 2);
    for (QString &line : body) {
        if (line.endsWith(QLatin1Char(',')))
            line.chop(1);
    }
    body.sort();
    return QStringList{lines.front(), body.join(QLatin1Char('\n')), lines.back()}.join(
        QLatin1Char('\n'));
}

bool matchesGolden(const QString &actual, const QString &goldenPath, QString *expected)
{
    if (qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") == 1) {
        QFile file(goldenPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(actual.toUtf8());
    }
    *expected = readText(goldenPath);
    if (actual != *expected)
        qWarning().noquote() << "actual output:\n" << actual;
    return actual == *expected;
}

} // namespace strata::test
