#include "codeeditor.h"

#include "editortheme.h"
#include "hcllexer.h"

#include "qsciincludes.h"

#include <QEvent>
#include <QFontDatabase>
#include <QVBoxLayout>

namespace strata {
namespace {

constexpr int kNumberMargin = 0;
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kBlockMarker = 1;

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QsciScintilla(this))
    , m_findBar(new FindBar(this))
{
    m_edit->setObjectName(QStringLiteral("codeEdit"));
    m_edit->setUtf8(true);
    m_edit->setMarginType(kNumberMargin, QsciScintilla::NumberMargin);
    m_edit->setMarginLineNumbers(kNumberMargin, true);
    m_edit->setMarginWidth(kSymbolMargin, 0);
    m_edit->setFolding(QsciScintilla::BoxedTreeFoldStyle, kFoldMargin);
    m_edit->setCaretLineVisible(true);
    m_edit->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_edit->setIndentationsUseTabs(false);
    m_edit->setTabWidth(2);
    m_edit->setWrapMode(QsciScintilla::WrapNone);
    // Grow the horizontal scroll range with the longest line instead of a fixed 2000 px.
    m_edit->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, 1UL);
    m_edit->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTHTRACKING, 1UL);
    m_edit->markerDefine(QsciScintilla::Background, kBlockMarker);
    connect(m_edit, &QsciScintilla::linesChanged, this, &CodeEditor::updateMarginWidth);

    m_findBar->hide();
    connect(m_findBar, &FindBar::findNextRequested, this, &CodeEditor::findNext);
    connect(m_findBar, &FindBar::findPreviousRequested, this, &CodeEditor::findPrevious);
    connect(m_findBar, &FindBar::searchTextEdited, this, [this] { find(true, true); });
    connect(m_findBar, &FindBar::closeRequested, this, &CodeEditor::hideFindBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_edit);

    applyTheme();
    updateMarginWidth();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    QsciLexer *old = m_lexer;
    switch (language) {
    case Language::Hcl:
        m_lexer = new HclLexer(this);
        break;
    case Language::Sql:
        m_lexer = new QsciLexerSQL(this);
        break;
    case Language::JavaScript:
        m_lexer = new QsciLexerJavaScript(this);
        break;
    case Language::PlainText:
        m_lexer = nullptr;
        break;
    }
    m_edit->setLexer(m_lexer);
    delete old;
    applyTheme();
}

void CodeEditor::setText(const QString &text)
{
    const bool readOnly = m_edit->isReadOnly();
    m_edit->setReadOnly(false);
    m_edit->setText(text);
    m_edit->setReadOnly(readOnly);
    m_edit->setCursorPosition(0, 0);
    clearHighlight();
    updateMarginWidth();
}

QString CodeEditor::text() const
{
    return m_edit->text();
}

void CodeEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool CodeEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void CodeEditor::showFindBar()
{
    const QString selected = m_edit->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_findBar->setText(selected);
    m_findBar->setResult(FindBar::Result::None);
    m_findBar->activate();
}

void CodeEditor::hideFindBar()
{
    m_findBar->hide();
    m_edit->setFocus();
}

bool CodeEditor::findNext()
{
    return find(true, false);
}

bool CodeEditor::findPrevious()
{
    return find(false, false);
}

bool CodeEditor::find(bool forward, bool fromSelectionStart)
{
    const QString needle = m_findBar->text();
    if (needle.isEmpty()) {
        m_findBar->setResult(FindBar::Result::None);
        return false;
    }
    int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
    m_edit->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom < 0) {
        m_edit->getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
        indexTo = indexFrom;
    }
    const bool startAtFrom = !forward || fromSelectionStart;
    const int line = startAtFrom ? lineFrom : lineTo;
    const int index = startAtFrom ? indexFrom : indexTo;
    const long before = m_edit->positionFromLineIndex(line, index);

    const bool found = m_edit->findFirst(needle, false, false, false, true, forward, line, index);
    if (!found) {
        m_findBar->setResult(FindBar::Result::NotFound);
        return false;
    }
    int matchLine = 0, matchIndex = 0, endLine = 0, endIndex = 0;
    m_edit->getSelection(&matchLine, &matchIndex, &endLine, &endIndex);
    const long at = m_edit->positionFromLineIndex(matchLine, matchIndex);
    const bool wrapped = forward ? at < before : at >= before;
    m_findBar->setResult(wrapped ? FindBar::Result::Wrapped : FindBar::Result::Found);
    return true;
}

void CodeEditor::highlightLines(int first, int last)
{
    clearHighlight();
    for (int line = first; line <= last; ++line)
        m_edit->markerAdd(line, kBlockMarker);
    m_edit->setCursorPosition(first, 0);
    const int visible = int(m_edit->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    const int top = m_edit->firstVisibleLine();
    if (first < top || last >= top + visible)
        m_edit->setFirstVisibleLine(qMax(0, first - 1));
}

void CodeEditor::clearHighlight()
{
    m_edit->markerDeleteAll(kBlockMarker);
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void CodeEditor::applyTheme()
{
    const EditorTheme theme = EditorTheme::forPalette(palette());
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (auto *hcl = qobject_cast<HclLexer *>(m_lexer))
        hcl->applyTheme(theme, font);
    else if (auto *sql = qobject_cast<QsciLexerSQL *>(m_lexer))
        applyThemeToSqlLexer(sql, theme, font);
    else if (auto *js = qobject_cast<QsciLexerJavaScript *>(m_lexer))
        applyThemeToCppLexer(js, theme, font);
    m_edit->setFont(font);
    m_edit->setPaper(theme.paper);
    m_edit->setColor(theme.text);
    m_edit->setMarginsFont(font);
    m_edit->setMarginsBackgroundColor(theme.margin);
    m_edit->setMarginsForegroundColor(theme.marginText);
    m_edit->setFoldMarginColors(theme.margin, theme.margin);
    m_edit->setCaretLineBackgroundColor(theme.caretLine);
    m_edit->setCaretForegroundColor(theme.text);
    m_edit->setSelectionBackgroundColor(theme.selection);
    m_edit->setSelectionForegroundColor(theme.selectionText);
    m_edit->setMarkerBackgroundColor(theme.blockHighlight, kBlockMarker);
    m_edit->setMatchedBraceBackgroundColor(theme.blockHighlight);
    m_edit->setMatchedBraceForegroundColor(theme.text);
    updateMarginWidth();
}

void CodeEditor::updateMarginWidth()
{
    const int digits = int(QString::number(qMax(1, m_edit->lines())).size());
    m_edit->setMarginWidth(kNumberMargin, QString(digits + 2, QLatin1Char('9')));
}

} // namespace strata
