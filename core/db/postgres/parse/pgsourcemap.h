#pragma once

#include <QByteArray>
#include <QList>

namespace strata {

/// A 1-based line and column (in characters) in the source text.
struct SourcePoint
{
    int line = 1;
    int column = 1;
};

/// Turns libpg_query's byte offsets into line:column positions of the UTF-8 text it parsed.
class PgSourceMap
{
public:
    explicit PgSourceMap(const QByteArray &utf8);

    /// The position of the 0-based byte offset; offsets past the end clamp to the end.
    SourcePoint at(qsizetype byteOffset) const;
    /// Where the statement starting at `stmtLocation` really begins: libpg_query counts the
    /// whitespace and comments after the previous semicolon as part of the next statement.
    /// Empty statements (stray semicolons) are skipped too.
    qsizetype statementStart(qsizetype stmtLocation) const;

private:
    const QByteArray &m_text;
    QList<qsizetype> m_lineStarts;
};

} // namespace strata
