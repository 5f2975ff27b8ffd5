#pragma once

// The recursive-descent MySQL DDL parser, shared by the files that implement its rules:
// mysqlddlparser.cpp (script, tokens, statements), mysqlcreatetable.cpp (CREATE TABLE:
// columns, keys, options), mysqlcolumntype.cpp (types and defaults) and mysqlaltertable.cpp
// (ALTER/DROP/RENAME, CREATE INDEX). Internal to core/mysqlparse.

#include "db/mysql/mysqlquoting.h"
#include "mysqlddlparser.h"

#include "mysqlexpressionprinter.h"
#include "mysqlschemabuilder.h"
#include "mysqltokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace strata::mysqlparse {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlDdlParserTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlDdlParser)
};

using Kind = MysqlToken::Kind;

/// Thrown to abandon the script at the first error; recursive descent then needs no error
/// plumbing through every rule, and the error keeps the offset it happened at.
struct ParseFailure
{
    int offset;
    QString message;
};

constexpr int kMaxNesting = 200;

/// Type names and the canonical name each stands for; the names are shared strings, so a
/// column's type name costs no allocation.
const QString *canonicalTypeName(QStringView word);

class MysqlStatementParser
{
public:
    MysqlStatementParser(const QString &script, const QString &sourceName,
                         const MysqlParseOptions &options, const TaskControl &control)
        : m_text(script)
        , m_sourceName(sourceName)
        , m_options(options)
        , m_control(control)
        , m_builder(options)
        , m_tokenizer(m_text, options.versionNumber(), options.isMariaDb())
    {}

    Expected<MysqlParseResult> run()
    {
        m_tokens.reserve(4096);
        m_pos = 0;
        try {
            int statements = 0;
            while (peek().kind != Kind::End) {
                if (isPunct(peek(), u';')) {
                    ++m_pos;
                    continue;
                }
                if ((++statements & 255) == 0 && m_control.isCancelled())
                    return Error::cancellation();
                // Tokens of finished statements are not looked at again.
                if (m_pos > 2048) {
                    m_tokens.erase(m_tokens.begin(), m_tokens.begin() + qsizetype(m_pos));
                    m_pos = 0;
                }
                statement();
                if (!acceptPunct(u';') && peek().kind != Kind::End)
                    syntaxError();
            }
            if (m_tokenizer.errorOffset() >= 0) {
                m_context.clear();
                throw ParseFailure{m_tokenizer.errorOffset(), m_tokenizer.errorWhat()};
            }
        } catch (ParseFailure &failure) {
            // Running out of tokens early is the tokenizer's error, not the grammar's.
            if (m_tokenizer.errorOffset() >= 0 && failure.offset >= m_tokenizer.errorOffset())
                failure = ParseFailure{m_tokenizer.errorOffset(), m_tokenizer.errorWhat()};
            const auto [line, column] = position(failure.offset);
            QString message = QStringLiteral("%1:%2:%3: %4")
                                  .arg(m_sourceName, QString::number(line), QString::number(column),
                                       failure.message);
            return Error{message};
        }
        MysqlParseResult result;
        result.realm = m_builder.finish();
        result.warnings = std::move(m_warnings);
        return result;
    }

private:
    // --- positions and errors -------------------------------------------------------------

    /// Line and column of an offset. Asked in increasing order (warnings, then maybe an
    /// error), so it scans forward from the previous answer.
    std::pair<int, int> position(int offset)
    {
        if (offset < m_positionOffset) {
            m_positionOffset = 0;
            m_positionLine = 1;
            m_positionLineStart = 0;
        }
        for (int i = m_positionOffset; i < offset && i < int(m_text.size()); ++i) {
            if (m_text[i] == QLatin1Char('\n')) {
                ++m_positionLine;
                m_positionLineStart = i + 1;
            }
        }
        m_positionOffset = offset;
        return {m_positionLine, offset - m_positionLineStart + 1};
    }

    QString inContext(const QString &message) const
    {
        if (m_context.isEmpty())
            return message;
        return MysqlDdlParserTr::tr("%1 in %2").arg(message, m_context);
    }

    [[noreturn]] void syntaxError()
    {
        const MysqlToken token = peek();
        if (token.kind == Kind::End)
            throw ParseFailure{token.start,
                               inContext(MysqlDdlParserTr::tr("syntax error at end of input"))};
        QString near = text(token).toString();
        if (near.size() > 40)
            near = near.left(40) + QLatin1String("...");
        throw ParseFailure{token.start,
                           inContext(MysqlDdlParserTr::tr("syntax error near \"%1\"").arg(near))};
    }

    [[noreturn]] void semanticError(const MysqlToken &at, const QString &message)
    {
        throw ParseFailure{at.start, inContext(message)};
    }

    void check(const MysqlToken &at, const QString &error)
    {
        if (!error.isEmpty())
            semanticError(at, error);
    }

    // --- token access ---------------------------------------------------------------------

    const MysqlToken &peek(int ahead = 0) const
    {
        const size_t index = m_pos + size_t(ahead);
        while (index >= m_tokens.size() && (m_tokens.empty() || m_tokens.back().kind != Kind::End))
            m_tokenizer.next(m_tokens);
        return m_tokens[std::min(index, m_tokens.size() - 1)];
    }
    QStringView text(const MysqlToken &token) const
    {
        return QStringView(m_text).mid(token.start, token.length);
    }
    bool isWord(const MysqlToken &token, QLatin1String word) const
    {
        return token.kind == Kind::Word && token.length == word.size() &&
               text(token).compare(word, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(const MysqlToken &token, char16_t c) const
    {
        return token.kind == Kind::Punct && token.length == 1 && m_text[token.start] == QChar(c);
    }
    // Keywords are literals: the templates take their length from the array, not strlen.
    bool peekWord(QLatin1String word, int ahead = 0) const { return isWord(peek(ahead), word); }
    template<size_t N>
    bool peekWord(const char (&word)[N], int ahead = 0) const
    {
        return peekWord(QLatin1String(word, N - 1), ahead);
    }
    template<size_t N>
    bool accept(const char (&word)[N])
    {
        if (!peekWord(word))
            return false;
        ++m_pos;
        return true;
    }
    template<size_t N>
    void expect(const char (&word)[N])
    {
        if (!accept(word))
            syntaxError();
    }
    bool acceptPunct(char16_t c)
    {
        if (!isPunct(peek(), c))
            return false;
        ++m_pos;
        return true;
    }
    void expectPunct(char16_t c)
    {
        if (!acceptPunct(c))
            syntaxError();
    }
    bool atStatementEnd() const { return isPunct(peek(), u';') || peek().kind == Kind::End; }

    bool isIdentifierToken(const MysqlToken &token) const
    {
        return token.kind == Kind::Word || token.kind == Kind::Quoted ||
               token.kind == Kind::DoubleQuoted;
    }

    QString identifier()
    {
        const MysqlToken token = peek();
        if (token.kind == Kind::Word) {
            ++m_pos;
            return text(token).toString();
        }
        if (token.kind == Kind::Quoted || token.kind == Kind::DoubleQuoted) {
            ++m_pos;
            return mysqlUnquote(text(token));
        }
        syntaxError();
    }

    /// `name` or `schema.name`; `schema` stays null when not given.
    void qualifiedName(QString &schema, QString &name)
    {
        name = identifier();
        schema = QString();
        if (acceptPunct(u'.')) {
            schema = name;
            name = identifier();
        }
    }

    QString stringLiteral()
    {
        const MysqlToken first = peek();
        if (first.kind == Kind::Word &&
            (text(first).startsWith(QLatin1Char('_')) || isWord(first, QLatin1String("N"))) &&
            (peek(1).kind == Kind::String))
            ++m_pos;
        if (peek().kind != Kind::String && peek().kind != Kind::DoubleQuoted)
            syntaxError();
        QString value = mysqlUnquote(text(peek()));
        ++m_pos;
        while (peek().kind == Kind::String) {
            value += mysqlUnquote(text(peek()));
            ++m_pos;
        }
        return value;
    }

    QString number()
    {
        if (peek().kind != Kind::Number)
            syntaxError();
        return text(m_tokens[m_pos++]).toString();
    }

    void acceptEquals() { acceptPunct(u'='); }

    /// The tokens between a '(' and its matching ')', both consumed.
    std::pair<size_t, size_t> parenthesized()
    {
        expectPunct(u'(');
        const size_t begin = m_pos;
        int depth = 1;
        while (true) {
            const MysqlToken token = peek();
            if (token.kind == Kind::End || isPunct(token, u';'))
                syntaxError();
            if (isPunct(token, u'(')) {
                if (++depth > kMaxNesting)
                    semanticError(token, MysqlDdlParserTr::tr("expression nested too deeply"));
            } else if (isPunct(token, u')') && --depth == 0) {
                const size_t end = m_pos;
                ++m_pos;
                return {begin, end};
            }
            ++m_pos;
        }
    }

    /// The range without parentheses that enclose all of it: ((a > 0)) → a > 0.
    std::pair<size_t, size_t> stripOuterParentheses(size_t begin, size_t end) const
    {
        while (end - begin >= 2 && isPunct(m_tokens[begin], u'(') &&
               isPunct(m_tokens[end - 1], u')')) {
            int depth = 0;
            bool enclosesAll = true;
            for (size_t i = begin; i < end; ++i) {
                if (isPunct(m_tokens[i], u'('))
                    ++depth;
                else if (isPunct(m_tokens[i], u')') && --depth == 0 && i != end - 1) {
                    enclosesAll = false;
                    break;
                }
            }
            if (!enclosesAll)
                break;
            ++begin;
            --end;
        }
        return {begin, end};
    }

    QString expression(size_t begin, size_t end) const
    {
        const auto [first, last] = stripOuterParentheses(begin, end);
        if (first == last)
            return {};
        return printMysqlExpression(m_text, m_tokens.data() + first, m_tokens.data() + last,
                                    m_options);
    }

    QString parenthesizedExpression()
    {
        const MysqlToken open = peek();
        const auto [begin, end] = parenthesized();
        if (begin == end)
            semanticError(open, MysqlDdlParserTr::tr("empty expression"));
        return expression(begin, end);
    }

    // --- grammar rules, defined in the .cpp files named above ----------------------

    void statement();
    void ignoreStatement();
    /// Skips to the `;` that ends the statement; a stored program body (BEGIN ... END) may
    /// hold `;` of its own.
    void skipToStatementEnd(bool mayHaveBody);
    void create();
    bool ifNotExists();
    bool ifExists();
    void createDatabase();
    void use();
    void createTable(bool orReplace);
    bool atKeyStart() const;
    void tableElement(MysqlTableBodySpec &body);
    MysqlKeySpec keyDefinition(MysqlKeySpec::Kind kind, const QString &defaultName);
    QList<IndexPart> keyParts();
    void indexOptions(MysqlKeySpec &key);
    std::optional<ReferenceAction> referenceAction();
    void references(MysqlForeignKeySpec &key);
    MysqlForeignKeySpec foreignKeyDefinition(const QString &constraintName);
    MysqlCheckSpec checkDefinition(const QString &name);
    MysqlTypeSpec dataType();
    /// Type arguments seen before with the same text, e.g. `(255)`: a schema repeats a few
    /// dozen of them thousands of times, and the cached list costs no allocation.
    bool cachedTypeArguments(QStringList &args);
    /// CHARACTER SET x | CHARSET x | CHAR SET x.
    bool charsetClause(QString &charset);
    int timestampPrecision();
    bool isCurrentTimestampWord() const;
    /// With `textFromSource`, a one-token number or string leaves `text` null: the normalizer
    /// reads it from `source` only when its cache has not seen the default before.
    MysqlDefaultSpec defaultValue(bool textFromSource = false);
    MysqlColumnSpec columnDefinition(MysqlTableBodySpec &body);
    void tableOptions(MysqlTableOptionsSpec &options);
    void alterTable();
    void columnPosition(QString &after, bool &first);
    void alterAction();
    void addColumn(const MysqlToken &at, bool ifNot, bool withPosition);
    void dropTable();
    void dropIndex();
    void dropDatabase();
    void renameTable();
    void createIndex();

    QString m_text;
    QString m_sourceName;
    MysqlParseOptions m_options;
    const TaskControl &m_control;
    MysqlSchemaBuilder m_builder;
    // The tokens of the statement being read (and a few before it), pulled on demand.
    mutable MysqlTokenizer m_tokenizer;
    mutable std::vector<MysqlToken> m_tokens;
    size_t m_pos = 0;
    size_t m_statementStart = 0;
    QString m_context;
    QStringList m_warnings;
    struct ViewHash
    {
        size_t operator()(QStringView view) const { return qHash(view); }
    };
    std::unordered_map<QStringView, QStringList, ViewHash> m_typeArguments;
    int m_positionOffset = 0;
    int m_positionLine = 1;
    int m_positionLineStart = 0;
};

} // namespace strata::mysqlparse
