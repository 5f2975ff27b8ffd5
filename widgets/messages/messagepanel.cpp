#include "messagepanel.h"

#include <QAction>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace strata {

MessagePanel::MessagePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("messageView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(MessageModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *clear = new QAction(tr("Clear Messages"), this);
    connect(clear, &QAction::triggered, m_model, &MessageModel::clear);
    m_view->addAction(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void MessagePanel::info(const QString &text)
{
    append(MessageModel::Severity::Info, text);
}

void MessagePanel::warning(const QString &text)
{
    append(MessageModel::Severity::Warning, text);
}

void MessagePanel::error(const QString &text)
{
    append(MessageModel::Severity::Error, text);
}

void MessagePanel::append(MessageModel::Severity severity, const QString &text)
{
    m_model->append(severity, text);
    m_view->scrollToBottom();
}

} // namespace strata
