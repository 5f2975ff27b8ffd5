#include "pgqueryparse.h"

#include "pgsourcemap.h"

#include <QCoreApplication>

#include <pg_query.h>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PgQueryParseTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PgQueryParse)
};

/// Frees a libpg_query parse result on every path out of the caller.
class ParseResultGuard
{
public:
    explicit ParseResultGuard(PgQueryParseResult result)
        : m_result(result)
    {}
    ~ParseResultGuard() { pg_query_free_parse_result(m_result); }
    ParseResultGuard(const ParseResultGuard &) = delete;
    ParseResultGuard &operator=(const ParseResultGuard &) = delete;

    const PgQueryParseResult &get() const { return m_result; }

private:
    PgQueryParseResult m_result;
};

/// The 1-based byte position of the first statement whose tree pgjson cannot read, so
/// the error can name it; 0 when no single statement is at fault.
int tooDeepStatement(const QByteArray &utf8)
{
    const PgQuerySplitResult split = pg_query_split_with_scanner(utf8.constData());
    int position = 0;
    for (int i = 0; !split.error && i < split.n_stmts && position == 0; ++i) {
        const PgQuerySplitStmt *statement = split.stmts[i];
        const QByteArray text = utf8.mid(statement->stmt_location, statement->stmt_len);
        const ParseResultGuard result(pg_query_parse(text.constData()));
        if (result.get().error || !result.get().parse_tree)
            continue;
        if (!pgjson::Document::parse(
                QByteArray::fromRawData(result.get().parse_tree,
                                        qsizetype(qstrlen(result.get().parse_tree))),
                nullptr)) {
            qsizetype start = statement->stmt_location;
            while (start < utf8.size() && QChar::isSpace(uchar(utf8.at(start))))
                ++start;
            position = int(start) + 1;
        }
    }
    pg_query_free_split_result(split);
    return position;
}

/// Frees a libpg_query split result on every path out of the caller.
class SplitResultGuard
{
public:
    explicit SplitResultGuard(PgQuerySplitResult result)
        : m_result(result)
    {}
    ~SplitResultGuard() { pg_query_free_split_result(m_result); }
    SplitResultGuard(const SplitResultGuard &) = delete;
    SplitResultGuard &operator=(const SplitResultGuard &) = delete;

    const PgQuerySplitResult &get() const { return m_result; }

private:
    PgQuerySplitResult m_result;
};

} // namespace

PgQueryParse pgQueryParse(const QByteArray &utf8)
{
    PgQueryParse parse;
    const ParseResultGuard result(pg_query_parse(utf8.constData()));
    if (const PgQueryError *error = result.get().error) {
        parse.failure = PgQueryFailure{QString::fromUtf8(error->message), error->cursorpos};
        return parse;
    }
    if (!result.get().parse_tree) {
        parse.failure = PgQueryFailure{PgQueryParseTr::tr("the parser returned no tree"), 0};
        return parse;
    }
    QString jsonError;
    const std::shared_ptr<const pgjson::Document> document = pgjson::Document::parse(
        QByteArray::fromRawData(result.get().parse_tree,
                                qsizetype(qstrlen(result.get().parse_tree))),
        &jsonError);
    if (!document) {
        // The JSON reader refuses trees nested deeper than it supports; say so instead of failing
        // later on a half-read tree.
        parse.failure = PgQueryFailure{
            PgQueryParseTr::tr("the statement is nested too deeply for Strata to read (%1)")
                .arg(jsonError),
            tooDeepStatement(utf8)};
        return parse;
    }
    const pgjson::Value statements = document->root().value(QLatin1String("stmts")).toArray();
    parse.statements.reserve(statements.size());
    for (const pgjson::Value entry : statements) {
        const pgjson::Value object = entry.toObject();
        parse.statements.append({document, object.value(QLatin1String("stmt")),
                                 object.value(QLatin1String("stmt_location")).toInteger(0), 0,
                                 utf8.size()});
    }
    return parse;
}

PgQueryStreamEnd pgQueryStream(const QByteArray &utf8,
                               const std::function<bool(const PgQueryStatement &)> &visit)
{
    const SplitResultGuard split(pg_query_split_with_scanner(utf8.constData()));
    if (split.get().error)
        return PgQueryStreamEnd::NeedsWholeParse;
    // The scanner leaves out a last statement it cannot close ("CREATE TABLE t ("): only
    // whitespace and comments may follow the statements it found.
    qsizetype end = 0;
    if (split.get().n_stmts > 0) {
        const PgQuerySplitStmt *last = split.get().stmts[split.get().n_stmts - 1];
        end = last->stmt_location + last->stmt_len;
    }
    if (PgSourceMap(utf8).statementStart(end) < utf8.size())
        return PgQueryStreamEnd::NeedsWholeParse;
    // One document, emptied before each statement: its buffers keep their capacity, so after
    // the first few statements nothing is allocated and everything read is in cache.
    const auto document = std::make_shared<pgjson::Document>();
    QByteArray text;
    for (int i = 0; i < split.get().n_stmts; ++i) {
        const PgQuerySplitStmt *statement = split.get().stmts[i];
        // libpg_query needs a NUL-terminated statement; the copy reuses one buffer.
        text.resize(0);
        text.append(utf8.constData() + statement->stmt_location, statement->stmt_len);
        const ParseResultGuard result(pg_query_parse(text.constData()));
        if (result.get().error || !result.get().parse_tree)
            return PgQueryStreamEnd::NeedsWholeParse;
        document->clear();
        const pgjson::Value root =
            document->append(QByteArray::fromRawData(result.get().parse_tree,
                                                     qsizetype(qstrlen(result.get().parse_tree))),
                             nullptr);
        if (root.isUndefined())
            return PgQueryStreamEnd::NeedsWholeParse;
        for (const pgjson::Value entry : root.value(QLatin1String("stmts")).toArray()) {
            const pgjson::Value object = entry.toObject();
            const PgQueryStatement visited{
                document, object.value(QLatin1String("stmt")),
                statement->stmt_location +
                    object.value(QLatin1String("stmt_location")).toInteger(0),
                statement->stmt_location, statement->stmt_len};
            if (!visit(visited))
                return PgQueryStreamEnd::Stopped;
        }
    }
    return PgQueryStreamEnd::Finished;
}

qsizetype pgQueryRawParse(const QByteArray &utf8)
{
    const ParseResultGuard result(pg_query_parse(utf8.constData()));
    if (result.get().error || !result.get().parse_tree)
        return -1;
    return qsizetype(qstrlen(result.get().parse_tree));
}

} // namespace strata
