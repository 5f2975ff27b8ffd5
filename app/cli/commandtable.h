#pragma once

#include "clicontext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::cli {

/// One headless subcommand: its words (`schema inspect`), a one-line summary for the group
/// help, its own help text, and the function that runs it. Each lives in its own file; adding
/// `schema diff` or `migrate apply` adds one row to commands().
struct Command
{
    QStringList words;
    /// Untranslated (QT_TRANSLATE_NOOP in context strata::cli::Commands); see summary().
    const char *summarySource;
    QString (*usage)();
    int (*run)(const QStringList &arguments, CliContext &context);

    QString summary() const;
    QString name() const { return words.join(QLatin1Char(' ')); }
};

/// Every subcommand, in the order the help lists them.
const QList<Command> &commands();

/// The command whose words start `arguments`, and how many words it took; nullptr when none.
const Command *findCommand(const QStringList &arguments, qsizetype *wordCount);

/// The subcommands under `group` (`schema`), for `strata schema --help`.
QList<const Command *> commandsUnder(const QString &group);

/// The help Atlas's cobra prints for a command group: what it holds, and how to ask further.
QString groupUsage(const QString &group);

} // namespace strata::cli
