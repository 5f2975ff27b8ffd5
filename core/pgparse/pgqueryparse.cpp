#include "pgqueryparse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

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

/// The 1-based byte position of the first statement whose tree QJsonDocument cannot read, so
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
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray(result.get().parse_tree), &error);
        if (error.error != QJsonParseError::NoError) {
            qsizetype start = statement->stmt_location;
            while (start < utf8.size() && QChar::isSpace(uchar(utf8.at(start))))
                ++start;
            position = int(start) + 1;
        }
    }
    pg_query_free_split_result(split);
    return position;
}

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
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(result.get().parse_tree,
                                qsizetype(qstrlen(result.get().parse_tree))),
        &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses trees nested deeper than it supports; say so instead of failing
        // later on a half-read tree.
        parse.failure = PgQueryFailure{
            PgQueryParseTr::tr("the statement is nested too deeply for Strata to read (%1)")
                .arg(jsonError.errorString()),
            tooDeepStatement(utf8)};
        return parse;
    }
    parse.statements = document.object().value(QLatin1String("stmts")).toArray();
    return parse;
}

qsizetype pgQueryRawParse(const QByteArray &utf8)
{
    const ParseResultGuard result(pg_query_parse(utf8.constData()));
    if (result.get().error || !result.get().parse_tree)
        return -1;
    return qsizetype(qstrlen(result.get().parse_tree));
}

} // namespace strata
