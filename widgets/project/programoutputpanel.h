#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextCharFormat;

namespace strata {

/// The "Program output" dock's contents: what the env's external schema program printed on
/// stderr during the last load, line by line as it arrives. Read-only.
class ProgramOutputPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramOutputPanel(QWidget *parent = nullptr);

    /// Starts a new run: clears the log and shows the command line and folder it runs in.
    void beginRun(const QStringList &program, const QString &workingDirectory);
    void appendLine(const QString &line);
    /// A closing line such as "exited after 1.2 s" or the failure, set apart from the output.
    void appendNote(const QString &note);
    void clear();
    QString text() const;

    QPlainTextEdit *view() const { return m_view; }

private:
    void append(const QString &text, const QTextCharFormat &format);

    QPlainTextEdit *m_view;
    bool m_empty = true;
};

} // namespace strata
