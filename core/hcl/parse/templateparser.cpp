#include "parser_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclParserTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclParser)
};

bool isTemplateSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

struct Parser::TemplatePart
{
    enum Kind
    {
        Literal,
        Interpolation,
        If,
        Else,
        EndIf,
        For,
        EndFor
    };
    Kind kind = Literal;
    SourceRange range;
    QString text;
    ExpressionPtr expression;
    QString keyName;
    QString name;
    bool stripBefore = false;
    bool stripAfter = false;
};

namespace {

using Part = Parser::TemplatePart;

// `<<-` heredocs lose the indentation common to all their lines, as hclsyntax does: blank lines
// do not count, and a line that starts with an interpolation has no indentation.
void flushIndentation(std::vector<Part> &parts)
{
    constexpr qsizetype kNone = std::numeric_limits<qsizetype>::max();
    qsizetype minSpaces = kNone;
    std::vector<Part *> adjust;
    bool lineStart = true;
    for (Part &part : parts) {
        if (lineStart) {
            lineStart = false;
            if (part.kind == Part::Literal) {
                qsizetype spaces = 0;
                while (spaces < part.text.size() && part.text.at(spaces).isSpace() &&
                       part.text.at(spaces) != QLatin1Char('\n'))
                    ++spaces;
                const bool blank =
                    spaces == part.text.size() - 1 && part.text.endsWith(QLatin1Char('\n'));
                if (!blank) {
                    minSpaces = std::min(minSpaces, spaces);
                    adjust.push_back(&part);
                }
            } else {
                minSpaces = 0;
            }
        }
        if (part.kind == Part::Literal && part.text.endsWith(QLatin1Char('\n')))
            lineStart = true;
    }
    if (minSpaces == kNone || minSpaces == 0)
        return;
    for (Part *part : adjust)
        part->text.remove(0, minSpaces);
}

void applyStripMarkers(std::vector<Part> &parts)
{
    for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].kind == Part::Literal)
            continue;
        if (parts[i].stripBefore && i > 0 && parts[i - 1].kind == Part::Literal) {
            QString &text = parts[i - 1].text;
            qsizetype end = text.size();
            while (end > 0 && isTemplateSpace(text.at(end - 1)))
                --end;
            text.truncate(end);
        }
        if (parts[i].stripAfter && i + 1 < parts.size() && parts[i + 1].kind == Part::Literal) {
            QString &text = parts[i + 1].text;
            qsizetype begin = 0;
            while (begin < text.size() && isTemplateSpace(text.at(begin)))
                ++begin;
            text.remove(0, begin);
        }
    }
}

} // namespace

QString Parser::decodeLiteral(SourceRange range, bool quoted) const
{
    const char *s = m_file.text().constData();
    QByteArray out;
    out.reserve(range.length());
    for (qsizetype i = range.begin; i < range.end; ++i) {
        const char c = s[i];
        if ((c == '$' || c == '%') && i + 2 < range.end && s[i + 1] == c && s[i + 2] == '{') {
            out.append(c).append('{');
            i += 2;
            continue;
        }
        if (!quoted || c != '\\') {
            out.append(c);
            continue;
        }
        const char e = i + 1 < range.end ? s[i + 1] : '\0';
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case '"':
        case '\\':
            out.append(e);
            break;
        case 'u':
        case 'U': {
            const int digits = e == 'u' ? 4 : 8;
            char32_t code = 0;
            for (int d = 0; d < digits; ++d) {
                const int v = i + 2 + d < range.end ? hexValue(s[i + 2 + d]) : -1;
                if (v < 0)
                    fail(i,
                         HclParserTr::tr("invalid escape sequence: \"\\%1\" must be followed by %2 "
                                         "hexadecimal digits")
                             .arg(QLatin1Char(e))
                             .arg(digits));
                code = code * 16 + char32_t(v);
            }
            if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                fail(i, HclParserTr::tr("invalid escape sequence: U+%1 is not a Unicode character")
                            .arg(uint(code), 4, 16, QLatin1Char('0')));
            out.append(QString::fromUcs4(&code, 1).toUtf8());
            i += digits;
            break;
        }
        default: {
            qsizetype end = i + 2;
            while (end < range.end && (uchar(s[end]) & 0xC0) == 0x80)
                ++end;
            fail(i,
                 HclParserTr::tr("invalid escape sequence \"%1\"; write \"\\\\\" for a backslash")
                     .arg(QString::fromUtf8(s + i, std::min(end, range.end) - i)));
        }
        }
        ++i;
    }
    return QString::fromUtf8(out);
}

QString Parser::parseBlockLabel(const Token &open)
{
    next();
    QString label;
    for (;;) {
        const Token &token = peekRaw();
        if (token.type == TokenType::CloseQuote) {
            next();
            return label;
        }
        if (token.type != TokenType::TemplateLiteral)
            fail(token.range.begin,
                 HclParserTr::tr("a block label must be a plain string, without \"${\" or \"%{\""));
        label += decodeLiteral(token.range, true);
        next();
    }
}

ExpressionPtr Parser::parseTemplate(const Token &open)
{
    DepthGuard guard(*this, open.range.begin);
    const bool heredoc = open.type == TokenType::OpenHeredoc;
    const TokenType closeType = heredoc ? TokenType::CloseHeredoc : TokenType::CloseQuote;
    std::vector<TemplatePart> parts;
    for (;;) {
        const Token &token = peekRaw();
        if (token.type == closeType)
            break;
        if (token.type == TokenType::TemplateLiteral) {
            TemplatePart part;
            part.range = token.range;
            part.text = decodeLiteral(token.range, !heredoc);
            parts.push_back(std::move(part));
            next();
        } else if (token.type == TokenType::TemplateInterp) {
            NewlineScope scope(*this, true);
            next();
            TemplatePart part;
            part.kind = TemplatePart::Interpolation;
            part.stripBefore = token.strip;
            part.expression = parseExpr();
            const Token &end =
                expect(TokenType::TemplateSeqEnd,
                       HclParserTr::tr("expected \"}\" to close the interpolation, found %1"));
            part.stripAfter = end.strip;
            part.range = {token.range.begin, end.range.end};
            parts.push_back(std::move(part));
        } else if (token.type == TokenType::TemplateControl) {
            parseDirective(token, parts);
        } else {
            fail(token.range.begin,
                 HclParserTr::tr("unexpected %1 in a string").arg(describe(token)));
        }
    }
    const Token &close = next();
    if (heredoc && textOf(open).startsWith(QLatin1String("<<-")))
        flushIndentation(parts);
    applyStripMarkers(parts);
    size_t index = 0;
    ExpressionPtr result = buildTemplate(parts, index, nullptr);
    result->range = {open.range.begin, close.range.end};
    return result;
}

void Parser::parseDirective(const Token &introducer, std::vector<TemplatePart> &parts)
{
    NewlineScope scope(*this, true);
    next();
    TemplatePart part;
    part.stripBefore = introducer.strip;
    const Token &keyword = peek();
    if (isKeyword(keyword, QLatin1String("if"))) {
        next();
        part.kind = TemplatePart::If;
        part.expression = parseExpr();
    } else if (isKeyword(keyword, QLatin1String("else"))) {
        next();
        part.kind = TemplatePart::Else;
    } else if (isKeyword(keyword, QLatin1String("endif"))) {
        next();
        part.kind = TemplatePart::EndIf;
    } else if (isKeyword(keyword, QLatin1String("endfor"))) {
        next();
        part.kind = TemplatePart::EndFor;
    } else if (isKeyword(keyword, QLatin1String("for"))) {
        next();
        part.kind = TemplatePart::For;
        part.name =
            textOf(expect(TokenType::Identifier,
                          HclParserTr::tr("expected a variable name after \"for\", found %1")));
        if (peek().type == TokenType::Comma) {
            next();
            part.keyName = part.name;
            part.name =
                textOf(expect(TokenType::Identifier,
                              HclParserTr::tr("expected a variable name after \",\", found %1")));
        }
        if (!isKeyword(peek(), QLatin1String("in")))
            fail(peek().range.begin,
                 HclParserTr::tr("expected \"in\" after the variables of \"for\", found %1")
                     .arg(describe(peek())));
        next();
        part.expression = parseExpr();
    } else {
        fail(keyword.range.begin,
             HclParserTr::tr("expected if, else, endif, for or endfor after \"%{\", found %1")
                 .arg(describe(keyword)));
    }
    const Token &end =
        expect(TokenType::TemplateSeqEnd,
               HclParserTr::tr("expected \"}\" to close the template directive, found %1"));
    part.stripAfter = end.strip;
    part.range = {introducer.range.begin, end.range.end};
    parts.push_back(std::move(part));
}

ExpressionPtr Parser::buildTemplate(std::vector<TemplatePart> &parts, size_t &index,
                                    const TemplatePart *opener)
{
    auto sequence = makeExpression(ExprKind::Template, opener ? opener->range : SourceRange{});
    while (index < parts.size()) {
        TemplatePart &part = parts[index];
        switch (part.kind) {
        case TemplatePart::Literal: {
            auto literal = makeExpression(ExprKind::Literal, part.range);
            literal->value = Value::string(part.text);
            sequence->operands.push_back(std::move(literal));
            ++index;
            break;
        }
        case TemplatePart::Interpolation:
            sequence->operands.push_back(std::move(part.expression));
            ++index;
            break;
        case TemplatePart::Else:
        case TemplatePart::EndIf:
            if (opener && opener->kind == TemplatePart::If)
                return sequence;
            fail(part.range.begin,
                 HclParserTr::tr("this %1 has no matching %{ if }").arg(m_file.slice(part.range)));
        case TemplatePart::EndFor:
            if (opener && opener->kind == TemplatePart::For)
                return sequence;
            fail(part.range.begin,
                 HclParserTr::tr("this %1 has no matching %{ for }").arg(m_file.slice(part.range)));
        case TemplatePart::If:
        case TemplatePart::For: {
            DepthGuard guard(*this, part.range.begin);
            const bool isIf = part.kind == TemplatePart::If;
            auto directive =
                makeExpression(isIf ? ExprKind::TemplateIf : ExprKind::TemplateFor, part.range);
            directive->name = part.name;
            directive->keyName = part.keyName;
            directive->operands.push_back(std::move(part.expression));
            ++index;
            directive->operands.push_back(buildTemplate(parts, index, &part));
            if (isIf && index < parts.size() && parts[index].kind == TemplatePart::Else) {
                ++index;
                directive->operands.push_back(buildTemplate(parts, index, &part));
                if (index < parts.size() && parts[index].kind == TemplatePart::Else)
                    fail(parts[index].range.begin,
                         HclParserTr::tr("a %{ if } can have only one %{ else }"));
            }
            const auto closing = isIf ? TemplatePart::EndIf : TemplatePart::EndFor;
            if (index >= parts.size() || parts[index].kind != closing) {
                fail(part.range.begin,
                     isIf ? HclParserTr::tr("this %{ if } has no matching %{ endif }")
                          : HclParserTr::tr("this %{ for } has no matching %{ endfor }"));
            }
            directive->range.end = parts[index].range.end;
            ++index;
            sequence->operands.push_back(std::move(directive));
            break;
        }
        }
    }
    return sequence;
}

} // namespace strata::hcl
