#include "findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace strata {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &FindBar::searchTextEdited);

    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Find previous (Shift+F3)"));
    m_previous->setAutoRaise(true);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPreviousRequested);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Find next (F3)"));
    m_next->setAutoRaise(true);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNextRequested);

    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Search wrapped")) + 8);

    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &FindBar::closeRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(close);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(Result result)
{
    m_result = result;
    QPalette palette = m_edit->parentWidget()->palette();
    QString message;
    switch (result) {
    case Result::NotFound: {
        message = tr("No matches");
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Base,
                         dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xdd, 0xdd));
        break;
    }
    case Result::Wrapped:
        message = tr("Search wrapped");
        break;
    case Result::Found:
    case Result::None:
        break;
    }
    m_edit->setPalette(palette);
    m_status->setText(message);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return false;
    // Take Escape and Enter before window shortcuts (Cancel load) can claim them.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (key->key() != Qt::Key_Escape && !enter)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (key->key() == Qt::Key_Escape)
            Q_EMIT closeRequested();
        else if (key->modifiers() & Qt::ShiftModifier)
            Q_EMIT findPreviousRequested();
        else
            Q_EMIT findNextRequested();
        return true;
    }
    return false;
}

} // namespace strata
