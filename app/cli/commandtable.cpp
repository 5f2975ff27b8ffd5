#include "commandtable.h"

#include "migratediffcommand.h"
#include "migratehashcommand.h"
#include "migratenewcommand.h"
#include "migratevalidatecommand.h"
#include "schemadiffcommand.h"
#include "schemainspectcommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata::cli {

QString Command::summary() const
{
    return QCoreApplication::translate("strata::cli::Commands", summarySource);
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {{QStringLiteral("schema"), QStringLiteral("inspect")},
         QT_TRANSLATE_NOOP("strata::cli::Commands",
                           "Inspect a database and print its schema in Atlas DDL syntax."),
         &schemaInspectUsage,
         &runSchemaInspect},
        {{QStringLiteral("schema"), QStringLiteral("diff")},
         QT_TRANSLATE_NOOP("strata::cli::Commands",
                           "Calculate and print the diff between two schemas."),
         &schemaDiffUsage,
         &runSchemaDiff},
        {{QStringLiteral("migrate"), QStringLiteral("diff")},
         QT_TRANSLATE_NOOP("strata::cli::Commands",
                           "Compute the diff between the migration directory and a desired state "
                           "and create a new migration file."),
         &migrateDiffUsage,
         &runMigrateDiff},
        {{QStringLiteral("migrate"), QStringLiteral("hash")},
         QT_TRANSLATE_NOOP("strata::cli::Commands",
                           "Hash (re-)creates an integrity hash file for the migration directory."),
         &migrateHashUsage,
         &runMigrateHash},
        {{QStringLiteral("migrate"), QStringLiteral("new")},
         QT_TRANSLATE_NOOP("strata::cli::Commands",
                           "Creates a new empty migration file in the migration directory."),
         &migrateNewUsage,
         &runMigrateNew},
        {{QStringLiteral("migrate"), QStringLiteral("validate")},
         QT_TRANSLATE_NOOP("strata::cli::Commands",
                           "Validates the migration directories checksum and SQL statements."),
         &migrateValidateUsage,
         &runMigrateValidate},
    };
    return table;
}

const Command *findCommand(const QStringList &arguments, qsizetype *wordCount)
{
    const Command *best = nullptr;
    for (const Command &command : commands()) {
        const qsizetype size = command.words.size();
        if (arguments.size() >= size && arguments.mid(0, size) == command.words &&
            (!best || size > best->words.size()))
            best = &command;
    }
    if (best && wordCount)
        *wordCount = best->words.size();
    return best;
}

QList<const Command *> commandsUnder(const QString &group)
{
    QList<const Command *> found;
    for (const Command &command : commands()) {
        if (command.words.size() > 1 && command.words.constFirst() == group)
            found.append(&command);
    }
    // cobra lists subcommands by name.
    std::sort(found.begin(), found.end(), [](const Command *a, const Command *b) {
        return a->words.constLast() < b->words.constLast();
    });
    return found;
}

QString groupUsage(const QString &group)
{
    const QList<const Command *> members = commandsUnder(group);
    // cobra pads command names to at least 11 characters, then one space.
    qsizetype width = 11;
    for (const Command *command : members)
        width = qMax(width, command->words.constLast().size());
    QString text =
        QCoreApplication::translate("strata::cli::Commands", "Usage:\n  strata %1 [command]\n\n"
                                                             "Available Commands:\n")
            .arg(group);
    for (const Command *command : members) {
        text += QLatin1String("  ") + command->words.constLast().leftJustified(width) +
                QLatin1Char(' ') + command->summary() + QLatin1Char('\n');
    }
    text += QCoreApplication::translate("strata::cli::Commands",
                                        "\nUse \"strata %1 [command] --help\" for more "
                                        "information about a command.\n")
                .arg(group);
    return text;
}

} // namespace strata::cli
