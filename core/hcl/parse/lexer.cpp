#include "lexer.h"

#include <QCoreApplication>

#include <vector>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclLexerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclLexer)
};

struct LexFailure
{
    Error error;
};

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (uchar(c) >= 0x80);
}

bool isIdentifierPart(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '-';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

class Lexer
{
public:
    explicit Lexer(const SourceFile &file)
        : m_file(file)
        , m_text(file.text().constData())
        , m_size(file.text().size())
    {}

    TokenStream run();

private:
    enum class FrameKind
    {
        Brace,
        Interp,
        Quoted,
        Heredoc
    };
    struct Frame
    {
        FrameKind kind;
        qsizetype opener = 0;
        QByteArray marker;
        bool atLineStart = true;
    };

    char at(qsizetype i) const { return i < m_size ? m_text[i] : '\0'; }
    void emit(TokenType type, qsizetype begin, qsizetype end, bool strip = false)
    {
        m_out.tokens.append(Token{type, strip, {begin, end}});
    }
    [[noreturn]] void fail(qsizetype offset, const QString &message) const
    {
        throw LexFailure{m_file.error(offset, message)};
    }

    void scanNormal();
    void scanQuoted();
    void scanHeredoc();
    void scanHeredocOpener();
    void scanNumber();
    void scanComment();
    bool scanTemplateIntroducer(qsizetype literalStart);
    void flushLiteral(qsizetype begin, qsizetype end);
    void failAtEnd() const;

    const SourceFile &m_file;
    const char *m_text;
    qsizetype m_size;
    qsizetype m_pos = 0;
    std::vector<Frame> m_frames;
    TokenStream m_out;
};

TokenStream Lexer::run()
{
    if (m_size >= 3 && m_text[0] == '\xEF' && m_text[1] == '\xBB' && m_text[2] == '\xBF')
        m_pos = 3;
    for (;;) {
        const FrameKind mode = m_frames.empty() ? FrameKind::Brace : m_frames.back().kind;
        if (mode == FrameKind::Quoted) {
            scanQuoted();
        } else if (mode == FrameKind::Heredoc) {
            scanHeredoc();
        } else if (m_pos < m_size) {
            scanNormal();
        } else {
            break;
        }
    }
    failAtEnd();
    emit(TokenType::EndOfFile, m_size, m_size);
    return std::move(m_out);
}

void Lexer::failAtEnd() const
{
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        if (it->kind == FrameKind::Interp)
            fail(it->opener,
                 HclLexerTr::tr("unterminated template sequence: expected \"}\" to close it"));
    }
}

void Lexer::scanNormal()
{
    const qsizetype start = m_pos;
    const char c = m_text[m_pos];
    const char next = at(m_pos + 1);
    auto single = [&](TokenType type, int length = 1) {
        m_pos += length;
        emit(type, start, m_pos);
    };
    switch (c) {
    case ' ':
    case '\t':
    case '\r':
        ++m_pos;
        return;
    case '\n':
        return single(TokenType::Newline);
    case '#':
        return scanComment();
    case '/':
        if (next == '/' || next == '*')
            return scanComment();
        return single(TokenType::Slash);
    case '"':
        m_frames.push_back({FrameKind::Quoted, start, {}, true});
        return single(TokenType::OpenQuote);
    case '<':
        if (next == '<')
            return scanHeredocOpener();
        return next == '=' ? single(TokenType::LessEqual, 2) : single(TokenType::Less);
    case '{':
        m_frames.push_back({FrameKind::Brace, start, {}, true});
        return single(TokenType::OpenBrace);
    case '}':
        if (!m_frames.empty() && m_frames.back().kind == FrameKind::Interp) {
            m_frames.pop_back();
            return single(TokenType::TemplateSeqEnd);
        }
        if (!m_frames.empty())
            m_frames.pop_back();
        return single(TokenType::CloseBrace);
    case '~':
        if (next == '}' && !m_frames.empty() && m_frames.back().kind == FrameKind::Interp) {
            m_frames.pop_back();
            m_pos += 2;
            return emit(TokenType::TemplateSeqEnd, start, m_pos, true);
        }
        break;
    case '[':
        return single(TokenType::OpenBracket);
    case ']':
        return single(TokenType::CloseBracket);
    case '(':
        return single(TokenType::OpenParen);
    case ')':
        return single(TokenType::CloseParen);
    case ',':
        return single(TokenType::Comma);
    case ':':
        return single(TokenType::Colon);
    case '?':
        return single(TokenType::Question);
    case '+':
        return single(TokenType::Plus);
    case '-':
        return single(TokenType::Minus);
    case '*':
        return single(TokenType::Star);
    case '%':
        return single(TokenType::Percent);
    case '.':
        if (next == '.' && at(m_pos + 2) == '.')
            return single(TokenType::Ellipsis, 3);
        return single(TokenType::Dot);
    case '=':
        if (next == '=')
            return single(TokenType::Equal, 2);
        if (next == '>')
            return single(TokenType::FatArrow, 2);
        return single(TokenType::Assign);
    case '!':
        return next == '=' ? single(TokenType::NotEqual, 2) : single(TokenType::Bang);
    case '>':
        return next == '=' ? single(TokenType::GreaterEqual, 2) : single(TokenType::Greater);
    case '&':
        if (next == '&')
            return single(TokenType::And, 2);
        fail(start, HclLexerTr::tr("invalid operator \"&\"; did you mean \"&&\"?"));
    case '|':
        if (next == '|')
            return single(TokenType::Or, 2);
        fail(start, HclLexerTr::tr("invalid operator \"|\"; did you mean \"||\"?"));
    default:
        break;
    }
    if (isDigit(c))
        return scanNumber();
    if (isIdentifierStart(c)) {
        while (m_pos < m_size && isIdentifierPart(m_text[m_pos]))
            ++m_pos;
        return emit(TokenType::Identifier, start, m_pos);
    }
    qsizetype end = m_pos + 1;
    while (end < m_size && (uchar(m_text[end]) & 0xC0) == 0x80)
        ++end;
    fail(start, HclLexerTr::tr("invalid character \"%1\"")
                    .arg(QString::fromUtf8(m_text + start, end - start)));
}

void Lexer::scanComment()
{
    const qsizetype start = m_pos;
    if (m_text[m_pos] == '/' && at(m_pos + 1) == '*') {
        const qsizetype close = QByteArrayView(m_text, m_size).indexOf("*/", m_pos + 2);
        if (close < 0)
            fail(start, HclLexerTr::tr("unterminated comment: expected \"*/\" to close it"));
        m_pos = close + 2;
    } else {
        while (m_pos < m_size && m_text[m_pos] != '\n')
            ++m_pos;
        if (m_pos > start && m_text[m_pos - 1] == '\r')
            --m_pos;
    }
    m_out.comments.append({start, m_pos});
    if (m_pos < m_size && m_text[m_pos] == '\r')
        ++m_pos;
}

void Lexer::scanNumber()
{
    const qsizetype start = m_pos;
    while (isDigit(at(m_pos)))
        ++m_pos;
    if (at(m_pos) == '.' && isDigit(at(m_pos + 1))) {
        ++m_pos;
        while (isDigit(at(m_pos)))
            ++m_pos;
    }
    if (at(m_pos) == 'e' || at(m_pos) == 'E') {
        qsizetype p = m_pos + 1;
        if (at(p) == '+' || at(p) == '-')
            ++p;
        if (isDigit(at(p))) {
            while (isDigit(at(p)))
                ++p;
            m_pos = p;
        }
    }
    emit(TokenType::Number, start, m_pos);
}

void Lexer::scanHeredocOpener()
{
    const qsizetype start = m_pos;
    qsizetype p = m_pos + 2;
    if (at(p) == '-')
        ++p;
    const qsizetype markerStart = p;
    if (!isIdentifierStart(at(p)))
        fail(start,
             HclLexerTr::tr("invalid heredoc: expected a marker such as EOT right after \"<<\""));
    while (p < m_size && isIdentifierPart(m_text[p]))
        ++p;
    const QByteArray marker(m_text + markerStart, p - markerStart);
    if (at(p) == '\r')
        ++p;
    if (at(p) != '\n')
        fail(start,
             HclLexerTr::tr("invalid heredoc: the line must end right after the marker \"%1\"")
                 .arg(QString::fromUtf8(marker)));
    m_pos = p + 1;
    emit(TokenType::OpenHeredoc, start, m_pos);
    m_frames.push_back({FrameKind::Heredoc, start, marker, true});
}

void Lexer::flushLiteral(qsizetype begin, qsizetype end)
{
    if (end > begin)
        emit(TokenType::TemplateLiteral, begin, end);
}

bool Lexer::scanTemplateIntroducer(qsizetype literalStart)
{
    const char c = m_text[m_pos];
    if ((c != '$' && c != '%') || at(m_pos + 1) != '{')
        return false;
    flushLiteral(literalStart, m_pos);
    const qsizetype start = m_pos;
    m_pos += 2;
    const bool strip = at(m_pos) == '~';
    if (strip)
        ++m_pos;
    emit(c == '$' ? TokenType::TemplateInterp : TokenType::TemplateControl, start, m_pos, strip);
    m_frames.push_back({FrameKind::Interp, start, {}, true});
    return true;
}

void Lexer::scanQuoted()
{
    const qsizetype opener = m_frames.back().opener;
    const qsizetype start = m_pos;
    for (;;) {
        const char c = at(m_pos);
        if (m_pos >= m_size || c == '\n' || (c == '\r' && at(m_pos + 1) == '\n'))
            fail(opener,
                 HclLexerTr::tr(
                     "unterminated string: a quoted string must end with \" on the same line"));
        if (c == '"') {
            flushLiteral(start, m_pos);
            m_frames.pop_back();
            emit(TokenType::CloseQuote, m_pos, m_pos + 1);
            ++m_pos;
            return;
        }
        if (c == '\\') {
            m_pos += at(m_pos + 1) == '\n' || m_pos + 1 >= m_size ? 1 : 2;
            continue;
        }
        if ((c == '$' || c == '%') && at(m_pos + 1) == c && at(m_pos + 2) == '{') {
            m_pos += 3;
            continue;
        }
        if (scanTemplateIntroducer(start))
            return;
        ++m_pos;
    }
}

void Lexer::scanHeredoc()
{
    Frame &frame = m_frames.back();
    if (frame.atLineStart) {
        qsizetype p = m_pos;
        while (at(p) == ' ' || at(p) == '\t')
            ++p;
        const qsizetype markerEnd = p + frame.marker.size();
        if (markerEnd <= m_size &&
            QByteArrayView(m_text + p, frame.marker.size()) == frame.marker &&
            (markerEnd == m_size || m_text[markerEnd] == '\n' ||
             (m_text[markerEnd] == '\r' && at(markerEnd + 1) == '\n'))) {
            emit(TokenType::CloseHeredoc, m_pos, markerEnd);
            m_pos = markerEnd;
            m_frames.pop_back();
            return;
        }
    }
    if (m_pos >= m_size)
        fail(frame.opener,
             HclLexerTr::tr("unterminated heredoc: expected the marker \"%1\" on a line of its own")
                 .arg(QString::fromUtf8(frame.marker)));
    const qsizetype start = m_pos;
    frame.atLineStart = false;
    while (m_pos < m_size) {
        const char c = m_text[m_pos];
        if (c == '\n') {
            ++m_pos;
            flushLiteral(start, m_pos);
            m_frames.back().atLineStart = true;
            return;
        }
        if ((c == '$' || c == '%') && at(m_pos + 1) == c && at(m_pos + 2) == '{') {
            m_pos += 3;
            continue;
        }
        if (scanTemplateIntroducer(start))
            return;
        ++m_pos;
    }
    flushLiteral(start, m_pos);
}

} // namespace

Expected<TokenStream> tokenize(const SourceFile &file)
{
    try {
        return Lexer(file).run();
    } catch (const LexFailure &failure) {
        return failure.error;
    }
}

} // namespace strata::hcl
