#include "parser_p.h"

#include <QCoreApplication>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclParserTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclParser)
};

Operator binaryOperator(TokenType type, int level)
{
    switch (level) {
    case 0:
        return type == TokenType::Or ? Operator::Or : Operator::None;
    case 1:
        return type == TokenType::And ? Operator::And : Operator::None;
    case 2:
        if (type == TokenType::Equal)
            return Operator::Equal;
        return type == TokenType::NotEqual ? Operator::NotEqual : Operator::None;
    case 3:
        switch (type) {
        case TokenType::Less:
            return Operator::Less;
        case TokenType::LessEqual:
            return Operator::LessEqual;
        case TokenType::Greater:
            return Operator::Greater;
        case TokenType::GreaterEqual:
            return Operator::GreaterEqual;
        default:
            return Operator::None;
        }
    case 4:
        if (type == TokenType::Plus)
            return Operator::Add;
        return type == TokenType::Minus ? Operator::Subtract : Operator::None;
    case 5:
        switch (type) {
        case TokenType::Star:
            return Operator::Multiply;
        case TokenType::Slash:
            return Operator::Divide;
        case TokenType::Percent:
            return Operator::Modulo;
        default:
            return Operator::None;
        }
    }
    return Operator::None;
}

constexpr int kBinaryLevels = 6;

} // namespace

ExpressionPtr Parser::parseExpr()
{
    DepthGuard guard(*this, peek().range.begin);
    ExpressionPtr condition = parseBinary(0);
    if (peek().type != TokenType::Question)
        return condition;
    next();
    ExpressionPtr whenTrue = parseExpr();
    expect(TokenType::Colon,
           HclParserTr::tr("expected \":\" in the conditional expression, found %1"));
    ExpressionPtr whenFalse = parseExpr();
    auto expr =
        makeExpression(ExprKind::Conditional, {condition->range.begin, whenFalse->range.end});
    expr->operands.push_back(std::move(condition));
    expr->operands.push_back(std::move(whenTrue));
    expr->operands.push_back(std::move(whenFalse));
    return expr;
}

ExpressionPtr Parser::parseBinary(int level)
{
    if (level >= kBinaryLevels)
        return parseUnary();
    ExpressionPtr left = parseBinary(level + 1);
    ChainGuard chain(*this);
    for (;;) {
        const Operator op = binaryOperator(peek().type, level);
        if (op == Operator::None)
            return left;
        chain.step(next().range.begin);
        ExpressionPtr right = parseBinary(level + 1);
        auto expr = makeExpression(ExprKind::Binary, {left->range.begin, right->range.end});
        expr->op = op;
        expr->operands.push_back(std::move(left));
        expr->operands.push_back(std::move(right));
        left = std::move(expr);
    }
}

ExpressionPtr Parser::parseUnary()
{
    const Token &token = peek();
    if (token.type != TokenType::Bang && token.type != TokenType::Minus)
        return parsePostfix(parsePrimary());
    DepthGuard guard(*this, token.range.begin);
    const qsizetype begin = next().range.begin;
    ExpressionPtr operand = parseUnary();
    auto expr = makeExpression(ExprKind::Unary, {begin, operand->range.end});
    expr->op = token.type == TokenType::Bang ? Operator::Not : Operator::Negate;
    expr->operands.push_back(std::move(operand));
    return expr;
}

ExpressionPtr Parser::parsePostfix(ExpressionPtr expr)
{
    ChainGuard chain(*this);
    for (;;) {
        const Token &token = peek();
        if (token.type == TokenType::Dot || token.type == TokenType::OpenBracket)
            chain.step(token.range.begin);
        if (token.type == TokenType::Dot) {
            next();
            const Token &name = peek();
            if (name.type == TokenType::Star) {
                expr = parseSplat(std::move(expr), false, next());
                continue;
            }
            if (name.type == TokenType::Number && !textOf(name).contains(QLatin1Char('.'))) {
                auto key = makeExpression(ExprKind::Literal, name.range);
                key->value = Value::number(textOf(name).toDouble());
                auto index = makeExpression(ExprKind::Index, {expr->range.begin, name.range.end});
                index->operands.push_back(std::move(expr));
                index->operands.push_back(std::move(key));
                expr = std::move(index);
                next();
                continue;
            }
            if (name.type != TokenType::Identifier)
                fail(name.range.begin,
                     HclParserTr::tr("expected an attribute name after \".\", found %1")
                         .arg(describe(name)));
            auto attr = makeExpression(ExprKind::GetAttr, {expr->range.begin, name.range.end});
            attr->name = textOf(name);
            attr->operands.push_back(std::move(expr));
            expr = std::move(attr);
            next();
        } else if (token.type == TokenType::OpenBracket) {
            next();
            const Token *star = nullptr;
            {
                NewlineScope scope(*this, true);
                if (peek().type == TokenType::Star &&
                    lookahead(1).type == TokenType::CloseBracket) {
                    star = &next();
                    next();
                }
            }
            if (star) {
                expr = parseSplat(std::move(expr), true, *star);
                continue;
            }
            NewlineScope scope(*this, true);
            ExpressionPtr key = parseExpr();
            const Token &close =
                expect(TokenType::CloseBracket,
                       HclParserTr::tr("expected \"]\" to close the index, found %1"));
            auto index = makeExpression(ExprKind::Index, {expr->range.begin, close.range.end});
            index->operands.push_back(std::move(expr));
            index->operands.push_back(std::move(key));
            expr = std::move(index);
        } else {
            return expr;
        }
    }
}

ExpressionPtr Parser::parseSplat(ExpressionPtr source, bool full, const Token &star)
{
    ExpressionPtr each = makeExpression(ExprKind::SplatItem, star.range);
    ChainGuard chain(*this);
    for (;;) {
        const Token &token = peek();
        chain.step(token.range.begin);
        if (token.type == TokenType::Dot && lookahead(1).type == TokenType::Identifier) {
            next();
            const Token &name = next();
            auto attr = makeExpression(ExprKind::GetAttr, {each->range.begin, name.range.end});
            attr->name = textOf(name);
            attr->operands.push_back(std::move(each));
            each = std::move(attr);
        } else if (full && token.type == TokenType::OpenBracket &&
                   lookahead(1).type != TokenType::Star) {
            next();
            NewlineScope scope(*this, true);
            ExpressionPtr key = parseExpr();
            const Token &close =
                expect(TokenType::CloseBracket,
                       HclParserTr::tr("expected \"]\" to close the index, found %1"));
            auto index = makeExpression(ExprKind::Index, {each->range.begin, close.range.end});
            index->operands.push_back(std::move(each));
            index->operands.push_back(std::move(key));
            each = std::move(index);
        } else {
            break;
        }
    }
    auto splat = makeExpression(ExprKind::Splat, {source->range.begin, each->range.end});
    splat->operands.push_back(std::move(source));
    splat->operands.push_back(std::move(each));
    return splat;
}

ExpressionPtr Parser::parsePrimary()
{
    const Token &token = peek();
    switch (token.type) {
    case TokenType::Number: {
        next();
        auto expr = makeExpression(ExprKind::Literal, token.range);
        expr->value =
            Value::number(m_file.text().mid(token.range.begin, token.range.length()).toDouble());
        return expr;
    }
    case TokenType::Identifier: {
        next();
        auto expr = makeExpression(ExprKind::Literal, token.range);
        if (isKeyword(token, QLatin1String("true")) || isKeyword(token, QLatin1String("false"))) {
            expr->value = Value::boolean(isKeyword(token, QLatin1String("true")));
            return expr;
        }
        if (isKeyword(token, QLatin1String("null")))
            return expr;
        if (peekRaw().type == TokenType::OpenParen)
            return parseCall(token);
        expr->kind = ExprKind::Variable;
        expr->name = textOf(token);
        return expr;
    }
    case TokenType::OpenQuote:
    case TokenType::OpenHeredoc:
        return parseTemplate(next());
    case TokenType::OpenBracket:
        return parseTuple(next());
    case TokenType::OpenBrace:
        return parseObject(next());
    case TokenType::OpenParen: {
        const Token &open = next();
        NewlineScope scope(*this, true);
        ExpressionPtr inner = parseExpr();
        const Token &close =
            expect(TokenType::CloseParen,
                   HclParserTr::tr("expected \")\" to close the parenthesis, found %1"));
        auto expr = makeExpression(ExprKind::Parenthesized, {open.range.begin, close.range.end});
        expr->operands.push_back(std::move(inner));
        return expr;
    }
    default:
        fail(token.range.begin,
             HclParserTr::tr("expected an expression, found %1").arg(describe(token)));
    }
}

bool Parser::atForIntro()
{
    return isKeyword(lookahead(0), QLatin1String("for")) &&
           lookahead(1).type == TokenType::Identifier;
}

ExpressionPtr Parser::parseTuple(const Token &open)
{
    NewlineScope scope(*this, true);
    if (atForIntro())
        return parseFor(open, false);
    auto tuple = makeExpression(ExprKind::Tuple, open.range);
    while (peek().type != TokenType::CloseBracket) {
        if (peek().type == TokenType::EndOfFile)
            fail(open.range.begin,
                 HclParserTr::tr("the list opened here is not closed: expected \"]\""));
        tuple->operands.push_back(parseExpr());
        const Token &sep = peek();
        if (sep.type == TokenType::Comma)
            next();
        else if (sep.type == TokenType::EndOfFile)
            fail(open.range.begin,
                 HclParserTr::tr("the list opened here is not closed: expected \"]\""));
        else if (sep.type != TokenType::CloseBracket)
            fail(sep.range.begin, HclParserTr::tr("expected \",\" or \"]\" in the list, found %1")
                                      .arg(describe(sep)));
    }
    tuple->range.end = next().range.end;
    return tuple;
}

ExpressionPtr Parser::parseObject(const Token &open)
{
    NewlineScope scope(*this, false);
    if (atForIntro())
        return parseFor(open, true);
    auto object = makeExpression(ExprKind::Object, open.range);
    for (;;) {
        while (peekRaw().type == TokenType::Newline)
            ++m_pos;
        const Token &keyToken = peekRaw();
        if (keyToken.type == TokenType::CloseBrace)
            break;
        if (keyToken.type == TokenType::EndOfFile)
            fail(open.range.begin,
                 HclParserTr::tr("the object opened here is not closed: expected \"}\""));
        ExpressionPtr key;
        const TokenType afterKey = m_tokens.at(m_pos + 1).type;
        if (keyToken.type == TokenType::Identifier &&
            (afterKey == TokenType::Assign || afterKey == TokenType::Colon)) {
            key = makeExpression(ExprKind::Literal, keyToken.range);
            key->value = Value::string(textOf(keyToken));
            next();
        } else {
            key = parseExpr();
        }
        const Token &sep = peekRaw();
        if (sep.type != TokenType::Assign && sep.type != TokenType::Colon)
            fail(sep.range.begin,
                 HclParserTr::tr("expected \"=\" or \":\" after the object key, found %1")
                     .arg(describe(sep)));
        next();
        object->operands.push_back(std::move(key));
        object->operands.push_back(parseExpr());
        const Token &end = peekRaw();
        if (end.type == TokenType::Comma || end.type == TokenType::Newline)
            next();
        else if (end.type != TokenType::CloseBrace)
            fail(end.range.begin,
                 HclParserTr::tr(
                     "expected \",\", a line break or \"}\" after the object item, found %1")
                     .arg(describe(end)));
    }
    object->range.end = next().range.end;
    return object;
}

ExpressionPtr Parser::parseFor(const Token &open, bool object)
{
    NewlineScope scope(*this, true);
    auto expr = makeExpression(object ? ExprKind::ForObject : ExprKind::ForTuple, open.range);
    next();
    const QString first =
        textOf(expect(TokenType::Identifier,
                      HclParserTr::tr("expected a variable name after \"for\", found %1")));
    if (peek().type == TokenType::Comma) {
        next();
        expr->keyName = first;
        expr->name =
            textOf(expect(TokenType::Identifier,
                          HclParserTr::tr("expected a variable name after \",\", found %1")));
    } else {
        expr->name = first;
    }
    if (!isKeyword(peek(), QLatin1String("in")))
        fail(peek().range.begin,
             HclParserTr::tr("expected \"in\" after the variables of \"for\", found %1")
                 .arg(describe(peek())));
    next();
    expr->operands.push_back(parseExpr());
    expect(TokenType::Colon,
           HclParserTr::tr("expected \":\" after the collection of \"for\", found %1"));
    if (object) {
        expr->operands.push_back(parseExpr());
        expect(TokenType::FatArrow,
               HclParserTr::tr("expected \"=>\" between the key and the value of \"for\", "
                               "found %1"));
    }
    expr->operands.push_back(parseExpr());
    if (object && peek().type == TokenType::Ellipsis) {
        next();
        expr->flag = true;
    }
    if (isKeyword(peek(), QLatin1String("if"))) {
        next();
        expr->operands.push_back(parseExpr());
    }
    const Token &close =
        object ? expect(TokenType::CloseBrace,
                        HclParserTr::tr("expected \"}\" to close the \"for\" expression, "
                                        "found %1"))
               : expect(TokenType::CloseBracket,
                        HclParserTr::tr("expected \"]\" to close the \"for\" expression, "
                                        "found %1"));
    expr->range.end = close.range.end;
    return expr;
}

ExpressionPtr Parser::parseCall(const Token &nameToken)
{
    const Token &open = next();
    NewlineScope scope(*this, true);
    auto call = makeExpression(ExprKind::FunctionCall, nameToken.range);
    call->name = textOf(nameToken);
    while (peek().type != TokenType::CloseParen) {
        if (peek().type == TokenType::EndOfFile)
            fail(open.range.begin,
                 HclParserTr::tr("the arguments of \"%1\" are not closed: expected \")\"")
                     .arg(call->name));
        call->operands.push_back(parseExpr());
        const Token &sep = peek();
        if (sep.type == TokenType::Ellipsis) {
            next();
            call->flag = true;
            if (peek().type != TokenType::CloseParen)
                fail(peek().range.begin,
                     HclParserTr::tr("\"...\" may only follow the last argument"));
        } else if (sep.type == TokenType::Comma) {
            next();
        } else if (sep.type == TokenType::EndOfFile) {
            fail(open.range.begin,
                 HclParserTr::tr("the arguments of \"%1\" are not closed: expected \")\"")
                     .arg(call->name));
        } else if (sep.type != TokenType::CloseParen) {
            fail(sep.range.begin,
                 HclParserTr::tr("expected \",\" or \")\" in the arguments of \"%1\", found %2")
                     .arg(call->name, describe(sep)));
        }
    }
    call->range.end = next().range.end;
    return call;
}

} // namespace strata::hcl
