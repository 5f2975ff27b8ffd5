// Times Strata's PostgreSQL DDL parse (text to schema model) on a large generated schema against
// libpg_query's own parse of the same text, and prints the figures.
//
// Usage: bench_pgparse [TABLES] [--strata-only]
//   (default 2000 tables, 10 columns and 1 foreign key each; --strata-only skips the
//   libpg_query baselines, for profiling)

#include "db/postgres/parse/pgddlparser.h"
#include "db/postgres/parse/pgqueryparse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <pg_query.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace strata;

namespace {

constexpr int kRuns = 5;

/// A schema shaped like a large ORM model: typed columns, defaults, a unique column, a check,
/// an index, and a foreign key from each table to an earlier one.
QString generateDdl(int tables)
{
    QString sql;
    QTextStream out(&sql);
    out << "CREATE TYPE state AS ENUM ('new', 'active', 'archived');\n";
    for (int t = 0; t < tables; ++t) {
        out << "CREATE TABLE IF NOT EXISTS \"table_" << t << "\" (\n"
            << "  \"id\" SERIAL,\n"
            << "  \"name\" VARCHAR(255) NOT NULL,\n"
            << "  \"email\" VARCHAR(255) UNIQUE,\n"
            << "  \"amount\" DECIMAL(10,2) NOT NULL DEFAULT '0.00' CHECK (\"amount\" >= 0),\n"
            << "  \"ratio\" DOUBLE PRECISION DEFAULT '0.5',\n"
            << "  \"active\" BOOLEAN NOT NULL DEFAULT true,\n"
            << "  \"state\" state DEFAULT 'new',\n"
            << "  \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),\n"
            << "  \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL,\n"
            << "  \"parentId\" INTEGER";
        if (t > 0)
            out << " REFERENCES \"table_" << (t - 1) / 2 << "\" (\"id\") ON DELETE CASCADE";
        out << ",\n  PRIMARY KEY (\"id\")\n);\n"
            << "CREATE INDEX \"table_" << t << "_name\" ON \"table_" << t
            << "\" (\"name\", \"createdAt\" DESC);\n"
            << "COMMENT ON COLUMN \"table_" << t << "\".\"name\" IS 'The name';\n";
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
    return times.at(kRuns / 2);
}

void print(const char *what, double ms, qsizetype bytes)
{
    std::printf("%-44s %9.1f ms  %7.1f MB/s\n", what, ms, double(bytes) / 1e6 / (ms / 1e3));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int tables =
        argc > 1 && argv[1][0] != '-' ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const QString ddl = generateDdl(tables);
    const QByteArray utf8 = ddl.toUtf8();

    Realm realm;
    QStringList warnings;
    const double endToEnd = medianMs([&] {
        auto parsed = parsePostgresDdl(ddl, QStringLiteral("bench.sql"));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message));
            return false;
        }
        realm = std::move(parsed->realm);
        warnings = parsed->warnings;
        return true;
    });
    int columns = 0;
    int keys = 0;
    for (const Table &table : realm.schemas.front().tables) {
        columns += int(table.columns.size());
        keys += int(table.foreignKeys.size());
    }
    if (app.arguments().contains(QLatin1String("--strata-only"))) {
        print("Strata end to end (text -> schema model)", endToEnd, utf8.size());
        return 0;
    }
    const double rawJson = medianMs([&] { return pgQueryRawParse(utf8) > 0; });
    const double rawProtobuf = medianMs([&] {
        const PgQueryProtobufParseResult result = pg_query_parse_protobuf(utf8.constData());
        const bool ok = !result.error;
        pg_query_free_protobuf_parse_result(result);
        return ok;
    });
    const double rawStatements = medianMs([&] {
        const PgQuerySplitResult split = pg_query_split_with_scanner(utf8.constData());
        bool ok = !split.error;
        for (int i = 0; ok && i < split.n_stmts; ++i) {
            const QByteArray text(utf8.constData() + split.stmts[i]->stmt_location,
                                  split.stmts[i]->stmt_len);
            const PgQueryParseResult result = pg_query_parse(text.constData());
            ok = !result.error;
            pg_query_free_parse_result(result);
        }
        pg_query_free_split_result(split);
        return ok;
    });
    const double tree = medianMs([&] {
        return pgQueryStream(utf8, [](const PgQueryStatement &) { return true; }) ==
               PgQueryStreamEnd::Finished;
    });

    std::printf("PostgreSQL DDL: %d tables, %d columns, %d foreign keys, %.2f MB, %lld warnings "
                "(median of %d runs)\n",
                int(realm.schemas.front().tables.size()), columns, keys, double(utf8.size()) / 1e6,
                qlonglong(warnings.size()), kRuns);
    print("libpg_query raw parse to protobuf", rawProtobuf, utf8.size());
    print("libpg_query raw parse to JSON", rawJson, utf8.size());
    print("libpg_query split + per-statement JSON", rawStatements, utf8.size());
    print("  + JSON trees (Strata's reading)", tree, utf8.size());
    print("Strata end to end (text -> schema model)", endToEnd, utf8.size());
    std::printf("end to end speed relative to libpg_query: %.2fx of the whole-script JSON parse, "
                "%.2fx of the protobuf parse, %.2fx of the per-statement JSON parse\n",
                rawJson / endToEnd, rawProtobuf / endToEnd, rawStatements / endToEnd);
    return 0;
}
