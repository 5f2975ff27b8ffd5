#pragma once

#include "sourcefile.h"

#include <QList>

namespace strata::hcl {

enum class TokenType : quint8
{
    EndOfFile,
    Newline,
    Identifier,
    Number,
    OpenQuote,
    CloseQuote,
    OpenHeredoc,
    CloseHeredoc,
    TemplateLiteral,
    TemplateInterp,
    TemplateControl,
    TemplateSeqEnd,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Comma,
    Dot,
    Ellipsis,
    Colon,
    Question,
    Assign,
    FatArrow,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Bang,
};

/// One token of HCL native syntax. Its text is the byte range in the source; whitespace and
/// comments between tokens stay in the source buffer, which is what keeps edits lossless.
struct Token
{
    TokenType type = TokenType::EndOfFile;
    /// `${~` / `%{~` (strip the literal before) or `~}` (strip the literal after).
    bool strip = false;
    SourceRange range;
};

/// What the lexer found: the tokens and, as trivia, the comments between them.
struct TokenStream
{
    QList<Token> tokens;
    QList<SourceRange> comments;
};

} // namespace strata::hcl
