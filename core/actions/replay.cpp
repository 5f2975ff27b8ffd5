#include "replay.h"

#include "dialect/dialect.h"
#include "migrate/statementsplitter.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class ReplayTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::Replay)
};

} // namespace

Expected<ReplayResult> replayMigrations(const QList<MigrationFile> &files,
                                        const DatabaseUrl &devUrl, const TaskControl &control,
                                        const QString &upToVersion)
{
    const Database *database = databaseForUrl(devUrl);
    if (!database) {
        return Error{ReplayTr::tr("Cannot replay migrations on %1: give a database URL as the "
                                  "dev database (--dev-url).")
                         .arg(devUrl.toString())};
    }
    ReplayResult result;
    result.database = DatabaseChoice{database, database->name()};
    const SplitRules rules = result.database.dialect().statementSplitRules();
    auto session = database->openDevSession(devUrl, control);
    if (!session)
        return session.error();

    QList<const MigrationFile *> toRun;
    for (const MigrationFile &file : files) {
        if (!upToVersion.isEmpty() && migrationNameLess(upToVersion, file.version()))
            break;
        toRun.append(&file);
    }
    for (qsizetype i = 0; i < toRun.size(); ++i) {
        const MigrationFile &file = *toRun.at(i);
        if (control.isCancelled())
            return Error::cancellation();
        control.report(ReplayTr::tr("Replaying %1").arg(file.name), int(i), int(toRun.size()));
        SplitFailure failure;
        auto statements = splitStatements(file.bytes, rules, &failure);
        if (!statements)
            return Error{file.name + QLatin1Char(':') + statements.error().message};
        for (const MigrationStatement &statement : statements.value()) {
            if (Status ran = session.value()->execute(statement.text, control); !ran) {
                if (ran.error().cancelled)
                    return ran.error();
                return Error{ReplayTr::tr("%1:%2: executing statement: %3")
                                 .arg(file.name)
                                 .arg(statement.line)
                                 .arg(ran.error().message)};
            }
        }
        ++result.filesRun;
    }
    control.report(ReplayTr::tr("Inspecting the replayed schema"));
    auto realm = session.value()->inspect(control);
    if (!realm)
        return realm.error();
    result.realm = std::move(realm.value());
    return result;
}

} // namespace strata
