// Times SQLite inspection and DDL loading on a large generated schema and prints the figures.
//
// Usage: bench_sqliteinspect [TABLES]   (default 2000 tables, ~10 columns and ~1 FK each)

#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqliteddlloader.h"
#include "db/sqlite/sqliteinspector.h"

#include "db/sqlite/sqlitedialect.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace strata;

namespace {

constexpr int kRuns = 5;

/// A schema shaped like a large ORM model: typed columns, defaults, indexes, checks, and a foreign
/// key from each table to an earlier one.
QString generateDdl(int tables)
{
    QString sql;
    QTextStream out(&sql);
    for (int t = 0; t < tables; ++t) {
        out << "CREATE TABLE \"table_" << t << "\" (\n"
            << "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
            << "  name VARCHAR(255) NOT NULL,\n"
            << "  email TEXT UNIQUE,\n"
            << "  amount NUMERIC(10, 2) DEFAULT 0,\n"
            << "  ratio REAL DEFAULT 1.5,\n"
            << "  active BOOLEAN NOT NULL DEFAULT true,\n"
            << "  note TEXT DEFAULT 'none',\n"
            << "  created_at DATETIME DEFAULT CURRENT_TIMESTAMP,\n"
            << "  updated_at DATETIME,\n"
            << "  parent_id INTEGER" << (t > 0 ? " REFERENCES \"table_" : "");
        if (t > 0)
            out << (t - 1) / 2 << "\" (id) ON DELETE CASCADE";
        out << ",\n  CONSTRAINT amount_positive_" << t << " CHECK (amount >= 0)\n);\n"
            << "CREATE INDEX \"table_" << t << "_name\" ON \"table_" << t
            << "\" (name, created_at DESC);\n";
    }
    return sql;
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
    return times[kRuns / 2];
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_sqliteinspect: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int tables = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a temporary directory"));
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const QString ddl = generateDdl(tables);

    QElapsedTimer timer;
    timer.start();
    sqlite3 *raw = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &raw);
    const QByteArray script = QByteArray("BEGIN;\n") + ddl.toUtf8() + QByteArray("COMMIT;\n");
    if (sqlite3_exec(raw, script.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(raw)));
    sqlite3_close(raw);
    std::printf("generate %d tables (file, %.1f MB DDL): %.1f ms\n", tables,
                double(ddl.toUtf8().size()) / 1e6, double(timer.nsecsElapsed()) / 1e6);

    const auto url = DatabaseUrl::parse(QLatin1String("sqlite://") + path);
    auto connection = SqliteConnection::open(*url);
    if (!connection)
        fail(connection.error().message);

    Schema schema;
    const double inspectMs = medianMs([&] {
        Expected<Schema> result =
            inspectSqliteSchema((*connection)->database(), QStringLiteral("main"), TaskControl());
        if (!result)
            fail(result.error().message);
        schema = std::move(result).value();
        return true;
    });
    qsizetype columns = 0;
    qsizetype foreignKeys = 0;
    qsizetype indexes = 0;
    for (const Table &table : schema.tables) {
        columns += table.columns.size();
        foreignKeys += table.foreignKeys.size();
        indexes += table.indexes.size();
    }
    std::printf("inspect %d tables: %.1f ms (median of %d)\n", tables, inspectMs, kRuns);
    std::printf("  found %lld tables, %lld columns, %lld foreign keys, %lld indexes\n",
                static_cast<long long>(schema.tables.size()), static_cast<long long>(columns),
                static_cast<long long>(foreignKeys), static_cast<long long>(indexes));
    std::printf("  peak RSS after inspect: %.1f MB\n", double(peakRssKb()) / 1024.0);

    Realm realm;
    realm.schemas.append(schema);
    const SqliteDialect dialect;
    qsizetype hclBytes = 0;
    const double hclMs = medianMs([&] {
        hclBytes = writeAtlasHcl(realm, dialect).size();
        return hclBytes > 0;
    });
    std::printf("write Atlas HCL: %.1f ms (median of %d, %.1f MB of text)\n", hclMs, kRuns,
                double(hclBytes) / 1e6);
    const double sqlMs = medianMs([&] { return !writeSchemaSql(realm, dialect).isEmpty(); });
    std::printf("write SQL: %.1f ms (median of %d)\n", sqlMs, kRuns);
    std::printf("inspect + HCL: %.1f ms (target < 300 ms)\n", inspectMs + hclMs);
    std::printf("  peak RSS after writing: %.1f MB (target < 100 MB)\n",
                double(peakRssKb()) / 1024.0);

    const double loadMs = medianMs([&] {
        const Expected<Realm> realm =
            loadSqliteDdl(ddl, QStringLiteral("bench.sql"), TaskControl());
        if (!realm)
            fail(realm.error().message);
        return realm->tableCount() == tables;
    });
    std::printf("loadSqliteDdl %d tables: %.1f ms (median of %d)\n", tables, loadMs, kRuns);
    std::printf("peak RSS: %.1f MB\n", double(peakRssKb()) / 1024.0);
    return 0;
}
