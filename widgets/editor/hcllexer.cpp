#include "hcllexer.h"

#include "editortheme.h"

namespace strata {

HclLexer::HclLexer(QObject *parent)
    : QsciLexerCustom(parent)
{}

const char *HclLexer::language() const
{
    return "HCL";
}

QString HclLexer::description(int style) const
{
    switch (HclStyle(style)) {
    case HclStyle::Default:
        return tr("Default");
    case HclStyle::Comment:
        return tr("Comment");
    case HclStyle::String:
        return tr("String");
    case HclStyle::Escape:
        return tr("Escape sequence");
    case HclStyle::Interpolation:
        return tr("Interpolation");
    case HclStyle::Number:
        return tr("Number");
    case HclStyle::Keyword:
        return tr("Block keyword");
    case HclStyle::Constant:
        return tr("Boolean or null");
    case HclStyle::Identifier:
        return tr("Identifier");
    case HclStyle::Operator:
        return tr("Operator");
    case HclStyle::Count:
        break;
    }
    return {};
}

HclLineState HclLexer::stateBefore(int line) const
{
    if (line <= 0)
        return {};
    return HclLineState::fromInt(int(editor()->SendScintilla(
        QsciScintilla::SCI_GETLINESTATE, static_cast<unsigned long>(line - 1))));
}

void HclLexer::styleText(int start, int end)
{
    QsciScintilla *edit = editor();
    if (!edit)
        return;
    const int lineCount = edit->lines();
    int line = int(edit->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    const int lastRequested = int(edit->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end));
    HclLineState state = stateBefore(line);
    startStyling(int(edit->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line)));
    // Past the requested range, keep going while a line's end state changed: an edit that opens
    // a comment or a brace affects every line after it.
    for (; line < lineCount; ++line) {
        const long lineStart = edit->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line);
        const long lineEnd =
            line + 1 < lineCount
                ? edit->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line + 1L)
                : edit->SendScintilla(QsciScintilla::SCI_GETLENGTH);
        const int depthBefore = state.depth;
        const int previousEnd = int(
            edit->SendScintilla(QsciScintilla::SCI_GETLINESTATE, static_cast<unsigned long>(line)));
        // bytes() appends the terminating NUL of SCI_GETTEXTRANGE.
        const QByteArray bytes =
            edit->bytes(int(lineStart), int(lineEnd)).left(lineEnd - lineStart);
        const QList<HclRun> runs = tokenizeHclLine(bytes, state);
        for (const HclRun &run : runs)
            setStyling(run.length, int(run.style));

        int level = QsciScintilla::SC_FOLDLEVELBASE + depthBefore;
        if (state.depth > depthBefore)
            level |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
        edit->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line),
                            long(level));
        edit->SendScintilla(QsciScintilla::SCI_SETLINESTATE, static_cast<unsigned long>(line),
                            long(state.toInt()));
        if (line >= lastRequested && previousEnd == state.toInt())
            break;
    }
}

void HclLexer::applyTheme(const EditorTheme &theme, const QFont &font)
{
    setDefaultPaper(theme.paper);
    setDefaultColor(theme.text);
    setDefaultFont(font);
    setPaper(theme.paper, -1);
    setFont(font, -1);
    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    setColor(theme.text, int(HclStyle::Default));
    setColor(theme.comment, int(HclStyle::Comment));
    setFont(italic, int(HclStyle::Comment));
    setColor(theme.string, int(HclStyle::String));
    setColor(theme.escape, int(HclStyle::Escape));
    setColor(theme.interpolation, int(HclStyle::Interpolation));
    setColor(theme.number, int(HclStyle::Number));
    setColor(theme.keyword, int(HclStyle::Keyword));
    setFont(bold, int(HclStyle::Keyword));
    setColor(theme.constant, int(HclStyle::Constant));
    setColor(theme.text, int(HclStyle::Identifier));
    setColor(theme.operatorColor, int(HclStyle::Operator));
}

} // namespace strata
