#include "loadprogresswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace strata {

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadProgress"));
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Escape)"));
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void LoadProgressWidget::begin(const QString &stage)
{
    setProgress(stage, 0, 0);
    show();
}

void LoadProgressWidget::setProgress(const QString &stage, int done, int total)
{
    m_stage->setText(stage);
    m_bar->setRange(0, qMax(0, total));
    m_bar->setValue(total > 0 ? done : 0);
}

void LoadProgressWidget::end()
{
    hide();
    m_stage->clear();
}

QString LoadProgressWidget::stageText() const
{
    return m_stage->text();
}

} // namespace strata
