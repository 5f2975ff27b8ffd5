#include "editortheme.h"

#include "qsciincludes.h"

#include <QPalette>

namespace strata {
namespace {

QColor blend(const QColor &base, const QColor &overlay, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + overlay.redF() * amount),
                            float(base.greenF() * (1 - amount) + overlay.greenF() * amount),
                            float(base.blueF() * (1 - amount) + overlay.blueF() * amount));
}

} // namespace

EditorTheme EditorTheme::forPalette(const QPalette &palette)
{
    EditorTheme t;
    t.dark = palette.color(QPalette::Window).lightness() < 128;
    t.paper = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::Text);
    if (t.dark && t.paper.lightness() > 128)
        t.paper = QColor(0x1e, 0x22, 0x27);
    if (t.dark) {
        t.comment = QColor(0x8b, 0x94, 0x9e);
        t.string = QColor(0xa5, 0xd6, 0xff);
        t.escape = QColor(0x7e, 0xe7, 0x87);
        t.interpolation = QColor(0xff, 0xa6, 0x57);
        t.number = QColor(0x79, 0xc0, 0xff);
        t.keyword = QColor(0xff, 0x7b, 0x72);
        t.constant = QColor(0xd2, 0xa8, 0xff);
        t.operatorColor = QColor(0xb0, 0xba, 0xc6);
        t.quotedIdentifier = QColor(0xff, 0xd3, 0x8a);
    } else {
        t.comment = QColor(0x6e, 0x77, 0x81);
        t.string = QColor(0x0a, 0x30, 0x69);
        t.escape = QColor(0x11, 0x63, 0x29);
        t.interpolation = QColor(0x95, 0x38, 0x00);
        t.number = QColor(0x05, 0x50, 0xae);
        t.keyword = QColor(0xcf, 0x22, 0x2e);
        t.constant = QColor(0x82, 0x50, 0xdf);
        t.operatorColor = QColor(0x57, 0x60, 0x6a);
        t.quotedIdentifier = QColor(0x7d, 0x4e, 0x00);
    }
    const QColor highlight = palette.color(QPalette::Highlight);
    t.caretLine = blend(t.paper, t.text, t.dark ? 0.07 : 0.05);
    t.blockHighlight = blend(t.paper, highlight, t.dark ? 0.25 : 0.15);
    t.margin = blend(t.paper, t.text, 0.04);
    t.marginText = blend(t.paper, t.text, 0.5);
    t.selection = blend(t.paper, highlight, 0.45);
    t.selectionText = t.text;
    return t;
}

namespace {

/// Paper, text colour and font for every style of `lexer`; returns the bold variant of `font`
/// for the lexer's keywords.
QFont applyThemeDefaults(QsciLexer *lexer, const EditorTheme &theme, const QFont &font)
{
    lexer->setDefaultPaper(theme.paper);
    lexer->setDefaultColor(theme.text);
    lexer->setDefaultFont(font);
    lexer->setPaper(theme.paper, -1);
    lexer->setColor(theme.text, -1);
    lexer->setFont(font, -1);
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

void applyThemeToSqlLexer(QsciLexerSQL *lexer, const EditorTheme &theme, const QFont &font)
{
    const QFont bold = applyThemeDefaults(lexer, theme, font);
    for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
                      QsciLexerSQL::CommentLineHash, QsciLexerSQL::PlusComment})
        lexer->setColor(theme.comment, style);
    lexer->setColor(theme.number, QsciLexerSQL::Number);
    lexer->setColor(theme.keyword, QsciLexerSQL::Keyword);
    lexer->setFont(bold, QsciLexerSQL::Keyword);
    lexer->setColor(theme.string, QsciLexerSQL::SingleQuotedString);
    lexer->setColor(theme.quotedIdentifier, QsciLexerSQL::DoubleQuotedString);
    lexer->setColor(theme.quotedIdentifier, QsciLexerSQL::QuotedIdentifier);
    lexer->setColor(theme.operatorColor, QsciLexerSQL::Operator);
    lexer->setColor(theme.text, QsciLexerSQL::Identifier);
    lexer->setColor(theme.constant, QsciLexerSQL::KeywordSet5);
}

void applyThemeToCppLexer(QsciLexerCPP *lexer, const EditorTheme &theme, const QFont &font)
{
    const QFont bold = applyThemeDefaults(lexer, theme, font);
    for (int style : {QsciLexerCPP::Comment, QsciLexerCPP::CommentLine, QsciLexerCPP::CommentDoc,
                      QsciLexerCPP::CommentLineDoc})
        lexer->setColor(theme.comment, style);
    lexer->setColor(theme.number, QsciLexerCPP::Number);
    lexer->setColor(theme.keyword, QsciLexerCPP::Keyword);
    lexer->setFont(bold, QsciLexerCPP::Keyword);
    for (int style : {QsciLexerCPP::SingleQuotedString, QsciLexerCPP::DoubleQuotedString,
                      QsciLexerCPP::RawString, QsciLexerCPP::UnclosedString})
        lexer->setColor(theme.string, style);
    lexer->setColor(theme.constant, QsciLexerCPP::Regex);
    lexer->setColor(theme.operatorColor, QsciLexerCPP::Operator);
    lexer->setColor(theme.text, QsciLexerCPP::Identifier);
}

} // namespace strata
