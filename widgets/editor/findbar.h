#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace strata {

/// The inline find bar under an editor: text, next/previous, a result line, close.
/// Enter finds the next match, Shift+Enter the previous one, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    enum class Result
    {
        None,
        Found,
        Wrapped,
        NotFound
    };

    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    /// Shows the bar and puts the cursor in its text field.
    void activate();
    /// Shows what the last search found ("No matches" in the error colour, ...).
    void setResult(Result result);
    Result result() const { return m_result; }
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void findNextRequested();
    void findPreviousRequested();
    /// The text changed while typing: search from where the current match starts.
    void searchTextEdited();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    Result m_result = Result::None;
};

} // namespace strata
