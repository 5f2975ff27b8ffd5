#include "programoutputpanel.h"

#include "url/databaseurl.h"

#include <QDir>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace strata {
namespace {

/// Enough for any loader's warnings; a runaway program must not grow the log without bound.
constexpr int kMaxLines = 20000;

QString quoted(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) &&
        !argument.contains(QLatin1Char('\'')) && !argument.contains(QLatin1Char('"')))
        return argument;
    QString escaped = argument;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

ProgramOutputPanel::ProgramOutputPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QPlainTextEdit(this))
{
    m_view->setObjectName(QStringLiteral("programOutputView"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(
        tr("Loading an environment whose src is an external schema program shows what the "
           "program prints on stderr here."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ProgramOutputPanel::beginRun(const QStringList &program, const QString &workingDirectory)
{
    QStringList words;
    for (const QString &argument : program)
        words.append(quoted(argument));
    clear();
    appendNote(tr("$ %1   (in %2)")
                   .arg(words.join(QLatin1Char(' ')), QDir::toNativeSeparators(workingDirectory)));
}

void ProgramOutputPanel::appendLine(const QString &line)
{
    // Program output is text we did not write: it may echo a connection string.
    append(maskPasswordsIn(line), QTextCharFormat());
}

void ProgramOutputPanel::appendNote(const QString &note)
{
    QTextCharFormat format;
    format.setFontItalic(true);
    format.setForeground(palette().color(QPalette::PlaceholderText));
    append(note, format);
}

void ProgramOutputPanel::clear()
{
    m_view->clear();
    m_empty = true;
}

void ProgramOutputPanel::append(const QString &text, const QTextCharFormat &format)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool following = bar->value() == bar->maximum();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_empty)
        cursor.insertBlock(QTextBlockFormat(), format);
    cursor.insertText(text, format);
    m_empty = false;
    if (following)
        bar->setValue(bar->maximum());
}

QString ProgramOutputPanel::text() const
{
    return m_view->toPlainText();
}

} // namespace strata
