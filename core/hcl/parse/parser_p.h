#pragma once

#include "syntaxtree.h"
#include "token.h"

#include <vector>

namespace strata::hcl {

struct ParseFailure
{
    Error error;
};

/// Recursive descent over a token list. Failures throw ParseFailure, caught by the public entry
/// points in parser.cpp; nesting depth is bounded so hostile input cannot exhaust the stack.
class Parser
{
public:
    Parser(const SourceFile &file, const QList<Token> &tokens);

    Body parseFile();
    ExpressionPtr parseSingleExpression();

    /// A piece of a string template before directives are nested (templateparser.cpp).
    struct TemplatePart;

private:
    friend class NewlineScope;
    friend class DepthGuard;
    friend class ChainGuard;

    const Token &peek();
    const Token &peekRaw() const { return m_tokens.at(m_pos); }
    const Token &lookahead(qsizetype distance);
    const Token &next();
    const Token &expect(TokenType type, const QString &message);
    bool isKeyword(const Token &token, QLatin1String keyword) const;
    QString textOf(const Token &token) const;
    QString describe(const Token &token) const;
    [[noreturn]] void fail(qsizetype offset, const QString &message) const;

    void parseBody(Body &body, const Block *owner);
    void parseBodyItem(Body &body);
    void parseBlock(Body &body, const Token &typeToken);
    Attribute parseAttribute(const Token &nameToken, const Body &body);
    void expectLineEnd(const QString &message);

    ExpressionPtr parseExpr();
    ExpressionPtr parseBinary(int level);
    ExpressionPtr parseUnary();
    ExpressionPtr parsePostfix(ExpressionPtr expr);
    ExpressionPtr parseSplat(ExpressionPtr source, bool full, const Token &star);
    ExpressionPtr parsePrimary();
    ExpressionPtr parseTuple(const Token &open);
    ExpressionPtr parseObject(const Token &open);
    ExpressionPtr parseFor(const Token &open, bool object);
    ExpressionPtr parseCall(const Token &nameToken);
    bool atForIntro();

    ExpressionPtr parseTemplate(const Token &open);
    QString parseBlockLabel(const Token &open);
    QString decodeLiteral(SourceRange range, bool quoted) const;
    void parseDirective(const Token &introducer, std::vector<TemplatePart> &parts);
    ExpressionPtr buildTemplate(std::vector<TemplatePart> &parts, size_t &index,
                                const TemplatePart *opener);

    const SourceFile &m_file;
    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
    std::vector<bool> m_ignoreNewlines;
    int m_depth = 0;
    int m_chain = 0;
};

/// Inside brackets and parentheses newlines are insignificant; in bodies and objects they end
/// an item. The scope restores the previous rule on exit.
class NewlineScope
{
public:
    NewlineScope(Parser &parser, bool ignore)
        : m_parser(parser)
    {
        m_parser.m_ignoreNewlines.push_back(ignore);
    }
    ~NewlineScope() { m_parser.m_ignoreNewlines.pop_back(); }
    NewlineScope(const NewlineScope &) = delete;
    NewlineScope &operator=(const NewlineScope &) = delete;

private:
    Parser &m_parser;
};

class DepthGuard
{
public:
    DepthGuard(Parser &parser, qsizetype offset);
    ~DepthGuard() { --m_parser.m_depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;

private:
    Parser &m_parser;
};

/// Operator and traversal chains (`a + b + c`, `a.b.c`) build left-deep trees without nesting;
/// their length along one path is bounded too, so evaluation and destruction stay shallow.
class ChainGuard
{
public:
    explicit ChainGuard(Parser &parser)
        : m_parser(parser)
    {}
    ~ChainGuard() { m_parser.m_chain -= m_steps; }
    ChainGuard(const ChainGuard &) = delete;
    ChainGuard &operator=(const ChainGuard &) = delete;

    void step(qsizetype offset);

private:
    Parser &m_parser;
    int m_steps = 0;
};

ExpressionPtr makeExpression(ExprKind kind, SourceRange range);

} // namespace strata::hcl
