// Times Strata's PostgreSQL inspection against `pg_dump --schema-only` on the same generated
// database in the same run, and prints the figures.
//
// Usage: bench_postgresinspect [URL] [TABLES]
//   URL defaults to $STRATA_TEST_POSTGRES_URL; its user needs CREATEDB. TABLES defaults to 2000
//   (10 columns and 1 foreign key each). The database strata_bench_inspect is created on the
//   server and dropped afterwards. pg_dump comes from PATH or /usr/lib/postgresql/*/bin.

#include "db/postgres/postgresconnection.h"
#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace strata;

namespace {

constexpr int kRuns = 3;
const QString kDatabase = QStringLiteral("strata_bench_inspect");

/// Each table: a serial key, a foreign key to the previous table, eight typed columns. One
/// script per 100 tables: a single transaction over 2,000 tables runs out of lock slots.
QStringList generateDdl(int tables)
{
    QStringList scripts;
    QString sql;
    QTextStream out(&sql);
    for (int t = 0; t < tables; ++t) {
        if (t % 100 == 0 && t > 0) {
            out.flush();
            scripts.append(sql);
            sql.clear();
        }
        out << "CREATE TABLE t" << t << " (\n"
            << "  id serial PRIMARY KEY,\n"
            << "  parent_id integer";
        if (t > 0)
            out << " REFERENCES t" << (t - 1) << " (id) ON DELETE CASCADE";
        out << ",\n"
            << "  name character varying(255) NOT NULL,\n"
            << "  email text,\n"
            << "  active boolean NOT NULL DEFAULT true,\n"
            << "  score numeric(10,2) DEFAULT 0,\n"
            << "  created_at timestamptz NOT NULL DEFAULT now(),\n"
            << "  payload jsonb,\n"
            << "  amount bigint,\n"
            << "  note text COLLATE \"C\"\n"
            << ");\n";
    }
    // The first table gets its key too: 2,000 tables, 2,000 foreign keys.
    out << "ALTER TABLE t0 ADD FOREIGN KEY (parent_id) REFERENCES t" << (tables - 1) << " (id);\n";
    out.flush();
    scripts.append(sql);
    return scripts;
}

DatabaseUrl withDatabase(const DatabaseUrl &url, const QString &database)
{
    QUrl edited(url.toString(false));
    edited.setPath(QLatin1Char('/') + database);
    return DatabaseUrl::parse(edited.toString()).value();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double timeMs(const std::function<bool()> &run, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    *ok = run() && *ok;
    return double(timer.nsecsElapsed()) / 1e6;
}

QString findPgDump()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (!path.isEmpty())
        return path;
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString candidate =
            QLatin1String("/usr/lib/postgresql/") + *it + QLatin1String("/bin/pg_dump");
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

/// pg_dump gets the credentials through its environment, never on the command line.
bool runPgDump(const QString &program, const DatabaseUrl &url)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), url.host());
    env.insert(QStringLiteral("PGPORT"), QString::number(url.port(5432)));
    env.insert(QStringLiteral("PGUSER"), url.user());
    env.insert(QStringLiteral("PGPASSWORD"), url.password());
    env.insert(QStringLiteral("PGDATABASE"), url.path());
    if (url.hasQueryItem(QStringLiteral("sslmode")))
        env.insert(QStringLiteral("PGSSLMODE"), url.queryValue(QStringLiteral("sslmode")));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, {QStringLiteral("--schema-only")});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(
            stderr, "pg_dump failed: %s\n",
            qPrintable(maskPasswordsIn(QString::fromUtf8(process.readAllStandardError()))));
        return false;
    }
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_postgresinspect: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString urlText =
        args.size() > 1 ? args.at(1) : qEnvironmentVariable("STRATA_TEST_POSTGRES_URL");
    const int tables = args.size() > 2 ? args.at(2).toInt() : 2000;
    if (urlText.isEmpty() || tables < 2)
        return fail(QStringLiteral(
            "usage: bench_postgresinspect [URL] [TABLES]; or set STRATA_TEST_POSTGRES_URL"));
    auto serverUrl = DatabaseUrl::parse(urlText);
    if (!serverUrl)
        return fail(serverUrl.error().message);
    const QString pgDump = findPgDump();
    if (pgDump.isEmpty())
        return fail(QStringLiteral("pg_dump not found (apt-get install postgresql-client)"));

    auto admin = PostgresConnection::open(serverUrl.value());
    if (!admin)
        return fail(admin.error().message);
    admin.value()->execute(QLatin1String("DROP DATABASE IF EXISTS ") + kDatabase +
                           QLatin1String(" WITH (FORCE)"));
    if (const Status created =
            admin.value()->execute(QLatin1String("CREATE DATABASE ") + kDatabase);
        !created)
        return fail(created.error().message);
    const DatabaseUrl benchUrl = withDatabase(serverUrl.value(), kDatabase);

    std::printf("server: %s, pg_dump: %s\n", qPrintable(admin.value()->serverVersion()),
                qPrintable(pgDump));
    bool ok = true;
    {
        auto connection = PostgresConnection::open(benchUrl);
        if (!connection)
            return fail(connection.error().message);
        const QStringList ddl = generateDdl(tables);
        qsizetype ddlSize = 0;
        for (const QString &script : ddl)
            ddlSize += script.size();
        Status created = Ok{};
        const double createMs = timeMs(
            [&] {
                for (const QString &script : ddl) {
                    created = connection.value()->execute(script);
                    if (!created)
                        return false;
                }
                return true;
            },
            &ok);
        if (!created)
            return fail(created.error().message);
        std::printf("create %d tables (%.1f MB DDL): %.0f ms\n", tables, double(ddlSize) / 1e6,
                    createMs);
        connection.value()->execute(QStringLiteral("ANALYZE"));
    }

    QList<double> strataMs;
    QList<double> hclMs;
    QMap<QString, QList<double>> stageMs;
    Realm realm;
    for (int run = 0; run < kRuns && ok; ++run) {
        strataMs.append(timeMs(
            [&] {
                auto connection = PostgresConnection::open(benchUrl);
                if (!connection)
                    return false;
                QElapsedTimer stageTimer;
                stageTimer.start();
                QString previous = QStringLiteral("connect");
                const TaskControl control([&](const QString &stage, int, int) {
                    stageMs[previous].append(double(stageTimer.nsecsElapsed()) / 1e6);
                    stageTimer.restart();
                    previous = stage;
                });
                auto inspected = connection.value()->inspect(control);
                stageMs[previous].append(double(stageTimer.nsecsElapsed()) / 1e6);
                if (!inspected)
                    std::fprintf(stderr, "%s\n", qPrintable(inspected.error().message));
                else
                    realm = std::move(inspected.value());
                return bool(inspected);
            },
            &ok));
        hclMs.append(timeMs(
            [&] {
                return !writeAtlasHcl(realm, *dialectByName(QStringLiteral("postgres"))).isEmpty();
            },
            &ok));
    }
    QList<double> dumpMs;
    for (int run = 0; run < kRuns && ok; ++run)
        dumpMs.append(timeMs([&] { return runPgDump(pgDump, benchUrl); }, &ok));

    // STRATA_BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE of the catalog queries.
    if (qEnvironmentVariableIntValue("STRATA_BENCH_KEEP") != 1) {
        admin.value()->execute(QLatin1String("DROP DATABASE IF EXISTS ") + kDatabase +
                               QLatin1String(" WITH (FORCE)"));
    }
    if (!ok)
        return fail(QStringLiteral("a run failed; figures are not comparable"));

    qsizetype columns = 0;
    qsizetype foreignKeys = 0;
    for (const Schema &schema : realm.schemas) {
        for (const Table &table : schema.tables) {
            columns += table.columns.size();
            foreignKeys += table.foreignKeys.size();
        }
    }
    const double strata = median(strataMs);
    const double dump = median(dumpMs);
    std::printf("found %d tables, %lld columns, %lld foreign keys\n", realm.tableCount(),
                qlonglong(columns), qlonglong(foreignKeys));
    std::printf("Strata connect + inspect (7 catalog queries): %.0f ms (median of %d)\n", strata,
                kRuns);
    for (auto it = stageMs.cbegin(); it != stageMs.cend(); ++it)
        std::printf("  %s: %.0f ms\n", qPrintable(it.key()), median(it.value()));
    std::printf("Strata write Atlas HCL: %.0f ms (median of %d)\n", median(hclMs), kRuns);
    std::printf("pg_dump --schema-only: %.0f ms (median of %d)\n", dump, kRuns);
    std::printf("Strata is %.1fx faster than pg_dump (target >= 2x)\n",
                strata > 0 ? dump / strata : 0.0);
    return 0;
}
