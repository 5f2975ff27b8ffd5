#include "mysqltokenizer.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlTokenizerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlTokenizer)
};

inline bool isWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'$' || c >= 0x80;
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

MysqlTokenizer::MysqlTokenizer(QStringView text, int versionNumber, bool mariaDb)
    : m_text(text)
    , m_size(int(text.size()))
    , m_version(versionNumber)
    , m_mariaDb(mariaDb)
{}

void MysqlTokenizer::next(std::vector<MysqlToken> &out)
{
    m_out = &out;
    const size_t before = out.size();
    while (out.size() == before && m_pos < m_size && m_errorOffset < 0)
        step();
    if (out.size() == before)
        out.push_back({m_errorOffset >= 0 ? m_errorOffset : m_size, 0, MysqlToken::Kind::End});
    m_out = nullptr;
}

void MysqlTokenizer::push(int start, MysqlToken::Kind kind)
{
    m_out->push_back({start, m_pos - start, kind});
}

void MysqlTokenizer::fail(int offset, const QString &what)
{
    m_errorOffset = offset;
    m_errorWhat = what;
    m_pos = m_size;
}

void MysqlTokenizer::step()
{
    const char16_t c = at(m_pos);
    switch (c) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'\f':
    case u'\v':
        ++m_pos;
        return;
    case u'#':
        skipLine();
        return;
    case u'-':
        if (at(m_pos + 1) == u'-' &&
            (m_pos + 2 >= m_size || at(m_pos + 2) == u' ' || at(m_pos + 2) == u'\t' ||
             at(m_pos + 2) == u'\n' || at(m_pos + 2) == u'\r')) {
            skipLine();
            return;
        }
        break;
    case u'/':
        if (at(m_pos + 1) == u'*') {
            blockComment();
            return;
        }
        break;
    case u'*':
        if (m_inExecutableComment && at(m_pos + 1) == u'/') {
            m_inExecutableComment = false;
            m_pos += 2;
            return;
        }
        break;
    case u'`':
        quoted(u'`', MysqlToken::Kind::Quoted);
        return;
    case u'\'':
        quoted(u'\'', MysqlToken::Kind::String);
        return;
    case u'"':
        quoted(u'"', MysqlToken::Kind::DoubleQuoted);
        return;
    case u'@':
        variable();
        return;
    default:
        break;
    }
    if (isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)))) {
        number();
        return;
    }
    if (isWordChar(c)) {
        word();
        return;
    }
    punct();
}

void MysqlTokenizer::skipLine()
{
    while (m_pos < m_size && at(m_pos) != u'\n')
        ++m_pos;
}

void MysqlTokenizer::blockComment()
{
    const int start = m_pos;
    int content = m_pos + 2;
    bool executable = false;
    if (at(content) == u'!' || (at(content) == u'M' && at(content + 1) == u'!')) {
        const bool mariaOnly = at(content) == u'M';
        content += mariaOnly ? 2 : 1;
        int version = 0;
        int digits = 0;
        while (digits < 6 && isDigit(at(content))) {
            version = version * 10 + (at(content) - u'0');
            ++content;
            ++digits;
        }
        // Five digits name MySQL 5.x-9.x versions; six MariaDB's (e.g. 100201).
        executable = (!mariaOnly || m_mariaDb) && (digits == 0 || version <= m_version);
        if (executable && m_inExecutableComment) {
            fail(start, MysqlTokenizerTr::tr("nested executable comment"));
            return;
        }
    }
    if (executable) {
        m_inExecutableComment = true;
        m_pos = content;
        return;
    }
    for (int i = m_pos + 2; i + 1 < m_size; ++i) {
        if (at(i) == u'*' && at(i + 1) == u'/') {
            m_pos = i + 2;
            return;
        }
    }
    fail(start, MysqlTokenizerTr::tr("unterminated comment"));
}

void MysqlTokenizer::quoted(char16_t quote, MysqlToken::Kind kind)
{
    const int start = m_pos;
    const bool escapes = quote != u'`';
    for (int i = m_pos + 1; i < m_size; ++i) {
        const char16_t c = at(i);
        if (c == u'\\' && escapes) {
            ++i;
        } else if (c == quote) {
            if (at(i + 1) == quote) {
                ++i;
                continue;
            }
            m_pos = i + 1;
            push(start, kind);
            return;
        }
    }
    fail(start, kind == MysqlToken::Kind::Quoted ? MysqlTokenizerTr::tr("unterminated identifier")
                                                 : MysqlTokenizerTr::tr("unterminated string"));
}

void MysqlTokenizer::variable()
{
    const int start = m_pos;
    ++m_pos;
    if (at(m_pos) == u'@')
        ++m_pos;
    if (at(m_pos) == u'\'' || at(m_pos) == u'"' || at(m_pos) == u'`') {
        const char16_t q = at(m_pos);
        quoted(q, MysqlToken::Kind::Variable);
        m_out->back().start = start;
        m_out->back().length = m_pos - start;
        return;
    }
    while (m_pos < m_size && (isWordChar(at(m_pos)) || at(m_pos) == u'.'))
        ++m_pos;
    push(start, MysqlToken::Kind::Variable);
}

void MysqlTokenizer::number()
{
    const int start = m_pos;
    if (at(m_pos) == u'0' && (at(m_pos + 1) == u'x' || at(m_pos + 1) == u'b')) {
        int i = m_pos + 2;
        while (isWordChar(at(i)))
            ++i;
        if (i > m_pos + 2) {
            m_pos = i;
            push(start, MysqlToken::Kind::HexOrBit);
            return;
        }
    }
    while (isDigit(at(m_pos)))
        ++m_pos;
    if (at(m_pos) == u'.') {
        ++m_pos;
        while (isDigit(at(m_pos)))
            ++m_pos;
    }
    if ((at(m_pos) == u'e' || at(m_pos) == u'E') &&
        (isDigit(at(m_pos + 1)) ||
         ((at(m_pos + 1) == u'-' || at(m_pos + 1) == u'+') && isDigit(at(m_pos + 2))))) {
        m_pos += 2;
        while (isDigit(at(m_pos)))
            ++m_pos;
    }
    if (isWordChar(at(m_pos)) && at(m_pos) != u'.') {
        // 1abc is an identifier in MySQL.
        while (isWordChar(at(m_pos)))
            ++m_pos;
        push(start, MysqlToken::Kind::Word);
        return;
    }
    push(start, MysqlToken::Kind::Number);
}

void MysqlTokenizer::word()
{
    const int start = m_pos;
    const char16_t c = at(m_pos);
    if ((c == u'x' || c == u'X' || c == u'b' || c == u'B') && at(m_pos + 1) == u'\'') {
        ++m_pos;
        quoted(u'\'', MysqlToken::Kind::HexOrBit);
        m_out->back().start = start;
        m_out->back().length = m_pos - start;
        return;
    }
    while (m_pos < m_size && isWordChar(at(m_pos)))
        ++m_pos;
    push(start, MysqlToken::Kind::Word);
}

void MysqlTokenizer::punct()
{
    const int start = m_pos;
    const char16_t c = at(m_pos);
    const char16_t d = at(m_pos + 1);
    int length = 1;
    if ((c == u'<' && (d == u'=' || d == u'>' || d == u'<')) ||
        (c == u'>' && (d == u'=' || d == u'>')) || (c == u'!' && d == u'=') ||
        (c == u'|' && d == u'|') || (c == u'&' && d == u'&') || (c == u':' && d == u'=') ||
        (c == u'-' && d == u'>')) {
        length = 2;
        if (c == u'<' && d == u'=' && at(m_pos + 2) == u'>')
            length = 3;
        if (c == u'-' && d == u'>' && at(m_pos + 2) == u'>')
            length = 3;
    }
    m_pos += length;
    push(start, MysqlToken::Kind::Punct);
}

MysqlTokens tokenizeMysql(QStringView text, int versionNumber, bool mariaDb)
{
    MysqlTokenizer tokenizer(text, versionNumber, mariaDb);
    MysqlTokens result;
    do {
        tokenizer.next(result.tokens);
    } while (result.tokens.back().kind != MysqlToken::Kind::End);
    result.errorOffset = tokenizer.errorOffset();
    result.errorWhat = tokenizer.errorWhat();
    return result;
}

QString mysqlUnquote(QStringView quoted)
{
    if (quoted.size() < 2)
        return quoted.toString();
    const QChar quote = quoted.front();
    const QStringView body = quoted.mid(1, quoted.size() - 2);
    const bool escapes = quote != QLatin1Char('`');
    if (!body.contains(quote) && (!escapes || !body.contains(QLatin1Char('\\'))))
        return body.toString();
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == quote && i + 1 < body.size() && body[i + 1] == quote) {
            out += c;
            ++i;
        } else if (escapes && c == QLatin1Char('\\') && i + 1 < body.size()) {
            const QChar e = body[++i];
            switch (e.unicode()) {
            case u'n':
                out += QLatin1Char('\n');
                break;
            case u't':
                out += QLatin1Char('\t');
                break;
            case u'r':
                out += QLatin1Char('\r');
                break;
            case u'0':
                out += QChar(0);
                break;
            case u'b':
                out += QLatin1Char('\b');
                break;
            case u'Z':
                out += QChar(26);
                break;
            case u'%':
            case u'_':
                out += QLatin1Char('\\');
                out += e;
                break;
            default:
                out += e;
                break;
            }
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace strata
