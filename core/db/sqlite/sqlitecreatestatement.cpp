#include "sqlitecreatestatement.h"

#include "sqlitetokenizer.h"

namespace strata {
namespace {

/// A token list with its parenthesis partners and helpers to read spans of the source text.
class TokenStream
{
public:
    explicit TokenStream(const QString &sql)
        : m_sql(sql)
        , m_tokens(tokenizeSqlite(sql))
        , m_partner(matchSqliteParentheses(sql, m_tokens))
    {}

    qsizetype size() const { return m_tokens.size(); }
    bool isWord(qsizetype i, QLatin1StringView word) const
    {
        return i >= 0 && i < size() && isSqliteWord(m_sql, m_tokens[i], word);
    }
    bool isPunctuation(qsizetype i, char c) const
    {
        return i >= 0 && i < size() && isSqlitePunctuation(m_sql, m_tokens[i], QLatin1Char(c));
    }
    bool isOpen(qsizetype i) const { return isPunctuation(i, '('); }
    /// Index of the ')' closing the '(' at `i`, or the end of the tokens when unbalanced.
    qsizetype closing(qsizetype i) const { return m_partner[i] < 0 ? size() : m_partner[i]; }
    /// Source text from the start of token `first` to the end of token `last` (inclusive).
    QString text(qsizetype first, qsizetype last) const
    {
        last = qMin(last, size() - 1);
        if (first > last)
            return QString();
        return m_sql.mid(m_tokens[first].begin, m_tokens[last].end - m_tokens[first].begin);
    }
    QString identifier(qsizetype i) const
    {
        return i >= 0 && i < size() ? sqliteIdentifier(m_sql, m_tokens[i]) : QString();
    }
    QString tail(qsizetype i) const
    {
        return i < size() ? m_sql.mid(m_tokens[i].begin).trimmed() : QString();
    }

    /// Splits [first, last) at commas outside parentheses into [begin, end) ranges.
    QList<std::pair<qsizetype, qsizetype>> splitAtCommas(qsizetype first, qsizetype last) const
    {
        QList<std::pair<qsizetype, qsizetype>> ranges;
        qsizetype begin = first;
        for (qsizetype i = first; i < last; ++i) {
            if (isOpen(i)) {
                i = closing(i);
            } else if (isPunctuation(i, ',')) {
                ranges.append({begin, i});
                begin = i + 1;
            }
        }
        if (begin < last)
            ranges.append({begin, last});
        return ranges;
    }

    /// The first identifier of each comma-separated element of the group opened at `open`.
    QStringList identifierList(qsizetype open) const
    {
        QStringList names;
        for (const auto &[begin, end] : splitAtCommas(open + 1, closing(open))) {
            if (begin < end)
                names.append(identifier(begin));
        }
        return names;
    }

    bool groupHasWord(qsizetype open, QLatin1StringView word) const
    {
        for (qsizetype i = open + 1; i < closing(open); ++i) {
            if (isWord(i, word))
                return true;
        }
        return false;
    }

private:
    const QString &m_sql;
    QList<SqliteToken> m_tokens;
    QList<qsizetype> m_partner;
};

bool startsTableConstraint(const TokenStream &s, qsizetype i)
{
    return s.isWord(i, QLatin1StringView("CONSTRAINT")) ||
           s.isWord(i, QLatin1StringView("PRIMARY")) || s.isWord(i, QLatin1StringView("UNIQUE")) ||
           s.isWord(i, QLatin1StringView("CHECK")) || s.isWord(i, QLatin1StringView("FOREIGN"));
}

/// Walks one column definition or table constraint of a CREATE TABLE body.
void scanDefinition(const TokenStream &s, qsizetype begin, qsizetype end, SqliteCreateTable &out)
{
    QString column;
    qsizetype i = begin;
    if (!startsTableConstraint(s, begin)) {
        column = s.identifier(begin);
        ++i;
    }
    QStringList keyColumns;
    if (!column.isEmpty())
        keyColumns.append(column);
    QString pendingName;
    while (i < end) {
        if (s.isOpen(i)) {
            i = s.closing(i) + 1;
        } else if (s.isWord(i, QLatin1StringView("CONSTRAINT"))) {
            pendingName = i + 1 < end ? s.identifier(i + 1) : QString();
            i += 2;
        } else if (s.isWord(i, QLatin1StringView("CHECK")) && s.isOpen(i + 1)) {
            out.checks.append(Check{pendingName, s.text(i + 1, s.closing(i + 1))});
            pendingName.clear();
            i = s.closing(i + 1) + 1;
        } else if (s.isWord(i, QLatin1StringView("FOREIGN"))) {
            qsizetype open = i + 1;
            while (open < end && !s.isOpen(open))
                ++open;
            if (open < end) {
                keyColumns = s.identifierList(open);
                i = s.closing(open) + 1;
            } else {
                i = end;
            }
        } else if (s.isWord(i, QLatin1StringView("REFERENCES"))) {
            SqliteForeignKeyClause fk;
            fk.constraintName = pendingName;
            fk.columns = keyColumns;
            fk.refTable = s.identifier(i + 1);
            i += 2;
            if (s.isOpen(i)) {
                fk.refColumns = s.identifierList(i);
                i = s.closing(i) + 1;
            }
            out.foreignKeys.append(fk);
            pendingName.clear();
        } else if (s.isWord(i, QLatin1StringView("AS")) && s.isOpen(i + 1) && !column.isEmpty()) {
            out.generatedExpressions.insert(column.toLower(), s.text(i + 1, s.closing(i + 1)));
            i = s.closing(i + 1) + 1;
        } else if (s.isWord(i, QLatin1StringView("PRIMARY")) && column.isEmpty()) {
            qsizetype open = i + 1;
            while (open < end && !s.isOpen(open))
                ++open;
            if (open < end && open + 1 < s.closing(open) &&
                s.groupHasWord(open, QLatin1StringView("AUTOINCREMENT")))
                out.autoIncrementColumn = s.identifier(open + 1);
            pendingName.clear();
            i = open < end ? s.closing(open) + 1 : end;
        } else if (s.isWord(i, QLatin1StringView("AUTOINCREMENT"))) {
            out.autoIncrementColumn = column;
            ++i;
        } else if (s.isWord(i, QLatin1StringView("DEFAULT")) &&
                   !s.isWord(i - 1, QLatin1StringView("SET"))) {
            pendingName.clear();
            ++i;
            if (s.isPunctuation(i, '-') || s.isPunctuation(i, '+'))
                ++i;
            i = s.isOpen(i) ? s.closing(i) + 1 : i + 1;
        } else {
            if (s.isWord(i, QLatin1StringView("NOT")) || s.isWord(i, QLatin1StringView("NULL")) ||
                s.isWord(i, QLatin1StringView("PRIMARY")) ||
                s.isWord(i, QLatin1StringView("UNIQUE")) ||
                s.isWord(i, QLatin1StringView("COLLATE")) ||
                s.isWord(i, QLatin1StringView("GENERATED")))
                pendingName.clear();
            ++i;
        }
    }
}

} // namespace

SqliteCreateTable parseSqliteCreateTable(const QString &sql)
{
    SqliteCreateTable out;
    const TokenStream s(sql);
    qsizetype i = 0;
    if (!s.isWord(i, QLatin1StringView("CREATE")))
        return out;
    ++i;
    while (s.isWord(i, QLatin1StringView("TEMP")) || s.isWord(i, QLatin1StringView("TEMPORARY")))
        ++i;
    if (s.isWord(i, QLatin1StringView("VIRTUAL"))) {
        out.isVirtual = true;
        return out;
    }
    while (i < s.size() && !s.isOpen(i)) {
        if (s.isWord(i, QLatin1StringView("AS")))
            return out;
        ++i;
    }
    if (i >= s.size())
        return out;
    const qsizetype close = s.closing(i);
    for (const auto &[begin, end] : s.splitAtCommas(i + 1, close)) {
        if (begin < end)
            scanDefinition(s, begin, end, out);
    }
    for (qsizetype k = close + 1; k < s.size(); ++k) {
        if (s.isWord(k, QLatin1StringView("WITHOUT")) &&
            s.isWord(k + 1, QLatin1StringView("ROWID")))
            out.withoutRowid = true;
        else if (s.isWord(k, QLatin1StringView("STRICT")))
            out.strict = true;
    }
    return out;
}

SqliteCreateIndex parseSqliteCreateIndex(const QString &sql)
{
    SqliteCreateIndex out;
    const TokenStream s(sql);
    qsizetype i = 0;
    while (i < s.size() && !s.isWord(i, QLatin1StringView("ON")))
        ++i;
    while (i < s.size() && !s.isOpen(i))
        ++i;
    if (i >= s.size())
        return out;
    const qsizetype close = s.closing(i);
    for (auto [begin, end] : s.splitAtCommas(i + 1, close)) {
        if (end - begin > 1 && (s.isWord(end - 1, QLatin1StringView("ASC")) ||
                                s.isWord(end - 1, QLatin1StringView("DESC"))))
            --end;
        out.parts.append(s.text(begin, end - 1));
    }
    for (qsizetype k = close + 1; k < s.size(); ++k) {
        if (s.isWord(k, QLatin1StringView("WHERE"))) {
            out.where = s.tail(k + 1);
            break;
        }
    }
    return out;
}

} // namespace strata
