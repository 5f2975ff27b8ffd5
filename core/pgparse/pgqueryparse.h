#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace strata {

/// What libpg_query reports when it cannot parse the text.
struct PgQueryFailure
{
    QString message;
    /// 1-based byte offset into the parsed text; 0 when libpg_query gave no position.
    int cursorPosition = 0;
};

/// The raw parse tree of a script: one {"stmt": ..., "stmt_location": ..., "stmt_len": ...}
/// object per statement, as libpg_query's JSON output spells it. stmt_location counts from the
/// start of the script; node locations inside a statement count from "source_offset" (the
/// statement's own text, "source_length" bytes) when that is present, else from the script.
struct PgQueryParse
{
    QJsonArray statements;
    std::optional<PgQueryFailure> failure;
};

/// Parses `utf8` (no NUL bytes) with the PostgreSQL grammar. The libpg_query result is always
/// freed before returning.
PgQueryParse pgQueryParse(const QByteArray &utf8);

/// libpg_query's own parse to JSON text, without building anything from it: the baseline the
/// benchmark compares the whole parse-to-model path against. Returns the JSON size in bytes,
/// or -1 on a syntax error.
qsizetype pgQueryRawParse(const QByteArray &utf8);

} // namespace strata
