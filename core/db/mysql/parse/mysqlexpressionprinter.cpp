#include "mysqlexpressionprinter.h"

#include "db/mysql/mysqlquoting.h"

#include "db/mysql/mysqlcolumn.h"

namespace strata {
namespace {

enum class Piece
{
    Atom,
    Function,
    Keyword,
    Open,
    Close,
    Comma,
    Dot,
    BinaryOperator,
    UnaryOperator
};

bool isOneOf(QStringView word, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isOperatorKeyword(QStringView word)
{
    return isOneOf(word, {"and", "or", "xor", "is", "not", "in", "like", "between", "regexp",
                          "rlike", "div", "mod", "escape", "sounds", "collate"});
}

bool isPlainKeyword(QStringView word)
{
    return isOneOf(word, {"null", "case", "when", "then", "else", "end", "interval", "binary",
                          "distinct", "exists", "unknown", "as", "separator", "using"});
}

bool isCurrentTimestampWord(QStringView word)
{
    return isOneOf(word, {"current_timestamp", "now", "localtime", "localtimestamp"});
}

QString functionName(QStringView word)
{
    static const struct
    {
        const char *from;
        const char *to;
    } aliases[] = {
        {"length", "octet_length"},
        {"upper", "ucase"},
        {"lower", "lcase"},
        {"now", "current_timestamp"},
        {"substr", "substring"},
        {"mid", "substring"},
        {"localtime", "current_timestamp"},
        {"localtimestamp", "current_timestamp"},
        {"character_length", "char_length"},
        {"ceiling", "ceiling"},
    };
    for (const auto &alias : aliases) {
        if (word.compare(QLatin1String(alias.from), Qt::CaseInsensitive) == 0)
            return QLatin1String(alias.to);
    }
    return word.toString().toLower();
}

} // namespace

QString printMysqlExpression(QStringView text, const MysqlToken *first, const MysqlToken *last,
                             const MysqlParseOptions &options)
{
    Q_UNUSED(options);
    QString out;
    out.reserve(int(last - first) * 6);
    Piece previous = Piece::Open;
    bool atStart = true;
    for (const MysqlToken *token = first; token != last; ++token) {
        const QStringView value = text.mid(token->start, token->length);
        const bool nextIsOpen = token + 1 != last && (token + 1)->kind == MysqlToken::Kind::Punct &&
                                text[(token + 1)->start] == QLatin1Char('(');
        QString piece;
        Piece kind = Piece::Atom;
        switch (token->kind) {
        case MysqlToken::Kind::Word:
            if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
                piece = QStringLiteral("1");
            } else if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
                piece = QStringLiteral("0");
            } else if (value.compare(QLatin1String("mod"), Qt::CaseInsensitive) == 0 &&
                       !nextIsOpen) {
                piece = QStringLiteral("MOD");
                kind = Piece::BinaryOperator;
            } else if (isOperatorKeyword(value)) {
                piece = value.toString().toLower();
                kind = Piece::Keyword;
            } else if (nextIsOpen) {
                piece = functionName(value);
                kind = Piece::Function;
            } else if (isCurrentTimestampWord(value)) {
                piece = QStringLiteral("current_timestamp()");
            } else if (isPlainKeyword(value)) {
                piece = value.toString().toLower();
                kind = Piece::Keyword;
            } else {
                piece = mysqlQuotedIdentifier(value.toString());
            }
            break;
        case MysqlToken::Kind::Quoted:
        case MysqlToken::Kind::Variable:
            piece = token->kind == MysqlToken::Kind::Quoted
                        ? mysqlQuotedIdentifier(mysqlUnquote(value))
                        : value.toString();
            break;
        case MysqlToken::Kind::String:
        case MysqlToken::Kind::DoubleQuoted:
            piece = mysqlQuotedString(mysqlUnquote(value));
            break;
        case MysqlToken::Kind::Number:
        case MysqlToken::Kind::HexOrBit:
        case MysqlToken::Kind::End:
            piece = value.toString();
            break;
        case MysqlToken::Kind::Punct: {
            const QChar c = value.front();
            if (value.size() == 1 && c == QLatin1Char('(')) {
                kind = Piece::Open;
                piece = value.toString();
            } else if (value.size() == 1 && c == QLatin1Char(')')) {
                kind = Piece::Close;
                piece = value.toString();
            } else if (value.size() == 1 && c == QLatin1Char(',')) {
                kind = Piece::Comma;
                piece = value.toString();
            } else if (value.size() == 1 && c == QLatin1Char('.')) {
                kind = Piece::Dot;
                piece = value.toString();
            } else {
                const bool unary =
                    (value == QLatin1String("-") || value == QLatin1String("+") ||
                     value == QLatin1String("!") || value == QLatin1String("~")) &&
                    (atStart || previous == Piece::Open || previous == Piece::Comma ||
                     previous == Piece::Keyword || previous == Piece::BinaryOperator ||
                     previous == Piece::UnaryOperator);
                kind = unary ? Piece::UnaryOperator : Piece::BinaryOperator;
                if (value == QLatin1String("!="))
                    piece = QStringLiteral("<>");
                else if (value == QLatin1String("%"))
                    piece = QStringLiteral("MOD");
                else if (value == QLatin1String("&&"))
                    piece = QStringLiteral("and");
                else if (value == QLatin1String("||"))
                    piece = QStringLiteral("or");
                else
                    piece = value.toString();
            }
            break;
        }
        }
        const bool glue = atStart || previous == Piece::Open || previous == Piece::Function ||
                          previous == Piece::Dot || previous == Piece::Comma ||
                          previous == Piece::UnaryOperator || kind == Piece::Close ||
                          kind == Piece::Comma || kind == Piece::Dot;
        if (!glue)
            out += QLatin1Char(' ');
        out += piece;
        previous = kind;
        atStart = false;
    }
    return out;
}

} // namespace strata
