#include "statementscanner.h"

#include "directives.h"
#include "goutf8.h"
#include "hcl/gostring.h"
#include "lexpatterns.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class StatementScannerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::StatementScanner)
};

const QByteArray kDefaultDelimiter(";");
const QByteArrayView kDelimiterCommand("delimiter");

/// Go's %q of a quote rune: '\'', '"', '`'.
QString quotedRune(char32_t quote)
{
    if (quote == '\'')
        return QStringLiteral("'\\''");
    return QLatin1Char('\'') + QChar(char16_t(quote)) + QLatin1Char('\'');
}

bool isIdentifierByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
           c == '$' || static_cast<unsigned char>(c) >= 0x80;
}

bool startsWithKeyword(QByteArrayView text, QByteArrayView keyword)
{
    if (text.size() < keyword.size())
        return false;
    return QByteArrayView(text.first(keyword.size())).compare(keyword, Qt::CaseInsensitive) == 0;
}

/// strconv.Atoi's syntax: an optional sign and at least one digit.
bool isGoInteger(QByteArrayView text)
{
    if (text.startsWith('+') || text.startsWith('-'))
        text = text.sliced(1);
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/// strings.NewReplacer(`\n`, "\n", `\r`, "\r", `\t`, "\t"), left to right.
QByteArray unescapeDelimiter(QByteArrayView delimiter)
{
    QByteArray result;
    for (qsizetype i = 0; i < delimiter.size(); ++i) {
        if (delimiter[i] == '\\' && i + 1 < delimiter.size()) {
            const char next = delimiter[i + 1];
            if (next == 'n' || next == 'r' || next == 't') {
                result.append(next == 'n' ? '\n' : next == 'r' ? '\r' : '\t');
                ++i;
                continue;
            }
        }
        result.append(delimiter[i]);
    }
    return result;
}

} // namespace

StatementScanner::StatementScanner(const SplitRules &rules, QByteArrayView source)
    : m_rules(rules)
    , m_source(source)
    , m_delimiter(kDefaultDelimiter)
{}

bool StatementScanner::init()
{
    if (const std::optional<QByteArray> delimiter = delimiterDirective(m_source)) {
        if (!setDelimiter(*delimiter))
            return false;
        const qsizetype newline = m_source.indexOf('\n');
        if (newline < 0) {
            return fail(0, StatementScannerTr::tr("no input found after delimiter %1")
                               .arg(goQuoted(QString::fromUtf8(*delimiter))));
        }
        m_inputStart = newline + 1;
    }
    m_initialStart = m_inputStart;
    return true;
}

StatementScanner::Step StatementScanner::next(Statement &statement)
{
    qsizetype depth = 0;
    qsizetype openingPos = 0;
    QByteArrayView text;
    skipSpaces();
    for (;;) {
        const char32_t r = nextRune();
        if (r == kEnd) {
            if (depth > 0) {
                fail(openingPos, StatementScannerTr::tr("unclosed '('"));
                return Step::Failed;
            }
            if (m_pos == 0)
                return Step::End;
            text = input();
            break;
        }
        if (r == '(') {
            if (depth == 0)
                openingPos = m_pos;
            ++depth;
            continue;
        }
        if (r == ')') {
            if (depth == 0) {
                fail(m_pos, StatementScannerTr::tr("unexpected ')'"));
                return Step::Failed;
            }
            --depth;
            continue;
        }
        if (r == '\'' || r == '"' || r == '`') {
            if (!skipQuote(r))
                return Step::Failed;
            continue;
        }
        if (m_rules.delimiterCommand && m_pos == 1 && input().size() > kDelimiterCommand.size() &&
            startsWithKeyword(input(), kDelimiterCommand)) {
            advance(kDelimiterCommand.size() - 1);
            if (!delimiterCommand())
                return Step::Failed;
            skipSpaces();
            continue;
        }
        if (m_rules.goCommand) {
            // `GO` on a line of its own ends the statement; after a newline the newline stays
            // in the statement's text, at the start it is an empty statement (both as Atlas).
            const bool afterNewline =
                r == '\n' && lexpatterns::goCommand(input().sliced(m_pos)) >= 0;
            if (afterNewline)
                nextRune();
            if (afterNewline || ((m_pos == 1 || (m_pos > 1 && input()[m_pos - 2] == '\n')) &&
                                 lexpatterns::goCommand(input().sliced(m_pos - 1)) >= 0)) {
                text = input().first(m_pos - 1);
                nextRune();
                if (!skipGoCount())
                    return Step::Failed;
                skipSpaces();
                break;
            }
        }
        // Delimiters take precedence over comments.
        if (depth == 0 && input().sliced(m_pos - m_width).startsWith(m_delimiter)) {
            advance(m_delimiter.size() - m_width);
            text = input().first(m_pos);
            break;
        }
        if (m_rules.dollarQuotes && r == '$' &&
            lexpatterns::dollarQuoteTag(input().sliced(m_pos - 1)) >= 0) {
            if (!skipDollarQuote())
                return Step::Failed;
            continue;
        }
        if (r == '#' && m_rules.hashComments) {
            comment("#", "\n");
            continue;
        }
        if (r == '-' && peekRune() == '-') {
            nextRune();
            comment("--", "\n");
            continue;
        }
        if (r == '/' && peekRune() == '*') {
            nextRune();
            comment("/*", "*/");
            continue;
        }
        const bool defaultDelimiter = m_delimiter == kDefaultDelimiter;
        if (defaultDelimiter && m_rules.beginAtomic &&
            lexpatterns::beginAtomic(input().sliced(m_pos - 1)) >= 0) {
            // Not a BEGIN ATOMIC block after all: scanning goes on after its keywords.
            if (skipBeginAtomic()) {
                text = input().first(m_pos);
                break;
            }
            continue;
        }
        // BEGIN starts the statement or follows a space (its own match starts one earlier).
        if (defaultDelimiter && m_rules.beginBlocks &&
            ((m_pos == 1 && lexpatterns::begin(input()) >= 0) ||
             (m_pos > 1 && lexpatterns::begin(input().sliced(m_pos - 2)) >= 0))) {
            if (skipBegin()) {
                text = input().first(m_pos);
                break;
            }
            continue;
        }
    }
    statement = emit(text);
    return Step::Statement;
}

char32_t StatementScanner::nextRune()
{
    if (m_pos >= input().size())
        return kEnd;
    const goutf8::Rune rune = goutf8::decode(input(), m_pos);
    m_width = rune.width;
    advance(rune.width);
    return rune.value;
}

char32_t StatementScanner::peekRune()
{
    const qsizetype pos = m_pos;
    const qsizetype width = m_width;
    const qsizetype total = m_total;
    const char32_t rune = nextRune();
    m_pos = pos;
    m_width = width;
    m_total = total;
    return rune;
}

void StatementScanner::advance(qsizetype bytes)
{
    m_pos += bytes;
    m_total += bytes;
}

void StatementScanner::skipSpaces()
{
    // Atlas trims the start of the input and leaves the position alone; the position is 0
    // whenever the input can start with a space.
    const qsizetype spaces = goutf8::leadingSpace(input());
    m_inputStart += spaces;
    m_total += spaces;
}

StatementScanner::Statement StatementScanner::emit(QByteArrayView text)
{
    Statement statement;
    statement.offset = m_initialStart + m_total - text.size();
    statement.comments = m_comments;
    m_inputStart += m_pos;
    m_pos = 0;
    m_comments.clear();
    if (m_delimiter != kDefaultDelimiter && text.endsWith(m_delimiter))
        text.chop(m_delimiter.size());
    statement.text = goutf8::trimSpace(text).toByteArray();
    return statement;
}

bool StatementScanner::setDelimiter(QByteArrayView delimiter)
{
    if (delimiter.isEmpty())
        return failWithoutPosition(StatementScannerTr::tr("empty delimiter"));
    m_delimiter = unescapeDelimiter(delimiter);
    return true;
}

bool StatementScanner::skipQuote(char32_t quote)
{
    const qsizetype start = m_pos;
    // PostgreSQL's E'...' takes backslash escapes. (Atlas looks at the quote itself rather than
    // the character before it, so it never enables them; Strata follows PostgreSQL.)
    const bool escapedString = m_rules.escapedStrings && quote == '\'' && m_pos >= 2 &&
                               (input()[m_pos - 2] == 'E' || input()[m_pos - 2] == 'e') &&
                               (m_pos < 3 || !isIdentifierByte(input()[m_pos - 3]));
    const bool escaped = m_rules.backslashEscapes || escapedString;
    for (;;) {
        const char32_t r = nextRune();
        if (r == kEnd)
            return fail(start, StatementScannerTr::tr("unclosed quote %1").arg(quotedRune(quote)));
        if (r == '\\' && escaped)
            nextRune();
        else if (r == quote)
            return true;
    }
}

bool StatementScanner::skipDollarQuote()
{
    const qsizetype length = lexpatterns::dollarQuoteTag(input().sliced(m_pos - 1));
    if (length < 0)
        return fail(m_pos, StatementScannerTr::tr("unexpected dollar quote"));
    const QByteArrayView tag = input().sliced(m_pos - 1, length);
    advance(length - 1);
    for (;;) {
        const char32_t r = nextRune();
        if (r == kEnd) {
            // An unclosed dollar quote runs to the end of the file, as in Atlas.
            if (m_delimiter.isEmpty())
                return fail(m_pos, StatementScannerTr::tr("unclosed dollar-quoted string"));
            return true;
        }
        if (r == '$' && input().sliced(m_pos - 1).startsWith(tag)) {
            advance(length - 1);
            return true;
        }
    }
}

bool StatementScanner::skipBeginAtomic()
{
    const qsizetype length = lexpatterns::beginAtomic(input().sliced(m_pos - 1));
    if (length < 0)
        return false;
    advance(length - 1);
    // The body's statements are scanned one by one until one starts with END.
    StatementScanner body(m_rules, input().sliced(m_pos));
    if (!body.init())
        return false;
    for (;;) {
        Statement statement;
        if (body.next(statement) != Step::Statement)
            return false;
        if (lexpatterns::end(statement.text) >= 0)
            break;
    }
    advance(body.m_total);
    return true;
}

bool StatementScanner::skipBegin()
{
    const qsizetype length = lexpatterns::begin(input().sliced(m_pos - 1));
    if (length < 0)
        return false;
    advance(length - 1);
    // Nested blocks are scanned by the group's own BEGIN cases; the group ends at a bare
    // `END` or `END;` (not `END IF;`).
    StatementScanner group(m_rules, input().sliced(m_pos));
    if (!group.init())
        return false;
    for (;;) {
        Statement statement;
        if (group.next(statement) != Step::Statement)
            return false;
        const qsizetype end = lexpatterns::end(statement.text);
        if (end >= 0 && (end == statement.text.size() || statement.text.sliced(end) == m_delimiter))
            break;
    }
    advance(group.m_total);
    return true;
}

bool StatementScanner::delimiterCommand()
{
    // `DELIMITER` is a command only when a space follows it.
    if (peekRune() != U' ')
        return true;
    for (char32_t r = peekRune(); r != kEnd && r != U'\n'; r = nextRune()) {
    }
    QByteArray delimiter = goutf8::trimSpace(input().sliced(kDelimiterCommand.size(),
                                                            m_pos - kDelimiterCommand.size()))
                               .toByteArray();
    // The mysql client allows a quoted delimiter.
    if (delimiter.size() >= 2 && delimiter.startsWith('\'') && delimiter.endsWith('\''))
        delimiter = delimiter.mid(1, delimiter.size() - 2).replace("''", "'");
    if (!setDelimiter(delimiter))
        return false;
    emit(input().first(m_pos));
    return true;
}

bool StatementScanner::skipGoCount()
{
    if (peekRune() != U' ')
        return true;
    const qsizetype start = m_pos;
    for (char32_t r = peekRune(); r != kEnd && r != U'\n';)
        r = nextRune();
    const QByteArrayView raw = input().sliced(start, m_pos - start);
    const QByteArrayView count = goutf8::trimSpace(raw);
    if (isGoInteger(count))
        return true;
    return failWithoutPosition(
        StatementScannerTr::tr("sql/migrate: invalid GO command, expect digits got %1: "
                               "strconv.Atoi: parsing %2: invalid syntax")
            .arg(goQuoted(QString::fromUtf8(raw)), goQuoted(QString::fromUtf8(count))));
}

void StatementScanner::comment(QByteArrayView left, QByteArrayView right)
{
    const qsizetype index = input().sliced(m_pos).indexOf(right);
    // Without its end it is not a comment: scanning goes on inside it.
    if (index < 0)
        return;
    const bool insideStatement = m_pos != left.size();
    advance(index + right.size());
    if (insideStatement)
        return;
    // Nothing of a statement was scanned yet: the comment joins the next statement's group.
    m_comments.append(input().first(m_pos).toByteArray());
    m_inputStart += m_pos;
    m_pos = 0;
    // A blank line separates the group from the statement.
    if (input().startsWith("\n\n") || (right == "\n" && input().startsWith('\n')))
        m_comments.clear();
    skipSpaces();
}

bool StatementScanner::fail(qsizetype position, const QString &reason)
{
    const qsizetype absolute = m_inputStart + position;
    const QByteArrayView before = m_source.first(absolute);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    m_failure.line = 1 + int(before.count('\n'));
    m_failure.column = int(m_failure.line == 1 ? absolute : absolute - lastNewline - 1);
    m_failure.reason = reason;
    return false;
}

bool StatementScanner::failWithoutPosition(const QString &reason)
{
    m_failure = SplitFailure{0, 0, reason};
    return false;
}

} // namespace strata
