#pragma once

#include "pgjsonreader.h"
#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace strata {

/// What libpg_query reports when it cannot parse the text.
struct PgQueryFailure
{
    QString message;
    /// 1-based byte offset into the parsed text; 0 when libpg_query gave no position.
    int cursorPosition = 0;
};

/// One statement of a script: its raw parse tree ({"CreateStmt": {...}}) and where it is.
struct PgQueryStatement
{
    /// Owns the JSON that `tree` points into (shared by the statements of one parse).
    std::shared_ptr<const pgjson::Document> document;
    pgjson::Value tree;
    /// Byte offset of the statement in the script (may point at whitespace before it).
    qsizetype location = 0;
    /// Node locations inside `tree` count from this byte offset of the script...
    qsizetype sourceOffset = 0;
    /// ...in a text of this many bytes (the statement's own, or the whole script).
    qsizetype sourceLength = 0;
};

/// The raw parse tree of a script, statement by statement, as libpg_query's JSON spells it.
struct PgQueryParse
{
    QList<PgQueryStatement> statements;
    std::optional<PgQueryFailure> failure;
};

/// How pgQueryStream() ended.
enum class PgQueryStreamEnd
{
    /// Every statement was visited.
    Finished,
    /// The visitor returned false.
    Stopped,
    /// The scanner's split cannot be trusted here (a statement it found does not parse on its
    /// own, or the text ends in an unfinished statement): start over with pgQueryParse().
    NeedsWholeParse
};

/// Parses `utf8` (no NUL bytes) statement by statement, as libpg_query's scanner splits it, and
/// calls `visit` with each statement's tree in order while it returns true. A tree, and the
/// document it points into, live only for the call: one statement's JSON is in memory at a
/// time, where a whole-script parse builds tens of megabytes of JSON for a large schema and
/// spends more time faulting that memory in than parsing.
PgQueryStreamEnd pgQueryStream(const QByteArray &utf8,
                               const std::function<bool(const PgQueryStatement &)> &visit);

/// Parses `utf8` (no NUL bytes) with the PostgreSQL grammar in one libpg_query call: slower on
/// big scripts, but exact for every statement (also SQL-standard function bodies with inner
/// semicolons) and for every error. The libpg_query result is always freed before returning.
PgQueryParse pgQueryParse(const QByteArray &utf8);

/// libpg_query's own parse to JSON text, without building anything from it: the baseline the
/// benchmark compares the whole parse-to-model path against. Returns the JSON size in bytes,
/// or -1 on a syntax error.
qsizetype pgQueryRawParse(const QByteArray &utf8);

} // namespace strata
