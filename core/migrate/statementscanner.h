#pragma once

#include "dialect/splitrules.h"
#include "statementsplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace strata {

/// A port of Atlas's Scanner (sql/migrate/lex.go), byte for byte: it walks the input rune by
/// rune, with the same precedence of cases (quotes, DELIMITER, delimiter, dollar quotes,
/// comments, BEGIN blocks) and the same quirks, so a file splits into the statements Atlas
/// executes. BEGIN blocks are scanned by nested scanners over the rest of the input, as there.
class StatementScanner
{
public:
    struct Statement
    {
        /// Offset in the scanner's source of the statement's first byte.
        qsizetype offset = 0;
        QByteArray text;
        QList<QByteArray> comments;
    };
    enum class Step
    {
        Statement,
        End,
        Failed
    };

    StatementScanner(const SplitRules &rules, QByteArrayView source);

    /// Reads the `-- atlas:delimiter` line; false (with failure()) when it is unusable.
    bool init();
    /// The next statement, the end of the input, or a failure.
    Step next(Statement &statement);
    const SplitFailure &failure() const { return m_failure; }

private:
    static constexpr char32_t kEnd = 0xFFFFFFFF;

    QByteArrayView input() const { return m_source.sliced(m_inputStart); }
    char32_t nextRune();
    char32_t peekRune();
    void advance(qsizetype bytes);
    void skipSpaces();
    /// Drops the scanned part of the input: what comes next starts a new statement.
    Statement emit(QByteArrayView text);
    bool setDelimiter(QByteArrayView delimiter);
    bool skipQuote(char32_t quote);
    bool skipDollarQuote();
    bool skipBeginAtomic();
    bool skipBegin();
    bool delimiterCommand();
    bool skipGoCount();
    void comment(QByteArrayView left, QByteArrayView right);
    /// Records a failure at `position` (relative to the input) with Atlas's line and column.
    bool fail(qsizetype position, const QString &reason);
    bool failWithoutPosition(const QString &reason);

    SplitRules m_rules;
    QByteArrayView m_source;
    qsizetype m_inputStart = 0;
    /// Where the input started after init(): statement offsets count from the source's start.
    qsizetype m_initialStart = 0;
    qsizetype m_pos = 0;
    qsizetype m_total = 0;
    qsizetype m_width = 0;
    QByteArray m_delimiter;
    QList<QByteArray> m_comments;
    SplitFailure m_failure;
};

} // namespace strata
