#include "mysqlddlparser.h"

#include "mysqlexpressionprinter.h"
#include "mysqlschemabuilder.h"
#include "mysqltokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace strata {
namespace {

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

QString quotedName(const QString &name)
{
    return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QLatin1String("``")) +
           QLatin1Char('`');
}

/// Type names and the canonical name each stands for; the names are shared strings, so a
/// column's type name costs no allocation.
const QString *canonicalTypeName(QStringView word)
{
    static const struct
    {
        const char *alias;
        const char *name;
    } types[] = {
        {"tinyint", "tinyint"},
        {"smallint", "smallint"},
        {"mediumint", "mediumint"},
        {"int", "int"},
        {"integer", "int"},
        {"bigint", "bigint"},
        {"int1", "tinyint"},
        {"int2", "smallint"},
        {"int3", "mediumint"},
        {"middleint", "mediumint"},
        {"int4", "int"},
        {"int8", "bigint"},
        {"decimal", "decimal"},
        {"dec", "decimal"},
        {"numeric", "decimal"},
        {"fixed", "decimal"},
        {"float", "float"},
        {"float4", "float"},
        {"double", "double"},
        {"float8", "double"},
        {"real", "double"},
        {"bit", "bit"},
        {"bool", "bool"},
        {"boolean", "bool"},
        {"char", "char"},
        {"character", "char"},
        {"nchar", "nchar"},
        {"varchar", "varchar"},
        {"nvarchar", "nvarchar"},
        {"varcharacter", "varchar"},
        {"binary", "binary"},
        {"varbinary", "varbinary"},
        {"tinytext", "tinytext"},
        {"text", "text"},
        {"mediumtext", "mediumtext"},
        {"longtext", "longtext"},
        {"tinyblob", "tinyblob"},
        {"blob", "blob"},
        {"mediumblob", "mediumblob"},
        {"longblob", "longblob"},
        {"long", "long"},
        {"enum", "enum"},
        {"set", "set"},
        {"date", "date"},
        {"time", "time"},
        {"datetime", "datetime"},
        {"timestamp", "timestamp"},
        {"year", "year"},
        {"json", "json"},
        {"geometry", "geometry"},
        {"point", "point"},
        {"linestring", "linestring"},
        {"polygon", "polygon"},
        {"multipoint", "multipoint"},
        {"multilinestring", "multilinestring"},
        {"multipolygon", "multipolygon"},
        {"geometrycollection", "geometrycollection"},
        {"geomcollection", "geometrycollection"},
        {"serial", "serial"},
        {"uuid", "uuid"},
        {"inet4", "inet4"},
        {"inet6", "inet6"},
        {"national", "national"},
    };
    static const QList<QString> names = [] {
        QList<QString> out;
        for (const auto &type : types)
            out.append(QLatin1String(type.name));
        return out;
    }();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QLatin1String alias(types[i].alias);
        if (word.size() == alias.size() && word.compare(alias, Qt::CaseInsensitive) == 0)
            return &names[i];
    }
    return nullptr;
}

class Parser
{
public:
    Parser(const QString &script, const QString &sourceName, const MysqlParseOptions &options,
           const TaskControl &control)
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

    // --- statements -----------------------------------------------------------------------

    void statement()
    {
        m_context.clear();
        m_statementStart = m_pos;
        if (peekWord("CREATE"))
            create();
        else if (peekWord("ALTER") &&
                 (peekWord("TABLE", 1) ||
                  ((peekWord("IGNORE", 1) || peekWord("ONLINE", 1)) && peekWord("TABLE", 2))))
            alterTable();
        else if (peekWord("DROP") && (peekWord("TABLE", 1) || peekWord("TABLES", 1) ||
                                      (peekWord("TEMPORARY", 1) && peekWord("TABLE", 2))))
            dropTable();
        else if (peekWord("DROP") && peekWord("INDEX", 1))
            dropIndex();
        else if (peekWord("DROP") && (peekWord("DATABASE", 1) || peekWord("SCHEMA", 1)))
            dropDatabase();
        else if (peekWord("RENAME") && (peekWord("TABLE", 1) || peekWord("TABLES", 1)))
            renameTable();
        else if (peekWord("USE"))
            use();
        else
            ignoreStatement();
    }

    void ignoreStatement()
    {
        m_pos = m_statementStart;
        const MysqlToken first = peek();
        QString head = text(first).toString().toUpper();
        const bool compound = isWord(first, QLatin1String("CREATE")) ||
                              isWord(first, QLatin1String("ALTER")) ||
                              isWord(first, QLatin1String("DROP"));
        if (compound && peek(1).kind == Kind::Word) {
            int ahead = 1;
            // CREATE OR REPLACE / DEFINER=x / ALGORITHM=y / SQL SECURITY z VIEW ...: name the
            // object.
            static const char *const objects[] = {"VIEW",   "TRIGGER",    "PROCEDURE", "FUNCTION",
                                                  "EVENT",  "USER",       "ROLE",      "SEQUENCE",
                                                  "SERVER", "TABLESPACE", "TEMPORARY"};
            for (int i = 1; i < 12 && peek(i).kind != Kind::End && !isPunct(peek(i), u';'); ++i) {
                bool found = false;
                for (const char *object : objects)
                    found = found || peekWord(QLatin1String(object), i);
                if (found) {
                    ahead = i;
                    break;
                }
            }
            head += QLatin1Char(' ') + text(peek(ahead)).toString().toUpper();
        }
        if (first.kind != Kind::Word)
            head = text(first).toString().left(20);
        const int line = position(first.start).first;
        m_warnings.append(MysqlDdlParserTr::tr("ignored: %1 at line %2").arg(head).arg(line));
        skipToStatementEnd(compound);
    }

    /// Skips to the `;` that ends the statement; a stored program body (BEGIN ... END) may
    /// hold `;` of its own.
    void skipToStatementEnd(bool mayHaveBody)
    {
        int depth = 0;
        while (peek().kind != Kind::End) {
            const MysqlToken token = peek();
            if (mayHaveBody && isWord(token, QLatin1String("BEGIN"))) {
                ++depth;
            } else if (depth > 0 && isWord(token, QLatin1String("END"))) {
                const MysqlToken next = peek(1);
                if (!(isWord(next, QLatin1String("IF")) || isWord(next, QLatin1String("CASE")) ||
                      isWord(next, QLatin1String("LOOP")) || isWord(next, QLatin1String("WHILE")) ||
                      isWord(next, QLatin1String("REPEAT"))))
                    --depth;
            } else if (depth == 0 && isPunct(token, u';')) {
                return;
            }
            ++m_pos;
        }
    }

    void create()
    {
        expect("CREATE");
        const bool orReplace = accept("OR");
        if (orReplace)
            expect("REPLACE");
        if (peekWord("TEMPORARY")) {
            ignoreStatement();
            return;
        }
        if (accept("TABLE")) {
            createTable(orReplace);
        } else if (peekWord("DATABASE") || peekWord("SCHEMA")) {
            createDatabase();
        } else {
            accept("ONLINE") || accept("OFFLINE");
            if (peekWord("INDEX") ||
                ((peekWord("UNIQUE") || peekWord("FULLTEXT") || peekWord("SPATIAL")) &&
                 peekWord("INDEX", 1)))
                createIndex();
            else
                ignoreStatement();
        }
    }

    bool ifNotExists()
    {
        if (!peekWord("IF"))
            return false;
        ++m_pos;
        expect("NOT");
        expect("EXISTS");
        return true;
    }

    bool ifExists()
    {
        if (!peekWord("IF"))
            return false;
        ++m_pos;
        expect("EXISTS");
        return true;
    }

    void createDatabase()
    {
        ++m_pos;
        m_context = QStringLiteral("CREATE DATABASE");
        const bool ifNot = ifNotExists();
        const MysqlToken nameToken = peek();
        const QString name = identifier();
        m_context = QLatin1String("CREATE DATABASE ") + quotedName(name);
        MysqlTableOptionsSpec options;
        while (!atStatementEnd()) {
            accept("DEFAULT");
            if (accept("CHARSET") || (peekWord("CHARACTER") && accept("CHARACTER"))) {
                if (peekWord("SET"))
                    ++m_pos;
                acceptEquals();
                options.charset = identifier();
            } else if (accept("COLLATE")) {
                acceptEquals();
                options.collation = identifier();
            } else if (accept("COMMENT")) {
                acceptEquals();
                stringLiteral();
            } else if (accept("ENCRYPTION")) {
                acceptEquals();
                stringLiteral();
            } else {
                syntaxError();
            }
        }
        check(nameToken, m_builder.createSchema(name, ifNot, options));
    }

    void use()
    {
        ++m_pos;
        m_context = QStringLiteral("USE");
        const MysqlToken nameToken = peek();
        check(nameToken, m_builder.useSchema(identifier()));
    }

    void createTable(bool orReplace)
    {
        m_context = QStringLiteral("CREATE TABLE");
        const bool ifNot = ifNotExists();
        const MysqlToken nameToken = peek();
        QString schema;
        QString name;
        qualifiedName(schema, name);
        m_context = QLatin1String("CREATE TABLE ") + quotedName(name);
        if (accept("LIKE") || (isPunct(peek(), u'(') && peekWord("LIKE", 1) && (m_pos += 2))) {
            QString sourceSchema;
            QString source;
            qualifiedName(sourceSchema, source);
            if (isPunct(peek(), u')'))
                ++m_pos;
            check(nameToken, m_builder.createTableLike(schema, name, ifNot, sourceSchema, source));
            return;
        }
        MysqlTableBodySpec body;
        body.columns.reserve(16);
        if (!isPunct(peek(), u'('))
            syntaxError();
        ++m_pos;
        do {
            tableElement(body);
        } while (acceptPunct(u','));
        expectPunct(u')');
        MysqlTableOptionsSpec options;
        tableOptions(options);
        if (accept("PARTITION")) {
            m_warnings.append(MysqlDdlParserTr::tr("ignored: PARTITION BY at line %1")
                                  .arg(position(m_tokens[m_pos - 1].start).first));
            skipToStatementEnd(false);
        }
        if (peekWord("AS") || peekWord("SELECT") || peekWord("IGNORE") || peekWord("REPLACE"))
            semanticError(peek(), MysqlDdlParserTr::tr("CREATE TABLE ... SELECT is not supported "
                                                       "without a dev database"));
        check(nameToken,
              m_builder.createTable(schema, name, ifNot, orReplace, std::move(body), options));
    }

    bool atKeyStart() const
    {
        return peekWord("CONSTRAINT") || peekWord("PRIMARY") || peekWord("UNIQUE") ||
               peekWord("KEY") || peekWord("INDEX") || peekWord("FULLTEXT") ||
               peekWord("SPATIAL") || peekWord("FOREIGN") || peekWord("CHECK");
    }

    void tableElement(MysqlTableBodySpec &body)
    {
        if (!atKeyStart()) {
            MysqlColumnSpec column = columnDefinition(body);
            body.columns.append(std::move(column));
            return;
        }
        QString constraintName;
        if (accept("CONSTRAINT")) {
            if (!peekWord("PRIMARY") && !peekWord("UNIQUE") && !peekWord("FOREIGN") &&
                !peekWord("CHECK"))
                constraintName = identifier();
        }
        if (accept("PRIMARY")) {
            expect("KEY");
            body.keys.append(keyDefinition(MysqlKeySpec::Kind::Primary, QString()));
        } else if (accept("UNIQUE")) {
            accept("KEY") || accept("INDEX");
            body.keys.append(keyDefinition(MysqlKeySpec::Kind::Unique, constraintName));
        } else if (accept("KEY") || accept("INDEX")) {
            body.keys.append(keyDefinition(MysqlKeySpec::Kind::Index, QString()));
        } else if (accept("FULLTEXT")) {
            accept("KEY") || accept("INDEX");
            body.keys.append(keyDefinition(MysqlKeySpec::Kind::Fulltext, QString()));
        } else if (accept("SPATIAL")) {
            accept("KEY") || accept("INDEX");
            body.keys.append(keyDefinition(MysqlKeySpec::Kind::Spatial, QString()));
        } else if (accept("FOREIGN")) {
            expect("KEY");
            body.foreignKeys.append(foreignKeyDefinition(constraintName));
        } else if (accept("CHECK")) {
            body.checks.append(checkDefinition(constraintName));
        } else {
            syntaxError();
        }
    }

    MysqlKeySpec keyDefinition(MysqlKeySpec::Kind kind, const QString &defaultName)
    {
        MysqlKeySpec key;
        key.kind = kind;
        key.name = defaultName;
        if (peekWord("IF") && peekWord("NOT", 1)) {
            m_pos += 2;
            expect("EXISTS");
        }
        if (!isPunct(peek(), u'(') && !peekWord("USING")) {
            const QString name = identifier();
            if (kind != MysqlKeySpec::Kind::Primary)
                key.name = name;
        }
        indexOptions(key);
        key.parts = keyParts();
        indexOptions(key);
        return key;
    }

    QList<IndexPart> keyParts()
    {
        QList<IndexPart> parts;
        expectPunct(u'(');
        do {
            IndexPart part;
            if (isPunct(peek(), u'(')) {
                part.expression = parenthesizedExpression();
            } else {
                part.column = identifier();
                if (acceptPunct(u'(')) {
                    part.prefixLength = number().toInt();
                    expectPunct(u')');
                }
            }
            if (accept("DESC"))
                part.descending = true;
            else
                accept("ASC");
            parts.append(std::move(part));
        } while (acceptPunct(u','));
        expectPunct(u')');
        return parts;
    }

    void indexOptions(MysqlKeySpec &key)
    {
        while (true) {
            if (accept("USING") || accept("TYPE")) {
                key.method = identifier().toUpper();
            } else if (accept("COMMENT")) {
                key.comment = stringLiteral();
            } else if (accept("KEY_BLOCK_SIZE")) {
                acceptEquals();
                number();
            } else if (accept("WITH")) {
                expect("PARSER");
                identifier();
            } else if (accept("VISIBLE") || accept("INVISIBLE") || accept("IGNORED")) {
            } else if (peekWord("NOT") && peekWord("IGNORED", 1)) {
                m_pos += 2;
            } else if (accept("CLUSTERING")) {
                acceptEquals();
                identifier();
            } else {
                return;
            }
        }
    }

    std::optional<ReferenceAction> referenceAction()
    {
        if (accept("RESTRICT"))
            return ReferenceAction::Restrict;
        if (accept("CASCADE"))
            return ReferenceAction::Cascade;
        if (accept("SET")) {
            if (accept("NULL"))
                return ReferenceAction::SetNull;
            expect("DEFAULT");
            return ReferenceAction::SetDefault;
        }
        if (accept("NO")) {
            expect("ACTION");
            return ReferenceAction::NoAction;
        }
        syntaxError();
    }

    void references(MysqlForeignKeySpec &key)
    {
        expect("REFERENCES");
        qualifiedName(key.refSchema, key.refTable);
        if (acceptPunct(u'(')) {
            do {
                key.refColumns.append(identifier());
                if (acceptPunct(u'(')) {
                    number();
                    expectPunct(u')');
                }
                accept("ASC") || accept("DESC");
            } while (acceptPunct(u','));
            expectPunct(u')');
        }
        if (accept("MATCH")) {
            if (!accept("FULL") && !accept("PARTIAL"))
                expect("SIMPLE");
        }
        while (peekWord("ON")) {
            ++m_pos;
            if (accept("DELETE"))
                key.onDelete = referenceAction();
            else if (accept("UPDATE"))
                key.onUpdate = referenceAction();
            else
                syntaxError();
        }
    }

    MysqlForeignKeySpec foreignKeyDefinition(const QString &constraintName)
    {
        MysqlForeignKeySpec key;
        key.constraintName = constraintName;
        if (peekWord("IF") && peekWord("NOT", 1)) {
            m_pos += 2;
            expect("EXISTS");
        }
        if (!isPunct(peek(), u'('))
            key.indexName = identifier();
        expectPunct(u'(');
        do {
            key.columns.append(identifier());
        } while (acceptPunct(u','));
        expectPunct(u')');
        references(key);
        return key;
    }

    MysqlCheckSpec checkDefinition(const QString &name)
    {
        MysqlCheckSpec check;
        check.name = name;
        check.expression = parenthesizedExpression();
        if (peekWord("NOT") && peekWord("ENFORCED", 1)) {
            m_pos += 2;
            check.enforced = false;
        } else {
            accept("ENFORCED");
        }
        return check;
    }

    MysqlTypeSpec dataType()
    {
        MysqlTypeSpec type;
        const MysqlToken nameToken = peek();
        if (nameToken.kind != Kind::Word)
            syntaxError();
        const QString *canonical = canonicalTypeName(text(nameToken));
        if (!canonical)
            syntaxError();
        ++m_pos;
        QString name = *canonical;
        bool national = false;
        if (name == QLatin1String("national")) {
            national = true;
            if (accept("VARCHAR") || (accept("CHAR") && accept("VARYING")) ||
                (peekWord("CHARACTER") && accept("CHARACTER") && accept("VARYING")))
                name = QStringLiteral("varchar");
            else if (accept("CHAR") || accept("CHARACTER"))
                name = QStringLiteral("char");
            else
                syntaxError();
        } else if (name == QLatin1String("nchar")) {
            national = true;
            name = accept("VARCHAR") || accept("VARYING") ? QStringLiteral("varchar")
                                                          : QStringLiteral("char");
        } else if (name == QLatin1String("nvarchar")) {
            national = true;
            name = QStringLiteral("varchar");
        } else if (name == QLatin1String("char") && accept("VARYING")) {
            name = QStringLiteral("varchar");
        } else if (name == QLatin1String("double")) {
            accept("PRECISION");
        } else if (name == QLatin1String("long")) {
            if (accept("VARBINARY"))
                name = QStringLiteral("mediumblob");
            else {
                accept("VARCHAR") || accept("VARCHARACTER");
                name = QStringLiteral("mediumtext");
            }
        }
        if (national)
            type.charset = QStringLiteral("utf8mb3");
        if (isPunct(peek(), u'(') && cachedTypeArguments(type.args)) {
        } else if (acceptPunct(u'(')) {
            const size_t open = m_pos - 1;
            do {
                const MysqlToken arg = peek();
                if (arg.kind == Kind::Number) {
                    type.args.append(text(arg).toString());
                    ++m_pos;
                } else if (arg.kind == Kind::String || arg.kind == Kind::DoubleQuoted) {
                    QString value = mysqlUnquote(text(arg));
                    value.replace(QLatin1Char('\''), QLatin1String("''"));
                    type.args.append(QLatin1Char('\'') + value + QLatin1Char('\''));
                    ++m_pos;
                } else {
                    syntaxError();
                }
            } while (acceptPunct(u','));
            expectPunct(u')');
            const MysqlToken &first = m_tokens[open];
            const MysqlToken &last = m_tokens[m_pos - 1];
            m_typeArguments.emplace(
                QStringView(m_text).mid(first.start, last.start + last.length - first.start),
                type.args);
        }
        if (name == QLatin1String("bool")) {
            static const QStringList widthOne{QStringLiteral("1")};
            name = QStringLiteral("tinyint");
            type.args = widthOne;
        }
        type.name = name;
        while (true) {
            if (accept("UNSIGNED")) {
                type.isUnsigned = true;
            } else if (accept("SIGNED")) {
            } else if (accept("ZEROFILL")) {
                type.zerofill = true;
            } else if (accept("BINARY")) {
                type.binary = true;
            } else if (accept("ASCII")) {
                type.charset = QStringLiteral("latin1");
            } else if (accept("UNICODE")) {
                type.charset = QStringLiteral("ucs2");
            } else if (accept("BYTE")) {
                type.charset = QStringLiteral("binary");
            } else if (charsetClause(type.charset)) {
            } else if (accept("COLLATE")) {
                type.collation = identifier();
            } else {
                break;
            }
        }
        return type;
    }

    /// Type arguments seen before with the same text, e.g. `(255)`: a schema repeats a few
    /// dozen of them thousands of times, and the cached list costs no allocation.
    bool cachedTypeArguments(QStringList &args)
    {
        const MysqlToken open = peek();
        int ahead = 1;
        while (true) {
            const MysqlToken token = peek(ahead);
            if (isPunct(token, u')'))
                break;
            if (token.kind != Kind::Number && token.kind != Kind::String && !isPunct(token, u','))
                return false;
            if (++ahead > 64)
                return false;
        }
        const MysqlToken close = peek(ahead);
        const auto it = m_typeArguments.find(
            QStringView(m_text).mid(open.start, close.start + close.length - open.start));
        if (it == m_typeArguments.end())
            return false;
        args = it->second;
        m_pos += size_t(ahead) + 1;
        return true;
    }

    /// CHARACTER SET x | CHARSET x | CHAR SET x.
    bool charsetClause(QString &charset)
    {
        if (accept("CHARSET") ||
            ((peekWord("CHARACTER") || peekWord("CHAR")) && peekWord("SET", 1) && (m_pos += 2))) {
            acceptEquals();
            charset = identifier();
            return true;
        }
        return false;
    }

    int timestampPrecision()
    {
        if (!acceptPunct(u'('))
            return -1;
        int precision = 0;
        if (!isPunct(peek(), u')'))
            precision = number().toInt();
        expectPunct(u')');
        return precision;
    }

    bool isCurrentTimestampWord() const
    {
        return peekWord("CURRENT_TIMESTAMP") || peekWord("NOW") || peekWord("LOCALTIME") ||
               peekWord("LOCALTIMESTAMP");
    }

    /// With `textFromSource`, a one-token number or string leaves `text` null: the normalizer
    /// reads it from `source` only when its cache has not seen the default before.
    MysqlDefaultSpec defaultValue(bool textFromSource = false)
    {
        MysqlDefaultSpec value;
        const MysqlToken token = peek();
        if (isPunct(token, u'(')) {
            value.kind = MysqlDefaultSpec::Kind::Expression;
            value.text = parenthesizedExpression();
            if (value.text.startsWith(QLatin1String("current_timestamp("))) {
                value.kind = MysqlDefaultSpec::Kind::CurrentTimestamp;
                const QString digits = value.text.mid(18).chopped(1);
                value.precision = digits.isEmpty() ? -1 : digits.toInt();
            }
            return value;
        }
        if ((isPunct(token, u'-') || isPunct(token, u'+')) && peek(1).kind == Kind::Number) {
            value.kind = MysqlDefaultSpec::Kind::Number;
            value.text =
                (isPunct(token, u'-') ? QStringLiteral("-") : QString()) + text(peek(1)).toString();
            m_pos += 2;
            return value;
        }
        switch (token.kind) {
        case Kind::Number:
            value.kind = MysqlDefaultSpec::Kind::Number;
            if (textFromSource) {
                ++m_pos;
                return value;
            }
            value.text = number();
            return value;
        case Kind::String:
        case Kind::DoubleQuoted:
            value.kind = MysqlDefaultSpec::Kind::String;
            if (textFromSource && peek(1).kind != Kind::String) {
                ++m_pos;
                return value;
            }
            value.text = stringLiteral();
            return value;
        case Kind::HexOrBit:
            value.kind = MysqlDefaultSpec::Kind::Bits;
            value.text = text(token).toString();
            ++m_pos;
            return value;
        default:
            break;
        }
        if (token.kind != Kind::Word)
            syntaxError();
        if (accept("NULL")) {
            value.kind = MysqlDefaultSpec::Kind::Null;
        } else if (accept("TRUE") || accept("FALSE")) {
            value.kind = MysqlDefaultSpec::Kind::Bool;
            value.text =
                isWord(token, QLatin1String("TRUE")) ? QStringLiteral("1") : QStringLiteral("0");
        } else if (isCurrentTimestampWord()) {
            ++m_pos;
            value.kind = MysqlDefaultSpec::Kind::CurrentTimestamp;
            value.precision = timestampPrecision();
        } else if ((peekWord("DATE") || peekWord("TIME") || peekWord("TIMESTAMP")) &&
                   peek(1).kind == Kind::String) {
            ++m_pos;
            value.kind = MysqlDefaultSpec::Kind::String;
            value.text = stringLiteral();
        } else if (text(token).startsWith(QLatin1Char('_')) && peek(1).kind == Kind::String) {
            value.kind = MysqlDefaultSpec::Kind::String;
            value.text = stringLiteral();
        } else if (isPunct(peek(1), u'(')) {
            const size_t begin = m_pos;
            ++m_pos;
            parenthesized();
            value.kind = MysqlDefaultSpec::Kind::Expression;
            value.text = expression(begin, m_pos);
        } else {
            syntaxError();
        }
        return value;
    }

    MysqlColumnSpec columnDefinition(MysqlTableBodySpec &body)
    {
        MysqlColumnSpec column;
        column.name = identifier();
        column.type = dataType();
        if (column.type.name == QLatin1String("serial")) {
            column.type.name = QStringLiteral("bigint");
            column.type.isUnsigned = true;
            column.notNull = true;
            column.autoIncrement = true;
            column.unique = true;
        }
        bool inlineUniqueAdded = false;
        const auto addInlineKey = [&](MysqlKeySpec::Kind kind) {
            MysqlKeySpec key;
            key.kind = kind;
            key.parts.append(IndexPart{column.name, {}, false, 0});
            body.keys.append(std::move(key));
        };
        if (column.unique) {
            addInlineKey(MysqlKeySpec::Kind::Unique);
            inlineUniqueAdded = true;
        }
        while (!isPunct(peek(), u',') && !isPunct(peek(), u')') && !atStatementEnd() &&
               !peekWord("FIRST") && !peekWord("AFTER")) {
            if (accept("NOT")) {
                expect("NULL");
                column.notNull = true;
            } else if (accept("NULL")) {
                column.notNull = false;
            } else if (accept("DEFAULT")) {
                const int start = peek().start;
                column.defaultValue = defaultValue(true);
                const MysqlToken &last = m_tokens[m_pos - 1];
                column.defaultValue.source =
                    QStringView(m_text).mid(start, last.start + last.length - start);
            } else if (accept("AUTO_INCREMENT")) {
                column.autoIncrement = true;
            } else if (accept("UNIQUE")) {
                accept("KEY");
                column.unique = true;
                if (!inlineUniqueAdded)
                    addInlineKey(MysqlKeySpec::Kind::Unique);
                inlineUniqueAdded = true;
            } else if (accept("PRIMARY") || peekWord("KEY")) {
                expect("KEY");
                column.primaryKey = true;
                addInlineKey(MysqlKeySpec::Kind::Primary);
            } else if (accept("COMMENT")) {
                column.comment = stringLiteral();
            } else if (accept("COLLATE")) {
                column.type.collation = identifier();
            } else if (charsetClause(column.type.charset)) {
            } else if (accept("GENERATED")) {
                expect("ALWAYS");
                expect("AS");
                column.generated = GeneratedExpression{parenthesizedExpression(), false};
            } else if (accept("AS")) {
                column.generated = GeneratedExpression{parenthesizedExpression(), false};
            } else if (accept("STORED") || accept("PERSISTENT")) {
                if (column.generated)
                    column.generated->stored = true;
            } else if (accept("VIRTUAL")) {
            } else if (peekWord("ON") && peekWord("UPDATE", 1)) {
                m_pos += 2;
                if (!isCurrentTimestampWord())
                    syntaxError();
                ++m_pos;
                const int precision = timestampPrecision();
                column.onUpdatePrecision = precision < 0 ? -2 : precision;
            } else if (peekWord("REFERENCES")) {
                MysqlForeignKeySpec key;
                key.columns.append(column.name);
                key.inlineReference = true;
                references(key);
                column.reference = key;
                body.foreignKeys.append(std::move(key));
            } else if (accept("CHECK")) {
                column.checks.append(checkDefinition(QString()));
            } else if (accept("CONSTRAINT")) {
                QString name;
                if (!peekWord("CHECK"))
                    name = identifier();
                expect("CHECK");
                column.checks.append(checkDefinition(name));
            } else if (accept("COLUMN_FORMAT") || accept("STORAGE")) {
                identifier();
            } else if (accept("VISIBLE") || accept("INVISIBLE")) {
            } else if (accept("SRID")) {
                number();
            } else if (accept("SERIAL")) {
                expect("DEFAULT");
                expect("VALUE");
                column.notNull = true;
                column.autoIncrement = true;
                column.unique = true;
                if (!inlineUniqueAdded)
                    addInlineKey(MysqlKeySpec::Kind::Unique);
                inlineUniqueAdded = true;
            } else if ((peekWord("WITH") || peekWord("WITHOUT")) && peekWord("SYSTEM", 1)) {
                m_pos += 2;
                expect("VERSIONING");
            } else {
                syntaxError();
            }
        }
        return column;
    }

    void tableOptions(MysqlTableOptionsSpec &options)
    {
        static const char *const ignoredOptions[] = {
            "AUTO_INCREMENT",    "AVG_ROW_LENGTH",    "CHECKSUM",
            "TABLE_CHECKSUM",    "DELAY_KEY_WRITE",   "KEY_BLOCK_SIZE",
            "MAX_ROWS",          "MIN_ROWS",          "PACK_KEYS",
            "STATS_AUTO_RECALC", "STATS_PERSISTENT",  "STATS_SAMPLE_PAGES",
            "ROW_FORMAT",        "INSERT_METHOD",     "COMPRESSION",
            "ENCRYPTION",        "CONNECTION",        "PAGE_CHECKSUM",
            "TRANSACTIONAL",     "PAGE_COMPRESSED",   "PAGE_COMPRESSION_LEVEL",
            "ENCRYPTED",         "ENCRYPTION_KEY_ID", "IETF_QUOTES",
            "SEQUENCE",          "TABLESPACE",        "SECONDARY_ENGINE",
            "AUTOEXTEND_SIZE"};
        while (!atStatementEnd()) {
            acceptPunct(u',');
            const bool isDefault = accept("DEFAULT");
            if (QString charset; charsetClause(charset)) {
                options.charset = charset;
                continue;
            }
            if (accept("COLLATE")) {
                acceptEquals();
                options.collation = identifier();
                continue;
            }
            if (isDefault)
                syntaxError();
            if (accept("ENGINE") || accept("TYPE")) {
                acceptEquals();
                options.engine = peek().kind == Kind::String ? stringLiteral() : identifier();
                continue;
            }
            if (accept("COMMENT")) {
                acceptEquals();
                options.comment = stringLiteral();
                continue;
            }
            if ((peekWord("DATA") || peekWord("INDEX")) && peekWord("DIRECTORY", 1)) {
                m_pos += 2;
                acceptEquals();
                stringLiteral();
                continue;
            }
            if (accept("UNION")) {
                acceptEquals();
                parenthesized();
                continue;
            }
            if (peekWord("WITH") && peekWord("SYSTEM", 1)) {
                m_pos += 2;
                expect("VERSIONING");
                continue;
            }
            bool known = false;
            for (const char *option : ignoredOptions)
                known = known || peekWord(QLatin1String(option));
            if (!known)
                return;
            ++m_pos;
            acceptEquals();
            const MysqlToken value = peek();
            if (value.kind == Kind::End || isPunct(value, u';'))
                syntaxError();
            ++m_pos;
            if (accept("STORAGE"))
                identifier();
        }
    }

    // --- ALTER TABLE ----------------------------------------------------------------------

    void alterTable()
    {
        expect("ALTER");
        accept("ONLINE");
        accept("IGNORE");
        expect("TABLE");
        m_context = QStringLiteral("ALTER TABLE");
        const bool onlyIfExists = ifExists();
        const MysqlToken nameToken = peek();
        QString schema;
        QString name;
        qualifiedName(schema, name);
        m_context = QLatin1String("ALTER TABLE ") + quotedName(name);
        const QString error = m_builder.beginAlter(schema, name);
        if (!error.isEmpty()) {
            if (onlyIfExists) {
                skipToStatementEnd(false);
                return;
            }
            semanticError(nameToken, error);
        }
        try {
            if (!atStatementEnd()) {
                do {
                    alterAction();
                } while (acceptPunct(u','));
            }
        } catch (...) {
            m_builder.endAlter();
            throw;
        }
        m_builder.endAlter();
    }

    void columnPosition(QString &after, bool &first)
    {
        if (accept("FIRST"))
            first = true;
        else if (accept("AFTER"))
            after = identifier();
    }

    void alterAction()
    {
        const MysqlToken at = peek();
        if (accept("ADD")) {
            if (atKeyStart() && !peekWord("COLUMN")) {
                MysqlTableBodySpec body;
                const bool ifNot = (peekWord("INDEX") || peekWord("KEY") || peekWord("UNIQUE")) &&
                                   (peekWord("IF", 1) || peekWord("IF", 2));
                tableElement(body);
                for (const MysqlKeySpec &key : std::as_const(body.keys))
                    check(at, m_builder.addKey(key, ifNot));
                for (const MysqlForeignKeySpec &key : std::as_const(body.foreignKeys))
                    check(at, m_builder.addForeignKey(key));
                for (const MysqlCheckSpec &spec : std::as_const(body.checks))
                    check(at, m_builder.addCheck(spec));
                return;
            }
            accept("COLUMN");
            const bool ifNot = ifNotExists();
            if (acceptPunct(u'(')) {
                do {
                    addColumn(at, ifNot, false);
                } while (acceptPunct(u','));
                expectPunct(u')');
                return;
            }
            addColumn(at, ifNot, true);
        } else if (accept("DROP")) {
            if (accept("PRIMARY")) {
                expect("KEY");
                check(at, m_builder.dropPrimaryKey());
            } else if (accept("INDEX") || accept("KEY")) {
                const bool onlyIfExists = ifExists();
                check(at, m_builder.dropKey(identifier(), onlyIfExists));
            } else if (accept("FOREIGN")) {
                expect("KEY");
                const bool onlyIfExists = ifExists();
                check(at, m_builder.dropForeignKey(identifier(), onlyIfExists));
            } else if (accept("CHECK")) {
                const bool onlyIfExists = ifExists();
                check(at, m_builder.dropCheck(identifier(), onlyIfExists));
            } else if (accept("CONSTRAINT")) {
                const bool onlyIfExists = ifExists();
                check(at, m_builder.dropConstraint(identifier(), onlyIfExists));
            } else {
                accept("COLUMN");
                const bool onlyIfExists = ifExists();
                check(at, m_builder.dropColumn(identifier(), onlyIfExists));
                accept("RESTRICT") || accept("CASCADE");
            }
        } else if (accept("MODIFY")) {
            accept("COLUMN");
            ifExists();
            MysqlTableBodySpec body;
            const MysqlColumnSpec column = columnDefinition(body);
            QString after;
            bool first = false;
            columnPosition(after, first);
            check(at, m_builder.modifyColumn(column.name, column, after, first));
        } else if (accept("CHANGE")) {
            accept("COLUMN");
            ifExists();
            const QString oldName = identifier();
            MysqlTableBodySpec body;
            const MysqlColumnSpec column = columnDefinition(body);
            QString after;
            bool first = false;
            columnPosition(after, first);
            check(at, m_builder.modifyColumn(oldName, column, after, first));
        } else if (accept("ALTER")) {
            if (accept("INDEX") || accept("KEY")) {
                identifier();
                if (!accept("VISIBLE") && !accept("INVISIBLE") && !accept("IGNORED")) {
                    expect("NOT");
                    expect("IGNORED");
                }
                return;
            }
            if (accept("CHECK") || accept("CONSTRAINT")) {
                identifier();
                accept("NOT");
                expect("ENFORCED");
                return;
            }
            accept("COLUMN");
            const QString column = identifier();
            if (accept("SET")) {
                if (accept("VISIBLE") || accept("INVISIBLE"))
                    return;
                expect("DEFAULT");
                check(at, m_builder.setColumnDefault(column, defaultValue()));
            } else {
                expect("DROP");
                expect("DEFAULT");
                check(at, m_builder.setColumnDefault(column, MysqlDefaultSpec{}));
            }
        } else if (accept("RENAME")) {
            if (accept("COLUMN")) {
                const QString oldName = identifier();
                expect("TO");
                check(at, m_builder.renameColumn(oldName, identifier()));
            } else if (accept("INDEX") || accept("KEY")) {
                const QString oldName = identifier();
                expect("TO");
                check(at, m_builder.renameKey(oldName, identifier()));
            } else {
                accept("TO") || accept("AS");
                QString schema;
                QString name;
                qualifiedName(schema, name);
                check(at, m_builder.renameAlteredTable(schema, name));
            }
        } else if (accept("CONVERT")) {
            expect("TO");
            QString charset;
            if (!charsetClause(charset))
                syntaxError();
            QString collation;
            if (accept("COLLATE"))
                collation = identifier();
            check(at, m_builder.convertCharset(charset, collation));
        } else if (accept("ALGORITHM") || accept("LOCK")) {
            acceptEquals();
            identifier();
        } else if (accept("FORCE") || accept("ENABLE") || accept("DISABLE")) {
            if (isWord(m_tokens[m_pos - 1], QLatin1String("ENABLE")) ||
                isWord(m_tokens[m_pos - 1], QLatin1String("DISABLE")))
                expect("KEYS");
        } else {
            MysqlTableOptionsSpec options;
            const size_t before = m_pos;
            tableOptions(options);
            if (m_pos == before)
                syntaxError();
            check(at, m_builder.setTableOptions(options));
        }
    }

    void addColumn(const MysqlToken &at, bool ifNot, bool withPosition)
    {
        MysqlTableBodySpec body;
        const MysqlToken nameToken = peek();
        MysqlColumnSpec column = columnDefinition(body);
        QString after;
        bool first = false;
        if (withPosition)
            columnPosition(after, first);
        Q_UNUSED(nameToken);
        const QString error = m_builder.addColumn(column, after, first);
        if (ifNot && error.startsWith(QLatin1String("duplicate column")))
            return;
        check(at, error);
    }

    // --- other statements ------------------------------------------------------------------

    void dropTable()
    {
        expect("DROP");
        accept("TEMPORARY");
        if (!accept("TABLE"))
            expect("TABLES");
        m_context = QStringLiteral("DROP TABLE");
        const bool onlyIfExists = ifExists();
        do {
            const MysqlToken nameToken = peek();
            QString schema;
            QString name;
            qualifiedName(schema, name);
            m_context = QLatin1String("DROP TABLE ") + quotedName(name);
            check(nameToken, m_builder.dropTable(schema, name, onlyIfExists));
        } while (acceptPunct(u','));
        accept("RESTRICT") || accept("CASCADE");
    }

    void dropIndex()
    {
        m_pos += 2;
        m_context = QStringLiteral("DROP INDEX");
        const bool onlyIfExists = ifExists();
        const MysqlToken nameToken = peek();
        const QString index = identifier();
        m_context = QLatin1String("DROP INDEX ") + quotedName(index);
        expect("ON");
        QString schema;
        QString table;
        qualifiedName(schema, table);
        while (accept("ALGORITHM") || accept("LOCK")) {
            acceptEquals();
            identifier();
        }
        const QString error = m_builder.dropIndex(schema, table, index);
        if (!(onlyIfExists && !error.isEmpty()))
            check(nameToken, error);
    }

    void dropDatabase()
    {
        m_pos += 2;
        m_context = QStringLiteral("DROP DATABASE");
        const bool onlyIfExists = ifExists();
        const MysqlToken nameToken = peek();
        const QString name = identifier();
        check(nameToken, m_builder.dropSchema(name, onlyIfExists));
    }

    void renameTable()
    {
        m_pos += 2;
        m_context = QStringLiteral("RENAME TABLE");
        do {
            const MysqlToken nameToken = peek();
            QString schema;
            QString name;
            qualifiedName(schema, name);
            m_context = QLatin1String("RENAME TABLE ") + quotedName(name);
            expect("TO");
            QString newSchema;
            QString newName;
            qualifiedName(newSchema, newName);
            check(nameToken, m_builder.renameTable(schema, name, newSchema, newName));
        } while (acceptPunct(u','));
    }

    void createIndex()
    {
        MysqlKeySpec::Kind kind = MysqlKeySpec::Kind::Index;
        if (accept("UNIQUE"))
            kind = MysqlKeySpec::Kind::Unique;
        else if (accept("FULLTEXT"))
            kind = MysqlKeySpec::Kind::Fulltext;
        else if (accept("SPATIAL"))
            kind = MysqlKeySpec::Kind::Spatial;
        expect("INDEX");
        m_context = QStringLiteral("CREATE INDEX");
        const bool ifNot = ifNotExists();
        const MysqlToken nameToken = peek();
        MysqlKeySpec key;
        key.kind = kind;
        key.name = identifier();
        m_context = QLatin1String("CREATE INDEX ") + quotedName(key.name);
        indexOptions(key);
        expect("ON");
        QString schema;
        QString table;
        qualifiedName(schema, table);
        key.parts = keyParts();
        indexOptions(key);
        while (accept("ALGORITHM") || accept("LOCK")) {
            acceptEquals();
            identifier();
        }
        const QString error = m_builder.createIndex(schema, table, key);
        if (!(ifNot && error.startsWith(QLatin1String("duplicate key name"))))
            check(nameToken, error);
    }

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

} // namespace

Expected<MysqlParseResult> parseMysqlDdl(const QString &script, const QString &sourceName,
                                         const MysqlParseOptions &options,
                                         const TaskControl &control)
{
    return Parser(script, sourceName, options, control).run();
}

} // namespace strata
