#pragma once

#include <QColor>
#include <QFont>

class QPalette;
class QsciLexerCPP;
class QsciLexerSQL;

namespace strata {

/// Editor colours derived from the widget palette: dark lexer colours on a dark window,
/// light ones otherwise, so the editor follows the theme the user picked.
struct EditorTheme
{
    bool dark = false;
    QColor paper;
    QColor text;
    QColor comment;
    QColor string;
    QColor escape;
    QColor interpolation;
    QColor number;
    QColor keyword;
    QColor constant;
    QColor operatorColor;
    QColor quotedIdentifier;
    QColor caretLine;
    QColor blockHighlight;
    QColor margin;
    QColor marginText;
    QColor selection;
    QColor selectionText;

    static EditorTheme forPalette(const QPalette &palette);
};

/// Paints QScintilla's SQL lexer with `theme` and `font`.
void applyThemeToSqlLexer(QsciLexerSQL *lexer, const EditorTheme &theme, const QFont &font);
/// Paints QScintilla's C-family lexer (QsciLexerJavaScript derives from it) with `theme`.
void applyThemeToCppLexer(QsciLexerCPP *lexer, const EditorTheme &theme, const QFont &font);

} // namespace strata
