#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

/// A match of Atlas's directive pattern `^([ -~]*)atlas:(\w+)(?: +([ -~]*))*` (sql/migrate/
/// dir.go): what stands before `atlas:` on the line, the directive's name and its argument.
struct DirectiveMatch
{
    QByteArray prefix;
    QByteArray name;
    /// Everything printable after the spaces that follow the name; empty when none follow.
    QByteArray argument;
};

/// Matches the start of `text` (the first line only: the pattern takes printable ASCII). As in
/// Go, the prefix is as long as possible, so the last `atlas:` on the line wins.
std::optional<DirectiveMatch> matchDirective(QByteArrayView text);

/// The file's leading comment lines (`--` or `#`, trimmed) when a blank line follows them;
/// otherwise none: comments right above a statement belong to that statement (Atlas's
/// LocalFile.comments).
QStringList fileDirectiveComments(QByteArrayView content);

/// The arguments of the file directives named `name` (LocalFile.Directive), any prefix.
QStringList fileDirectives(QByteArrayView content, const QString &name);

/// The arguments of the directives named `name` in a statement's comments (Stmt.Directive):
/// `--`, `-- ` and `#` line comments, and one-line `/*...*/` comments written without a
/// space after `/*`.
QStringList statementDirectives(const QStringList &comments, const QString &name);

/// Whether the file starts with `atlas:sum ignore` (any prefix, first line): atlas.sum then
/// lists no hash for it, though its name still feeds the running hash.
bool isSumIgnored(QByteArrayView content);

/// The statement delimiter an `-- atlas:delimiter <d>` first line sets, still escaped (`\n`).
std::optional<QByteArray> delimiterDirective(QByteArrayView content);

/// The transaction mode an `atlas:txmode none|file` file directive asks for; nothing when the
/// file has none. `all`, an unknown mode or two directives are errors worded as Atlas's
/// (cmd/atlas/internal/cmdapi/migrate.go txmodeFor).
Expected<std::optional<QString>> fileTxMode(const QString &fileName, QByteArrayView content);

/// Whether the file is a checkpoint (`atlas:checkpoint [tag]` file directive), and its tag.
bool isCheckpoint(QByteArrayView content);
std::optional<QString> checkpointTag(QByteArrayView content);

/// `atlas:nolint [names or codes]`: the analyzers (`destructive`) or codes (`DS103`) a directive
/// silences, split on single spaces as Atlas's lint does; empty when it silences every one.
QStringList nolintRules(const QString &argument);

} // namespace strata
