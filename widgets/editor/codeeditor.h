#pragma once

#include "findbar.h"

#include <QWidget>

class QsciLexer;
class QsciScintilla;

namespace strata {

/// Strata's one QScintilla wrapper: line numbers, folding, current-line highlight, palette-
/// following colours, an inline find bar and a highlighted line range for navigation.
class CodeEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Language
    {
        PlainText,
        Hcl,
        Sql,
        /// JavaScript and TypeScript: ORM model files opened from the schema tree.
        JavaScript
    };

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    void setLanguage(Language language);
    Language language() const { return m_language; }

    void setText(const QString &text);
    QString text() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    /// Opens the find bar, seeded with the selected text, and focuses it.
    void showFindBar();
    void hideFindBar();
    /// Selects the next/previous match of the find bar's text, wrapping at the ends.
    bool findNext();
    bool findPrevious();

    /// Marks lines `first`..`last` (0-based) as the current block and scrolls them into view.
    void highlightLines(int first, int last);
    void clearHighlight();

    QsciScintilla *textEdit() const { return m_edit; }
    FindBar *findBar() const { return m_findBar; }

protected:
    void changeEvent(QEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    void applyTheme();
    void updateMarginWidth();

    QsciScintilla *m_edit;
    FindBar *m_findBar;
    QsciLexer *m_lexer = nullptr;
    Language m_language = Language::PlainText;
};

} // namespace strata
