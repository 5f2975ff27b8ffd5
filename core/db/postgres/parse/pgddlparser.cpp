#include "pgddlparser.h"

#include "pgqueryparse.h"
#include "pgscript_p.h"
#include "pgsourcemap.h"

#include <optional>

namespace strata {

Expected<PgDdlParse> parsePostgresDdl(const QString &ddl, const QString &sourceName,
                                      const QString &defaultSchema, const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    const QByteArray utf8 = ddl.toUtf8();
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        const SourcePoint point = PgSourceMap(utf8).at(nul);
        return Error{QStringLiteral("%1:%2:%3: %4")
                         .arg(sourceName)
                         .arg(point.line)
                         .arg(point.column)
                         .arg(PgDdlParserTr::tr("the file contains a NUL character; PostgreSQL "
                                                "DDL is text"))};
    }
    // Statement by statement first: the fast path for every script the scanner splits well.
    // A model error does not end the parse: a syntax error later in the script is reported
    // first, as the server refuses a script that does not parse before running any of it.
    {
        PgScript script(utf8, sourceName, defaultSchema);
        std::optional<Error> modelError;
        const PgQueryStreamEnd end = pgQueryStream(utf8, [&](const PgQueryStatement &entry) {
            if (modelError)
                return true;
            if (Status stepped = script.step(entry, control); !stepped) {
                modelError = stepped.error();
                return !modelError->cancelled;
            }
            return true;
        });
        if (end != PgQueryStreamEnd::NeedsWholeParse) {
            if (modelError)
                return *modelError;
            return script.result();
        }
    }
    const PgQueryParse parse = pgQueryParse(utf8);
    if (parse.failure) {
        const PgSourceMap map(utf8);
        const SourcePoint point = map.at(qMax(0, parse.failure->cursorPosition - 1));
        return Error{QStringLiteral("%1:%2:%3: %4")
                         .arg(sourceName)
                         .arg(point.line)
                         .arg(point.column)
                         .arg(parse.failure->message)};
    }
    PgScript script(utf8, sourceName, defaultSchema);
    for (const PgQueryStatement &entry : parse.statements) {
        if (Status stepped = script.step(entry, control); !stepped)
            return stepped.error();
    }
    return script.result();
}

} // namespace strata
