#include "hcltokenizer.h"

#include <QSet>

namespace strata {
namespace {

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '-';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

HclStyle wordStyle(const QByteArray &word)
{
    static const QSet<QByteArray> keywords = {
        "table",   "column",   "schema",    "index",  "foreign_key", "primary_key", "check",
        "env",     "data",     "variable",  "locals", "view",        "enum",        "function",
        "trigger", "sequence", "migration", "lint",   "diff",        "output",      "module"};
    static const QSet<QByteArray> constants = {"true", "false", "null"};
    if (constants.contains(word))
        return HclStyle::Constant;
    if (keywords.contains(word))
        return HclStyle::Keyword;
    return HclStyle::Identifier;
}

class LineTokenizer
{
public:
    LineTokenizer(const QByteArray &line, HclLineState &state)
        : m_line(line)
        , m_state(state)
    {}

    QList<HclRun> run()
    {
        if (m_state.inBlockComment)
            blockCommentRest();
        while (m_pos < m_line.size())
            token();
        return m_runs;
    }

private:
    char at(qsizetype pos) const { return pos < m_line.size() ? m_line.at(pos) : '\0'; }

    void push(qsizetype end, HclStyle style)
    {
        const int length = int(end - m_pos);
        if (length <= 0)
            return;
        if (!m_runs.isEmpty() && m_runs.last().style == style)
            m_runs.last().length += length;
        else
            m_runs.append({length, style});
        m_pos = end;
    }

    void blockCommentRest()
    {
        const qsizetype close = m_line.indexOf("*/", m_pos);
        m_state.inBlockComment = close < 0;
        push(close < 0 ? m_line.size() : close + 2, HclStyle::Comment);
    }

    void token()
    {
        const char c = at(m_pos);
        if (c == '#' || (c == '/' && at(m_pos + 1) == '/')) {
            push(m_line.size(), HclStyle::Comment);
        } else if (c == '/' && at(m_pos + 1) == '*') {
            m_runs.append({2, HclStyle::Comment});
            m_pos += 2;
            m_state.inBlockComment = true;
            blockCommentRest();
        } else if (c == '"') {
            string();
        } else if (isDigit(c)) {
            number();
        } else if (isIdentifierStart(c)) {
            qsizetype end = m_pos + 1;
            while (isIdentifierChar(at(end)))
                ++end;
            push(end, isAttributeName(end) ? HclStyle::Identifier
                                           : wordStyle(m_line.mid(m_pos, end - m_pos)));
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            push(m_pos + 1, HclStyle::Default);
        } else {
            if (c == '{')
                ++m_state.depth;
            else if (c == '}' && m_state.depth > 0)
                --m_state.depth;
            push(m_pos + 1, HclStyle::Operator);
        }
    }

    /// `null = false`: a word before `=` (or after a dot) is a name, whatever it spells.
    bool isAttributeName(qsizetype end) const
    {
        if (m_pos > 0 && at(m_pos - 1) == '.')
            return true;
        while (at(end) == ' ' || at(end) == '\t')
            ++end;
        return at(end) == '=' && at(end + 1) != '=';
    }

    void number()
    {
        qsizetype end = m_pos;
        while (isDigit(at(end)))
            ++end;
        if (at(end) == '.' && isDigit(at(end + 1))) {
            ++end;
            while (isDigit(at(end)))
                ++end;
        }
        if (at(end) == 'e' || at(end) == 'E') {
            qsizetype exponent = end + 1;
            if (at(exponent) == '+' || at(exponent) == '-')
                ++exponent;
            if (isDigit(at(exponent))) {
                end = exponent;
                while (isDigit(at(end)))
                    ++end;
            }
        }
        push(end, HclStyle::Number);
    }

    void string()
    {
        push(m_pos + 1, HclStyle::String);
        while (m_pos < m_line.size()) {
            const char c = at(m_pos);
            if (c == '"') {
                push(m_pos + 1, HclStyle::String);
                return;
            }
            if (c == '\n' || c == '\r') {
                return;
            }
            if (c == '\\') {
                push(qMin(m_pos + (at(m_pos + 1) == 'u' ? 6 : 2), m_line.size()), HclStyle::Escape);
            } else if ((c == '$' || c == '%') && at(m_pos + 1) == '{') {
                interpolation();
            } else {
                push(m_pos + 1, HclStyle::String);
            }
        }
    }

    void interpolation()
    {
        qsizetype end = m_pos + 2;
        int depth = 1;
        for (; end < m_line.size() && depth > 0; ++end) {
            const char c = at(end);
            if (c == '\n' || c == '\r')
                break;
            if (c == '{')
                ++depth;
            else if (c == '}')
                --depth;
        }
        push(end, HclStyle::Interpolation);
    }

    const QByteArray &m_line;
    HclLineState &m_state;
    qsizetype m_pos = 0;
    QList<HclRun> m_runs;
};

} // namespace

QList<HclRun> tokenizeHclLine(const QByteArray &line, HclLineState &state)
{
    return LineTokenizer(line, state).run();
}

} // namespace strata
