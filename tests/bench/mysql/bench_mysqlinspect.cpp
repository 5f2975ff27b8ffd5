// Times Strata's MySQL/MariaDB inspection against `mariadb-dump --no-data` on the same large
// database in the same run, and prints the figures.
//
// Usage: bench_mysqlinspect [URL] [TABLES]
//   URL     server URL (default $STRATA_TEST_MYSQL_URL), e.g. mysql://app:app@127.0.0.1:33306/app
//   TABLES  default 2000: 10 columns, one foreign key and one secondary index per table.
// The database `strata_bench_<TABLES>` is created once and reused by later runs.

#include "db/mysql/mysqlconnection.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace strata;

namespace {

constexpr int kRuns = 3;

QString createTableSql(int t)
{
    // Table 0 references itself, so every table has exactly one foreign key.
    const int parent = t > 0 ? (t - 1) / 2 : 0;
    return QStringLiteral("CREATE TABLE `table_%1` (\n"
                          "  `id` int NOT NULL AUTO_INCREMENT,\n"
                          "  `name` varchar(255) NOT NULL,\n"
                          "  `email` varchar(191) DEFAULT NULL,\n"
                          "  `amount` decimal(10,2) NOT NULL DEFAULT 0,\n"
                          "  `ratio` double DEFAULT 1.5,\n"
                          "  `active` tinyint(1) NOT NULL DEFAULT 1,\n"
                          "  `note` text,\n"
                          "  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                          "  `updated_at` timestamp NULL DEFAULT NULL,\n"
                          "  `parent_id` int DEFAULT NULL,\n"
                          "  PRIMARY KEY (`id`),\n"
                          "  UNIQUE KEY `table_%1_email` (`email`),\n"
                          "  CONSTRAINT `table_%1_parent` FOREIGN KEY (`parent_id`) REFERENCES "
                          "`table_%2` (`id`) ON DELETE CASCADE\n"
                          ")")
        .arg(t)
        .arg(parent);
}

int countTables(MysqlConnection &server, const QString &database)
{
    int count = -1;
    const Status status = server.query(
        QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '%1'")
            .arg(database),
        [&count](const MysqlRow &row) { count = int(row.number(0, -1)); });
    return status ? count : -1;
}

bool prepare(MysqlConnection &server, const QString &database, int tables)
{
    if (countTables(server, database) == tables) {
        std::printf("reusing database %s (%d tables)\n", qPrintable(database), tables);
        return true;
    }
    std::printf("creating database %s with %d tables...\n", qPrintable(database), tables);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    QStringList statements{QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"),
                           QLatin1String("DROP DATABASE IF EXISTS `") + database + QLatin1Char('`'),
                           QLatin1String("CREATE DATABASE `") + database + QLatin1Char('`'),
                           QLatin1String("USE `") + database + QLatin1Char('`')};
    for (const QString &statement : statements) {
        if (const Status status = server.execute(statement); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            return false;
        }
    }
    for (int t = 0; t < tables; ++t) {
        if (const Status status = server.execute(createTableSql(t)); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            return false;
        }
    }
    server.execute(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    std::printf("created in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

double medianMs(const std::function<bool()> &run)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString urlText =
        args.size() > 1 ? args.at(1) : qEnvironmentVariable("STRATA_TEST_MYSQL_URL");
    const int tables = args.size() > 2 ? args.at(2).toInt() : 2000;
    if (urlText.isEmpty() || tables <= 0) {
        std::fprintf(stderr, "usage: bench_mysqlinspect URL [TABLES] (or set "
                             "STRATA_TEST_MYSQL_URL)\n");
        return 2;
    }
    const QString database = QStringLiteral("strata_bench_%1").arg(tables);
    QUrl url(urlText);
    url.setPath(QString());
    const auto serverUrl = DatabaseUrl::parse(url.toString());
    url.setPath(QLatin1Char('/') + database);
    const auto databaseUrl = DatabaseUrl::parse(url.toString());
    if (!serverUrl || !databaseUrl) {
        std::fprintf(stderr, "bad URL\n");
        return 2;
    }
    auto server = MysqlConnection::open(serverUrl.value());
    if (!server) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error().message));
        return 1;
    }
    std::printf("server: %s\n", qPrintable(server.value()->version().displayName()));
    if (!prepare(*server.value(), database, tables))
        return 1;

    Realm realm;
    int queries = 0;
    const double inspectMs = medianMs([&] {
        auto connection = MysqlConnection::open(databaseUrl.value());
        if (!connection)
            return false;
        auto inspected = connection.value()->inspect(TaskControl());
        if (!inspected) {
            std::fprintf(stderr, "%s\n", qPrintable(inspected.error().message));
            return false;
        }
        queries = connection.value()->statementCount();
        realm = std::move(inspected.value());
        return true;
    });
    int columns = 0, foreignKeys = 0, indexes = 0;
    for (const Schema &schema : realm.schemas) {
        for (const Table &table : schema.tables) {
            columns += int(table.columns.size());
            foreignKeys += int(table.foreignKeys.size());
            indexes += int(table.indexes.size());
        }
    }
    const Dialect *dialect = dialectByName(server.value()->dialectName());
    qsizetype hclSize = 0;
    const double hclMs = medianMs([&] {
        hclSize = writeAtlasHcl(realm, *dialect).size();
        return true;
    });

    QString dump = QStandardPaths::findExecutable(QStringLiteral("mariadb-dump"));
    if (dump.isEmpty())
        dump = QStandardPaths::findExecutable(QStringLiteral("mysqldump"));
    qint64 dumpBytes = 0;
    const double dumpMs = dump.isEmpty() ? -1 : medianMs([&] {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The password goes through the environment, never the command line (ps shows it).
        environment.insert(QStringLiteral("MYSQL_PWD"), serverUrl->password());
        process.setProcessEnvironment(environment);
        process.start(dump, {QStringLiteral("--no-defaults"), QStringLiteral("--no-data"),
                             QStringLiteral("--protocol=TCP"),
                             QStringLiteral("--host=") + serverUrl->host(),
                             QStringLiteral("--port=") + QString::number(serverUrl->port(3306)),
                             QStringLiteral("--user=") + serverUrl->user(), database});
        if (!process.waitForStarted())
            return false;
        dumpBytes = 0;
        while (process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(1000);
            dumpBytes += process.readAllStandardOutput().size();
        }
        dumpBytes += process.readAllStandardOutput().size();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    });

    std::printf("inspected %d tables, %d columns, %d foreign keys, %d indexes in %d queries\n",
                realm.tableCount(), columns, foreignKeys, indexes, queries);
    std::printf("strata inspect:          %8.1f ms (median of %d, connect included)\n", inspectMs,
                kRuns);
    std::printf("strata HCL write:        %8.1f ms (%lld bytes)\n", hclMs, qlonglong(hclSize));
    if (dumpMs < 0) {
        std::printf("mariadb-dump --no-data:  not available\n");
    } else {
        std::printf("mariadb-dump --no-data:  %8.1f ms (median of %d, %lld bytes)\n", dumpMs, kRuns,
                    qlonglong(dumpBytes));
        std::printf("speed-up: %.1fx (target >= 2x)\n", dumpMs / inspectMs);
    }
    return 0;
}
