// Diff and migration figures on the peers' inputs (tests/bench/inputs, copies of
// ../shared/bench): in-process diff + plan of the 2,000-table base/modified pair for each
// database; `strata schema diff` of the PostgreSQL pair end to end against apgdiff in the same
// run; replay of a migration directory on the in-memory SQLite dev database at 250, 500 and
// 1,000 files (the growth shows whether it is linear).
//
// Usage: bench_diff [--tables N] [--files N]

#include "actions/replay.h"
#include "db/registry.h"
#include "diff/differ.h"
#include "migrate/migrationdir.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace strata;

namespace {

double medianMs(int runs, const std::function<void()> &run)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool runProcess(const QString &program, const QStringList &arguments, const QString &directory,
                QByteArray *out = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Realm loadWithoutDev(const DatabaseChoice &choice, const QString &path)
{
    DdlSource source;
    source.text = readText(path);
    source.sourceName = QFileInfo(path).fileName();
    source.flavour = choice.flavour;
    auto loaded = choice.database->loadDdl(source, TaskControl());
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return loaded->realm;
}

void benchDiffPlan(const QString &dir, int tables)
{
    std::printf("diff + plan of the %d-table base/modified pair, in process (median of 5):\n",
                tables);
    for (const char *alias : {"sqlite", "mysql", "postgres"}) {
        const auto choice = databaseByAlias(QLatin1String(alias));
        const Realm base = loadWithoutDev(
            choice.value(), dir + QStringLiteral("/base.%1.sql").arg(QLatin1String(alias)));
        const Realm modified = loadWithoutDev(
            choice.value(), dir + QStringLiteral("/modified.%1.sql").arg(QLatin1String(alias)));
        const Planner *planner = choice->database->planner(choice->flavour);
        int changes = 0;
        int statements = 0;
        const double diffMs = medianMs(5, [&] {
            auto diff = diffRealms(base, modified, choice->dialect());
            changes = int(diff->changes.size());
        });
        const double totalMs = medianMs(5, [&] {
            auto diff = diffRealms(base, modified, choice->dialect());
            auto plan = planner->plan(diff.value(), PlanOptions{});
            if (!plan)
                qFatal("%s", qPrintable(plan.error().message));
            statements = int(plan->statements.size());
        });
        std::printf("  %-8s %7.1f ms diff, %7.1f ms diff+plan (%d changes, %d statements)\n", alias,
                    diffMs, totalMs, changes, statements);
    }
}

void benchSchemaDiffVsApgdiff(const QString &dir)
{
    const QString apgdiff = QStandardPaths::findExecutable(QStringLiteral("apgdiff"));
    std::printf("\nschema diff of base/modified.postgres.sql end to end (median of 3):\n");
    QByteArray out;
    const double strataMs = medianMs(3, [&] {
        runProcess(QStringLiteral(STRATA_BINARY),
                   {QStringLiteral("schema"), QStringLiteral("diff"), QStringLiteral("--from"),
                    QStringLiteral("file://base.postgres.sql"), QStringLiteral("--to"),
                    QStringLiteral("file://modified.postgres.sql"), QStringLiteral("--dialect"),
                    QStringLiteral("postgres")},
                   dir, &out);
    });
    std::printf("  strata schema diff --dialect postgres  %8.1f ms (%lld bytes of SQL)\n", strataMs,
                qlonglong(out.size()));
    if (apgdiff.isEmpty()) {
        std::printf("  apgdiff not installed (apt install apgdiff): no ratio\n");
        return;
    }
    const double peerMs = medianMs(3, [&] {
        runProcess(apgdiff,
                   {QStringLiteral("base.postgres.sql"), QStringLiteral("modified.postgres.sql")},
                   dir, &out);
    });
    std::printf("  apgdiff                                 %8.1f ms (%lld bytes of SQL)\n", peerMs,
                qlonglong(out.size()));
    std::printf("  ratio strata / apgdiff: %.2f (target <= 0.3)\n", strataMs / peerMs);
}

/// The generator writes PostgreSQL and MySQL files; SQLite takes the PostgreSQL ones with
/// its own primary-key spelling.
QList<MigrationFile> sqliteMigrations(const QString &dir, int count)
{
    QStringList names = QDir(dir + QStringLiteral("/postgres"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<MigrationFile> files;
    for (const QString &name : names.mid(0, count)) {
        QString text = readText(dir + QStringLiteral("/postgres/") + name);
        text.replace(QStringLiteral("bigserial PRIMARY KEY"),
                     QStringLiteral("integer PRIMARY KEY AUTOINCREMENT"));
        files.append(MigrationFile{name, text.toUtf8()});
    }
    return files;
}

void benchReplay(const QString &dir, int maxFiles)
{
    std::printf("\nreplay on sqlite://dev?mode=memory (10 statements per file, median of 3):\n");
    const auto devUrl = DatabaseUrl::parse(QStringLiteral("sqlite://dev?mode=memory"));
    double previous = 0;
    for (int count : {maxFiles / 4, maxFiles / 2, maxFiles}) {
        const QList<MigrationFile> files = sqliteMigrations(dir, count);
        int tables = 0;
        const double ms = medianMs(3, [&] {
            auto replayed = replayMigrations(files, devUrl.value(), TaskControl());
            if (!replayed)
                qFatal("%s", qPrintable(replayed.error().message));
            tables = replayed->realm.tableCount();
        });
        std::printf(
            "  %5d files: %8.1f ms (%d tables)%s\n", count, ms, tables,
            previous > 0
                ? qPrintable(QStringLiteral(", x%1 for x2 files").arg(ms / previous, 0, 'f', 2))
                : "");
        previous = ms;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int tables = 2000;
    int files = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--tables"))
            tables = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--files"))
            files = args.at(i + 1).toInt();
    }
    QTemporaryDir work;
    const QString inputs = QStringLiteral(STRATA_BENCH_INPUTS);
    if (!runProcess(QStringLiteral("python3"),
                    {inputs + QStringLiteral("/gen_schema.py"), QStringLiteral("--tables"),
                     QString::number(tables), QStringLiteral("--out"), work.path()},
                    work.path()) ||
        !runProcess(QStringLiteral("python3"),
                    {inputs + QStringLiteral("/gen_migrations.py"), QStringLiteral("--files"),
                     QString::number(files), QStringLiteral("--out"),
                     work.filePath(QStringLiteral("migrations"))},
                    work.path()))
        return 1;
    benchDiffPlan(work.path(), tables);
    benchSchemaDiffVsApgdiff(work.path());
    benchReplay(work.filePath(QStringLiteral("migrations")), files);
    return 0;
}
