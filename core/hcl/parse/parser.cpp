#include "parser.h"

#include "lexer.h"
#include "parser_p.h"

#include <QCoreApplication>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclParserTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclParser)
};

constexpr int kMaxDepth = 200;
constexpr int kMaxChain = 1000;

} // namespace

ExpressionPtr makeExpression(ExprKind kind, SourceRange range)
{
    auto expr = std::make_unique<Expression>();
    expr->kind = kind;
    expr->range = range;
    return expr;
}

DepthGuard::DepthGuard(Parser &parser, qsizetype offset)
    : m_parser(parser)
{
    if (++m_parser.m_depth > kMaxDepth) {
        throw ParseFailure{m_parser.m_file.error(
            offset, HclParserTr::tr("nesting is too deep (more than 200 levels)"))};
    }
}

void ChainGuard::step(qsizetype offset)
{
    ++m_steps;
    if (++m_parser.m_chain > kMaxChain) {
        throw ParseFailure{m_parser.m_file.error(
            offset,
            HclParserTr::tr(
                "the expression is too long (more than 1000 operators or steps in a row)"))};
    }
}

Parser::Parser(const SourceFile &file, const QList<Token> &tokens)
    : m_file(file)
    , m_tokens(tokens)
{}

const Token &Parser::peek()
{
    if (!m_ignoreNewlines.empty() && m_ignoreNewlines.back()) {
        while (m_tokens.at(m_pos).type == TokenType::Newline)
            ++m_pos;
    }
    return m_tokens.at(m_pos);
}

const Token &Parser::lookahead(qsizetype distance)
{
    qsizetype i = m_pos;
    for (;;) {
        while (m_tokens.at(i).type == TokenType::Newline)
            ++i;
        if (distance == 0 || m_tokens.at(i).type == TokenType::EndOfFile)
            return m_tokens.at(i);
        --distance;
        ++i;
    }
}

const Token &Parser::next()
{
    const Token &token = peek();
    if (token.type != TokenType::EndOfFile)
        ++m_pos;
    return token;
}

const Token &Parser::expect(TokenType type, const QString &message)
{
    const Token &token = peek();
    if (token.type != type)
        fail(token.range.begin, message.arg(describe(token)));
    return next();
}

bool Parser::isKeyword(const Token &token, QLatin1String keyword) const
{
    return token.type == TokenType::Identifier &&
           QByteArrayView(m_file.text().constData() + token.range.begin, token.range.length()) ==
               QByteArrayView(keyword.data(), keyword.size());
}

QString Parser::textOf(const Token &token) const
{
    return m_file.slice(token.range);
}

QString Parser::describe(const Token &token) const
{
    switch (token.type) {
    case TokenType::EndOfFile:
        return HclParserTr::tr("the end of the file");
    case TokenType::Newline:
        return HclParserTr::tr("a line break");
    case TokenType::OpenHeredoc:
        return HclParserTr::tr("a heredoc");
    case TokenType::TemplateLiteral:
        return HclParserTr::tr("text");
    default:
        break;
    }
    QString text = textOf(token);
    if (text.size() > 24)
        text = text.left(24) + QStringLiteral("…");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void Parser::fail(qsizetype offset, const QString &message) const
{
    throw ParseFailure{m_file.error(offset, message)};
}

Body Parser::parseFile()
{
    Body body;
    parseBody(body, nullptr);
    return body;
}

ExpressionPtr Parser::parseSingleExpression()
{
    NewlineScope scope(*this, true);
    if (peek().type == TokenType::EndOfFile)
        fail(peek().range.begin,
             HclParserTr::tr("expected an expression, found %1").arg(describe(peek())));
    ExpressionPtr expr = parseExpr();
    const Token &rest = peek();
    if (rest.type != TokenType::EndOfFile)
        fail(rest.range.begin,
             HclParserTr::tr("unexpected %1 after the expression").arg(describe(rest)));
    return expr;
}

void Parser::parseBody(Body &body, const Block *owner)
{
    for (;;) {
        const Token &token = peekRaw();
        switch (token.type) {
        case TokenType::Newline:
            ++m_pos;
            continue;
        case TokenType::EndOfFile:
            if (owner) {
                fail(owner->openBrace.begin,
                     HclParserTr::tr(
                         "block \"%1\" is not closed: expected \"}\" before the end of the file")
                         .arg(owner->type));
            }
            return;
        case TokenType::CloseBrace:
            if (!owner)
                fail(token.range.begin, HclParserTr::tr("unexpected \"}\": no block is open here"));
            return;
        case TokenType::Identifier:
            parseBodyItem(body);
            continue;
        default:
            fail(
                token.range.begin,
                HclParserTr::tr("expected an attribute or a block, found %1").arg(describe(token)));
        }
    }
}

void Parser::parseBodyItem(Body &body)
{
    const Token &name = next();
    const Token &after = peekRaw();
    if (after.type == TokenType::Assign) {
        body.attributes.push_back(parseAttribute(name, body));
        expectLineEnd(
            HclParserTr::tr("expected a line break after the value of attribute \"%1\", found %2")
                .arg(textOf(name), QStringLiteral("%1")));
        return;
    }
    if (after.type == TokenType::Identifier || after.type == TokenType::OpenQuote ||
        after.type == TokenType::OpenBrace) {
        parseBlock(body, name);
        return;
    }
    fail(after.range.begin,
         HclParserTr::tr("expected \"=\" after attribute name \"%1\"").arg(textOf(name)));
}

Attribute Parser::parseAttribute(const Token &nameToken, const Body &body)
{
    Attribute attribute;
    attribute.name = textOf(nameToken);
    attribute.nameRange = nameToken.range;
    if (const Attribute *previous = body.attribute(attribute.name)) {
        fail(nameToken.range.begin,
             HclParserTr::tr("attribute \"%1\" is already defined at line %2")
                 .arg(attribute.name)
                 .arg(m_file.position(previous->nameRange.begin).line));
    }
    expect(TokenType::Assign, HclParserTr::tr("expected \"=\", found %1"));
    attribute.expression = parseExpr();
    attribute.range = {nameToken.range.begin, attribute.expression->range.end};
    return attribute;
}

void Parser::expectLineEnd(const QString &message)
{
    const Token &token = peekRaw();
    if (token.type == TokenType::EndOfFile)
        return;
    if (token.type != TokenType::Newline)
        fail(token.range.begin, message.arg(describe(token)));
    ++m_pos;
}

void Parser::parseBlock(Body &body, const Token &typeToken)
{
    DepthGuard guard(*this, typeToken.range.begin);
    Block block;
    block.type = textOf(typeToken);
    block.typeRange = typeToken.range;
    for (;;) {
        const Token &token = peekRaw();
        if (token.type == TokenType::Identifier) {
            block.labels.append(textOf(token));
            block.labelRanges.append(token.range);
            ++m_pos;
        } else if (token.type == TokenType::OpenQuote) {
            const qsizetype begin = token.range.begin;
            block.labels.append(parseBlockLabel(token));
            block.labelRanges.append({begin, m_tokens.at(m_pos - 1).range.end});
        } else {
            break;
        }
    }
    const Token &open = peekRaw();
    if (open.type != TokenType::OpenBrace) {
        if (open.type == TokenType::Newline && lookahead(0).type == TokenType::OpenBrace &&
            !block.labels.isEmpty()) {
            fail(lookahead(0).range.begin,
                 HclParserTr::tr("the \"{\" of block \"%1\" must be on the same line as its labels")
                     .arg(block.type));
        }
        if (block.labels.size() == 1 && open.type == TokenType::Newline)
            fail(block.labelRanges.front().begin,
                 HclParserTr::tr("expected \"=\" after attribute name \"%1\"").arg(block.type));
        fail(open.range.begin, HclParserTr::tr("expected \"{\" to open block \"%1\", found %2")
                                   .arg(block.type, describe(open)));
    }
    block.openBrace = open.range;
    ++m_pos;
    if (peekRaw().type == TokenType::Newline || peekRaw().type == TokenType::EndOfFile) {
        parseBody(block.body, &block);
    } else if (peekRaw().type != TokenType::CloseBrace) {
        block.singleLine = true;
        const Token &name = peekRaw();
        if (name.type != TokenType::Identifier || m_tokens.at(m_pos + 1).type != TokenType::Assign)
            fail(name.range.begin,
                 HclParserTr::tr("expected a line break or a single attribute after \"{\", "
                                 "found %1")
                     .arg(describe(name)));
        ++m_pos;
        block.body.attributes.push_back(parseAttribute(name, block.body));
        const Token &close = peekRaw();
        if (close.type != TokenType::CloseBrace) {
            fail(close.range.begin,
                 HclParserTr::tr("expected \"}\" to close the single-line block \"%1\", "
                                 "found %2; put further attributes on their own lines")
                     .arg(block.type, describe(close)));
        }
    } else {
        block.singleLine = true;
    }
    block.closeBrace = next().range;
    block.range = {typeToken.range.begin, block.closeBrace.end};
    expectLineEnd(HclParserTr::tr("expected a line break after the \"}\" of block \"%1\", found %2")
                      .arg(block.type, QStringLiteral("%1")));
    body.blocks.push_back(std::move(block));
}

Expected<Body> parseFile(const SourceFile &file)
{
    Expected<TokenStream> tokens = tokenize(file);
    if (!tokens)
        return tokens.error();
    try {
        return Parser(file, tokens->tokens).parseFile();
    } catch (const ParseFailure &failure) {
        return failure.error;
    }
}

Expected<ExpressionPtr> parseExpression(const SourceFile &file)
{
    Expected<TokenStream> tokens = tokenize(file);
    if (!tokens)
        return tokens.error();
    try {
        return Parser(file, tokens->tokens).parseSingleExpression();
    } catch (const ParseFailure &failure) {
        return failure.error;
    }
}

} // namespace strata::hcl
